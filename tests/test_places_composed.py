"""Known places rendered by meaning word by word (MT150's composed renderings) and surnames by
meaning after a Russian first name (MT109)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import places_meaning
from mtaudit.detectors.entities import names_meaning
from mtaudit.text.document import Document


def _find(text: str, detector):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.code, f.text, f.correction) for f in
            audit(Document(text), ctx, detectors=(detector,)).findings]


def test_the_forms_table_reads_inflected_toponym_words():
    forms = places_meaning.toponym_forms()
    assert forms["Staraya"] == "Old" and forms["Stary"] == "Old" and forms["Vody"] == "Waters"
    assert forms["Nizhnyaya"] == "Lower" and forms["Velikiye"] == "Great"


def test_a_rendering_with_a_transliterated_word_is_flagged_anywhere():
    found = _find("Farms of the Belgorod region near Old Oskol did well.", places_meaning.DETECTOR)
    assert ("MT150", "Old Oskol", "Stary Oskol") in found


def test_an_all_english_rendering_needs_a_place_cue():
    text = "In the Stavropol region, flights at the airport of Mineral Waters were delayed."
    assert ("MT150", "Mineral Waters", "Mineralnye Vody") in _find(text, places_meaning.DETECTOR)
    quiet = "In the Stavropol region, Mineral Waters were bottled; Old Trafford and Great Falls too."
    assert not any(t in ("Mineral Waters", "Old Trafford", "Great Falls")
                   for _, t, _ in _find(quiet, places_meaning.DETECTOR))


def test_earth_of_a_name_is_a_land():
    found = _find("From Murmansk the expedition sailed to Earth of Franz Joseph.", places_meaning.DETECTOR)
    assert ("MT150", "Earth of Franz Joseph", "Franz Joseph Land") in found


def test_a_surname_by_meaning_after_a_russian_first_name_takes_its_gender():
    found = _find("Second place went to Daria Sparrows, six seconds behind.", names_meaning.DETECTOR)
    assert found == [("MT109", "Sparrows", "Vorobyeva")]
    found = _find("The champion beat Ivan Bears in the final.", names_meaning.DETECTOR)
    assert found == [("MT109", "Bears", "Medvedev")]
    assert _find("The fans of John Bears cheered; Daria Sparrows Lane was closed.",
                 names_meaning.DETECTOR) == []
