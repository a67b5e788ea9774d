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
