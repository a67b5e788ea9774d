"""JSONL: one finding a line, the gold format's keys first (doc, start, end, text, category, ...)."""

from __future__ import annotations

import json

from mtaudit.core.types import Finding


def render(results) -> str:
    return "".join(parts(results))


def parts(results, batch: int = 512):
    """The same text as `render`, a few hundred findings at a time: an output of 100,000s of
    findings is streamed to its file (write_atomic takes an iterable), never built whole."""
    lines: list[str] = []
    for result in results:
        for f in result.findings:
            lines.append(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
            if len(lines) >= batch:
                yield "".join(lines)
                lines.clear()
    if lines:
        yield "".join(lines)


def read_findings(path: str) -> list[Finding]:
    """Load findings from a JSONL file written by `render` (or any tool using the gold keys)."""
    import jsonlines

    with jsonlines.open(path) as reader:
        return [Finding.from_dict(obj) for obj in reader]
