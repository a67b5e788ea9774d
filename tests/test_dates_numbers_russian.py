"""Russian dates and numbers without a reference (MT704-MT706): the shapes beyond the rule examples,
and the glossary's Roman-numeral guard (a numeral is not a village spelled "Xiv")."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import numbers
from mtaudit.detectors.entities import forms as entities_forms
from mtaudit.text.document import Document


def _numbers(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=False))
    return [(f.code, f.text, f.correction) for f in
            audit(Document(text), ctx, detectors=(numbers.DETECTOR,)).findings]


def test_a_day_after_the_night_of_is_a_date_not_a_count():
    assert _numbers("It happened on the night of 3 august in the city centre.") == [
        ("MT704", "3 august", "3 August")]
    assert _numbers("Three of 40 may be infected, and two of 12 may stay home.") == []


def test_a_month_placed_in_time_by_the_word_before_it():
    found = _numbers("Warming comes in early may, and in the second decade of march it snowed.")
    assert [(t, c) for _, t, c in found] == [("may", "May"), ("march", "March")]
    assert _numbers("Early may be better than late; we march on.") == []


def test_mid_month_keeps_its_prefix_out_of_the_fix():
    assert _numbers("Get the shot before mid-january.") == [("MT704", "january", "January")]
    assert _numbers("Exports for July-november rose.") == [("MT704", "november", "November")]


def test_roman_quarters_become_ordinal_words_but_the_pronoun_stays():
    assert _numbers("In the II quarter sales fell; in the IV quarter they rose.") == [
        ("MT705", "II quarter", "second quarter"), ("MT705", "IV quarter", "fourth quarter")]
    assert _numbers("I quarter the onions first.") == []


def test_russian_scale_abbreviations_get_the_word_and_a_decimal_point():
    assert _numbers("It cost 7,4 mln rubles and the fund holds 12 bln.") == [
        ("MT706", "7,4 mln", "7.4 million"), ("MT706", "12 bln", "12 billion")]
    assert _numbers("It cost £7.4m and the fund holds $12bn.") == []


def test_a_roman_numeral_is_not_a_glossary_transliteration():
    ctx = AuditContext(AuditSpec())
    text = "Louis XIV built the palace; Pope Leo XIV visited it in the XIV century."
    found = audit(Document(text), ctx, detectors=(entities_forms.DETECTOR,)).findings
    assert [f for f in found if f.text == "XIV"] == []


def test_a_month_joined_to_another_month_is_a_month():
    found = _numbers("The drought in may and June cut yields; rain came in April or may.")
    assert [(t, c) for _, t, c in found] == [("may", "May"), ("may", "May")]
    assert _numbers("Prices may and will march higher; costs, which rose in March, may fall.") == []


def test_an_agency_dateline_mark_after_the_date_ends_it():
    """"KRASNOYARSK, 12 march /TASS/": the outlet's mark after the date, in slashes or brackets."""
    assert _numbers("KRASNOYARSK, 12 march /TASS/. The team won.") == [("MT704", "12 march", "12 March")]
    assert _numbers("OMSK, 5 may (RIA). Prices rose.") == [("MT704", "5 may", "5 May")]
    assert _numbers("Up to 12 may (or may not) come.") == []


def test_a_dateline_dash_typed_as_a_spaced_hyphen_ends_the_date():
    """"YAROSLAVL, 9 march - RIA Novosti": the agency's dash typed as a hyphen; a count stays quiet."""
    assert _numbers("YAROSLAVL, 9 march - RIA Novosti. The fair opened.") == [
        ("MT704", "9 march", "9 March")]
    assert _numbers("Up to 9 may - Officials said - need a bed.") == []


def test_a_decimal_comma_before_thousand_or_mln_is_one_finding_not_two():
    """MT706 rewrites "24,6 thousand" whole ("24,600"), so MT508 leaves that comma to it; a decimal
    comma before a unit or at the end of a list ("3,5 thousand and more") is still MT508's."""
    ctx = AuditContext(AuditSpec(bundled_glossary=False))
    text = "They sowed 24,6 thousand hectares, saw 2,4 mln views and 3,5 thousand and more; 5,5 km."
    found = [(f.code, f.text) for f in audit(Document(text), ctx).findings
             if f.code in ("MT508", "MT706")]
    assert sorted(found) == [("MT508", "3,5"), ("MT508", "5,5 km"),
                             ("MT706", "2,4 mln"), ("MT706", "24,6 thousand")]
