"""MT3111: an opening "It" that speaks or acts after a sentence whose subject is a person;
and the WordNet trades MT3109's "as" frame reads (person_trade_nouns.txt)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_salience
from mtaudit.models import parser as parser_mod
from mtaudit.text import lexicon
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _codes(text):
    return [(f.code, f.text) for f in
            audit(Document(text), AuditContext(), detectors=(pronouns_salience.DETECTOR,)).findings]


@pytest.mark.parametrize("text", [
    # a possessor body in the subject's phrase is where the person works
    "The museum's curator, Aigul Sabitova, said pupils chose the paintings at a vote. It asked the "
    "city to extend the opening hours.",
    # a role only a person takes, after a thing object MT3102 counts
    "The owner of the forge, Timur Zakirov, has worked with iron for 25 years. It started as a "
    "blacksmith's apprentice in Kazan.",
])
def test_it_after_a_person_subject(text):
    assert ("MT3111", "It") in _codes(text)


@pytest.mark.parametrize("text", [
    # a body outside the subject's phrase may speak
    "The library's director, Aigul Sabitova, joined the city council in May. It said the budget "
    "would be cut.",
    # a thing subject in another clause may be meant
    "The library's director, Aigul Sabitova, said the roof leaks badly. It needs repairs.",
    # the paragraph changed: the sentence before is not the one continued
    "The library's director, Aigul Sabitova, said readers chose the books.\n\nIt asked the council "
    "to extend the opening hours.",
])
def test_bodies_things_and_paragraphs_keep_it_quiet(text):
    assert not any(code == "MT3111" for code, _ in _codes(text))


def test_trades_are_people_and_shared_roles_are_not():
    trades = lexicon.folded_words("person_trade_nouns.txt")
    assert {"apprentice", "welder", "curator"} <= trades
    assert not {"supplier", "host", "partner", "sponsor"} & trades
    assert "crane" not in trades  # Hart Crane is a name; the bird's sense is the first common one


_TWO_BACK = ("The head of the district, Ilnur Gabdrakhmanov, said the new bridge would open in May. "
             "The repairs are estimated at 40 million roubles. It added that the old crossing would stay "
             "closed until then.")


def test_it_of_saying_two_sentences_after_a_person_over_a_sentence_nobody_speaks_in():
    assert ("MT3111", "It") in _codes(_TWO_BACK)


@pytest.mark.parametrize("text", [
    # the sentence between names a body that may speak, or a name
    _TWO_BACK.replace("The repairs are estimated", "The ministry estimates the repairs"),
    _TWO_BACK.replace("The repairs are estimated", "Avtodor estimated the repairs"),
    # a body in the person's own phrase may be the one that speaks two sentences on
    "The company's chief executive, Ilnur Gabdrakhmanov, said sales rose in May. The profit is "
    "estimated at 40 million roubles. It added that the old plant would close.",
    # not a verb of saying: the thing between may be meant
    _TWO_BACK.replace("It added that the old crossing would stay closed until then.",
                      "It will be paid from the regional budget."),
    # a new paragraph
    _TWO_BACK.replace("roubles. It added", "roubles.\n\nIt added"),
])
def test_it_two_sentences_on_stays_quiet_when_something_between_may_speak(text):
    assert not any(code == "MT3111" for code, _ in _codes(text))


# session 25: the antecedent found in more places (a passive's "by" person, a copula's person,
# a speaker put last) and the predicate read by WordNet's classes, an age or a role
@pytest.mark.parametrize("text", [
    # the person of a passive's "by" phrase, a verb of saying with a that-clause
    "On Monday the old pier was inspected by the deputy mayor Irina Gerasimova. It demanded that "
    "the contractor replace the railings.",
    # an age in the clause of a verb the "It" governs
    "The fastest lap was set by the student of the college Kirill Antonov. It began karting at "
    "eleven years old.",
    # a role after a speaker put last, whatever the clause before names
    "The rent is 40 thousand roubles a month, told the founder of the studio Marat Khasanov. It "
    "worked as a dancer in Kazan for ten years.",
    # a copula whose predicate names the person; a cognition verb of WordNet's
    "The best of the juniors became the schoolboy from Chita Bato Dorzhiev. It plans to enter the "
    "university next year.",
    # a verb coordinated with the first shares the "It"
    "The boiler was repaired by the mechanic Oleg Zuev. It has served at the depot since 2010 and "
    "knows every pump there.",
])
def test_it_after_a_person_found_in_more_places(text):
    # MT3102 (the same detector, first) takes the ones where no thing competes at all
    assert {("MT3111", "It"), ("MT3102", "It")} & set(_codes(text))


@pytest.mark.parametrize("text", [
    # a thing the passive is about may go on: nothing only a person does
    "The old pier was rebuilt by the engineer Irina Gerasimova. It has stood since 1910.",
    # a body the passive is about may speak
    "The museum was founded by the collector Irina Gerasimova. It says on its website that the "
    "halls reopen in May.",
    # a document may argue
    "The study was led by the biologist Irina Gerasimova. It argues that the lake is drying up.",
    # a thing's age is no person's
    "The restorer Irina Gerasimova repaired the 200-year-old organ. It has played every Sunday since.",
])
def test_things_bodies_and_documents_keep_the_new_places_quiet(text):
    assert not any(code == "MT3111" for code, _ in _codes(text))


def test_human_subject_verbs_are_wordnets():
    from mtaudit.detectors.pronouns_centering import _human_verbs

    verbs = _human_verbs()
    assert verbs.get("know") == "any" and verbs.get("hope") == "any"
    assert verbs.get("demand") == "clause" and verbs.get("admit") == "clause"
    assert not {"mean", "show", "add", "cost", "stand"} & set(verbs)  # things do these too
