"""Lexicons shipped as data files under mtaudit/data/, read once per process.

Detection knowledge (outlet names, first names, titles, word lists) lives in
these files so it can grow without touching code. Lines: a line starting with `#` is a
comment; blank lines are skipped; columns are separated by a tab. `entries` is the one
reader of that format (rule files' `{words: file}` lists use it too).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from mtaudit.core import privatecache


def entries(text: str) -> list[str]:
    """The entries of a word-list text: its lines stripped, without blank and `#` comment lines."""
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


@lru_cache(maxsize=None)
def entries_of(name: str) -> tuple[str, ...]:
    """The entries of a data file under mtaudit/data/, whole lines (tabs kept)."""
    return tuple(entries(resources.files("mtaudit.data").joinpath(name).read_text(encoding="utf-8")))



@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Every entry of a data file split into its tab-separated columns, in file order."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in entries_of(name))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The first column of a data file, as written (case kept)."""
    return frozenset(line.split("\t")[0].strip() for line in entries_of(name))


@lru_cache(maxsize=None)
def folded_words(name: str) -> frozenset[str]:
    """The first column of a data file, case-folded."""
    return frozenset(w.casefold() for w in words(name))


@lru_cache(maxsize=None)
def classes(name: str) -> dict[str, frozenset[str]]:
    """Class -> its words, for a data file of word<TAB>class rows (calque_frame_words.tsv); read
    once per change of the package (core/privatecache.py): the WordNet tables have ~30,000 rows."""
    return privatecache.memo_bundled(f"classes-{name}", lambda: _classes(name), dict)


def _classes(name: str) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for r in rows(name):
        if len(r) == 2:
            found.setdefault(r[1], set()).add(r[0])
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """First column -> the other columns (tab-separated), for files like first_names_en.txt."""
    return {cols[0]: cols[1:] for cols in rows(name)}


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


def one_or_many(value) -> tuple[str, ...]:
    """A data file's field that holds one string or a list of them (a `bad` example or several),
    as a tuple; an absent field is empty."""
    return (value,) if isinstance(value, str) else tuple(value or ())
