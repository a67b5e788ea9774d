"""Timed runs of the batch machinery, shared by the benchmark scenarios in bench/run.py."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from mtaudit.audit import engine
from mtaudit.runners.batch import ResumeState, read_items
from mtaudit.text.document import Document
from mtaudit.runners.pool import AuditSpec, run_local

ROOT = Path(__file__).resolve().parent.parent


def text_bytes(path: Path) -> int:
    """UTF-8 bytes of the article texts (not of the JSON around them)."""
    with open(path, encoding="utf-8") as fh:
        return sum(len(json.loads(line)["text"].encode("utf-8")) for line in fh)


def run_batch(path: Path, spec: AuditSpec, workers: int = 1, engine_name: str = "local",
              setup=None) -> dict:
    """The `mtaudit batch` pipeline (read, audit, serialise) timed end to end, setup excluded.

    cpu_* figures use this process's CPU time: on a shared machine they measure the
    work per core better than wall time does (meaningful for workers=1 only).
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    if engine_name == "dask":
        from mtaudit.runners.distributed import run_dask

        records = run_dask(str(path), spec, workers=workers)
        fh = None
    else:
        fh = open(path, "rb")
        records = run_local(read_items(fh, ResumeState(Counter()), "text", "id", "utf-8", None), spec, workers,
                            chunk_size=4, setup=setup)
    docs = findings = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for record in records:
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            findings += len(record.get("findings") or ())
    if fh:
        fh.close()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    size = text_bytes(path)
    return {"docs": docs, "findings": findings, "seconds": round(seconds, 3), "mb": round(size / 1e6, 3),
            "docs_per_s": round(docs / seconds, 1), "mb_per_s": round(size / 1e6 / seconds, 3),
            "cpu_seconds": round(cpu, 3), "cpu_mb_per_s": round(size / 1e6 / cpu, 3) if cpu else None}


def time_audit(texts: list[str], setup, repeat: int = 1) -> tuple[float, float]:
    """Best-of-`repeat` (wall seconds, CPU seconds) to audit these texts in this process."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        docs = [Document(t, doc_id=f"t{i}") for i, t in enumerate(texts)]
        started, cpu_started = time.perf_counter(), time.process_time()
        for doc in docs:
            engine.audit(doc, setup.ctx, setup.selection, min_confidence=setup.min_confidence)
        best = min(best, (time.perf_counter() - started, time.process_time() - cpu_started))
    return best


def warm(setup, text: str) -> None:
    """Audit one text so lazily loaded parts (language models, lexicons) are loaded."""
    engine.audit(Document(text, doc_id="warm-up"), setup.ctx, setup.selection)


def peak_rss_mb() -> float:
    """Peak resident memory of this process image.

    VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so a probe
    started from a big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_calibration(n: int = 5_000_000) -> float:
    """How much faster two processes do two pure-Python jobs than one process does:
    what the shared machine offers right now, to judge the workers figure against."""
    import multiprocessing

    started = time.perf_counter()
    _burn(n), _burn(n)
    serial = time.perf_counter() - started
    with multiprocessing.Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - started
    return round(serial / parallel, 2)


def memory_probe(args: list[str]) -> dict:
    """Run `bench/run.py --memory-probe ARGS` in a fresh process and return its figures."""
    out = subprocess.run([sys.executable, str(ROOT / "bench/run.py"), "--memory-probe", *args],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def load_snapshot() -> dict:
    """What else the shared machine was doing while we measured."""
    one, five, fifteen = os.getloadavg()
    return {"loadavg": [round(one, 2), round(five, 2), round(fifteen, 2)], "cpus": os.cpu_count()}
