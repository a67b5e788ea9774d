"""Pairs of codes where one finding supersedes another on an overlapping span
(mtaudit/data/code_supersedes.tsv, rules/supersedes.py, applied in audit/engine.py)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import _deduplicated, audit
from mtaudit.core.types import Confidence, Finding, Severity
from mtaudit.rules.registry import all_rules
from mtaudit.rules.supersedes import supersedes
from mtaudit.text.document import Document


def _f(code, start, end, category="calque"):
    return Finding(doc="d", code=code, name=code.lower(), category=category, start=start, end=end,
                   text="x" * (end - start), message="m", confidence=Confidence.LIKELY, severity=Severity.MINOR)


def _kept(findings):
    return [(f.code, f.start, f.end) for f in _deduplicated(findings)]


def test_every_code_in_the_table_is_a_live_rule():
    live = set(all_rules())
    for loser, winners in supersedes().items():
        assert loser in live and winners <= live, (loser, winners)


def test_the_loser_goes_where_a_winner_overlaps_it():
    # "reported TASS" (MT2001) inside "reported TASS in the regional ministry …" (MT2022), short
    # enough that the nested-calque rule keeps both
    assert _kept([_f("MT2022", 10, 80), _f("MT2001", 10, 23)]) == [("MT2022", 10, 80)]
    assert _kept([_f("MT2301", 0, 35), _f("MT2012", 26, 40)]) == [("MT2301", 0, 35)]


def test_the_loser_stays_apart_from_a_winner_and_with_other_codes():
    assert len(_kept([_f("MT2022", 50, 80), _f("MT2001", 10, 23)])) == 2
    assert len(_kept([_f("MT2021", 10, 80), _f("MT2001", 10, 23)])) == 2


def test_one_report_for_an_outlet_before_the_speaking_body():
    text = "The harvest will start a week early, reported TASS in the regional ministry of agriculture."
    codes = [f.code for f in audit(Document(text, doc_id="t"), AuditContext(AuditSpec())).findings
             if f.category == "calque"]
    assert "MT2001" not in codes


def test_one_report_for_a_figure_made_up():
    text = "The repair of the school made up 14 million rubles."
    codes = [f.code for f in audit(Document(text, doc_id="t"), AuditContext(AuditSpec())).findings]
    assert "MT2820" in codes and "MT2606" not in codes


def test_nothing_is_reported_inside_an_editorial_gloss():
    # a calque inside a gloss that is removed whole goes; one outside it, or the gloss, stays
    gloss = _f("MT320", 10, 90, category="editorial-gloss")
    assert _kept([gloss, _f("MT2212", 40, 59)]) == [("MT320", 10, 90)]
    assert _kept([gloss, _f("MT2212", 100, 119)]) == [("MT320", 10, 90), ("MT2212", 100, 119)]
    assert _kept([gloss, _f("MT2212", 80, 99)]) == [("MT320", 10, 90), ("MT2212", 80, 99)]
    text = ("The network (owned by a company recognised as extremist and banned on the territory of "
            "Russia) opened an office in Kazan.")
    found = audit(Document(text, doc_id="t"), AuditContext(AuditSpec())).findings
    assert any(f.category == "editorial-gloss" for f in found), found
    assert not any(f.code == "MT2212" for f in found)
