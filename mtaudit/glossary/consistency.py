"""Consistency of the bundled glossary: what the loader cannot see one file at a time.

- a wrong rendering that is an accepted form (canonical, short, variant) of another concept
  (the detector would flag a correct name);
- one English form accepted for two concepts of different types (a place and a company both
  "Magnit": ambiguous, every mention becomes a guess);
- a form listed twice in one concept under different kinds (accepted and wrong);
- two concepts with the same canonical form and type (a duplicate).

`scripts/glossary_consistency.py` prints the report; a test keeps the count of problems at 0
for the kinds that break detection (wrong-is-accepted, accepted-and-wrong).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    kind: str
    form: str
    concepts: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.kind}: “{self.form}” ({', '.join(self.concepts)})"


def check(glossary) -> list[Problem]:
    accepted: dict[str, set[str]] = defaultdict(set)
    canon: dict[tuple[str, str], list[str]] = defaultdict(list)
    types = {c.id: c.type for c in glossary.concepts}
    out: list[Problem] = []
    for c in glossary.concepts:
        canon[(c.canonical, c.type)].append(c.id)
        for f in (c.canonical, c.short, *c.variants):
            if f:
                accepted[f.lower()].add(c.id)
    for c in glossary.concepts:
        own = {f.lower() for f in (c.canonical, c.short, *c.variants) if f}
        for w in c.wrong:
            key = w.text.lower()
            if key in own:
                out.append(Problem("accepted-and-wrong", w.text, (c.id,)))
            others = accepted.get(key, set()) - {c.id}
            if others and not w.cased:
                out.append(Problem("wrong-is-accepted", w.text, (c.id, *sorted(others))))
    for form, ids in accepted.items():
        if len({types[i] for i in ids}) > 1 and len(ids) > 1:
            out.append(Problem("accepted-for-two-types", form, tuple(sorted(ids))))
    for (form, _type), ids in canon.items():
        if len(ids) > 1:
            out.append(Problem("duplicate-canonical", form, tuple(ids)))
    return out


BREAKING = ("accepted-and-wrong", "wrong-is-accepted")
