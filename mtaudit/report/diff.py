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
from array import array
from itertools import chain
from dataclasses import dataclass

from mtaudit.audit.fixes import Change, FixResult, Status
from mtaudit.report.pieces import batched, sliced

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_WORD = re.compile(r"\w+|\s+|[^\w\s]")
_LF_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
CONTEXT_LINES = 1
_MAX_MATCHER_CELLS = 250_000  # SequenceMatcher is quadratic: only on pieces at most this big
LONG_LINE = 10_000   # characters: a changed line (pair) longer than this is word-diffed in windows
WINDOW = 120         # characters of context around each change that a long line's word diff sees
_WORD_ROOM = 40      # ... widened by at most this much to start and end at whole words
_GAP = " … "         # the unchanged text between two windows of a long line
_LINE_END = re.compile(r"\r\n|\r|\n")
_LF = re.compile(r"\n")


class Lines:
    """The lines of a text, each with its ending, held as start offsets and sliced on demand
    (what `split_lines` or `_LF_LINE.findall` return, without a string per line: a 50 MB
    document's lines, held twice for a diff, were several times its size)."""

    def __init__(self, text: str, ends: re.Pattern = _LINE_END) -> None:
        self.text = text
        self.starts = array("q", [0])
        self.starts.extend(m.end() for m in ends.finditer(text))
        if self.starts[-1] == len(text):
            self.starts.pop()  # the end of the text: no line starts there
        self.count = len(self.starts)

    def __len__(self) -> int:
        return self.count

    def start(self, i: int) -> int:
        return self.starts[i] if i < self.count else len(self.text)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.count))]
        if not -self.count <= i < self.count:
            raise IndexError(i)
        i %= self.count
        return self.text[self.starts[i]:self.start(i + 1)]

    def __iter__(self):
        return (self[k] for k in range(self.count))


def _same_text(a: Lines, a1: int, a2: int, b: Lines, b1: int, b2: int, step: int = 1 << 16) -> bool:
    """Are lines a1..a2 of `a` the very lines b1..b2 of `b`? Compared a piece at a time, so an
    unchanged stretch of a long document is never copied whole."""
    lo_a, hi_a, lo_b, hi_b = a.start(a1), a.start(a2), b.start(b1), b.start(b2)
    if a2 - a1 != b2 - b1 or hi_a - lo_a != hi_b - lo_b:
        return False
    for k in range(0, hi_a - lo_a, step):
        n = min(step, hi_a - lo_a - k)
        if not a.text.startswith(b.text[lo_b + k:lo_b + k + n], lo_a + k):
            return False
    return True


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


def _same_at(a: str, i: int, b: str, j: int, n: int, step: int = 1 << 16) -> bool:
    """a[i:i+n] == b[j:j+n], compared a piece at a time (no copy of a long stretch)."""
    if i + n > len(a) or j + n > len(b):
        return False
    return all(a.startswith(b[j + k:j + min(k + step, n)], i + k) for k in range(0, n, step))


def windowed_word_ops(old: str, new: str, spans, window: int = WINDOW) -> list[tuple[str, str, str]]:
    """word_ops of one changed line, for people; a line longer than LONG_LINE (an article on
    one line) is word-diffed only in windows of `window` characters around its changes, and
    the unchanged text between two windows is shown as “ … ”.

    Word lists of a 10 MB line took forty times its size, and the word diff of its middle was
    one replacement of the whole line anyway (too big for SequenceMatcher). Windows start and
    end at whole words where a word is short enough. `spans` are the
    changes as (old start, old end, new start, new end), relative to `old` and `new`; the text
    between windows is checked equal in both (a deletion may also take whitespace next to its
    finding), and two windows with a difference between them are merged."""
    if len(old) + len(new) <= 2 * LONG_LINE or not spans:
        return word_ops(old, new)
    wins: list[list[int]] = []
    for a1, a2, b1, b2 in sorted((max(0, min(a1, len(old))), max(0, min(a2, len(old))),
                                  max(0, min(b1, len(new))), max(0, min(b2, len(new)))) for a1, a2, b1, b2 in spans):
        a2, b2 = max(a1, a2), max(b1, b2)
        room = min(a1, b1)
        before = min(window, room)
        while before < min(room, window + _WORD_ROOM) and not old[a1 - before - 1].isspace():
            before += 1  # start at the start of a word
        room = min(len(old) - a2, len(new) - b2)
        after = min(window, room)
        while after < min(room, window + _WORD_ROOM) and not old[a2 + after].isspace():
            after += 1   # end at the end of a word
        w = [a1 - before, a2 + after, b1 - before, b2 + after]
        if wins and (w[0] <= wins[-1][1] or w[2] <= wins[-1][3]
                     or not _same_at(old, wins[-1][1], new, wins[-1][3], w[0] - wins[-1][1])
                     or w[0] - wins[-1][1] != w[2] - wins[-1][3]):
            wins[-1][1], wins[-1][3] = max(wins[-1][1], w[1]), max(wins[-1][3], w[3])
        else:
            wins.append(w)
    first, last = wins[0], wins[-1]
    if first[0] != first[2] or not _same_at(old, 0, new, 0, first[0]):
        first[0] = first[2] = 0
    if len(old) - last[1] != len(new) - last[3] or not _same_at(old, last[1], new, last[3], len(old) - last[1]):
        last[1], last[3] = len(old), len(new)
    ops: list[tuple[str, str, str]] = []

    def add(op: tuple[str, str, str]) -> None:
        if ops and op[0] == "equal" and ops[-1][0] == "equal":
            ops[-1] = ("equal", ops[-1][1] + op[1], ops[-1][2] + op[2])
        else:
            ops.append(op)

    a_at = b_at = 0
    for a1, a2, b1, b2 in wins:
        if a1 > a_at:
            add(("equal", _GAP, _GAP))
        for op in word_ops(old[a1:a2], new[b1:b2]):
            add(op)
        a_at, b_at = a2, b2
    if a_at < len(old):
        add(("equal", _GAP, _GAP))
    return ops


def _line_of(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def line_opcodes(result: FixResult, a: Lines, b: Lines) -> list[tuple]:
    """difflib-style opcodes of lines `a` (the original) -> `b` (the fixed text), found from
    the changes' spans in linear time. Falls back to difflib when the spans do not explain
    the difference (never expected: the fixed text is the original with the edits spliced in)."""
    a_starts, b_starts = a.starts, b.starts
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
        if not _same_text(a, ai, a1, b, bi, b1):
            return list(difflib.SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes())
        if a1 > ai:
            ops.append(("equal", ai, a1, bi, b1))
        if (a2 - a1) * (b2 - b1) <= _MAX_MATCHER_CELLS:
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=False).get_opcodes():
                ops.append((tag, a1 + i1, a1 + i2, b1 + j1, b1 + j2))
        elif a2 > a1 or b2 > b1:
            ops.append(("replace", a1, a2, b1, b2))
        ai, bi = a2, b2
    if not result.changes and not _same_text(a, 0, len(a), b, 0, len(b)):
        return list(difflib.SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes())
    return ops


def _grouped(ops: list[tuple], context: int) -> list[list[tuple]]:
    matcher = difflib.SequenceMatcher(None, (), ())
    matcher.opcodes = ops or [("equal", 0, 0, 0, 0)]  # get_grouped_opcodes groups these
    return [g for g in matcher.get_grouped_opcodes(context) if any(op[0] != "equal" for op in g)]


def hunks(result: FixResult, context: int = CONTEXT_LINES) -> list[Hunk]:
    """The line-level hunks of original -> fixed, each with the changes that fall in it."""
    return list(_hunks(result, Lines(result.doc.text), Lines(result.text), context))


def _hunks(result: FixResult, a: Lines, b: Lines, context: int, with_changes: bool = True):
    """The hunks one at a time, each with its changes (read as it is made: a big result's
    changes are held compressed, see mtaudit.audit.spool) unless `with_changes` is False."""
    b_starts = b.starts
    by_line = sorted((_line_of(b_starts, c.final.start), k) for k, c in enumerate(result.changes)) \
        if with_changes else []
    keys = [x for x, _ in by_line]
    for group in _grouped(line_opcodes(result, a, b), context):
        a1, a2, b1, b2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        lo, hi = bisect.bisect_left(keys, b1), bisect.bisect_left(keys, max(b2, b1 + 1))
        inside = [result.changes[k] for _, k in by_line[lo:hi]]
        yield Hunk(a1, a2, b1, b2, group, inside)


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


def _marked(old: str, new: str, spans=()) -> tuple[str, str]:
    minus, plus = [], []
    for tag, o, n in windowed_word_ops(old, new, spans):
        if tag == "equal":
            minus.append(o)
            plus.append(n)
            continue
        if o:
            minus.append(f"[-{o}-]")
        if n:
            plus.append(f"{{+{n}+}}")
    return "".join(minus), "".join(plus)


def _body(ops, a: Lines, b: Lines, changes: list[Change] = ()):
    """The hunk's lines marked word by word, for people (the comment block), as (sign, line)
    pairs: a line is never copied to put its sign in front, and a long replaced line (an
    article on one line) is let go as soon as it is marked."""
    finals = [c.final.start for c in changes]  # sorted: FixResult.changes are in final order
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            for i in range(i1, i2):
                yield " ", _strip_eol(a[i])
            continue
        paired = min(i2 - i1, j2 - j1)
        minus, plus = [], []
        for k in range(paired):
            o, n = _strip_eol(a[i1 + k]), _strip_eol(b[j1 + k])
            m, p = _marked(o, n, _spans_on(changes, finals, a.start(i1 + k), b, j1 + k)
                           if len(o) + len(n) > 2 * LONG_LINE else ())
            del o, n
            minus.append(m)
            plus.append(p)
            del m, p
        minus.reverse()
        while minus:
            yield "-", minus.pop()
        for i in range(i1 + paired, i2):
            yield "-", _strip_eol(a[i])
        plus.reverse()
        while plus:
            yield "+", plus.pop()
        for j in range(j1 + paired, j2):
            yield "+", _strip_eol(b[j])


def change_spans(changes, a_at: int, b_at: int) -> list[tuple[int, int, int, int]]:
    """The changes' spans relative to a line of the original starting at `a_at` and one of the
    fixed text starting at `b_at` (windowed_word_ops clips and checks them)."""
    return [(c.original.start - a_at, c.original.end - a_at, c.final.start - b_at, c.final.end - b_at)
            for c in changes]


def _spans_on(changes, finals: list[int], a_at: int, b: Lines, j: int):
    """change_spans of the changes that start on line `j` of the fixed text (a bisect: a hunk
    may hold thousands of changes)."""
    lo, hi = bisect.bisect_left(finals, b.start(j)), bisect.bisect_left(finals, b.start(j + 1))
    return change_spans(changes[lo:hi], a_at, b.start(j))


def _patch_lines(prefix: str, lines):
    """Exact patch lines, as pieces: each keeps its own ending; a last line without one gets
    git's marker. A line is never copied to put its prefix in front (a 10 MB line would be)."""
    for line in lines:
        yield prefix
        yield line
        if not line.endswith("\n"):
            yield "\n\\ No newline at end of file\n"


def _patch_body(ops, a: Lines, b: Lines):
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            yield from _patch_lines(" ", (a[i] for i in range(i1, i2)))
        else:
            yield from _patch_lines("-", (a[i] for i in range(i1, i2)))
            yield from _patch_lines("+", (b[j] for j in range(j1, j2)))


_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _comment(line: str) -> str:
    """A line of the comment block: one physical line whatever the text holds (a CR or a
    U+2028 inside would start a new line for some tools)."""
    return "# " + _BREAKS.sub(" ", line) if line else "#"


def _one_line(piece: str) -> str:
    return _BREAKS.sub(" ", piece)


def _comment_block(patch_hunks, a: Lines, b: Lines):
    """The comment block's hunks in pieces: `_comment("  " + sign + line)` for each marked
    line, its text made one line a slice at a time (the same characters, no copy of a long
    line)."""
    for h in patch_hunks:
        yield _comment("") + "\n" + _comment(_header(h)) + "\n"
        for c in h.changes:
            yield _comment(annotation(c)) + "\n"
        for sign, line in _body(h.ops, a, b, h.changes):
            yield "#   " + sign
            yield from sliced(line, 0, len(line), _one_line)
            yield "\n"


def render(result: FixResult, label: str, sig_line: str | None = None) -> str:
    """The `.diff` of one document: a comment block (annotations, word marks), then a unified
    patch of the exact lines that `git apply` and `patch -p1` apply to the original."""
    return "".join(render_parts(result, label, sig_line))


def render_parts(result: FixResult, label: str, sig_line: str | None = None):
    """`render` as a stream of pieces, so a long document's diff is never built whole (nor
    its comment block: a one-line article has thousands of proposals and one marked line)."""
    yield from batched(_comment(x) + "\n" for x in _head(result, label, sig_line))
    if not result.changed:
        return
    # the patch: lines split at LF only, as patch tools split them
    a, b = Lines(result.doc.text, _LF), Lines(result.text, _LF)
    # the hunks twice, made as written: with their changes for the comment block, without for the patch
    yield from batched(_comment_block(_hunks(result, a, b, CONTEXT_LINES), a, b))
    yield f"--- a/{label}\n+++ b/{label}\n"
    patch_hunks = _hunks(result, a, b, CONTEXT_LINES, with_changes=False)
    yield from batched(chain.from_iterable(chain((_header(h) + "\n",), _patch_body(h.ops, a, b)) for h in patch_hunks))


def _head(result: FixResult, label: str, sig_line: str | None):
    """The comment block's first lines: counts, signature, the proposals not applied, the skips."""
    proposals = sum(1 for o in result.outcomes if o.status is Status.PROPOSED)
    yield (f"mtaudit fix {label}: {len(result.changes)} change{'s' * (len(result.changes) != 1)} applied"
           f" in {result.passes} pass{'es' * (result.passes != 1)}; {proposals} unsafe proposal"
           f"{'s' * (proposals != 1)} not applied; {len(result.skipped)} skipped")
    if sig_line:
        yield sig_line
    yield "A unified patch follows this comment block (git apply / patch -p1 skip it). Per hunk:"
    yield "the rule of each change, then its lines with words [-removed-] and {+added+}."
    line_of = lambda off: result.doc.line_col(off)[0]  # noqa: E731
    for o in result.outcomes:
        if o.status is Status.PROPOSED:
            f = o.finding
            yield (f"not applied (unsafe; --unsafe-fixes or accept it): line {line_of(f.start)}: {f.code} "
                   f"{f.name} “{one_line(f.text, 60)}” → “{one_line(f.correction or '', 60)}”")
    for o in result.skipped:
        yield f"skipped: {o.finding.code} “{one_line(o.finding.text, 60)}”: {o.reason}"
    if not result.changed:
        yield "no changes"


def _header(h: Hunk) -> str:
    return f"@@ -{_range(h.a_start, h.a_end)} +{_range(h.b_start, h.b_end)} @@"
