"""Which words are ordinary English words (Webster's 2nd list from the english-words package).

A lowercase entry of that list is a common word ("bush", "rice"); a capitalised
one is a proper noun. Names that are common words need a context cue before
they are flagged, and generated case-ending forms that are words are never used.

Start-up (issue 16): a set of the list's 236,000 words costs ~0.08 CPU-s to build, more
than the rest of a one-line audit's own work. So the list is split by the words' first two
characters into newline-joined chunks, kept in the private cache (mtaudit/core/privatecache.py),
and a chunk becomes a set only when a word starting that way is looked up: a short document
builds a few dozen small sets, a long one all of them (the same cost as before, paid once).
"""

from __future__ import annotations

from functools import lru_cache

_BUCKETS: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=1)
def _chunks() -> dict[str, str] | None:
    """First two characters -> the words starting so, newline-joined; None without the package."""
    from mtaudit.core import privatecache

    try:
        from importlib.metadata import version

        package = version("english-words")
    except Exception:  # noqa: BLE001 -- not installed (the import below says so)
        package = "none"
    key = privatecache.digest("web2-alpha", package, _source())
    chunks = privatecache.load("words", key, dict)
    if chunks is not None:
        return chunks
    try:
        from english_words import get_english_words_set
    except ImportError:  # degrade: every lowercase word counts as common (needs a cue)
        return None
    grouped: dict[str, list[str]] = {}
    for word in get_english_words_set(["web2"], lower=False, alpha=True):
        grouped.setdefault(word[:2], []).append(word)
    chunks = {prefix: "\n".join(sorted(words)) for prefix, words in grouped.items()}
    privatecache.store("words", key, chunks)
    return chunks


def _source() -> bytes:
    from pathlib import Path

    return Path(__file__).read_bytes()


def _bucket(prefix: str) -> frozenset[str]:
    chunk = (_chunks() or {}).get(prefix)
    bucket = _BUCKETS[prefix] = frozenset(chunk.split("\n")) if chunk else frozenset()
    return bucket


class WordList:
    """The word list as a read-only container: `word in words`, built chunk by chunk."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return _contains(word)


def _contains(word: str) -> bool:
    prefix = word[:2]
    bucket = _BUCKETS.get(prefix)
    if bucket is None:
        bucket = _bucket(prefix)
    return word in bucket


_WORDS = WordList()


def _words() -> WordList | None:
    """The word list (`in` tests membership), or None when the package is not installed."""
    return _WORDS if _chunks() is not None else None


def is_common_word(word: str) -> bool:
    """True when `word` in lower case is an ordinary English word (not only a proper noun)."""
    if _chunks() is None:
        return True
    return _contains(word.lower())


def is_common_word_or_plural(word: str) -> bool:
    """An ordinary English word or the plural of one ("marks", "Sands", "Wolves", "Berries"): the
    word list holds lemmas, and a name that is a plural noun is as ambiguous as one that is not."""
    w = word.lower()
    if is_common_word(w):
        return True
    if w.endswith("ies") and is_common_word(w[:-3] + "y"):
        return True
    if w.endswith("ves") and (is_common_word(w[:-3] + "f") or is_common_word(w[:-3] + "fe")):
        return True
    if w.endswith("es") and is_common_word(w[:-2]):
        return True
    return w.endswith("s") and is_common_word(w[:-1])


def is_proper_entry(word: str) -> bool:
    """True when the word list holds `word` capitalised (a proper noun or adjective English
    capitalises everywhere: "Dutch", "Easter", "German"), whatever else it holds."""
    if _chunks() is None:
        return False
    return _contains(word[:1].upper() + word[1:].lower())


def is_dictionary_word(word: str) -> bool:
    """True when `word` is in the word list in any casing (common word or proper noun)."""
    if _chunks() is None:
        return True
    return _contains(word) or _contains(word.lower()) or _contains(word.capitalize())


def lemmas_by_pos(word: str) -> dict[str, tuple[str, ...]] | None:
    """lemminflect's lemmas of `word` by part of speech ({} for a word it does not know), or None
    without lemminflect (the `parse` extra): whether a word can be a noun, an adjective, a verb.
    Read from lemminflect's data without importing it (text/lemma_table.py: the import costs
    spaCy and torch)."""
    from mtaudit.text.lemma_table import all_lemmas

    return all_lemmas(word)
