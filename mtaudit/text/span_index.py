"""Overlap queries against many (start, end) spans in O(log n) instead of a scan.

Detectors ask "does this word overlap any glossary match?" once per word; a linear
scan over all matches makes a document's audit quadratic in its length. Sorting the
spans by start and keeping the running maximum of their ends answers the same
question with one bisect: the spans starting before `end` are a prefix, and one of
them reaches past `start` exactly when the furthest-reaching one does.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
from typing import Iterable


class SpanIndex:
    """A fixed set of half-open spans; `overlaps` is `any(s < end and start < e ...)`."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted((s, e) for s, e in spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start

    def contains(self, start: int, end: int) -> bool:
        """`any(s <= start and end <= e ...)`: some span holds all of [start, end)."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


class GrowingSpans:
    """Spans added one by one that never overlap each other (each is checked before it is
    added), so sorted starts also sort the ends and the last span before `end` decides."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
