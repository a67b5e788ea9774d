"""MT2821: Russian wide-sense words by their first dictionary equivalent, a family kept as data
(mtaudit/data/calque_word_senses.yaml)."""

from __future__ import annotations

import pytest

from mtaudit.detectors import calques_word_senses as ws
from mtaudit.text.document import Document

SENSES = ws.senses()


def _found(text: str) -> list:
    return list(ws.DETECTOR.detect(Document(text, doc_id="t"), None))


@pytest.mark.parametrize("sense", SENSES, ids=[f"{i}-{s.ru}" for i, s in enumerate(SENSES)])
def test_each_sense_flags_its_calque_and_spares_its_look_alike(sense):
    assert sense.bads and sense.quiets, f"{sense.ru}: needs a bad and a quiet example"
    for bad in sense.bads:
        assert _found(bad), f"{sense.ru}: {bad!r} not flagged"
    for quiet in sense.quiets:
        assert _found(quiet) == [], f"{sense.ru}: look-alike {quiet!r} flagged: {_found(quiet)}"


def test_the_table_has_forty_members():
    assert len(SENSES) >= 40


@pytest.mark.parametrize("text", [
    "The object of the game is to score more points.",
    "Surgeons used a new technique for stitching the artery.",
    "The composition of the committee changed.",
    "The passengers took a flight to Moscow.",
    "The economy grew by 2 percent.",
    "The source said the talks would resume.",
    "She had a meeting with the mayor.",
    "The horn sounded twice.",
    "Police pointed out that the medical point of view differs.",
])
def test_native_senses_stay_quiet(text):
    assert _found(text) == []


def test_the_fix_keeps_number_and_absorbs_the_modifier():
    found = _found("Two new cultural objects were built, and the sports object in Kopeisk opened.")
    assert [f.fix.edits[0].replacement for f in found] == ["cultural facilities", "sports facility"]
    (g,) = _found("The farm belongs to the peasant farm economy of Yelena Kravets.")
    assert g.text == "peasant farm economy" and g.fix.edits[0].replacement == "farm"
    (h,) = _found("Gas will reach 14 populated points of the district.")
    assert h.fix.edits[0].replacement == "settlements"


def test_a_hint_with_alternatives_gives_no_fix():
    (f,) = _found("The village got a new sports platform.")
    assert f.fix is None and "playground" in f.message
