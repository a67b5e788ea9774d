"""JSONL: one finding a line, the gold format's keys first (doc, start, end, text, category, ...)."""

from __future__ import annotations

import io
import json

import jsonlines

from mtaudit.core.types import Finding


def render(results) -> str:
    buf = io.StringIO()
    with jsonlines.Writer(buf, compact=True, dumps=lambda o: json.dumps(o, ensure_ascii=False)) as w:
        for result in results:
            w.write_all(f.to_dict() for f in result.findings)
    return buf.getvalue()


def read_findings(path: str) -> list[Finding]:
    """Load findings from a JSONL file written by `render` (or any tool using the gold keys)."""
    with jsonlines.open(path) as reader:
        return [Finding.from_dict(obj) for obj in reader]
