"""mtaudit benchmarks: throughput, scaling (document size, glossary size, workers, Dask), memory.

    python bench/run.py            # the full run (several minutes on 2 cores)
    python bench/run.py --quick    # smaller sizes, a minute or so
    python bench/run.py --skip-dask --skip-refs

Prints the figures and a Markdown table, and writes bench/results/latest.json.
The targets (issue 7) are checked and reported, never asserted: speed is not a test.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import compile_alternation, find_all  # noqa: E402
from corpus import article, write_corpus  # noqa: E402
from measure import (load_snapshot, memory_probe, parallel_calibration, peak_rss_mb, run_batch,  # noqa: E402
                     text_bytes, time_audit, warm)
from synthetic_glossary import surface_forms, write_glossary  # noqa: E402

from mtaudit.runners.pool import AuditSpec  # noqa: E402
from mtaudit.rules.registry import all_rules  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "seeds/004_ec8cb50e9670c9e8.txt"
RESULTS = ROOT / "bench/results/latest.json"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def throughput(corpus: Path, skip_refs: bool, refs_docs: int) -> dict:
    log("throughput: default audit, one process")
    spec = AuditSpec()
    setup = spec.build()
    started = time.perf_counter()
    warm(setup, _first_text(corpus))  # glossary, language models ...: outside the timed part
    out = {"setup_seconds": round(time.perf_counter() - started, 2),
           "default": run_batch(corpus, spec, setup=setup)}
    if not skip_refs:
        log("throughput: with reference checks (embedding model)")
        spec = AuditSpec(refs=(str(REFERENCE),))
        setup = spec.build()
        started = time.perf_counter()
        setup.ctx.references  # noqa: B018 -- loads the model and embeds the reference
        warm(setup, _first_text(corpus))
        out["refs_setup_seconds"] = round(time.perf_counter() - started, 2)
        small = corpus.with_name("corpus-refs.jsonl")  # reference checks are slow: a slice is enough
        with open(corpus, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
            dst.writelines(line for _, line in zip(range(refs_docs), src))
        out["with_references"] = run_batch(small, spec, setup=setup)
    return out


def _first_text(corpus: Path) -> str:
    with open(corpus, encoding="utf-8") as fh:
        return json.loads(fh.readline())["text"]


def document_size(sizes: list[int]) -> list[dict]:
    log(f"scaling with document size: {sizes}")
    rng, rows = random.Random(1), []
    setup = AuditSpec().build()
    warm(setup, article(rng, 4000))
    for size in sizes:
        count = max(1, 1_000_000 // size // 4)  # ~250 KB of text per size (one doc at 1 MB)
        texts = [article(rng, size) for _ in range(count)]
        seconds, cpu = time_audit(texts, setup)
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        rows.append({"doc_bytes": size, "docs": count, "mb": round(mb, 3), "seconds": round(seconds, 3),
                     "mb_per_s": round(mb / seconds, 3), "cpu_mb_per_s": round(mb / cpu, 3),
                     "us_per_kb": round(cpu * 1e6 / (mb * 1000), 1)})
        log(f"  {size:>9,} B/doc: {rows[-1]['mb_per_s']} MB/s")
    return rows


def glossary_size(sizes: list[int], tmp: Path, sample_chars: int) -> list[dict]:
    """Audit time with the bundled glossary plus N synthetic concepts; the regex baseline beside it."""
    log(f"scaling with glossary size: {sizes}")
    rng = random.Random(2)
    texts = [article(rng, 4000) for _ in range(max(1, sample_chars // 4000))]
    joined = "\n\n".join(texts)
    mb = len(joined.encode("utf-8")) / 1e6
    rows = []
    for n in sizes:
        path = write_glossary(tmp / f"synthetic-{n}.yaml", n, seed=n)
        setup = AuditSpec(glossaries=(str(path),)).build()
        started = time.perf_counter()
        glossary = setup.ctx.glossary
        load = time.perf_counter() - started
        started = time.perf_counter()
        index = glossary.index
        build = time.perf_counter() - started
        warm(setup, texts[0])
        audit_s = time_audit(texts, setup, repeat=2)[1]  # CPU seconds: steadier on a shared machine
        started = time.perf_counter()
        hits = len(index.find(joined))
        find_s = time.perf_counter() - started
        forms = surface_forms(glossary)
        started = time.perf_counter()
        pattern = compile_alternation(forms)
        compile_s = time.perf_counter() - started
        base_text = joined
        started = time.perf_counter()
        base_hits = len(find_all(pattern, joined[:20_000]))  # a prefix first: the regex can be very slow
        base_s = time.perf_counter() - started
        if base_s < 2.0:
            started = time.perf_counter()
            base_hits = len(find_all(pattern, joined))
            base_s = time.perf_counter() - started
        else:
            base_text = joined[:20_000]
        base_mb = len(base_text.encode("utf-8")) / 1e6
        rows.append({"entries": len(glossary), "synthetic": n, "forms": len(forms), "load_seconds": round(load, 2),
                     "index_seconds": round(build, 2), "audit_mb_per_s": round(mb / audit_s, 3),
                     "index_find_mb_per_s": round(mb / find_s, 2), "index_hits": hits,
                     "regex_compile_seconds": round(compile_s, 2), "regex_mb_per_s": round(base_mb / base_s, 4),
                     "regex_text_mb": round(base_mb, 3), "regex_hits": base_hits,
                     "regex_vs_index_time_ratio": round((base_s / base_mb) / (find_s / mb), 1)})
        log(f"  {n:>7,} entries: audit {rows[-1]['audit_mb_per_s']} MB/s, index {rows[-1]['index_find_mb_per_s']}"
            f" MB/s, regex {rows[-1]['regex_mb_per_s']} MB/s (x{rows[-1]['regex_vs_index_time_ratio']} slower)")
    base = rows[0]["audit_mb_per_s"]
    for row in rows:
        row["time_ratio_vs_smallest"] = round(base / row["audit_mb_per_s"], 2)
    return rows


def workers_and_dask(corpus: Path, skip_dask: bool) -> dict:
    log("workers: 1 vs 2 (local pool), and the Dask engine")
    spec = AuditSpec()
    setup = spec.build()
    warm(setup, _first_text(corpus))  # forked workers inherit the loaded, warmed setup
    out = {"machine_2_process_speedup": parallel_calibration(),
           "local_1": run_batch(corpus, spec, workers=1, setup=setup),
           "local_2": run_batch(corpus, spec, workers=2, setup=setup)}
    out["speedup_2_vs_1"] = round(out["local_1"]["seconds"] / out["local_2"]["seconds"], 2)
    if not skip_dask:
        out["dask_2"] = run_batch(corpus, spec, workers=2, engine_name="dask")
        out["dask_2_vs_local_1"] = round(out["local_1"]["seconds"] / out["dask_2"]["seconds"], 2)
    return out


def memory(corpus: Path, skip_refs: bool) -> dict:
    log("peak memory (fresh processes)")
    out = {"default": memory_probe([str(corpus)])}
    if not skip_refs:
        small = corpus.with_name("corpus-refs.jsonl")  # written by throughput()
        out["with_references"] = memory_probe([str(small), "--ref", str(REFERENCE)])
    return out


def probe(argv: list[str]) -> None:
    """--memory-probe CORPUS [--ref PATH]: audit the corpus, print peak RSS as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--ref", action="append", default=[])
    args = parser.parse_args(argv)
    spec = AuditSpec(refs=tuple(args.ref))
    setup = spec.build()
    result = run_batch(Path(args.corpus), spec, setup=setup)
    models = setup.ctx.models()
    print(json.dumps({"peak_rss_mb": peak_rss_mb(), "docs": result["docs"], "models": models}))


def targets(results: dict) -> list[dict]:
    """The issue's targets against the figures; missed ones say by how much."""
    t = []
    default = results["throughput"]["default"]["cpu_mb_per_s"]
    t.append({"target": "rule + glossary audit >= 1 MB/s per core", "value": f"{default} MB per CPU-second",
              "met": default >= 1.0, "by": f"{1.0 / default:.1f}x short" if default < 1.0 else ""})
    sizes = results["document_size"]
    lin = max(r["us_per_kb"] for r in sizes) / min(r["us_per_kb"] for r in sizes)
    t.append({"target": "time linear in text size (1 KB -> largest)", "value": f"time/KB varies x{lin:.2f}",
              "met": lin <= 1.5, "by": "" if lin <= 1.5 else f"x{lin:.2f} spread"})
    g = results["glossary_size"]
    ratio = g[-1]["time_ratio_vs_smallest"]
    t.append({"target": f"within 1.5x from {g[0]['synthetic']:,} to {g[-1]['synthetic']:,} glossary entries",
              "value": f"x{ratio}", "met": ratio <= 1.5, "by": "" if ratio <= 1.5 else f"x{ratio / 1.5:.2f} over"})
    speed = results["workers"]["speedup_2_vs_1"]
    machine = results["workers"]["machine_2_process_speedup"]
    t.append({"target": "2 workers >= 1.5x one", "value": f"x{speed} (a pure-Python job got x{machine})",
              "met": speed >= 1.5,
              "by": "" if speed >= 1.5 else f"{1.5 - speed:.2f} short"})
    mem = results.get("memory", {}).get("with_references")
    if mem:
        t.append({"target": "memory < 1 GB with the embedding model", "value": f"{mem['peak_rss_mb']} MB",
                  "met": mem["peak_rss_mb"] < 1024, "by": ""})
    return t


def markdown(results: dict) -> str:
    th, w = results["throughput"], results["workers"]
    rows = [("| measure | figure |", "|---|---|")]
    lines = [*rows[0],
             f"| default audit, 1 process | {th['default']['docs_per_s']} docs/s, {th['default']['mb_per_s']} MB/s "
             f"({th['default']['cpu_mb_per_s']} MB per CPU-second) |"]
    if "with_references" in th:
        r = th["with_references"]
        lines.append(f"| with reference checks (MiniLM), 1 process | {r['docs_per_s']} docs/s, {r['mb_per_s']} MB/s "
                     f"({r['cpu_mb_per_s']} MB per CPU-second) |")
    for r in results["document_size"]:
        lines.append(f"| document of {r['doc_bytes']:,} B | {r['cpu_mb_per_s']} MB per CPU-second "
                     f"({r['us_per_kb']} CPU-µs/KB) |")
    for r in results["glossary_size"]:
        lines.append(f"| glossary +{r['synthetic']:,} entries ({r['forms']:,} forms) | audit {r['audit_mb_per_s']} MB/s "
                     f"(x{r['time_ratio_vs_smallest']}); index {r['index_find_mb_per_s']} MB/s; regex baseline "
                     f"{r['regex_mb_per_s']} MB/s = x{r['regex_vs_index_time_ratio']} slower; load {r['load_seconds']} s |")
    lines.append(f"| local pool, 1 / 2 workers | {w['local_1']['docs_per_s']} / {w['local_2']['docs_per_s']} docs/s "
                 f"(x{w['speedup_2_vs_1']}; the machine gave a pure-Python job x{w['machine_2_process_speedup']}) |")
    if "dask_2" in w:
        lines.append(f"| Dask LocalCluster, 2 workers | {w['dask_2']['docs_per_s']} docs/s (x{w['dask_2_vs_local_1']} "
                     f"vs 1 local) |")
    for name, m in results.get("memory", {}).items():
        lines.append(f"| peak RSS, {name.replace('_', ' ')} | {m['peak_rss_mb']} MB |")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--memory-probe"]:
        return probe(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-refs", action="store_true", help="skip the embedding-model runs")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    quick = args.quick
    results = {"quick": quick, "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "python": platform.python_version(), "rules": len(all_rules()), "load_before": load_snapshot()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, docs=60 if quick else 250, chars=4000, seed=0)
        results["corpus"] = {"docs": 60 if quick else 250, "text_mb": round(text_bytes(corpus) / 1e6, 3)}
        results["throughput"] = throughput(corpus, args.skip_refs, refs_docs=10 if quick else 20)
        results["document_size"] = document_size([1_000, 10_000, 100_000] if quick
                                                  else [1_000, 10_000, 100_000, 1_000_000])
        results["glossary_size"] = glossary_size([1_000, 10_000] if quick else [1_000, 10_000, 100_000], tmp,
                                                 sample_chars=100_000 if quick else 300_000)
        results["workers"] = workers_and_dask(corpus, args.skip_dask)
        results["memory"] = memory(corpus, args.skip_refs)
    results["load_after"] = load_snapshot()
    results["targets"] = targets(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(results))
    print()
    for t in results["targets"]:
        print(f"[{'met' if t['met'] else 'MISSED'}] {t['target']}: {t['value']} {t['by']}".rstrip())
    print(f"\nload average before/after: {results['load_before']['loadavg']} / {results['load_after']['loadavg']}"
          f" on {results['load_before']['cpus']} CPUs; {results['rules']} rules; written to {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
