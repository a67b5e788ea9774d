"""A Russian first name left in lower case, with its surname (MT110: "vera Sorokina", "daniil kovalenko").

MT lowercases names it does not recognise as names. MT401 recases a lowercase surname after a
capitalised first name; this rule takes the other order: a lowercase word that is a Russian first
name (mtaudit/data/first_names_ru_latin.txt, or a first name of the general lists that the
transliteration model reads as Russian: "daniil") right before a Russian-shaped surname, capitalised or
not. A first name that is also an English word ("vera", "lev") counts only before a capitalised
surname ("aloe vera" never stands there); two lowercase words count only when neither is English.
Names the glossary knows are left to MT102.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.entities.names_meaning import russian_surname
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word

LOWERCASE_FIRST_NAME = rule(
    "MT110", "lowercase-russian-name", "name-casing",
    summary="A Russian first name left in lower case before its surname (“vera Sorokina”, “daniil kovalenko”)",
    why="MT lowercases Russian names it does not recognise; English capitalises every part of a name.",
    confidence="likely",
    bad=["The prize for best actress went to nadezhda Sorokina.",
         "The goal was scored by daniil kovalenko in added time.",
         "The lead role went to vera Sorokina, a newcomer.",
         "The founder of the shop, svetlana Kim, said sales had doubled."],
    good=["The prize for best actress went to Nadezhda Sorokina.",
          "She mixed aloe vera with honey.",
          "The fund lent lev and euro loans to farmers in Kazan."],
    applicability="unsafe",
)

# The first name, with the surname in a lookahead: a match consumes one word, so every pair is tried.
_PAIR = re.compile(r"(?<![\w’'.-])([a-z]{3,})(?=[ \t]+([A-Za-z][a-z]{2,})(?![\w’'-]))(?![\w’'-])")


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon.table("first_names_ru_latin.txt"))


def _russian_looking_name(word: str) -> bool:
    """A first name of the general lists that reads as transliterated Russian ("daniil")."""
    from mtaudit.models.translit import score

    return word.capitalize() in lexicon.first_names() and not is_common_word(word) and score(word) > 0


def _other_surname(first: str, surname: str) -> bool:
    """A capitalised surname of another shape ("tatyana Kim", "olga Ten") after a listed Russian
    first name that is no English word: the capital says it is a name, the first name is Russian."""
    return (surname[:1].isupper() and surname[1:].islower() and first in _first_names()
            and not is_common_word(first) and surname.casefold() not in lexicon.folded_words("midsentence_lowercase.txt"))


class LowercaseRussianNameDetector:
    name = "lowercase-russian-name"
    rules = (LOWERCASE_FIRST_NAME,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        names = _first_names()
        ec = None
        for m in _PAIR.finditer(text):
            first, surname = m.group(1), m.group(2)
            if first not in names and not _russian_looking_name(first):
                continue
            cap = surname[:1].upper() + surname[1:]
            if not russian_surname(cap) and not _other_surname(first, surname):
                continue
            if surname[0].islower() and (is_common_word(first) or is_common_word(surname)):
                continue
            if ec is None:
                ec = entity_context(doc, ctx) or False
            end = m.end(2)
            if ec and any(g.concept.type == "person" for g in ec.matches
                          if g.start < m.end(1) and m.start() < g.end):
                continue  # a known person: MT102 recases it
            new = f"{first.capitalize()} {cap}"
            yield LOWERCASE_FIRST_NAME.finding(
                doc, m.start(), end, f"“{text[m.start():end]}”: a Russian name in lower case; write “{new}”",
                fix=Fix.replace(m.start(), end, new, Applicability.UNSAFE, f"write “{new}”"))


DETECTOR = LowercaseRussianNameDetector()
