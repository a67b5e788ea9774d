"""MT3106 (“He”/“She”/“His”/“Her” for the thing the sentence before is about, decided by the
language model): which pronouns the parse proposes, which possible persons keep it quiet, the
fix, and that the rule is silent without a model."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_previous_thing_lm
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


class _FakeLM:
    """Prefers every text by how many neutral pronouns it holds and records what it was asked."""

    name, version = "fake", "0"

    def __init__(self, per: float = 5.0):
        self.per, self.asked = per, []

    def logprobs(self, texts):
        self.asked += texts
        return [self.per * sum(t.split().count(w) for w in ("it", "its", "It", "Its")) for t in texts]


def _run(text, lm):
    return audit(Document(text), AuditContext(lm=lm),
                 detectors=(pronouns_previous_thing_lm.DETECTOR,)).findings


def test_he_after_a_sentence_about_a_thing_gets_it():
    (f,) = _run("Ivan Petrov spoke at the fair.\n\nThe new bridge over the Oka was opened in May. "
                "He connects the two halves of the town.", _FakeLM())
    assert f.code == "MT3106" and f.text == "He" and f.fix.edits[0].replacement == "It"
    assert "bridge" in f.message


def test_possessive_her_gets_its():
    (f,) = _run("Anna Belova opened the show.\n\nThe exhibition occupies three halls. Her main "
                "exhibit is a bronze bell.", _FakeLM())
    assert f.text == "Her" and f.fix.edits[0].replacement == "Its"


@pytest.mark.parametrize("text", [
    "The bridge was opened in May. Ivan Petrov said he was pleased.",      # a man between
    "The mayor visited the bridge. He thanked the builders.",               # a person noun
    "One of the drivers lost control on the ice. He was not injured.",      # one of the <people>
    "The old horse still pulls the sledge. He is twenty years old.",       # an animal
    "The frigate left Murmansk in May. She carried forty cadets.",          # a ship's "she"
    "The bridge was opened in May.\n\nHe said it was late.",                # a paragraph's first sentence
    "The bridge was opened in May. “He is proud of it,” the mayor said.",   # a quotation
])
def test_a_possible_person_or_english_usage_keeps_it_quiet(text):
    fake = _FakeLM()
    assert _run(text, fake) == []


def test_the_model_decides():
    text = "Ivan Petrov spoke.\n\nThe bridge was opened in May. He connects the two halves of the town."
    assert _run(text, _FakeLM(per=1.0)) == []  # a gain under the margin
    ctx = AuditContext(AuditSpec(use_lm=False))  # no model, no finding
    assert audit(Document(text), ctx, detectors=(pronouns_previous_thing_lm.DETECTOR,)).findings == []
