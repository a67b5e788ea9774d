"""The engine keeps one calque finding per construction: a calque finding inside another is
dropped, unless it is surer or carries a fix its container lacks (audit/engine.py)."""

from __future__ import annotations

from mtaudit.audit.engine import _deduplicated
from mtaudit.core.types import Confidence, Finding, Fix, Applicability, Severity


def _f(code, start, end, category="calque", confidence=Confidence.LIKELY, fix=False):
    return Finding(doc="d", code=code, name=code.lower(), category=category, start=start, end=end,
                   text="x" * (end - start), message="m", confidence=confidence, severity=Severity.MINOR,
                   fix=Fix.replace(start, end, "y", Applicability.UNSAFE, "y") if fix else None)


def _kept(findings):
    return [(f.code, f.start, f.end) for f in _deduplicated(findings)]


def test_inner_calque_dropped():
    assert _kept([_f("MT2021", 0, 40), _f("MT2208", 10, 30)]) == [("MT2021", 0, 40)]


def test_short_inner_calque_stays():
    assert len(_kept([_f("MT2021", 0, 40), _f("MT2208", 10, 20)])) == 2


def test_same_span_keeps_one_by_confidence_then_code():
    assert _kept([_f("MT2021", 5, 30), _f("MT2010", 5, 30)]) == [("MT2010", 5, 30)]
    assert _kept([_f("MT2010", 5, 30), _f("MT2021", 5, 30, confidence=Confidence.CERTAIN)]) == [("MT2021", 5, 30)]


def test_surer_or_fixing_inner_finding_stays():
    assert len(_kept([_f("MT2021", 0, 40), _f("MT2208", 10, 30, confidence=Confidence.CERTAIN)])) == 2
    assert len(_kept([_f("MT2021", 0, 40), _f("MT2208", 10, 30, fix=True)])) == 2


def test_other_categories_and_overlaps_untouched():
    assert len(_kept([_f("MT2021", 0, 40), _f("MT501", 10, 20, category="punctuation")])) == 2
    assert len(_kept([_f("MT2021", 0, 20), _f("MT2208", 10, 30)])) == 2  # overlap, not containment
