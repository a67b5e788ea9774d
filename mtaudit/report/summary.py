"""Per-document summaries shared by the JSON, text and batch outputs."""

from __future__ import annotations

from collections import Counter


def document_summary(result) -> dict:
    findings = result.findings
    return {
        "doc": result.doc.doc_id,
        "path": result.doc.path,
        "words": result.doc.word_count,
        "findings": len(findings),
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
        "by_confidence": dict(sorted(Counter(f.confidence.value for f in findings).items())),
        "skipped": [{"detector": d, "reason": r} for d, r in result.skipped],
    }
