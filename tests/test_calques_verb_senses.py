"""MT2840: a Russian verb of several senses read by the class of the noun in its slot
(data/calque_verb_senses.yaml; every entry's bad and good sentences run here)."""

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.calques_verb_senses import noun_classes, senses
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _findings(text):
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2840",)))
    return result.findings


def _spans(text):
    return [text[f.start:f.end] for f in _findings(text)]


BADS = [(s.ru, b) for s in senses() for b in s.bads]
GOODS = [(s.ru, g) for s in senses() for g in s.goods]


@pytest.mark.parametrize("ru,text", BADS)
def test_entry_bad_is_flagged(ru, text):
    assert _spans(text), f"{ru}: {text}"


@pytest.mark.parametrize("ru,text", GOODS)
def test_entry_good_is_quiet(ru, text):
    assert _spans(text) == [], f"{ru}: {text}"


def test_every_entry_has_examples_and_a_known_class():
    classes = noun_classes()
    for s in senses():
        assert s.bads and s.goods, s.ru
        assert classes.get(s.cls), s.ru


def test_fix_inflects_the_english_verb():
    text = "The average salary in the district made 41 thousand roubles last year."
    (f,) = _findings(text)
    edit = f.fix.edits[0]
    assert text[:edit.start] + edit.replacement + text[edit.end:] == \
        "The average salary in the district amounted to 41 thousand roubles last year."
    text = "The townspeople noted the 80th anniversary of the plant."
    (f,) = _findings(text)
    edit = f.fix.edits[0]
    assert edit.replacement == "celebrated"


def test_the_slot_decides_not_the_verb():
    # a new amount noun, a new mishap, a new holiday: the class, not a list of phrases
    # an amount frame spans the subject's last word, the verb and the figure's digits (gold marks
    # the verb with its figure or subject and verb: this span meets both)
    assert _spans("The bonus pool of the championship made 2 million roubles.") == ["championship made 2"]
    assert _spans("The yield of potatoes this year makes 310 centners per hectare.") == ["potatoes this year makes 310"]
    assert _spans("By evening the rescuers liquidated the avalanche on the pass road.") == \
        ["liquidated the avalanche"]
    assert _spans("The fishermen made 40 tons of catch last year.") == []
    assert _spans("The liquidators liquidated the insolvent firm in March.") == []


def test_span_takes_the_slot_the_fix_the_verb():
    text = "The wounded were taken to hospital, and the consequences of the storm were liquidated."
    assert _spans(text) == ["the consequences of the storm were liquidated"]
    text = "In 2023 the district mastered 40 percent of the funds."
    (f,) = _findings(text)
    assert text[f.start:f.end] == "mastered 40 percent"
    edit = f.fix.edits[0]
    assert text[edit.start:edit.end] == "mastered" and edit.replacement == "spent"


def test_relative_clause_and_participle_read_their_noun():
    assert _spans("The tram cars, which are exploited since 1975, will be replaced.") == ["exploited"]
    assert _spans("Of the funds that were mastered last year, most went to roads.") == ["mastered"]
