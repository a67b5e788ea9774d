"""MT3104: "he"/"him"/"his" whose nearest subject is a thing, with no man close by; MT313 for a
"that"-clause the parser hangs on the hearer of "told"; MT3102 when a person spoke just before."""

from __future__ import annotations

import pytest

from mtaudit.models import parser as parser_mod
from mtaudit.audit.context import AuditContext
from mtaudit.detectors import pronouns_local_thing, pronouns_salience, pronouns_syntax
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")

# a man is named two paragraphs back: MT317 and MT3103 stay quiet, the nearest subject decides
_FAR_MAN = "Pavel Sidorov opened the forum on Monday.\n\nThe weather was warm.\n\n"


def _run(text, detector=pronouns_local_thing.DETECTOR):
    return audit(Document(text), AuditContext(), detectors=(detector,)).findings


@pytest.mark.parametrize("text, span, fix", [
    ("The new pier was finished in March; he will receive ferries from June.", "he", "it"),
    ("The depot was rebuilt last year, and since then his capacity has doubled.", "his", "its"),
    ("The credit union lost money for a year. The regulator warned him twice.", "him", "it"),
    # inside a quotation the speaker named after it is not its "he"
    ("“The outbreak comes every ten years, but this time he came early,” said Oleg Titov.", "he", "it"),
])
def test_he_after_a_clause_about_a_thing_becomes_it(text, span, fix):
    (f,) = _run(_FAR_MAN + text)
    assert f.code == "MT3104" and f.text == span
    assert f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    # a man in the paragraph before or in this one
    "Ivan Petrov founded the firm in 1995.\n\nThe firm grew fast, and he sold it in 2010.",
    "Dmitry Sokolov was injured in March.\n\nThe injury was serious, and he missed the season.",
    _FAR_MAN + "The coach praised the team. The match was tense, but he kept calm.",
    # what only a person does, and a person's own things
    _FAR_MAN + "The film was shot in Kazan; he said it was his best work.",
    _FAR_MAN + "The reservoir was filled in April, and his wife swims there.",
    # the nouns of a quotation belong to its speaker, not to a "he" outside it
    _FAR_MAN + "“Is our country innocent?” he asked.",
    # the court's own object, and a relative clause's "he"
    _FAR_MAN + "The court fined the firm and deprived him of the right to trade.",
    _FAR_MAN + "The plant, which he built in 1990, employs 500 people.",
    # a plural or a number is no "he"
    _FAR_MAN + "The piers were finished in March; he will inspect them in June.",
    # the right pronoun
    _FAR_MAN + "The new pier was finished in March; it will receive ferries from June.",
])
def test_a_man_close_by_or_a_persons_predicate_keeps_he_quiet(text):
    assert _run(text) == []


def test_a_possible_surname_in_the_paragraph_before_keeps_he_quiet():
    assert _run("The talks ended late.\n\nGladkov was not there.\n\nThe pier was finished in March; "
                "he will receive ferries from June.") == []


@pytest.mark.parametrize("text, span", [
    ("Pensioner Ivan Kolesov told the newspaper that you have to choose between food and medicine.",
     "you have"),
    ("The farmer Oleg Rudin told reporters that we will not sell the land.", "we will"),
])
def test_told_hearer_that_reported_speech_is_flagged(text, span):
    findings = [f for f in _run(text, pronouns_syntax.DETECTOR) if f.code == "MT313"]
    assert findings and findings[0].text.startswith(span)


def test_told_a_joke_that_you_have_heard_is_a_relative_clause():
    # the relative clause hangs on what was told, not on someone who can hear
    assert not [f for f in _run("The old guide told a joke that you have heard before.",
                                pronouns_syntax.DETECTOR) if f.code == "MT313"]


def test_it_said_after_a_person_spoke_is_that_person():
    (f,) = _run("The minister of health visited the site and noted that the works are on schedule. "
                "It also said that no fee will be charged.", pronouns_salience.DETECTOR)
    assert f.code == "MT3102" and f.text == "It"


def test_it_said_after_a_body_spoke_stays_quiet():
    assert _run("The minister of health visited the site, and the agency noted that the works are "
                "on schedule. It also said that no fee will be charged.", pronouns_salience.DETECTOR) == []


# session 12: feminine things, and places that are nobody a "he" could be
_FAR_WOMAN = "Olga Sedova opened the fair on Monday.\n\nThe weather was warm.\n\n"


@pytest.mark.parametrize("text, span, fix", [
    ("The queue grew quickly after dawn; by noon she reached the bridge.", "she", "it"),
    ("The new station opened in May, and her capacity is 40 trains a day.", "her", "its"),
])
def test_she_her_after_a_clause_about_a_thing_becomes_it(text, span, fix):
    (f,) = _run(_FAR_WOMAN + text)
    assert f.code == "MT3104" and f.text == span
    assert f.fix.edits[0].replacement == fix


def test_she_with_a_woman_close_by_stays_quiet():
    assert _run("Olga Sedova opened the fair. The queue grew, and she thanked the visitors.") == []


@pytest.mark.parametrize("text", [
    "The barge left the port of Vanino in June. He carried 300 tonnes of coal.",
    "The storm hit Tomsk, Seversk and Asino; in Asino he felled 40 trees.",
    "The barge sailed along Lake Onega in June. He carried 300 tonnes of coal.",
])
def test_place_names_are_nobody_he_could_be(text):
    (f,) = _run(_FAR_MAN + text)
    assert f.code == "MT3104" and f.text.lower() == "he"


def test_a_person_named_by_a_preposition_of_origin_still_counts():
    # "from Ivan Lobov": a man, not a place
    assert _run("The parcel came from Ivan Lobov in June. He carried 300 tonnes of coal.") == []


def test_a_role_noun_with_a_company_in_apposition_is_the_company():
    (f,) = _run("The owner of the plant, the company Ural Steel, said that he keeps paying the workers.")
    assert f.text == "he" and f.fix.edits[0].replacement == "it"
    assert _run("The owner of the plant, Pavel Gromov, said that he keeps paying the workers.") == []
