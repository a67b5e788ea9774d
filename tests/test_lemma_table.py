"""text/lemma_table.py reads lemminflect's lemma lookup without importing lemminflect (whose
import pulls in spaCy and torch): it must answer as lemminflect does, and stay light."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from mtaudit.text import lemma_table

lemminflect = pytest.importorskip("lemminflect")


def test_answers_match_lemminflect_on_a_sample_of_its_words_and_casings():
    words = sorted(lemma_table._table())
    sample = random.Random(7).sample(words, 2000)
    sample += ["said", "Said", "SAID", "all", "another", "publisher", "Running", "qwertyzz"]
    for word in sample:
        assert lemma_table.all_lemmas(word) == lemminflect.getAllLemmas(word), word


def test_a_noun_and_a_verb_are_told_apart():
    assert "NOUN" in lemma_table.all_lemmas("publisher")
    assert "VERB" not in lemma_table.all_lemmas("publisher")
    assert "VERB" in lemma_table.all_lemmas("said")
    assert lemma_table.all_lemmas("qwertyzz") == {}


def test_the_lookup_does_not_import_spacy_or_torch():
    code = ("import sys; from mtaudit.text.lemma_table import all_lemmas; all_lemmas('said'); "
            "print(sorted(m for m in ('spacy', 'torch', 'lemminflect') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
