"""Run the selected detectors over a Document and return sorted, fingerprinted findings."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable

from mtaudit.audit.context import AuditContext
from mtaudit.audit.fixcase import with_sentence_capitals
from mtaudit.audit.watchdog import DetectorTimeout, budget_for, cpu_budget
from mtaudit.text.document import Document
from mtaudit.text.views import TIMED_OUT_RULES
from mtaudit.rules.model import Detector, Selection
from mtaudit.rules.supersedes import without_superseded
from mtaudit.core.types import Confidence, Edit, Finding, Fix, fingerprint


@dataclass
class AuditResult:
    doc: Document
    findings: list[Finding]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (detector, reason)


CHUNK_CHARS = 250_000  # a longer document (~40k words, far beyond any article) is audited a stretch at a time
CHECK_ENV = "MTAUDIT_CHECK_INVARIANTS"  # "1": every audit checks its findings (the test-suite sets it)


def audit(doc: Document, ctx: AuditContext | None = None, selection: Selection | None = None,
          detectors: tuple[Detector, ...] | None = None,
          min_confidence: Confidence | None = None,
          keep: Callable[[Finding], Finding | None] | None = None) -> AuditResult:
    """Audit one document. Findings are sorted by position, deduplicated and fingerprinted.

    A document longer than CHUNK_CHARS (~40k words, far beyond any article) is audited in stretches cut
    at paragraph breaks, each with its own views and caches, freed before the next: memory
    then stays a small multiple of the input instead of growing with every cached view of
    a 50 MB text. Offsets are shifted back, so findings index the whole text as read.

    `keep`, when given, sees each finding once it is final (deduplicated and fingerprinted,
    in order) and returns what to hold instead (itself, a replacement, or None to drop it):
    a caller that needs few of a big document's findings (a later `fix` pass wants only the
    fixes it may apply) then never holds them all. Each stretch's findings are settled as soon
    as no later stretch can meet them, so this changes nothing in what is kept."""
    from mtaudit.detectors import DETECTORS

    ctx = ctx or AuditContext()
    selection = selection or ctx.selection
    min_confidence = min_confidence or ctx.min_confidence
    detectors = detectors if detectors is not None else DETECTORS
    shared: dict[str, str] = {}
    occurrences: Counter = Counter()
    if len(doc.text) <= CHUNK_CHARS:
        found, skipped = _run(doc, ctx, selection, detectors, min_confidence, "the document", shared)
        return AuditResult(doc, _settled(doc, found, occurrences, keep), skipped)
    findings, skipped, held = [], [], []
    for lo, hi in _stretches(doc.text, CHUNK_CHARS):
        part = Document(doc.text[lo:hi], doc_id=doc.doc_id, path=doc.path)
        part.encoding = doc.encoding
        first_line, last_line = doc.line_col(lo)[0], doc.line_col(max(hi - 1, lo))[0]
        part.first_line = first_line  # so a reason names lines of the whole document
        more, why = _run(part, ctx, selection, detectors, min_confidence, f"lines {first_line}-{last_line}", shared)
        held += [_shifted(f, lo) for f in more] if lo else more
        skipped += [w for w in why if w not in skipped]
        del part, more
        # every later finding starts at `hi` or after: the ones before it are final (one that
        # starts at `hi`, an empty span at the cut, waits to be sorted with the next stretch's)
        ready = [f for f in held if f.start < hi]
        held = [f for f in held if f.start >= hi]
        findings += _settled(doc, ready, occurrences, keep)
    findings += _settled(doc, held, occurrences, keep)
    return AuditResult(doc, findings, skipped)


def _settled(doc: Document, found: list[Finding], occurrences: Counter,
             keep: Callable[[Finding], Finding | None] | None) -> list[Finding]:
    """`found` deduplicated, sorted and fingerprinted (counting on from `occurrences`), each
    passed through `keep`. `found` is emptied: its findings are then only in the result."""
    findings = _deduplicated(found)
    found.clear()
    _fingerprint(findings, occurrences)
    if os.environ.get(CHECK_ENV) == "1":
        check_invariants(doc, findings)
    if keep is None:
        return findings
    out = []
    for f in findings:
        kept = keep(f)
        if kept is not None:
            out.append(kept)
    return out


def check_invariants(doc: Document, findings: list[Finding]) -> None:
    """What every detector promises, checked on demand (MTAUDIT_CHECK_INVARIANTS=1, which the
    test-suite sets): a finding's text is exactly the slice of the document at its offsets, and
    a fix edits only inside its finding, except that a deletion may take the whitespace around
    it (a removed footnote line takes its line break). A broken promise is a bug: it raises."""
    text = doc.text
    for f in findings:
        if f.text != text[f.start:f.end]:
            raise AssertionError(f"{f.code} text is not the slice at {f.start}-{f.end}")
        if f.fix is not None:
            for e in f.fix.edits:
                if f.start <= e.start <= e.end <= f.end:
                    continue
                around = text[e.start:min(f.start, e.end)] + text[max(f.end, e.start):e.end]
                if e.replacement or around.strip() or e.end < f.start or e.start > f.end:
                    raise AssertionError(f"{f.code}: edit {e.start}-{e.end} outside its finding")


def _run(doc, ctx, selection, detectors, min_confidence, where: str,
         shared: dict[str, str] | None = None) -> tuple[list[Finding], list[tuple[str, str]]]:
    """Each detector over one document (or stretch), each under a CPU-time budget (see
    mtaudit.audit.watchdog): one that overruns keeps what it found so far and is named in
    `skipped` with the lines it did not finish, never hangs the run. A replacement that opens
    a sentence gets its capital (mtaudit.audit.fixcase). Findings keep one copy of each
    distinct string (`shared`, see `_compact`)."""
    shared = {} if shared is None else shared
    found: list[Finding] = []
    budget = budget_for(len(doc.text))
    skipped: list[tuple[str, str]] = []
    for detector in detectors:
        rules = ctx.rules_for(detector)
        if not any(selection.enabled(r.code) for r in rules):
            continue
        reason = ctx.missing(detector.needs)
        if reason:
            skipped.append((detector.name, reason))
            continue
        try:
            with cpu_budget(budget):
                for finding in detector.detect(doc, ctx):
                    if selection.enabled(finding.code) and finding.confidence.at_least(min_confidence):
                        found.append(_compact(with_sentence_capitals(finding, doc.text), shared))
        except DetectorTimeout:
            reason = (f"{detector.name} used up its {budget:,.0f} s CPU budget on {where}; "
                      f"its findings there may be missing")
            skipped.append((f"detector {detector.name}", reason))
            ctx.warn(f"{doc.doc_id}: {reason}")
    skipped += doc.views.pop(TIMED_OUT_RULES, default=[])  # rules that timed out on part of the text
    return found, skipped


def _stretches(text: str, size: int) -> list[tuple[int, int]]:
    """[lo, hi) stretches of about `size` characters, cut after a paragraph break (else a
    line break, else a space) so no sentence is split in a real article."""
    out, start, n = [], 0, len(text)
    while n - start > size:
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + size // 2, start + size)
            if cut >= 0:
                cut += len(sep)
                break
        if cut <= start:
            cut = start + size
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _shifted(f: Finding, by: int) -> Finding:
    fix = f.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(Edit(e.start + by, e.end + by, e.replacement) for e in fix.edits))
    return replace(f, start=f.start + by, end=f.end + by, fix=fix)


def _deduplicated(findings: list[Finding]) -> list[Finding]:
    """One finding per span and category: two rules that read the same words as the same kind
    of artifact ("the Federal tax service" is both a body's casing, MT103, and an official name's,
    MT410) would show a reader one artifact twice and count one false alarm twice. The surest
    stays, then the one with a fix, then the lower code number. Then a nested calque goes, and a
    finding that a pair of data/code_supersedes.tsv says another overlapping one reports."""
    seen: dict[tuple[str, int, int], Finding] = {}
    for f in findings:
        key = (f.category, f.start, f.end)
        if key not in seen or _preference(f) < _preference(seen[key]):
            seen[key] = f
    kept = without_superseded(_without_nested_calques(_without_inside_glosses(list(seen.values()))))
    return sorted(kept, key=lambda f: (f.start, f.end, f.code))


GLOSS_CATEGORY = "editorial-gloss"


def _without_inside_glosses(findings: list[Finding]) -> list[Finding]:
    """`findings` less each finding of another category that lies wholly inside an editorial gloss.

    A gloss (a foreign-agent label, a sponsor note, a "Subscribe to our channel in Telegram" line,
    a photo credit) is removed whole, so the words inside it need no fix of their own: "on the
    territory of" inside "(recognised as extremist and banned on the territory of Russia)" would
    show a reader a second artifact where there is one, and count a false alarm against the one
    gold artifact. Measured over the session-28 sweep (every eval set): of 17 such inner findings,
    none matched a gold artifact but the gloss itself."""
    glosses = [(f.start, f.end) for f in findings if f.category == GLOSS_CATEGORY]
    if not glosses:
        return findings
    return [f for f in findings if f.category == GLOSS_CATEGORY
            or not any(a <= f.start and f.end <= b for a, b in glosses)]


def _preference(f: Finding) -> tuple:
    return f.confidence.rank, f.fix is None, _code_number(f.code), f.code


NESTING_CATEGORY = "calque"


def _code_number(code: str) -> int:
    """MT990 -> 990: codes compare by number (a user's MT990 before the bundled MT2220)."""
    digits = code[2:]
    return int(digits) if digits.isdigit() else 0


def _without_nested_calques(findings: list[Finding]) -> list[Finding]:
    """`findings` less each calque finding that lies inside another calque finding.

    The calque families overlap by design: a frame rule ("within the framework of the visit")
    and a narrower one inside it ("the framework of"), an attribution rule and an impersonal one
    over the same "In the ministry reported", both fire on one Russian construction. A reader
    sees one artifact twice and a second, narrower fix that fights the first, and on human text a
    single false alarm is counted twice. So one construction gives one calque finding: the
    widest (for equal spans the surest, then the one with a fix, then the lower code number). An inner
    finding stays when it is surer than its container, or carries a fix the container lacks,
    since dropping it would lose information, and when it is less than half as long as its
    container: a long attribution span ("told TASS the curator of the exhibition Irina ...")
    does not point a reader at the short construction inside it, and dropping such inner
    findings lost a corpus calque. Other categories are untouched: a punctuation or
    casing finding inside a calque is a different artifact."""
    calques = sorted((f for f in findings if f.category == NESTING_CATEGORY),
                     key=lambda f: (f.start, -f.end, *_preference(f)))
    if len(calques) < 2:
        return findings
    dropped: set[int] = set()
    outer: Finding | None = None  # of the calques seen so far, the one reaching furthest right
    for f in calques:
        if outer is not None and f.end <= outer.end \
                and 2 * (f.end - f.start) >= outer.end - outer.start \
                and outer.confidence.rank <= f.confidence.rank \
                and not (f.fix is not None and outer.fix is None):
            dropped.add(id(f))
            continue
        if outer is None or f.end > outer.end:
            outer = f
    return [f for f in findings if id(f) not in dropped] if dropped else findings


def _compact(f: Finding, shared: dict[str, str]) -> Finding:
    """`f` with its strings replaced by equal ones already held (`shared`, one per audit).

    A finding is ~830 bytes, half of it a message, text, fix title and replacement that the
    same rule repeats word for word across a long document (95 distinct messages among 1,700
    findings of a 250k-character stretch): holding each once halves the findings' memory on
    a big document. Equal strings, so nothing observable changes."""
    one = shared.setdefault
    fix = f.fix
    if fix is not None:
        edits = tuple(e if e.replacement is one(e.replacement, e.replacement) else
                      Edit(e.start, e.end, one(e.replacement, e.replacement)) for e in fix.edits)
        title = one(fix.title, fix.title)
        if title is not fix.title or any(a is not b for a, b in zip(edits, fix.edits)):
            fix = replace(fix, edits=edits, title=title)
    message, text = one(f.message, f.message), one(f.text, f.text)
    if message is f.message and text is f.text and fix is f.fix:
        return f
    return _with(f, message=message, text=text, fix=fix)


def _with(f: Finding, message: str | None = None, text: str | None = None, fix: Fix | None | bool = False,
          fingerprinted: str | None = None) -> Finding:
    """`dataclasses.replace(f, ...)` for the fields the engine changes on every finding, at half
    its cost (replace walks the dataclass's fields and calls the constructor by keywords; every
    finding goes through here twice). `fix=False`: keep f's fix."""
    return Finding(f.doc, f.code, f.name, f.category, f.start, f.end,
                   f.text if text is None else text, f.message if message is None else message,
                   f.confidence, f.severity, f.fix if fix is False else fix,
                   f.fingerprint if fingerprinted is None else fingerprinted,
                   f.evidence, f.source_start, f.source_end)


def _fingerprint(findings: list[Finding], occurrences: Counter | None = None) -> None:
    """Give each finding (in order) its fingerprint, in place: a big document's findings are
    never held twice. `occurrences` counts the earlier findings of each code and text (the
    document's earlier stretches)."""
    occurrences = Counter() if occurrences is None else occurrences
    for i, f in enumerate(findings):
        key = (f.code, " ".join(f.text.split()).casefold())
        findings[i] = _with(f, fingerprinted=fingerprint(f.doc, f.code, f.text, occurrences[key]))
        occurrences[key] += 1

