"""The table-generated calque families (MT2231 compound prepositions, MT2407 compound adjectives,
MT2408 craft-event names): every table row's own bad sentences fire and its native look-alikes
stay quiet, and members written for this test (not in the table or the studied sets) behave."""

from __future__ import annotations

import pytest

from mtaudit.detectors.calques_frames_table import DETECTOR, rows
from mtaudit.text.document import Document


def codes(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text, path="t.txt")
    return [(f.code, text[f.span.start:f.span.end]) for f in DETECTOR.detect(doc, None)]


@pytest.mark.parametrize("row", rows(), ids=lambda r: r.ru)
def test_every_row_flags_its_bad_and_spares_its_quiet(row):
    assert row.bads and row.quiets, row.ru
    for s in row.bads:
        assert any(c == "MT2231" for c, _ in codes(s)), (row.ru, s)
    for s in row.quiets:
        assert not [c for c in codes(s) if c[0] == "MT2231"], (row.ru, s)


@pytest.mark.parametrize("text,span", [
    ("The centre works within the frames of the national project.", "within the frames of"),
    ("Training is held on the basis of the regional clinical hospital.", "on the basis of"),
    ("The rifle was made on the base of a Kalashnikov rifle.", "on the base of"),
    ("The contract was extended in the part of deliveries.", "in the part of"),
    ("The bridge will be rebuilt on the account of the federal budget.", "on the account of"),
])
def test_unseen_prepositions_fire(text, span):
    assert ("MT2231", span) in codes(text)


@pytest.mark.parametrize("text", [
    "Officials acted within the framework of the law.",
    "Scientists are on the threshold of a discovery.",
    "Lenders decide on the basis of the borrower's income.",
    "A plaque sits on the base of the monument.",
    "The rise in the number of 18-year-olds surprised officials.",
    "The scheme was cut back in the part of the country hit by floods.",
    "She spoke on the eve of the vote, in favour of the plan.",
])
def test_native_prepositions_stay_quiet(text):
    assert not [c for c in codes(text) if c[0] == "MT2231"], codes(text)


@pytest.mark.parametrize("text,span", [
    ("Workers of the housing-communal economy got a raise.", "housing-communal economy"),
    ("He heads a scientific-research institute in Tomsk.", "scientific-research institute"),
    ("The educational-methodical centre trains teachers.", "educational-methodical centre"),
    ("The medical-sanitary unit of the plant was closed.", "medical-sanitary unit"),
    ("A scientific-practical conference was held.", "scientific-practical conference"),
    ("The agro-industrial complex of the region grew.", "agro-industrial complex"),
    ("The trade-economic cooperation of the two countries grew.", "trade-economic cooperation"),
])
def test_compound_adjectives_fire(text, span):
    assert ("MT2407", span) in codes(text)


@pytest.mark.parametrize("text", [
    "Eisenhower warned of the military-industrial complex.",
    "The socio-economic situation is hard.",
    "Russian-Chinese trade grew by a third.",
    "A new fish-processing plant opened.",
    "Long-term care costs are rising.",
    "The state-owned company was sold.",
    "The mental-health unit was expanded.",
    "The road-traffic accident closed the motorway.",
    "The Christian-democratic party lost seats.",
])
def test_native_compounds_stay_quiet(text):
    assert not [c for c in codes(text) if c[0] == "MT2407"], codes(text)


@pytest.mark.parametrize("text,fires", [
    ("The festival of blacksmith craft opened in Tula.", True),
    ("Teachers entered the contest of pedagogical mastery.", True),
    ("The competition of culinary art drew forty chefs.", True),
    ("It was a contest of great skill.", False),
    ("The Festival of Light opens in Lyon.", False),
    ("A show of sheer craft won the prize.", False),
])
def test_craft_events(text, fires):
    assert any(c == "MT2408" for c, _ in codes(text)) == fires, codes(text)


@pytest.mark.parametrize("text,fires", [
    ("Investment in the fuel and energy complex fell.", True),
    ("Tariffs of housing and communal services rose.", True),
    ("A medical and obstetric station opened in the village.", True),
    ("The search and rescue service found the hikers.", False),
    ("Oil and gas companies paid more tax.", False),
    ("The research and development centre hired 40 people.", False),
])
def test_and_pairs(text, fires):
    assert any(c == "MT2407" for c, _ in codes(text)) == fires, codes(text)


def test_a_russian_abbreviation_after_on_the_basis_of():
    assert ("MT2231", "on the basis of") in codes("Documents are issued on the basis of the MFC in the town.")
    assert not codes("Aid is given on the basis of GDP per head.")


@pytest.mark.parametrize("text,fires", [
    ("Investment in the gas-chemical complex doubled.", True),
    ("The timber-processing combine was sold.", False),   # processing is not a relational element
    ("A new multi-purpose complex opened.", False),
    ("The film-production company moved to Riga.", False),
])
def test_noun_first_element_before_a_strong_head(text, fires):
    assert any(c == "MT2407" for c, _ in codes(text)) == fires, codes(text)
