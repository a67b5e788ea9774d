"""MT3110: he/she/his/her for a kind of animal or plant (data: species_nouns.tsv, built from
WordNet by scripts/build_species_nouns.py); individual animals, names and people stay quiet."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_gender_thing, pronouns_species
from mtaudit.models import parser as parser_mod
from mtaudit.text import lexicon
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")

_PEOPLE = "Pavel Sidorov and Anna Orlova visited the reserve on Monday. "


def _run(text):
    detectors = (pronouns_gender_thing.DETECTOR, pronouns_species.DETECTOR)
    return [f for f in audit(Document(text), AuditContext(), detectors=detectors).findings
            if f.code == "MT3110"]


@pytest.mark.parametrize("text, span, fix", [
    # a copula that classes the animal
    ("The sable is a small predator of the taiga, and in winter he hunts under the snow.", "he", "it"),
    # a people's or place's adjective names the kind
    ("The Amur leopard lives only in Primorye, and his spots are unique.", "his", "its"),
    # the plural elsewhere: a population
    ("Rangers counted 300 beavers this year. The beaver builds dams in autumn, and she stores "
     "branches under the ice.", "she", "it"),
    # plants need no more: English never says he/she for a plant
    ("Sea buckthorn ripens in August: she is picked by hand.", "she", "it"),
    ("The old elm stood by the road for 200 years; in May he fell in a storm.", "he", "it"),
    # a sentence opened by the pronoun after one about the kind
    ("Pavel Sidorov spoke at the forum.\n\nThe clover is the main honey plant of the district. She "
     "blooms from June to August.", "She", "It"),
])
def test_gendered_pronoun_for_a_kind(text, span, fix):
    (f,) = _run(_PEOPLE + text)
    assert f.text == span
    assert f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    "The sable is a small predator of the taiga, and in winter it hunts under the snow.",
    # an animal of its own: sex, youth, a name, a possessor, a past event, "this"
    "The mare is the fastest horse of the stable, and she won the derby.",
    "The cub is the smallest animal of the zoo, and he sleeps most of the day.",
    "The bear named Potap is the oldest animal of the zoo, and he eats fish.",
    "The zoo's leopard is a gift from Berlin, and he likes the new enclosure.",
    "The beaver built a dam across the stream in May; he cut down six birches.",
    "This sable is a small predator, and he hunts at night.",
    # a person: speaking, a name the kind shares, a person's word in the quotation
    "The fox is a predator; he said hunters should keep their dogs at home.",
    "“I planted this lime in 1990, and she still waters it,” Pavel Sidorov said of his wife.",
    # a speaker's own animal in a quotation
    "“Our trotters are calm. A good trotter works for twenty years, and he becomes one of the "
    "family,” the breeder said.",
])
def test_individual_animals_names_and_people_stay_quiet(text):
    assert _run(_PEOPLE + text) == []


def test_a_capitalised_name_that_is_a_plant_word_stays_quiet():
    text = ("A beagle named Pepper won the show in Tulsa.\n\nPepper goes next to a show in "
            "Wichita, if she agrees.")
    assert _run(text) == []


def test_the_data_marks_sex_youth_and_people():
    rows = lexicon.table("species_nouns.tsv")
    assert len(rows) > 5000
    assert rows["saiga"][0] == "animal" and rows["honeysuckle"][0] == "plant"
    assert "sex" in rows["mare"][1] and "sex" in rows["bull"][1]
    assert "young" in rows["pup"][1] and "young" in rows["calf"][1]
    assert "person" in rows["baby"][1]
    assert len(rows["crane"]) == 1  # Hart Crane the writer is a name, not a person's sense
