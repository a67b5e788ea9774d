"""Compound Russian town names translated by meaning, half by half (part of MT150).

A Russian town name is often one word joined from an adjective or numeral stem and a place noun
(Зеленогорск = зелен-о-горск, Первоуральск = перв-о-уральск, Златоуст = злат-о-уст), or two words
joined by a hyphen (Соль-Илецк). MT translates the halves: "Green Mountain", "First Ural", "Golden
Mouth", "Salt-Iletsk". data/toponym_compounds.tsv holds the renderings of every such town pymorphy3
knows (scripts/build_toponym_compounds.py); one Aho-Corasick automaton finds them all in a text.

A rendering that keeps a transliterated half ("First Ural", "Salt-Iletsk") is no English name and is
flagged wherever it stands as a name; one made only of English words ("Green Mountain", "White Sea",
"Red Hill") only where a place stands, after a preposition or a place word ("the city court of Green
Mountain", "near Golden Mouth"), and never before an American state ("Iron Mountain, Michigan"). A
rendering inside a longer name ("Red Hill Road", "the Green Mountain Boys") is quiet.

A monastery named "<adjective> пустынь" (Оптина пустынь, Саровская пустынь) comes out as "Optina
Desert": `hermitages` finds "Desert" after a transliterated Russian feminine adjective, which no
desert of the world's maps bears in English (the Gobi, the Mojave, the Atacama are no such words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mtaudit.text import lexicon


@dataclass(frozen=True)
class Compound:
    rendering: str
    latin: str
    russian: str
    english: bool  # every word an English word


# Before a rendering made only of English words: a preposition or a place word.
PLACE_CUE_BEFORE = re.compile(
    r"\b(?:in|near|of|at|from|to|outside|around|towards?|including|village|town|city|settlement|"
    r"airport|station|district|resort|region|between\s+[A-Z][\w-]+\s+and)\s+(?:the\s+)?$")
_LONGER_NAME_AFTER = re.compile(r"[ \t]*[-–]?[ \t]*[A-Z]|-\w|’s[ \t]+[A-Z]")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_DETERMINERS = frozenset("the a an this that its their his her our".split())
_US_STATE_AFTER = re.compile(r",?\s+(?:Mich(?:igan)?|Wis(?:consin)?|Calif(?:ornia)?|Colo(?:rado)?|Mo|Ky|"
                             r"Fla|Ga|Tenn|Va|Md|Pa|Ohio|Texas|Tex|Utah|Ark|Ala|Minn|Mass|Vt|Vermont|"
                             r"N\.[YJCDH])\b")


@lru_cache(maxsize=1)
def compounds() -> dict[str, Compound]:
    """Lower-case rendering -> the town it translates (toponym_compounds.tsv)."""
    return {cols[0].lower(): Compound(cols[0], cols[1], cols[2], cols[3] == "y")
            for cols in lexicon.rows("toponym_compounds.tsv") if len(cols) >= 4}


@lru_cache(maxsize=1)
def _automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key in compounds():
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def _as_name(text: str, start: int, end: int, compound: Compound) -> bool:
    """The words are written as the name: each word capitalised as in the rendering."""
    written = text[start:end]
    return all(w[:1].isupper() for w in re.split(r"[ -]", written)) and \
        len(written.split()) == len(compound.rendering.split())


def renderings(text: str):
    """(start, end, Compound) of every compound town rendered by meaning in the text."""
    low = text.lower()
    for last, key in _automaton().iter(low):
        start, end = last - len(key) + 1, last + 1
        if (start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-")) or \
                (end < len(low) and low[end].isalnum()):
            continue
        compound = compounds()[key]
        if not _as_name(text, start, end, compound) or _LONGER_NAME_AFTER.match(text, end):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and (before.group(1)[:1].isupper() and before.end(1) + 1 >= start
                       and not _sentence_start(text, before.start(1))):
            continue  # the tail of a longer name ("Lake Red Hill")
        if before and before.group(1).lower() in _DETERMINERS:
            continue  # a town takes no article: "the Red Army", "the Order of the Red Banner"
        if compound.english and (not PLACE_CUE_BEFORE.search(text, max(0, start - 40), start)
                                 or followed_by_us_state(text, end)):
            continue
        yield start, end, compound


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"“«'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


def followed_by_us_state(text: str, end: int) -> bool:
    """"Iron Mountain, Michigan": an American town of the same words."""
    return bool(_US_STATE_AFTER.match(text, end, min(len(text), end + 14)))


PUSTYN = re.compile(r"\b([A-Z][a-z]+(?:ina|ova|eva|yova|skaya|tskaya|aya))[ \t]+Desert\b")


def hermitages(text: str, matches=None):
    """(start, end, fix) of "<Russian feminine adjective> Desert" (Оптина пустынь -> "Optina Desert");
    `matches`: PUSTYN's matches in `text` when the caller has scanned for them."""
    from mtaudit.text.english_words import is_common_word

    for m in PUSTYN.finditer(text) if matches is None else matches:
        if not is_common_word(m.group(1).lower()):
            yield m.start(), m.end(), f"{m.group(1)} Pustyn"
