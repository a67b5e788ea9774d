"""Syntax pronoun checks: what they fix, and that the parser sees only candidate sentences."""

from __future__ import annotations

import pytest

from mtaudit.models import parser as parser_mod
from mtaudit.audit.context import AuditContext
from mtaudit.detectors import pronouns_syntax
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit

from conftest import CountingParser

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _run(text, parser=None):
    ctx = AuditContext(parser=parser) if parser else AuditContext()
    return audit(Document(text), ctx, detectors=(pronouns_syntax.DETECTOR,)).findings


def test_it_for_a_named_man_is_fixed_to_he():
    (f,) = _run("Viktor Lebedev said that it intends to resign in May.")
    assert f.code == "MT312" and f.text == "it"
    assert f.fix.edits[0].replacement == "he"


def test_itself_for_a_woman_becomes_herself():
    (f,) = _run("Olga Serova declined to comment, limiting itself to a short statement.")
    assert f.fix.edits[0].replacement == "herself"


def test_reported_you_spans_the_verb_the_pronoun_and_its_clause():
    # from the governing verb to the end of its clause, at most 42 characters: a span that
    # matches a short mark ("told you not to arrest") and a whole clause alike
    (f,) = _run("The lawyer told you not to arrest his client.")
    assert f.code == "MT313" and f.text == "told you not to arrest his client"
    (f,) = _run("The lawyer told you not to arrest his client before the hearing at the regional court.")
    assert f.text.startswith("told you") and len(f.text) <= 42 and f.text[-1].isalpha()


def test_reported_clause_fix_shifts_the_speakers_other_words():
    found = _run("The director said that we want to make our own leads from local graphite.")
    (f,) = [f for f in found if f.text.startswith("we ")]
    assert f.code == "MT313" and f.text.startswith("we want to make our own leads")
    assert "their own leads" in f.correction and "our" not in f.correction.split()


def test_first_person_inside_a_quote_is_quiet():
    assert _run("The governor added: “I am ready to meet them,” and left.") == []


def test_only_candidate_sentences_are_parsed():
    counting = CountingParser()
    text = ("The bank raised its key rate on Friday. Prices rose by 2% in March. "
            "Viktor Lebedev said that it intends to resign.")
    findings = _run(text, counting)
    assert [f.code for f in findings] == ["MT312"]
    assert counting.asked == ["Viktor Lebedev said that it intends to resign."]


def test_an_organisation_owner_in_the_speakers_phrase_keeps_it_quiet():
    assert _run("The company's chief executive said it expects revenue to grow.") == []


@pytest.mark.parametrize("sentence, span, fix", [
    ("Anna Petrova added that I expect margins to shrink.", "I expect margins to shrink", "she expected"),
    ("Zvyagin noted that we want every child in the town to hear the bells.",
     "we want every child in the town to hear", "they wanted"),
    ("The farmer explained that we do not have money for a new electric fence, and the cows left.",
     "we do not have money for a new electric fence", "they did not have"),
    ("He admitted that we did not play well in the second period.", "we did not play well in the second period", "they had not played"),
    ("The mayor said that I will not accept any excuses.", "I will not accept any excuses", "they would not accept"),
    ("Oleg Ivanov is convinced that you will manage to finish by May.", "you will manage to finish by May", "they will manage"),
    ("The operators confirmed the complaints but said that we do not block anything.",
     "we do not block anything", "they did not block"),
])
def test_reported_first_person_spans_pronoun_verb_and_a_few_words_of_its_clause_and_fixes_both(sentence, span, fix):
    # the span runs to the end of the pronoun's clause, at most 42 characters, on a content word
    # ("expect margins to shrink": the object of "expect" is the speaker's clause too; a
    # prepositional phrase begun within the 42 is finished, up to 50); the fix rewrites
    # pronoun and verb
    (f,) = _run(sentence)
    assert f.code == "MT313" and f.text == span
    assert f.fix.edits[0].replacement == fix


def test_first_person_in_a_quote_after_a_reporting_verb_is_quiet():
    assert _run("The coach admitted: “We did not play our best hockey.”") == []


def test_reported_first_person_takes_the_gender_of_a_surname_named_in_full_before():
    findings = _run("Marina Zueva leads the laboratory. Zueva said that at first I did not believe it.")
    (f,) = [f for f in findings if f.code == "MT313"]
    assert f.fix.edits[0].replacement == "she had not believed"


@pytest.mark.parametrize("sentence, span, fix", [
    ("The district head said that our engineers will inspect every cellar.", "our engineers will inspect every cellar",
     "their engineers"),
    ("The commissar assured mothers that your boys will get leave in spring.", "your boys will get leave in spring", "their boys"),
])
def test_a_reported_subject_owned_by_the_speaker_is_shifted(sentence, span, fix):
    (f,) = _run(sentence)
    assert f.code == "MT313" and f.text == span
    assert f.fix.edits[0].replacement == fix


def test_an_inclusive_our_in_reported_speech_is_quiet():
    assert _run("The climatologist warned that our planet is warming faster than predicted.") == []
    assert _run("According to him, our country needs more engineers.") == []


@pytest.mark.parametrize("sentence, span", [
    ("The commander said the drills were planned. According to him, our sailors must be ready.",
     "our sailors must be ready"),
    ("The coach said that the skier is in form, and we will build the plan around her.", "we will build the plan around her"),
])
def test_first_person_after_according_to_or_a_continued_report_is_flagged(sentence, span):
    found = [f.text for f in _run(sentence) if f.code == "MT313"]
    assert found == [span]


def test_his_in_a_which_clause_on_a_named_ship_is_its():
    findings = _run("The troops will land from the ship «Peresvet», which arrived on Monday with his crew.")
    assert [(f.code, f.text) for f in findings] == [("MT314", "his")]


def test_a_clause_coordinated_after_according_to_keeps_the_source():
    (f,) = _run("According to her, the pipes were replaced, and we expect heat by Friday.")
    assert f.code == "MT313" and f.text == "we expect heat by Friday"


def test_a_reporter_that_mt_made_it_still_reports():
    findings = _run("Olga Reva met parents on Monday. It also said that you can get the vaccine free.")
    assert any(f.code == "MT313" and f.text.startswith("you can get") for f in findings)


@pytest.mark.parametrize("sentence, span", [
    # a third person urged someone to act; "you" in a clause that hangs on that to-clause
    ("The health office urged parents to keep sick children at home, because otherwise you risk "
     "closing the whole class.", "you risk closing the whole class"),
    # the reporter that the parser hung on a fronted phrase (Russian word order, lower-case name)
    ("After the talks in Dakar petrov said that we are ready to open a new office.", "we are ready to open a new office"),
])
def test_second_and_first_person_in_reported_urging_or_a_stray_reporter_are_flagged(sentence, span):
    found = [f.text for f in _run(sentence) if f.code == "MT313"]
    assert found == [span]


@pytest.mark.parametrize("sentence", [
    "The health office urged parents to keep sick children at home. If you feel ill, call a doctor.",
    "“Keep children at home, because otherwise you risk closing the class,” the office urged parents.",
    "Doctors urge parents to vaccinate, because you never know when measles comes.",
])
def test_an_urging_in_the_present_a_quote_or_a_separate_sentence_is_quiet(sentence):
    assert [f for f in _run(sentence) if f.code == "MT313"] == []


def test_him_after_a_surname_named_earlier_in_the_paragraph_is_no_thing():
    text = ("The court sentenced Pavel Orlov to three years for bribery.\n\nOrlov was found guilty "
            "under art. 290 of the code. The court also deprived him of the right to hold office.")
    assert [f for f in _run(text) if f.code == "MT314"] == []


def test_my_on_the_subject_of_a_present_report_of_one_person_is_the_speakers():
    text = "The shepherd Aidar Kenzhebaev says that my father kept sheep on this hill."
    (f,) = [f for f in _run(text) if f.code == "MT313"]
    assert f.text.startswith("my father kept sheep")
    # a speaker's own "my", a plural source's generic report, and "we" in a present report stay quiet
    for quiet in ("My neighbour says that my father kept sheep on this hill.",
                  "Historians say that my father kept sheep on this hill.",
                  "The shepherd Aidar Kenzhebaev says that we should keep more sheep."):
        assert [f for f in _run(quiet) if f.code == "MT313"] == []


def test_an_age_standing_for_its_person_reports_first_person_speech():
    text = "In court the 45-year-old said that I only wanted to help my son."
    found = [f for f in _run(text) if f.code == "MT313"]
    assert found and found[0].text.startswith("I")
    assert [f for f in _run("In court the 45-year-old man said that the money was his.") if f.code == "MT313"] == []
