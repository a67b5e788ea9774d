"""Bounded memory on big inputs (issue 18 "bounded resources", issue 16 item 6).

Memory is checked as traced Python allocations relative to the input (a count, not seconds);
peak RSS per MB of input is measured by bench/memory.py, never here.
"""

from __future__ import annotations

import tracemalloc

from mtaudit.audit import engine
from mtaudit.audit.fixes import fix_document
from mtaudit.core.types import Applicability, Fix
from mtaudit.text.document import Document

from fix_fakes import NOTE_RULE, SAFE_RULE, STANDARD


class _EdgeDetector:
    """Findings at both ends of whatever it is given (empty spans at the cut between two
    stretches, one certain and one possible: one survives), and a repeated word everywhere
    (its fingerprints count on across stretches)."""

    needs = frozenset()
    name = "test-edges"
    rules = (SAFE_RULE, NOTE_RULE)

    def detect(self, doc, ctx):
        n = len(doc.text)
        yield SAFE_RULE.finding(doc, 0, 0, "edge", fix=Fix.replace(0, 0, "", Applicability.SAFE, "t"))
        yield SAFE_RULE.finding(doc, n, n, "edge", fix=Fix.replace(n, n, "", Applicability.SAFE, "t"))
        at = doc.text.find("echo")
        while at >= 0:
            yield NOTE_RULE.finding(doc, at, at + 4, "echo")
            at = doc.text.find("echo", at + 1)


def _whole_list(doc):
    """What the engine did before stretches were settled one at a time: every stretch's
    findings in one list, deduplicated, sorted and fingerprinted together."""
    found = []
    for lo, hi in engine._stretches(doc.text, engine.CHUNK_CHARS):
        part = Document(doc.text[lo:hi], doc_id=doc.doc_id)
        found += [engine._shifted(f, lo) for f in _EdgeDetector().detect(part, None)]
    findings = engine._deduplicated(found)
    engine._fingerprint(findings)
    return findings


def test_stretches_are_settled_as_one_list_would_be_and_keep_sees_each_final_finding(monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_CHARS", 300)
    doc = Document("The echo came back.\n\n" * 90, "d")
    expected = _whole_list(doc)
    assert len(engine._stretches(doc.text, 300)) > 5
    assert sum(f.start == f.end for f in expected) < 2 * len(engine._stretches(doc.text, 300))  # the cuts met
    assert engine.audit(doc, detectors=(_EdgeDetector(),)).findings == expected
    seen = []
    kept = engine.audit(doc, detectors=(_EdgeDetector(),),
                        keep=lambda f: seen.append(f) or (f if f.start % 3 else None)).findings
    assert seen == expected  # each final finding once, in order, already fingerprinted
    assert kept == [f for f in expected if f.start % 3]


def _dense_text(sentences: int) -> str:
    """An article with a safe fix, an unsafe one, a note and a display-only fix per sentence
    (the fake STANDARD rules), in paragraphs."""
    return "".join("Donald trump said so, writes Reuters. The Кремль was silent -- again.\n\n"
                   if i % 2 else "Talks went on, writes TASS, and trump left -- early.\n\n" for i in range(sentences))


def _fix_traced(text: str, monkeypatch, spool_chars: int):
    """(traced bytes at the end of each audit call and at the start of each, held at the end,
    peak) of fix_document on `text`, relative to the start, with SPOOL_CHARS = spool_chars."""
    from mtaudit.audit import fixes

    calls = []
    real_audit = fixes.audit

    def audit(*args, **kw):
        start = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = real_audit(*args, **kw)
        calls.append((start, tracemalloc.get_traced_memory()[1], tracemalloc.get_traced_memory()[0]))
        return result

    monkeypatch.setattr(fixes, "SPOOL_CHARS", spool_chars)
    monkeypatch.setattr(fixes, "audit", real_audit)
    fix_document(Document(_dense_text(20), "warm"), detectors=(STANDARD,))  # lazy imports, outside the count
    monkeypatch.setattr(fixes, "audit", audit)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = fix_document(Document(text, "d"), detectors=(STANDARD,))
        held, peak = (m - base for m in tracemalloc.get_traced_memory())
    finally:
        tracemalloc.stop()
    assert result.passes == 1 and len(calls) == 2 and len(result.findings) > 4_000
    return [tuple(m - base for m in call) for call in calls], held, peak


def test_a_big_fix_holds_its_first_pass_compressed_and_later_passes_keep_little(monkeypatch):
    """Traced Python allocations (a count, not seconds) of `fix` on a document of several
    stretches, with the first pass's findings held as objects (as before, SPOOL_CHARS out of
    reach) and held compressed, planned as the audit settles them (mtaudit.audit.first_pass).
    Before, the first audit left every finding as an object (~1.5x the rest at the start of the
    next pass, with their outcomes) and the result held them all with its changes."""
    monkeypatch.setattr(engine, "CHUNK_CHARS", 20_000)
    text = _dense_text(2_400)
    plain_calls, plain_held, plain_peak = _fix_traced(text, monkeypatch, 10 ** 12)
    calls, held, peak = _fix_traced(text, monkeypatch, 0)
    first_left, plain_first_left = calls[0][2], plain_calls[0][2]
    # the first audit leaves the compressed findings, their places and the candidates' indices:
    # ~0.44x what it left as objects (only a safe fix a sentence here: every one is a candidate;
    # ~0.69x when the candidates were held as objects until planned)
    assert first_left < 0.55 * plain_first_left, f"{first_left / plain_first_left:.2f}x"
    # the next pass starts with ~0.5x, and its audit keeps only the fixes it may apply (~0.2x)
    assert calls[1][0] < 0.6 * plain_calls[1][0], f"{calls[1][0] / plain_calls[1][0]:.2f}x"
    assert calls[1][1] - calls[1][0] < 0.45 * first_left
    # the result (compressed findings, outcomes and changes, and the fixed text): ~0.4x
    assert held < 0.5 * plain_held and peak < plain_peak, f"{held / plain_held:.2f}x held"


class _Sink:
    """A terminal that keeps only what it was sent, as a digest (the output is never held)."""

    def __init__(self):
        import hashlib

        self.digest, self.chars, self.writes = hashlib.sha256(), 0, 0

    def write(self, piece):
        self.digest.update(piece.encode("utf-8"))
        self.chars += len(piece)
        self.writes += 1

    def flush(self):
        pass

    def isatty(self):
        return False


def _terminal_diff(result, monkeypatch, spill_chars):
    from rich.console import Console

    from mtaudit.report import terminal

    monkeypatch.setattr(terminal, "SPILL_CHARS", spill_chars)
    sink = _Sink()
    terminal.render(result, Console(file=sink, width=160, no_color=True, force_terminal=False), "d.txt")
    return sink


def test_the_terminal_diff_goes_out_in_pieces_that_add_up_to_the_whole(monkeypatch):
    """`mtaudit diff` of a big document: written out a piece at a time (the same bytes as in
    one piece), and traced memory is a small multiple of the output's length. Before: the whole
    output was rendered into a buffer, copied, and copied again without its padding."""
    text = "Donald trump said so, writes Reuters.\n\nThe Кремль was silent -- again.\n\n" * 3_000
    result = fix_document(Document(text, "d"), detectors=(STANDARD,))
    whole = _terminal_diff(result, monkeypatch, 1 << 40)
    pieces = _terminal_diff(result, monkeypatch, 5_000)
    assert pieces.digest.hexdigest() == whole.digest.hexdigest() and pieces.writes > 50 and whole.writes == 1
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        sink = _terminal_diff(result, monkeypatch, 1 << 16)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    # now ~2x the output in characters (the blocks, rich's pieces); before: 8.9x
    assert sink.chars > 1_000_000 and peak < 3 * sink.chars, f"{peak / sink.chars:.2f}x the output"


def _page_peak(result) -> tuple[int, str]:
    """Traced peak of rendering `result`'s review page (streamed into a digest, never held).

    Only the page's own allocations: the collector runs before the window and not inside it.
    A collection inside the window runs whatever the earlier tests of the process left as
    cyclic garbage (finalizers, weakref and gc callbacks), and whether one falls inside a given
    render depends on the allocation counts of the whole run so far, so the peak could depend
    on which tests ran before (the whole suite once failed this test, 175 bytes a finding, after
    a refactor that touched no report code; alone it passed). The page makes no cyclic garbage
    of its own: alone, its peaks are the same with the collector off."""
    import gc
    import hashlib

    from mtaudit.report import html as html_report

    digest = hashlib.sha256()
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for part in html_report.render_parts(result, "sig"):
            digest.update(part.encode("utf-8"))
        return tracemalloc.get_traced_memory()[1] - base, digest.hexdigest()
    finally:
        tracemalloc.stop()
        if was:
            gc.enable()


def _one_line(sentences: int) -> str:
    return _dense_text(sentences).replace("\n\n", " ") + "\n"


def test_the_review_page_holds_a_cluster_of_findings_at_a_time_not_the_page(monkeypatch):
    """The review page's memory does not grow with its findings, whether the article has many
    paragraphs or one line (one block): a block is rendered a cluster of touching findings at
    a time. Before, the page built every finding's entry, ranked them all and grouped them by
    block (~500 bytes a finding: 4.8 MB traced for 7,000 findings, 2.0 MB for 1,750); now
    ~30 bytes a finding remain (the first pass's changes by finding, the panel's counts)."""
    from mtaudit.audit import fixes, spool
    from mtaudit.report import html as html_report

    html_report.render(fix_document(Document(_dense_text(10), "warm"), detectors=(STANDARD,)))  # lazy imports
    for make, spool_chars in ((_dense_text, 10 ** 12), (_one_line, 10 ** 12), (_dense_text, 0), (_one_line, 0)):
        # both results held as lists, or both compressed (mtaudit.audit.spool: read back as needed,
        # a few chunks decoded at once: a fixed cost, made small here, where 6,000 findings are "big")
        monkeypatch.setattr(fixes, "SPOOL_CHARS", spool_chars)
        monkeypatch.setattr(spool, "CHUNK", 32)
        small = fix_document(Document(make(500), "d"), detectors=(STANDARD,))
        big = fix_document(Document(make(2_000), "d"), detectors=(STANDARD,))
        # what a page of this shape loads once (imports, the spool's read path) is loaded before
        # either count: a page of another document of the same shape, rendered and dropped
        _page_peak(fix_document(Document(make(50), "w"), detectors=(STANDARD,)))
        (small_peak, _), (big_peak, digest) = _page_peak(small), _page_peak(big)
        more = len(big.findings) - len(small.findings)
        assert more > 5_000 and big.changes
        per_finding = (big_peak - small_peak) / more
        assert per_finding < 120, f"{make.__name__}, {spool_chars}: {per_finding:.0f} bytes a finding"
        # the page is the page the whole entry list gives (the fallback for unsorted outcomes)
        whole = html_report._sections_whole(big, html_report.entries(big), html_report.DEFAULT_WEIGHTS)
        monkeypatch.setattr(html_report, "_streamable", lambda *a: False)
        assert _page_peak(big)[1] == digest
        monkeypatch.undo()
        assert "".join(whole) in html_report.render(big, "sig")


def test_planning_the_fixes_holds_little_beside_the_findings_and_their_outcomes():
    """`plan` over a big document's findings: what it holds while it works, beyond the outcomes
    it returns, per finding (traced bytes, a count). It runs at the moment every first-pass
    finding is held (the peak of a big `fix`). Before: a dict of every outcome by index, a tuple
    sort key of every candidate and a dict of the taken edits' owners (~105 bytes a finding);
    now a list slot per finding, one int key per candidate and lists beside the taken edits
    (~43 bytes)."""
    from mtaudit.audit import fixes

    doc = Document(_dense_text(6_000), "d")
    findings = engine.audit(doc, detectors=(STANDARD,)).findings
    policy = fixes.FixPolicy(unsafe=True)  # the unsafe fixes are candidates too: more to sort
    expected = fixes.plan(findings[:300], policy, len(doc.text))
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        outcomes = fixes.plan(findings, policy, len(doc.text))
        held, peak = (m - base for m in tracemalloc.get_traced_memory())
    finally:
        tracemalloc.stop()
    assert len(findings) > 20_000 and sum(o.status is fixes.Status.APPLIED for o in outcomes) > 10_000
    assert outcomes[:300] == expected  # the same fates as a plan of the first findings alone
    transient = (peak - held) / len(findings)
    assert transient < 60, f"{transient:.0f} bytes a finding"


def test_fix_memory_grows_with_the_input_by_a_bounded_amount_a_finding(monkeypatch):
    """Traced peak of `fix_document` (fake rules: ~5 findings and a safe fix per 100
    characters, far denser than real news) on 2,000 and 8,000 sentences: the growth per finding.
    Now ~820 bytes (each finding and its outcome, the change of each applied fix, the original
    and fixed texts at ~25 bytes a finding); holding the first pass's findings again during a
    later pass, or a second copy of them at the end, adds ~500."""
    monkeypatch.setattr(engine, "CHUNK_CHARS", 20_000)
    fix_document(Document(_dense_text(20), "warm"), detectors=(STANDARD,))
    runs = []
    for sentences in (2_000, 8_000):
        text = _dense_text(sentences)
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            result = fix_document(Document(text, "d"), detectors=(STANDARD,))
            runs.append((tracemalloc.get_traced_memory()[1] - base, len(result.findings), len(text)))
            del result
        finally:
            tracemalloc.stop()
    (small, small_findings, small_chars), (big, big_findings, big_chars) = runs
    per_finding = (big - small) / (big_findings - small_findings)
    assert big_findings - small_findings > 20_000
    assert per_finding < 1_000, f"{per_finding:.0f} bytes a finding"
    assert (big - small) / (big_chars - small_chars) < 60  # bytes a character of input


def _all_outputs(result, monkeypatch) -> dict[str, str]:
    """Every rendering of a fix result: the review page, the `.diff`, the findings' JSONL,
    the terminal diff (as a digest) and what remains."""
    from mtaudit.audit import fixes
    from mtaudit.audit.engine import AuditResult
    from mtaudit.report import diff as diff_report
    from mtaudit.report import html as html_report
    from mtaudit.report import jsonl

    return {"html": html_report.render(result, "sig"), "diff": diff_report.render(result, "d.txt", "sig"),
            "jsonl": jsonl.render([AuditResult(result.doc, result.findings, result.skipped_detectors)]),
            "terminal": _terminal_diff(result, monkeypatch, 1 << 40).digest.hexdigest(),
            "remaining": (fixes.count_remaining(result), len(fixes.remaining(result)), len(fixes.reviewable(result)))}


def test_a_big_result_held_compressed_gives_the_same_outputs_as_one_held_as_lists(monkeypatch):
    """A result of a text longer than SPOOL_CHARS holds its findings, outcomes and changes as
    compressed chunks (mtaudit.audit.spool), read back as copies as the reports go: every report
    must be the same, byte for byte, as from plain lists (two passes of fixes, a line with many
    changes, proposals, notes), and the compressed result must be held in far fewer bytes."""
    from fix_fakes import PatternDetector, SAFE_RULE

    from mtaudit.audit import fixes, spool
    from mtaudit.audit.spool import Spooled

    shrink = PatternDetector((SAFE_RULE, r"aab", "ab", "safe"))  # "aaaab" takes three passes
    detectors = (STANDARD, shrink)
    text = _dense_text(400).replace("early", "aaaab") + _one_line(60) + "\nDonald trump said so.\n"
    monkeypatch.setattr(spool, "CHUNK", 97)  # many chunks, none aligned with anything
    monkeypatch.setattr(fixes, "SPOOL_CHARS", 10 ** 12)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        plain = fix_document(Document(text, "d"), detectors=detectors)
        plain_held = tracemalloc.get_traced_memory()[0] - base
        monkeypatch.setattr(fixes, "SPOOL_CHARS", 0)
        base = tracemalloc.get_traced_memory()[0]
        spooled = fix_document(Document(text, "d"), detectors=detectors)
        spooled_held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert isinstance(plain.outcomes, list) and isinstance(spooled.findings, Spooled) and plain.passes == 3
    assert isinstance(spooled.changes, Spooled) and len(spooled.changes) > 500
    assert any(c.pass_no > 1 for c in plain.changes)
    assert spooled.outcomes == plain.outcomes and spooled.changes == plain.changes
    assert list(spooled.findings) == plain.findings and spooled.text == plain.text
    assert _all_outputs(spooled, monkeypatch) == _all_outputs(plain, monkeypatch)
    text_bytes = 2 * len(text)  # the fixed text (UCS-2: the text holds Cyrillic); the rest: ~0.35x
    assert spooled_held - text_bytes < 0.45 * (plain_held - text_bytes), \
        f"{(spooled_held - text_bytes) / (plain_held - text_bytes):.2f}x"


def test_a_big_results_diff_block_names_its_changes_by_index(monkeypatch):
    """An article on one line is one diff block holding all its changes: a big (compressed)
    result's block holds their indices (spool.Picked), ~8 bytes a change, not the changes read
    back (~1.5 KB each: the end-of-run peak of `mtaudit diff` on one 10 MB line), and reads the
    same changes in the same order."""
    from mtaudit.audit import fixes, spool
    from mtaudit.audit.spool import Picked
    from mtaudit.report import terminal

    text = _one_line(400)
    monkeypatch.setattr(spool, "CHUNK", 16)  # the chunk a read keeps decoded stays small
    monkeypatch.setattr(fixes, "SPOOL_CHARS", 10 ** 12)
    plain = fix_document(Document(text, "d"), detectors=(STANDARD,))
    monkeypatch.setattr(fixes, "SPOOL_CHARS", 0)
    spooled = fix_document(Document(text, "d"), detectors=(STANDARD,))
    (whole,) = terminal.blocks(plain)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        (block,) = terminal.blocks(spooled)
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    n = len(whole.changes)
    assert n > 300 and isinstance(block.changes, Picked) and len(block.changes) == n
    assert list(block.changes) == whole.changes and block.changes[5:9] == whole.changes[5:9]
    assert held < 64 * n + 64_000, f"{held:,} bytes for {n} changes"
