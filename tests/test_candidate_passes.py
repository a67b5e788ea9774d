"""The candidate-driven passes find exactly what the scans they replace found (issue 16).

Each pass visits only the places where a match can be (a Cyrillic letter, an occurrence of a
form, the last clause before a quote, the word before a surname) instead of running a pattern
from every position; each is compared here with the plain `finditer`/`search` it replaces, on
random texts built from the pieces that matter to it (digits, spaces, hyphens, apostrophes,
quote marks, Cyrillic letters, the forms themselves).
"""

from __future__ import annotations

import random
import re

import pytest

from mtaudit.detectors import untranslated as u
from mtaudit.detectors.entities.forms import _words_before
from mtaudit.detectors.entities.unknown import UnknownSurnameDetector
from mtaudit.text import lexicon
from mtaudit.text import quotes as q

CASES = 3000


def _texts(pieces, seed: int, most: int = 14):
    rng = random.Random(seed)
    for _ in range(CASES):
        yield "".join(rng.choice(pieces) + rng.choice(("", " ", "")) for _ in range(rng.randint(0, most)))


def test_cyrillic_runs_and_mixed_words_are_the_regex_matches():
    pieces = ["абв", "Ж", "з", " ", "12", "3456", ",", ".", "-", "–", ":", "\n", "\t", "abc", "x",
              "\u00a0", "Мoscow", "2022", "г.", "’", "'", "_", "҂"]
    for text in _texts(pieces, 1):
        assert [m.span() for m in u._cyrillic_runs(text)] == [m.span() for m in u._CYRILLIC_RUN.finditer(text)], text
        assert list(u._mixed_words(text)) == list(_mixed_words_by_scan(text)), text


def _mixed_words_by_scan(text: str):
    """The scan _mixed_words replaced: every run of word characters, hyphens and apostrophes."""
    for run in u._WORD_RUN.finditer(text):
        first = u._WORD_CHAR.search(text, run.start(), run.end())
        if first is None:
            continue
        start, end = first.start(), run.end()
        if u._HAS_CYRILLIC.search(text, start, end) and u._HAS_LATIN.search(text, start, end):
            yield start, end


def test_leftovers_tried_at_their_form_are_the_regex_matches():
    pieces = ["tys.", "tys", "g.", "gg.", "2020", "19", " ", "5", "Gosduma", "mlrd", "x", ".", "\n", "godu", "a"]
    patterns = u._leftover_patterns()
    for text in _texts(pieces, 2):
        for pattern, _, _, form in patterns:
            if form in text:
                assert [m.span() for m in u._at_form(pattern, text, form)] == \
                    [m.span() for m in pattern.finditer(text)], (text, form)


def test_words_judged_once_per_form_are_the_words_a_scan_would_judge():
    allowed = lexicon.folded_words("translit_allowed.txt")
    pieces = ["obyazatelstva", "the", "siloviki", "pickupu", "a-b", "zzzzzz", "-", "'", "@", ".", "x",
              "prezhnei", "Trump", "\n", "sostoyanie", "/"]
    for text in _texts(pieces, 3):
        expected = [m.span() for m in u._LOWER_WORD.finditer(text)
                    if any(u._judged_part(p, allowed) for p in m.group().split("-"))]
        assert [m.span() for m in u._lower_words_to_judge(text, allowed)] == expected, text


def test_opening_words_found_by_their_ending_are_the_regex_matches_with_that_ending():
    pieces = ["Sostoyanie", "Moscow", "Sobraniye", "Pravitelstvo", "The", ".", "!", "?", " ", "\n", "“", "\"",
              "«", "-", "’", "x", "Obrazovaniya", "Nikolai", "a", "\u00a0", "2", "Delaetsya"]
    for text in _texts(pieces, 4):
        expected = [m.span() for m in u._OPENING_WORD.finditer(text)
                    if m.group("w").lower().endswith(u._RUSSIAN_ONLY_ENDINGS)]
        assert [m.span() for m in u._opening_words(text)] == expected, text


def test_words_judged_across_documents_are_judged_as_once():
    allowed = lexicon.folded_words("translit_allowed.txt")
    for word in ("obyazatelstva", "siloviki", "a-b", "pickupu-zzzzzz", "delegations", "the"):
        first = u._judged_word(word, allowed)
        assert first == any(u._judged_part(p, allowed) for p in word.split("-")) == u._judged_word(word, allowed)
    assert u._judged_word("obyazatelstva", frozenset()) and not u._judged_word("obyazatelstva", {"obyazatelstva"})


def test_many_forms_to_judge_fall_back_to_one_scan(monkeypatch):
    allowed = lexicon.folded_words("translit_allowed.txt")
    text = " ".join(f"zqxvb{c}{d}" for c in "abcdefghij" for d in "klmnopqrst")
    monkeypatch.setattr(u, "MAX_JUDGED_FORMS", 10)
    assert [m.span() for m in u._lower_words_to_judge(text, allowed)] == [m.span() for m in u._LOWER_WORD.finditer(text)]


def test_attribution_searched_from_the_cut_finds_the_same_match():
    pieces = ["Putin", "said", ",", ".", "“", "”", "the", "U.S.", "head", ":", "-", "’", "'", "\u00a0",
              "according", "to", "x1", "A", "(", "!", "he", "told", "reporters", "—"]
    for before in _texts(pieces, 4, most=18):
        full, cut = q._BEFORE.search(before), q._BEFORE.search(before, q._before_cut(before))
        assert (full and (full.span(), full.groupdict())) == (cut and (cut.span(), cut.groupdict())), before


@pytest.mark.parametrize("surface", ["Volkova", "Anna", "ova", "e", " ", "Ivan Petrov"])
def test_words_before_a_surface_are_the_regex_groups(surface):
    pieces = ["Anna", "Volkova", "Ivan", "Petrov", "x_y", "é", "1", "\t", "  ", "\n", ",", "-", "VolkovaX", "ova"]
    for text in _texts(pieces, 5):
        expected = [m.group(1) for m in re.finditer(r"\b(\w+)\s+" + re.escape(surface) + r"\b", text)]
        assert list(_words_before(text, surface)) == expected, (surface, text)


def test_real_surnames_in_one_pass_are_the_per_word_scans():
    from mtaudit.detectors.entities.unknown import _russian_first_names

    names, russian = lexicon.first_names(), _russian_first_names()
    words = {"Hammers", "Pillows", "Buckets"}  # candidates are never first names (_plausible)
    assert not any(w in names for w in words)
    first = [n for n in ("Elizabeth", "John", "Mary", "Anna", "Oleg", "Maxim") if n in names]
    pieces = first + sorted(words) + ["A.", " ", "\t", ".", "and", "the", "Smith"]
    for text in _texts(pieces, 6):
        expected = set()
        for word in words:
            for m in re.finditer(r"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?" + re.escape(word) + r"\b", text):
                if m.group(1) in names and m.group(1) not in russian:
                    expected.add(word)
                    break
        assert UnknownSurnameDetector._real_surnames(text, words) == expected, text


def _phrase_before_by_scan(text: str, lo: int, limit: int):
    """The scan casing._phrase_before replaced: every word of text[lo:limit], walked back."""
    import re

    out, cursor = [], limit
    for w in reversed(list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[lo:limit]))):
        s, e = lo + w.start(), lo + w.end()
        if text[e:cursor].strip(" –") != "":
            break
        out.append((s, e, w.group()))
        cursor = s
    return list(reversed(out))


def test_phrase_before_an_acronym_matched_from_its_last_break_is_the_whole_scan():
    from mtaudit.detectors import casing

    pieces = ["Federal", "security", " ", "–", "-", "Service", ",", "of", "the", "2", "_", "(", "é", "\u0301",
              "Co-operation", "\n", "x", ".", "Ж", "  "]
    for text in _texts(pieces, 5, most=18):
        for lo in {0, len(text) // 3}:
            for limit in {len(text), max(lo, len(text) - 2)}:
                assert casing._phrase_before(text, lo, limit) == _phrase_before_by_scan(text, lo, limit), (text, lo, limit)
