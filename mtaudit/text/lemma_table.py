"""lemminflect's lemma lookup, read from the package's data files without importing the package.

`import lemminflect` imports spaCy (the package hooks a spaCy extension at import), and spaCy
imports thinc and torch: 3-7 CPU-seconds, which a one-article `mtaudit check` paid whenever a
rule asked whether a word can be a noun or a verb. Those rules need only the lookup table, so
this module reads lemminflect's own `resources/lemma_lu.csv.gz` and `lemma_overrides.csv`
(located with `importlib.util.find_spec`, which does not run the package) the way its codecs
do: `word,category,lemma/lemma` and `word,UPOS,lemma` rows, the override replacing the table's
entry of the same part of speech. tests/test_lemma_table.py checks the answers against
`lemminflect.getAllLemmas` itself.

Parsing the 70,000 rows cost ~0.25 CPU-s at every start that asked one word. The lookup reads a
compact form instead (each word's answer as one string, parsed when asked), kept in the private
cache (core/privatecache.py) under a digest of lemminflect's two files and this module.
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from mtaudit.core import privatecache

_UPOS = {"adj": "ADJ", "adv": "ADV", "aux": "AUX", "modal": "AUX", "noun": "NOUN", "verb": "VERB"}


def _resources() -> Path | None:
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return folder if (folder / "lemma_lu.csv.gz").is_file() else None


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, tuple[str, ...]]] | None:
    folder = _resources()
    if folder is None:
        return None
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    with gzip.open(folder / "lemma_lu.csv.gz", "rt", encoding="utf-8") as rows:
        for line in rows:
            word, category, forms = line.strip().split(",")
            upos = _UPOS.get(category, category.upper())
            table.setdefault(word, {})[upos] = tuple(forms.split("/"))
    overrides = folder / "lemma_overrides.csv"
    if overrides.is_file():
        for line in overrides.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            word, upos, lemma = line.split(",")
            table.setdefault(word, {})[upos] = (lemma,)
    return table


_POS_SEP, _FORM_SEP = "\x1e", "\x1f"  # between parts of speech, between lemmas (never in a word)


@lru_cache(maxsize=1)
def _compact() -> tuple[dict[str, str], dict[str, str]] | None:
    """(word -> its answer as one string "POS\x1flemma\x1flemma\x1ePOS...", verb lemma -> its
    forms joined), from the private cache when lemminflect's files and this module are those it
    was built from; None without lemminflect."""
    folder = _resources()
    if folder is None:
        return None
    overrides = folder / "lemma_overrides.csv"
    parts = ("lemma-table 1", sys.version, (folder / "lemma_lu.csv.gz").read_bytes(),
             overrides.read_bytes() if overrides.is_file() else b"",
             resources.files("mtaudit.text").joinpath("lemma_table.py").read_bytes())
    return privatecache.memo("lemma-table", parts, _build_compact, tuple)


def _build_compact() -> tuple[dict[str, str], dict[str, str]]:
    table = _table() or {}
    words = {word: _POS_SEP.join(_FORM_SEP.join((pos, *lemmas)) for pos, lemmas in by_pos.items())
             for word, by_pos in table.items()}
    verbs = {lemma: _FORM_SEP.join(sorted(forms)) for lemma, forms in _verb_index().items()}
    return words, verbs


def available() -> bool:
    """True when lemminflect's data is installed (the `parse` extra)."""
    return _compact() is not None


def all_lemmas(word: str) -> dict[str, tuple[str, ...]] | None:
    """Part of speech -> lemmas of `word`, as `lemminflect.getAllLemmas(word)` gives them
    (lower-case lookup, the lemmas cased like the word); {} for an unknown word, None without
    lemminflect."""
    compact = _compact()
    if compact is None:
        return None
    answer = compact[0].get(word.lower())
    if not answer:
        return {}
    found = {}
    for part in answer.split(_POS_SEP):
        pos, *lemmas = part.split(_FORM_SEP)
        found[pos] = tuple(lemmas)
    if word.isupper():
        return {pos: tuple(f.upper() for f in forms) for pos, forms in found.items()}
    if word[:1].isupper():
        return {pos: tuple(f.capitalize() for f in forms) for pos, forms in found.items()}
    return {pos: tuple(f.lower() for f in forms) for pos, forms in found.items()}


@lru_cache(maxsize=None)
def verb_forms(lemma: str) -> frozenset[str]:
    """Every word the table gives `lemma` as a VERB lemma of ("make" -> made, makes, making),
    with the lemma itself; without lemminflect, the lemma alone. A prefilter's word list, read
    without importing lemminflect (and so spaCy)."""
    compact = _compact()
    forms = compact[1].get(lemma.lower()) if compact is not None else None
    return (frozenset(forms.split(_FORM_SEP)) if forms else frozenset()) | {lemma.lower()}


@lru_cache(maxsize=1)
def _verb_index() -> dict[str, frozenset[str]]:
    table = _table() or {}
    index: dict[str, set[str]] = {}
    for word, by_pos in table.items():
        for lemma in by_pos.get("VERB", ()):
            index.setdefault(lemma, set()).add(word)
    return {lemma: frozenset(words) for lemma, words in index.items()}
