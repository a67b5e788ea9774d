"""How glossary matching scales: build time and throughput for 1k, 10k and 100k entries.

Synthetic person concepts (canonical, short, a transliteration, a wrong form; case-ending
forms are generated as for real ones) over ~1 MB of English-like text that mentions a
fixed number of them, so every size sees the same number of hits. A naive regex
alternation over the same forms is timed on a smaller glossary and text, as a ratio.

    python bench/glossary_scale.py [--mb 1.0] [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtaudit.audit.context import AuditContext  # noqa: E402
from mtaudit.detectors.entities import meaning as entities, casing as entities_casing, forms as entities_forms  # noqa: E402
from mtaudit.text.document import Document  # noqa: E402
from mtaudit.audit.engine import audit  # noqa: E402
from mtaudit.glossary import Concept, Glossary, WrongForm  # noqa: E402
from mtaudit.glossary.index import GlossaryIndex  # noqa: E402

SYLLABLES = "ka lo mi ra te vo shu zan bel gor dun pre vik nos tal mer ost lin".split()
FILLER = ("the government said on tuesday that the new measures would take effect next month "
          "after talks with officials in the capital and a vote in parliament").split()


def synthetic_concepts(n: int, seed: int = 0) -> list[Concept]:
    rng = random.Random(seed)
    lasts = ["".join(p).capitalize() for p in itertools.product(SYLLABLES, repeat=4)]
    rng.shuffle(lasts)
    if n > len(lasts):
        raise SystemExit(f"at most {len(lasts)} synthetic entries")
    out = []
    for i, last in enumerate(lasts[:n]):
        first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        out.append(Concept(id=f"p{i}", canonical=f"{first} {last}", type="person", short=last,
                           translit=(last + "h",), wrong=(WrongForm(last.lower() + "ish"),)))
    return out


def synthetic_text(concepts: list[Concept], megabytes: float, per_mb: int = 3000, seed: int = 1) -> str:
    """Filler news prose naming one of 200 concepts about `per_mb` times per MB."""
    rng = random.Random(seed)
    words, size, named = [], 0, concepts[:200]
    target = int(megabytes * 1_000_000)
    every = max(1, 1_000_000 // 7 // per_mb)
    i = 0
    while size < target:
        w = rng.choice(named).canonical if i % every == 0 else rng.choice(FILLER)
        words.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(words)


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--regex-size", type=int, default=1000)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    biggest = synthetic_concepts(max(sizes))
    text = synthetic_text(biggest, args.mb)
    mb = len(text.encode()) / 1e6
    print(f"text: {mb:.2f} MB; forms per concept: canonical, short, translit, wrong + generated case endings")
    print(f"{'entries':>8} {'keys':>8} {'build s':>8} {'match MB/s':>11} {'audit MB/s':>11} {'hits':>7}")
    detectors = (entities.DETECTOR, entities_casing.DETECTOR, entities_forms.DETECTOR)
    ac_rate_small = None
    for n in sizes:
        glossary = Glossary(biggest[:n])
        index, build = timed(lambda: GlossaryIndex(glossary))
        glossary.__dict__["index"] = index
        glossary.hash  # computed once per glossary at load time, not per document
        hits, match_s = timed(lambda: index.find(text))
        ctx = AuditContext(glossary=glossary)
        _, audit_s = timed(lambda: audit(Document(text), ctx, detectors=detectors))
        print(f"{n:>8} {index.size:>8} {build:>8.2f} {mb / match_s:>11.1f} {mb / audit_s:>11.1f} {len(hits):>7}")
        if n == min(sizes):
            ac_rate_small = mb / match_s
    # Naive baseline: one regex alternation of every form, case-insensitive, word-bounded.
    small = biggest[:args.regex_size]
    forms = sorted({f for c in small for f in (c.canonical, c.short, *c.translit, *(w.text for w in c.wrong))},
                   key=len, reverse=True)
    sample = text[:100_000]
    pattern, compile_s = timed(lambda: re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b",
                                                  re.IGNORECASE))
    found, regex_s = timed(lambda: pattern.findall(sample))
    regex_rate = len(sample.encode()) / 1e6 / regex_s
    print(f"regex alternation, {len(small)} entries ({len(forms)} forms) on {len(sample) / 1e3:.0f} KB: "
          f"compile {compile_s:.2f} s, {regex_rate:.2f} MB/s, {len(found)} hits; "
          f"Aho-Corasick at {min(sizes)} entries is {ac_rate_small / regex_rate:.0f}x faster")


if __name__ == "__main__":
    main()
