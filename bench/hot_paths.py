"""Per-document speed of the default audit at 1 MB, paired against a baseline checkout (issue 16).

    python bench/hot_paths.py [--baseline DIR] [--chars 1000000] [--rounds 3] [--parser]

Audits one synthetic document of MT-style news (bench/corpus.py, seed 0: sentences of the seeds
and fixtures recombined) in fresh processes, alternating this checkout and the baseline checkout
(`git worktree add /tmp/base <commit>`), each after start-up and a warm-up audit (of a text that
also loads the models some detectors load on first use: lingua, the transliteration model;
`--cold-models` counts their loading in the audit instead), and prints CPU
seconds (process time: the machine is shared), MB per CPU-second, the per-detector split, the
peak-RSS growth per MB of input and the paired ratio baseline/this of each round; then the CPU of
the whole process (start-up and warm-up included) and its peak RSS: patterns compiled at their
first use (core/lazyregex.py) are paid inside the measured audit when the warm-up did not need them. The default
configuration is the rule + glossary audit: `--no-lm` and no parser; `--parser` adds the spaCy
parser's syntax checks (which then also reports how many sentences were parsed).
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

PROBE = r"""
import json, random, sys, time
sys.path.insert(0, sys.argv[1])
from corpus import article
from mtaudit.audit import engine
from mtaudit.audit.context import AuditContext
from mtaudit.detectors import DETECTORS
from mtaudit.text.document import Document

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
chars, parser, models_warm = int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4] == "1"
text = article(random.Random(0), chars)
try:  # this checkout's context, or an older baseline's
    from mtaudit.audit.context import AuditSpec
    ctx = AuditContext(AuditSpec(use_lm=False), parser=None if parser else False)
except ImportError:
    ctx = AuditContext(parser=None if parser else False, use_lm=False)
warm = "Warm-up. Senator rubio said “yes,” he told reporters. The Tver Regional court."
if models_warm:  # the lazily loaded models (lingua, the transliteration model and numpy) are start-up too
    warm += (" The regulator accused the bank of breaking its obyazatelstva to depositors. Ya ne znayu, "
             "chto budet dalshe s nashimi peregovorami i s nashey stranoy.")
engine.audit(Document(warm, "w"), ctx)
try:  # what `mtaudit check` does after loading: collections skip the loaded objects
    from mtaudit.core.gcwork import freeze_loaded
    freeze_loaded()
except ImportError:  # an older checkout
    pass
split = {}
for d in DETECTORS:
    def timed(doc, c, f=d.detect, name=d.name):
        t = time.process_time()
        out = list(f(doc, c))
        split[name] = split.get(name, 0) + time.process_time() - t
        return out
    d.detect = timed
doc = Document(text, "bench")
base_rss = rss("VmRSS:")
t = time.process_time()
found = engine.audit(doc, ctx).findings
cpu = time.process_time() - t
try:
    from mtaudit.text.views import PARSES
    parsed = len(doc.views.peek(PARSES, default={}))
except ImportError:
    parsed = len(doc.cache.get("parser:sentences", {}))
print(json.dumps({"cpu": cpu, "process_cpu": time.process_time(), "mb": len(text.encode()) / 1e6,
                  "findings": len(found), "peak_rss_mb": rss("VmHWM:"),
                  "peak_growth_mb": rss("VmHWM:") - base_rss, "split": split,
                  "parsed": parsed, "sentences": len(doc.sentences)}))
"""


def probe(checkout: Path, chars: int, parser: bool, models_warm: bool = True) -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout), MTAUDIT_NO_LM="1")
    out = subprocess.run([sys.executable, "-c", PROBE, str(ROOT / "bench"), str(chars), "1" if parser else "0",
                          "1" if models_warm else "0"],
                         capture_output=True, text=True, env=env, cwd=checkout, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", type=Path, default=None, help="a checkout of the old main")
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--parser", action="store_true", help="with the spaCy syntax checks")
    ap.add_argument("--cold-models", action="store_true",
                    help="warm up on a text that loads no model: lingua, the transliteration model and "
                         "numpy are then loaded (and counted) inside the measured audit")
    args = ap.parse_args()
    config = f"--no-lm, parser {'on' if args.parser else 'off'}, models {'cold' if args.cold_models else 'warm'}"
    runs: dict[str, list[dict]] = {"this": [], "baseline": []}
    for _ in range(args.rounds):
        runs["this"].append(probe(ROOT, args.chars, args.parser, not args.cold_models))
        if args.baseline:
            runs["baseline"].append(probe(args.baseline, args.chars, args.parser, not args.cold_models))
    for name, results in runs.items():
        if not results:
            continue
        best = min(results, key=lambda r: r["cpu"])
        print(f"{name:8} ({config}): {best['mb']:.2f} MB in {best['cpu']:.2f} CPU-s (best of {len(results)}) = "
              f"{best['mb'] / best['cpu']:.3f} MB per CPU-second; {best['findings']} findings; "
              f"peak RSS +{best['peak_growth_mb'] / best['mb']:.1f} MB per MB of input"
              + (f"; {best['parsed']} of {best['sentences']} sentences parsed" if args.parser else ""))
        whole = min(results, key=lambda r: r["process_cpu"])
        print(f"          the whole process (start-up, warm-up audit and this audit): {whole['process_cpu']:.2f} "
              f"CPU-s (best of {len(results)}); peak RSS {whole['peak_rss_mb']:.0f} MB")
        top = sorted(best["split"].items(), key=lambda kv: -kv[1])[:8]
        print("          " + ", ".join(f"{k} {v:.2f}" for k, v in top))
    if runs["baseline"]:
        ratios = [b["cpu"] / t["cpu"] for t, b in zip(runs["this"], runs["baseline"])]
        print(f"paired CPU ratio baseline/this per round: {', '.join(f'{r:.2f}' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f}x faster)")
        ratios = [b["process_cpu"] / t["process_cpu"] for t, b in zip(runs["this"], runs["baseline"])]
        print(f"the same for the whole process (start-up included): {', '.join(f'{r:.2f}' for r in ratios)} "
              f"(median {statistics.median(ratios):.2f}x faster)")
        if runs["this"][0]["findings"] != runs["baseline"][0]["findings"]:
            print("note: the finding counts differ (detection changed between the checkouts)")


if __name__ == "__main__":
    main()
