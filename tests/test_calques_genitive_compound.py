"""MT2410: a Russian genitive where English writes one compound (detectors/calques_genitive_compound.py),
the pairs derived from WordNet by scripts/build_genitive_compounds.py."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_genitive_compound as gc
from mtaudit.text.document import Document

SETTING = "OMSK, 9 June. "


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.text, f.correction) for f in audit(Document(text), ctx, detectors=(gc.DETECTOR,)).findings]


def test_the_pairs_are_wordnet_compounds_that_are_kinds_of_their_head():
    table = gc.pairs()
    assert len(table) > 300
    assert table[("day", "birth")] == "birthday"
    # English writes these "of" forms itself (WordNet's lemmas and glosses say so), or the compound
    # is no kind of its head (a weekend is no end), or the head holds an amount (a pot of tea)
    for of_form in [("end", "week"), ("point", "view"), ("time", "day"), ("pot", "tea"), ("place", "birth"),
                    ("work", "art")]:
        assert of_form not in table


@pytest.mark.parametrize("text,span,fix", [
    ("The brigade rebuilt the room of class after the fire.", "room of class", "classroom"),
    ("A maker of wine from Anapa showed ten labels.", "maker of wine", "winemaker"),
    ("The teachers of school were given new laptops.", "teachers of school", "schoolteachers"),
])
def test_a_bare_genitive_of_a_compound_is_flagged(text, span, fix):
    assert _find(SETTING + text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "The brigade rebuilt the room of the class after the fire.",   # an article: English shape
    "The room of class rules is on the second floor.",              # the dependent modifies a noun
    "On the day of the birth of her son she was at work.",
])
def test_determiners_and_longer_phrases_stay_quiet(text):
    assert _find(SETTING + text) == []


def test_a_two_word_compound_counts_only_inside_a_genitive_chain():
    assert gc.pairs()[("station", "fire")] == "fire station"
    assert _find(SETTING + "The station of fire of the district sent two engines.") == [
        ("station of fire", "fire station")]
    assert _find(SETTING + "The station of fire sent two engines.") == []
    assert _find(SETTING + "Two emergency landings of aircraft of small airlines were recorded.") == []


def test_outside_a_russian_setting_it_stays_quiet():
    assert _find("A maker of wine from Napa showed ten labels.") == []
