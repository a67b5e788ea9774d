"""Write a glossary in any supported format, and count what it holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from mtaudit.glossary.model import KINDS, TYPES, Glossary

FORMATS = ("yaml", "tsv", "csv", "tbx")


def render_yaml(glossary: Glossary) -> str:
    data: dict = {"concepts": [c.to_data() for c in glossary.concepts]}
    if glossary.accept:
        data["accept"] = sorted(glossary.accept)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110, default_flow_style=None)


def render(glossary: Glossary, fmt: str) -> bytes:
    """The glossary as bytes in `fmt` (yaml | tsv | csv | tbx)."""
    if fmt == "yaml":
        return render_yaml(glossary).encode("utf-8")
    if fmt in ("tsv", "csv"):
        from mtaudit.glossary.tabular import render_table

        return render_table(glossary.concepts, glossary.accept, fmt).encode("utf-8")
    if fmt == "tbx":
        from mtaudit.glossary.tbx import render_tbx

        return render_tbx(glossary.concepts, glossary.accept)
    raise ValueError(f"unknown glossary format {fmt!r}")


def stats(glossary: Glossary) -> dict:
    """Counts: concepts, per type, per form kind (generated case-ending forms included)."""
    forms: Counter = Counter()
    for c in glossary.concepts:
        forms["canonical"] += 1
        forms["short"] += bool(c.short)
        forms["variant"] += len(c.variants)
        forms["translit"] += len(c.translit)
        forms["ru"] += len(c.ru)
        forms["wrong"] += len(c.wrong)
    forms["inflected"] = glossary.index.inflected_count
    types = Counter(c.type for c in glossary.concepts)
    beats: dict[str, Counter] = {}
    for c in glossary.concepts:  # a beat is the file a concept comes from (places-ru-settlements, sports-ru, ...)
        beat = Path(c.origin.rpartition(":")[0]).stem if c.origin else "unknown"
        beats.setdefault(beat or "unknown", Counter())[c.type] += 1
    return {
        "concepts": len(glossary.concepts),
        "types": {t: types.get(t, 0) for t in TYPES},
        "forms": {k: forms.get(k, 0) for k in KINDS},
        "wrong_needing_cue": sum(w.cue == "required" for c in glossary.concepts for w in c.wrong),
        "beats": {b: {"concepts": sum(n.values()), **dict(sorted(n.items()))} for b, n in sorted(beats.items())},
        "accept": len(glossary.accept),
        "automaton_keys": glossary.index.size,
        "hash": glossary.hash,
        "files": list(glossary.files),
    }
