"""The annotated diff in a terminal (rich): side by side, or inline with word-level marks.

Colours come from rich's styles; when output is piped rich drops them, and struck or
inserted words are still marked [-like this-] / {+like this+} so the view reads in plain text.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..fixes import FixResult, Status
from .diff import annotation, hunks, one_line, split_lines, word_ops

_KEEP = 40  # characters of unchanged text kept on each side of a change


# C0/C1 control characters (ESC, BEL, CR, ...) as visible symbols, so an article can neither
# recolour, retitle or clear the terminal nor overwrite what is shown (␛ for ESC, ␍ for CR).
_VISIBLE = {c: 0x2400 + c for c in range(32) if c not in (9, 10)} | {127: 0x2421} | {
    c: f"\\x{c:02x}" for c in range(0x80, 0xA0)}


def visible(text: str) -> str:
    """`text` with terminal control characters shown as symbols (tabs and newlines kept)."""
    return text.translate(_VISIBLE)


def _eol(line: str) -> str:
    return visible(line.rstrip("\r\n"))


def _clip(piece: str, first: bool, last: bool) -> str:
    """Shorten a long unchanged stretch, keeping the words next to changes."""
    limit = 2 * _KEEP + 3
    if len(piece) <= limit:
        return piece
    if first:
        return "…" + piece[-_KEEP:]
    if last:
        return piece[:_KEEP] + "…"
    return piece[:_KEEP] + " … " + piece[-_KEEP:]


def _sides(old: str, new: str, plain: bool) -> tuple[Text, Text, Text]:
    """(original, fixed, inline) views of one changed line pair."""
    left, right, both = Text(), Text(), Text()
    ops = word_ops(old, new)
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


def _pairs(result: FixResult, h) -> list[tuple[int, str, str]]:
    a, b = split_lines(result.doc.text), split_lines(result.text)
    out = []
    for tag, i1, i2, j1, j2 in h.ops:
        if tag == "equal":
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            out.append((i1 + k + 1, _eol(olds[k]) if k < len(olds) else "", _eol(news[k]) if k < len(news) else ""))
    return out


def render(result: FixResult, console: Console, label: str, inline: bool = False) -> None:
    plain = console.no_color or not console.is_terminal
    proposals = [o for o in result.outcomes if o.status is Status.PROPOSED]
    console.print(Text(f"{label}: {len(result.changes)} changes applied, {len(proposals)} unsafe proposals "
                       f"not applied, {len(result.skipped)} skipped", style="bold"))
    if not result.changed:
        console.print("no changes")
    groups = hunks(result)
    if inline:
        for h in groups:
            for line, old, new in _pairs(result, h):
                _, _, both = _sides(old, new, plain)
                console.print(Text(f"line {line}: ", style="cyan") + both, soft_wrap=False)
            for c in h.changes:
                console.print(Text(visible(f"    # {annotation(c)}"), style="dim"))
    elif groups:
        table = Table(show_lines=True, expand=True)
        table.add_column("line", justify="right", style="cyan", no_wrap=True)
        table.add_column("original", ratio=3)
        table.add_column("fixed", ratio=3)
        table.add_column("why", ratio=2)
        for h in groups:
            why = "\n".join(annotation(c) for c in h.changes)
            for k, (line, old, new) in enumerate(_pairs(result, h)):
                left, right, _ = _sides(old, new, plain)
                table.add_row(str(line), left, right, Text(visible(why) if k == 0 else "", style="dim"))
        console.print(table)
    for o in proposals:
        f = o.finding
        console.print(Text(visible(f"proposal (unsafe, not applied): line {result.doc.line_col(f.start)[0]}: "
                                   f"{f.code} {f.name} “{one_line(f.text, 60)}” → “{one_line(f.correction or '', 60)}”: "
                                   f"{one_line(f.message)}"), style="yellow"))
    for o in result.skipped:
        console.print(Text(visible(f"skipped: {o.finding.code} “{one_line(o.finding.text, 60)}”: {o.reason}"),
                           style="dim"))
