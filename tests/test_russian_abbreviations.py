"""Russian abbreviations left in Latin letters (MT606): the generated table, the shape test, fixes."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.core.types import Applicability
from mtaudit.detectors import abbreviations
from mtaudit.text.document import Document


def _find(text: str, bundled: bool = True):
    ctx = AuditContext(AuditSpec(bundled_glossary=bundled))
    return [(f.code, f.text, f.correction, f.applicability) for f in
            audit(Document(text), ctx, detectors=(abbreviations.DETECTOR,)).findings]


def test_the_table_holds_russian_abbreviations_and_not_english_acronyms():
    table = abbreviations.russian_abbreviations()
    assert {"ORVI", "RAN", "ZhKKh", "MChS", "GIBDD", "SIZO", "BPLA"} <= set(table)
    assert table["ORVI"] == "ОРВИ"
    assert not {"NATO", "FBI", "NASA", "FSB", "KGB", "VTB", "TASS", "UK", "AP"} & set(table)


def test_the_shape_needs_a_digraph_inside_capitals_and_no_english_plural():
    assert abbreviations.shaped("MChS") and abbreviations.shaped("TsB") and abbreviations.shaped("ZhKKh")
    assert not abbreviations.shaped("NATO") and not abbreviations.shaped("Kh")
    found = _find("The CTs and PhDs were discussed; the GKhK plant closed.", bundled=False)
    assert [t for _, t, _, _ in found] == ["GKhK"]


def test_a_glossary_abbreviation_gets_the_english_form_as_its_fix():
    ((code, text, correction, applicability),) = _find("Shares of PAO Severstal fell.")
    assert (code, text, correction, applicability) == ("MT606", "PAO", "PJSC", Applicability.SAFE)


def test_without_a_glossary_the_finding_names_the_russian_and_fixes_nothing():
    ((code, text, correction, applicability),) = _find("Cases of ORVI rose.", bundled=False)
    assert (code, text, applicability) == ("MT606", "ORVI", Applicability.DISPLAY_ONLY)


def test_capitals_lines_english_names_and_roman_numerals_stay_quiet():
    assert _find("ORVI CASES RISE IN TWELVE REGIONS\n\nThe flu season began.") == []
    assert _find("The Hong Kong SAR government and Louis XIV were named.") == []
