"""Peak memory and CPU per MB of input for `check`, `fix` (with its review page) and `diff`.

    python bench/memory.py                       # 1, 10 and 50 MB articles and one 10 MB line
    python bench/memory.py --sizes 1 --line 0    # only the 1 MB article
    python bench/memory.py --code /tmp/old       # the same runs with an older checkout's code
                                                 # (`git archive <commit> | tar -x -C /tmp/old`)

Issue 18 asks that a 50 MB input and a single 10 MB line audit, fix and diff in at most 10x
the input's size in memory, in time linear in size; issue 16 asks for at most 10 MB of RSS per
MB of input. Start-up is not the input's cost: the first document with candidates loads the
parser and the models, so the fixed cost is measured as the same command on a 100 KB slice of
the same text (every model loaded), and a run's figure is its peak RSS minus that baseline.
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
BASE_BYTES = 100_000


def make_inputs(work: Path, sizes: list[float], line_mb: float) -> dict[str, Path]:
    work.mkdir(parents=True, exist_ok=True)
    want = max([*sizes, line_mb, 0.1])
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

    cut("base.txt", BASE_BYTES)
    for mb in sizes:
        cut(f"news{mb:g}.txt", int(mb * MB))
    if line_mb:
        cut("base-line.txt", BASE_BYTES, one_line=True)
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


def runs(inputs: dict[str, Path], work: Path, commands: list[str]) -> list[tuple[str, str, Path, list[str], bool]]:
    """(command, input name, input, argument list, to a file) for every run wanted."""
    out, seen = [], set()
    for name, path in inputs.items():
        if name.startswith("base"):
            continue
        base = inputs["base-line.txt" if name.startswith("line") else "base.txt"]
        for cmd in commands:
            if cmd == "diff" and not name.startswith("line") and path.stat().st_size > 11 * MB:
                continue  # the terminal diff of a 50 MB article is not a use anyone has
            for which, p in (("base", base), ("run", path)):
                if which == "base" and (cmd, base.name) in seen:
                    continue
                seen.add((cmd, base.name))
                rep = work / f"rep-{cmd}-{p.stem}"
                if cmd == "check":
                    a = ["check", str(p), "--format", "jsonl", "-o", str(work / f"{p.stem}.jsonl")]
                elif cmd == "fix":
                    a = ["fix", str(p), "--report-dir", str(rep)]
                else:
                    a = ["diff", str(p)]
                quiet = [] if cmd == "diff" else ["--quiet"]
                out.append((cmd, name if which == "run" else base.name, p,
                            ["--isolated", *a, *quiet, "--exit-zero"], cmd == "diff"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10,50", help="article sizes in MB (comma-separated)")
    ap.add_argument("--line", type=float, default=10, help="size of the one-line input in MB (0: none)")
    ap.add_argument("--commands", default="check,fix,diff")
    ap.add_argument("--work", type=Path, default=Path("/tmp/mtaudit-memory"))
    ap.add_argument("--code", type=Path, help="run an older checkout's code (a source tree)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)
    sizes = [float(s) for s in a.sizes.split(",") if s]
    inputs = make_inputs(a.work, sizes, a.line)
    env = dict(os.environ)
    env.setdefault("MTAUDIT_NO_LM", "1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    prefix = command_prefix(a.code)
    results, baselines = [], {}
    print(f"code: {a.code or 'installed'}; MTAUDIT_NO_LM={env['MTAUDIT_NO_LM']}", flush=True)
    print("| command | input | MB | peak RSS MB | over baseline MB | x input | CPU s | CPU s per MB |", flush=True)
    print("|---|---|---|---|---|---|---|---|", flush=True)
    for cmd, name, path, args, to_file in runs(inputs, a.work, a.commands.split(",")):
        sink = open(a.work / f"{path.stem}.{cmd}.out", "wb") if to_file else subprocess.DEVNULL
        try:
            m = measure([*prefix, *args], env, sink)
        finally:
            if to_file:
                sink.close()
        mb = path.stat().st_size / MB
        if name.startswith("base"):
            baselines[(cmd, name)] = m
            continue
        base = baselines[(cmd, "base-line.txt" if name.startswith("line") else "base.txt")]
        over = m["rss_mb"] - base["rss_mb"]
        per_mb = (m["cpu_s"] - base["cpu_s"]) / max(mb - BASE_BYTES / MB, 1e-9)
        row = {"command": cmd, "input": name, "mb": round(mb, 2), "rss_mb": round(m["rss_mb"]),
               "baseline_rss_mb": round(base["rss_mb"]), "over_mb": round(over), "x_input": round(over / mb, 1),
               "cpu_s": round(m["cpu_s"], 1), "cpu_s_per_mb": round(per_mb, 2)}
        results.append(row)
        print(f"| {cmd} | {name} | {mb:.1f} | {m['rss_mb']:,.0f} | {over:,.0f} | {over / mb:.1f} | "
              f"{m['cpu_s']:.1f} | {per_mb:.2f} |", flush=True)
    if a.json:
        a.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
