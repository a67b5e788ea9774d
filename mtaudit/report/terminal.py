"""The annotated diff in a terminal (rich): every changed line with the reasons for its changes.

Each changed line is one block: the original and the fixed line (side by side on a terminal of
120 columns or more, stacked below that, or one `--inline` line with removed and added words
marked), then, under it, one entry per change on that line: code, name, category, confidence,
applicability, “before” → “after” and the message. A reason therefore always sits with the
line it explains. Text wraps at word boundaries and is indented under its label, so nothing is
cut at 80 columns either. Long unchanged stretches are shortened at a word boundary.

Colours come from rich's styles; when output is piped rich drops them, and struck or
inserted words are still marked [-like this-] / {+like this+} so the view reads in plain text.
"""

from __future__ import annotations

import bisect
import io
import re
from array import array
from dataclasses import dataclass, field

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from mtaudit.audit.fixes import Change, FixResult, Status
from mtaudit.audit.spool import Picked
from mtaudit.report.diff import LONG_LINE, change_spans, windowed_word_ops, word_ops

SIDE_BY_SIDE_MIN = 120   # columns from which original and fixed stand side by side
_KEEP = 40               # characters of unchanged text kept on each side of a change
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# C0/C1 control characters (ESC, BEL, CR, ...) as visible symbols, so an article can neither
# recolour, retitle or clear the terminal nor overwrite what is shown (␛ for ESC, ␍ for CR).
_VISIBLE = {c: 0x2400 + c for c in range(32) if c not in (9, 10)} | {127: 0x2421} | {
    c: f"\\x{c:02x}" for c in range(0x80, 0xA0)}


def visible(text: str) -> str:
    """`text` with terminal control characters shown as symbols (tabs and newlines kept)."""
    return text.translate(_VISIBLE)


def flat(text: str, limit: int = 100) -> str:
    """One line: whitespace (newlines included) collapsed, shortened at a word boundary."""
    out = " ".join(text.split())
    if len(out) <= limit:
        return out
    cut = out.rfind(" ", 0, limit)
    return out[:cut if cut > limit // 2 else limit].rstrip() + " …"


def _line_starts(text: str) -> array:
    """Where each line starts, 8 bytes a line (a list of ints took ~36)."""
    starts = array("q", [0])
    starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    """0-based line index of an offset."""
    return bisect.bisect_right(starts, offset) - 1


def _lines(text: str, starts: list[int], first: int, last: int) -> str:
    """Lines first..last (0-based, inclusive) without their final line break."""
    end = starts[last + 1] if last + 1 < len(starts) else len(text)
    return text[starts[first]:end].rstrip("\r\n")


@dataclass
class Block:
    """Changed lines of the original (a1..a2) and of the fixed text (b1..b2), 0-based inclusive,
    and their changes (a list, or a spool.Picked view of a big result's changes)."""

    a1: int
    a2: int
    b1: int
    b2: int
    changes: list[Change] | Picked = field(default_factory=list)


def blocks(result: FixResult, a_starts=None, b_starts=None) -> list[Block]:
    """The changes grouped by the lines they touch; overlapping line ranges merge. `a_starts`
    and `b_starts`: the line starts of the original and the fixed text, when already known."""
    return list(iter_blocks(result, a_starts, b_starts))


def _in_original_order(changes):
    """(index, change) sorted by (original start, end, code), read one at a time: a big result's
    changes are a read-only sequence held compressed (mtaudit.audit.spool), so only the sort
    keys are held, not the changes (they are in final order, which the original order follows
    but for a few changes of later passes)."""
    if isinstance(changes, list):
        order = sorted(range(len(changes)), key=lambda k: (changes[k].original.start, changes[k].original.end,
                                                           changes[k].finding.code))
        yield from ((k, changes[k]) for k in order)
        return
    keys = sorted((c.original.start, c.original.end, c.finding.code, k) for k, c in enumerate(changes))
    for *_, k in keys:
        yield k, changes[k]


def iter_blocks(result: FixResult, a_starts=None, b_starts=None):
    """`blocks`, one block at a time, in text order. A big result's blocks name their changes
    by index (spool.Picked): an article on one line is one block of all its changes."""
    a_starts = _line_starts(result.doc.text) if a_starts is None else a_starts
    b_starts = _line_starts(result.text) if b_starts is None else b_starts
    changes = result.changes
    held = isinstance(changes, list)
    last: Block | None = None
    for k, c in _in_original_order(changes):
        a1 = _line_of(a_starts, c.original.start)
        a2 = max(a1, _line_of(a_starts, max(c.original.end - 1, c.original.start)))
        b1 = _line_of(b_starts, c.final.start)
        b2 = max(b1, _line_of(b_starts, max(c.final.end - 1, c.final.start)))
        if last is not None and a1 <= last.a2:
            last.a2, last.b1, last.b2 = max(last.a2, a2), min(last.b1, b1), max(last.b2, b2)
            last.changes.append(c if held else k)
        else:
            if last is not None:
                yield last
            last = Block(a1, a2, b1, b2, [c] if held else Picked(changes, [k]))
    if last is not None:
        yield last


def _words(old: str, new: str) -> list[tuple[str, str, str]]:
    """(tag, old piece, new piece) over word tokens: the `.diff`'s own word diff, linear on long lines."""
    return word_ops(old, new)


def _clip(piece: str, first: bool, last: bool, keep: int = _KEEP) -> str:
    """Shorten an unchanged stretch, keeping whole words next to the changes around it."""
    if len(piece) <= 2 * keep + 3:
        return piece

    def head(s: str) -> str:   # the first ~keep characters, ending at a word boundary
        cut = s.rfind(" ", 0, keep + 1)
        return s[:cut + 1] if cut > 0 else s[:keep]

    def tail(s: str) -> str:   # the last ~keep characters, starting at a word boundary
        cut = s.find(" ", len(s) - keep - 1)
        return s[cut:] if 0 <= cut < len(s) - 1 else s[-keep:]

    if first:
        return "…" + tail(piece)
    if last:
        return head(piece) + "…"
    return head(piece) + "…" + tail(piece)


def _block_ops(result: FixResult, block: Block, a_starts: list[int], b_starts: list[int]) -> list[tuple[str, str, str]]:
    """The word diff of one block, control characters made visible. A long block (an article
    on one line) is word-diffed in windows around its changes (diff.windowed_word_ops): the
    word lists of a whole 10 MB line took forty times its size."""
    old = _lines(result.doc.text, a_starts, block.a1, block.a2)
    new = _lines(result.text, b_starts, block.b1, block.b2)
    if len(old) + len(new) <= 2 * LONG_LINE:
        return _words(visible(old), visible(new))
    spans = change_spans(block.changes, a_starts[block.a1], b_starts[block.b1])
    return [(t, visible(o), visible(n)) for t, o, n in windowed_word_ops(old, new, spans)]


def _sides(ops: list[tuple[str, str, str]], plain: bool) -> tuple[Text, Text, Text]:
    """(original, fixed, inline) views of one changed block, from its word diff."""
    left, right, both = Text(), Text(), Text()
    for i, (tag, o, n) in enumerate(ops):
        if tag == "equal":
            piece = _clip(o, i == 0, i == len(ops) - 1)
            for t in (left, right, both):
                t.append(piece)
            continue
        if o:
            marked = f"[-{o}-]" if plain else o
            left.append(marked, style="bold red strike")
            both.append(marked, style="bold red strike")
        if n:
            marked = f"{{+{n}+}}" if plain else n
            right.append(marked, style="bold green")
            both.append(marked, style="bold green")
    return left, right, both


def _tags(f, extra: str = "") -> str:
    appl = f.applicability.value if f.applicability else "no fix"
    return f"[{f.category}, {f.confidence.value}, {appl}{extra}]"


def why(c: Change) -> Text:
    """The reason for one applied change: code, name, tags, before → after, then the message."""
    f = c.finding
    later = f", pass {c.pass_no}" if c.pass_no > 1 else ""
    head = Text()
    head.append(f.code, style="bold cyan")
    head.append(f" {f.name} ")
    head.append(_tags(f, later), style="dim")
    head.append(f" “{visible(flat(c.before, 60))}” → “{visible(flat(c.after, 60))}”")
    return head


def _message(f) -> Text:
    """The finding's message, without a leading “quote of the span”: the line above shows it."""
    message = " ".join(f.message.split())
    quoted = f"“{' '.join(f.text.split())}”: "
    if message.startswith(quoted) and len(message) > len(quoted):
        message = message[len(quoted)].upper() + message[len(quoted) + 1:]
    return Text(visible(flat(message, 400)), style="dim")


def _indent(renderable, left: int) -> Padding:
    return Padding(renderable, (0, 0, 0, left), expand=False)


def _hanging(label: Text, body: Text, left: int = 0) -> Padding:
    """`label body`, with wrapped lines of the body aligned under its first word."""
    row = Table.grid(padding=(0, 1))
    row.add_column(no_wrap=True)
    row.add_column(overflow="fold")
    row.add_row(label, body)
    return _indent(row, left)


def _reasons(changes: list[Change]) -> Group:
    items = []
    for c in changes:
        items.append(_indent(why(c), 2))
        items.append(_indent(_message(c.finding), 6))
    return Group(*items)


_TRAILING = re.compile(r"[ ]+((?:\x1b\[[0-9;]*m)*)$", re.M)


SPILL_CHARS = 1 << 20  # the rendered diff goes out about a megabyte at a time
REASONS_AT_ONCE = 500  # a block's reasons are rendered this many at a time, with a spill between


def render(result: FixResult, console: Console, label: str, inline: bool = False) -> None:
    """Print the diff on `console`, without the trailing spaces rich pads table cells with.

    It is rendered into a scratch buffer that is written out, whole lines at a time, whenever
    it holds about SPILL_CHARS: the diff of a big document (tens of MB of text, held three
    times by the buffer, its copy and the padding-free copy) is never held whole. The trailing
    padding is taken off line by line, so the pieces add up to exactly the whole."""
    buffer = io.StringIO()
    scratch = Console(file=buffer, width=console.width, force_terminal=console.is_terminal,
                      color_system=console.color_system, no_color=console.no_color, highlight=False,
                      legacy_windows=False)

    def spill(final: bool = False) -> None:
        if not final and buffer.tell() < SPILL_CHARS:
            return
        text = buffer.getvalue()
        cut = len(text) if final else text.rfind("\n") + 1
        if cut:
            console.file.write(_TRAILING.sub(r"\1", text[:cut]))
        buffer.seek(0)
        buffer.truncate()
        buffer.write(text[cut:])

    _render(result, scratch, label, inline, plain=console.no_color or not console.is_terminal, spill=spill)
    spill(final=True)
    console.file.flush()


def _render(result: FixResult, console: Console, label: str, inline: bool, plain: bool, spill=lambda: None) -> None:
    # counted now, read again at the end: a big result's proposals are not held as a list
    n_proposals = sum(1 for o in result.outcomes if o.status is Status.PROPOSED)
    proposals = (o for o in result.outcomes if o.status is Status.PROPOSED)
    n = len(result.changes)
    head = f"{label}: {n} change{'s' * (n != 1)} applied"
    if n_proposals:
        head += f", {n_proposals} unsafe proposal{'s' * (n_proposals != 1)} not applied"
    if result.skipped:
        head += f", {len(result.skipped)} skipped"
    console.print(Text(visible(head), style="bold"))
    if not result.changed:
        console.print("no changes")
    a_starts, b_starts = _line_starts(result.doc.text), _line_starts(result.text)
    wide = console.width >= SIDE_BY_SIDE_MIN and not inline
    for block in iter_blocks(result, a_starts, b_starts):
        spill()
        left, right, both = _sides(_block_ops(result, block, a_starts, b_starts), plain)
        where = f"line {block.a1 + 1}" + (f"–{block.a2 + 1}" if block.a2 > block.a1 else "")
        console.print()
        if inline:
            console.print(_hanging(Text(where + ":", style="cyan"), both))
        elif wide:
            grid = Table(show_header=False, show_lines=False, expand=True, box=None, padding=(0, 1))
            grid.add_column(no_wrap=True, style="cyan", width=max(len(where), 8))
            grid.add_column(ratio=1, overflow="fold")
            grid.add_column(no_wrap=True, width=1, style="dim")
            grid.add_column(ratio=1, overflow="fold")
            grid.add_row(where, left, "│", right)
            console.print(grid)
        else:
            console.print(Text(where, style="cyan"))
            for sign, text, style in (("-", left, "red"), ("+", right, "green")):
                console.print(_hanging(Text(sign, style=style), text, 2))
        for k in range(0, len(block.changes), REASONS_AT_ONCE):  # a one-line article: 20k reasons
            if k:
                spill()
            console.print(_reasons(block.changes[k:k + REASONS_AT_ONCE]))
    if n_proposals:
        console.print()
    for o in proposals:
        spill()
        f = o.finding
        line = result.doc.line_col(f.start)[0]
        head = Text()
        head.append(f.code, style="bold cyan")
        head.append(f" {f.name} ")
        head.append(_tags(f), style="dim")
        head.append(f" “{visible(flat(f.text, 60))}” → “{visible(flat(f.correction or '', 60))}”")
        console.print(Text(f"proposal (unsafe, not applied), line {line}:", style="yellow"))
        console.print(_indent(head, 2))
        console.print(_indent(_message(f), 6))
    for o in result.skipped:
        spill()
        console.print(Text(visible(f"skipped: {o.finding.code} “{flat(o.finding.text, 60)}”: {o.reason}"),
                           style="dim"))
