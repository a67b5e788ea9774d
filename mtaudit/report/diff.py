"""The `.diff` of a fix: a real unified patch, with its annotations where patch tools skip them.

`git apply` and `patch -p1` accept the file as it is: everything before the `--- a/` line is
a `# ` comment block, which both tools ignore (as they ignore a mail's text before a patch),
and the patch below it holds the exact lines, line endings included. The comment block says,
for each hunk (by its `@@` header), the rule, category, confidence, fix applicability and
message of every change, and shows the changed lines with removed words [-like this-] and
added words {+like this+}. The corrected text itself is the `.fixed.txt` file.

Everything here is linear in the text: the changed lines are located from the fixes' own
spans (the text outside them is identical by construction), not by a quadratic
`SequenceMatcher` over every line; a word-level diff runs only on bounded pieces.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from mtaudit.audit.fixes import Change, FixResult, Status

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_WORD = re.compile(r"\w+|\s+|[^\w\s]")
_LF_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
CONTEXT_LINES = 1
_MAX_MATCHER_CELLS = 250_000  # SequenceMatcher is quadratic: only on pieces at most this big


@dataclass(frozen=True)
class Hunk:
    a_start: int   # 0-based line indices, half-open
    a_end: int
    b_start: int
    b_end: int
    ops: list      # difflib opcodes of the hunk
    changes: list[Change]


def split_lines(text: str) -> list[str]:
    """Lines with their endings, split exactly where Document.line_col splits them."""
    return _LINE.findall(text)


def line_starts(lines: list[str]) -> list[int]:
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    return starts


def word_ops(old: str, new: str) -> list[tuple[str, str, str]]:
    """(tag, old piece, new piece) over word tokens; tag is equal, delete, insert or replace.

    The common head and tail are taken off first (linear); the middle gets a word diff only
    when it is small enough for SequenceMatcher, otherwise it is one replacement."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    out: list[tuple[str, str, str]] = []
    if head:
        out.append(("equal", "".join(a[:head]), "".join(b[:head])))
    mid_a, mid_b = a[head:len(a) - tail], b[head:len(b) - tail]
    if (len(mid_a) + 1) * (len(mid_b) + 1) <= _MAX_MATCHER_CELLS:
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes():
            out.append((tag, "".join(mid_a[i1:i2]), "".join(mid_b[j1:j2])))
    elif mid_a or mid_b:
        out.append(("replace", "".join(mid_a), "".join(mid_b)))
    if tail:
        out.append(("equal", "".join(a[len(a) - tail:]), "".join(b[len(b) - tail:])))
    # "[-national security-]" reads better than "[-national-] [-security-]": absorb lone spaces
    merged: list[tuple[str, str, str]] = []
    for i, op in enumerate(out):
        between = (op[0] == "equal" and op[1].isspace() and 0 < i < len(out) - 1 and out[i + 1][0] != "equal")
        if merged and merged[-1][0] != "equal" and (op[0] != "equal" or between):
            _, o, n = merged.pop()
            merged.append(("replace", o + op[1], n + op[2]))
        else:
            merged.append(op)
    return [("delete" if not n else "insert" if not o else t, o, n) if t == "replace" else (t, o, n)
            for t, o, n in merged]


def _line_of(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def line_opcodes(result: FixResult, a: list[str], b: list[str]) -> list[tuple]:
    """difflib-style opcodes of lines `a` (the original) -> `b` (the fixed text), found from
    the changes' spans in linear time. Falls back to difflib when the spans do not explain
    the difference (never expected: the fixed text is the original with the edits spliced in)."""
    a_starts, b_starts = line_starts(a), line_starts(b)
    regions = []
    for c in result.changes:
        a_lo = _line_of(a_starts, c.original.start)
        a_hi = _line_of(a_starts, max(c.original.end - 1, c.original.start)) + 1
        b_lo = _line_of(b_starts, c.final.start) if b else 0
        b_hi = (_line_of(b_starts, max(c.final.end - 1, c.final.start)) + 1) if b else 0
        regions.append([min(a_lo, len(a)), min(a_hi, len(a)), min(b_lo, len(b)), min(b_hi, len(b))])
    regions.sort()
    merged: list[list[int]] = []
    for r in regions:
        if merged:
            m = merged[-1]
            if r[0] <= m[1] or r[2] <= m[3] or r[0] - m[1] != r[2] - m[3]:
                m[1], m[3] = max(m[1], r[1]), max(m[3], r[3])
                continue
        merged.append(r)
    if merged and merged[0][0] != merged[0][2]:
        merged[0][0] = merged[0][2] = 0
    if merged and len(a) - merged[-1][1] != len(b) - merged[-1][3]:
        merged[-1][1], merged[-1][3] = len(a), len(b)
    ops: list[tuple] = []
    ai = bi = 0
    for a1, a2, b1, b2 in merged + [[len(a), len(a), len(b), len(b)]]:
        if a1 - ai != b1 - bi or a[ai:a1] != b[bi:b1]:
            return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
        if a1 > ai:
            ops.append(("equal", ai, a1, bi, b1))
        if (a2 - a1) * (b2 - b1) <= _MAX_MATCHER_CELLS:
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=False).get_opcodes():
                ops.append((tag, a1 + i1, a1 + i2, b1 + j1, b1 + j2))
        elif a2 > a1 or b2 > b1:
            ops.append(("replace", a1, a2, b1, b2))
        ai, bi = a2, b2
    if not result.changes and a != b:
        return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    return ops


def _grouped(ops: list[tuple], context: int) -> list[list[tuple]]:
    matcher = difflib.SequenceMatcher(None, (), ())
    matcher.opcodes = ops or [("equal", 0, 0, 0, 0)]  # get_grouped_opcodes groups these
    return [g for g in matcher.get_grouped_opcodes(context) if any(op[0] != "equal" for op in g)]


def hunks(result: FixResult, context: int = CONTEXT_LINES) -> list[Hunk]:
    """The line-level hunks of original -> fixed, each with the changes that fall in it."""
    a, b = split_lines(result.doc.text), split_lines(result.text)
    return _hunks(result, a, b, context)


def _hunks(result: FixResult, a: list[str], b: list[str], context: int) -> list[Hunk]:
    b_starts = line_starts(b)
    by_line = sorted((_line_of(b_starts, c.final.start), k) for k, c in enumerate(result.changes))
    keys = [x for x, _ in by_line]
    out = []
    for group in _grouped(line_opcodes(result, a, b), context):
        a1, a2, b1, b2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        lo, hi = bisect.bisect_left(keys, b1), bisect.bisect_left(keys, max(b2, b1 + 1))
        inside = [result.changes[k] for _, k in by_line[lo:hi]]
        out.append(Hunk(a1, a2, b1, b2, group, inside))
    return out


def one_line(text: str, limit: int = 120) -> str:
    """Collapse whitespace (incl. newlines) and shorten, for annotation lines."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def annotation(change: Change) -> str:
    f = change.finding
    after = change.after
    arrow = f"“{one_line(change.before, 60)}” → “{one_line(after, 60)}”" if after else f"delete “{one_line(change.before, 60)}”"
    later = f" (pass {change.pass_no})" if change.pass_no > 1 else ""
    line = f"line {change.line}: " if change.line else ""
    return (f"{line}{f.code} {f.name} [{f.category}, {f.confidence}, {f.applicability}]{later} "
            f"{arrow}: {one_line(f.message)}")


def _range(start: int, end: int) -> str:
    length = end - start
    first = start + 1 if length else start
    return str(first) if length == 1 else f"{first},{length}"


def _strip_eol(line: str) -> str:
    return line.rstrip("\r\n")


def _marked(old: str, new: str) -> tuple[str, str]:
    minus, plus = [], []
    for tag, o, n in word_ops(old, new):
        if tag == "equal":
            minus.append(o)
            plus.append(n)
            continue
        if o:
            minus.append(f"[-{o}-]")
        if n:
            plus.append(f"{{+{n}+}}")
    return "".join(minus), "".join(plus)


def _body(ops, a: list[str], b: list[str]) -> list[str]:
    """The hunk's lines marked word by word, for people (the comment block, the terminal)."""
    lines = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            lines += [" " + _strip_eol(x) for x in a[i1:i2]]
            continue
        olds, news = [_strip_eol(x) for x in a[i1:i2]], [_strip_eol(x) for x in b[j1:j2]]
        paired = min(len(olds), len(news))
        marked = [_marked(o, n) for o, n in zip(olds, news)]
        lines += ["-" + m for m, _ in marked] + ["-" + o for o in olds[paired:]]
        lines += ["+" + p for _, p in marked] + ["+" + n for n in news[paired:]]
    return lines


def _patch_lines(prefix: str, lines: list[str]) -> list[str]:
    """Exact patch lines: each keeps its own ending; a last line without one gets git's marker."""
    out = []
    for line in lines:
        if line.endswith("\n"):
            out.append(prefix + line)
        else:
            out.append(prefix + line + "\n\\ No newline at end of file\n")
    return out


def _patch_body(ops, a: list[str], b: list[str]) -> list[str]:
    lines = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            lines += _patch_lines(" ", a[i1:i2])
        else:
            lines += _patch_lines("-", a[i1:i2]) + _patch_lines("+", b[j1:j2])
    return lines


def _comment(line: str) -> str:
    """A line of the comment block: one physical line whatever the text holds (a CR or a
    U+2028 inside would start a new line for some tools)."""
    return "# " + re.sub(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", " ", line) if line else "#"


def render(result: FixResult, label: str, sig_line: str | None = None) -> str:
    """The `.diff` of one document: a comment block (annotations, word marks), then a unified
    patch of the exact lines that `git apply` and `patch -p1` apply to the original."""
    return "".join(render_parts(result, label, sig_line))


def render_parts(result: FixResult, label: str, sig_line: str | None = None):
    """`render` as a stream of pieces, so a long document's diff is never built twice in memory."""
    proposals = [o for o in result.outcomes if o.status is Status.PROPOSED]
    head = [f"mtaudit fix {label}: {len(result.changes)} change{'s' * (len(result.changes) != 1)} applied"
            f" in {result.passes} pass{'es' * (result.passes != 1)}; {len(proposals)} unsafe proposal"
            f"{'s' * (len(proposals) != 1)} not applied; {len(result.skipped)} skipped"]
    if sig_line:
        head.append(sig_line)
    head.append("A unified patch follows this comment block (git apply / patch -p1 skip it). Per hunk:")
    head.append("the rule of each change, then its lines with words [-removed-] and {+added+}.")
    line_of = lambda off: result.doc.line_col(off)[0]  # noqa: E731
    for o in proposals:
        f = o.finding
        head.append(f"not applied (unsafe; --unsafe-fixes or accept it): line {line_of(f.start)}: {f.code} "
                    f"{f.name} “{one_line(f.text, 60)}” → “{one_line(f.correction or '', 60)}”")
    for o in result.skipped:
        head.append(f"skipped: {o.finding.code} “{one_line(o.finding.text, 60)}”: {o.reason}")
    if not result.changed:
        yield "".join(_comment(x) + "\n" for x in head + ["no changes"])
        return
    yield "".join(_comment(x) + "\n" for x in head)
    # the patch: lines split at LF only, as patch tools split them
    a, b = _LF_LINE.findall(result.doc.text), _LF_LINE.findall(result.text)
    patch_hunks = _hunks(result, a, b, CONTEXT_LINES)
    for h in patch_hunks:
        yield _comment("") + "\n" + _comment(_header(h)) + "\n"
        yield "".join(_comment(annotation(c)) + "\n" for c in h.changes)
        yield "".join(_comment("  " + x) + "\n" for x in _body(h.ops, a, b))
    yield f"--- a/{label}\n+++ b/{label}\n"
    for h in patch_hunks:
        yield _header(h) + "\n"
        yield "".join(_patch_body(h.ops, a, b))


def _header(h: Hunk) -> str:
    return f"@@ -{_range(h.a_start, h.a_end)} +{_range(h.b_start, h.b_end)} @@"
