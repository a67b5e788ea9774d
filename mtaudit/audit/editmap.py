"""Mapping offsets through one `fix` pass's edits (original <-> fixed text), a bisect a lookup."""

from __future__ import annotations

import bisect

from mtaudit.core.types import Edit, Span



class EditMap:
    """One pass's edits, indexed once so that mapping an offset costs a bisect, not a scan
    of every edit (mapping each change through every pass was quadratic in the fixes)."""

    def __init__(self, edits: list[Edit]) -> None:
        self.edits = sorted(edits)
        self.ends = [e.end for e in self.edits]       # non-decreasing: the edits do not overlap
        self.shift_before: list[int] = []             # total length change of the edits before i
        self.new_starts: list[int] = []               # where each replacement sits after the pass
        self.new_ends: list[int] = []
        shift = 0
        for e in self.edits:
            self.shift_before.append(shift)
            self.new_starts.append(e.start + shift)
            self.new_ends.append(e.start + shift + len(e.replacement))
            shift += len(e.replacement) - (e.end - e.start)
        self.total = shift

    def forward(self, p: int, is_start: bool) -> int:
        i = bisect.bisect_left(self.ends, p)  # every edit before i ends before p: shifts it
        shift = self.shift_before[i] if i < len(self.edits) else self.total
        for e in self.edits[i:]:
            if e.start < p < e.end:
                return e.start + shift + (0 if is_start else len(e.replacement))
            if e.end < p or (e.end == p and (not is_start or e.start < e.end)):
                shift += len(e.replacement) - (e.end - e.start)
            else:
                break
        return p + shift

    def back(self, p: int, is_start: bool) -> int:
        i = bisect.bisect_left(self.new_ends, p)  # replacements ending before p: shift p back
        for k in range(i, len(self.edits)):
            e, ns, ne = self.edits[k], self.new_starts[k], self.new_ends[k]
            if p < ns or (p == ns and not (is_start and ns == ne)):
                return p - self.shift_before[k]
            if p < ne:
                return e.start if is_start else e.end
            if p == ne:
                return e.end
        return p - self.total

    def touches(self, span: Span) -> bool:
        """Does `span` (in the text after the pass) overlap a replacement, or hold an insertion?"""
        for k in range(bisect.bisect_right(self.new_ends, span.start), len(self.edits)):
            ns, ne = self.new_starts[k], self.new_ends[k]
            if ns >= span.end:
                return False
            if (ns < ne and span.start < ne and ns < span.end) or (ns == ne and span.start < ns < span.end):
                return True
        return False


def _as_map(edits) -> EditMap:
    return edits if isinstance(edits, EditMap) else EditMap(list(edits))


def map_back(span: Span, edits) -> tuple[Span, bool]:
    """Map a span of the text after `edits` to the text before them; True when it touched one."""
    m = _as_map(edits)
    start, end = m.back(span.start, True), m.back(span.end, False)
    return Span(start, max(start, end)), m.touches(span)


def map_forward(span: Span, edits) -> Span:
    """Map a span of the text before `edits` to the text after them, widened over edits it touches
    (an insertion at either end counts as inside)."""
    m = _as_map(edits)
    start, end = m.forward(span.start, True), m.forward(span.end, False)
    return Span(start, max(start, end))
