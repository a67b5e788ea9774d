"""Which words are ordinary English words (Webster's 2nd list from the english-words package).

A lowercase entry of that list is a common word ("bush", "rice"); a capitalised
one is a proper noun. Names that are common words need a context cue before
they are flagged, and generated case-ending forms that are words are never used.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _words() -> frozenset[str] | None:
    try:
        from english_words import get_english_words_set
    except ImportError:  # degrade: every lowercase word counts as common (needs a cue)
        return None
    return frozenset(get_english_words_set(["web2"], lower=False, alpha=True))


def is_common_word(word: str) -> bool:
    """True when `word` in lower case is an ordinary English word (not only a proper noun)."""
    words = _words()
    if words is None:
        return True
    return word.lower() in words


def is_dictionary_word(word: str) -> bool:
    """True when `word` is in the word list in any casing (common word or proper noun)."""
    words = _words()
    if words is None:
        return True
    return word in words or word.lower() in words or word.capitalize() in words
