"""Keep Python's cyclic garbage collector off the objects that live as long as the process.

Why: the glossary (its concepts, index entries and automaton values), the compiled rules and
the loaded models are a few hundred thousand container objects that are never garbage. Each
full collection walks them all, and unpickling them from the private cache triggers a
collection every few hundred allocations: ~0.2 CPU-s per MB of audited text and ~0.05 CPU-s
of every start were spent there. The standard library's answers, used here:

* `paused()`: no collection while a cache is unpickled (it only creates live objects);
* `freeze_loaded()`: `gc.freeze()` after a command has loaded what it keeps for the run, which
  moves every object tracked so far to the permanent generation that collections skip (the
  documented use: a server after start-up, a parent before it forks its workers, whose pages
  then stay shared). Objects made afterwards (documents, findings) are collected as usual.

Neither changes what is computed: reference counting frees acyclic garbage at once either
way, and a paused or frozen collector only delays the freeing of cycles. Freezing is for a
process that mtaudit owns: `mtaudit check` after its warm-up, and the batch runner's parent
right before it forks its workers (runners/pool.py `preload`); a library caller's own
`engine.audit` is left as it is.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (restored to its previous state afterwards)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def freeze_loaded() -> None:
    """Exempt every object alive now from future collections (see the module docstring)."""
    gc.freeze()
