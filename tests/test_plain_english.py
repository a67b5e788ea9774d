"""The pre-filter before language identification: sure of English only when it should be."""

from __future__ import annotations

import pytest

from mtaudit.detectors.untranslated import FOREIGN_SENTENCE
from mtaudit.text.plain_english import is_english_word, known_share, surely_english


def test_an_english_news_sentence_is_surely_english():
    assert surely_english("The delegations left Geneva on Saturday morning after the talks ended.")


@pytest.mark.parametrize("text", [
    "Ya ne znayu, chto budet dalshe s nashimi peregovorami i s nashey stranoy.",
    "Die Bundesregierung hat die Sanktionen gegen Russland um weitere sechs Monate verlängert.",
    "Le gouvernement a décidé de prolonger les sanctions contre la Russie pour six mois.",
    "El gobierno ha decidido prorrogar las sanciones contra Rusia por seis meses más.",
])
def test_foreign_and_transliterated_sentences_go_on_to_the_identifier(text):
    assert not surely_english(text)


def test_the_rule_examples_of_mt604_go_on_to_the_identifier():
    assert FOREIGN_SENTENCE.bad and not any(surely_english(e.text.split(". ", 1)[1]) for e in FOREIGN_SENTENCE.bad)


def test_inflected_forms_count_and_names_do_not():
    assert is_english_word("delegations") and is_english_word("talks") and not is_english_word("znayu")
    assert known_share("Medvedev Rublev Shanghai") == 0.0  # no lowercase words: unsure
