"""A place's name left in lower case after its type noun: “the village of enmytagyn” (MT411), and a
nationality in lower case: “the russian team” (MT412).

MT sometimes lowercases a transliterated name it does not know, as it lowercases a surname (MT401):
“residents of the village of enmytagyn”, “on the river kolyma”, “near lake aktash”. English writes
a place's name capitalised. The slot is the type noun of a place (village, town, settlement,
river, lake, island, ...; data/place_nouns.txt) with “of” where English puts it (“the village
of”, “the island of”) or right after (“the river”, “Lake”), then one lower-case word that no
English dictionary holds: neither the word list nor WordNet knows it as a word ("the village of
about", "the river bank", "the lake shore" are English). In a Russian setting only (the glossary
names a place), where such a word is a transliterated name.

MT412: an adjective of a country or a people that English's dictionary holds only capitalised
(“Russian”, “Ukrainian”, “Japanese”: a proper entry ending in -ian or -ese, and no lowercase word of
the same spelling) written in lower case inside a sentence. English capitalises it everywhere
(“french fries”, “italic” are lowercase words of the dictionary and stay quiet); a token inside a
web address, a handle or a file name (“rt.com/russian”, “@russian”) is no prose and stays quiet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word_or_plural, is_proper_entry, lemmas_by_pos
from mtaudit.text.web_tokens import touches_web_mark

LOWERCASE_PLACE_NAME = rule(
    "MT411", "lowercase-place-name", "name-casing",
    summary="A place's name left in lower case after its type noun (“the village of enmytagyn”)",
    why="MT lowercases a transliterated name it does not know; after a place's type noun (the "
        "village of, the river, Lake) a word no English dictionary holds is that place's name, and "
        "English capitalises it: the village of Enmytagyn, the river Kolyma.",
    confidence="likely",
    bad=["MAGADAN, 3 May. Residents of the village of ulyrgan on the Chukotka coast counted the seals.",
         "Anadyr, 2 June. The boats went up the river tumanka to the old fishing camp.",
         "Tomsk, 5 July. Tourists camped by the lake kuyantash in the Altai republic."],
    good=["MAGADAN, 3 May. Residents of the village of Ulyrgan on the Chukotka coast counted the seals.",
          "Anadyr, 2 June. The boats went up the river to the old fishing camp.",
          "Tomsk, 5 July. Residents of the village of about 300 people camped by the lake shore.",
          "Residents of the village of ulyrgan counted the seals."],
    applicability="safe",
)

LOWERCASE_NATIONALITY = rule(
    "MT412", "lowercase-nationality", "name-casing",
    summary="A nationality or a people's adjective in lower case (“the russian team”)",
    why="MT lowercases a proper adjective as Russian writes it (российский, русский, казахский); "
        "English capitalises an adjective of a country or a people everywhere: the Russian team.",
    confidence="likely",
    bad=["The russian team won the relay in Oslo.",
         "Two japanese riders and a ukrainian coach joined the camp."],
    good=["The Russian team won the relay in Oslo.",
          "The menu had french fries and a danish; the text was set in italic type with roman numerals.",
          "The page rt.com/russian/news and the account @russian were blocked."],
    applicability="safe",
)

# "-ian" and "-ese" only: "roman", "arabic" (numerals) and "danish" (a pastry) have lowercase senses
_DEMONYM_ENDINGS = ("ian", "ese")
_WORD = re.compile(r"(?<![\w’'=-])[a-z]+(?![\w’'=-])")


@lru_cache(maxsize=4096)
def _nationality(word: str) -> bool:
    """A word English's dictionary holds only capitalised, with a demonym ending ("russian")."""
    return len(word) >= 4 and word.endswith(_DEMONYM_ENDINGS) and not is_common_word_or_plural(word) \
        and is_proper_entry(word.capitalize()) and not lemmas_by_pos(word)


def lowercase_nationalities(text: str):
    """(start, end, word) of nationalities in lower case (MT412)."""
    for m in _WORD.finditer(text):
        if _nationality(m.group()) and not touches_web_mark(text, m.start(), m.end()):
            yield m.start(), m.end(), m.group()


# the type noun, with "of" where English puts it, then a lower-case word
_SLOT = re.compile(r"(?<![\w’'-])(?:(?:[Tt]he )?(?P<of>village|town|city|settlement|hamlet|island|islands|"
                   r"peninsula|republic|district|region) of|(?:[Tt]he )?(?P<bare>river|lake|mount|cape|bay)"
                   r"|(?P<cap>Lake|Mount|Cape)) (?P<name>[a-z][a-z-]{3,})(?![\w’'-])")


@lru_cache(maxsize=1)
def _quiet() -> frozenset[str]:
    """Closed-class words and others a dictionary may lack but that are no names."""
    return lexicon.words("closed_class_words.txt") | lexicon.words("number_words.txt")


def _english(word: str) -> bool:
    """A word English's dictionaries hold (the word list, plurals, WordNet's lemmas of any part)."""
    if is_common_word_or_plural(word) or word in _quiet():
        return True
    if "-" in word:
        return all(_english(p) for p in word.split("-") if p)
    return bool(lemmas_by_pos(word))


def lowercase_places(text: str):
    """(start, end, name) of a lower-case word no dictionary holds in a place's name slot."""
    for m in _SLOT.finditer(text):
        name = m.group("name")
        if _english(name):
            continue
        yield m.start("name"), m.end("name"), name


class LowercasePlaceDetector:
    name = "lowercase-place-name"
    rules = (LOWERCASE_PLACE_NAME, LOWERCASE_NATIONALITY)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        from mtaudit.detectors.russian_setting import near_russia

        for start, end, word in lowercase_nationalities(doc.text):
            fixed = word.capitalize()
            yield LOWERCASE_NATIONALITY.finding(
                doc, start, end, f"“{word}” is a nationality in lower case: write “{fixed}”",
                fix=Fix.replace(start, end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))
        hits = list(lowercase_places(doc.text))
        if not hits or not near_russia(doc, ctx):
            return
        for start, end, name in hits:
            fixed = "-".join(p[:1].upper() + p[1:] for p in name.split("-"))
            yield LOWERCASE_PLACE_NAME.finding(
                doc, start, end, f"“{name}” names a place in lower case: write “{fixed}”",
                fix=Fix.replace(start, end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


DETECTOR = LowercasePlaceDetector()
