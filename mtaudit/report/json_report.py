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
    return "".join(parts(results, sig, errors, warnings, weights, confirmed))


_HOLE = "\x00findings\x00"


def parts(results, sig: dict, errors: list[str], warnings: list[str],
          weights=DEFAULT_WEIGHTS, confirmed: set[str] | None = None, batch: int = 256):
    """The text `json.dumps(build(...), indent=2)` gives, with the findings streamed a few
    hundred at a time instead of all held as dicts and then as one string: each finding is
    dumped alone and indented to its place in the list (JSON strings hold no raw newline, so
    indenting line by line is exact)."""
    report = {
        "signature": sig,
        "signature_line": signature_line(sig),
        "quality": corpus_quality(results, weights),
        "documents": [document_summary(r, weights, confirmed) for r in results],
        "findings": _HOLE,
        "errors": errors,
        "warnings": warnings,
    }
    head, _, tail = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").partition(json.dumps(_HOLE))
    if not any(r.findings for r in results):
        yield head + "[]" + tail
        return
    yield head + "["
    chunk, first = [], True
    for r in results:
        for f in r.findings:
            body = json.dumps(f.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n    ")
            chunk.append(("\n    " if first else ",\n    ") + body)
            first = False
            if len(chunk) >= batch:
                yield "".join(chunk)
                chunk.clear()
    chunk.append("\n  ]")
    yield "".join(chunk)
    yield tail
