"""JSON: one report object per run with findings, per-document summaries and the signature."""

from __future__ import annotations

import json

from mtaudit.report.quality import DEFAULT_WEIGHTS
from mtaudit.audit.signature import signature_line
from mtaudit.report.summary import corpus_quality, document_summary


def build(results, sig: dict, errors: list[str], warnings: list[str],
          weights=DEFAULT_WEIGHTS, confirmed: set[str] | None = None) -> dict:
    return {
        "signature": sig,
        "signature_line": signature_line(sig),
        "quality": corpus_quality(results, weights),
        "documents": [document_summary(r, weights, confirmed) for r in results],
        "findings": [f.to_dict() for r in results for f in r.findings],
        "errors": errors,
        "warnings": warnings,
    }


def render(results, sig: dict, errors: list[str], warnings: list[str],
           weights=DEFAULT_WEIGHTS, confirmed: set[str] | None = None) -> str:
    report = build(results, sig, errors, warnings, weights, confirmed)
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
