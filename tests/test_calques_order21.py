"""Russian word order of session 21 (order21): a fronted adverbial, the verb, then its subject,
read from the clause's shape (MT2517), with the fix that puts the subject first."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_adverbial_order
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(),
                           detectors=(calques_adverbial_order.DETECTOR,)).findings]


@needs_parser
@pytest.mark.parametrize("text, span, fix", [
    # a passive: the noun after it is surely its subject
    ("On the shore of the bay were found the nets of 30 poachers.",
     "On the shore of the bay were found the nets of 30 poachers",
     "The nets of 30 poachers were found on the shore of the bay"),
    # two stacked adverbials before a verb of existence; the leading adverb stays first
    ("Now in the nursery live more than 200 storks.", "Now in the nursery live more than 200 storks",
     "Now more than 200 storks live in the nursery"),
    # after a colon, in lower case, a year and a place
    ("The herd shrank: in 1999 in the valley remained fewer than 300 elk.",
     "in 1999 in the valley remained fewer than 300 elk", "fewer than 300 elk remained in 1999 in the valley"),
    # a partitive with a pronoun in the phrase
    ("In 12 of them were detected faults of the wiring.", "In 12 of them were detected faults of the wiring",
     "Faults of the wiring were detected in 12 of them"),
    # a modal of an intransitive verb
    ("At the new depot will work 70 drivers.", "At the new depot will work 70 drivers",
     "70 drivers will work at the new depot"),
])
def test_fronted_adverbial_verb_subject_is_flagged_with_the_subject_first(text, span, fix):
    assert ("MT2517", span, fix) in _found(text)


@needs_parser
def test_a_transitive_verb_with_no_subject_is_flagged_without_a_fix():
    # "В Казани задержали водителя": the noun may be the object; no safe reordering
    found = _found("In Kazan detained the driver of a bus.")
    assert [(c, s) for c, s, _ in found] == [("MT2517", "In Kazan detained the driver of a bus")]
    assert found[0][2] is None


@needs_parser
def test_a_fronted_predicate_before_became_is_flagged():
    # "лучшей стала X": the parser may call a noun of the phrase the subject; the order decides
    found = _found("Among the veterans the strongest became Pavel Zuev from Tomsk.")
    assert [(c, s) for c, s, _ in found] == [("MT2517", "Among the veterans the strongest became Pavel Zuev")]
    found = _found("Among juniors the best in the class up to 60 kilograms became Oleg Rudin.")
    assert [(c, s) for c, s, _ in found] == [
        ("MT2517", "Among juniors the best in the class up to 60 kilograms became Oleg Rudin")]


@needs_parser
def test_the_tagger_s_noun_before_a_count_is_read_as_the_verb():
    # the small tagger calls "work" a noun here; the shape still reads it as the verb
    assert _found("On the building sites of the town work 15 cranes.")[0][1] == \
        "On the building sites of the town work 15 cranes"


@needs_parser
@pytest.mark.parametrize("text", [
    "Among the guests were two former ministers.",           # be: English inversion
    "On the quay stood a military band.",                    # position verb after one place
    "Into the hall came dozens of neighbours.",              # motion verb after one place
    "In the corner of the studio hangs an old map.",
    "In 2021 the council opened two libraries.",             # a subject after the phrase
    "In the second round of the election voters backed the mayor.",  # a doer noun the parser swallows
    "After the mill closed, the village emptied.",           # a subordinate clause
    "In a statement said the ministry that talks went well.",  # quotative inversion: attribution rules
    "In the village there remain about 300 people.",         # expletive there
    "Only later did the court rule on the case.",
    "This week marks the anniversary of the flood.",         # the time phrase is the subject
    "In the valley were they ever happy?",
    "In the end the best became the enemy of the good.",     # a nominal adjective as the subject
])
def test_english_orders_stay_quiet(text):
    assert _found(text) == []


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("At the pier were moored a ferry and two barges.", "At the pier were moored a ferry"),
    ("In the hangar were kept three planes, a tractor and a crane.", "In the hangar were kept three planes"),
])
def test_no_fix_when_the_subject_goes_on_past_the_span(text, span):
    # moving only "a ferry" before the verb would leave "and two barges" stranded
    found = _found(text)
    assert [(c, s) for c, s, _ in found] == [("MT2517", span)]
    assert found[0][2] is None


@needs_parser
def test_a_fix_before_a_reporting_clause():
    found = _found("On the shore of the lake were found 14 dead swans, the inspectors said.")
    assert found == [("MT2517", "On the shore of the lake were found 14 dead swans",
                      "14 dead swans were found on the shore of the lake")]
