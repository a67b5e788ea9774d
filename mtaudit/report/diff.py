"""The annotated unified diff: difflib hunks, word-level marks, and the rule behind each change.

It is for people, not for `patch`: inside -/+ lines removed words read [-like this-] and added
words {+like this+}, and `# ` lines under each hunk header name the rule, category, confidence,
fix applicability and message of every change in the hunk. The corrected text itself is the
`.fixed.txt` file.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass

from ..fixes import Change, FixResult, Status

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_WORD = re.compile(r"\w+|\s+|[^\w\s]")
CONTEXT_LINES = 1


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
    """(tag, old piece, new piece) over word tokens; tag is equal, delete, insert or replace."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    out: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        out.append((tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
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


def hunks(result: FixResult, context: int = CONTEXT_LINES) -> list[Hunk]:
    """The line-level hunks of original -> fixed, each with the changes that fall in it."""
    a, b = split_lines(result.doc.text), split_lines(result.text)
    b_starts = line_starts(b)
    out = []
    for group in difflib.SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(context):
        a1, a2, b1, b2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        inside = [c for c in result.changes
                  if b1 <= max(bisect.bisect_right(b_starts, c.final.start) - 1, 0) < max(b2, b1 + 1)]
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


def render(result: FixResult, label: str, sig_line: str | None = None) -> str:
    """The annotated diff of one document as a string (LF line endings)."""
    a, b = split_lines(result.doc.text), split_lines(result.text)
    proposals = [o for o in result.outcomes if o.status is Status.PROPOSED]
    head = [f"# mtaudit fix {label}: {len(result.changes)} change{'s' * (len(result.changes) != 1)} applied"
            f" in {result.passes} pass{'es' * (result.passes != 1)}; {len(proposals)} unsafe proposal"
            f"{'s' * (len(proposals) != 1)} not applied; {len(result.skipped)} skipped"]
    if sig_line:
        head.append(f"# {sig_line}")
    head.append("# -/+ lines mark words as [-removed-] and {+added+}; '# ' lines give the rule of each change")
    line_of = lambda off: result.doc.line_col(off)[0]  # noqa: E731
    for o in proposals:
        f = o.finding
        head.append(f"# not applied (unsafe; --unsafe-fixes or accept it): line {line_of(f.start)}: {f.code} "
                    f"{f.name} “{one_line(f.text, 60)}” → “{one_line(f.correction or '', 60)}”")
    for o in result.skipped:
        head.append(f"# skipped: {o.finding.code} “{one_line(o.finding.text, 60)}”: {o.reason}")
    if not result.changed:
        return "\n".join(head + ["# no changes"]) + "\n"
    out = head + [f"--- a/{label}", f"+++ b/{label}"]
    for h in hunks(result):
        out.append(f"@@ -{_range(h.a_start, h.a_end)} +{_range(h.b_start, h.b_end)} @@")
        out += [f"# {annotation(c)}" for c in h.changes]
        out += _body(h.ops, a, b)
    return "\n".join(out) + "\n"
