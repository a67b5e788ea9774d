"""The Dask engine: the same audit, run on a Dask cluster over blocks of the input.

The input file is cut into byte blocks at line boundaries (one quick pass that
also counts lines, so every record keeps its input line number); each block is
a dask.bag partition whose `map_partitions` reads and audits it on a worker.
A few partitions are in flight at a time, and their records are written in
input order. Each worker process builds its AuditContext once per audit
setup and keeps it (`_setup_for`).
"""

from __future__ import annotations

import io
import json
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from mtaudit.runners.batch import audit_item, parse_line
from mtaudit.core.errors import UserError
from mtaudit.runners.pool import AuditSpec

INSTALL_HINT = "the dask engine needs the optional dependencies: pip install 'mtaudit[dask]'"


def import_dask():
    """(dask.bag, distributed) or a one-line UserError saying how to install them."""
    try:
        import dask.bag as bag
        import distributed
    except ImportError as exc:
        raise UserError(f"{INSTALL_HINT} ({exc})") from None
    return bag, distributed


def plan_blocks(path: str | Path, block_size: int = 1 << 20) -> list[tuple[int, int, int]]:
    """(start byte, end byte, first line number) per block, cut after a newline."""
    blocks, start, line, offset = [], 0, 1, 0
    lines_in_block = 0
    with open(path, "rb") as fh:
        for raw in fh:
            offset += len(raw)
            lines_in_block += 1
            if offset - start >= block_size:
                blocks.append((start, offset, line))
                start, line, lines_in_block = offset, line + lines_in_block, 0
    if offset > start:
        blocks.append((start, offset, line))
    return blocks


@lru_cache(maxsize=4)
def _setup_for(spec: AuditSpec):
    return spec.build()


def audit_block(block: tuple[int, int, int], path: str, spec: AuditSpec, text_field: str,
                id_field: str, encoding: str, max_bytes: int | None) -> list[dict]:
    """Read one block of the input and audit its lines (runs on a Dask worker)."""
    start, end, first_line = block
    setup = _setup_for(spec)
    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    records = []
    # split at LF only, as plan_blocks and the local engine do: bytes.splitlines() also splits
    # at a CR, which JSON allows as whitespace inside a line, and would lose the record
    for number, raw in enumerate(io.BytesIO(data), first_line):
        item = parse_line(raw, number, text_field, id_field, encoding, max_bytes, spec.ref_field)
        if item is not None:
            records.append(audit_item(item, setup))
    return records


def _audit_partition(blocks, path, spec, text_field, id_field, encoding, max_bytes) -> list[str]:
    # JSON text, not dicts: Dask's serialisation may reorder dict keys, and the
    # output must be byte-identical to the local engine's.
    return [json.dumps(rec, ensure_ascii=False) for block in blocks
            for rec in audit_block(block, path, spec, text_field, id_field, encoding, max_bytes)]


def run_dask(path: str, spec: AuditSpec, text_field: str = "text", id_field: str = "id",
             encoding: str = "utf-8", max_bytes: int | None = None, workers: int = 1,
             scheduler: str | None = None, block_size: int | None = None,
             processes: bool = True, in_flight: int | None = None) -> Iterator[dict]:
    """Output records for every non-blank line of `path`, in input order.

    With `scheduler`, the cluster's workers must be able to read `path` (a shared filesystem).
    """
    bag, distributed = import_dask()
    if path == "-" or not Path(path).is_file():
        raise UserError("the dask engine reads a regular file, not a stream", path)
    if block_size is None:  # enough blocks to keep every worker busy, none over 1 MiB
        block_size = min(1 << 20, max(64 << 10, Path(path).stat().st_size // (4 * max(workers, 1))))
    blocks = plan_blocks(path, block_size)
    if not blocks:
        return
    path = str(Path(path).resolve())
    if scheduler:
        try:
            client, cluster = distributed.Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    else:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    try:
        # One small bag per block, submitted through a sliding window: a single bag over
        # every block would hand the whole graph to each partition's computation.
        pending: deque = deque()
        in_flight = in_flight or 2 * max(workers, 1)
        for block in blocks:
            part = bag.from_sequence([block], npartitions=1).map_partitions(
                _audit_partition, path, spec, text_field, id_field, encoding, max_bytes)
            pending.append(client.compute(part))
            while len(pending) >= in_flight:
                yield from map(json.loads, pending.popleft().result())
        while pending:
            yield from map(json.loads, pending.popleft().result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
