"""Speed of the rule-file engine: load time and throughput of every bundled data rule.

Run: python bench/patterns_speed.py [REPEAT]  (prints figures; no assertions)
The text is the two seeds repeated; the slowest rules are listed so a new pattern
that scans badly shows up here.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtaudit.detectors.patterns import run_rule  # noqa: E402
from mtaudit.text.document import Document  # noqa: E402
from mtaudit.rules.loader import load_rule_files  # noqa: E402


def main(repeat: int = 100) -> None:
    started = time.perf_counter()
    rule_set = load_rule_files(())
    load_s = time.perf_counter() - started
    seeds = [(ROOT / "seeds" / n).read_text(encoding="utf-8")
             for n in ("000_5a787b1c74becfcd.txt", "004_ec8cb50e9670c9e8.txt")]
    doc = Document("\n\n".join(seeds * repeat), doc_id="bench")
    _ = doc.sentences, doc.paragraphs  # views are shared with other detectors; time them apart
    per_rule, found = {}, 0
    started = time.perf_counter()
    for data_rule in rule_set.rules:
        t = time.perf_counter()
        found += len(list(run_rule(data_rule, doc)))
        per_rule[data_rule.rule.code] = time.perf_counter() - t
    total = time.perf_counter() - started
    print(f"rules: {len(rule_set.rules)}  load: {load_s:.2f} s")
    print(f"text: {len(doc.text):,} chars  findings: {found:,}  time: {total:.2f} s  "
          f"throughput: {len(doc.text) / total / 1e6:.2f} MB/s")
    for code, seconds in sorted(per_rule.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {code}  {seconds:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
