"""Long outputs as a stream of pieces of bounded size (issue 18, "bounded resources").

A report of a big document (the review page of a 10 MB one-line article is >100 MB of HTML)
must never be built as one string: its writers yield pieces, these helpers keep each piece
small (a long stretch of text is escaped a slice at a time) and join many tiny pieces into
chunks of about CHUNK characters, so writing is neither one huge string nor a million writes.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

CHUNK = 1 << 16  # characters per piece handed to a writer


def batched(pieces: Iterable[str], size: int | None = None) -> Iterator[str]:
    """Small pieces joined into chunks of about `size` (default CHUNK) characters; a big piece
    passes through alone. The chunks add up to exactly the pieces."""
    size = size or CHUNK
    held: list[str] = []
    n = 0
    for piece in pieces:
        if len(piece) >= size:
            if held:
                yield "".join(held)
                held, n = [], 0
            yield piece
            continue
        held.append(piece)
        n += len(piece)
        if n >= size:
            yield "".join(held)
            held, n = [], 0
    if held:
        yield "".join(held)


def sliced(text: str, start: int, end: int, convert: Callable[[str], str], size: int | None = None) -> Iterator[str]:
    """convert(text[start:end]) in pieces of at most `size` input characters: for conversions
    that act on each character alone (HTML escaping, marking single code points), the pieces
    add up to the whole conversion, and no copy of a long stretch is ever made."""
    size = size or CHUNK
    for lo in range(start, end, size):
        yield convert(text[lo:min(lo + size, end)])
