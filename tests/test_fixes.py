"""The fix engine: what applies, overlaps, the fix loop, and that nothing outside an edit changes."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mtaudit.text.document import Document
from mtaudit.audit.fixes import FixPolicy, Status, apply_edits, fix_document, map_back, map_forward, plan
from mtaudit.core.types import Applicability, Confidence, Edit, Finding, Fix, Severity, Span

from fix_fakes import SAFE_RULE, STANDARD, UNSAFE_RULE, EditsDetector, PatternDetector

TEXT = "Donald trump said on Monday, writes Reuters.\r\nThe Кремль did not reply -- yet.\n"
EOL_TEXT = st.text(alphabet=st.sampled_from(list("ab trump\r\n\ufeffé.Ж")), max_size=60)


def fix(text, *detectors, **kw):
    return fix_document(Document(text, "d"), detectors=detectors or (STANDARD,), **kw)


def finding(start, end, replacement, code="MT991", app=Applicability.SAFE, fp=None, text="x" * 100):
    return Finding("d", code, "n", "name-casing", start, end, text[start:end], "m", Confidence.CERTAIN,
                   Severity.MINOR, Fix.replace(start, end, replacement, app, "t"), fp or f"{code}{start:04d}{end:04d}ab"[-16:])


# --- what applies ------------------------------------------------------------------------------

def test_safe_fixes_apply_and_unsafe_ones_are_proposals():
    r = fix(TEXT)
    assert r.text == TEXT.replace("trump", "Trump")
    status = {o.finding.code: o.status for o in r.outcomes}
    assert status == {"MT991": Status.APPLIED, "MT992": Status.PROPOSED,
                      "MT993": Status.NO_FIX, "MT994": Status.DISPLAY_ONLY}


def test_unsafe_flag_applies_unsafe_but_never_display_only():
    r = fix(TEXT, policy=FixPolicy(unsafe=True))
    assert r.text == TEXT.replace("trump", "Trump").replace("writes Reuters", "Reuters reports")
    assert " -- " in r.text


def test_decisions_accept_unsafe_and_reject_safe():
    first = fix(TEXT)
    fp = {f.code: f.fingerprint for f in first.findings}
    verdicts = {fp["MT991"]: "reject", fp["MT992"]: "accept", fp["MT994"]: "accept"}
    r = fix(TEXT, policy=FixPolicy(verdicts=verdicts))
    assert r.text == TEXT.replace("writes Reuters", "Reuters reports")
    assert {o.finding.code: o.status for o in r.outcomes}["MT991"] is Status.REJECTED
    assert " -- " in r.text  # display-only: never, even when accepted


def test_min_confidence_drops_less_sure_findings():
    r = fix(TEXT, min_confidence=Confidence.CERTAIN, policy=FixPolicy(unsafe=True))
    assert {f.code for f in r.findings} == {"MT991"}
    assert "writes Reuters" in r.text


# --- overlaps ----------------------------------------------------------------------------------

def test_earliest_start_wins_and_the_loser_is_reported():
    outcomes = plan([finding(2, 6, "B"), finding(0, 4, "A")], FixPolicy(), 100)
    assert [o.status for o in outcomes] == [Status.OVERLAP, Status.APPLIED]
    assert "overlaps MT991 at 0-4" in outcomes[0].reason


def test_same_start_longer_wins_then_code_order():
    outcomes = plan([finding(0, 3, "A"), finding(0, 5, "B")], FixPolicy(), 100)
    assert [o.status for o in outcomes] == [Status.OVERLAP, Status.APPLIED]
    outcomes = plan([finding(0, 3, "A", code="MT992"), finding(0, 3, "B", code="MT991")], FixPolicy(), 100)
    assert [o.status for o in outcomes] == [Status.OVERLAP, Status.APPLIED]


def test_adjacent_edits_both_apply_but_two_insertions_at_one_point_do_not():
    outcomes = plan([finding(0, 3, "A"), finding(3, 5, "B")], FixPolicy(), 100)
    assert [o.status for o in outcomes] == [Status.APPLIED, Status.APPLIED]
    outcomes = plan([finding(3, 3, ","), finding(3, 3, ";", code="MT992")], FixPolicy(), 100)
    assert sorted(o.status for o in outcomes) == [Status.APPLIED, Status.OVERLAP]


def test_a_fix_whose_edits_overlap_each_other_is_invalid():
    bad = Finding("d", "MT991", "n", "name-casing", 0, 6, "xxxxxx", "m", Confidence.CERTAIN, Severity.MINOR,
                  Fix((Edit(0, 4, "a"), Edit(2, 6, "b")), Applicability.SAFE, "t"), "0" * 16)
    assert plan([bad], FixPolicy(), 100)[0].status is Status.INVALID


def test_multi_edit_fix_applies_all_or_nothing():
    multi = Finding("d", "MT992", "n", "calque", 0, 10, "x" * 10, "m", Confidence.CERTAIN, Severity.MINOR,
                    Fix((Edit(0, 1, "A"), Edit(8, 9, "B")), Applicability.SAFE, "t"), "1" * 16)
    outcomes = plan([multi, finding(7, 9, "C")], FixPolicy(), 100)
    assert [o.status for o in outcomes] == [Status.APPLIED, Status.OVERLAP]


edit_lists = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.text("XYZ", max_size=3),
                                st.sampled_from(["safe", "unsafe"]), st.integers(0, 1)), max_size=8)


@settings(max_examples=150, deadline=None)
@given(text=EOL_TEXT, edits=edit_lists, seed=st.integers(0, 1000))
def test_overlap_resolution_is_deterministic_and_conflict_free(text, edits, seed):
    shuffled = list(edits)
    random.Random(seed).shuffle(shuffled)
    a = fix(text, EditsDetector(edits), max_passes=1, policy=FixPolicy(unsafe=True))
    b = fix(text, EditsDetector(shuffled), max_passes=1, policy=FixPolicy(unsafe=True))
    assert a.text == b.text
    applied = sorted(e for o in a.outcomes if o.status is Status.APPLIED for e in o.finding.fix.edits)
    for x, y in zip(applied, applied[1:]):
        assert x.end <= y.start and x.start != y.start
    for o in a.outcomes:
        if o.status is Status.OVERLAP:
            assert any(e.span.overlaps(t.span) or e.start == t.start for e in o.finding.fix.edits for t in applied)


# --- nothing outside an edit changes -----------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(text=EOL_TEXT)
def test_no_fix_means_identical_text(text):
    r = fix(text, PatternDetector((SAFE_RULE, r"zzz", "Z", "safe")))
    assert r.text == text and not r.changes and r.converged


@settings(max_examples=200, deadline=None)
@given(text=EOL_TEXT, edits=edit_lists)
def test_only_edited_spans_change(text, edits):
    r = fix(text, EditsDetector(edits), max_passes=1, policy=FixPolicy(unsafe=True))
    applied = [e for o in r.outcomes if o.status is Status.APPLIED for e in o.finding.fix.edits]
    assert r.text == apply_edits(text, applied)
    for p, ch in enumerate(text):
        if any(e.start <= p < e.end for e in applied):
            continue
        q = map_forward(Span(p, p + 1), applied)
        if not any(e.start == e.end == p for e in applied) and not any(e.start == e.end == p + 1 for e in applied):
            assert r.text[q.start:q.end] == ch
        assert map_back(q, applied)[0].start <= p


def test_bom_and_mixed_line_endings_survive_a_fix():
    text = "\ufeffHeadline\r\n\r\nDonald trump said.\nThe trump\rline.\r\n"
    r = fix(text)
    assert r.text == "\ufeffHeadline\r\n\r\nDonald Trump said.\nThe Trump\rline.\r\n"


# --- the loop ----------------------------------------------------------------------------------

SHRINK = PatternDetector((SAFE_RULE, r"aab", "ab", "safe"), (SAFE_RULE, r"\btrump\b", "Trump", "safe"))


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab trump\n")), max_size=80))
def test_the_loop_converges_and_safe_fixes_are_idempotent(text):
    r = fix(text, SHRINK)
    assert r.converged and r.passes <= 10
    assert "aab" not in r.text and not re.search(r"\btrump\b", r.text)
    again = fix(r.text, SHRINK)
    assert again.text == r.text and not again.changes


def test_multi_pass_changes_map_back_to_the_original():
    text = "x aaaab y trump"
    r = fix(text, SHRINK)
    assert r.text == "x ab y Trump" and r.passes == 3
    for c in r.changes:
        assert r.text[c.final.start:c.final.end] in ("ab", "Trump")
        assert text[c.original.start:c.original.end] in ("aab", "aaab", "aaaab", "trump")


def test_bounded_passes_report_not_converged():
    r = fix("a" * 30 + "b", SHRINK, max_passes=3)
    assert r.passes == 3 and not r.converged


def test_fingerprints_and_rejections_survive_later_passes():
    # "trump" #0 is fixed in pass 1; #1 was rejected. In pass 2 the remaining "trump" becomes
    # occurrence 0 of its text, but must keep #1's fingerprint (and its rejection).
    text = "trump and trump and aaab"
    first = fix(text, SHRINK)
    fps = [f.fingerprint for f in first.findings if f.text == "trump"]
    r = fix(text, SHRINK, policy=FixPolicy(verdicts={fps[1]: "reject"}))
    assert r.text == "Trump and trump and ab"
    assert r.passes == 2 and r.converged


def test_the_loop_reports_a_fix_skipped_for_an_overlap_once():
    det = PatternDetector((SAFE_RULE, r"ab", "AB", "safe"), (UNSAFE_RULE, r"bc", "BC", "safe"))
    r = fix("abc", det)
    assert r.text == "ABc"
    assert [(o.finding.code, o.status) for o in r.skipped] == [("MT992", Status.OVERLAP)]
    assert "overlaps MT991 at 0-2" in r.skipped[0].reason
