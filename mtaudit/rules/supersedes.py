"""Pairs of rule codes where one finding supersedes another on an overlapping span, read from
`mtaudit/data/code_supersedes.tsv`.

Two rules may read one artifact from two sides ("…, reported TASS in the ministry": a source after
its verb, MT2001, and the speaking body in an "in" phrase, MT2022). A reader should see it once,
and on a scored set the second finding is a false alarm against the one gold artifact. The table
is data (`winner<TAB>loser<TAB>why`), so a pair is added without touching the engine.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "code_supersedes.tsv"


@lru_cache(maxsize=1)
def supersedes() -> dict[str, frozenset[str]]:
    """Each loser code mapped to the codes whose overlapping findings drop it."""
    out: dict[str, set[str]] = {}
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 3 or not parts[2]:
            raise ValueError(f"{TABLE}:{number}: want winner<TAB>loser<TAB>why")
        winner, loser = parts[0], parts[1]
        if winner == loser or loser in out.get(winner, ()):
            raise ValueError(f"{TABLE}:{number}: {winner} and {loser} cannot supersede each other")
        out.setdefault(loser, set()).add(winner)
    return {k: frozenset(v) for k, v in out.items()}


def without_superseded(findings: list) -> list:
    """`findings` less each finding of a loser code that a winner's finding overlaps."""
    table = supersedes()
    losers = [f for f in findings if f.code in table]
    if not losers:
        return findings
    dropped = {id(f) for f in losers
               if any(w.code in table[f.code] and w.start < f.end and f.start < w.end for w in findings)}
    return [f for f in findings if id(f) not in dropped] if dropped else findings
