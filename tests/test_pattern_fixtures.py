"""Fixture documents in MT style (tests/fixtures/mt_*.txt written for the rule files) and their
expected findings (`.expected.jsonl`: gold format + code) from the pattern detector."""

from __future__ import annotations

import json

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.detectors.patterns import DETECTOR
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit

from conftest import FIXTURES

# the documents written for the calque and typography rule files (other mt_* fixtures belong
# to other detectors and list only their codes)
CASES = [FIXTURES / f"{name}.expected.jsonl" for name in ("mt_kremlin_talks", "mt_speech_typography")]
OWN = ("MT2", "MT5")  # the codes this detector's bundled rule files define


def _expected(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_fixture_documents():
    assert len(CASES) >= 2


@pytest.mark.parametrize("expected_path", CASES, ids=lambda p: p.name.split(".")[0])
def test_fixture_findings_match_expected(expected_path):
    doc_id = expected_path.name.split(".")[0]
    text = (FIXTURES / f"{doc_id}.txt").read_bytes().decode("utf-8")
    found = audit(Document(text, doc_id=doc_id), AuditContext(), detectors=(DETECTOR,)).findings
    got = [(f.start, f.end, f.code, f.text, f.correction, f.confidence.value) for f in found
           if f.code.startswith(OWN)]
    want = [(e["start"], e["end"], e["code"], e["text"], e["correction"], e["confidence"])
            for e in _expected(expected_path) if e["code"].startswith(OWN)]
    assert got == want


@pytest.mark.parametrize("expected_path", CASES, ids=lambda p: p.name.split(".")[0])
def test_expected_files_are_exact_slices(expected_path):
    doc_id = expected_path.name.split(".")[0]
    text = (FIXTURES / f"{doc_id}.txt").read_bytes().decode("utf-8")
    for e in _expected(expected_path):
        assert text[e["start"]:e["end"]] == e["text"]
