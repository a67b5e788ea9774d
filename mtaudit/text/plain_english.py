"""A cheap, conservative test that a sentence is English, run before language identification.

Language identification costs ~0.3 ms a call and MT604 asked it about every sentence.
A sentence whose lowercase words are nearly all dictionary words (Webster's 2nd list
of the english-words package, with regular inflections) cannot be the untranslated
or transliterated passage MT604 looks for: on the sample and evaluation articles every
passage the identifier flags has at most half of its lowercase letters in known words
(French comes closest at 49 %, transliterated Russian stays under 40 %), while 96 % of
English sentences reach SURE_SHARE. Only the sentences below it go to the identifier.
Capitalised words are left out, as MT604 does: names say nothing of the language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.text.english_words import _words as _dictionary

SURE_SHARE = 0.85  # share of lowercase letters in known words from which a text is English
_WORD = re.compile(r"[^\W\d_]+")
# Regular English inflections: (suffix, what replaces it) -> the dictionary form to look up.
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                ("ing", ""), ("ing", "e"), ("ly", ""), ("ers", ""), ("er", ""), ("est", ""))
_MIN_STEM = 3


def surely_english(text: str) -> bool:
    """True when the lowercase words of `text` are almost all English words; False when
    unsure (few lowercase words, or no word list installed)."""
    return known_share(text) >= SURE_SHARE


def known_share(text: str) -> float:
    """Share of the letters of lowercase-initial words that belong to known English words."""
    if _dictionary() is None:
        return 0.0
    lower = [word for word in _WORD.findall(text) if word[0].islower()]
    total = sum(map(len, lower))
    if not total:
        return 0.0
    return sum([len(word) for word in lower if _known(word)]) / total


def unknown_words(text: str) -> int:
    """How many lowercase-initial words of `text` are not known English words. One alone is a
    lowercased name or a stray transliteration ("Anna belousova was named best director"), the
    word-level rules' business; a passage in another language has several."""
    return sum(1 for word in _WORD.findall(text) if word[0].islower() and not _known(word))


# British spellings the American list lacks, as the regular correspondences (organisation,
# recognised, colour, centre, programme, licence, travelled, analyse): a sentence in British
# English is English ("The organisation of the tournament cost …" was sent to the identifier)
_BRITISH = tuple((re.compile(a), b) for a, b in (
    (r"is(e|es|ed|ing|er|ers|ation|ations|ational)$", r"iz\1"),
    (r"our(s|ed|ing|ful|hood|hoods|ite|ites|able|er|ers)?$", r"or\1"),
    (r"tre(s|d)?$", r"ter\1"),
    (r"mme(s)?$", r"m\1"),
    (r"ogue(s)?$", r"og\1"),
    (r"ence(s)?$", r"ense\1"),
    (r"yse(s|d)?$", r"yze\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"),
))


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """An English word, in American or in regular British spelling."""
    if is_english_word(word):
        return True
    for pattern, american in _BRITISH:
        if pattern.search(word) and is_english_word(pattern.sub(american, word)):
            return True
    return False


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """`word` (lowercase as written) or its stem without a regular inflection is in the list."""
    words = _dictionary() or frozenset()
    if word in words:
        return True
    for suffix, replacement in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM \
                and word[:-len(suffix)] + replacement in words:
            return True
    return False
