"""Russian order with a fronted place or time and any verb (order23, MT2517): an adverb between
the verb and its subject, a verb of phase and its infinitive, a time phrase the tagger made the
subject, a compound noun before "season", a fronted "the first" with any verb and a full name
last, the parser's subject that is the opening phrase's own noun."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(text, *codes):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), Selection(select=codes)).findings]


@pytest.mark.parametrize("text, span", [
    # an adverb wedged between a verb of existence and its counted subject
    ("In the wildlife centre live now 35 foxes.", "In the wildlife centre live now 35 foxes"),
    # a verb of phase and its infinitive: the parser's "subject" is the phrase's own noun
    ("In the regional maternity hospital began to operate a new incubator.",
     "In the regional maternity hospital began to operate a new incubator"),
    # a time phrase the tagger made the subject, then a place phrase
    ("This autumn on the reservoir wintered 800 swans.", "This autumn on the reservoir wintered 800 swans"),
    # a compound noun before "season" is a subject, not a time phrase
    ("At the quarry near the village Lipki opened the diving season.",
     "At the quarry near the village Lipki opened the diving season"),
    # a noun the tagger calls an adjective before "season"
    ("At the lake near the village Lipki opened the windsurfing season.",
     "At the lake near the village Lipki opened the windsurfing season"),
    # "the first" fronted, any verb, its phrases, then a first name and a surname
    ("Among the girls the first reached the summit Daria Lebedeva.",
     "Among the girls the first reached the summit Daria Lebedeva"),
    ("Among veterans the first crossed the line Oleg Sidorov from Tver with a time of two hours.",
     "Among veterans the first crossed the line Oleg Sidorov"),
    # a street and its name inside the phrase (WordNet's ways, street_nouns.txt)
    ("On the avenue Mira formed a deep puddle.", "On the avenue Mira formed a deep puddle"),
])
def test_russian_order_with_any_verb_is_flagged(text, span):
    assert [s for c, s, _ in _found(text, "MT2517")] == [span]


def test_wedged_adverb_offers_no_reorder():
    assert _found("In the wildlife centre live now 35 foxes.", "MT2517")[0][2] is None


@pytest.mark.parametrize("text", [
    "On the hill lived once a hermit.",                       # a fairy-tale inversion with "once"
    "In the corner stood still an old clock.",                # "stood still": no wedged adverb
    "After the long winter farmers began to sow the fields.",  # a noun before the subject ends the phrase
    "In the new clinic doctors began to treat patients.",     # a doer after the phrase's noun
    "At the summit leaders agreed a new budget.",             # a plural doer WordNet lists only as a plural
    "At the end of the day the first to arrive was Anna Petrova.",  # "the first to …" is English
    "In the region prices began to rise in May.",             # the subject after a noun, no article
    "At the camp the last season ended in August.",           # a time phrase, not a compound
    "In the car Ivanov found a gun.",                          # a car is no street: the name is the subject
])
def test_english_order_stays_quiet(text):
    assert [c for c, _, _ in _found(text, "MT2517")] == []
