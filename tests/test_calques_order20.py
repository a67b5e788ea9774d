"""Russian word order of session 20 (order20): the object-verb-subject order with any verb when
WordNet's classes show a thing or an act before the verb and a doer after it (MT2510), and a
short object after the verb's prepositional phrase (MT2516)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_inverted_subject, calques_object_after_phrase
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document
from mtaudit.text.lexicon import rows

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detector):
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext(),
                                            detectors=(detector,)).findings]


def test_the_word_classes_are_built_from_wordnet_senses():
    classes = {}
    for row in rows("calque_order_words.tsv"):
        classes.setdefault(row[0], set()).add(row[1])
    assert "doer" in classes["driver"] and "doer" in classes["team"] and "doer" in classes["diocese"]
    assert "thing" in classes["bone"] and "thing" in classes["place"] and "act" in classes["excavation"]
    assert "tool" in classes["camera"] and "tool" in classes["photo"] and "cause" in classes["storm"]
    assert "doer" not in classes.get("fossil", set())  # first an old fogey, mostly a thing
    assert "effect" in classes["anger"] and "effect" in classes["include"]


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("The bones in the quarry noticed the driver of the excavator.", "noticed the driver of the excavator"),
    ("In the sprint the second place took the team of Chuvashia, the Samara region was third.",
     "took the team of Chuvashia"),
    ("The blessing of the chapel will hold the bishop.", "hold the bishop"),
    ("The robbery committed three young men from the neighbouring district.", "committed three young men from the neighbouring district"),
])
def test_a_thing_or_an_act_before_any_verb_and_a_doer_after_it_is_russian_order(text, span):
    assert _found(text, calques_inverted_subject.DETECTOR) == [("MT2510", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The storm caught the fishermen at sea.",
    "The census counted 300 residents.",
    "The search found the missing boy on the second day.",
    "The grant funded three students.",
    "The exhibition presents the artists of the region.",
    "The camera caught the driver.",
    "The decision put the residents in danger.",
    "The new law obliges the governors to report every month.",
    "The statue depicts the founders of the city.",
])
def test_things_and_acts_that_act_on_people_in_english_are_left_alone(text):
    assert _found(text, calques_inverted_subject.DETECTOR) == []


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("Divers pulled out from the lake two fishermen on Monday.", "pulled out from the lake two fishermen"),
    ("The ambulance took to the hospital three children.", "took to the hospital three children"),
    ("Pupils planted along the road 300 birches.", "planted along the road 300 birches"),
    ("The bailiffs seized from the debtor two cars.", "seized from the debtor two cars"),
])
def test_a_short_object_after_the_verbs_phrase_is_russian_order(text, span):
    assert _found(text, calques_object_after_phrase.DETECTOR) == [("MT2516", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The company announced on Tuesday a new plan.",
    "Police took into custody two men.",
    "The museum put on display 40 paintings.",
    "The charity brought to the region a team of doctors who treated 300 children.",
    "The pilgrims brought with them new traditions.",
    "He moved to the city the next year.",
    "Several families objected to the support its leadership in Moscow had given to the war.",
    "The fund sent to the region food, blankets and medicine.",
])
def test_time_phrases_set_phrases_and_heavy_objects_are_left_alone(text):
    assert _found(text, calques_object_after_phrase.DETECTOR) == []


@needs_parser
def test_the_fix_puts_the_object_after_the_verb():
    found = audit(Document("Rescuers pulled out from the water three people.", doc_id="t"), AuditContext(),
                  detectors=(calques_object_after_phrase.DETECTOR,)).findings
    assert [f.correction for f in found] == ["pulled out three people from the water"]
