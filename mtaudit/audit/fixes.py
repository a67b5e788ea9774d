"""Apply fixes: choose which to apply, resolve overlaps, re-audit until nothing changes.

Nothing outside an edit ever changes: the fixed text is the input with the chosen
edits spliced in, so line endings, a BOM (U+FEFF) and every other byte stay put.

Overlaps are resolved deterministically: candidate fixes are taken in the order
(start of the fix, longer fix first, rule code, fingerprint); a fix any of whose
edits conflicts with an edit already taken is skipped and reported. Two edits
conflict when their spans overlap or when they start at the same offset (two
insertions at one point, or an insertion at the start of a replacement).
Adjacent edits do not conflict. A fix's edits apply all together or not at all.
"""

from __future__ import annotations

import bisect
import hashlib
from array import array
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Mapping, Sequence

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.audit.editmap import EditMap, map_back, map_forward  # noqa: F401 (map_forward: part of this API)
from mtaudit.audit.spool import Spooled, SpoolWriter
from mtaudit.text.document import Document
from mtaudit.rules.model import Detector, Selection
from mtaudit.core.types import Applicability, Confidence, Edit, Finding, Span

MAX_PASSES = 10
SPOOL_CHARS = 100_000  # a longer document's result holds its findings compressed (mtaudit.audit.first_pass)


class Status(str, Enum):
    """What happened to one finding's fix."""

    APPLIED = "applied"
    PROPOSED = "proposed"          # an unsafe fix, not enabled and not accepted
    REJECTED = "rejected"          # a decision said no
    OVERLAP = "skipped-overlap"    # conflicts with a fix taken before it
    INVALID = "invalid-fix"        # edits overlap each other or leave the text
    DISPLAY_ONLY = "display-only"  # shown to people, never applied
    NO_FIX = "no-fix"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class FixPolicy:
    """Which fixes may apply: safe ones always, unsafe ones with `unsafe` or an accept verdict.
    `verdicts` maps fingerprints to "accept" or "reject"; a reject stops even a safe fix."""

    unsafe: bool = False
    verdicts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Outcome:
    finding: Finding
    status: Status
    reason: str = ""


@dataclass(slots=True)
class Change:
    """An applied fix: the finding as found in pass `pass_no`, and where it sits in the
    original text (`original`) and in the final text (`final`)."""

    finding: Finding
    pass_no: int
    before: str
    after: str
    original: Span
    final: Span
    line: int = 0                 # 1-based line of `original` in the original text


@dataclass
class FixResult:
    """What `fix_document` did. On a document with many findings `findings`, `outcomes` and
    `changes` are read-only sequences held compressed (mtaudit.audit.spool): read them in
    order, compare their items by value, never by identity."""

    doc: Document                 # the original, untouched
    text: str                     # the fixed text
    findings: Sequence[Finding]   # the audit of the original (offsets into doc.text)
    outcomes: Sequence[Outcome]   # what happened to each of those findings in pass 1
    changes: Sequence[Change]     # every applied fix, all passes
    skipped: list[Outcome]        # overlap and invalid skips, all passes
    passes: int
    converged: bool
    skipped_detectors: list[tuple[str, str]] = field(default_factory=list)
    later_rejected: list[Outcome] = field(default_factory=list)  # later-pass findings a decision rejected

    @property
    def changed(self) -> bool:
        return self.text != self.doc.text


# --- applying edits -------------------------------------------------------------------------

def apply_edits(text: str, edits: list[Edit]) -> str:
    """Splice non-conflicting edits into `text`; everything between them is kept as is."""
    out, cursor = [], 0
    for e in sorted(edits):
        if e.start < cursor or e.end > len(text):
            raise ValueError(f"edit {e} overlaps another or leaves the text")
        out.append(text[cursor:e.start])
        out.append(e.replacement)
        cursor = e.end
    out.append(text[cursor:])
    return "".join(out)


def _clash(taken: list[Edit], starts: list[int], e: Edit) -> Edit | None:
    """The taken edit that `e` conflicts with, if any (`taken` is sorted and conflict-free)."""
    i = bisect.bisect_left(starts, e.start)
    if i < len(taken) and (taken[i].start == e.start or taken[i].start < e.end):
        return taken[i]
    if i > 0 and taken[i - 1].end > e.start:
        return taken[i - 1]
    return None


def _clash_at(taken: list[Edit], starts: list[int], e: Edit) -> int:
    """The index in `taken` of the edit `_clash` names, or -1."""
    i = bisect.bisect_left(starts, e.start)
    if i < len(taken) and (taken[i].start == e.start or taken[i].start < e.end):
        return i
    if i > 0 and taken[i - 1].end > e.start:
        return i - 1
    return -1


def _self_conflicting(edits: tuple[Edit, ...], length: int) -> bool:
    ordered = sorted(edits)
    if ordered[0].start < 0 or ordered[-1].end > length or any(e.end < e.start for e in ordered):
        return True
    return any(b.start < a.end or b.start == a.start for a, b in zip(ordered, ordered[1:]))


def overlap_order(f: Finding) -> tuple:
    """Earliest fix first, then the longer one, then by rule code, fingerprint and edits."""
    span = f.fix.span
    return (span.start, -(span.end - span.start), f.code, f.fingerprint, sorted(f.fix.edits))


def _fate(f: Finding, verdict, text_length: int, unsafe: bool) -> Outcome | None:
    """The outcome `f` has whatever else is found, or None for a candidate (whether it applies
    depends on the fixes taken before it). `verdict` is the decision on it (or None)."""
    if f.fix is None or not f.fix.edits:
        return Outcome(f, Status.NO_FIX)
    if f.fix.applicability is Applicability.DISPLAY_ONLY:
        return Outcome(f, Status.DISPLAY_ONLY, "display-only fixes are never applied")
    if verdict == "reject":
        return Outcome(f, Status.REJECTED, "rejected by a decision")
    if _self_conflicting(f.fix.edits, text_length):
        return Outcome(f, Status.INVALID, "the fix's edits overlap each other or leave the text")
    if f.fix.applicability is Applicability.SAFE or unsafe or verdict == "accept":
        return None
    return Outcome(f, Status.PROPOSED, "unsafe fix: needs --unsafe-fixes or an accept decision")


def plan(findings: list[Finding], policy: FixPolicy, text_length: int,
         trusted: set[str] | None = None) -> list[Outcome]:
    """Decide each finding's fate, in the findings' order. Verdicts are looked up only for
    fingerprints in `trusted` (all of them when None)."""
    verdict = lambda f: policy.verdicts.get(f.fingerprint) if trusted is None or f.fingerprint in trusted else None  # noqa: E731
    # one slot a finding (a dict of every finding's outcome cost ~100 bytes a finding more on
    # a big document, at the moment the first pass's findings are all held)
    fates: list[Outcome | None] = [None] * len(findings)
    candidates = array("q")
    for i, f in enumerate(findings):
        fate = _fate(f, verdict(f), text_length, policy.unsafe)
        if fate is None:
            candidates.append(i)
        else:
            fates[i] = fate
    taken: list[Edit] = []
    starts: list[int] = []
    owners: list[Finding] = []  # the finding each taken edit belongs to (a list beside `taken`, not a dict)
    for i in _in_overlap_order(findings, candidates, text_length):
        f = findings[i]
        clash = next((c for c in (_clash_at(taken, starts, e) for e in f.fix.edits) if c >= 0), -1)
        if clash >= 0:
            other = owners[clash]
            fates[i] = Outcome(f, Status.OVERLAP, f"overlaps {other.code} at {other.start}-{other.end}, applied first")
            continue
        for e in f.fix.edits:
            k = bisect.bisect_left(starts, e.start)
            taken.insert(k, e)
            starts.insert(k, e.start)
            owners.insert(k, f)
        fates[i] = Outcome(f, Status.APPLIED)
    return fates


def _in_overlap_order(findings: list[Finding], candidates, text_length: int):
    """`sorted(candidates, key=lambda i: overlap_order(findings[i]))`, with one int a candidate
    as the key (the fix's start, then the longer fix first) and the whole key only among
    candidates that tie on it: the tuple keys of every candidate of a big document (~200 bytes
    each) were held at once, beside the findings. The same order: overlap_order begins with
    exactly these two numbers (0 <= start <= end <= text_length for a candidate, whose edits
    stay in the text)."""
    width = text_length + 1

    def key(i: int) -> int:
        span = findings[i].fix.span
        return span.start * width + (text_length - (span.end - span.start))

    ordered = sorted(candidates, key=key)
    n, lo = len(ordered), 0
    while lo < n:
        k, hi = key(ordered[lo]), lo + 1
        while hi < n and key(ordered[hi]) == k:
            hi += 1
        if hi - lo > 1:
            yield from sorted(ordered[lo:hi], key=lambda i: overlap_order(findings[i]))
        else:
            yield ordered[lo]
        lo = hi


# --- the fix loop -----------------------------------------------------------------------------

def fix_document(doc: Document, ctx: AuditContext | None = None, selection: Selection | None = None,
                 policy: FixPolicy | None = None, detectors: tuple[Detector, ...] | None = None,
                 min_confidence: Confidence | None = None,
                 max_passes: int = MAX_PASSES) -> FixResult:
    """Audit, apply the chosen fixes, re-audit the fixed text, and repeat until a pass applies
    nothing (or `max_passes`). Fingerprints of findings in text no fix touched are carried
    over from the first pass, so decisions keep their meaning in later passes."""
    from mtaudit.audit.first_pass import FirstPass, Outcomes

    ctx = ctx or AuditContext()
    policy = policy or FixPolicy()
    # a big document's first pass holds its findings compressed, planned as they come (first_pass)
    spooling = len(doc.text) >= SPOOL_CHARS and max_passes >= 1
    collector = FirstPass(policy, len(doc.text)) if spooling else None
    first = audit(doc, ctx, selection, detectors=detectors, min_confidence=min_confidence,
                  keep=collector.keep if collector else None)
    by_place = collector.places if collector else _Places(first.findings)
    history: list[EditMap] = []
    pass_changes: list[list[tuple[Finding, Span, str]]] = []
    # Overlap and invalid skips by fingerprint, the last pass's outcome kept (in first-seen
    # order): a fix skipped again in every pass is held once, not once per pass.
    skips: dict[str, Outcome] = {}
    later_rejected: list[Outcome] = []
    seen = {_digest(doc.text)}
    text, findings, outcomes0 = doc.text, first.findings, None
    first_skipped = first.skipped
    unplanned = first.findings if max_passes < 1 else []  # no pass: nothing is planned
    del first
    converged = False

    def kept(f: Finding) -> Finding | None:
        """A later pass's finding with its carried fingerprint, when its fate can matter: a
        candidate fix, a rejected or an invalid one. No-fix, display-only and unsafe findings of
        a later pass are dropped as they are found (the report holds the first pass's)."""
        f = _carry(f, history, by_place)
        fate = _fate(f, policy.verdicts.get(f.fingerprint), len(text), policy.unsafe)
        return f if fate is None or fate.status in (Status.REJECTED, Status.INVALID) else None

    for pass_no in range(1, max_passes + 1):
        if collector is not None:  # pass 1 of a big document
            outcomes, applied = collector.plan()
            collector = None
            for o in outcomes.where(Status.OVERLAP, Status.INVALID):
                skips[o.finding.fingerprint] = o
        else:
            trusted = None  # later-pass changes carry their own fingerprints: a review can decide them too
            outcomes = plan(findings, policy, len(text), trusted)
            for o in outcomes:
                if o.status in (Status.OVERLAP, Status.INVALID):
                    skips[o.finding.fingerprint] = o
            if pass_no > 1:
                later_rejected += [o for o in outcomes if o.status is Status.REJECTED]
            applied = [o.finding for o in outcomes if o.status is Status.APPLIED]
        if outcomes0 is None:
            outcomes0 = outcomes
        # this pass's findings are decided: only what was applied, skipped or rejected lives on
        # (the first pass's findings are the result's: while later passes run they wait on a
        # shelf, so a big document's findings are not held as objects beside the next audit's)
        del findings, outcomes
        if not applied:
            converged = True
            break
        edits = [e for f in applied for e in f.fix.edits]
        pass_changes.append([(f, f.span, f.correction or "") for f in applied] if pass_no > 1 else [])
        history.append(EditMap(edits))
        holder = [text]
        del text  # _spliced drops the old text before it joins the new one
        text = _spliced(holder, edits)
        del applied, edits
        digest = _digest(text)
        if digest in seen:
            break  # the fixes undo each other: stop rather than oscillate
        seen.add(digest)
        current = Document(text, doc_id=doc.doc_id, path=doc.path)
        findings = audit(current, ctx, selection, detectors=detectors, min_confidence=min_confidence,
                         keep=kept).findings
        del current
    if pass_changes:
        # as applied in pass 1, made one at a time while the changes are built (a list of
        # them all was held beside the outcomes and the changes)
        applied0 = outcomes0.where(Status.APPLIED) if isinstance(outcomes0, Outcomes) else \
            (o for o in outcomes0 if o.status is Status.APPLIED)
        pass_changes[0] = ((o.finding, o.finding.span, o.finding.correction or "") for o in applied0)
    if outcomes0 is None:
        findings = unplanned
    elif isinstance(outcomes0, Outcomes):
        findings = outcomes0.findings  # the first pass's, in order, held compressed
    else:
        findings = [o.finding for o in outcomes0]
    changes = _changes(doc, pass_changes, history, spooled=spooling)  # compressed while the reports are written
    del pass_changes
    applied_fps = {c.finding.fingerprint for c in changes}
    # a fix skipped in one pass and applied in a later one is not reported
    skipped = [o for fp, o in skips.items() if fp not in applied_fps]
    return FixResult(doc, text, findings, outcomes0 or [], changes, skipped,
                     len(history), converged, first_skipped, later_rejected)


def _spliced(holder: list[str], edits: list[Edit]) -> str:
    """apply_edits(holder[0], edits), taking the text out of `holder` and letting it go before
    the result is joined: on a big document a later pass then holds the original, the pieces
    and the new text, not the previous pass's text as well (the caller keeps no reference)."""
    text = holder.pop()
    pieces, cursor = [], 0
    for e in sorted(edits):
        if e.start < cursor or e.end > len(text):
            raise ValueError(f"edit {e} overlaps another or leaves the text")
        pieces.append(text[cursor:e.start])
        pieces.append(e.replacement)
        cursor = e.end
    pieces.append(text[cursor:])
    del text
    return "".join(pieces)


class _Places:
    """(code, start, end) -> fingerprint of the first pass's findings, for the later passes.

    Held as arrays (offsets, a code number, the fingerprints joined), ~30 bytes a finding: the
    findings themselves are shelved then, and a dict of tuples cost ~200 bytes a finding.
    The findings come sorted by (start, end, code), one per place: a lookup is a bisect."""

    def __init__(self, findings=()) -> None:
        self.starts, self.ends, self.codes = array("q"), array("q"), array("l")
        self.number: dict[str, int] = {}
        self._fps: list[str] = []
        self.width, self.fingerprints = 0, None
        for f in findings:
            self.add(f)

    def add(self, f: Finding) -> None:
        """One more finding (in the findings' order), as the first pass settles it."""
        self.starts.append(f.start)
        self.ends.append(f.end)
        self.codes.append(self.number.setdefault(f.code, len(self.number)))
        self._fps.append(f.fingerprint)

    def _joined(self) -> None:
        fps, self._fps = self._fps, []
        self.width = len(fps[0]) if fps and all(len(fp) == len(fps[0]) for fp in fps) else 0
        self.fingerprints = "".join(fps) if self.width else fps  # equal widths: one string

    def get(self, place: tuple[str, int, int]) -> str | None:
        if self.fingerprints is None:
            self._joined()
        code, start, end = place
        number = self.number.get(code)
        i = bisect.bisect_left(self.starts, start)
        while number is not None and i < len(self.starts) and self.starts[i] == start:
            if self.ends[i] == end and self.codes[i] == number:
                return self.fingerprints[i * self.width:(i + 1) * self.width] if self.width else self.fingerprints[i]
            i += 1
        return None


def _carry(f: Finding, history: list[list[Edit]], by_place: _Places) -> Finding:
    """Give a later-pass finding its first-pass fingerprint when no fix touched its text."""
    span, touched = f.span, False
    for edits in reversed(history):
        span, hit = map_back(span, edits)
        touched = touched or hit
    known = None if touched else by_place.get((f.code, span.start, span.end))
    if known:
        return replace(f, fingerprint=known)
    # new in this pass: a fingerprint no first-pass decision can name
    fresh = hashlib.sha256(f"{f.fingerprint}\x1fpass{len(history) + 1}".encode()).hexdigest()[:16]
    return replace(f, fingerprint=fresh)


def _changes(doc: Document, pass_changes, history, spooled: bool = False):
    """Every applied fix as a Change, sorted by where it sits in the final text. `spooled`: as a
    read-only list held compressed (mtaudit.audit.spool), built without holding the changes
    as objects (only their sort keys)."""
    if not spooled:
        return _sorted_changes(_each_change(doc, pass_changes, history))
    writer, keys = SpoolWriter(), []
    for n, c in enumerate(_each_change(doc, pass_changes, history)):
        writer.append(c)
        keys.append((c.final.start, c.final.end, c.finding.code, n))
    made = writer.close()
    keys.sort()  # with n last: the stable sort of the changes in the order made
    if all(k[3] == n for n, k in enumerate(keys)):
        return made
    return Spooled(made[k[3]] for k in keys)  # a few later-pass changes out of place: read in order


def _sorted_changes(changes) -> list[Change]:
    out = list(changes)
    out.sort(key=lambda c: (c.final.start, c.final.end, c.finding.code))
    return out


def _each_change(doc: Document, pass_changes, history):
    for k, items in enumerate(pass_changes):
        for f, span, after in items:
            final = map_forward(span, history[k])
            original = span
            for edits in reversed(history[:k]):
                original, _ = map_back(original, edits)
            for edits in history[k + 1:]:
                final = map_forward(final, edits)
            yield Change(f, k + 1, f.text, after, original, final, doc.line_col(original.start)[0])
        pass_changes[k] = None  # this pass's items are made now


def _digest(text: str, step: int = 1 << 20) -> str:
    """SHA-256 of the text's UTF-8, encoded a megabyte at a time (never a second whole copy;
    with surrogatepass each code point encodes alone, so the cuts change no byte)."""
    h = hashlib.sha256()
    for i in range(0, len(text), step):
        h.update(text[i:i + step].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def reviewable(result: FixResult) -> list:
    """What a review page can decide: every first-pass finding and every change of a later pass
    (including those a decision has now rejected, which therefore did not apply)."""
    return (list(result.findings) + [c.finding for c in result.changes if c.pass_no > 1]
            + [o.finding for o in result.later_rejected])


def count_remaining(result: FixResult) -> int:
    """len(remaining(result)), without a list of a big document's remaining outcomes."""
    applied = {c.finding.fingerprint for c in result.changes}
    return sum(1 for o in result.outcomes
               if o.status not in (Status.APPLIED, Status.REJECTED) and o.finding.fingerprint not in applied)


def remaining(result: FixResult) -> list:
    """First-pass findings the run left for a person: unsafe proposals not applied, findings
    without an applicable fix, fixes skipped for an overlap (unless a later pass applied them).
    A reviewer's reject is a decision, not something left to do."""
    applied = {c.finding.fingerprint for c in result.changes}
    return [o for o in result.outcomes
            if o.status not in (Status.APPLIED, Status.REJECTED) and o.finding.fingerprint not in applied]
