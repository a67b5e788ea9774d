"""MT3112: he/she/his/her for a thing by WordNet's class of its noun (data:
pronoun_thing_nouns.tsv, built by scripts/build_thing_nouns.py); people, names, crafts and
acts of people stay quiet. MT3110's kind of animal at a stage of life ("a young rabbit")."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_gender_thing, pronouns_species, pronouns_thing_class
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")

_DETECTORS = (pronouns_gender_thing.DETECTOR, pronouns_species.DETECTOR, pronouns_thing_class.DETECTOR)


def _run(text, code="MT3112"):
    return [f for f in audit(Document(text), AuditContext(), detectors=_DETECTORS).findings if f.code == code]


@pytest.mark.parametrize("text, span, fix", [
    # nouns of no Russian-gender table: WordNet's class decides
    ("Oleg Ivanov runs the station.\n\nThe old clock was repaired in June, and now he strikes "
     "every hour.", "he", "it"),
    ("The new kettle was tested in the lab, and then she was packed in a box.", "she", "it"),
    # the nearest subject is not a thing (a "when" clause); the one before it is
    ("Each locker is fitted with a lock, and when the code is wrong, he beeps loudly.", "he", "it"),
    # a thing with a name of its own in apposition
    ("The largest boulder of the park, Grom, weighs 40 tonnes, and he is visited by climbers.", "he", "it"),
    # an opening pronoun after a fronted phrase, the thing in the sentence before
    ("Anna Petrova runs the museum.\n\nThe pride of the hall is a quilt, which weavers made in "
     "1910. Despite its age, she looks new.", "she", "it"),
    ("The main attraction is a huge quilt. Her patches come from 40 villages.", "Her", "Its"),
])
def test_a_gendered_pronoun_for_a_thing_of_wordnets_classes(text, span, fix):
    (f,) = _run(text)
    assert f.text == span and f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    # a person before the pronoun
    "Pavel Orlov bought a kettle in May, and he uses it every day.",
    "The kettle was tested by the engineer, and then he went home.",
    # a ship's and an aircraft's "she" is English
    "The yacht was repaired in Sochi, and she sailed to Batumi a week later.",
    "The plane was painted in the hangar, and she flew again on Monday.",
    # an act of a person: saying, asking people
    "The fountain was switched off in May, and he said it would be repaired.",
    # the thing is "it" further on
    "The kettle was old, but she kept it for years.",
    # a possessed thing, a named thing, a plural
    "His kettle broke in May, and he bought a new one.",
    "The doll called Masha was sewn in 1900, and she is the pride of the museum.",
    "The kettles were packed in May, and he sent them to Omsk.",
    # an opening pronoun with a person of its gender in reach, or a paragraph's first sentence
    "Ivan Orlov runs the museum. The pride of the hall is a quilt. He bought it in 1990.",
    "The pride of the hall is a quilt.\n\nShe bought it in 1990.",
    # inside a quotation
    "“The kettle is old, but he still works,” the cook said.",
])
def test_people_crafts_names_and_english_stay_quiet(text):
    assert _run(text) == []


def test_the_class_table_keeps_things_and_drops_words_that_may_be_somebody():
    things = pronouns_thing_class._things()
    assert things["kettle"][0] == "artifact" and things["geyser"][0] == "object"
    assert things["yacht"][1] and not things["kettle"][1]
    for word in ("pilot", "star", "judge", "crane", "team", "rabbit"):
        assert word not in things


def test_a_kind_of_animal_at_a_stage_of_life_is_a_kind_but_a_past_event_is_one_animal():
    text = "The farm keeps 900 goats. A young goat grows fast: he doubles his weight in a month."
    (f,) = _run(text, "MT3110")
    assert f.text == "he"
    assert _run("The farm keeps 900 goats. A young goat escaped on Monday: he ran to the river.",
                "MT3110") == []


@pytest.mark.parametrize("text, span", [
    # the pronoun's clause shares its subject with a clause about a thing: binding rules the subject out
    ("The kiln can fire 200 pots a day. Ivan Orlov bought the kiln in Riga and drove him to Pskov "
     "by van.", "him"),
    # a noun no table lists is a thing by the verb that takes it ("bought the roaster")
    ("The shop sells beans from three countries. Oleg Sidorov bought the roaster in May and brought him "
     "to the shop.", "him"),
    # the Russian gender of the noun; a small clause ("make him a regional one")
    ("The organisers plan to hold the next championship in May and to make him a regional one.", "him"),
    # a verb WordNet gives no person object: a prepositional object is meant
    ("The neighbours complained about the glare from the sign, and the owners turned him to the wall.",
     "him"),
    # a verb no person is ever object of reaches the subject of the sentence before
    ("The bakery opened in 2019. This year the owners decided to expand him to a second floor.", "him"),
])
def test_an_object_him_her_for_the_thing_a_joined_clause_names(text, span):
    (f,) = _run(text)
    assert f.text == span and f.fix.edits[0].replacement == "it"


@pytest.mark.parametrize("text", [
    # somebody else of the pronoun's gender is in reach
    "Pavel Orlov was hurt on Monday. Rescuers found the car in a ditch and took him to hospital.",
    "Ivan Sokolov met the new coach at the station and drove him to the hotel.",
    "The committee approved the plan, and the governor praised him at the session.",
    # a verb done to people, a chain of pronouns, a ship's "her"
    "Anna Petrova sold the flat in May and thanked her lawyer.",
    "The court gave it a fine and deprived him of the right to drive.",
    "The yacht was repaired in May, and the crew sailed her to Riga.",
    # the thing is "it" later in the sentence
    "Oleg Lapin repaired the boiler and showed him to the inspector, who said it was safe.",
])
def test_an_object_pronoun_with_somebody_to_stand_for_stays_quiet(text):
    assert _run(text) == []


def test_the_verb_frames_table_reads_wordnets_frames():
    verbs = pronouns_thing_class._thing_object_verbs()
    assert "first" in verbs["buy"] and "first" in verbs["repair"]
    assert "never" in verbs["expand"] and "never" not in verbs.get("close", ())
    assert "thing1" in verbs["turn"]
    for person in ("bring", "hire", "consult", "provide", "arrest"):
        assert "first" not in verbs.get(person, ()) and "thing1" not in verbs.get(person, ())


def test_a_name_of_the_other_gender_does_not_keep_she_for_a_thing_quiet():
    text = ("The chapel was built in 1901 with money from the miller Foma Kuzin. In Soviet years she "
            "served as a club, and after the war she was turned into a store.")
    found = [(f.code, f.start) for f in audit(Document(text), AuditContext(), detectors=_DETECTORS).findings]
    starts = [m.start() for m in __import__("re").finditer(r"\bshe\b", text)]
    assert [s for _, s in found] == starts  # the opening "she" (MT3108) and the next one in the chain (MT3107)
    woman = ("The chapel was built in 1901 with money from the widow Agafya Kuzina. In 1930 she moved "
             "to Kazan.")
    assert audit(Document(woman), AuditContext(), detectors=_DETECTORS).findings == []
