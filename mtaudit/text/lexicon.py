"""Lexicons shipped as data files under mtaudit/data/, read once per process.

Detection knowledge (outlet names, first names, titles, word lists) lives in
these files so it can grow without touching code. Lines: `#` starts a comment;
blank lines are skipped; columns are separated by a tab.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("mtaudit.data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line.strip())
    return out


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The first column of a data file, as written (case kept)."""
    return frozenset(line.split("\t")[0].strip() for line in _lines(name))


@lru_cache(maxsize=None)
def folded_words(name: str) -> frozenset[str]:
    """The first column of a data file, case-folded."""
    return frozenset(w.casefold() for w in words(name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """First column -> the other columns (tab-separated), for files like first_names_en.txt."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        cols = [c.strip() for c in line.split("\t")]
        out[cols[0]] = tuple(cols[1:])
    return out


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Capitalised first name -> gender ("m", "f" or "" when either)."""
    names: dict[str, str] = {}
    for file in ("first_names_en.txt", "first_names_ru_latin.txt", "first_names_census.txt"):
        for name, cols in table(file).items():
            gender = cols[0] if cols else ""
            if name in names and names[name] != gender:
                gender = ""  # listed with both genders: unknown
            names[name] = gender
    return names


@lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """Title (as written, e.g. "President", "Sen.") -> gender ("m", "f" or "")."""
    return {t: (cols[0] if cols else "") for t, cols in table("titles.txt").items()}


@lru_cache(maxsize=1)
def person_heads() -> dict[str, str]:
    """Lower-case nouns that denote a person ("head", "president") -> gender or ""."""
    return {t.casefold(): g for t, g in titles().items() if not t.endswith(".")}
