"""The held-out evaluation corpus (eval/): MT articles with gold, human-written negatives.

Guards the detectors against regressions on text they were not written from: false alarms
on the human documents, precision and recall on the MT ones (bars = figures reached minus a
small margin; eval/README.md has the history). No references, so it stays fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mtaudit.commands.evaluate import load_gold
from mtaudit.audit.engine import audit
from mtaudit.metrics.gold import Pred, score
from mtaudit.text.document import read_document

EVAL = Path(__file__).resolve().parent.parent / "eval"
DOCS = sorted((EVAL / "docs").glob("*.txt"))
GOLD = EVAL / "gold.jsonl"

MAX_FALSE_ALARMS_PER_KWORD = 1.0
MIN_PRECISION = 0.95   # reached 1.00 (142/142)
MIN_RECALL = 0.85      # reached 0.90 (142/158)


@pytest.fixture(scope="module")
def corpus():
    docs = [read_document(p) for p in DOCS]
    gold = load_gold(str(GOLD))
    preds = [Pred(f.doc, f.start, f.end, f.category, f.correction)
             for d in docs for f in audit(d).findings]
    s = score(gold, preds, {d.doc_id: d.text for d in docs}, {d.doc_id: d.word_count for d in docs})
    return docs, gold, preds, s


def test_corpus_shape():
    mt = [p for p in DOCS if p.name.startswith("mt_")]
    human = [p for p in DOCS if p.name.startswith("human_")]
    assert len(mt) >= 8 and len(human) >= 6


def test_gold_text_is_the_slice(corpus):
    docs, gold, _, _ = corpus
    texts = {d.doc_id: d.text for d in docs}
    assert gold
    for g in gold:
        assert g.doc.startswith("mt_"), f"gold on a negative document: {g.doc}"
        assert texts[g.doc][g.start:g.end] == g.text, f"{g.doc}:{g.start}-{g.end}"


def test_human_documents_stay_quiet(corpus):
    docs, _, preds, s = corpus
    alarms = [p for p in preds if p.doc.startswith("human_")]
    words = sum(d.word_count for d in docs if d.doc_id.startswith("human_"))
    rate = 1000 * len(alarms) / words
    print(f"\nhuman documents: {words} words, {len(alarms)} findings = {rate:.2f} per 1,000 words")
    assert rate <= MAX_FALSE_ALARMS_PER_KWORD, alarms
    assert s.false_alarms == len(alarms)


def test_precision_and_recall_on_mt_documents(corpus):
    _, _, _, s = corpus
    print(f"\nprecision {s.precision:.3f} ({s.correct}/{s.findings})  "
          f"recall {s.recall:.3f} ({s.found}/{s.artifacts})  F1 {s.f1:.3f}")
    print(f"{'category':24} {'artifacts':>9} {'found':>6} {'recall':>7} {'findings':>9} {'precision':>9}")
    for name, c in sorted(s.per_category.items()):
        recall = "-" if c.get("recall") is None else f"{c['recall']:.2f}"
        precision = "-" if c.get("precision") is None else f"{c['precision']:.2f}"
        print(f"{name:24} {c.get('artifacts', 0):>9} {c.get('found', 0):>6} {recall:>7} "
              f"{c.get('findings', 0):>9} {precision:>9}")
    assert s.precision >= MIN_PRECISION
    assert s.recall >= MIN_RECALL
