"""An alternation of many words, tried only where one of its first words stands.

Python's `re` tries a 300-word alternation at every position of a text; most positions start no
word of it. `WordLed.finditer` scans the words of the text (one cheap pattern), looks each up in
the set of words an alternative can open with, and tries the pattern only there: the same matches
as `pattern.finditer`, for patterns that open with `(?<![\\w-])` and an alternative of words.
"""

from __future__ import annotations

import re

_WORD_START = re.compile(r"(?<![\w-])[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+")


class WordLed:
    """`pattern` must begin every match at a word that opens one of `alternatives` (compared in
    lower case, as the IGNORECASE patterns that use it do)."""

    def __init__(self, pattern: re.Pattern, alternatives) -> None:
        firsts = [_LETTERS.match(a) for a in alternatives]
        if any(f is None for f in firsts):
            raise ValueError("every alternative must open with a letter")
        self.pattern = pattern
        self.first_words = frozenset(f.group().lower() for f in firsts)

    def finditer(self, text: str):
        resume = 0
        for w in _WORD_START.finditer(text):
            if w.start() < resume or w.group().lower() not in self.first_words:
                continue
            m = self.pattern.match(text, w.start())
            if m is not None:
                resume = m.end()
                yield m
