"""Calques (MT2xx, rules as data in mtaudit/rules/calques.yaml): recall on seed 000's calque
gold with general patterns, silence on human English, and the English inversions they spare."""

from __future__ import annotations

import json

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.detectors.patterns import DETECTOR
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.metrics.gold import spans_match
from mtaudit.audit.fixes import FixPolicy, fix_document
from mtaudit.rules.model import Selection

from conftest import FIXTURES, GOLD


def _calques(doc: Document):
    return audit(doc, AuditContext(), Selection(select=("MT2",)), detectors=(DETECTOR,)).findings


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in _calques(Document(text, doc_id="t"))]


def test_at_least_forty_calque_rules_each_with_examples():
    calques = [r for r in DETECTOR.rules if r.code.startswith("MT2")]
    assert len(calques) >= 40
    assert all(r.category == "calque" and r.bad and r.good for r in calques)


def test_every_calque_of_seed_000_gold_is_found(seed_mt):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    calque_gold = [g for g in gold if g["category"] == "calque"]
    findings = _calques(seed_mt)
    missed = [g["text"] for g in calque_gold
              if not any(spans_match((f.start, f.end), (g["start"], g["end"])) for f in findings)]
    assert len(calque_gold) == 9 and missed == []


def test_no_calque_finding_on_seed_000_is_outside_the_gold(seed_mt):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    stray = [f.text for f in _calques(seed_mt)
             if not any(spans_match((f.start, f.end), (g["start"], g["end"])) for g in gold)]
    assert stray == []


def test_seed_004_human_english_gets_at_most_one_finding(seed_human):
    assert len(audit(seed_human, AuditContext(), detectors=(DETECTOR,)).findings) <= 1


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("human_en_*.txt")), ids=lambda p: p.name)
def test_human_news_fixtures_get_no_findings(path):
    doc = Document(path.read_bytes().decode("utf-8"), doc_id=path.stem)
    assert [(f.code, f.text) for f in audit(doc, AuditContext(), detectors=(DETECTOR,)).findings] == []


@pytest.mark.parametrize("text", [
    "“I’m not a politician,” said Rogers, responding to a question.",
    "“We are open to contacts,” says the agency.",
    "Prices will rise, said John Reed, an analyst.",
    "According to him, the talks stalled.",
    "The head of state will attend the summit.",
    "The news agency notes that a similar plan stalled.",
    "Rogers told RIA Novosti that the group is a bad idea.",
    "The day before, the minister met his counterpart.",
])
def test_good_english_attribution_stays_quiet(text):
    assert _flags(text) == []


def test_outlet_inversion_after_a_plain_clause_is_flagged():
    assert _flags("The talks will resume in May, writes Reuters.") == [("MT2005", "writes Reuters")]
    assert _flags("The talks will resume in May, reports Interfax.") == [("MT2001", "reports Interfax")]
    assert _flags("The airport is closed, informs the press service.") == [
        ("MT2001", "informs the press service")]


def test_inversion_fixes_put_the_source_first(seed_mt):
    fixes = {f.text: f.correction for f in _calques(seed_mt)}
    assert fixes["writes Reuters"] == "Reuters reports"
    assert fixes["it clarifies the Agency"] == "the Agency clarifies"
    assert fixes["as said Rogers"] == "as Rogers said"
    assert fixes["We Putin discussed"] == "Putin and I discussed"


def test_substitution_keeps_a_sentence_initial_capital():
    [finding] = _calques(Document("At the legislative level, nothing changed.", doc_id="t"))
    assert finding.correction == "By law"


def test_comitative_we_spares_plural_groups():
    assert _flags("We Russians discussed it.") == []
    assert _flags("We Putin discussed it.") == [("MT2505", "We Putin discussed")]


FIXABLE = [r for r in DETECTOR.rules if r.applicability is not None]


@pytest.mark.parametrize("rule", FIXABLE, ids=lambda r: r.code)
def test_applying_a_rules_fix_silences_it(rule):
    """A fix that leaves its own artifact behind would loop; each fixed bad example is clean."""
    selection = Selection(select=(rule.code,))
    for example in rule.bad:
        result = fix_document(Document(example.text, doc_id="t"), AuditContext(), selection,
                              FixPolicy(unsafe=True), detectors=(DETECTOR,))
        assert result.changed, f"{rule.code} changed nothing in {example.text!r}"
        again = audit(Document(result.text, doc_id="t"), AuditContext(), selection, detectors=(DETECTOR,))
        assert again.findings == [], f"{rule.code} still fires on {result.text!r}"
