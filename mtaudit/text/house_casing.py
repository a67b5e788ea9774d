"""A lowercase generic head after a proper name: a British house style, or an MT artifact?

"The Tate gallery", "the Russian Orthodox church", "Essex police": British newspapers write a
name's generic head in lower case after the proper part. MT from Russian writes "Tretyakov
gallery" and "Pacific fleet" because Russian capitalises only a name's first word. The surface
is the same; the document decides. mtaudit/data/house_casing.yaml lists the heads, the
descriptors every style writes in lower case, and the evidence that a document follows the
British style (habits of British copy that MT from Russian does not produce); this module reads
it, finds the evidence once per document (a view) and answers for one span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


from mtaudit.core.yamlsafe import load_data
from mtaudit.text.english_words import is_common_word
from mtaudit.text.views import HOUSE_CASING_EVIDENCE

DATA_FILE = "house_casing.yaml"
_OF_AFTER = re.compile(r"\s+(?:of|for)\b")


@dataclass(frozen=True)
class _Evidence:
    name: str
    weight: int
    pattern: re.Pattern


@dataclass(frozen=True)
class HouseCasing:
    threshold: int
    heads: frozenset[str]
    descriptors: frozenset[str]
    evidence: tuple[_Evidence, ...]


@lru_cache(maxsize=1)
def house_casing() -> HouseCasing:
    """The data file, read once."""
    data = load_data(resources.files("mtaudit.data").joinpath(DATA_FILE).read_text("utf-8"))
    return HouseCasing(
        threshold=int(data["threshold"]),
        heads=frozenset(h.casefold() for h in data["heads"]),
        descriptors=frozenset(d.casefold() for d in data["descriptors"]),
        evidence=tuple(_Evidence(e["name"], int(e["weight"]), re.compile(e["pattern"]))
                       for e in data["evidence"]))


def _evidence(doc) -> tuple[tuple[int, int, int, str], ...]:
    """(start, end, weight, name) of every piece of British-style evidence in the document."""
    found = []
    for ev in house_casing().evidence:
        for m in ev.pattern.finditer(doc.text):
            found.append((m.start(), m.end(), ev.weight, ev.name))
    return tuple(sorted(found))


def british_style(doc, start: int = 0, end: int = 0) -> tuple[str, ...]:
    """The names of the evidence that the document writes generic heads in lower case after
    names (British style), found outside [start, end); empty when it falls short of the data's
    threshold. The span judged never vouches for itself."""
    pieces = doc.view(HOUSE_CASING_EVIDENCE, lambda: _evidence(doc))
    weight, names = 0, []
    for s, e, w, name in pieces:
        if s < end and start < e:
            continue
        weight += w
        names.append(name)
    return tuple(dict.fromkeys(names)) if weight >= house_casing().threshold else ()


def _proper(words: list[str]) -> bool:
    """Every word capitalised, the last one a proper name (not a common word): "Luzhniki",
    "Sheremetyevo", "Russian Orthodox" is not (Orthodox is a common word)."""
    return bool(words) and all(w[:1].isupper() for w in words) and not is_common_word(words[-1])


def lowercase_head_accepted(doc, text: str, start: int, end: int) -> str | None:
    """Why `text` (the span [start, end) of the document: capitalised words, then a lowercase
    head) is a valid English spelling, or None. A descriptor ("stadium", "airport") after proper
    names is valid in every style; a generic head ("church", "gallery", "police") is valid when
    the document shows the British lowercase style elsewhere."""
    words = text.split()
    if len(words) < 2 or _OF_AFTER.match(doc.text, end):
        return None  # "the Moscow institute of physics": a formal name, capitalised in every style
    cfg = house_casing()
    for n in (2, 1):  # "penal colony", "metro station"; then one word
        if len(words) <= n:
            continue
        head, name = words[-n:], words[:-n]
        if not all(w.islower() for w in head) or not all(w[:1].isupper() for w in name):
            continue
        phrase = " ".join(head).casefold()
        if phrase in cfg.descriptors and _proper(name):
            return f"“{' '.join(head)}” describes the named place; English writes it in lower case"
        if phrase in cfg.heads:
            style = british_style(doc, start, end)
            if style:
                return (f"a lowercase head after a name is this document's house style "
                        f"(British: {style[0]})")
    return None
