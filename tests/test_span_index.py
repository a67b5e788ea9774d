"""SpanIndex and GrowingSpans answer exactly what a scan over all spans answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mtaudit.text.span_index import GrowingSpans, SpanIndex

_span = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


def _scan(spans, start, end):
    return any(s < end and start < e for s, e in spans)


@given(st.lists(_span, max_size=30), st.lists(_span, min_size=1, max_size=30))
def test_span_index_matches_a_scan(spans, queries):
    index = SpanIndex(spans)
    assert [index.overlaps(s, e) for s, e in queries] == [_scan(spans, s, e) for s, e in queries]


@given(st.lists(_span, max_size=30), st.lists(_span, min_size=1, max_size=30))
def test_containment_matches_a_scan(spans, queries):
    index = SpanIndex(spans)
    assert [index.contains(s, e) for s, e in queries] == \
        [any(a <= s and e <= b for a, b in spans) for s, e in queries]


@given(st.lists(_span, max_size=40))
def test_growing_spans_match_a_scan_when_only_non_overlapping_spans_are_added(candidates):
    grown, kept = GrowingSpans(), []
    for s, e in candidates:
        assert grown.overlaps(s, e) == _scan(kept, s, e)
        if not grown.overlaps(s, e) and s < e:
            grown.add(s, e)
            kept.append((s, e))


def test_a_long_span_before_short_ones_still_counts():
    index = SpanIndex([(0, 100), (10, 12), (20, 22)])
    assert index.overlaps(50, 51) and not index.overlaps(100, 120) and not SpanIndex().overlaps(0, 5)
