"""What a line with no sentence ending means, in one place: the three questions news text asks.

A Russian news page carries titles, datelines and bylines as lines of their own; an MT rendering
keeps them. Each question has its own punctuation test, because each asks something else:

- `ends_open(line)`: does a line break after this line end a sentence? Yes when the line does
  not close with punctuation (Document.sentences splits there: a title, a dateline, a byline).
- `is_title(paragraph)`: is this one-line paragraph a title? At most TITLE_MAX_WORDS words and
  no closing punctuation: what a rule's `scope: headline` means (Document.headlines).
- `is_headline_case(line)`: do the capitals of this line say nothing about names? No closing
  punctuation, or most words capitalised (title case): casing rules skip such lines.
"""

from __future__ import annotations

import re

TITLE_MAX_WORDS = 20

_CLOSES_SENTENCE = frozenset(".,;:!?…\"”»'’)-–—")   # after these a line break continues the sentence
_CLOSES_TITLE = frozenset(".!?:;,\"”»'’…")           # a paragraph ending so is prose, not a title
_CLOSES_PROSE = frozenset(".!?…\"”»')")               # a line ending so is prose unless in title case
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def ends_open(line: str) -> bool:
    """A non-empty line (right-stripped) without closing punctuation: its line break ends a sentence."""
    return bool(line) and line[-1] not in _CLOSES_SENTENCE


def is_title(paragraph: str) -> bool:
    """A single-line paragraph without final punctuation and of at most TITLE_MAX_WORDS words."""
    if not paragraph or "\n" in paragraph or "\r" in paragraph or paragraph[-1] in _CLOSES_TITLE:
        return False
    return len(paragraph.split()) <= TITLE_MAX_WORDS


def is_headline_case(line: str) -> bool:
    """A stripped line whose capitals are layout, not names: no closing punctuation, or title case."""
    if not line or line[-1] not in _CLOSES_PROSE:
        return True
    words = _WORD.findall(line)
    return len(words) > 0 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def in_headline_lines(text: str, span, seen: dict[tuple[int, int], bool]) -> bool:
    """Whether the lines holding `span` (from its first line to its last) are headline case;
    `seen` caches the answer per block of lines for one text."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    key = (line_start, line_end)
    if key not in seen:
        seen[key] = is_headline_case(text[line_start:len(text) if line_end < 0 else line_end].strip())
    return seen[key]
