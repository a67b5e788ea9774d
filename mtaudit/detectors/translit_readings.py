"""Reading a Latin word back into the Russian dictionary: which transliterated words are Russian
adjectives and which are ordinary Russian nouns (pymorphy3, the `morph` extra).

The schemes MT and outlets use drop the soft sign (учитель "uchitel", площадь "ploshchad") and
write the adjective ending -ий/-ый as a bare "y" or "i" (земский "zemsky", Горный "Gorny"); the
readings here put them back before asking the dictionary. Without pymorphy3 every answer is None.
"""

from __future__ import annotations

from functools import lru_cache

from mtaudit.models.translit import NAME_TAGS

_ADJECTIVE_ENDINGS = ("aya", "yaya", "iy", "yy", "yi", "ii", "ij", "oy", "oi", "oye", "oe", "yye",
                      "iye", "ye", "ogo", "ego", "ykh", "ikh", "uyu", "yuyu", "sky", "ski", "skoi",
                      "noi", "ny", "ni", "ky", "ki", "oy")


def _analyser():
    from mtaudit.models.translit import _morph

    return _morph()


def readings(latin: str) -> list[str]:
    """Cyrillic readings of a lowercase Latin word, also with a final "y"/"i" read as -ий/-ый
    and a soft sign restored after a consonant at the end or before another consonant."""
    from mtaudit.models.translit import readings_with_soft_signs

    spellings = [latin]
    if latin.endswith(("y", "i")) and not latin.endswith(("iy", "yy", "yi", "ii")):
        spellings += [latin[:-1] + "iy", latin[:-1] + "yy"]
    return readings_with_soft_signs(spellings)


@lru_cache(maxsize=4096)
def russian_adjective(word: str) -> str | None:
    """The Russian adjective a Latin word transliterates ("Moskovskaya" -> "московская", "Zemsky"
    -> "земский"), names' adjectives included; None for a word the dictionary knows only as a
    surname ("Politkovskaya") or not at all."""
    low = word.lower()
    if not low.endswith(_ADJECTIVE_ENDINGS):
        return None
    try:
        analyser = _analyser()
    except ImportError:
        return None
    for reading in readings(low):
        if analyser.word_is_known(reading) and any(
                p.is_known and p.tag.POS == "ADJF" for p in analyser.parse(reading)):
            return reading
    return None


@lru_cache(maxsize=4096)
def russian_noun(word: str) -> str | None:
    """The ordinary Russian noun (never a name, place or organisation) a Latin word transliterates
    ("birzha" -> "биржа", "uchitel" -> "учитель"), or None."""
    try:
        analyser = _analyser()
    except ImportError:
        return None
    for reading in readings(word.lower()):
        if not analyser.word_is_known(reading):
            continue
        parses = [p for p in analyser.parse(reading) if p.is_known]
        if parses and parses[0].tag.POS == "NOUN" and not any(NAME_TAGS & p.tag.grammemes for p in parses):
            return reading
    return None
