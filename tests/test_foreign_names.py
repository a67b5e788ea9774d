"""MT113: foreign names back-transliterated through Russian (entities/foreign_names.py)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors.entities.foreign_names import DETECTOR
from mtaudit.text.document import Document


def _found(text: str) -> list[tuple[str, str]]:
    doc = Document(text, doc_id="t")
    return [(text[f.span.start:f.span.end], f.correction) for f in DETECTOR.detect(doc, AuditContext(AuditSpec()))]


@pytest.mark.parametrize("text, name, fix", [
    ("The Czech goalkeeper Irzhi Novak saved a penalty.", "Irzhi Novak", "Jiří Novak"),
    ("The contract went to Ferents Toth (Hungary), the architect said.", "Ferents Toth", "Ferenc Toth"),
    ("The Lithuanian coach Yuozas Petraitis praised the juniors.", "Yuozas Petraitis", "Juozas Petraitis"),
    ("The Spanish investor Khavier Gomes visited the plant.", "Khavier Gomes", "Javier Gómez"),
    ("Dzhon Smit, the British climber, reached the summit.", "Dzhon Smit", "John Smit"),
    ("The Polish company Zhabka opened a warehouse.", "Zhabka", "Żabka"),
    ("The Latvian skier Yanis Berzinsh was second.", "Yanis Berzinsh", "Jānis Berziņš"),
    ("The Turkish builder Mekhmet Ozturk signed the contract.", "Mekhmet Ozturk", "Mehmet Ozturk"),
])
def test_members_fire_with_native_fix(text, name, fix):
    assert (name, fix) in _found(text)


@pytest.mark.parametrize("text", [
    "The Czech goalkeeper Jiri Novak saved a penalty.",
    "The Latvian minister Andrejs Pildegovics spoke; the Estonian Kaja Kallas agreed.",
    "The Uzbek wrestler Rustam Khodjaev and the Kyrgyz boxer Erzhan Tashiev won.",
    "The Polish border guard detained Russian citizen Yevgeny Zhuravlyov.",
    "The French club signed the Georgian Khvicha Kvaratskhelia.",
    "The German midfielder Joshua Kimmich and the Dutch Ryan Gravenberch played.",
    "The Finnish runner Pyry Pyykko won; the Spanish Yeray Alvarez scored.",
    "Polish farmers met Governor Anton Alikhanov in Kaliningrad.",
])
def test_native_and_russian_names_stay_quiet(text):
    assert _found(text) == []
