"""The review page: one self-contained HTML file, original left, corrected right, by paragraph.

Every article character goes through html.escape, so markup in an article shows as text.
The page works without JavaScript (every change and its reason is static HTML); the
inline script adds filters, accept/reject and "export decisions". A Content-Security-Policy
meta tag allows only that script (by its sha256, computed here) and inline styles.

The right side shows the text after the first pass's safe fixes (and any already accepted)
with unsafe fixes marked as proposals; accepting one in the page shows it as applied.
"""

from __future__ import annotations

import base64
import re
import bisect
import hashlib
from collections import Counter
from html import escape
from importlib import resources

from ..fixes import FixResult, Outcome, Status, overlap_order
from ..types import Confidence, Span

_FIXABLE = (Status.APPLIED, Status.PROPOSED, Status.REJECTED, Status.OVERLAP)
_STATE = {Status.APPLIED: "applied", Status.PROPOSED: "proposed", Status.REJECTED: "rejected",
          Status.OVERLAP: "proposed"}


def _asset(name: str) -> str:
    return resources.files("mtaudit").joinpath("data", name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def csp(script: str) -> str:
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash(script)}'; "
            f"img-src data:; base-uri 'none'; form-action 'none'")


def _state(o: Outcome) -> str:
    return _STATE.get(o.status, "note")


def _fixable(o: Outcome) -> bool:
    return o.status in _FIXABLE


def _inline(outcomes: list[tuple[str, Outcome]]) -> dict[str, Outcome]:
    """The findings shown inside the text: applied ones, then other fixes, then notes, each
    only when it overlaps nothing chosen before (the rest are listed, not highlighted)."""
    ranked = sorted(outcomes, key=lambda p: (
        0 if p[1].status is Status.APPLIED else 1 if _fixable(p[1]) else 2,
        overlap_order(p[1].finding) if p[1].finding.fix else (p[1].finding.start, 0, p[1].finding.code, "")))
    chosen: dict[str, Outcome] = {}
    spans: list[Span] = []   # chosen so far, sorted by start and disjoint: a clash is a neighbour
    starts: list[int] = []
    for fid, o in ranked:
        s = o.finding.span
        k = bisect.bisect_left(starts, s.start)
        near = spans[max(k - 1, 0):k + 1]
        if any(s.overlaps(t) or s.start == t.start for t in near) or _covers_one(s, spans, starts, k):
            continue
        chosen[fid] = o
        spans.insert(k, s)
        starts.insert(k, s.start)
    return chosen


def _covers_one(s: Span, spans: list[Span], starts: list[int], k: int) -> bool:
    """Does `s` overlap a chosen span starting inside it (beyond its first neighbour)?"""
    return k + 1 < len(spans) and spans[k + 1].start < s.end and s.overlaps(spans[k + 1])


def _blocks(result: FixResult) -> list[Span]:
    """Paragraphs, merged where a finding crosses a paragraph break."""
    spans = sorted([*result.doc.paragraphs, *(f.span for f in result.findings)])
    out: list[Span] = []
    for s in spans:
        if out and s.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, s.end))
        else:
            out.append(s)
    return out


def _attrs(fid: str, o: Outcome) -> str:
    f = o.finding
    return (f'data-id="{fid}" data-state="{_state(o)}" data-category="{escape(f.category)}" '
            f'data-confidence="{f.confidence.value}"')


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _shown(text: str) -> str:
    """Escaped article text with each bidi control kept but isolated in its own element (which
    the stylesheet labels "[U+202E]"): a U+202E in a scraped article must not reverse a
    correction or swap the buttons, and the reviewer sees where it is."""
    return _BIDI.sub(lambda m: f'<bdi class="ctl" data-cp="U+{ord(m.group()):04X}">{m.group()}</bdi>',
                     escape(text))


def _side(text: str, block: Span, inline: list[tuple[str, Outcome]], corrected: bool) -> str:
    parts, cursor = [], block.start
    for fid, o in inline:
        f = o.finding
        parts.append(_shown(text[cursor:f.start]))
        title = escape(f"{f.code} {f.name}: {f.message}")
        if corrected and _fixable(o):
            parts.append(f'<span class="c" {_attrs(fid, o)} title="{title}"><del class="old">{_shown(f.text)}</del>'
                         f'<ins class="new">{_shown(f.correction or "")}</ins></span>')
        else:
            tag = "span" if corrected else "mark"
            parts.append(f'<{tag} class="c" {_attrs(fid, o)} title="{title}">{_shown(f.text)}</{tag}>')
        cursor = f.end
    parts.append(_shown(text[cursor:block.end]))
    return "".join(parts)


def _note(fid: str, o: Outcome, shown_inline: bool) -> str:
    f = o.finding
    appl = f.applicability.value if f.applicability else "no fix"
    fix = ""
    if f.fix is not None:
        fix = f' <q>{escape(f.text)}</q> → <q>{escape(f.correction or "")}</q>'
    else:
        fix = f' <q>{escape(f.text)}</q>'
    reason = o.reason + ("" if shown_inline else "; not highlighted: overlaps another change")
    reason_html = f' <span class="reason">({escape(reason.strip("; "))})</span>' if reason.strip("; ") else ""
    actions = ""
    extra = ""
    if _fixable(o):
        extra = " data-fixable"
        actions = ('<span class="actions" hidden><button type="button" data-verdict="accept">Accept</button> '
                   '<button type="button" data-verdict="reject">Reject</button></span>')
    status = _state(o) if _fixable(o) else ("display only" if o.status is Status.DISPLAY_ONLY else "finding")
    return (f'<li class="note" id="n-{fid}" {_attrs(fid, o)}{extra} data-fingerprint="{escape(f.fingerprint)}" '
            f'data-code="{escape(f.code)}" data-text="{escape(f.text)}">'
            f'<span class="code">{escape(f.code)}</span> {escape(f.name)}'
            f'<span class="tag">{escape(f.category)}</span><span class="tag">{f.confidence.value}</span>'
            f'<span class="tag">{escape(appl)}</span> <span class="status">{escape(status)}</span>:'
            f' {escape(f.message)}{fix}{reason_html}{actions}</li>')


def _filters(result: FixResult) -> str:
    cats = Counter(f.category for f in result.findings)
    confs = Counter(f.confidence.value for f in result.findings)
    box = lambda kind, value, n: (f'<label><input type="checkbox" data-filter="{kind}" value="{escape(value)}" checked> '  # noqa: E731
                                  f'{escape(value)} ({n})</label>')
    cat_boxes = "".join(box("category", c, n) for c, n in sorted(cats.items()))
    conf_boxes = "".join(box("confidence", c.value, confs[c.value]) for c in Confidence if confs[c.value])
    return (f'<form id="filters" class="filters" hidden><fieldset><legend>Category</legend>{cat_boxes}</fieldset>'
            f'<fieldset><legend>Confidence</legend>{conf_boxes}</fieldset>'
            f'<p><span id="shown">{len(result.findings)}</span> of {len(result.findings)} findings shown '
            f'<button type="button" id="export">Export decisions</button><a id="download" hidden></a></p></form>')


def _alignment_section(doc) -> str:
    """The source alignment view (mtaudit.source.review), when the run had --source."""
    if "source_analysis" not in doc.cache:
        return ""
    from ..source.review import alignment_section

    return alignment_section(doc)


def render(result: FixResult, sig_line: str | None = None) -> str:
    """The whole page as a string."""
    doc = result.doc
    pairs = [(f"f{i}", o) for i, o in enumerate(result.outcomes)]
    inline = _inline(pairs)
    body = []
    blocks = _blocks(result)
    block_starts = [b.start for b in blocks]
    by_block: dict[int, list] = {}  # findings grouped once, not a scan of all of them per block
    for fid, o in sorted(pairs, key=lambda p: (p[1].finding.start, p[1].finding.end)):
        i = bisect.bisect_right(block_starts, o.finding.start) - 1
        if i >= 0 and blocks[i].start <= o.finding.start and o.finding.end <= blocks[i].end:
            by_block.setdefault(i, []).append((fid, o))
    for n, block in enumerate(blocks, 1):
        inside = by_block.get(n - 1, [])
        shown = [(fid, o) for fid, o in inside if fid in inline]
        notes = "".join(_note(fid, o, fid in inline) for fid, o in inside)
        body.append(f'<section class="para" id="p{n}"><div class="pair">'
                    f'<div class="orig">{_side(doc.text, block, shown, False)}</div>'
                    f'<div class="fixed">{_side(doc.text, block, shown, True)}</div></div>'
                    + (f'<ol class="notes">{notes}</ol>' if notes else "") + '</section>')
    counts = Counter(o.status for o in result.outcomes)
    later = sum(1 for c in result.changes if c.pass_no > 1)
    later_note = (f" {later} more change{'s' * (later != 1)} from later passes are in the annotated diff."
                  if later else "")
    script, style = _asset("review.js"), _asset("review.css")
    title = escape(doc.doc_id)
    meta = (f'{escape(doc.path or doc.doc_id)} · {doc.word_count:,} words · {len(result.findings)} findings · '
            f'{counts[Status.APPLIED]} fixes applied · {counts[Status.PROPOSED]} proposals · '
            f'{sum(1 for o in result.outcomes if not _fixable(o))} without an applicable fix.{later_note}')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp(script)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>mtaudit review: {title}</title>
<style>{style}</style>
</head>
<body data-doc="{escape(doc.doc_id)}">
<header>
<h1>mtaudit review: {title}</h1>
<p class="meta">{meta}</p>
{_filters(result)}
<noscript><p>Filters, accept/reject and export need JavaScript; every change and its reason is listed below.</p></noscript>
<p class="legend"><span style="background:#fbe0e0">replaced</span><span style="background:#d9f2dd">applied fix</span><span style="background:#fff2c2">proposal (not applied)</span><span style="background:#dde8fb">finding without a fix</span></p>
</header>
<main>
<div class="cols"><div>Original</div><div>Corrected</div></div>
{"".join(body)}
{_alignment_section(doc)}
</main>
<footer>{escape(sig_line or "")}</footer>
<script>{script}</script>
</body>
</html>
"""
