"""Session 28 (realmt28): Russian forms kept by MT on real regional pages: a name in a Russian
document's form (MT158 patronymic, MT159 initials after the surname, MT160 surname first),
negative concord by the parse (MT2290), если ..., то contrast as a condition (MT2291), and a
Russian address's parts (MT2292). The texts are written for these tests."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.entities.name_form import initials_after, is_patronymic, patronymic_names, surname_first
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(text: str, *codes: str) -> list[tuple[str, str]]:
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=codes))
    return [(f.code, f.text) for f in result.findings]


def test_patronymic_shapes_both_orders_and_the_fix():
    text = ("Samara, 2 May. The prize went to Yegor Matveevich Kotov. The list was read by Zotova Anna "
            "Ilyinichna, and Pavel Ilyich Gurov thanked the staff.")
    assert [(f, p, s) for _, _, f, p, s in patronymic_names(text)] == [
        ("Yegor", "Matveevich", "Kotov"), ("Anna", "Ilyinichna", "Zotova"), ("Pavel", "Ilyich", "Gurov")]
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT158",)))
    assert result.findings[1].fix.edits[0].replacement == "Anna Zotova"


def test_patronymic_needs_the_suffix_and_a_surname_after_it():
    assert is_patronymic("Sergeevich") and is_patronymic("Petrovna") and not is_patronymic("Sandwich")
    text = ("Coach Gregg Popovich spoke on Monday. Ivan Petrovich Thursday was a film. "
            "Milan Jovanovich, a striker, scored.")
    assert list(patronymic_names(text)) == []


def test_initials_after_the_surname_only_in_a_russian_story():
    russian = "Rostov, 9 May. The general Vodolatsky V.P. laid flowers at the memorial in Rostov-on-Don."
    assert _found(russian, "MT159") == [("MT159", "Vodolatsky V.P.")]
    elsewhere = "Chennai, 9 May. The minister Udhayakumar R.B. laid flowers at the memorial."
    assert _found(elsewhere, "MT159") == []


def test_initials_before_the_next_name_and_abbreviations_stay_quiet():
    text = "Ministers R. B. Kotov and M.K. Ivanov met in Washington D.C. and the U.S. says so."
    assert list(initials_after(text)) == []


def test_surname_first_reads_a_russian_surname_shape_only():
    text = ("The report of Kuznetsova Irina was read. For Darya it was a good year. "
            "In Pushkin Alexander spoke. Ivanov Sergei Petrovich came.")
    assert [(s, f) for _, _, s, f in surname_first(text)] == [("Kuznetsova", "Irina")]


def test_negative_concord_by_the_parse_not_across_clauses():
    assert _found("The head of the district said that no delay on the works will not be.", "MT2290") == [
        ("MT2290", "no delay on the works will not")]
    assert _found("No one was hurt, and the fire did not spread to the school.", "MT2290") == []
    assert _found("The girl who had nothing did not complain.", "MT2290") == []


def test_negative_concord_defers_to_the_sentence_initial_pattern():
    found = _found("No evidence of the deal was not provided by the company.", "MT2204", "MT2290")
    assert [c for c, _ in found] == ["MT2204"]


def test_if_contrast_needs_the_past_and_the_other_time_after_the_comma():
    assert _found("If earlier the queue took a week, now it takes a day.", "MT2291") == [
        ("MT2291", "If earlier the queue took a week,")]
    assert _found("If in 2022 the mill sold 40 tonnes, this year it sold 60 tonnes.", "MT2291") != []
    assert _found("If you visit Omsk in 2025, then see the theatre.", "MT2291") == []
    assert _found("If in doubt, now is the time to call the hotline.", "MT2291") == []


def test_address_parts_in_an_address_not_in_prose():
    found = _found("Place: the hall (Varvarka, house 6, structure 4). The road near Lenin Street, possession 3, "
                   "is closed.", "MT2292")
    assert [t for _, t in found] == ["house 6", "structure 4", "possession 3"]
    assert _found("They bought a house 6 km from the town, and the new building 2 years old stood empty.",
                  "MT2292") == []
