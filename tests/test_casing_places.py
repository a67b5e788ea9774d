"""MT411: a place's name left in lower case after its type noun (detectors/casing_places.py)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing_places
from mtaudit.text.document import Document


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.text, f.correction) for f in audit(Document(text), ctx, detectors=(casing_places.DETECTOR,)).findings]


def test_an_unknown_lowercase_word_in_a_place_slot_is_a_name():
    assert _find("Yakutsk, 2 May. Hunters from the village of tyungyulyu and from Lake kyuyol met.") == [
        ("tyungyulyu", "Tyungyulyu"), ("kyuyol", "Kyuyol")]
    assert _find("Yakutsk, 2 May. The boats went up the river ulakhan-yuryakh.") == [
        ("ulakhan-yuryakh", "Ulakhan-Yuryakh")]


def test_english_words_in_the_slot_and_texts_outside_russia_stay_quiet():
    assert _find("Yakutsk, 2 May. The village of about 300 people sits by the river bank and the lake shore.") == []
    assert _find("Yakutsk, 2 May. The city of angels and the town of brotherly love.") == []
    assert _find("Hunters from the village of tyungyulyu met.") == []  # no Russian setting


def test_a_nationality_in_lower_case_anywhere_but_inside_addresses_and_handles():
    found = [(s, e, w) for s, e, w in casing_places.lowercase_nationalities(
        "The russian coach met a japanese rider at rt.com/russian and @ukrainian, eating french fries.")]
    assert [w for _, _, w in found] == ["russian", "japanese"]
    assert list(casing_places.lowercase_nationalities("A danish, roman numerals and arabic script.")) == []
