"""What the language-model check of names costs: load (cold and warm), and audit time per MB and per doc.

    python bench/lm_names.py [DIR_OF_TXT ...]     # default: eval/blind-names/docs and eval/docs

Measures, in one process each (fresh interpreter, so load times are real):
  * cold load: the GGUF dequantised by transformers (cache directory emptied first, --cold);
  * warm load: the cached float weights read back;
  * the default audit of the documents rule-only (--no-lm) and with the model, CPU seconds,
    and how many candidate sentences the model scored (lowercase names, MT102, and common words
    in weak surname slots, MT108, together).
Prints a Markdown table; speed lives here, never in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = [ROOT / "eval/blind-names/docs", ROOT / "eval/docs"]

_CHILD = r"""
import json, sys, time, resource
from pathlib import Path
from mtaudit.audit import engine
from mtaudit.models import lm as lm_module
from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
mode, paths = sys.argv[1], sys.argv[2:]
out = {}
if mode == "load":
    model = lm_module.default_lm()
    t = time.process_time(); w = time.time()
    model.logprobs(["A warm-up sentence about Moscow."])
    out = {"cpu": time.process_time() - t, "wall": time.time() - w}
else:
    docs = [Document(Path(p).read_text("utf-8"), doc_id=Path(p).stem) for p in paths]
    ctx = AuditContext(use_lm=(mode == "lm"))
    model = ctx.language_model
    if model is not None:
        model.logprobs(["A warm-up sentence about Moscow."])  # load outside the timed part
        asked = len(model._memo)
    t = time.process_time(); w = time.time()
    findings = sum(len(engine.audit(d, ctx).findings) for d in docs)
    out = {"cpu": time.process_time() - t, "wall": time.time() - w, "findings": findings,
           "bytes": sum(len(d.text.encode()) for d in docs), "docs": len(docs),
           "scored": (len(model._memo) - asked) if model is not None else 0}
print(json.dumps(out))
"""


def _child(mode: str, paths: list[str]) -> dict:
    env = dict(os.environ)
    env.pop("MTAUDIT_NO_LM", None)
    res = subprocess.run([sys.executable, "-c", _CHILD, mode, *paths], capture_output=True, text=True,
                         env=env, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--cold", action="store_true", help="empty the weight cache first (measures dequantisation)")
    args = ap.parse_args()
    from mtaudit.models import lm as lm_module

    if not lm_module.available():
        sys.exit("the language model is not installed: " + lm_module.INSTALL_HINT)
    rows = []
    if args.cold:
        shutil.rmtree(lm_module.cache_root(), ignore_errors=True)
        t = time.time()
        _child("load", [])
        rows.append(("cold load (dequantise GGUF, write cache)", f"{time.time() - t:.1f} s wall"))
    t = time.time()
    _child("load", [])
    rows.append(("warm load (cached weights) + first score, fresh process", f"{time.time() - t:.1f} s wall"))
    paths = [str(p) for d in (args.dirs or DEFAULT_DIRS) if d.is_dir() for p in sorted(d.glob("*.txt"))]
    base = _child("rules", paths)
    with_lm = _child("lm", paths)
    mb = base["bytes"] / 1e6
    extra = with_lm["cpu"] - base["cpu"]
    rows += [
        (f"documents audited", f"{base['docs']} ({base['bytes'] / 1000:.0f} KB)"),
        ("rule-only audit", f"{base['cpu']:.2f} CPU-s ({base['cpu'] / mb:.1f} CPU-s per MB)"),
        ("with the language model", f"{with_lm['cpu']:.2f} CPU-s ({with_lm['cpu'] / mb:.1f} CPU-s per MB)"),
        ("added by the model", f"{extra:.2f} CPU-s: {extra / mb:.1f} CPU-s per MB, "
                               f"{extra / base['docs'] * 1000:.0f} CPU-ms per doc"),
        ("candidate texts scored", f"{with_lm['scored']} ({with_lm['scored'] / base['docs']:.1f} per doc)"),
        ("findings rule-only / with model", f"{base['findings']} / {with_lm['findings']}"),
    ]
    print("| measure | figure |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
