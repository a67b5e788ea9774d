"""Orders for building regular expressions, the same in every process."""

from __future__ import annotations

from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> list[str]:
    """Longest first (an alternation tries its branches in order, so a word wins over its
    prefix), ties in text order. Sorting by length alone kept a set's iteration order among
    words of one length, which changes with each process's hash seed: the pattern text changed
    from run to run, and with it the digest under which detectors/pattern_table.py caches a
    table's literals, so every run analysed the tables again (seconds) and cached them anew."""
    return sorted(words, key=lambda word: (-len(word), word))
