"""JSON: one report object per run with findings, per-document summaries and the signature."""

from __future__ import annotations

import json

from ..signature import signature_line
from .summary import document_summary


def build(results, sig: dict, errors: list[str], warnings: list[str]) -> dict:
    return {
        "signature": sig,
        "signature_line": signature_line(sig),
        "documents": [document_summary(r) for r in results],
        "findings": [f.to_dict() for r in results for f in r.findings],
        "errors": errors,
        "warnings": warnings,
    }


def render(results, sig: dict, errors: list[str], warnings: list[str]) -> str:
    return json.dumps(build(results, sig, errors, warnings), ensure_ascii=False, indent=2) + "\n"
