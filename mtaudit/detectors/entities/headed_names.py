"""Ship and organisation names translated by meaning in the slot after their type head (part of MT111).

Russian news names a ship or a firm after its type: the patrol ship «Бдительный», the shipyard
«Янтарь», the agricultural cooperative «Колос». MT keeps the quotes and translates the name: the
patrol ship "Vigilant", the shipyard "Amber", the cooperative "Ear". English writes the
transliteration (Bditelny, Yantar, Kolos). No table can hold every name a ship or a farm bears, so the
signature is the SLOT and the word class: right after a head of data/name_slot_heads.tsv, a name of
ONE word that is an ordinary English word (Webster's lowercase entry) is a Russian name translated
by meaning. Ships take the name bare or quoted ("the corvette Steadfast"); organisations only
quoted, since "the company Chairman" is English.

Quiet: names English writes as the same word (data/names_english_keeps.txt: Mir, Proton, Dynamo,
the Hermitage), a name that goes on ("the destroyer Admiral Chabanenko"), a word glossed right
before ("translated as"), glossary names, and documents that name nothing Russian (the detector
checks). The fix is the transliteration when entity_word_forms.tsv knows the word, else display-only.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.word_led import WordLed
from mtaudit.text.english_words import is_common_word


@lru_cache(maxsize=1)
def heads() -> dict[str, str]:
    """Head (lower case) -> slot: name | quoted."""
    return {cols[0]: cols[1] for cols in lexicon.rows("name_slot_heads.tsv") if len(cols) >= 2}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternatives = longest_first(heads())
    head = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in alternatives)
    return re.compile(r"(?<![\w-])(" + head + r")[ \t]+(?:([«“\"])([A-Za-z][a-z]+)[»”\"]|([A-Z][a-z]+)\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _scan() -> WordLed:
    return WordLed(_pattern(), heads())


_GOES_ON = re.compile(r"[ \t]*(?:[A-Z0-9]|-\w)")


def candidates(text: str):
    """(start, end, name, head) of every one-word ordinary English name in a head's name slot."""
    keeps = lexicon.words("names_english_keeps.txt")
    for m in _scan().finditer(text):
        head = re.sub(r"\s+", " ", m.group(1).lower())
        quoted = m.group(2) is not None
        group = 3 if quoted else 4
        name = m.group(group)
        if not quoted and (heads()[head] != "name" or not name[:1].isupper()
                           or _GOES_ON.match(text, m.end(group))):
            continue
        if not name[:1].isupper() and not quoted:
            continue
        low = name.lower()
        if low in keeps or not is_common_word(low):
            continue
        if not m.group(1)[:1].islower() and not _sentence_start(text, m.start(1)):
            continue  # "Plant Director", "Club Med": a capitalised head is itself a name
        yield m.start(group), m.end(group), name, head


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"“«'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"
