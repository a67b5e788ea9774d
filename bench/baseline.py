"""The naive baseline: one regular-expression alternation over every glossary form.

What a first attempt at glossary matching looks like; the benchmark runs it over
the same text as mtaudit's Aho-Corasick index and reports the time ratio.
"""

from __future__ import annotations

import re


def compile_alternation(forms: list[str]) -> re.Pattern:
    """Longest forms first, whole words only, case-insensitive."""
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def find_all(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]
