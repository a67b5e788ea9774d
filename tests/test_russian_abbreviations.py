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


def test_territorial_branches_are_composed_with_federal_bodies():
    table = abbreviations.russian_abbreviations()
    assert {"UMVD", "OMVD", "UFSB", "GUMChS", "UFNS"} <= set(table)
    assert table["UMVD"] == "УМВД"
    assert not {"UFIFA", "UFATF", "GUASEAN"} & set(table)  # foreign bodies have no Russian branches


def test_russian_only_endings_and_numbered_plants():
    assert abbreviations.shaped("AANII") and abbreviations.shaped("TsNII") and abbreviations.shaped("TETs")
    assert not abbreviations.shaped("CTs") and not abbreviations.shaped("NFTs")
    found = _find("A new unit was put into operation at the Yakutsk TETs-3 on Monday.")
    assert [t for _, t, _, _ in found] == ["TETs"]
    found = _find("Staff of the Hong Kong SAR government met at the Tsentr centre.", bundled=False)
    assert found == []


def test_an_abbreviation_with_rf_is_russian_whatever_its_letters():
    found = _find("The exercises ended on Friday, the MO RF said.")
    assert [t for _, t, _, _ in found] == ["MO RF"]
    assert _find("The RF signal of the receiver was weak; the UHF RF amplifier failed.") == []


def test_uk_and_sk_need_russia_and_a_cue_of_the_russian_sense():
    russian = ("In Tver, prices in rubles rose. Residents complained that the UK of the house did not "
               "repair the roof. The regional SK opened a criminal case against the director.")
    found = _find(russian)
    assert [(t, c) for _, t, c, _ in found] == [("UK", "management company"),
                                               ("SK", "Investigative Committee")]
    english = ("In Tver, prices in rubles rose. Residents in the UK pay more for heating than in France. "
               "SK Hynix shares rose after the case was settled; trade with the UK grew.")
    assert _find(english) == []
    assert _find("Residents said the UK of the house did not repair the roof after the court case.") == []


def test_ya_yu_ye_digraphs_inside_capitals_make_a_transliteration():
    assert abbreviations.shaped("YaNAO") and abbreviations.shaped("DYuSSh")
    assert not abbreviations.shaped("YoY")
    found = _find("Gas output in the YaNAO rose 3% YoY in October.", bundled=False)
    assert [t for _, t, _, _ in found] == ["YaNAO"]


def test_a_glossary_acronym_of_a_russian_abbreviation_needs_an_introduction():
    assert abbreviations.variant_abbreviations()["SNT"][0] == "СНТ"
    assert not {"FSB", "GRU", "FATF", "VTB", "RZD"} & set(abbreviations.variant_abbreviations())
    ((code, text, correction, _),) = _find("Gardeners of the SNT near Tver paid 4,000 roubles.")
    assert (code, text, correction) == ("MT606", "SNT", "gardening partnership")
    assert _find("The Federal Tax Service (FNS) fined 200 firms in Tver; the FNS took roubles.") == []
    assert _find("The SNT fee is 4,000 dollars in Ohio.") == []  # not Russian news


def test_capitals_read_as_a_word_are_a_name_not_initials():
    assert not abbreviations.unknown_token("IKAR") and not abbreviations.unknown_token("SOGAZ")
    assert abbreviations.unknown_token("GTRK") and abbreviations.unknown_token("FFKK")


def test_a_mixed_case_university_abbreviation_is_flagged_in_russian_news():
    assert abbreviations.unknown_token("UrFU") and abbreviations.unknown_token("SibFU")
    assert not abbreviations.unknown_token("VoIP")  # English writes it
    found = _find("Students of the SibFU in Krasnoyarsk paid 3,000 roubles for the dormitory.")
    assert [(code, text) for code, text, _, _ in found] == [("MT606", "SibFU")]
    assert _find("KamAZ trucks and BelAZ dumpers were sold for roubles.") == []  # автозавод brands
    assert _find("The SibFU team met in Ohio.") == []  # not Russian news


def test_a_named_after_tail_belongs_to_the_abbreviation():
    ((code, text, _, _),) = _find("Paintings from the GMII named after Pushkin were shown in Tver for roubles.")
    assert (code, text) == ("MT606", "GMII named after Pushkin")


def test_a_power_plant_read_as_a_word_is_still_initials_and_reactor_types_are_english():
    assert abbreviations.unknown_token("KAES") and not abbreviations.unknown_token("SOGAZ")
    found = _find("The KAES in the Murmansk region cost 9 billion roubles, its director said.")
    assert [text for _, text, _, _ in found] == ["KAES"]
    assert _find("The VVER and RBMK reactors in the Russian region cost billions of roubles.") == []


def test_a_russian_abbreviation_introduced_after_its_english_name_gets_the_english_initials():
    found = _find("An outbreak of African swine fever (AChS) cost the farm near Kursk 9 million roubles.")
    assert found == [("MT606", "AChS", "ASF", Applicability.UNSAFE)]
    found = _find("The Deposit Insurance Agency (ASV) will pay up to 1.4 million roubles.")
    assert found == [("MT606", "ASV", "DIA", Applicability.UNSAFE)]


def test_an_introduced_abbreviation_the_english_words_spell_or_english_keeps_stays_quiet():
    assert _find("The Deposit Insurance Agency (DIA) will pay up to 1.4 million roubles.") == []
    assert _find("The State Television and Radio Company (GTRK) in Kazan lost 3 million roubles.") == []
    assert _find("Russian banks bought federal loan bonds (OFZ) worth 90 billion roubles.") == []


def test_a_stem_before_the_capitals_is_a_russian_institute_abbreviation():
    found = _find("Scientists of KamchatNIRO and students of YuUrGU counted fish for 2 million roubles.")
    assert [t for _, t, _, _ in found] == ["KamchatNIRO", "YuUrGU"]
    assert _find("The Russian firm's LiDAR survey and MySQL database cost 2 million roubles.") == []


def test_a_legal_form_before_a_firms_name_in_a_text_about_russia():
    found = _find("A court in Tver declared OOO Lotos bankrupt; AO «Kristall» owes 2 million roubles.")
    assert [(f[1], f[2]) for f in found] == [("OOO", "LLC"), ("AO", "JSC")]


def test_a_legal_form_spelling_elsewhere_stays_quiet():
    assert _find("Russian fans wrote OOO in the chat and the ship's AO in Murmansk stayed.") == []
    assert _find("The bankrupt OOO Lotos of Ohio was sold.") == []  # no Russian setting
