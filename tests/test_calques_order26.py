"""Russian order of session 26 (order26): the shapes of a fronted place before its verb that the
clause reading missed (MT2517), the unit of a subjectless or inverted clause (MT2315/MT2317: the
fronted phrase to the noun after the verb), and the unit of an event that "passed" (MT2234)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_adverbial_order, calques_fronted, calques_slot_frames
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detector):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), detectors=(detector,)).findings]


@needs_parser
@pytest.mark.parametrize("text, span", [
    # two places joined by "and" after "between" (между А и Б начал курсировать)
    ("Between Kurgan and the town of Shadrinsk started to run a new electric train.",
     "Between Kurgan and the town of Shadrinsk started to run a new electric train"),
    # a name in quotes inside the fronted phrase (в хозяйстве «Заря»)
    ('In the Tambov region at the farm "Iskra" opened a new milking parlour.',
     'In the Tambov region at the farm "Iskra" opened a new milking parlour'),
    # "after" with a bare action noun is a phrase, not a clause (после ремонта возобновил работу)
    ("In the Ordinsky district after repair resumed work the village club.",
     "In the Ordinsky district after repair resumed work the village club"),
    # a settlement's two-word name after its type noun, then a verb and its particle phrase
    ("In the village Sukhoi Log of the Kamensky district put into operation a new school.",
     "In the village Sukhoi Log of the Kamensky district put into operation a new school"),
    # a superlative with its own phrase before the noun (крупнейший в области птичник)
    ("Near the town of Yalutorovsk started to work the largest in the region poultry house.",
     "Near the town of Yalutorovsk started to work the largest in the region poultry house"),
])
def test_fronted_place_shapes_are_read_as_russian_order(text, span):
    assert [(c, s) for c, s, _ in _found(text, calques_adverbial_order.DETECTOR)] == [("MT2517", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "Between the two towers stood a narrow footbridge.",        # locative inversion, a verb of position
    "Between Kurgan and Shadrinsk the company runs four trains a day.",  # a subject before the verb
    "After repair the village club reopened in March.",         # the phrase is not inside the adverbials
    'At the farm "Iskra" the herd grew to 900 cows.',           # a subject after the quoted name
    "In the village after school children play hockey.",       # "after school" then a plural subject
    "Among the guests were the governor and two ministers.",    # "be": English inversion
])
def test_english_word_orders_stay_quiet(text):
    assert _found(text, calques_adverbial_order.DETECTOR) == []


@needs_parser
def test_the_subjectless_finding_reaches_the_noun_after_the_verb():
    # the unit is the clause in Russian order, fronted phrase to the noun, not the phrase and verb
    found = _found("In Tver detained the director of a bakery.", calques_fronted.DETECTOR)
    assert [(c, s) for c, s, _ in found] == [("MT2315", "In Tver detained the director")]
    found = _found("In the ministry explained that clinics will open on Saturdays.", calques_fronted.DETECTOR)
    assert [(c, s) for c, s, _ in found] == [("MT2315", "In the ministry explained")]


@pytest.mark.parametrize("text, span", [
    ("The tournament passed at the city sports palace over four days.", "The tournament passed"),
    ("Forty teams came to the olympiad, which for two days passed in Kazan.", "which for two days passed in Kazan"),
    ("The festival that passed in the park drew crowds.", "that passed in the park"),
    ("Yesterday the festival passed in the city park.", "the festival passed"),
])
def test_an_event_that_passed_is_spanned_as_its_clause(text, span):
    assert [s for c, s, _ in _found(text, calques_slot_frames.DETECTOR) if c == "MT2234"] == [span]


def test_a_relative_passing_along_a_route_stays_quiet():
    text = "The rally, which within a week passed through three regions, ended in Omsk."
    assert [c for c, *_ in _found(text, calques_slot_frames.DETECTOR) if c == "MT2234"] == []


@needs_parser
def test_the_subject_first_fix_of_an_event_that_passed_says_it_was_held():
    found = _found("In the Kurgan region passed the first stage of the relay.", calques_adverbial_order.DETECTOR)
    assert found == [("MT2517", "In the Kurgan region passed the first stage of the relay",
                      "The first stage of the relay was held in the Kurgan region")]


def test_an_event_subject_with_its_adjective_is_in_the_unit():
    found = _found("The ecological action passed on the embankment of the river.", calques_slot_frames.DETECTOR)
    assert [s for c, s, _ in found if c == "MT2234"] == ["The ecological action passed"]
