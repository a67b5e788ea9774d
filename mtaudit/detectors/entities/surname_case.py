"""A man's Russian first name before a surname left in a Russian case or the feminine form (MT153):
"the festival-workshop of Dmitry Brusnikina", "concerning Nikolay Popova", "with Sergei Ivanovym".

A Russian surname changes with the case of the phrase (Брусникин: Брусникина in the genitive,
Брусникину, Брусникиным) and with the bearer's sex (Иванов, Иванова). MT that transliterates
the surname as it stands keeps the genitive "-a" after "of", "concerning", "at", and English
then reads a woman's surname after a man's first name. The glossary's names are MT105's; this
reads any name by its parts: a man's first name (data/first_names_ru_latin.txt, gender m) and
a capitalised word right after it that ends as only a feminine or an oblique form of a Russian
surname does (-ova, -eva, -ina, -yna, -skaya, -skogo, -ovu, -ovym, -inym ...), no English
word. The instrumental of a woman's name (-ovoy, -inoy) is left out: men's adjective surnames end
so in the nominative (Gurtovoy, Polevoy, Tolstoy, Donskoy).
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word

SURNAME_CASE = rule(
    "MT153", "surname-case-ending", "entity-mistranslation",
    summary="“the festival of Dmitry Brusnikina”, “concerning Nikolay Popova”: a man's surname left "
            "in a Russian case ending or the feminine form",
    why="Russian declines surnames (Брусникин, Брусникина, Брусникину) and gives women their own "
        "form (Попов, Попова). MT keeps the genitive “-a” or the instrumental “-ym” it found, so a "
        "man's first name stands before a woman's or an oblique surname. English writes the "
        "nominative: “Dmitry Brusnikin”, “Nikolay Popov”.",
    confidence="likely",
    bad=["The festival-workshop of Dmitry Brusnikina opens on 8 November in Moscow.",
         "Concerning Nikolay Popova the prosecutor's office will bring charges.",
         "The deal was signed with Sergei Ivanovym in Omsk.",
         "The exhibition of Pavel Tretyakova opened in Moscow."],
    good=["The festival-workshop of Dmitry Brusnikin opens on 8 November in Moscow.",
          "Pyotr Tolstoy, the deputy speaker, met the delegation in Moscow.",
          "Olga Popova, the head of the school, met the parents in Omsk.",
          "The director of the company Vyacheslav Gurtovoi denied the accusations.",
          "Dmitry and Anna Ivanova came to the concert in Omsk."],
    applicability="unsafe",
)

# feminine or oblique endings of Russian surnames in -ov/-ev/-in/-yn/-sky (Popova, Popovu, Popovym;
# Brusnikina; Gorskaya, Gorskogo, Gorskomu): the ending that tells it, and the part a fix
# keeps ("Brusnikina" -> "Brusnikin", "Ivanovym" -> "Ivanov", "Gorskogo" -> "Gorsky")
_ENDINGS = (("skaya", "sky"), ("tskaya", "tsky"), ("skogo", "sky"), ("skomu", "sky"), ("skim", "sky"),
            ("ovym", "ov"), ("evym", "ev"), ("inym", "in"), ("ovu", "ov"), ("evu", "ev"), ("inu", "in"),
            ("ova", "ov"), ("eva", "ev"), ("yova", "yov"), ("ina", "in"), ("yna", "yn"))
_PATTERN = None
_PAIR = regex.compile(r"(\p{Lu}\p{Ll}+)\s+(?:and|or|&)\s+$", regex.V1)


def _pattern():
    men = [n for n, cols in lexicon.table("first_names_ru_latin.txt").items() if cols and cols[0] == "m"]
    names = "|".join(longest_first(men))
    ends = "|".join(longest_first({e for e, _ in _ENDINGS}))
    return regex.compile(rf"(?<![\p{{L}}’'-])(?P<first>{names})\s(?P<sur>\p{{Lu}}\p{{Ll}}{{2,}}(?:{ends}))"
                         rf"(?![\p{{L}}’'-])", regex.V1)


def oblique_surnames(text: str):
    """(start, end, first name, surname, nominative) of each man's name with a declined surname."""
    global _PATTERN
    if _PATTERN is None:
        _PATTERN = _pattern()
    first = lexicon.table("first_names_ru_latin.txt")
    for m in _PATTERN.finditer(text):
        sur = m.group("sur")
        if is_common_word(sur.lower()):
            continue
        pair = _PAIR.search(text, max(0, m.start() - 30), m.start())
        if pair and (pair.group(1) in lexicon.first_names() or pair.group(1) in first):
            continue  # "Anna and Dmitry Ivanova": one surname for two
        nominative = next(sur[: -len(e)] + keep for e, keep in _ENDINGS if sur.endswith(e))
        yield m.start("first"), m.end("sur"), m.group("first"), sur, nominative


class SurnameCaseDetector:
    name = "surname-case-ending"
    rules = (SURNAME_CASE,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for start, end, first, sur, nominative in oblique_surnames(text):
            s = end - len(sur)
            yield SURNAME_CASE.finding(
                doc, start, end,
                f"“{first} {sur}”: a man's first name before a surname in a Russian case or the "
                f"feminine form; English writes the nominative, “{first} {nominative}”",
                fix=Fix.replace(s, end, nominative, Applicability.UNSAFE, f"write “{nominative}”"))


DETECTOR = SurnameCaseDetector()
