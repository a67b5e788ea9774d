"""Russian names translated by meaning (MT109): the derived table, the three slots, the quiet cases."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.entities import forms, names_meaning, unknown
from mtaudit.text.document import Document


def _find(text: str, detectors=(names_meaning.DETECTOR,)):
    ctx = AuditContext(AuditSpec())
    return [(f.code, f.text, f.correction) for f in audit(Document(text), ctx, detectors=detectors).findings]


def test_the_derived_table_holds_names_the_dictionary_confirms():
    table = names_meaning.meanings()
    assert {m.latin for m in table["wolves"]} == {"Volkov", "Volkova"}
    assert names_meaning.first_name_meaning("Love").latin == "Lyubov"
    assert any(m.kind == "place" and m.latin == "Mirny" for m in table["peaceful"])
    assert "Zaitsev" in {s for m in table["hares"] for s in m.spellings}


def test_a_surname_the_document_names_elsewhere_is_put_back():
    text = "Striker Oleg Orlov scored twice. Coach Nikolai Sorokin praised him. Eagles said little."
    assert _find(text) == [("MT109", "Eagles", "Orlov")]


def test_the_animals_and_an_english_name_stay_quiet():
    assert _find("Oleg Orlov said the eagles had nested on the tower.") == []
    assert _find("Oleg Orlov met Glenn Frost; the Eagles Nest hotel was full.") == []
    assert _find("Wolves beat Arsenal at Molineux.") == []


def test_a_first_name_by_meaning_before_a_russian_surname():
    assert _find("The prize went to Hope Orlova, a nurse.") == [("MT109", "Hope", "Nadezhda")]
    assert _find("Hope Hicks and Faith Hill attended.") == []


def test_case_ending_and_surname_slot_rules_leave_these_to_mt109():
    text = "Curator Love Kuznetsova opened the show. According to Kuznetsova, it took two years."
    codes = {c for c, _, _ in _find(text, (names_meaning.DETECTOR, forms.DETECTOR, unknown.DETECTOR))}
    assert codes == {"MT109"}


def test_a_lowercase_russian_first_name_is_recased_with_its_surname():
    from mtaudit.detectors.entities import lower_names

    found = _find("The award went to vera Sorokina; the goal came from daniil kovalenko.",
                  (lower_names.DETECTOR,))
    assert found == [("MT110", "vera Sorokina", "Vera Sorokina"),
                     ("MT110", "daniil kovalenko", "Daniil Kovalenko")]
    assert _find("Mix aloe vera gel; the lev fell.", (lower_names.DETECTOR,)) == []
    assert _find("The role went nadezhda Sorokina.", (lower_names.DETECTOR,)) == [
        ("MT110", "nadezhda Sorokina", "Nadezhda Sorokina")]  # after a word pair, not consumed by it
