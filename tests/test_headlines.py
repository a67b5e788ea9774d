"""The three headline questions (mtaudit.text.headlines), each with a case that tells it apart."""

from mtaudit.text.document import Document
from mtaudit.text.headlines import TITLE_MAX_WORDS, ends_open, is_headline_case, is_title


def test_a_line_break_after_an_open_line_ends_a_sentence():
    assert ends_open("Moscow, 5 March")
    assert not ends_open("the talks went on,")
    assert not ends_open("")
    doc = Document("Floods in Yakutia\nThe river rose two metres overnight.")
    assert [doc.slice(s) for s in doc.sentences] == ["Floods in Yakutia", "The river rose two metres overnight."]


def test_a_title_is_one_short_line_without_final_punctuation():
    assert is_title("Floods in Yakutia")
    assert not is_title("The river rose.")
    assert not is_title("Floods in\nYakutia")
    assert not is_title(" ".join(["word"] * (TITLE_MAX_WORDS + 1)))
    doc = Document("Floods in Yakutia\n\nThe river rose two metres overnight.")
    assert [doc.slice(s) for s in doc.headlines] == ["Floods in Yakutia"]


def test_title_case_prose_is_headline_case_but_plain_prose_is_not():
    assert is_headline_case("Governor Visits Flooded Villages In The North.")
    assert is_headline_case("Floods in Yakutia")
    assert not is_headline_case("The governor visited the flooded villages.")
