"""A read-only list held as compressed pickles, a chunk decoded at a time when read.

A big document's `fix` result holds every first-pass finding, its outcome and every applied
change until the reports are written (~500-600 bytes a finding as objects: ~4 MB per MB of a
dense text). Held as zlib'd pickles of a few hundred items they cost ~10x less, and the reports
read them in order, so decoding one chunk at a time (the last one kept) costs a pickle load
per thousand items read. Items come back as equal copies, not the objects put in: nothing may
rely on their identity (`id()`), only on their values.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from collections.abc import Iterable, Sequence
from itertools import islice

CHUNK = 256  # items a pickle: enough to compress well, few enough that a decoded chunk is small


def _packed(piece: list) -> bytes:
    # one pickle a chunk: the pickler keeps every object it wrote alive until the dump ends
    return zlib.compress(pickle.dumps(piece, pickle.HIGHEST_PROTOCOL), 1)


class SpoolWriter:
    """Items appended one at a time (as an audit settles them), packed a chunk at a time;
    `close()` gives the Spooled list."""

    def __init__(self, chunk: int | None = None) -> None:
        self._chunk = chunk or CHUNK
        self._blobs: list[bytes] = []
        self._piece: list = []
        self._len = 0

    def append(self, item) -> None:
        self._piece.append(item)
        self._len += 1
        if len(self._piece) >= self._chunk:
            self._blobs.append(_packed(self._piece))
            self._piece = []

    def close(self) -> "Spooled":
        if self._piece:
            self._blobs.append(_packed(self._piece))
            self._piece = []
        out = Spooled(())
        out._chunk, out._blobs, out._len = self._chunk, self._blobs, self._len
        return out


class _ListLike(Sequence):
    """What a read-only sequence needs to stand in for the list it replaces: equality with any
    sequence of equal items, and concatenation into a plain list."""

    def __eq__(self, other) -> bool:
        if isinstance(other, (_ListLike, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None

    def __add__(self, other) -> list:
        return [*self, *other]

    def __radd__(self, other) -> list:
        return [*other, *self]


class Picked(_ListLike):
    """The items of `source` at chosen indices, read from it when asked: a group of a big
    result's changes (a one-line article's diff block holds all of them) costs 8 bytes an item
    instead of the objects."""

    def __init__(self, source: Sequence, indices: Iterable[int] = ()) -> None:
        self._source = source
        self._indices = array("q", indices)

    def append(self, index: int) -> None:
        self._indices.append(index)

    def __len__(self) -> int:
        return len(self._indices)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._source[k] for k in self._indices[i]]
        return self._source[self._indices[i]]

    def __iter__(self):
        for k in self._indices:
            yield self._source[k]


class Spooled(_ListLike):
    """`list(items)` as zlib'd pickles of CHUNK items (see the module docstring)."""

    def __init__(self, items: Iterable, chunk: int | None = None) -> None:
        self._chunk = chunk = chunk or CHUNK
        self._blobs: list[bytes] = []
        self._len = 0
        it = iter(items)
        while True:
            piece = list(islice(it, chunk))
            if not piece:
                break
            self._blobs.append(_packed(piece))
            self._len += len(piece)
        self._cached: tuple[int, list] = (-1, [])

    def __len__(self) -> int:
        return self._len

    def _piece(self, k: int) -> list:
        if self._cached[0] != k:
            self._cached = (-1, [])  # the old chunk goes before the new one is decoded
            self._cached = (k, pickle.loads(zlib.decompress(self._blobs[k])))
        return self._cached[1]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("Spooled index out of range")
        return self._piece(i // self._chunk)[i % self._chunk]

    def __iter__(self):
        for k in range(len(self._blobs)):
            yield from list(self._piece(k))  # a copy: a nested read of another chunk cannot pull it away

    def __repr__(self) -> str:
        return f"Spooled({self._len} items in {len(self._blobs)} chunks, {self.nbytes:,} bytes)"

    @property
    def nbytes(self) -> int:
        return sum(len(b) for b in self._blobs)


class Mapped(_ListLike):
    """A read-only view of `fn(x)` for each x of a sequence (a Spooled one: the findings of its
    outcomes), computed as read."""

    def __init__(self, base: Sequence, fn) -> None:
        self._base, self._fn = base, fn

    def __len__(self) -> int:
        return len(self._base)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._fn(x) for x in self._base[i]]
        return self._fn(self._base[i])

    def __iter__(self):
        return map(self._fn, self._base)

