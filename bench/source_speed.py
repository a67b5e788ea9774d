"""Speed of source-aware runs (--source): per document and per MB, with the model load apart.

    python bench/source_speed.py [--repeat 3]

Audits the 40 translations of eval/source-pairs (20 machine-style, 20 human-style, each with its
Russian original) with every rule, once without and once with the source, in one process, and
prints seconds per document, MB/s of English text and the one-off model load (e5, natasha,
pymorphy3). CPU seconds are given beside wall-clock ones: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.text.document import read_document
from mtaudit.source import models, read_source

PAIRS = Path(__file__).resolve().parent.parent / "eval" / "source-pairs"


def _timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    jobs = []
    for ru in sorted((PAIRS / "ru").glob("*.txt")):
        for side in ("mt", "human"):
            jobs.append((read_document(PAIRS / side / ru.name), ru))
    ctx = AuditContext()
    _ = ctx.glossary
    _, load_wall, load_cpu = _timed(lambda: (models.embedder(), models.ner(), models.morph()))
    english_bytes = sum(len(d.text.encode("utf-8")) for d, _ in jobs) * args.repeat
    rows = {}
    for mode in ("without --source", "with --source"):
        wall = cpu = 0.0
        for _ in range(args.repeat):
            for doc, ru in jobs:
                fresh = type(doc)(doc.text, doc_id=doc.doc_id, path=doc.path)
                ctx.source = read_source(ru) if mode == "with --source" else None
                _, w, c = _timed(lambda: audit(fresh, ctx))
                wall, cpu = wall + w, cpu + c
        n = len(jobs) * args.repeat
        rows[mode] = {"documents": n, "s_per_doc_wall": round(wall / n, 3), "s_per_doc_cpu": round(cpu / n, 3),
                      "MB_per_s_wall": round(english_bytes / 1e6 / wall, 4),
                      "MB_per_s_cpu": round(english_bytes / 1e6 / cpu, 4)}
    out = {"english_KB": round(english_bytes / 1e3 / args.repeat, 1), "model_load_s_wall": round(load_wall, 2),
           "model_load_s_cpu": round(load_cpu, 2), **rows}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
