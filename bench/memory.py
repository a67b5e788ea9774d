"""Peak memory and CPU per MB of input for `check`, `fix` (with its review page) and `diff`.

    python bench/memory.py                       # 10 and 50 MB articles and one 10 MB line
                                                 # (and their baselines: 100 KB, 1 MB, a 1 MB line)
    python bench/memory.py --sizes 10 --line 0 --commands fix   # `fix` on 10 MB only
    python bench/memory.py --sizes 50 --line 0 --commands diff --diff-max-mb 0   # diff 50 MB
    python bench/memory.py --code /tmp/old       # the same runs with an older checkout's code
                                                 # (`git archive <commit> | tar -x -C /tmp/old`)

Issue 18 asks that a 50 MB input and a single 10 MB line audit, fix and diff in at most 10x
the input's size in memory, in time linear in size; issue 16 asks for at most 10 MB of RSS per
MB of input. Start-up is not the input's cost: the parser, the models, the word lists and one
stretch's caches (a long document is audited 250k characters at a time) are a fixed cost. So
the baseline is the same command on 1 MB of the same text (a 1 MB line for the line inputs),
which loads all of that, and a run's figure is its GROWTH over that baseline, per MB of input
beyond the first: (peak RSS - baseline peak) / (MB - 1). (Before, the baseline was a 100 KB
run; since the torch guard it no longer loads every model, so runs of 1 MB or more carried
~50-60 MB of fixed cost in their "per MB" figure.) The 100 KB run's peak is still printed,
for the fixed cost itself, and --base-mb picks another baseline size.
Each command runs in a fresh process; its peak RSS and CPU (user + system, workers included)
come from wait4(), so nothing else on a shared machine is counted. The language model is off
(MTAUDIT_NO_LM=1, as in the tests and bench/issue16.py): it adds a fixed ~740 MB and CPU per
candidate, nothing per MB; set MTAUDIT_NO_LM=0 to include it.

The inputs are synthetic and deterministic (bench/corpus.py: recombined sentences of the seeds
and fixtures, MT artifacts included), written under --work (default /tmp/mtaudit-memory).
A multi-line article of N MB, and one line of 10 MB (its paragraphs joined by spaces).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import article  # noqa: E402

MB = 1 << 20
SMALL_BYTES = 100_000  # the fixed cost alone (what a short article costs)


def make_inputs(work: Path, sizes: list[float], line_mb: float, base_mb: float) -> dict[str, Path]:
    """{name: path}: small.txt (100 KB), news<N>.txt for the baseline and every size, and with
    a line size, line<base>.txt and line<N>.txt (one line each)."""
    work.mkdir(parents=True, exist_ok=True)
    want = max([*sizes, line_mb, base_mb, 0.1])
    big = work / f"article-{want:g}.txt"
    if not big.exists() or big.stat().st_size < want * MB:
        rng = random.Random(0)
        with open(big, "w", encoding="utf-8") as fh:
            written = 0
            while written < want * MB + 1000:
                piece = article(rng, 200_000)
                fh.write(piece + "\n")
                written += len(piece.encode()) + 1
    data = big.read_bytes()
    out: dict[str, Path] = {}

    def cut(name: str, size: int, one_line: bool = False) -> None:
        path = work / name
        piece = data[:size]
        piece = piece[:piece.rfind(b"\n\n") + 2] if not one_line else piece
        if one_line:
            piece = b" ".join(piece.split()) + b"\n"
        if not path.exists() or path.read_bytes() != piece:
            path.write_bytes(piece)
        out[name] = path

    cut("small.txt", SMALL_BYTES)
    for mb in sorted({base_mb, *sizes}):
        cut(f"news{mb:g}.txt", int(mb * MB))
    if line_mb:
        cut(f"line{base_mb:g}.txt", int(base_mb * MB), one_line=True)
        cut(f"line{line_mb:g}.txt", int(line_mb * MB), one_line=True)
    return out


def command_prefix(code: Path | None) -> list[str]:
    if code is None:
        return [sys.executable, "-m", "mtaudit"]
    run = f"import sys; sys.path.insert(0, {str(code)!r}); from mtaudit.cli import main; main()"
    return [sys.executable, "-c", run]


def measure(args: list[str], env: dict, stdout=subprocess.DEVNULL) -> dict:
    """Peak RSS (MB) and CPU seconds of one command (and the children it waited for)."""
    start = time.monotonic()
    proc = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[-6:])} failed ({proc.returncode}): {err[-1500:].decode(errors='replace')}")
    return {"rss_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime,
            "wall_s": time.monotonic() - start, "rc": proc.returncode}


def arguments(cmd: str, path: Path, work: Path) -> list[str]:
    if cmd == "check":
        a = ["check", str(path), "--format", "jsonl", "-o", str(work / f"{path.stem}.jsonl")]
    elif cmd == "fix":
        a = ["fix", str(path), "--report-dir", str(work / f"rep-{cmd}-{path.stem}")]
    else:
        a = ["diff", str(path)]
    return ["--isolated", *a, *([] if cmd == "diff" else ["--quiet"]), "--exit-zero"]


def runs(inputs: dict[str, Path], commands: list[str], base_mb: float, articles: bool = True,
         diff_max_mb: float = 11) -> list[tuple[str, str, str]]:
    """(command, input name, role) for every run wanted, in order: per command the 100 KB run
    ("small"), the baseline article ("base"), bigger articles, the baseline line ("base"),
    the long line ("run"). Articles over diff_max_mb are not diffed (0: no limit)."""
    base, base_line = f"news{base_mb:g}.txt", f"line{base_mb:g}.txt"
    out = []
    for cmd in commands:
        out.append((cmd, "small.txt", "small"))
        for name, path in inputs.items():
            if not name.startswith("news") or not articles:
                continue
            if cmd == "diff" and diff_max_mb and path.stat().st_size > diff_max_mb * MB:
                continue  # a terminal diff of 50 MB is rare and slow (~70 CPU-min): opt in
            out.append((cmd, name, "base" if name == base else "run"))
        lines = [n for n in inputs if n.startswith("line") and n != base_line]
        if lines:
            out.append((cmd, base_line, "base"))
            out += [(cmd, n, "run") for n in lines]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,50", help="article sizes in MB (comma-separated; '' for none)")
    ap.add_argument("--line", type=float, default=10, help="size of the one-line input in MB (0: none)")
    ap.add_argument("--base-mb", type=float, default=1, help="size of the baseline run in MB")
    ap.add_argument("--commands", default="check,fix,diff")
    ap.add_argument("--diff-max-mb", type=float, default=11,
                    help="skip `diff` on articles bigger than this (0: diff every size, e.g. the 50 MB one)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/mtaudit-memory"))
    ap.add_argument("--code", type=Path, help="run an older checkout's code (a source tree)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)
    sizes = [float(s) for s in a.sizes.split(",") if s]
    inputs = make_inputs(a.work, sizes, a.line, a.base_mb)
    env = dict(os.environ)
    env.setdefault("MTAUDIT_NO_LM", "1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    prefix = command_prefix(a.code)
    results, seen = [], {}
    print(f"code: {a.code or 'installed'}; MTAUDIT_NO_LM={env['MTAUDIT_NO_LM']}; baseline: the same command "
          f"on {a.base_mb:g} MB (growth = peak - baseline peak, per MB beyond it)", flush=True)
    print("| command | input | MB | peak RSS MB | over the baseline MB | growth x input | "
          "over the 100 KB run, x input | CPU s | CPU s per MB |", flush=True)
    print("|---|---|---|---|---|---|---|---|---|", flush=True)
    for cmd, name, role in runs(inputs, a.commands.split(","), a.base_mb, bool(sizes), a.diff_max_mb):
        path = inputs[name]
        sink = open(a.work / f"{path.stem}.{cmd}.out", "wb") if cmd == "diff" else subprocess.DEVNULL
        try:
            m = measure([*prefix, *arguments(cmd, path, a.work)], env, sink)
        finally:
            if cmd == "diff":
                sink.close()
        mb = path.stat().st_size / MB
        seen[(cmd, role if role != "base" else name[:4])] = (m, mb)
        small, _ = seen[(cmd, "small")]
        over_small = (m["rss_mb"] - small["rss_mb"]) / max(mb - SMALL_BYTES / MB, 1e-9)
        row = {"command": cmd, "input": name, "role": role, "mb": round(mb, 2), "rss_mb": round(m["rss_mb"]),
               "x_over_100kb": round(over_small, 1), "cpu_s": round(m["cpu_s"], 1)}
        if role == "run":
            base, base_size = seen[(cmd, name[:4])]
            over = m["rss_mb"] - base["rss_mb"]
            per_mb = (m["cpu_s"] - base["cpu_s"]) / max(mb - base_size, 1e-9)
            row |= {"baseline_rss_mb": round(base["rss_mb"]), "over_mb": round(over),
                    "x_input": round(over / max(mb - base_size, 1e-9), 1), "cpu_s_per_mb": round(per_mb, 2)}
            cells = f"{over:,.0f} | **{row['x_input']:.1f}** | {over_small:.1f} | {m['cpu_s']:.1f} | {per_mb:.2f}"
        elif role == "base":
            cells = f"(baseline) | - | {over_small:.1f} | {m['cpu_s']:.1f} | {m['cpu_s'] / mb:.2f}"
        else:
            cells = f"(fixed cost) | - | - | {m['cpu_s']:.1f} | -"
        results.append(row)
        print(f"| {cmd} | {name} | {mb:.1f} | {m['rss_mb']:,.0f} | {cells} |", flush=True)
    if a.json:
        a.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
