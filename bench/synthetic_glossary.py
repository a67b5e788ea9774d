"""Synthetic glossary files of any size, in the bundled YAML format (glossary/FORMAT.md).

Names are built from syllables with parallel Latin and Cyrillic spellings, so each
concept has a canonical form, a short form, a Russian source form, a variant and a
known wrong rendering, like real entries. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

_SYLLABLES = [("ka", "ка"), ("lo", "ло"), ("mir", "мир"), ("ve", "ве"), ("don", "дон"), ("sta", "ста"),
              ("ni", "ни"), ("rov", "ров"), ("tel", "тель"), ("bu", "бу"), ("zar", "зар"), ("pe", "пе"),
              ("gor", "гор"), ("li", "ли"), ("sen", "сен"), ("vo", "во"), ("dra", "дра"), ("mu", "му"),
              ("kin", "кин"), ("to", "то"), ("shev", "шев"), ("ra", "ра"), ("nov", "нов"), ("ze", "зе")]
_TYPES = ("person", "organisation", "place")


def _name(rng: random.Random, parts: int) -> tuple[str, str]:
    picks = [rng.choice(_SYLLABLES) for _ in range(parts)]
    return "".join(p[0] for p in picks).capitalize(), "".join(p[1] for p in picks).capitalize()


def concepts(n: int, seed: int = 0) -> list[dict]:
    rng, out, seen = random.Random(seed), [], set()
    while len(out) < n:
        first, first_ru = _name(rng, 2)
        last, last_ru = _name(rng, 3)
        canonical = f"{first} {last}"
        if canonical in seen:
            continue
        seen.add(canonical)
        out.append({"id": f"synthetic-{len(out)}", "canonical": canonical, "type": rng.choice(_TYPES),
                    "short": last, "ru": [f"{first_ru} {last_ru}"], "variants": [f"{first[0]}. {last}"],
                    "wrong": [{"text": f"{last.lower()}o", "cue": "none"}], "inflect": False})
    return out


def write_glossary(path: Path, n: int, seed: int = 0) -> Path:
    """Write `n` synthetic concepts as YAML (a plain emitter: fast even for 100k entries)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("concepts:\n")
        for c in concepts(n, seed):
            fh.write(f"  - id: {c['id']}\n    canonical: {c['canonical']}\n    type: {c['type']}\n"
                     f"    short: {c['short']}\n    ru: [{c['ru'][0]}]\n    variants: [\"{c['variants'][0]}\"]\n"
                     f"    inflect: false\n    wrong:\n      - text: {c['wrong'][0]['text']}\n"
                     f"        cue: none\n")
    return path


def surface_forms(glossary) -> list[str]:
    """Every surface form of a loaded Glossary: what the naive baseline searches for."""
    forms = set()
    for c in glossary.concepts:
        forms.update(f for f in (c.canonical, c.short, *c.variants, *c.translit, *c.ru) if f)
        forms.update(w.text for w in c.wrong)
    return sorted(forms, key=lambda f: (-len(f), f))
