"""MT2823 (Russian set terms word for word) and MT2824 (relational adjective + staff noun), both
kept as data in mtaudit/data/calque_terms.yaml."""

from __future__ import annotations

import pytest

from mtaudit.detectors import calques_terms as ct
from mtaudit.text.document import Document

TERMS = ct.terms()


def _found(text: str, det=ct.DETECTOR) -> list:
    return list(det.detect(Document(text, doc_id="t"), None))


@pytest.mark.parametrize("term", TERMS, ids=[f"{t.beat}:{t.ru}" for t in TERMS])
def test_each_term_flags_its_rendering_and_spares_its_look_alike(term):
    for bad in term.bads:
        assert _found(bad), f"{term.ru}: {bad!r} not flagged"
    for quiet in term.quiets:
        assert _found(quiet) == [], f"{term.ru}: look-alike {quiet!r} flagged"


def test_the_table_is_large_and_covers_every_beat():
    beats = {t.beat for t in TERMS}
    assert len(TERMS) >= 400
    assert {"utilities-and-housing", "power-grid", "transport-and-roads", "weather-and-emergencies",
            "schools-and-universities", "science", "medicine-and-clinics",
            "sport-titles-and-disciplines", "farming-and-food", "industry-and-mining",
            "retail-and-services", "police-courts-and-prisons", "army", "culture", "church",
            "social-services", "ecology-and-animals"} <= beats
    for beat in beats:
        assert sum(t.beat == beat for t in TERMS) >= 20, beat


def test_the_plural_is_derived_and_the_fix_follows_it():
    (f,) = _found("Residents asked for lying policemen near the school.")
    assert f.fix.edits[0].replacement == "speed bumps"
    (f,) = _found("Two fire calculations arrived.")
    assert f.fix.edits[0].replacement == "fire crews"
    (f,) = _found("Solar batteries power the station.")
    assert f.fix.edits[0].replacement == "Solar panels"


def test_a_hyphen_matches_a_space():
    assert _found("An above ground pedestrian crossing will be built.")
    assert _found("An above-ground pedestrian crossing will be built.")


def test_a_capitalised_term_inside_a_name_is_left_alone():
    assert _found("He works for the Saint Petersburg Solar Battery Plant.") == []


def test_plural_rules():
    assert ct.plural("battery") == "batteries"
    assert ct.plural("policeman") == "policemen"
    assert ct.plural("bus") == "buses"
    assert ct.plural("day") == "days"
    assert ct.plural("human") == "humans"


def test_relational_grid_flags_pairs_and_spares_native_pairs():
    _, _, bads, quiets = ct.relational()
    assert bads and quiets
    for bad in bads:  # the grid's pair, or a term that names it (scientific employee)
        assert _found(bad, ct.RELATIONAL_DETECTOR) or _found(bad), bad
    for quiet in quiets:
        assert _found(quiet, ct.RELATIONAL_DETECTOR) + _found(quiet) == [], quiet


def test_relational_fix_names_the_english_staff_noun():
    (f,) = _found("Two operative employees searched the flat.", ct.RELATIONAL_DETECTOR)
    assert f.fix.edits[0].replacement == "detectives"
    assert _found("Two operative employees searched the flat.") == []  # no term: the grid's own
    (f,) = _found("The pedagogical composition was renewed.", ct.RELATIONAL_DETECTOR)
    assert f.fix.edits[0].replacement == "teaching staff"


def test_a_title_cased_term_is_a_name_unless_a_sentence_opens_there():
    assert _found("In 2027 the festival moves to the new Fire Part of the city.") == []
    assert _found("Fire Calculations arrived.")  # capitals because the sentence opens there


def test_a_sentence_opening_determiner_is_not_a_name():
    (f,) = _found("The Sunday school at the temple teaches 60 children.")
    assert f.text == "Sunday school at the temple"


def test_every_entry_of_the_file_is_loaded():
    """A beat written twice would silently replace the first (YAML keeps the last key)."""
    from importlib import resources
    text = resources.files("mtaudit.data").joinpath(ct.DATA_FILE).read_text(encoding="utf-8")
    assert text.count("\n  - ru:") == len(TERMS)
