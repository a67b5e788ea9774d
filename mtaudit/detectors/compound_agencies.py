"""Russian compound agency names left in Latin letters ("Minzdrav", "Mintsifry", "Avialesookhrana").

Russian names its ministries and services by clipped compounds: a head syllable (мин- "ministry
of", авиа- "air") fused with a noun (Минздрав, Минцифры, Минсельхоз, Авиалесоохрана). MT that
does not know one transliterates it whole, and an English reader cannot parse it; English news
writes "the Health Ministry", "the aerial forest protection service". The heads are data
(mtaudit/data/ru_compound_heads.tsv: only heads English never keeps as a name; Рос-, Гос- and Мос-
compounds are names English news uses, Rosneft, Rosstat, Gosuslugi, and stay out). A word is
flagged when it is a head plus a rest that reads back (models.translit.cyrillic_readings) into a
noun of the Russian dictionary (pymorphy3, the `morph` extra), or when the whole word reads into an
organisation noun the dictionary lists (минздрав, минобрнауки; only for мин-: the dictionary's
авиа- organisations are companies English names so, Aviastar). English words, the allowed
loanwords, the forms the glossary lists (its rules judge them) and names (Minsk, Minin: a surname's rest is no noun)
stay quiet.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.plain_english import is_english_word

_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Trad", "Init"})
MIN_REST = 4  # a shorter rest reads into too many short Russian nouns


@lru_cache(maxsize=1)
def compound_heads() -> dict[str, tuple[str, int, bool]]:
    """Latin head -> (its Russian, the shortest rest judged, whether a whole word the dictionary
    lists as an organisation counts) (mtaudit/data/ru_compound_heads.tsv)."""
    out = {}
    for head, cols in lexicon.table("ru_compound_heads.tsv").items():
        cyrillic, min_rest, whole = (list(cols) + ["", "", ""])[:3]
        out[head] = (cyrillic, int(min_rest or MIN_REST), whole == "yes")
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    heads = "|".join(longest_first((re.escape(h) for h in compound_heads())))
    return re.compile(rf"(?<![\w’'@#/.-])(?i:(?P<head>{heads}))(?P<rest>[a-z]{{3,}})(?![\w’'@/-])")


def _readings(latin: str) -> list[str]:
    """Cyrillic readings of `latin`, also with "y" read as и (MT writes цифры "tsyfry") and with a
    soft sign after one consonant before another or at the end (сельхоз "selkhoz", связь "svyaz":
    transliterations drop the ь)."""
    from mtaudit.models.translit import readings_with_soft_signs

    spellings = {latin} | {latin[:i] + "i" + latin[i + 1:] for i, c in enumerate(latin) if c == "y"}
    return readings_with_soft_signs(spellings)


def _dictionary_noun(analyser, reading: str, organisation: bool = False) -> bool:
    if not analyser.word_is_known(reading):
        return False
    parses = [p for p in analyser.parse(reading) if p.is_known]
    nouns = [p for p in parses if p.tag.POS == "NOUN" and not (_NAME_TAGS & p.tag.grammemes)]
    if organisation:
        nouns = [p for p in nouns if "Orgn" in p.tag.grammemes]
    return bool(nouns) and not any(_NAME_TAGS & p.tag.grammemes for p in parses)


@lru_cache(maxsize=4096)
def russian_compound(word: str) -> str | None:
    """The Russian compound a Latin word transliterates ("Minzdrav" -> "минздрав"), or None."""
    m = _pattern().fullmatch(word)
    if m is None:
        return None
    try:
        from mtaudit.models.translit import _morph

        analyser = _morph()
    except ImportError:
        return None
    cyrillic, min_rest, whole = compound_heads()[m.group("head").lower()]
    rest = m.group("rest").lower()
    for reading in _readings(word.lower()) if whole else ():
        if reading.startswith(cyrillic) and _dictionary_noun(analyser, reading, organisation=True):
            return reading
    if len(rest) < min_rest:
        return None
    for reading in _readings(rest):
        if _dictionary_noun(analyser, reading):
            return cyrillic + reading
    return None


# a Russian surname's ending, and a capitalised word right before it that no sentence opens with
_SURNAME_ENDING = re.compile(r"(?:ov|ev|yov|in|ova|eva|ina|sky|skiy|skaya)$")
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n][ \t])(?<![.!?:;\n])\b[A-Z][a-z]+[ \t]+$")


def compound_agencies(doc, ctx):
    """(start, end, word, Russian) of each compound agency name in Latin letters in the text."""
    text = doc.text
    if not any(h in text.lower() for h in compound_heads()):
        return
    from mtaudit.detectors.entities.context import entity_context

    allowed = lexicon.folded_words("translit_allowed.txt")
    ec = None
    accept = getattr(ctx.glossary, "accept", ()) if ctx.glossary is not None else ()
    for m in _pattern().finditer(text):
        word = m.group()
        if not (word.islower() or word[1:].islower()):
            continue  # "MinCom", "AVIAtion": not one transliterated word
        low = word.lower()
        if is_english_word(low) or low in allowed or word in accept:
            continue
        if _SURNAME_ENDING.search(low) and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the bakery's master Ilshat Mingazov": a surname after a first name (мин + газов)
        reading = russian_compound(word)
        if reading is None:
            continue
        if ec is None:
            ec = entity_context(doc, ctx) or False
        if ec and ec.spans.overlaps(m.start(), m.end()):
            continue  # a form the glossary lists: its rules judge it (MT104 for "Minzdrav")
        yield m.start(), m.end(), word, reading
