"""The review page: one self-contained HTML file where an editor works through an article.

Original left, corrected right, paragraph by paragraph. The corrected side is the text `mtaudit
fix` wrote -- every change of every fix pass is on it and in the list under its paragraph, each
with its code, category, confidence, applicability, pass and message, and each can be accepted
or rejected. Changes whose original text overlaps (a later pass refining an earlier one) are
shown as one replacement, original → final, and listed one by one.

Every article character goes through html.escape, so markup in an article shows as text. The
page reads without JavaScript (every change and reason is static HTML); the inline script adds
keyboard review, accept/reject with undo, "accept all safe", per-category bulk actions, filters,
live decision counts and scores, and "export decisions". A Content-Security-Policy meta tag
allows only that script (by its sha256, computed here) and inline styles.
"""

from __future__ import annotations

import base64
import bisect
import re
import hashlib
import json
from collections import Counter
from itertools import chain
from operator import attrgetter
from dataclasses import dataclass, field
from html import escape
from importlib import resources

from mtaudit.audit.spool import Mapped
from mtaudit.audit.fixes import Change, FixResult, Status, overlap_order
from mtaudit.report.pieces import batched, sliced
from mtaudit.report.quality import DEFAULT_WEIGHTS, FORMULA, mqm_score
from mtaudit.core.types import Applicability, Confidence, Finding, Span

_FIXABLE = (Status.APPLIED, Status.PROPOSED, Status.REJECTED, Status.OVERLAP)
_STATE = {Status.APPLIED: "applied", Status.PROPOSED: "proposed", Status.REJECTED: "rejected",
          Status.OVERLAP: "proposed"}
KEYS = (("j", "next finding"), ("k", "previous finding"), ("a", "accept (confirm)"), ("r", "reject (dismiss)"),
        ("u", "undo the last decision"), ("s", "accept all safe fixes"), ("?", "show or hide the keys"))


def _asset(name: str) -> str:
    return resources.files("mtaudit").joinpath("data", name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def csp(script: str) -> str:
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash(script)}'; "
            f"img-src data:; base-uri 'none'; form-action 'none'")


@dataclass(slots=True)
class Entry:
    """One finding on the page: a first-pass outcome, or a change applied in a later pass."""

    id: str
    finding: Finding
    state: str                    # applied | proposed | rejected | note
    status: str                   # what the list says
    span: Span                    # where it sits in the ORIGINAL text
    before: str
    after: str | None             # None: no fix
    pass_no: int = 1
    reason: str = ""
    fixable: bool = False
    change: Change | None = None


@dataclass(slots=True)
class Group:
    """Applied changes whose original spans overlap: shown as one replacement, original → final."""

    span: Span
    final: Span
    members: list[Entry] = field(default_factory=list)


def entries(result: FixResult) -> list[Entry]:
    """Every first-pass finding and every change of a later pass, in text order (the whole
    page's; the page itself builds them a cluster at a time, see `_blocks_of`)."""
    first_pass, by_fp = _change_index(result)
    out = [_entry(i, o, first_pass, by_fp) for i, o in enumerate(result.outcomes)]
    out += [_later_entry(result, k, c) for k, c in _later_changes(result)]
    return sorted(out, key=_entry_order)


def _entry_order(e: Entry) -> tuple:
    return (e.span.start, e.span.end, e.pass_no, e.finding.code)


def _change_index(result: FixResult) -> tuple[dict, dict]:
    """The first pass's changes by finding (identity) and by fingerprint. Changes held
    compressed (mtaudit.audit.spool) come back as copies: they are found by fingerprint only
    (an applied outcome's fingerprint names its change: a document's fingerprints are
    unique), and read back as needed, not held."""
    if not isinstance(result.changes, list):
        return {}, _ByFingerprint(result.changes)
    first_pass = {id(c.finding): c for c in result.changes if c.pass_no == 1}
    by_fp = {c.finding.fingerprint: c for c in result.changes if c.pass_no == 1}
    return first_pass, by_fp


class _ByFingerprint:
    """fingerprint -> first-pass change of a read-only sequence of changes, holding an index."""

    def __init__(self, changes) -> None:
        self._changes = changes
        self._at = {c.finding.fingerprint: k for k, c in enumerate(changes) if c.pass_no == 1}

    def get(self, fp: str):
        k = self._at.get(fp)
        return None if k is None else self._changes[k]


def _entry(i: int, o, first_pass: dict, by_fp: dict) -> Entry:
    """The entry of the i-th first-pass outcome."""
    f = o.finding
    fixable = o.status in _FIXABLE
    change = first_pass.get(id(f)) or (by_fp.get(f.fingerprint) if o.status is Status.APPLIED else None)
    state = _STATE.get(o.status, "note")
    if o.status is Status.DISPLAY_ONLY:
        status = "display only"
    elif not fixable:
        status = "finding"
    else:
        status = state
    return Entry(f"f{i}", f, state, status, f.span, f.text, f.correction, 1, o.reason, fixable, change)


def _later_changes(result: FixResult) -> list[tuple[int, Change]]:
    """(k, change) for each change of a later pass, k counting them in `result.changes` order."""
    return list(enumerate(c for c in result.changes if c.pass_no > 1))


def _later_entry(result: FixResult, k: int, c: Change) -> Entry:
    return Entry(f"f{len(result.outcomes) + k}", c.finding, "applied", f"applied in pass {c.pass_no}", c.original,
                 c.before, c.after, c.pass_no, "", True, c)


def _groups(items: list[Entry]) -> list[Group]:
    """Applied entries clustered by overlapping original spans (an insertion at a span's start joins it)."""
    applied = sorted((e for e in items if e.state == "applied" and e.change is not None),
                     key=lambda e: (e.change.original.start, e.change.original.end))
    out: list[Group] = []
    for e in applied:
        c = e.change
        last = out[-1] if out else None
        if last and (c.original.start < last.span.end or c.original.start == last.span.start):
            last.span = Span(last.span.start, max(last.span.end, c.original.end))
            last.final = Span(min(last.final.start, c.final.start), max(last.final.end, c.final.end))
            last.members.append(e)
        else:
            out.append(Group(c.original, c.final, [e]))
    for g in out:
        g.members.sort(key=lambda e: (e.pass_no, e.span.start))  # the first pass first: the others refine it
    return out


def _inline_others(items: list[Entry], taken: list[Span]) -> list[Entry]:
    """Entries that are not applied, shown inside the text when they overlap nothing shown before:
    fixable ones first (by the fix order), then findings without a fix. Each test is a bisect
    (see _Shown), so the page stays linear in the proposals, not quadratic."""
    rest = [e for e in items if not (e.state == "applied" and e.change is not None)]
    ranked = sorted(rest, key=lambda e: (0 if e.fixable else 1,
                                         overlap_order(e.finding) if e.finding.fix else (e.span.start, 0, e.finding.code, "")))
    chosen: list[Entry] = []
    shown = _Shown(taken)
    for e in ranked:
        if e.pass_no > 1 or shown.clashes(e.span):
            continue
        chosen.append(e)
        shown.add(e.span)
    return chosen


class _Shown:
    """The spans already shown in the text; `clashes(q)`: q overlaps one or starts where one does.

    The given spans (applied changes) are fixed: sorted by start with a running maximum of
    their ends, an overlap is one bisect. The spans added after are pairwise free of clashes,
    which makes them a chain (sorted by start, each starts at or after the previous end), so
    only the neighbours of q can clash: one bisect in a sorted list."""

    def __init__(self, fixed: list[Span]) -> None:
        from sortedcontainers import SortedList

        spans = sorted(fixed)
        self._starts = [s.start for s in spans]
        self._max_end, top = [], -1
        for s in spans:
            top = max(top, s.end)
            self._max_end.append(top)
        self._fixed_starts = set(self._starts)
        self._added = SortedList()

    def clashes(self, q: Span) -> bool:
        if q.start in self._fixed_starts:
            return True
        i = bisect.bisect_left(self._starts, q.end)  # fixed spans starting before q ends
        if i and self._max_end[i - 1] > q.start:
            return True
        added = self._added
        j = added.bisect_right((q.start, float("inf")))
        if j and (added[j - 1][0] == q.start or added[j - 1][1] > q.start):  # the last one starting at or before q
            return True
        return j < len(added) and added[j][0] < q.end  # the first one starting after q

    def add(self, q: Span) -> None:
        self._added.add((q.start, q.end))


def _blocks(doc, spans: list[Span]) -> list[Span]:
    """Paragraphs, merged where a finding or change crosses a paragraph break."""
    out: list[Span] = []
    for s in sorted([*doc.paragraphs, *spans]):
        if out and s.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, s.end))
        else:
            out.append(s)
    return out


def _by_block(blocks: list[Span], things: list, key) -> dict[int, list]:
    """Each thing under the index of the block that holds its span, in order: one bisect
    each, so the page stays linear in findings (blocks are sorted and disjoint)."""
    starts = [b.start for b in blocks]
    out: dict[int, list] = {}
    for t in things:
        span = key(t)
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and span.end <= blocks[i].end:
            out.setdefault(i, []).append(t)
    return out


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _shown(text: str) -> str:
    """Escaped article text with each bidi control kept but isolated in its own element (the
    stylesheet labels it): a U+202E in a scraped article must not reverse a correction."""
    return _BIDI.sub(lambda m: f'<bdi class="ctl" data-cp="U+{ord(m.group()):04X}">{m.group()}</bdi>', escape(text))


def _filter_attrs(category: str, confidence: str) -> str:
    return f'data-category="{escape(category)}" data-confidence="{confidence}"'


def _title(members: list[Entry]) -> str:
    return escape("; ".join(f"{e.finding.code} {e.finding.name}: {e.finding.message}" for e in members))


def _side_parts(text: str, final_text: str, block: Span, shown: list, corrected: bool):
    """One column of one paragraph, in pieces; `shown` holds (span, Group | Entry) in text
    order. The article's text between findings is escaped a slice at a time: a one-line
    article is one paragraph, and its column must not be one string (nor several copies)."""
    cursor = block.start
    for span, item in shown:
        yield from sliced(text, cursor, span.start, _shown)
        if isinstance(item, Group):
            members = item.members
            first = members[0].finding
            attrs = (f'data-members="{" ".join(e.id for e in members)}" data-state="applied" '
                     f'{_filter_attrs(first.category, first.confidence.value)}')
            old = _shown(text[span.start:span.end])
            if corrected:
                new = _shown(final_text[item.final.start:item.final.end])
                yield (f'<span class="c" {attrs} title="{_title(members)}"><del class="old">{old}</del>'
                       f'<ins class="new">{new}</ins></span>')
            else:
                yield f'<mark class="c" {attrs} title="{_title(members)}">{old}</mark>'
        else:
            e, f = item, item.finding
            attrs = (f'data-members="{e.id}" data-state="{e.state}" '
                     f'{_filter_attrs(f.category, f.confidence.value)}')
            old = _shown(text[span.start:span.end])
            if corrected and e.fixable:
                yield (f'<span class="c" {attrs} title="{_title([e])}"><del class="old">{old}</del>'
                       f'<ins class="new">{_shown(e.after or "")}</ins></span>')
            else:
                tag = "span" if corrected else "mark"
                yield f'<{tag} class="c" {attrs} title="{_title([e])}">{old}</{tag}>'
        cursor = span.end
    yield from sliced(text, cursor, block.end, _shown)


def _note(e: Entry, inline: bool, weights) -> str:
    f = e.finding
    appl = f.applicability.value if f.applicability else "no fix"
    if e.after is not None:
        fix = f' <q>{escape(e.before)}</q> → <q>{escape(e.after)}</q>'
    else:
        fix = f' <q>{escape(e.before)}</q>'
    reason = e.reason + ("" if inline else "; shown inside another change in the text")
    reason = reason.strip("; ")
    reason_html = f' <span class="reason">({escape(reason)})</span>' if reason else ""
    verb = ("Accept", "Reject") if e.fixable else ("Confirm", "Dismiss")
    hint = ("apply this change", "keep the original text") if e.fixable else (
        "an error: it counts in the confirmed score", "not an error")
    actions = (f'<span class="actions" hidden>'
               f'<button type="button" data-verdict="accept" aria-pressed="false" title="{hint[0]} (a)">{verb[0]}</button> '
               f'<button type="button" data-verdict="reject" aria-pressed="false" title="{hint[1]} (r)">{verb[1]}</button>'
               f'</span>')
    pass_tag = f'<span class="tag pass">pass {e.pass_no}</span>' if e.pass_no > 1 else ""
    safe = "true" if e.fixable and f.applicability is Applicability.SAFE and e.pass_no == 1 else "false"
    return (f'<li class="note" id="n-{e.id}" data-id="{e.id}" data-state="{e.state}" data-initial="{e.state}" '
            f'{_filter_attrs(f.category, f.confidence.value)} data-fixable="{str(e.fixable).lower()}" '
            f'data-safe="{safe}" data-pass="{e.pass_no}" data-weight="{weights[f.severity.value]:g}" tabindex="-1" '
            f'data-fingerprint="{escape(f.fingerprint)}" data-code="{escape(f.code)}" data-text="{escape(f.text)}">'
            f'<span class="code">{escape(f.code)}</span> {escape(f.name)}'
            f'<span class="tag">{escape(f.category)}</span><span class="tag">{f.confidence.value}</span>'
            f'<span class="tag">{escape(appl)}</span>{pass_tag} <span class="status">{escape(e.status)}</span>:'
            f' {escape(f.message)}{fix}{reason_html}{actions}</li>')


@dataclass
class _Tally:
    """What the panel counts over the page's entries (`items`: Entry objects, or first-pass
    outcomes and later changes counted without making entries)."""

    findings: list           # first-pass findings, in page order (the score's issues)
    cats: Counter
    confs: Counter
    safe: int
    n: int                   # entries on the page

    @classmethod
    def of_entries(cls, items: list[Entry]) -> "_Tally":
        return cls([e.finding for e in items if e.pass_no == 1],
                   Counter(e.finding.category for e in items), Counter(e.finding.confidence.value for e in items),
                   sum(1 for e in items if e.fixable and e.pass_no == 1 and e.finding.applicability is Applicability.SAFE),
                   len(items))

    @classmethod
    def of_result(cls, result: FixResult, later: list[tuple[int, Change]]) -> "_Tally":
        """The same counts from the outcomes (in text order) and the later changes."""
        cats, confs, safe = Counter(), Counter(), 0
        for f, fixable in chain(((o.finding, o.status in _FIXABLE) for o in result.outcomes),
                                ((c.finding, False) for _, c in later)):
            cats[f.category] += 1
            confs[f.confidence.value] += 1
            safe += fixable and f.applicability is Applicability.SAFE
        return cls(Mapped(result.outcomes, attrgetter("finding")), cats, confs, safe, len(result.outcomes) + len(later))


def _panel(items, doc, weights) -> str:
    """Counts, scores, bulk actions, filters and the keys: the editor's controls. `items`: the
    page's entries, or their _Tally."""
    tally = items if isinstance(items, _Tally) else _Tally.of_entries(items)
    findings, cats, confs, safe, n = tally.findings, tally.cats, tally.confs, tally.safe, tally.n
    score = mqm_score(findings, doc.word_count, weights)["score"]
    box = lambda kind, value, n: (f'<label><input type="checkbox" data-filter="{kind}" value="{escape(value)}" checked> '  # noqa: E731
                                  f'{escape(value)} ({n})</label>')
    bulk_rows = "".join(
        f'<div class="cat">{box("category", c, n)}<span class="bulk-actions">'
        f'<button type="button" data-bulk="accept" data-for="{escape(c)}" title="accept every {escape(c)} finding">Accept all</button> '
        f'<button type="button" data-bulk="reject" data-for="{escape(c)}" title="reject every {escape(c)} finding">Reject all</button>'
        f'</span></div>'
        for c, n in sorted(cats.items()))
    conf_boxes = "".join(box("confidence", c.value, confs[c.value]) for c in Confidence if confs[c.value])
    keys = " · ".join(f"<kbd>{escape(k)}</kbd> {escape(v)}" for k, v in KEYS)
    return f"""<div id="status" class="status-bar" role="status" aria-live="polite">
<span id="counts"><b id="n-accepted">0</b> accepted · <b id="n-rejected">0</b> rejected · <b id="n-open">{n}</b> to review, of {n}</span>
<span id="scores">MQM score <b id="score-all">{score:.1f}</b> over <span id="issues-all">{len(findings)}</span> issues · <b id="score-kept">{score:.1f}</b> without the rejected · <b id="score-confirmed">100.0</b> over <span id="issues-confirmed">0</span> confirmed</span>
<span class="status-actions" hidden><button type="button" id="undo" disabled>Undo</button> <button type="button" id="export">Export decisions</button><a id="download" hidden></a></span>
</div>
<p id="keys" class="keys" hidden>Keys: {keys}</p>
<form id="controls" class="controls" hidden>
<fieldset class="bulk"><legend>Review by category <button type="button" id="accept-safe" data-count="{safe}">Accept all safe fixes ({safe})</button></legend>
<div class="cats">{bulk_rows}</div></fieldset>
<fieldset class="confidence"><legend>Confidence</legend>{conf_boxes} <span class="shown"><span id="shown">{n}</span> of {n} shown</span></fieldset>
</form>
<p class="formula">{escape(FORMULA)}; weights {", ".join(f"{k} {v:g}" for k, v in weights.items())}</p>"""


def _alignment_section(doc) -> str:
    """The source alignment view (mtaudit.source.review), when the run had --source."""
    from mtaudit.text.views import SOURCE_ANALYSIS

    if SOURCE_ANALYSIS not in doc.views:
        return ""
    from mtaudit.source.review import alignment_section

    return alignment_section(doc)


def _sections_whole(result: FixResult, items: list[Entry], weights):
    """Every section from the page-wide entry list (any order of outcomes)."""
    groups = _groups(items)
    group_of = {e.id: g for g in groups for e in g.members}
    others = _inline_others(items, [g.span for g in groups])
    shown_ids = {e.id for e in others} | set(group_of)
    inline = sorted([(g.span, g) for g in groups] + [(e.span, e) for e in others], key=lambda p: (p[0].start, p[0].end))
    blocks = _blocks(result.doc, [s for s, _ in inline] + [e.span for e in items])
    here_of, inside_of = _by_block(blocks, inline, key=lambda p: p[0]), _by_block(blocks, items, key=lambda e: e.span)
    for n, block in enumerate(blocks, 1):
        yield from _section(result, n, block, [_Cluster.of(here_of.get(n - 1, []), inside_of.get(n - 1, []),
                                                           group_of, shown_ids)], weights)


@dataclass(slots=True)
class _Cluster:
    """Entries whose spans touch (overlap, share a start, or meet): everything that decides how
    one of them is shown (its group of applied changes, whether it is inline) is among them."""

    here: list                    # (span, Group | Entry) shown in the text, in text order
    inside: list[Entry]           # the notes, in list order
    group_of: dict
    shown_ids: set

    @classmethod
    def of(cls, here: list, inside: list[Entry], group_of: dict, shown_ids: set) -> "_Cluster":
        inside.sort(key=lambda e: ((group_of[e.id].span.start if e.id in group_of else e.span.start),
                                   e.pass_no, e.span.start, e.finding.code))
        return cls(here, inside, group_of, shown_ids)

    @classmethod
    def build(cls, items: list[Entry]) -> "_Cluster":
        """As the page-wide path does it, over these entries only (in page order)."""
        groups = _groups(items)
        group_of = {e.id: g for g in groups for e in g.members}
        others = _inline_others(items, [g.span for g in groups])
        shown_ids = {e.id for e in others} | set(group_of)
        here = sorted([(g.span, g) for g in groups] + [(e.span, e) for e in others],
                      key=lambda p: (p[0].start, p[0].end))
        return cls.of(here, list(items), group_of, shown_ids)


def _section(result: FixResult, n: int, block: Span, clusters, weights):
    """One paragraph's section in pieces. `clusters`: a callable giving the block's clusters in
    text order (called once per column and once for the notes), or a list of them."""
    again = clusters if callable(clusters) else (lambda: clusters)
    doc = result.doc
    yield f'<section class="para" id="p{n}"><div class="pair"><div class="orig">'
    yield from _side_parts(doc.text, result.text, block, (p for c in again() for p in c.here), False)
    yield '</div><div class="fixed">'
    yield from _side_parts(doc.text, result.text, block, (p for c in again() for p in c.here), True)
    yield '</div></div>'
    opened = False
    for c in again():
        for e in c.inside:
            if not opened:
                yield '<ol class="notes">'
                opened = True
            yield _note(e, e.id in c.shown_ids, weights)
    if opened:
        yield '</ol>'
    yield '</section>'


def _streamable(result: FixResult, first_pass: dict) -> bool:
    """True when the outcomes come in text order (as fix_document gives them: sorted by start,
    end and code) and each first-pass change sits where its finding does: then a block's
    first-pass entries are a run of consecutive outcomes and a cluster's groups stay inside it."""
    prev = None
    for o in result.outcomes:
        f = o.finding
        key = (f.start, f.end, f.code)
        if prev is not None and key < prev:
            return False
        prev = key
    return all(c.original == c.finding.span for c in result.changes if c.pass_no == 1)


@dataclass(slots=True)
class _Block:
    span: Span
    lo: int                       # its first-pass outcomes are result.outcomes[lo:hi]
    hi: int
    later: list                   # its later-pass changes, (k, change), in k order


def _touching(spans):
    """Runs of consecutive (start, end, payload) items, sorted by (start, end), whose spans touch:
    yields (Span of the run, [payloads])."""
    cur_start = cur_end = None
    held: list = []
    for start, end, payload in spans:
        if held and start <= cur_end:
            cur_end = max(cur_end, end)
        else:
            if held:
                yield Span(cur_start, cur_end), held
            cur_start, cur_end, held = start, end, []
        held.append(payload)
    if held:
        yield Span(cur_start, cur_end), held


def _blocks_of(result: FixResult, later_changes: list[tuple[int, Change]]):
    """The page's blocks (paragraphs merged with every entry's span where they touch, as
    `_blocks` makes them), in text order, each with the entries inside it, found by walking
    the paragraphs, the outcomes (in text order) and the later changes together."""
    import heapq

    outcomes = result.outcomes
    paragraphs = ((p.start, p.end, None) for p in result.doc.paragraphs)
    found = ((o.finding.start, o.finding.end, i) for i, o in enumerate(outcomes))
    later = sorted(((c.original.start, c.original.end, (k, c)) for k, c in later_changes), key=lambda t: t[:2])
    merged = heapq.merge(paragraphs, found, later, key=lambda t: t[:2])
    block = None  # [start, end, lo, hi, later]: a block's outcomes are counted, not listed
    for start, end, payload in merged:
        if block is None or start > block[1]:
            if block is not None:
                yield _closed(block)
            block = [start, end, None, None, []]
        else:
            block[1] = max(block[1], end)
        if isinstance(payload, int):
            block[2] = payload if block[2] is None else block[2]
            block[3] = payload + 1
        elif payload is not None:
            block[4].append(payload)
    if block is not None:
        yield _closed(block)


def _closed(block: list) -> _Block:
    start, end, lo, hi, later = block
    return _Block(Span(start, end), lo or 0, hi or 0, sorted(later, key=lambda t: t[0]))


def _clusters(result: FixResult, block: _Block, first_pass: dict, by_fp: dict):
    """The block's clusters, in text order, each built from its own entries only."""
    outcomes = result.outcomes
    found = ((outcomes[i].finding.start, outcomes[i].finding.end, i) for i in range(block.lo, block.hi))
    later = sorted(((c.original.start, c.original.end, (k, c)) for k, c in block.later), key=lambda t: t[:2])
    import heapq

    for _, payloads in _touching(heapq.merge(found, later, key=lambda t: t[:2])):
        items = [_entry(p, outcomes[p], first_pass, by_fp) for p in payloads if isinstance(p, int)]
        items += [_later_entry(result, k, c) for k, c in sorted((p for p in payloads if isinstance(p, tuple)),
                                                                key=lambda t: t[0])]
        items.sort(key=_entry_order)
        yield _Cluster.build(items)


SMALL_BLOCK = 64  # entries: a block this small builds its clusters once, a bigger one once per column


def _streamed_sections(result: FixResult, later_changes, first_pass, by_fp, weights):
    """Every section, a block at a time (see _blocks_of and _clusters). A paragraph with a few
    findings keeps its clusters for both columns and the notes; a big block (an article on one
    line) builds them again for each, so that it never holds more than a cluster."""
    for n, block in enumerate(_blocks_of(result, later_changes), 1):
        if block.hi - block.lo + len(block.later) <= SMALL_BLOCK:
            clusters = list(_clusters(result, block, first_pass, by_fp))
        else:
            clusters = lambda b=block: _clusters(result, b, first_pass, by_fp)  # noqa: E731
        yield from _section(result, n, block.span, clusters, weights)


def render(result: FixResult, sig_line: str | None = None, weights=DEFAULT_WEIGHTS) -> str:
    """The whole page as a string."""
    return "".join(render_parts(result, sig_line, weights))


def render_parts(result: FixResult, sig_line: str | None = None, weights=DEFAULT_WEIGHTS):
    """The page in parts (head, each paragraph's section, foot), for write_atomic to stream: a
    big article's page is never held whole, nor twice (as text and encoded). Nor are its
    entries: the sections are built a cluster of touching findings at a time (_blocks_of),
    which gives the very page the page-wide entry list gave (_sections_whole, kept for
    results whose outcomes are not in text order)."""
    doc = result.doc
    later_changes = _later_changes(result)
    first_pass, by_fp = _change_index(result)
    if _streamable(result, first_pass):
        tally = _Tally.of_result(result, later_changes)
        sections = _streamed_sections(result, later_changes, first_pass, by_fp, weights)
    else:
        items = entries(result)
        tally = _Tally.of_entries(items)
        sections = _sections_whole(result, items, weights)
    counts = Counter(o.status for o in result.outcomes)
    later = len(later_changes)
    script, style = _asset("review.js"), _asset("review.css")
    title = escape(doc.doc_id)
    n_findings = len(result.findings)
    meta = (f'{escape(doc.path or doc.doc_id)} · {doc.word_count:,} words · {n_findings} finding{"s" * (n_findings != 1)} · '
            f'{len(result.changes)} change{"s" * (len(result.changes) != 1)} applied'
            + (f' in {result.passes} passes ({later} in later passes)' if later else "")
            + f' · {counts[Status.PROPOSED]} proposal{"s" * (counts[Status.PROPOSED] != 1)} · '
            f'{sum(1 for o in result.outcomes if o.status not in _FIXABLE)} without an applicable fix')
    data = json.dumps({"words": doc.word_count, "weights": dict(weights)}, sort_keys=True)
    yield f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp(script)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>mtaudit review: {title}</title>
<style>{style}</style>
</head>
<body data-doc="{escape(doc.doc_id)}" data-score="{escape(data)}">
<header>
<h1>mtaudit review: {title}</h1>
<p class="meta">{meta}</p>
{_panel(tally, doc, weights)}
<noscript><p>Accept/reject, keys, bulk actions, filters and export need JavaScript; every change and its reason is listed below.</p></noscript>
<p class="legend"><span class="l-removed">replaced</span><span class="l-applied">applied fix</span><span class="l-proposed">proposal (not applied)</span><span class="l-note">finding without a fix</span></p>
</header>
<main>
<div class="cols"><div>Original</div><div>Corrected</div></div>
"""
    yield from batched(sections)
    yield f"""
{_alignment_section(doc)}
</main>
<footer>{escape(sig_line or "")}</footer>
<script>{script}</script>
</body>
</html>
"""
