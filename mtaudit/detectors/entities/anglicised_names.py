"""A Russian first name given as its English saint's-name equivalent (MT115: "Peter Tolstoy").

MT sometimes renders a Russian first name by the English name it shares a saint with: Пётр Толстой
-> "Peter Tolstoy", Павел Грудинин -> "Paul Grudinin", Екатерина Винокурова -> "Catherine Vinokurova".
English news transliterates the names of living Russians (Pyotr Tolstoy, Pavel Grudinin, Yekaterina
Vinokurova) and keeps the English forms only for rulers, saints and the classics (Peter the Great,
Catherine the Great, Leo Tolstoy). The signature is a pair: a first name of
data/first_names_anglicised_ru.tsv right before a surname of Russian shape (-ov, -ev, -in, -sky,
-oy, -enko and their feminine forms; names_meaning.russian_surname), in a document set in Russia
(russian_setting.about_russia: it names Russia, Moscow or a Russian place; or another Russian of the
story is written with a transliterated first name). A place alone is not enough: the gazetteer
holds the world's capitals, and "Michael Sokolov, a cellist, bought a house in London" is English.
The fix
writes the transliterated first name (unsafe: the person may write the English form).

Quiet: a surname of another shape ("Peter Navarro", "Michael Kofman"), a surname in -vich, which
Serbs, Croats and Americans carry too ("Stephen Sestanovich"), people of data/anglicised_names_keeps.txt
(Leo Tolstoy, Eugene Kaspersky, Peter Pomerantsev), names the glossary knows in a correct form, and
documents with nothing Russian in them.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.entities.names_meaning import russian_surname
from mtaudit.detectors.russian_setting import about_russia, transliterated_first_name
from mtaudit.rules.model import rule
from mtaudit.text import lexicon

ANGLICISED_FIRST_NAME = rule(
    "MT115", "anglicised-russian-first-name", "entity-mistranslation",
    summary="A living Russian's first name given as its English equivalent (“Peter Tolstoy”, "
            "“Paul Grudinin”) where English news transliterates it (Pyotr, Pavel)",
    why="MT renders Пётр, Павел, Михаил, Екатерина as Peter, Paul, Michael, Catherine. English keeps "
        "those forms only for tsars, saints and the classics (Peter the Great, Leo Tolstoy); a Russian "
        "of today is written as transliterated: Pyotr Tolstoy, Pavel Grudinin, Yekaterina Vinokurova.",
    confidence="possible",
    bad=["Moscow, 4 May. Duma deputy Peter Tolstoy said the bill would pass in Moscow.",
         "Novosibirsk, 2 June. The rector, Paul Grudinin, and his deputy Sergei Lomov opened the new campus.",
         "Kazan, 3 March. Political scientist Catherine Vinokurova told Kommersant that Russian voters in Kazan were split.",
         "Yekaterinburg, 5 May. Coach Gregory Ivanov said the Russian champions were ready."],
    good=["Moscow, 4 May. Duma deputy Pyotr Tolstoy said the bill would pass in Moscow.",
          "St Petersburg, 2 June. A statue of Peter the Great was restored in St Petersburg.",
          "Moscow, 3 March. A new edition of Leo Tolstoy's War and Peace went on sale in Moscow.",
          "Washington, 5 May. Trade adviser Peter Navarro said tariffs would rise.",
          "Moscow, 2 May. Stephen Sestanovich, a former US envoy, spoke about Moscow.",
          "Sofia, 6 June. Bulgaria's former president Peter Stoyanov met students in Sofia."],
    applicability="unsafe",
)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    """English first name -> (the Russian name in its English news spelling, gender)."""
    return {cols[0]: (cols[1], cols[3]) for cols in lexicon.rows("first_names_anglicised_ru.tsv") if len(cols) >= 4}


@lru_cache(maxsize=1)
def _keeps() -> frozenset[str]:
    return frozenset(lexicon.words("anglicised_names_keeps.txt"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = "|".join(longest_first(_table()))
    return re.compile(r"(?<![\w’'.-])(" + names + r")[ \t]+(?:([A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna))[ \t]+)?"
                      r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w’'-])")


_FEMININE = re.compile(r"(?:ova|eva|yova|ina|yna|skaya|tskaya|aya)$")


@lru_cache(maxsize=1)
def _foreign_cues() -> frozenset[str]:
    """Nations and countries of data/foreign_name_cues.tsv ("Bulgarian", "Serbia"): a name right after
    one is that country's, written in its own way (Peter Stoyanov of Bulgaria)."""
    return frozenset(lexicon.words("foreign_name_cues.tsv"))


_CUE_BEFORE = re.compile(r"([A-Z][a-z]+)(?:['’]s)?[ \t]+(?:[a-z-]+[ \t]+){0,3}$")


class AnglicisedFirstNameDetector:
    name = "anglicised-russian-first-name"
    rules = (ANGLICISED_FIRST_NAME,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        setting = None
        ec = None
        for m in _pattern().finditer(text):
            first, patronymic, surname = m.group(1), m.group(2), m.group(3)
            if surname.endswith(("vich", "vych")) or not russian_surname(surname) or surname in _table():
                continue
            full = m.group(0)
            if any(k in full or k == f"{first} {surname}" for k in _keeps()):
                continue
            russian, gender = _table()[first]
            if (gender == "f") != bool(_FEMININE.search(surname)) and not surname.endswith(("enko", "uk", "ko")):
                continue  # "Peter Ivanova": not one person's name
            cue = _CUE_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if cue and cue.group(1) in _foreign_cues():
                continue  # "Bulgaria's former president Peter Stoyanov"
            if setting is None:
                setting = about_russia(doc, ctx) or transliterated_first_name(text)
            if not setting:
                return
            if ec is None:
                ec = entity_context(doc, ctx) or False
            start, end = m.start(1), m.end(1)
            if ec and any(g.concept.type == "person" and g.start <= start and end <= g.end for g in ec.matches):
                continue  # a known person: a correct form, or a wrong one MT101 flags
            yield ANGLICISED_FIRST_NAME.finding(
                doc, start, end,
                f"“{first} {surname}”: a Russian first name given as its English equivalent; English news "
                f"writes a Russian of today transliterated: “{russian}”",
                fix=Fix.replace(start, end, russian, Applicability.UNSAFE, f"write “{russian}”"),
                confidence=Confidence.POSSIBLE, evidence=[f"surname: {surname}"])


DETECTOR = AnglicisedFirstNameDetector()
