"""MT2821: Russian wide-sense words by their first dictionary equivalent, a family kept as data
(mtaudit/data/calque_word_senses.yaml)."""

from __future__ import annotations

import pytest

from mtaudit.detectors import calques_collocations as collocations
from mtaudit.detectors import calques_word_senses as ws
from mtaudit.text.document import Document

SENSES = ws.senses()


def _found(text: str) -> list:
    return list(ws.DETECTOR.detect(Document(text, doc_id="t"), None))


def _flagged(text: str) -> list:
    """MT2821's findings, or MT2820's where MT2821 leaves the span to a collocation that flags it
    ("create 250 workplaces"): the calque is reported either way, once."""
    return _found(text) or [f for f in collocations.DETECTOR.detect(Document(text, doc_id="t"), None)
                            if f.code == "MT2820"]


@pytest.mark.parametrize("sense", SENSES, ids=[f"{i}-{s.ru}" for i, s in enumerate(SENSES)])
def test_each_sense_flags_its_calque_and_spares_its_look_alike(sense):
    assert sense.bads and sense.quiets, f"{sense.ru}: needs a bad and a quiet example"
    for bad in sense.bads:
        assert _flagged(bad), f"{sense.ru}: {bad!r} not flagged"
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


def test_the_table_has_a_hundred_and_fifty_members():
    assert len(SENSES) >= 150


class _FakeLM:
    """Scores a text higher the more of the given words it holds (the English of an entry)."""
    name, version = "fake", "0"

    def __init__(self, liked):
        self.liked = liked
        self.asked = []

    def logprobs(self, texts):
        self.asked += texts
        return [10.0 * sum(t.count(w) for w in self.liked) for t in texts]


class _Ctx:
    def __init__(self, lm):
        self.language_model = lm


def _lm_found(text, lm):
    return list(ws.LM_DETECTOR.detect(Document(text, doc_id="t"), _Ctx(lm)))


def test_lm_check_flags_a_literal_no_cue_shows():
    lm = _FakeLM(["crops"])
    (f,) = _lm_found("The frost damaged cultures in 30 districts.", lm)
    assert f.code == "MT2822" and f.text == "cultures" and f.fix.edits[0].replacement == "crops"
    assert "The frost damaged crops in 30 districts." in lm.asked


def test_lm_check_is_silent_without_the_model_and_leaves_the_rule_its_findings():
    assert _lm_found("The frost damaged cultures in 30 districts.", None) == []
    lm = _FakeLM(["crops"])
    assert _lm_found("Grain cultures were sown on 40,000 hectares.", lm) == []  # MT2821's
    assert lm.asked == []


def test_lm_check_keeps_the_native_topic_quiet():
    lm = _FakeLM(["crops", "precipitation"])
    assert _lm_found("Bacterial cultures grew in the laboratory dish.", lm) == []
    assert _lm_found("Core samples of sediments were taken from the lake bottom.", lm) == []
    assert lm.asked == []


def test_an_english_sense_already_plural_is_not_pluralised_again():
    """“instances” for инстанции is “authorities”, plural already: not “authoritieses”."""
    found = _found("Residents wrote letters to all instances, but the road was never repaired.")
    assert [e.replacement for f in found for e in f.fix.edits] == ["all authorities"]
    assert ws._plural("district") == "districts" and ws._plural("local authority") == "local authorities"
