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


def test_quality_genitive_examples():
    entries, products, quiet = ct.quality_genitive()
    assert {e.name for e in entries} >= {"handwork", "production", "named_kind", "measure", "size"}
    for e in entries:
        assert e.bads and e.quiets, e.name
        for bad in e.bads:
            assert any(_found(bad, d) for d in (ct.QUALITY_GENITIVE_DETECTOR, ct.DETECTOR, cc.DETECTOR)), bad
        for q in e.quiets:
            assert _found(q, ct.QUALITY_GENITIVE_DETECTOR) == [], q


@pytest.mark.parametrize("text,span,fix", [
    ("Ten tractors of Belarusian production arrived.", "tractors of Belarusian production",
     "Belarusian-made tractors"),
    ("The shop sells cheese of own production.", "cheese of own production", "home-made cheese"),
    ("Turbines of the power of 5 megawatts were installed.", "of the power of", "with a capacity of"),
    ("The kennel sells dogs of the breed «Laika».", "dogs of the breed «Laika»", "Laika dogs"),
])
def test_quality_genitive_fix(text, span, fix):
    (f,) = _found(text, ct.QUALITY_GENITIVE_DETECTOR)
    assert text[f.span.start:f.span.end] == span
    assert f.fix.edits[0].replacement == fix


def test_quality_genitive_stays_quiet_on_english():
    for text in ["He was a man of the people.", "Wines of the highest quality were served.",
                 "The painting is a work of art.", "Nothing of the sort was found in the boxes.",
                 "Costs of domestic production rose.", "Cars of this type are rare.",
                 "A mind of great capacity and a man of great power."]:
        assert _found(text, ct.QUALITY_GENITIVE_DETECTOR) == [], text


def test_combining_form_shape():
    spec = ct.combining_forms()
    for bad in spec.bads:
        assert _found(bad, ct.COMPOUND_DETECTOR), bad
    for q in spec.quiets:
        assert _found(q, ct.COMPOUND_DETECTOR) == [], q
    (f,) = _found("Six electro-charging stations opened.", ct.COMPOUND_DETECTOR)
    assert f.fix.edits[0].replacement == "charging"
    (f,) = _found("Electro-scooters are banned in the park.", ct.COMPOUND_DETECTOR)
    assert f.fix.edits[0].replacement == "Electric scooters"
    # a fused word English writes, spelled with a hyphen, is English
    assert ct._fused_english("electromagnetic") and not ct._fused_english("electrocharging")


def test_fused_combining_forms():
    spec = ct.combining_forms()
    assert spec.fused_bads and spec.fused_quiets
    for bad in spec.fused_bads:
        assert _found(bad, ct.COMPOUND_DETECTOR), bad
    for q in spec.fused_quiets:
        assert _found(q, ct.COMPOUND_DETECTOR) == [], q
    (f,) = _found("The city bought 40 units of electrotransport.", ct.COMPOUND_DETECTOR)
    assert f.text == "electrotransport" and f.fix.edits[0].replacement == "electric transport"
    (f,) = _found("A velotrail runs along the river.", ct.COMPOUND_DETECTOR)
    assert f.fix.edits[0].replacement == "bicycle trail"
    (f,) = _found("The autocinema opened in May.", ct.COMPOUND_DETECTOR)
    assert f.fix is None and "drive-in cinema" in f.message  # a gloss, not a rendering: a hint only
    (f,) = _found("Teleheadhunting is new here.", ct.COMPOUND_DETECTOR)  # the rest two English words
    assert f.text == "Teleheadhunting"
    assert _found("The firm Autoservice Plus and an autocratic ecosystem.", ct.COMPOUND_DETECTOR) == []


def test_plural_pairs():
    _, bads, quiets = ct._plural_pair_spec()
    assert bads and quiets
    for bad in bads:
        assert _found(bad, ct.COMPOUND_DETECTOR), bad
    for q in quiets:
        assert _found(q, ct.COMPOUND_DETECTOR) == [], q
    (f,) = _found("The states-members met.", ct.COMPOUND_DETECTOR)
    assert "member states" in f.message and f.fix is None
