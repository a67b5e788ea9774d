"""MT417 (a paragraph or line that opens its sentence in lower case) and MT403's subject pronouns:
where a line opens a sentence, what hard-wrapped prose and lower-case styles keep quiet, the fix."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing, casing_sentence_start as css
from mtaudit.text.document import Document


def _run(text, detector=css.DETECTOR):
    return audit(Document(text), AuditContext(), detectors=(detector,)).findings


def _texts(text, detector=css.DETECTOR):
    return [f.text for f in _run(text, detector)]


def test_a_paragraph_and_a_line_after_a_sentence_open_in_lower_case():
    text = ("The depot reopened\n\nthe depot reopened on Monday after repairs.\n"
            "it is known that the roof leaked.\nin May the trams will run again.")
    assert _texts(text) == ["the", "it", "in"]


def test_the_first_line_of_a_text_counts_too():
    assert _texts("the ferry left at noon. Nobody was hurt.") == ["the"]


def test_hard_wrapped_prose_goes_on_quietly():
    text = ("The council voted to close the old bridge to lorries and\n"
            "the mayor said the repairs would take a year. The vote\n"
            "was close.")
    assert _texts(text) == []


def test_a_line_after_a_quote_that_ends_a_sentence_opens_one():
    assert _texts('“We are ready,” he said.”\nthe team left for Kazan.') == ["the"]
    assert _texts('He said: “We are ready.”\nthe team left for Kazan.') == ["the"]


def test_names_addresses_labels_and_single_letters_stay_quiet():
    text = ("Nobody was hurt.\n\nkarimova said the farm would reopen.\n"
            "Nobody was hurt.\n\nnews.ru wrote it first.\n"
            "Nobody was hurt.\n\nnote: the figures are provisional.\n"
            "Nobody was hurt.\n\na man was detained.")
    assert _texts(text) == []


def test_a_text_written_in_lower_case_stays_quiet():
    text = "the rain came\nand went\nthe river rose\nthe bridge held\nwe went home."
    assert _texts(text) == []


def test_the_fix_capitalises_the_first_letter_only():
    [f] = _run("Roads were closed.\n\nin addition, two schools shut.")
    assert f.correction == "In"


def test_subject_pronouns_mid_sentence_and_after_the_first_word():
    found = _texts("Such a change We had planned. But We lost anyway, and They knew it.", casing.DETECTOR)
    assert found == ["We", "We", "They"]


def test_a_capital_after_a_comma_is_read_too():
    assert _texts("The hosts wanted more, But lost in extra time.", casing.DETECTOR) == ["But"]


def test_reverent_capitals_and_titles_stay_quiet():
    assert _texts("The priest said that He would forgive them, for the Lord is kind.", casing.DETECTOR) == []
    assert _texts("The band They Might Be Giants played last.", casing.DETECTOR) == []
    assert _texts("He said that we would win.", casing.DETECTOR) == []


def test_a_capital_moved_to_a_common_word_after_joins_the_span():
    text = "Nobody was hurt.\n\nit is Known that the driver was sober.\nyou can Reach the cafe by tram."
    assert _texts(text) == ["it is Known", "you can Reach"]
    assert _texts("Nobody was hurt.\n\nthe Kremlin said nothing. \nit was May when it opened.") == ["the", "it"]
