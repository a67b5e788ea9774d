"""House styles: spellings a newsroom chooses (Kyiv/Kiev, Zelenskyy/Zelenskiy, region/Region/Oblast).

They are not MT artifacts, so the glossary indexes them as accepted variants (never as
transliterations to respell). What is an artifact is a document that mixes two styles for the
same thing, and, when the user chooses a style (`--style ap|reuters|bbc|tass` or `style = ...`
in the config file), any form that style does not write. The table is
mtaudit/data/house_styles.yaml; this module turns it into, per concept, form -> styles.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

STYLE_FILE = "house_styles.yaml"
REGION_WORDS = {"region": "region", "Region": "Region", "Oblast": "Oblast", "oblast": "Oblast"}


@lru_cache(maxsize=1)
def table() -> dict:
    text = resources.files("mtaudit.data").joinpath(STYLE_FILE).read_text("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml when present: 4x faster start
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def table_bytes() -> bytes:
    """The raw style table, for the glossary cache key (it changes how forms are indexed)."""
    return resources.files("mtaudit.data").joinpath(STYLE_FILE).read_bytes()


def styles() -> tuple[str, ...]:
    return tuple(table()["styles"])


@dataclass(frozen=True)
class StyleGroup:
    """One family of style spellings: each form -> the styles that write it, and the preference."""

    name: str
    forms: dict           # concept id -> {form: frozenset(styles)}
    prefer: dict          # style -> "canonical" | "russian" | literal form
    russian: dict         # concept id -> its first Russian-based form (for prefer: russian)


def _group_ids(group, concepts) -> list[str]:
    """A group's concept ids: listed, or every concept read from the file `origin` names."""
    if "origin" in group:
        stem = group["origin"]
        return [c.id for c in concepts if c.origin.rpartition(":")[0].endswith(f"/{stem}.yaml")
                or c.origin.rpartition(":")[0] == f"{stem}.yaml"]
    return list(group["ids"])


def _style_translit(group, c) -> list[str]:
    forms = [t for t in c.translit if t not in set(group.get("not_style", ()))]
    if group.get("full_names_only"):  # only the first name differs: Mikhail (not Mykhailo) Podolyak
        last = c.canonical.split()[-1]
        forms = [t for t in forms if len(t.split()) > 1 and t.split()[-1] == last]
    return forms


def style_forms_by_concept(concepts) -> dict[str, frozenset[str]]:
    """Concept id -> its translit forms that are house-style spellings (indexed as variants)."""
    out: dict[str, set[str]] = {}
    by_id = {c.id: c for c in concepts}
    for group in table()["groups"]:
        spec = group["style_forms"]
        for cid in _group_ids(group, concepts):
            c = by_id.get(cid)
            if c is None:
                continue
            if spec == "translit":
                forms = set(_style_translit(group, c))
            else:
                forms = set(spec) & set(c.translit)
            if forms:
                out.setdefault(cid, set()).update(forms)
    return {k: frozenset(v) for k, v in out.items()}


def groups(glossary) -> list[StyleGroup]:
    """The style groups resolved against a loaded glossary (memoised on it)."""
    cached = glossary.__dict__.get("_style_groups")
    if cached is not None:
        return cached
    all_styles = frozenset(styles())
    out = []
    for group in table()["groups"]:
        spec, prefer = group["style_forms"], group["prefer"]
        forms: dict[str, dict[str, frozenset[str]]] = {}
        russian: dict[str, str] = {}
        for cid in _group_ids(group, glossary.concepts):
            c = glossary.by_id.get(cid)
            if c is None:
                continue
            if spec == "translit":
                rus = _style_translit(group, c)
                if not rus:
                    continue
                canonical_styles = frozenset(s for s, p in prefer.items() if p == "canonical")
                russian_styles = frozenset(s for s, p in prefer.items() if p == "russian")
                head = c.canonical.split()[0]
                # only forms with the distinctive spelling take a side; "ZNPP" is everyone's
                f = {x: canonical_styles for x in (c.canonical, c.short, *c.variants)
                     if x and x.split()[0] == head}
                f.update({x: russian_styles for x in rus})
                if rus:
                    russian[cid] = rus[0]
            else:
                f = {x: frozenset(v) & all_styles for x, v in spec.items()}
            forms[cid] = f
        out.append(StyleGroup(group["name"], forms, prefer, russian))
    glossary.__dict__["_style_groups"] = out
    return out


def region_style(surface: str) -> str | None:
    """"Belgorod region" -> "region"; "Belgorod Oblast" -> "Oblast"; else None."""
    last = surface.rsplit(" ", 1)[-1] if " " in surface else ""
    return REGION_WORDS.get(last)


def region_styles(word: str) -> frozenset[str]:
    prefer = table()["regions"]["prefer"]
    return frozenset(s for s, p in prefer.items() if p == word)


def region_preferred(style: str) -> str:
    return table()["regions"]["prefer"][style]
