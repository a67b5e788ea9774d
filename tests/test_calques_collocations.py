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
        for lemma in re.findall(r"(?<!\?P)<([a-z]+)>", entry.calque + " " + entry.english):
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



def test_an_amount_frame_spans_subject_word_verb_and_digits():
    """составила: the span is the subject's last word, the verb and the figure's digits, so that it
    meets gold written as the verb alone, as subject and verb, or as verb and figure; the figure's
    own artifacts (a decimal comma, "N thousand") stay the number rules'."""
    def spans(text):
        return [text[f.start:f.end] for f in cc.DETECTOR.detect(Document(text), None)]
    assert spans("The cost of the repair made up 18,65 million roubles.") == ["repair made up 18,65"]
    assert spans("Revenues of the district will make up 212 billion rubles.") == ["district will make up 212"]
    assert spans("The price rose and now makes up 2,800-3,600 roubles.") == ["now makes up 2,800-3,600"]
    assert spans("By the forecast, will make up 130 million tonnes.") == ["will make up 130"]
    assert spans("The road time made up two hours and ten minutes.") == ["time made up two"]
    assert spans("Women make up 60 percent of the staff.") == []
    assert spans("The ferry made up two hours of the delay.") == []
