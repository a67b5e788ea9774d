"""Russian typography (MT5xx, rules as data in mtaudit/rules/typography.yaml): direct-speech
dashes, guillemets, decimal commas, numero signs; safe fixes only where purely typographic."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.detectors.patterns import DETECTOR
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import fix_document
from mtaudit.rules.model import Selection
from mtaudit.core.types import Applicability

TYPO = Selection(select=("MT5",))


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext(), TYPO,
                                            detectors=(DETECTOR,)).findings]


def _fixed(text: str) -> str:
    return fix_document(Document(text, doc_id="t"), AuditContext(), TYPO, detectors=(DETECTOR,)).text


def test_seed_000_direct_speech_dash_matches_the_gold(seed_mt):
    findings = audit(seed_mt, AuditContext(), TYPO, detectors=(DETECTOR,)).findings
    assert [(f.start, f.end, f.text, f.correction) for f in findings] == [(602, 606, "”, —", ",”")]
    assert findings[0].applicability is Applicability.SAFE


@pytest.mark.parametrize("text, fixed", [
    ("“Now is not the time”, — concluded the head of the NSA.",
     "“Now is not the time,” concluded the head of the NSA."),
    ("“We will not retreat” – he said.", "“We will not retreat,” he said."),
    ("“Never!” — he said.", "“Never!” he said."),
    ("We are ready, — he said.", "We are ready, he said."),
    ("He called it «absurd», — she said.", "He called it “absurd,” she said."),
    ("Growth slowed to 2,7% and exports to 1,5 million tonnes.",
     "Growth slowed to 2.7% and exports to 1.5 million tonnes."),
    ("Decree № 245 and hospital №5.", "Decree No. 245 and hospital No. 5."),
    ("In the 90-ies and the 1970-s.", "In the 90s and the 1970s."),
])
def test_safe_fixes_rewrite_russian_typography(text, fixed):
    assert _fixed(text) == fixed


@pytest.mark.parametrize("text", [
    "The deal is worth 1,500 dollars, or 2,000,000 rubles in all.",
    "The vote — held in secret — was close.",
    "Prices rose 5% – the highest in a decade – in May.",
    "The score was 3-1 at half-time, she said.",
    "“It can't happen,” he wrote. “It can't.”",
    "They chanted “Make America Great Again” — a slogan that stuck.",
    "Key points:\n– Prices rose 5% – the highest in a decade.",
])
def test_normal_english_typography_stays_quiet(text):
    assert _flags(text) == []


def test_ordinal_fix_is_unsafe_and_not_applied_by_default():
    text = "He celebrated his 70-th birthday."
    assert _flags(text) == [("MT510", "70-th")]
    assert _fixed(text) == text


def test_dialogue_dash_is_flagged_without_a_fix():
    findings = audit(Document("— We are ready, — he said.", doc_id="t"), AuditContext(), TYPO,
                     detectors=(DETECTOR,)).findings
    by_code = {f.code: f for f in findings}
    assert by_code["MT507"].text == "—" and by_code["MT507"].fix is None
    assert by_code["MT504"].correction == ","


def test_seed_004_has_no_typography_findings(seed_human):
    assert audit(seed_human, AuditContext(), TYPO, detectors=(DETECTOR,)).findings == []
