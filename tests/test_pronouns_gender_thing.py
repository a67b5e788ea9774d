"""MT3107: he/she/his/her for the thing the clause before it is about, by the Russian gender of
the thing's noun (data: russian_gender_things.tsv); people, animals, ships and acts stay quiet."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_gender_thing
from mtaudit.models import parser as parser_mod
from mtaudit.text import lexicon
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")

# a man and a woman named in the sentence before: MT3104 and MT317 fall silent, MT3107 does not
_PEOPLE = "Pavel Sidorov and Anna Orlova opened the fair on Monday. "


def _run(text):
    return audit(Document(text), AuditContext(), detectors=(pronouns_gender_thing.DETECTOR,)).findings


@pytest.mark.parametrize("text, span, fix", [
    ("The old birch fell on a garage in May; luckily, she did not damage the cars.", "she", "it"),
    ("The new stadium was opened in 2019; he seats 12,000 spectators.", "he", "it"),
    ("The vaccine is stored at minus 70 degrees; she keeps for six months.", "she", "it"),
    ("The satellite was launched in 2021, and his orbit is 500 kilometres high.", "his", "its"),
    ("The school was built in 1962: her roof leaks every spring.", "her", "its"),
    ("The district bought a new excavator; he digs a trench in an hour.", "he", "it"),
])
def test_pronoun_of_the_russian_gender_after_a_clause_about_a_thing(text, span, fix):
    (f,) = _run(_PEOPLE + text)
    assert f.code == "MT3107" and f.text == span
    assert f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    # the English pronoun of the thing, or a person before the pronoun
    "The old birch fell on a garage in May; luckily, it did not damage the cars.",
    "The new stadium was opened in 2019 by Oleg Ivanov; he said it was his dream.",
    # the gender does not agree with the Russian noun (школа is feminine)
    "The school was built in 1962; he studied there for ten years.",
    # acts of people: saying, asking people to act
    "The bridge was closed in May, and he said the repairs would take a year.",
    "The car park was full by noon, and she asked drivers to come by bus.",
    # the thing is "it" later in the sentence
    "The car was old, but he kept it for ten years.",
    # a ship's "she" is English; an animal's too; a group of people is someone
    "The tanker left Murmansk on Monday; she will reach Rotterdam in a week.",
    "The female wolf left the den at night; she returned at dawn.",
    "The team won the cup; he scored twice in the final.",
    # a quotation is the speaker's
    "“The bridge is old; he needs repairs,” she said.",
    # kin and person possessions are a person's
    "The house burned down in May; his wife was at work.",
])
def test_people_animals_ships_and_english_stay_quiet(text):
    assert _run(_PEOPLE + text) == []


def test_the_data_gives_genders_for_things_only():
    rows = lexicon.table("russian_gender_things.tsv")
    assert len(rows) > 500
    assert all(cols and set(cols[0]) <= set("mfn") for cols in rows.values())
    animals = lexicon.folded_words("animal_nouns.txt")
    assert not animals & {w.casefold() for w in rows}
    from mtaudit.detectors.pronouns_syntax import _person_nouns
    assert not set(_person_nouns()) & {w.casefold() for w in rows}


# MT3108: the pronoun opens the sentence after one about the thing
_MAN_FAR = "Oleg Ivanov opened the fair on Monday.\n\nThe weather was warm. "


@pytest.mark.parametrize("text, span, fix", [
    ("The new pool was opened in May. He seats 800 spectators.", "He", "It"),
    ("The old mill was restored last year. This summer she will grind flour again.", "she", "it"),
    ("The festival lasted three days. His main guest was a choir from Kazan.", "His", "Its"),
    ("The first prize is a crystal cup. He was made by glassblowers.", "He", "It"),
])
def test_opening_pronoun_after_a_sentence_about_a_thing(text, span, fix):
    (f,) = [f for f in _run(_MAN_FAR + text) if f.code == "MT3108"]
    assert f.text == span and f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    # someone named in the two sentences before
    "Oleg Ivanov opened the pool. The pool seats 800 spectators. He was pleased.",
    "The mayor opened the pool on Monday. The pool was built in two years. He thanked the builders.",
    # the paragraph's first sentence may go back further
    "The weather was warm.\n\nHe opened the pool on Monday.",
    # a name given to the thing is no person, but a bare name may be one
    "The pool was rebuilt by Petrov in May. He seats 800 spectators now.",
    # English's own it, ships, animals
    "The new pool was opened in May. It seats 800 spectators.",
    "The new ferry was launched in May. She carries 300 passengers.",
    "The old stallion won the race in May. He is twenty years old.",
])
def test_opening_pronoun_with_a_person_near_or_english_stays_quiet(text):
    assert [f for f in _run(_MAN_FAR + text) if f.code == "MT3108"] == []


def test_an_opening_pronoun_is_a_things_when_only_a_person_of_the_other_gender_is_in_reach():
    text = ("Rescuers freed two passengers, the station chief Oleg Lapin said.\n\nAccording to him, a "
            "cable car with four people stopped above the river. She hung there for an hour.")
    (f,) = [f for f in _run(text) if f.code == "MT3108"]
    assert f.text == "She" and f.fix.edits[0].replacement == "It"
    # "He" may be the man named before
    assert [f for f in _run(text.replace("She hung", "He hung")) if f.code == "MT3108"] == []
    # a boat is a craft English may call "she" (a restored lifeboat in English news)
    boat = text.replace("cable car", "motor boat").replace("stopped above the river", "drifted near the island")
    assert [f for f in _run(boat) if f.code == "MT3108"] == []


def test_the_table_leaves_a_ship_its_english_she_and_gives_a_boat_none():
    genders = pronouns_gender_thing._genders()
    assert genders["ship"][1] and genders["yacht"][1] and not genders["boat"][1]
    assert "f" in genders["boat"][0] and "m" in genders["hydrant"][0]


@pytest.mark.parametrize("text, span", [
    # the parser reads the sentence before as one noun phrase ("weakened" a participle)
    ("Hail fell in the south.\n\nThe blizzard weakened by morning. She moved on to the east.", "She"),
    # the sentence before is about a man; "she" cannot be him, the thing he spoke of is meant
    ("Mortgage rates rose in May. Ivan Sokolov does not think the inflation will slow. According "
     "to him, she will stay high until winter.", "she"),
    ("The court fined a local woman in May.\n\nThe woman sold fake permits through her own website. "
     "He looked like the page of a real agency.", "He"),
])
def test_an_opening_pronoun_after_a_sentence_about_a_thing_or_a_person_of_the_other_gender(text, span):
    (f,) = _run(text)
    assert f.code == "MT3108" and f.text == span


@pytest.mark.parametrize("text", [
    "Grain prices rose in May. Ivan Sokolov does not expect the harvest to be late. According to "
    "him, he will sell it in July.",
    "Anna Orlova expects the harvest to be late. According to her, she will sell the grain in July.",
    "Ivan Sokolov met Anna Orlova at the fair. She said the harvest would be late.",
])
def test_a_person_of_the_pronouns_gender_in_reach_keeps_it_quiet(text):
    assert _run(text) == []
