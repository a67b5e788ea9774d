"""The local engine: audit work items in worker processes, results in input order.

Each worker builds its AuditContext once (initializer), so the glossary
automaton and any model load once per worker, not once per document. Work is
submitted in chunks with a bounded number in flight (Pool.imap would drain the
whole input into its task queue), so memory stays flat in corpus size.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable, Iterator

from mtaudit.runners.batch import WorkItem, audit_item
from mtaudit.commands.options import make_context, make_selection
from mtaudit.report.quality import DEFAULT_WEIGHTS
from mtaudit.core.types import Confidence


@dataclass(frozen=True)
class AuditSpec:
    """Everything a worker needs to rebuild the audit setup (small and picklable)."""

    glossaries: tuple[str, ...] = ()
    no_bundled_glossary: bool = False
    refs: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_confidence: str = "possible"
    settings_json: str = "{}"    # the configuration file's settings, as the parent read them
    weights: tuple[tuple[str, float], ...] = ()  # MQM severity weights; () = the defaults
    ref_field: str | None = None  # a record field with the record's own reference (--ref-field)
    ref_root: str = "."           # the folder a record's reference file is named in (the input's)

    def build(self) -> "AuditSetup":
        """The audit setup -- the heavy parts of the context load lazily on first use.

        Settings come from the spec, never from a click context: workers have none,
        and results must not depend on which process audits a document.
        """
        ctx = make_context(self.glossaries, self.no_bundled_glossary, self.refs)
        ctx.settings = json.loads(self.settings_json)
        return AuditSetup(ctx, make_selection(self.select, self.ignore), Confidence(self.min_confidence),
                          dict(self.weights) or dict(DEFAULT_WEIGHTS), ref_root=self.ref_root)


@dataclass
class AuditSetup:
    ctx: object
    selection: object
    min_confidence: Confidence
    weights: dict
    ref_root: str = "."
    _record_contexts: dict = field(default_factory=dict, repr=False)

    def context_for(self, refs_spec: tuple, line: int | None = None):
        """The audit context of a record with its own reference: this setup's context (glossary,
        models, every --ref: loaded once per worker) with the record's reference added. Records
        naming the same reference share one (the last few are kept), so it is read and embedded
        once per worker, not once per record."""
        ctx = self._record_contexts.pop(refs_spec, None)
        if ctx is None:
            from copy import copy
            from pathlib import Path

            from mtaudit.references.bank import record_references

            base = self.ctx
            base.glossary  # noqa: B018 -- loaded before the copy, so every record context shares it
            label = f"record line {line}" if line is not None else "record"
            refs = record_references(base.references, refs_spec, Path(self.ref_root), label,
                                     embedder=base.embedder, warnings=base.warnings)
            ctx = copy(base)
            ctx.ref_paths = tuple(base.ref_paths) + (Path(label),)
            ctx.__dict__["references"] = refs
        self._record_contexts[refs_spec] = ctx
        while len(self._record_contexts) > RECORD_CONTEXTS:
            self._record_contexts.pop(next(iter(self._record_contexts)))
        return ctx


RECORD_CONTEXTS = 16  # per-record reference contexts kept per worker (most recently used)


_WORKER_SETUP: AuditSetup | None = None  # the setup a worker process audits with
_FORK_SETUP: tuple[AuditSpec, AuditSetup] | None = None  # the parent's, inherited by forked workers


def _init_worker(spec: AuditSpec, workers: int = 1) -> None:
    """Build the worker's setup once; a forked worker reuses the parent's already-loaded one.

    Each worker's torch gets its share of the cores (2 workers on 2 cores: one thread each):
    two processes of two threads each on two cores fight over them and scale worse.
    """
    global _WORKER_SETUP
    from mtaudit.runners.batch import OUTPUT_FDS
    import os

    share = str(max(1, (os.cpu_count() or 1) // max(workers, 1)))
    os.environ.setdefault("OMP_NUM_THREADS", share)  # read when torch is first imported here
    if "torch" in sys.modules:  # a forked worker of a parent that imported it
        sys.modules["torch"].set_num_threads(int(share))
    from mtaudit.models.progress import announce_to_stderr

    announce_to_stderr(f"worker {os.getpid()}")

    for fd in list(OUTPUT_FDS):  # a forked worker inherits the locked batch output: let it go, so
        try:                     # the lock dies with the run's own process
            os.close(fd)
        except OSError:
            pass
    inherited = _FORK_SETUP
    _WORKER_SETUP = inherited[1] if inherited is not None and inherited[0] == spec else spec.build()


def _audit_chunk(chunk: list, setup: "AuditSetup | None" = None) -> list[dict]:
    setup = setup or _WORKER_SETUP
    prefetch_references(chunk, setup)
    return [audit_item(item, setup) for item in chunk]


def prefetch_references(chunk: list, setup: "AuditSetup") -> None:
    """With --ref, embed the first texts of the chunk's documents in one model call
    (mtaudit/references/prefetch.py); the documents' checks then find them embedded."""
    ctx = setup.ctx
    if not getattr(ctx, "ref_paths", None):
        return
    try:
        from mtaudit.references.prefetch import prefetch
        from mtaudit.text.document import Document

        docs = [Document(item.text) for item in chunk if isinstance(item, WorkItem) and item.refs is None]
        prefetch(ctx.references, docs)
    except Exception:  # noqa: BLE001 -- only a head start: each document's own check embeds what it needs
        pass


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_local(items: Iterable[WorkItem | dict], spec: AuditSpec, workers: int = 1,
              chunk_size: int = 8, in_flight: int | None = None, setup=None) -> Iterator[dict]:
    """Output records for `items` (work items, or error records passed through), in order.

    workers=1 audits in this process (with `setup` if given, else spec.build());
    more use a process pool with at most `in_flight` chunks submitted ahead.
    """
    if workers <= 1:
        setup = setup or spec.build()
        if not spec.refs:
            for item in items:
                yield audit_item(item, setup)
            return
        for chunk in _chunks(items, chunk_size):  # references: embed a chunk's first texts at once
            yield from _audit_chunk(chunk, setup)
        return
    in_flight = in_flight or 4 * workers
    # fork is fast and lets workers share the parent's pages; with references the
    # workers load torch, which is not fork-safe once used, so they start fresh.
    global _FORK_SETUP
    mp = multiprocessing.get_context("spawn" if spec.refs else None)
    _FORK_SETUP = (spec, setup) if setup is not None and mp.get_start_method() == "fork" else None
    try:
        pool = mp.Pool(workers, initializer=_init_worker, initargs=(spec, workers))
    finally:
        _FORK_SETUP = None
    try:
        pending: deque = deque()
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.apply_async(_audit_chunk, (chunk,)))
            while len(pending) >= in_flight:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
