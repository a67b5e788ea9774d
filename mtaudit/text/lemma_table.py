"""lemminflect's lemma lookup, read from the package's data files without importing the package.

`import lemminflect` imports spaCy (the package hooks a spaCy extension at import), and spaCy
imports thinc and torch: 3-7 CPU-seconds, which a one-article `mtaudit check` paid whenever a
rule asked whether a word can be a noun or a verb. Those rules need only the lookup table, so
this module reads lemminflect's own `resources/lemma_lu.csv.gz` and `lemma_overrides.csv`
(located with `importlib.util.find_spec`, which does not run the package) the way its codecs
do: `word,category,lemma/lemma` and `word,UPOS,lemma` rows, the override replacing the table's
entry of the same part of speech. tests/test_lemma_table.py checks the answers against
`lemminflect.getAllLemmas` itself.
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

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


def available() -> bool:
    """True when lemminflect's data is installed (the `parse` extra)."""
    return _table() is not None


def all_lemmas(word: str) -> dict[str, tuple[str, ...]] | None:
    """Part of speech -> lemmas of `word`, as `lemminflect.getAllLemmas(word)` gives them
    (lower-case lookup, the lemmas cased like the word); {} for an unknown word, None without
    lemminflect."""
    table = _table()
    if table is None:
        return None
    found = table.get(word.lower())
    if not found:
        return {}
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
    return _verb_index().get(lemma.lower(), frozenset()) | {lemma.lower()}


@lru_cache(maxsize=1)
def _verb_index() -> dict[str, frozenset[str]]:
    table = _table() or {}
    index: dict[str, set[str]] = {}
    for word, by_pos in table.items():
        for lemma in by_pos.get("VERB", ()):
            index.setdefault(lemma, set()).add(word)
    return {lemma: frozenset(words) for lemma, words in index.items()}
