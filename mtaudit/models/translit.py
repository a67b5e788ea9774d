"""How much a Latin-script word looks like transliterated Russian rather than English.

A naive-Bayes log-ratio over hashed character n-grams (2 to 5 letters, with word-boundary
marks), trained by scripts/build_translit_model.py on the OpenCorpora word forms of
`pymorphy3-dicts-ru` run through nine `iuliia` transliteration schemes, against the
`english-words` lists. The weights ship as mtaudit/data/translit_model.npz (numpy only at
run time). `score(word)` is the mean log-ratio of the word's n-grams: above 0 leans Russian;
real English words score well below 0, transliterated Russian words well above.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from importlib import resources

BUCKETS = 1 << 18
ORDERS = (2, 3, 4, 5)


def features(word: str) -> list[int]:
    """Hashed character n-grams of `word` (lowercase, with ^ and $ marking its edges)."""
    padded = f"^{word}$"
    out = []
    for n in ORDERS:
        for i in range(len(padded) - n + 1):
            out.append(zlib.crc32(padded[i:i + n].encode()) % BUCKETS)
    return out


@lru_cache(maxsize=1)
def _weights():
    import numpy as np

    with resources.files("mtaudit.data").joinpath("translit_model.npz").open("rb") as fh:
        return np.load(fh)["weights"].astype(np.float32)


@lru_cache(maxsize=65536)
def score(word: str) -> float:
    """Mean log-ratio P(n-gram | transliterated Russian) / P(n-gram | English)."""
    weights = _weights()
    feats = features(word.lower())
    return float(sum(weights[h] for h in feats) / len(feats)) if feats else 0.0


# Latin letter groups -> the Cyrillic they transliterate in the schemes MT and outlets use (GOST,
# BGN/PCGN, Yandex, Google-style), longest first; a group may stand for several letters.
_GROUPS = {
    "shch": ("щ",), "sch": ("щ",), "zh": ("ж",), "kh": ("х",), "ts": ("ц", "тс"), "tz": ("ц",),
    "ch": ("ч",), "sh": ("ш",), "yu": ("ю",), "iu": ("ю", "иу"), "ya": ("я",), "ia": ("я", "иа"),
    "yo": ("ё", "йо"), "ye": ("е", "ье", "ъе"), "yi": ("ый", "ьи"), "iy": ("ий", "ый"), "yy": ("ый",),
    "ey": ("ей",), "ay": ("ай",), "oy": ("ой",), "uy": ("уй",),
    "a": ("а",), "b": ("б",), "v": ("в",), "g": ("г",), "d": ("д",), "e": ("е", "э"), "z": ("з",),
    "i": ("и", "й"), "y": ("ы", "й", "ь"), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",),
    "o": ("о",), "p": ("п",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "f": ("ф",),
    "h": ("х",), "c": ("ц", "к"), "w": ("в",), "x": ("кс",), "j": ("й", "дж"), "'": ("ь",),
}
_MAX_GROUP = max(len(k) for k in _GROUPS)
MAX_READINGS = 256


def cyrillic_readings(word: str) -> list[str]:
    """The Cyrillic spellings a Latin word may transliterate ("goskorporatsiya" -> "госкорпорация",
    ...), at most MAX_READINGS of them, built left to right over the letter groups of the schemes."""
    word = word.lower()
    partial = {0: [""]}
    for i in range(len(word)):
        heads = partial.pop(i, None)
        if not heads:
            continue
        for n in range(_MAX_GROUP, 0, -1):
            options = _GROUPS.get(word[i:i + n])
            if options is None:
                continue
            slot = partial.setdefault(i + n, [])
            for head in heads:
                for option in options:
                    if len(slot) < MAX_READINGS:
                        slot.append(head + option)
    return partial.get(len(word), [])


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def readings_with_soft_signs(spellings) -> list[str]:
    """`cyrillic_readings` of each Latin spelling, each also with a soft sign after a consonant
    at the end or before another consonant: transliterations drop the ь (сельхоз "selkhoz",
    связь "svyaz")."""
    out: list[str] = []
    for spelling in spellings:
        for reading in cyrillic_readings(spelling):
            out.append(reading)
            out.extend(reading[:i + 1] + "ь" + reading[i + 1:] for i, c in enumerate(reading)
                       if c in _CONSONANTS and (i + 1 == len(reading) or reading[i + 1] in _CONSONANTS))
    return out


# pymorphy3 grammemes of names, places, organisations, brands, abbreviations and initials: a word
# with one of these is not an ordinary Russian word left untranslated
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


@lru_cache(maxsize=4096)
def russian_common_word(word: str, prefixed: bool = False) -> str | None:
    """The Russian dictionary word (pymorphy3's OpenCorpora) a Latin word transliterates when it is
    an ordinary noun or adjective and never a name, place, organisation or brand ("Goskorporatsiya"
    -> "госкорпорация"); None otherwise, or without pymorphy3 (the `morph` extra).

    With `prefixed`, also a word the dictionary lacks that is one of Russian's productive
    combining prefixes (кино-, авто-, фото-, агро-, эко-: pymorphy3's known prefixes) before a
    dictionary word: "kinolog" -> "кинолог" (кино + лог), a trade noun newer than the dictionary."""
    try:
        analyser = _morph()
    except ImportError:
        return None
    for reading in cyrillic_readings(word):
        if not analyser.word_is_known(reading):
            if prefixed and _prefixed_common_word(analyser, reading):
                return reading
            continue
        parses = [p for p in analyser.parse(reading) if p.is_known]
        if parses and all(p.tag.POS in ("NOUN", "ADJF") and not (NAME_TAGS & p.tag.grammemes)
                          for p in parses):
            return reading
    return None


_MIN_PREFIXED_LETTERS = 7  # a known prefix and a dictionary remainder of three letters or more


def _prefixed_common_word(analyser, reading: str) -> bool:
    """Every parse of `reading` is pymorphy3's known-prefix reading of a dictionary noun or
    adjective (the prefix a combining form of its list, the rest a word it knows), none a name."""
    if len(reading) < _MIN_PREFIXED_LETTERS:
        return False
    parses = analyser.parse(reading)
    return bool(parses) and all(
        [type(step[0]).__name__ for step in p.methods_stack] == ["DictionaryAnalyzer", "KnownPrefixAnalyzer"]
        and p.tag.POS in ("NOUN", "ADJF") and not (NAME_TAGS & p.tag.grammemes) for p in parses)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
