"""MT2232 (по + a sport or a verbal noun as "on") and MT2233 (из + a material as "from"): word
classes built from WordNet, heads and spared words as data."""

from __future__ import annotations

import pytest

from mtaudit.detectors.calques_government_frames import DETECTOR, classes
from mtaudit.text.document import Document


def codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span.start:f.span.end]) for f in DETECTOR.detect(Document(text), None)]


def test_the_word_classes_come_from_wordnet_and_hold_members_no_list_names():
    c = classes()
    assert len(c["sport"]) > 300 and len(c["material"]) > 800 and len(c["act"]) > 5000
    # members no head list or example names: WordNet's hierarchies give them
    assert {"lacrosse", "snooker", "curling"} <= c["sport"]
    assert {"andesite", "mahogany", "corduroy"} & c["material"]
    assert {"gasification", "reforestation"} & c["act"]
    assert not {"one", "nine", "lead", "board"} & c["material"]


@pytest.mark.parametrize("text,span", [
    ("The Cup of the region on lacrosse ended on Sunday.", "Cup of the region on lacrosse"),
    ("He is a master of sports on Greco-Roman wrestling.", "master of sports on Greco-Roman wrestling"),
    ("The team won the championship of Russia on snooker.", "championship of Russia on snooker"),
    ("The district got a subsidy on reforestation of burnt land.", "subsidy on reforestation of"),
    ("Repair works on gasification of the village will end in May.", "works on gasification of"),
])
def test_members_not_in_any_example_are_caught(text, span):
    assert ("MT2232", span) in codes(text)


@pytest.mark.parametrize("text,span", [
    ("Forty pilots took part in the championship of the oblast on hang gliding.",
     "championship of the oblast on hang gliding"),
    ("The tournament on wood carving among pupils ended in Vyatka.", "tournament on wood carving"),
    ("Our pupils took three prizes at the olympiad on agronomy.", "olympiad on agronomy"),
])
def test_a_sporting_event_takes_an_activity_or_a_discipline_by_word_class(text, span):
    # hang gliding, wood carving and agronomy are in no list: WordNet's noun.act gerunds and its
    # fields of study fill the slot
    assert "hang gliding" not in classes()["sport"] and "agronomy" not in classes()["subject"]
    assert ("MT2232", span) in codes(text)


@pytest.mark.parametrize("text", [
    "The club built its tournaments on winning the cup.",
    "The tournament on landing gear design was cancelled.",
    "A contest on hang gliding safety rules was announced.",
    "The championship on returning home was forgotten.",
])
def test_an_activity_that_takes_an_object_or_a_noun_stays_quiet(text):
    assert not [c for c in codes(text) if c[0] == "MT2232"], codes(text)


@pytest.mark.parametrize("text", [
    "The plant works on the technology of heap leaching.",
    "The company plans on expansion of its fleet.",
    "Critics focused on swimming pools and tennis courts.",
    "The ban on construction of new plants was lifted.",
    "She wrote a report on development of the region.",
])
def test_native_on_stays_quiet(text):
    assert not [c for c in codes(text) if c[0] == "MT2232"], codes(text)


@pytest.mark.parametrize("text,span", [
    ("A chapel from mahogany stands by the lake.", "chapel from mahogany"),
    ("Volunteers built benches; the benches from larch will last.", "benches from larch"),
    ("Guests received souvenirs from birch bark.", "souvenirs from birch bark"),
])
def test_a_thing_from_a_material_is_flagged(text, span):
    assert ("MT2233", span) in codes(text)


@pytest.mark.parametrize("text", [
    "The statue was made from bronze.",
    "He carved a spoon from birch.",
    "The sculpture from Bronze Age Crete was restored.",
    "Trucks carried the granite from the quarry.",
    "The firm moved its boilers from coal to gas.",
    "The chess player finished with 6 points from nine games.",
])
def test_made_from_and_sources_stay_quiet(text):
    assert not [c for c in codes(text) if c[0] == "MT2233"], codes(text)
