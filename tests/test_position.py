"""mtaudit.text.position: the one answer to "is this capital forced by its position?"."""

from __future__ import annotations

import pytest

from mtaudit.text.document import Document
from mtaudit.text.position import DASHES, LINE_BREAKS, POSITION_MARKS, SENTENCE_ENDS, capitalised_by_position


def _at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize("text, word, expected", [
    ("Moscow city court ruled.", "Moscow", True),            # the start of the text
    ("It rained. Police came.", "Police", True),             # after a full stop
    ("Why? Nobody knows.", "Nobody", True),
    ("Wait… Then it came.", "Then", True),
    ("Line one\nThe next", "The", True),                     # a new line
    ("She said: “Come in.”", "Come", True),                  # a quote opener
    ("the result (Final) came", "Final", True),
    ("the rule: Every one", "Every", True),                  # a colon
    ("a talk with Sergei Ivanov", "Sergei", False),           # mid-sentence: the capital means a name
    ("It ended.    Then", "Then", False),                    # a full stop too far back
    ("a move — Then it came", "Then", False),                # dashes only when asked for
])
def test_default_marks(text, word, expected):
    assert capitalised_by_position(text, _at(text, word)) is expected


def test_dashes_are_a_parameter():
    text = "a move — Then it came"
    assert capitalised_by_position(text, _at(text, "Then"), marks=POSITION_MARKS + DASHES)


def test_quotes_left_out_for_the_transliteration_check():
    text = "he said “Nikolai patrushev"
    marks = SENTENCE_ENDS + ":" + LINE_BREAKS
    assert not capitalised_by_position(text, _at(text, "Nikolai"), marks=marks, max_blanks=1)
    text = "It ended.  Nikolai"
    assert not capitalised_by_position(text, _at(text, "Nikolai"), marks=marks, max_blanks=1)


def test_unbounded_blanks_and_the_sentence_split():
    text = "It ended.       Then"
    assert capitalised_by_position(text, _at(text, "Then"), max_blanks=None)
    doc = Document("Moscow court jails blogger\n\nA blogger was jailed on Monday.", doc_id="d")
    start = _at(doc.text, "Moscow")
    assert capitalised_by_position(doc.text, start, marks=".", sentences=doc)
    later = _at(doc.text, "Monday")
    assert not capitalised_by_position(doc.text, later, marks=".", sentences=doc)
