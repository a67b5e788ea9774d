"""Quote extraction over the exact text: curly, straight, guillemet and nested quotes.

Returns spans of the quoted content (without the marks). Unbalanced quotes are
tolerated: an opener never closed ends at its paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Span

_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)")


@dataclass(frozen=True)
class Quote:
    """A quoted passage: `outer` includes the marks, `inner` is the content."""

    outer: Span
    inner: Span
    depth: int  # 0 for a top-level quote, 1 for a quote inside a quote

    def text(self, doc_text: str) -> str:
        return doc_text[self.inner.start:self.inner.end]


def extract_quotes(text: str) -> list[Quote]:
    """All quotes in `text`, sorted by start, nested ones included."""
    quotes: list[Quote] = []
    cursor = 0
    for brk in list(_PARAGRAPH_BREAK.finditer(text)) + [None]:
        end = brk.start() if brk else len(text)
        quotes.extend(_quotes_in(text, cursor, end))
        cursor = brk.end() if brk else len(text)
    return sorted(quotes, key=lambda q: (q.outer.start, -q.outer.end))


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (don't, Russia's) or after s (leaders') is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or before in "sS")


def _quotes_in(text: str, start: int, end: int) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (expected closer, position of opener)
    for i in range(start, end):
        ch = text[i]
        if ch in "'’‘" and _is_apostrophe(text, i):
            continue
        if stack and ch == stack[-1][0] and not (ch == "“" and _opens_here(text, i)):
            _, pos = stack.pop()
            found.append(Quote(Span(pos, i + 1), Span(pos + 1, i), len(stack)))
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                _, pos = stack.pop()
                found.append(Quote(Span(pos, i + 1), Span(pos + 1, i), len(stack)))
            else:
                stack.append(('"', i))
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif ch in "”»’" and not stack:
            continue  # a stray closer: ignore it
    while stack:  # unbalanced: close at the end of the paragraph
        _, pos = stack.pop()
        found.append(Quote(Span(pos, end), Span(pos + 1, end), len(stack)))
    return found


def _opens_here(text: str, i: int) -> bool:
    """A “ that follows whitespace is an opener even when „ is waiting for it."""
    return i == 0 or text[i - 1].isspace()
