"""MT2825 (the Russian genitive of type) and MT2826 (Russian compound adjectives by their parts):
shapes of set terms kept as word lists in mtaudit/data/calque_terms.yaml."""

from __future__ import annotations

import pytest

from mtaudit.detectors import calques_collocations as cc
from mtaudit.detectors import calques_terms as ct
from mtaudit.text.document import Document


def _found(text: str, det) -> list:
    return list(det.detect(Document(text, doc_id="t"), None))


def test_type_genitive_examples():
    spec = ct.type_genitive()
    assert len(spec.bads) >= 8 and len(spec.quiets) >= 8
    for bad in spec.bads:
        assert _found(bad, ct.TYPE_GENITIVE_DETECTOR) or _found(bad, cc.DETECTOR), bad
    for quiet in spec.quiets:
        assert _found(quiet, ct.TYPE_GENITIVE_DETECTOR) == [], quiet


@pytest.mark.parametrize("fam", ct.compound_families(), ids=lambda f: f.name)
def test_each_compound_family_flags_and_spares(fam):
    assert fam.bads and fam.quiets
    for bad in fam.bads:
        assert any(_found(bad, d) for d in (ct.COMPOUND_DETECTOR, ct.DETECTOR, cc.DETECTOR)), bad
    for quiet in fam.quiets:
        assert _found(quiet, ct.COMPOUND_DETECTOR) == [], quiet


def test_compound_fix_follows_the_head_number():
    (f,) = _found("The fish-breeding plants released fry.", ct.COMPOUND_DETECTOR)
    assert f.fix.edits[0].replacement == "fish hatcheries"
    (f,) = _found("Low-populated settlements get mobile shops.", ct.COMPOUND_DETECTOR)
    assert f.fix.edits[0].replacement == "Sparsely populated"


def test_native_compounds_stay_quiet():
    for text in ["Low-income and low-numbered seats.", "A multi-year deal for a multi-storey car park.",
                 "The cattle breeding centre and the bridge-building company.",
                 "Smoking is habit-forming.", "A life-threatening injury.",
                 "The aircraft repair plant was hit."]:
        assert _found(text, ct.COMPOUND_DETECTOR) == [], text


def test_terms20_beats_are_in_the_table():
    beats = {t.beat for t in ct.TERMS} if hasattr(ct, "TERMS") else {t.beat for t in ct.terms()}
    new = {"fishing-and-fish-farming", "hunting-and-reserves", "forestry-and-trees", "water-bodies-and-dams",
           "beaches-and-bathing", "sky-and-weather", "crafts-and-food-production", "markets-and-trade",
           "pensions-and-benefits", "prosecutors-and-bailiffs", "customs-and-migration", "railways",
           "aviation-and-airports", "ports-and-shipping", "elections", "museums-libraries-and-theatre",
           "folk-culture-and-holidays", "youth-volunteers-and-veterans", "children-camps-and-kindergartens",
           "medicine-by-specialty", "veterinary", "units-and-measures"}
    assert new <= beats
    assert sum(t.beat in new for t in ct.terms()) >= 400
