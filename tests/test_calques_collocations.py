"""MT2820: Russian collocations word for word, a family kept as data
(mtaudit/data/calque_collocations.yaml, inflections in calque_collocation_forms.tsv)."""

from __future__ import annotations

import re

import pytest

from mtaudit.detectors import calques_collocations as cc
from mtaudit.rules.prefilter import clauses_hold, fold_for_literals
from mtaudit.text.document import Document

ENTRIES = cc.collocations()


def _found(text: str) -> list:
    return list(cc.DETECTOR.detect(Document(text, doc_id="t"), None))


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.ru for e in ENTRIES])
def test_each_construction_flags_its_calque_and_spares_its_look_alike(entry):
    for bad in entry.bads:
        assert _found(bad), f"{entry.ru}: {bad!r} not flagged"
    for quiet in entry.quiets:
        assert _found(quiet) == [], f"{entry.ru}: look-alike {quiet!r} flagged"


@pytest.mark.parametrize("text", [
    "The frigate enters the composition of the fleet in May.",
    "The frigate will enter into the composition of the fleet in May.",
    "Entering the composition of the fleet took a year.",
])
def test_a_verb_calque_is_caught_in_any_tense(text):
    assert [f.text.lower() for f in _found(text)] == [re.search(r"enter.*?of", text, re.I).group(0).lower()]


def test_the_fix_inflects_the_english_verb_like_the_calque():
    (f,) = _found("The corvette entered the composition of the fleet.")
    assert f.fix.edits[0].replacement == "joined"
    (f,) = _found("The driver was delivered to the hospital with burns.")
    assert f.fix.edits[0].replacement == "taken to hospital with"
    (f,) = _found("Took participation in the race more than 300 runners.")
    assert f.fix.edits[0].replacement == "Took part in"


def test_a_hint_with_alternatives_gives_no_fix():
    (f,) = _found("Doctors say the boy is passing treatment.")
    assert f.fix is None and "undergo" in f.message


def test_an_estimate_in_a_year_is_english():
    assert _found("The harvest was estimated in 2021 at 3 million tons.") == []
    assert [f.text for f in _found("The harvest is estimated in 3 million tons.")] == ["estimated in"]


def test_every_lemma_of_the_data_has_generated_forms():
    """scripts/build_collocation_forms.py must be rerun after a new <word> is added."""
    generated = cc._generated()
    for entry in ENTRIES:
        for lemma in re.findall(r"<([a-z]+)>", entry.calque + " " + entry.english):
            assert lemma in generated, f"{lemma}: rerun scripts/build_collocation_forms.py"
            assert generated[lemma]["VBD"], lemma


def test_regular_endings_cover_a_lemma_missing_from_the_table():
    assert cc._regular("copy")["VBZ"] == "copies"
    assert cc._regular("close")["VBG"] == "closing"
    assert cc._regular("pass")["VBZ"] == "passes"


def test_every_entry_needs_a_literal_and_each_bad_example_holds_it():
    """The prefilter skips an entry whose literals are missing: it must know one for every entry
    (else the speed-up is gone) and never skip a text the entry flags (else findings are lost)."""
    needed = cc.table().literals()
    assert len(needed) == len(ENTRIES)
    for entry, found in zip(ENTRIES, needed):
        assert found.clauses, entry.calque
        for bad in entry.bads:
            assert clauses_hold(found.clauses, fold_for_literals(bad).__contains__), (entry.calque, bad)


def test_a_text_without_the_literals_of_an_entry_is_not_scanned_for_it():
    """With the literal check, an entry's pattern is not run on a text that cannot match."""
    tried = [i for i, _ in cc.table().candidates("The weather was calm on Sunday.")]
    assert len(tried) < len(ENTRIES) // 4

