"""Per-document and corpus summaries shared by the JSON, text, XLIFF and batch outputs."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping

from mtaudit.report.quality import DEFAULT_WEIGHTS, mqm_score


def document_summary(result, weights: Mapping[str, float] = DEFAULT_WEIGHTS,
                     confirmed: set[str] | None = None) -> dict:
    """Counts, the MQM score over all issues and, with reviewer decisions, over confirmed errors."""
    findings = result.findings
    summary = {
        "doc": result.doc.doc_id,
        "path": result.doc.path,
        "words": result.doc.word_count,
        "findings": len(findings),
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
        "by_confidence": dict(sorted(Counter(f.confidence.value for f in findings).items())),
        "quality": mqm_score(findings, result.doc.word_count, weights),
        "skipped": [{"detector": d, "reason": r} for d, r in result.skipped],
    }
    if confirmed is not None:
        summary["quality_confirmed"] = mqm_score(
            [f for f in findings if f.fingerprint in confirmed], result.doc.word_count, weights)
    return summary


def corpus_quality(results: Iterable, weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> dict:
    """The corpus score: all findings over all words (not a mean of document scores)."""
    results = list(results)
    return mqm_score([f for r in results for f in r.findings], sum(r.doc.word_count for r in results), weights)
