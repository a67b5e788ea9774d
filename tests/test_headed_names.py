"""Ship and organisation names translated by meaning after their type head (MT111 via
entities/headed_names.py): the slot, the word class, and what stays quiet."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.entities import headed_names, typed_names
from mtaudit.text.document import Document


def _found(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.code, f.text, f.correction) for f in
            audit(Document(text), ctx, detectors=(typed_names.DETECTOR,)).findings]


def _names(text: str):
    return [name for _, _, name, _ in headed_names.candidates(text)]


def test_an_ordinary_word_after_a_ship_head_bare_or_quoted_is_a_name_by_meaning():
    assert _names('The patrol ship "Vigilant" joined the fleet.') == ["Vigilant"]
    assert _names("The corvette Steadfast left Baltiysk.") == ["Steadfast"]


def test_organisations_take_the_name_only_in_quotes():
    assert _names('It was built at the shipyard "Amber" in Kaliningrad.') == ["Amber"]
    assert _names("The company Chairman said so; the plant Director agreed.") == []


def test_transliterations_english_names_and_longer_names_stay_quiet():
    quiet = ('The destroyer Admiral Chabanenko sailed; the plant "Progress" and the company "Gazprom" '
             'grew; the frigate HMS Defender and the cruiser Moskva left port.')
    assert _names(quiet) == []


def test_the_detector_needs_a_russian_document_and_uses_the_table_fix_when_it_knows_the_word():
    found = _found('Moscow, 3 May. The club "Torch" from Voronezh signed a new coach.')
    assert found == [("MT111", "Torch", "Fakel")]
    unknown = _found('Kaliningrad, 3 May. The shipyard "Amber" launched a tug.')
    assert [(code, text) for code, text, _ in unknown] == [("MT111", "Amber")]
    assert _found('Portsmouth, 3 May. The shipyard "Amber" launched a tug.') == []
