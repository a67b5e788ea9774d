"""Speed of the default audit on REAL distinct documents, paired against a baseline checkout.

    python bench/real_docs.py [--baseline DIR] [--rounds 3] [--profile FILE] [--parser]

bench/hot_paths.py audits one synthetic megabyte recombined from ~1,000 distinct seed sentences,
so every per-word and per-text cache hits far more often than on real news. This bench audits
the real documents the repository and the workplace hold: every `eval/*/docs/*.txt` and, when
present, the measurement corpus (`../shared/corpus/docs`, read only: nothing of it is printed
or kept), each as its own Document (as `mtaudit check DIR` does), in fresh processes after
start-up and a warm-up audit that loads the lazily loaded models, alternating this checkout and
the baseline. It prints CPU seconds (process time: the machine is shared), MB per CPU-second,
the per-detector split and the paired ratio baseline/this of each round. `--profile FILE`
writes a cProfile of the measured audits of this checkout (first round) to FILE.
The configuration is the rule + glossary audit (`--no-lm`, no parser) unless `--parser`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next((p / "shared" / "corpus" / "docs" for p in ROOT.parents
               if (p / "shared" / "corpus" / "docs").is_dir()), None)

PROBE = r"""
import json, sys, time
from pathlib import Path
from mtaudit.audit import engine
from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import DETECTORS
from mtaudit.text.document import Document

paths, parser, profile = json.loads(sys.argv[1]), sys.argv[2] == "1", sys.argv[3]
texts = [Path(p).read_text(encoding="utf-8") for p in paths]
ctx = AuditContext(AuditSpec(use_lm=False), parser=None if parser else False)
warm = ("Warm-up. Senator rubio said “yes,” he told reporters. The Tver Regional court."
        " The regulator accused the bank of breaking its obyazatelstva to depositors. Ya ne znayu, "
        "chto budet dalshe s nashimi peregovorami i s nashey stranoy.")
engine.audit(Document(warm, "w"), ctx)
try:
    from mtaudit.core.gcwork import freeze_loaded
    freeze_loaded()
except ImportError:
    pass
split = {}
for d in DETECTORS:
    def timed(doc, c, f=d.detect, name=d.name):
        t = time.process_time()
        out = list(f(doc, c))
        split[name] = split.get(name, 0) + time.process_time() - t
        return out
    d.detect = timed
if profile:
    import cProfile
    prof = cProfile.Profile()
    prof.enable()
t = time.process_time()
found = sum(len(engine.audit(Document(text, f"d{i}"), ctx).findings) for i, text in enumerate(texts))
cpu = time.process_time() - t
if profile:
    prof.disable()
    prof.dump_stats(profile)
print(json.dumps({"cpu": cpu, "mb": sum(len(t.encode()) for t in texts) / 1e6, "docs": len(texts),
                  "findings": found, "split": split}))
"""


def documents() -> list[Path]:
    paths = sorted((ROOT / "eval").glob("*/docs/*.txt"))
    if CORPUS:
        paths += sorted(CORPUS.glob("*.txt"))
    return paths


def probe(checkout: Path, paths: list[Path], parser: bool, profile: str = "") -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout), MTAUDIT_NO_LM="1")
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps([str(p) for p in paths]),
                          "1" if parser else "0", profile],
                         capture_output=True, text=True, env=env, cwd=checkout, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", type=Path, default=None, help="a checkout of the old main")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--parser", action="store_true", help="with the spaCy syntax checks")
    ap.add_argument("--profile", default="", help="write a cProfile of this checkout's first round here")
    args = ap.parse_args()
    paths = documents()
    config = f"--no-lm, parser {'on' if args.parser else 'off'}"
    runs: dict[str, list[dict]] = {"this": [], "baseline": []}
    for i in range(args.rounds):
        runs["this"].append(probe(ROOT, paths, args.parser, args.profile if i == 0 else ""))
        if args.baseline:
            runs["baseline"].append(probe(args.baseline.resolve(), paths, args.parser))
    for name, results in runs.items():
        if not results:
            continue
        best = min(results, key=lambda r: r["cpu"])
        print(f"{name:8} ({config}): {best['docs']} documents, {best['mb']:.3f} MB in {best['cpu']:.2f} CPU-s "
              f"(best of {len(results)}) = {best['mb'] / best['cpu']:.3f} MB per CPU-second; "
              f"{best['findings']} findings")
        top = sorted(best["split"].items(), key=lambda kv: -kv[1])[:10]
        print("          " + ", ".join(f"{k} {v:.2f}" for k, v in top))
    if runs["baseline"]:
        ratios = [b["cpu"] / t["cpu"] for t, b in zip(runs["this"], runs["baseline"])]
        print(f"paired CPU ratio baseline/this per round: {', '.join(f'{r:.2f}' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f}x faster)")
        if runs["this"][0]["findings"] != runs["baseline"][0]["findings"]:
            print("note: the finding counts differ")


if __name__ == "__main__":
    main()
