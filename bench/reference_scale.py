"""How quote-drift alignment scales: embedding throughput, bank caching, retrieval, re-ranking.

    python bench/reference_scale.py [--bank 10000] [--queries 1000] [--full 100000]

Builds a synthetic quote bank (seeded), embeds it with the shipped MiniLM model (cached on
disk under a temporary MTAUDIT_CACHE_DIR), and audits a document of `--queries` quotes
(a third reworded) against it. Retrieval for the `--full` bank size is timed on random unit
vectors of the model's width (a matrix product's cost does not depend on the content), and
the full bank's embedding time is extrapolated from the measured throughput: both are
printed as such.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

import numpy as np

SUBJECTS = ["we", "the government", "our partners", "the ministry", "the president", "Moscow",
            "Washington", "the committee", "the company", "nobody", "the army", "our team"]
VERBS = ["will discuss", "cannot accept", "have approved", "are studying", "will never support",
         "discussed", "rejected", "welcomed", "are preparing", "will review", "proposed", "criticised"]
OBJECTS = ["the new sanctions", "a joint working group", "the cyber security unit", "the draft law",
           "the peace plan", "the trade agreement", "the election results", "the budget",
           "the pipeline project", "the arms treaty", "the investigation", "the summit agenda"]
TAILS = ["next week", "without any conditions", "as soon as possible", "in the coming months",
         "despite the pressure", "after long negotiations", "for the sake of security",
         "because it threatens our interests", "together with our allies", "at the legislative level"]
REWORD = {"will discuss": "are going to talk about", "cannot accept": "are unable to agree to",
          "have approved": "gave the green light to", "are studying": "are looking into",
          "will never support": "are never going to back", "discussed": "talked about",
          "rejected": "turned down", "welcomed": "greeted with approval", "are preparing": "get ready",
          "will review": "are going to re-examine", "proposed": "put forward", "criticised": "slammed",
          "the new sanctions": "the fresh restrictions", "a joint working group": "a common working group",
          "the draft law": "the bill", "the peace plan": "the plan for peace",
          "as soon as possible": "at the earliest opportunity", "next week": "in a week",
          "without any conditions": "unconditionally", "in the coming months": "over the next months",
          "despite the pressure": "in spite of the pressure", "for the sake of security": "to keep safe",
          "together with our allies": "jointly with the allies", "at the legislative level": "by law"}


def synthetic_quotes(n: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(n):
        s = (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}, "
             f"and {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
             f"{rng.choice(TAILS)} ({rng.randrange(10**6)})")
        out.append(s[0].upper() + s[1:] + ".")
    return out


def reworded(quote: str) -> str:
    for a, b in REWORD.items():
        quote = quote.replace(a, b)
    return quote


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bank", type=int, default=10_000, help="quotes embedded for real")
    ap.add_argument("--queries", type=int, default=1_000, help="quotes in the audited document")
    ap.add_argument("--full", type=int, default=100_000, help="bank size for the retrieval timing")
    args = ap.parse_args()
    os.environ["MTAUDIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="mtaudit-bench-")

    from mtaudit.references.alignment import VectorIndex
    from mtaudit.text.document import Document
    from mtaudit.models.embedding import default_embedder
    from mtaudit.references.quote_drift import find_drift
    from mtaudit.references.bank import load_references

    rng = random.Random(0)
    bank = synthetic_quotes(args.bank, rng)
    bank_path = Path(os.environ["MTAUDIT_CACHE_DIR"]) / "bank.jsonl"
    import json
    bank_path.write_text("".join(json.dumps({"quote": q, "source": "bench"}) + "\n" for q in bank))
    embedder = default_embedder()

    t = time.perf_counter()
    embedder.encode(["warm-up sentence"])
    print(f"model load: {time.perf_counter() - t:.1f} s")

    t = time.perf_counter()
    refs = load_references([bank_path], embedder=embedder, warnings=[])
    embed_s = time.perf_counter() - t
    n_units = len(refs.units)
    rate = n_units / embed_s
    print(f"bank: {args.bank:,} quotes -> {n_units:,} units embedded in {embed_s:.1f} s "
          f"({rate:.0f} sentences/s on {os.cpu_count()} cores)")
    t = time.perf_counter()
    load_references([bank_path], embedder=embedder, warnings=[])
    print(f"bank reloaded from the embedding cache: {time.perf_counter() - t:.2f} s")
    print(f"extrapolated: embedding a {args.full:,}-quote bank once ≈ {args.full * n_units / args.bank / rate / 60:.1f} min "
          f"(then cached on disk)")

    picks = rng.sample(bank, args.queries)
    quotes = [reworded(q) if k % 3 == 0 else q for k, q in enumerate(picks)]
    doc = Document("\n\n".join(f"“{q}” he said." for q in quotes))
    t = time.perf_counter()
    drifts = find_drift(doc, refs)
    audit_s = time.perf_counter() - t
    changed = {k for k, q in enumerate(picks) if k % 3 == 0 and reworded(q) != q}
    starts = [doc.text.index(f"“{q}”") + 1 for q in quotes]
    hits = {starts.index(d.span.start) for d in drifts if d.span.start in starts}
    print(f"audit of {args.queries:,} quotes against {args.bank:,}: {audit_s:.1f} s "
          f"(embedding the quotes, retrieval, chrF re-rank); flagged {len(drifts)}: "
          f"{len(hits & changed)} of the {len(changed)} reworded, {len(hits - changed)} verbatim")

    vecs = np.random.default_rng(0).standard_normal((args.full, 384)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    queries = vecs[: args.queries] + 0.01
    t = time.perf_counter()
    VectorIndex(vecs).top_k(queries, 8)
    retr = time.perf_counter() - t
    print(f"retrieval: {args.queries:,} queries x {args.full:,} bank vectors (random, 384-d), top-8: {retr:.2f} s")
    per_query = (audit_s - args.queries / rate) / args.queries
    total = args.full * n_units / args.bank / rate + args.queries / rate + retr + max(per_query, 0) * args.queries
    print(f"estimated total for {args.queries:,} quotes vs a {args.full:,} bank on first run: {total / 60:.1f} min; "
          f"with the bank cached: {(total - args.full * n_units / args.bank / rate) / 60:.1f} min")


if __name__ == "__main__":
    main()
