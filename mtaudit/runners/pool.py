"""The local engine: audit work items in worker processes, results in input order.

Where the platform can fork, the parent loads everything once -- glossary, rules, parser,
language model, references and their embedding model (`preload`) -- and the forked workers
share it copy-on-write: a second worker costs no second load (issue 16: each worker used to
load spaCy and MiniLM itself, 6-8 CPU-s apiece). torch must then never have run with more than
one thread in the parent (a forked child whose torch starts an OpenMP team after the parent's
did hangs), so `prepare_parent` pins the parent's torch to one thread before it is imported;
each worker then takes its share of the cores. Elsewhere (or when torch ran in the parent
before that) each worker builds its AuditContext once (initializer) from the plain AuditSpec.
Work is submitted in chunks with a bounded number in flight (Pool.imap would drain the whole
input into its task queue), so memory stays flat in corpus size.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from mtaudit.audit.context import AuditSetup, AuditSpec
from mtaudit.core.gcwork import freeze_loaded
from mtaudit.runners.batch import WorkItem, audit_item

__all__ = ["AuditSetup", "AuditSpec", "run_local"]  # the spec lives in mtaudit.audit.context; workers rebuild from it


_WORKER_SETUP: AuditSetup | None = None  # the setup a worker process audits with
_FORK_SETUP: tuple[AuditSpec, AuditSetup] | None = None  # the parent's, inherited by forked workers
_PINNED: dict | None = None  # prepare_parent: the thread settings it replaced (None: not pinned)
_THREAD_VARS = ("OMP_NUM_THREADS", "TOKENIZERS_PARALLELISM")


def can_fork() -> bool:
    """Linux only: macOS offers fork but its system libraries are not fork-safe (spawn is its default)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def prepare_parent(workers: int) -> None:
    """Call before anything loads a model in a process that will run `workers` > 1 workers:
    pins this process's torch to one thread (read when torch is imported) and turns the
    tokenizer's thread pool off, so the workers can be forked from it safely."""
    global _PINNED
    if workers <= 1 or _PINNED is not None or "torch" in sys.modules or not can_fork():
        return
    _PINNED = {name: os.environ.get(name) for name in _THREAD_VARS}
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _fork_safe() -> bool:
    """Forking shares the parent's models; safe while torch has not run multi-threaded here."""
    if not can_fork():
        return False
    if "torch" not in sys.modules:
        prepare_parent(2)
        return True
    return _PINNED is not None


def preload(setup: AuditSetup) -> None:
    """Load in this process what each worker would otherwise load for its first document, so
    forked workers share one copy. Only a head start: what fails here fails again, and is
    reported, where a document needs it."""
    ctx = setup.ctx
    steps = (lambda: ctx.glossary,
             lambda: getattr(ctx.syntax, "nlp", None),
             lambda: getattr(ctx.language_model, "_ensure", lambda: None)(),
             lambda: getattr(getattr(ctx.references, "embedder", None), "_load", lambda: None)())
    for step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001
            pass
    freeze_loaded()  # before the fork: the loaded objects stay shared and out of every collection


def _init_worker(spec: AuditSpec, workers: int = 1) -> None:
    """Build the worker's setup once; a forked worker reuses the parent's already-loaded one.

    Each worker's torch gets its share of the cores (2 workers on 2 cores: one thread each):
    two processes of two threads each on two cores fight over them and scale worse.
    """
    global _WORKER_SETUP
    from mtaudit.runners.batch import OUTPUT_FDS

    share = str(max(1, (os.cpu_count() or 1) // max(workers, 1)))
    if _PINNED is not None:  # forked from a pinned parent: unpin (the user's setting, else the share)
        user = _PINNED["OMP_NUM_THREADS"]
        share = user if user and user.isdigit() and int(user) > 0 else share
        os.environ["OMP_NUM_THREADS"] = share
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
    # fork is fast and lets workers share the parent's loaded models (see the module's doc);
    # where torch already ran multi-threaded here, workers with references start fresh
    global _FORK_SETUP
    if setup is not None and _fork_safe():
        preload(setup)
        mp = multiprocessing.get_context("fork")
        _FORK_SETUP = (spec, setup)
    else:
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
