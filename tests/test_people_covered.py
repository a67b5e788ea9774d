"""`_people._Covered` answers exactly what the scan it replaced answered (issue 18: the scan
of every mention per glossary span was quadratic on a long range)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtaudit.detectors._people import PersonMention, _Covered


@st.composite
def _case(draw):
    cuts = sorted(draw(st.lists(st.integers(0, 200), max_size=20, unique=True)))
    found = [PersonMention(a, b, "", "") for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    spans = draw(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=30))
    return found, [(s, s + n) for s, n in spans]


@settings(max_examples=400, deadline=None)
@given(_case())
def test_covered_is_the_scan(case):
    found, spans = case
    naive, covered = list(found), _Covered(found)
    for s, e in spans:
        expected = any(p.start <= s < p.end for p in naive)
        assert covered.holds(s) == expected
        if not expected:
            naive.append(PersonMention(s, e, "", ""))
            covered.add(s, e)
