"""The detectors that work without a glossary (glosses, pronouns, casing, untranslated) on the
seeds and fixtures."""

from __future__ import annotations

import json

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import DETECTORS, casing, glosses, pronouns, untranslated
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.metrics.gold import spans_match

from conftest import FIXTURES, GOLD

OURS = (glosses.DETECTOR, pronouns.DETECTOR, casing.DETECTOR, untranslated.DETECTOR)
OUR_CATEGORIES = {"editorial-gloss", "pronoun", "institution-casing", "name-casing", "untranslated"}
# Gold items of seed 000 these detectors are expected to find on their own.
OUR_GOLD = {(497, 504), (504, 562), (1014, 1030), (102, 126)}


def _ours(doc, ctx=None):
    """Findings of these detectors alone, without the glossary (their fallback knowledge)."""
    return audit(doc, ctx or AuditContext(AuditSpec(bundled_glossary=False)), detectors=OURS).findings


def _load(name: str) -> Document:
    path = FIXTURES / f"{name}.txt"
    return Document(path.read_bytes().decode("utf-8"), doc_id=name, path=str(path))


def test_our_detectors_are_registered():
    assert all(d in DETECTORS for d in OURS)


def test_seed_000_gold_items_found_with_the_gold_correction(seed_mt):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    wanted = [g for g in gold if (g["start"], g["end"]) in OUR_GOLD]
    assert len(wanted) == 4
    findings = _ours(seed_mt)
    for g in wanted:
        hits = [f for f in findings if spans_match((f.start, f.end), (g["start"], g["end"]))]
        assert hits, f"missed {g['text']!r}"
        assert any(f.category == g["category"] for f in hits)
        assert any(_same_correction(seed_mt.text, g, f) for f in hits), [f.correction for f in hits]


def _same_correction(text: str, gold: dict, finding) -> bool:
    """The finding's fix, applied, writes what the gold correction writes over the window the two
    spans cover (as the scorer checks a fix): a finding may span the pronoun alone ("its" -> "his")
    where the gold spans the possession ("its Twitter page" -> "his Twitter page")."""
    lo, hi = min(gold["start"], finding.start), max(gold["end"], finding.end)
    by_gold = text[lo:gold["start"]] + gold["correction"] + text[gold["end"]:hi]
    edits = sorted((e.start, e.end, e.replacement) for e in (finding.fix.edits if finding.fix else ()))
    out, pos = [], lo
    for start, end, replacement in edits:
        if start < pos or end > hi:
            return False
        out += [text[pos:start], replacement]
        pos = end
    return "".join(out) + text[pos:hi] == by_gold


def test_seed_000_items_found_by_the_whole_tool_with_the_glossary(seed_mt):
    """With the bundled glossary, MT1xx may own a span; the item must still be found once."""
    findings = audit(seed_mt, AuditContext()).findings
    for span in OUR_GOLD:
        assert any(spans_match((f.start, f.end), span) for f in findings), span


def test_no_casing_finding_duplicates_a_glossary_finding(seed_mt):
    findings = audit(seed_mt, AuditContext()).findings
    glossary = [f for f in findings if f.code.startswith("MT1")]
    casing_findings = [f for f in findings if f.code.startswith("MT4")]
    for f in casing_findings:
        assert not any(g.start < f.end and f.start < g.end for g in glossary), f.text


@pytest.mark.parametrize("ctx", [AuditContext(AuditSpec(bundled_glossary=False)), AuditContext()],
                         ids=["no-glossary", "glossary"])
def test_human_seed_004_stays_under_the_false_alarm_bar(seed_human, ctx):
    assert len(_ours(seed_human, ctx)) <= 1


@pytest.mark.parametrize("ctx", [AuditContext(AuditSpec(bundled_glossary=False)), AuditContext()],
                         ids=["no-glossary", "glossary"])
def test_human_english_fixture_has_no_findings(ctx):
    assert [f.text for f in _ours(_load("human_en_kremlin_wire"), ctx)] == []


@pytest.mark.parametrize("name", ["mt_politics_wire", "mt_economy_wire"])
def test_fixture_findings_are_exactly_the_expected_ones(name):
    expected_path = FIXTURES / f"{name}.expected.jsonl"
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    doc = _load(name)
    found = [f for f in _ours(doc) if f.category in OUR_CATEGORIES]
    got = {(f.code, f.start, f.end, f.correction) for f in found}
    want = {(e["code"], e["start"], e["end"], e["correction"]) for e in expected}
    assert got == want
    for e in expected:
        assert doc.text[e["start"]:e["end"]] == e["text"]


def test_fixture_edits_leave_clean_text():
    """Applying every fix of the politics fixture leaves no double spaces or empty brackets."""
    doc = _load("mt_politics_wire")
    edits = sorted((e for f in _ours(doc) if f.fix for e in f.fix.edits), reverse=True)
    text = doc.text
    for e in edits:
        text = text[:e.start] + e.replacement + text[e.end:]
    assert "  " not in text and "()" not in text and "[]" not in text
    assert "[the safety of the Zaporizhzhia nuclear power plant] in detail" in text
