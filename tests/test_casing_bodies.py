"""State and national bodies cased as Russian writes them (detectors/casing_bodies.py: MT408, MT406)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing_names
from mtaudit.text.document import Document


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.code, f.text, f.correction) for f in
            audit(Document(text), ctx, detectors=(casing_names.DETECTOR,)).findings]


def test_a_ministry_named_by_its_portfolio_in_lower_case_is_capitalised():
    found = _find("Benefits are paid by the ministry of labour and social protection of the republic.")
    assert found == [("MT408", "ministry of labour and social protection",
                      "Ministry of Labour and Social Protection")]
    found = _find("The permit was issued by the ministry of natural resources of the region.")
    assert found == [("MT408", "ministry of natural resources", "Ministry of Natural Resources")]


def test_the_clause_verb_after_a_body_stays_out_of_its_name():
    found = _find("The regional ministry of agriculture estimates the harvest at 40,000 tonnes.")
    assert [f[1:] for f in found] == [("ministry of agriculture", "Ministry of Agriculture")]
    found = _find("The ministry of natural resources forecasts a dry summer.")
    assert [f[1:] for f in found] == [("ministry of natural resources", "Ministry of Natural Resources")]
    found = _find("Inspectors of the federal service for plant quarantine check every batch.")
    assert [f[1:] for f in found] == [("federal service for plant quarantine", "Federal Service for Plant Quarantine")]
    found = _find("The permit was extended by the federal agency for subsoil use for another ten years.")
    assert all(not f[1].endswith("another") for f in found) and found


def test_a_ministry_without_a_portfolio_or_in_english_order_stays_quiet():
    assert _find("The governor met the ministry of the region; the labour ministry said so.") == []
    assert _find("He said the ministry of course had no choice.") == []
    assert _find("Officials of the Russian ministry of finance said so.") == []  # a glossary `accept` style


def test_a_british_document_that_lowercases_heads_keeps_its_ministries():
    text = ("Northampton crown court heard the case; the county council and the ministry of justice "
            "said the second world war archive would stay open.")
    assert [f for f in _find(text) if f[0] == "MT408"] == []


def test_a_national_body_capitalised_on_its_first_word_only():
    found = _find("The award went to the Russian book union and the Russian geographical society.")
    assert [(c, t, x) for c, t, x in found] == [
        ("MT406", "Russian book union", "Russian Book Union"),
        ("MT406", "Russian geographical society", "Russian Geographical Society")]


def test_a_described_national_body_or_a_common_compound_stays_quiet():
    assert _find("A Russian science foundation paid for it; the Russian trade union objected.") == []
    assert _find("He backed the European monetary union and the Russian civil society.") == []
    assert _find("The largest Russian hockey federation and the Russian new union met.") == []


def test_a_federal_service_or_state_committee_with_its_field_in_lower_case():
    found = _find("Samples were checked by the federal service for veterinary and phytosanitary surveillance.")
    assert found == [("MT408", "federal service for veterinary and phytosanitary surveillance",
                      "Federal Service for Veterinary and Phytosanitary Surveillance")]
    found = _find("The state committee for ethnic affairs met on Monday.")
    assert found == [("MT408", "state committee for ethnic affairs", "State Committee for Ethnic Affairs")]
    assert _find("The federal agency of the region was shut.") == []


def test_a_known_body_all_in_lower_case_beside_a_half_cased_name_is_capitalised():
    found = _find("The Far Eastern customs administration seized the cargo, the federal customs service said.")
    assert ("MT409", "federal customs service", "Federal Customs Service") in found


def test_a_known_body_all_in_lower_case_alone_is_a_house_style():
    assert [f for f in _find("Officers of the federal customs service seized the cargo on Monday.")
            if f[0] == "MT409"] == []


def test_a_compound_opened_by_a_common_word_makes_the_head_a_name():
    found = _find("Members of the All-Russian union of writers met in Tula.")
    assert found and found[0][0] == "MT406" and found[0][1].startswith("All-Russian union")
    assert _find("He left high school and joined an All-Star team.") == []
