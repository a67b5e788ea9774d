"""MT316 (“it”/“its” for a person, language-model check): the person reading must beat both the
text as written and the neutral reading, and the neutral reading is scored only for the
candidates that beat the written one (the cost of the model is per text)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_lm
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


class _FakeLM:
    """Scores a text by the words it holds (`weights`), recording every text it was asked."""

    name, version = "fake", "0"

    def __init__(self, weights):
        self.weights, self.asked = weights, []

    def logprobs(self, texts):
        self.asked += texts
        return [sum(self.weights.get(w.strip(".,").casefold(), 0.0) for w in t.split()) for t in texts]


TEXT = "Former senator Anna Kovaleva was detained on Tuesday. The court later released it on bail."


def _run(lm, text=TEXT):
    return audit(Document(text), AuditContext(lm=lm), detectors=(pronouns_lm.DETECTOR,)).findings


def test_a_person_reading_that_beats_both_is_flagged_with_the_gain():
    lm = _FakeLM({"her": 5.0})
    (f,) = _run(lm)
    assert f.code == "MT316" and f.text == "it" and f.fix.edits[0].replacement == "her"
    assert "5.0 nats" in f.message
    assert any(" this " in t for t in lm.asked)  # the neutral reading was scored


def test_the_neutral_reading_can_win():
    assert _run(_FakeLM({"her": 5.0, "this": 6.0})) == []


def test_the_neutral_reading_is_scored_only_when_the_person_reading_beats_the_written_one():
    lm = _FakeLM({"her": pronouns_lm.LM_PRONOUN_MARGIN / 2})
    assert _run(lm) == []
    assert lm.asked and not any(" this " in t for t in lm.asked)
