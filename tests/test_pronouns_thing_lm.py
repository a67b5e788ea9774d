"""MT3101 (“he”/“his”/“she”/“her” for a country, an organisation or a place next to a named
person, decided by the language model): which pronouns the syntax proposes, what the model
must show, the fix, and that the rule is silent without a model."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_syntax, pronouns_thing_lm
from mtaudit.models import lm as lm_mod
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


class _FakeLM:
    """Scores a text by how many neutral pronouns it holds (each worth `per` nats), and
    records what it was asked, so a test sees which candidates reached the model."""

    name, version = "fake", "0"

    def __init__(self, per: float = 5.0):
        self.per, self.asked = per, []

    def logprobs(self, texts):
        self.asked += texts
        return [self.per * sum(t.split().count(w) for w in ("it", "its", "It", "Its", "they", "their"))
                for t in texts]


def _run(text, lm, detectors=(pronouns_thing_lm.DETECTOR,)):
    return audit(Document(text), AuditContext(lm=lm), detectors=detectors).findings


def test_his_for_a_country_whose_clause_it_is_gets_its():
    fake = _FakeLM()
    (f,) = _run("Senator Mark Ellis said that China would use the crisis to expand his influence.", fake)
    assert f.code == "MT3101" and f.text == "his"
    assert f.fix.edits[0].replacement in ("its", "their")
    assert "China" in f.message


def test_he_whose_nearest_noun_is_a_place_is_a_candidate():
    fake = _FakeLM()
    (f,) = _run("Governor Igor Sedov said the storm had cut off the town of Lesnoy, and he had no "
                "water for two days.", fake)
    assert f.text == "he" and f.fix.edits[0].replacement in ("it", "they")


def test_a_person_between_the_thing_and_the_pronoun_owns_it():
    fake = _FakeLM()
    assert _run("Russia granted the whistleblower Mark Evans asylum and extended his permit.", fake) == []
    assert fake.asked == []  # never reached the model


def test_object_pronouns_and_person_antecedents_are_no_candidates():
    fake = _FakeLM()
    assert _run("The ministry declared a protest against the actions against her.", fake) == []
    assert _run("President Pavel Orlov met the mayor, and he said the talks went well.", fake) == []
    assert fake.asked == []


def test_the_model_must_prefer_the_neutral_reading_by_the_margin():
    weak = _FakeLM(per=pronouns_thing_lm.LM_THING_MARGIN / 2)
    assert _run("Senator Mark Ellis said that China would use the crisis to expand his influence.", weak) == []
    assert weak.asked  # it was asked, and the gain was too small


def test_silent_without_a_language_model():
    ctx = AuditContext(AuditSpec(use_lm=False))
    text = "Senator Mark Ellis said that China would use the crisis to expand his influence."
    assert audit(Document(text), ctx, detectors=(pronouns_thing_lm.DETECTOR,)).findings == []


def test_a_pronoun_the_rules_flagged_is_not_flagged_twice():
    fake = _FakeLM()
    text = "Ukraine began a campaign to hide the losses and cover his tracks."
    found = _run(text, fake, detectors=(pronouns_syntax.DETECTOR, pronouns_thing_lm.DETECTOR))
    assert [f.code for f in found] == ["MT314"]


@pytest.mark.skipif(not lm_mod.available(), reason="needs the shipped language model")
def test_with_the_shipped_model_a_country_fires_and_a_person_does_not():
    lm = lm_mod.default_lm()
    (f,) = _run("Economist Olga Frolova believes the central bank will keep his key rate unchanged.", lm)
    assert f.text == "his"
    assert _run("The court sentenced Oleg Sokolov to five years. The Kremlin declined to comment on "
                "his case.", lm) == []
