"""MT324: an outlet's signature after a sentence (detectors/glosses_signature.py)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import apply_edits
from mtaudit.detectors import glosses_signature
from mtaudit.text.document import Document


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return audit(Document(text), ctx, detectors=(glosses_signature.DETECTOR,)).findings


def test_a_signature_closing_a_sentence_or_a_paragraph_is_found_with_its_space():
    text = "Ferries will run twice a day from June, the port said — Interfax. Tickets cost 300 roubles."
    (f,) = _find(text)
    assert f.code == "MT324" and f.text == " — Interfax" and f.correction == ""
    (f,) = _find("Ferries will run twice a day from June - the newspaper Severny Rabochy\n\nTickets cost 300 roubles.")
    assert f.text == " - the newspaper Severny Rabochy"
    assert [f.text for f in _find("The ice will hold until March, the rescuers warned – vesti-yamal.ru.")] == [" – vesti-yamal.ru"]


def test_the_deletion_leaves_the_sentence_whole():
    text = "The ice will hold until March, the rescuers warned — TASS. Fishing is banned."
    findings = _find(text)
    assert apply_edits(text, [e for f in findings for e in f.fix.edits]) == "The ice will hold until March, the rescuers warned. Fishing is banned."


def test_datelines_credits_appositives_and_subjects_stay_quiet():
    assert _find("OMSK, 3 May — TASS. The ice will hold until March.") == []
    assert _find("MOSCOW, June 9, 2025 - RIA Novosti. The ice will hold.") == []
    assert _find("The ice held until March. — The Associated Press") == []
    assert _find("The story was first carried by the state news agency — TASS.") == []
    assert _find("The ice held — TASS reported, citing the ministry.") == []
    assert _find("One agency — Interfax — said the ice held.") == []


def test_an_outlet_no_list_knows_signs_by_its_shape():
    for name in ("Onega-Inform", "Vologodskiye Vesti", "RIA Pomorye"):
        found = _find(f"The ice crossing to the island closed on Monday — {name}. Cars wait on the bank.")
        assert [f.text for f in found] == [f" — {name}"]
    assert _find("The blog moved to a new platform last year — WordPress.") == []
