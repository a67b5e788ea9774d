"""A PatternTable yields what running each pattern's finditer over the whole text yields, while
trying a pattern only where its literals occur (detectors/pattern_table.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import regex

from mtaudit.detectors import calques_collocations, calques_frames_table, calques_terms, calques_word_senses
from mtaudit.detectors.pattern_table import PatternTable

ROOT = Path(__file__).resolve().parent.parent


def _examples(entries) -> str:
    out = []
    for e in entries:
        out += list(getattr(e, "bads", ())) + list(getattr(e, "quiets", ()))
    return "\n".join(out)


def _bench_text(chars: int) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import article
    finally:
        sys.path.pop(0)
    return article(random.Random(3), chars)


def _naive(patterns, text):
    return [(i, m.span()) for i, p in enumerate(patterns) for m in p.finditer(text)]


@pytest.mark.parametrize("module, entries", [
    (calques_collocations, calques_collocations.collocations),
    (calques_frames_table, calques_frames_table.rows),
    (calques_word_senses, calques_word_senses.senses),
    (calques_terms, calques_terms.terms)])
def test_table_matches_what_every_pattern_finds_on_its_own(module, entries):
    table = module.word_table() if module is calques_word_senses else module.table()
    for text in (_examples(entries()), _examples(entries()).upper(), _bench_text(60_000)):
        assert [(i, m.span()) for i, m in table.matches(text)] == _naive(table.patterns, text)


def test_a_pattern_is_tried_only_where_its_literals_occur():
    table = PatternTable("test", [regex.compile(r"(?:entered|enters)\s+the\s+composition\s+of", regex.I),
                                  regex.compile(r"\bpassing\s+treatment\b", regex.I)])
    text = "The corvette entered the composition of the fleet. " + "Calm weather. " * 200
    tried = dict(table.candidates(text))
    assert list(tried) == [0]                  # "passing treatment" needs literals the text lacks
    assert tried[0] == [text.index("entered")]  # and the first is tried where "entered" starts
    assert [m.group() for _, m in table.matches(text)] == ["entered the composition of"]
