"""Session 19 (names19): English and German names through Russian (MT113 routes with English
spelling variants), and the pieces built after it."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors.entities.foreign_names import DETECTOR
from mtaudit.text.document import Document


def _found(text: str) -> list[tuple[str, str]]:
    doc = Document(text, doc_id="t")
    return [(text[f.span.start:f.span.end], f.correction) for f in DETECTOR.detect(doc, AuditContext(AuditSpec()))]


@pytest.mark.parametrize("text, name, fix", [
    ("The club thanked its American coach Dzhef Makkartni.", "Dzhef Makkartni", "Jeff McCartney"),
    ("Uilyam Tompson, a British engineer, inspected the bridge.", "Uilyam Tompson", "William Thompson"),
    ("The Welsh singer Robert Khyuz performed at the festival.", "Robert Khyuz", "Robert Hughes"),
    ("The Scottish skipper Garri Styuart led the regatta.", "Garri Styuart", "Harry Stewart"),
    ("The British architect Kristofer Rait designed the terminal.", "Kristofer Rait", "Christopher Wright"),
    ("The American skater Stiven Kuk finished fifth.", "Stiven Kuk", "Steven Cook"),
    ("The Australian swimmer Endryu Teylor won the heat.", "Endryu Teylor", "Andrew Taylor"),
    ("The British drummer Metyu Uayt joined the band.", "Metyu Uayt", "Matthew White"),
    ("The Canadian trainer Brayan Kempbell brought his horses.", "Brayan Kempbell", "Brian Campbell"),
    ("The German consultant Klaus Veber visits the farm.", "Klaus Veber", "Klaus Weber"),
    ("The Austrian engineer Verner Khoffmann supervised the drilling.", "Verner Khoffmann", "Werner Hoffmann"),
    ("The American chef Dzheyms Makdonald opened a cafe.", "Dzheyms Makdonald", "James McDonald"),
])
def test_english_and_german_names_through_russian(text, name, fix):
    assert (name, fix) in _found(text)


@pytest.mark.parametrize("text", [
    "The American saxophonist Anthony Brown and the German consultant Klaus Weber arrived.",
    "Garri Kasparov gave a simultaneous exhibition in Kazan.",
    "Coach Eduard Veber and forward Dmitry Braun of Omsk scored.",
    "Mount Green and the Braun factory are in the same county, Jeff McCartney said.",
])
def test_native_spellings_and_russians_stay_quiet(text):
    assert _found(text) == []
