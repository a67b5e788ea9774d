"""A Russian derivation put on an English stem: agent nouns in -ist (MT2827) and verbal nouns
counted in the plural (MT2828).

MT2827. Russian names a player by the sport and the agent suffix -ист (волейболист, хоккеист,
теннисист, биатлонист, дзюдоист, каратист, самбист) and a worker by the machine (бульдозерист); MT
translates the stem and keeps the suffix: "volleyballists", "hockeyists", "biathlonists",
"bulldozerists". English writes an agent noun only for some sports (biathlete, judoka, skier,
footballer) and "volleyball player" for the rest. The shape: a word of -ist, -ists, -istka,
-istki whose stem (as written, or with the -e, -o, -s, -ing Russian drops: karat-ist, samb-ist,
billiard-ist, curling-ist) is an English noun, while the whole word is no English word (the word
list and lemminflect's table know "cellist", "violinist", "motorist", "lobbyist"). A sport stem
(WordNet's, data/russian_agent_sports.tsv from scripts/build_agent_sports.py) gets the fix; any
other noun stem is flagged without one.

MT2828. Russian makes count nouns of verbal nouns (сушка "drying" -> сушки, a ring biscuit;
заготовки, пробежки); MT gives the dictionary gloss and the plural: "dryings". English does not
count such a gerund: a plural in -ings of a verb's -ing form that lemminflect's table knows as no
noun (it knows "findings", "cuttings", "savings") and wordfreq's English does not write
(data/english_ings_plurals.txt, scripts/build_english_ings_plurals.py: "tastings", "earnings").
The thing is named by its own word (sushki), which the text does not give: no fix.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.plain_english import is_english_word

AGENT_NOUN = rule(
    "MT2827", "russian-agent-noun", "calque",
    summary="An English sport or machine with the Russian agent suffix -ист (“volleyballists”, "
            "“hockeyists”, “biathlonists”, “bulldozerists”)",
    why="Russian names a player by the sport and the suffix -ист (волейболист, хоккеист, биатлонист); "
        "MT translates the stem and keeps the suffix. English says volleyball players, hockey players, "
        "biathletes; the sports and their agent nouns come from WordNet and wordfreq "
        "(data/russian_agent_sports.tsv).",
    confidence="likely",
    bad=["The volleyballists of the home team won in four sets.",
         "Hockeyists from Omsk will play two friendly matches.",
         "Three biathlonists of the region were called up to the national team.",
         "The bulldozerists of the district cleared the road by Monday."],
    good=["The volleyball players of the home team won in four sets.",
          "The cellist and two violinists played Brahms; a motorist and a lobbyist listened.",
          "Three biathletes of the region and a judoka were called up to the national team."],
    applicability="unsafe",
)

COUNTED_GERUND = rule(
    "MT2828", "counted-verbal-noun", "calque",
    summary="A verbal noun counted in the plural (“dryings”): a Russian count noun in -ка (сушки) by "
            "its dictionary gloss",
    why="Russian makes count nouns of verbal nouns (сушка, a ring biscuit, from сушить, to dry); MT "
        "gives the gloss “drying” and counts it. English has no such plural: name the thing.",
    confidence="likely",
    bad=["The bakery makes ten tonnes of dryings a day.", "Poppy-seed dryings sold out by noon."],
    good=["The bakery makes ten tonnes of sushki a day.",
          "The findings, the savings and the cuttings were noted; the drying took a week.",
          "The farm plans to open wine tastings for tourists."],
)

_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]+(?![\w’'-])")
_AGENT = re.compile(r"(?P<stem>[a-z]{3,}?)(?P<suffix>ists?|istkas?|istki)")
# the letters the Russian suffix absorbs from a stem: каратэ -> каратист, самбо -> самбист,
# бильярд(s) -> бильярдист, керлинг -> керлингист
_STEM_ENDS = ("", "e", "o", "s")


@lru_cache(maxsize=1)
def _sports() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows("russian_agent_sports.tsv") if len(r) >= 2}


def _english(word: str) -> bool:
    return is_english_word(word) or bool(lemmas_by_pos(word))


def agent_stem(word: str) -> tuple[str, str | None] | None:
    """(stem, its player noun or None) of a Russian -ist agent noun on an English stem, or None."""
    low = word.lower()
    m = _AGENT.fullmatch(low)
    if m is None or _english(low) or _english(low.rstrip("s")):
        return None
    sports = _sports()
    for end in _STEM_ENDS:
        stem = m.group("stem") + end
        if stem in sports:
            return stem, sports[stem]
    stem = m.group("stem")
    lemmas = lemmas_by_pos(stem)
    if len(stem) >= 5 and word[0].islower() and lemmas and "NOUN" in lemmas and not _english(stem + "ist"):
        return stem, None
    return None


def _plural(word: str) -> bool:
    return word.lower().endswith(("s", "ki"))


def counted_gerund(word: str) -> bool:
    """A plural in -ings of a verb's -ing form that English never counts ("dryings")."""
    if not word.endswith("ings") or len(word) < 7:
        return False
    lemmas = lemmas_by_pos(word)
    if lemmas is None or "NOUN" in lemmas or word in lexicon.words("english_ings_plurals.txt"):
        return False
    gerund = lemmas_by_pos(word[:-1])
    return bool(gerund) and "VERB" in gerund and "NOUN" not in gerund


class RussianDerivationDetector:
    name = "calques-russian-derivations"
    rules = (AGENT_NOUN, COUNTED_GERUND)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for m in _WORD.finditer(text):
            word = m.group()
            if "ist" in word:
                found = agent_stem(word)
                if found is not None:
                    yield self._agent(doc, m.start(), m.end(), word, *found)
            elif word.endswith("ings") and word[0].islower() and counted_gerund(word):
                yield COUNTED_GERUND.finding(
                    doc, m.start(), m.end(),
                    f"“{word}” counts the verbal noun “{word[:-1]}”: a Russian count noun (as сушки "
                    f"from сушить) by its dictionary gloss; name the thing")

    @staticmethod
    def _agent(doc, start, end, word, stem, player):
        if player is None:
            return AGENT_NOUN.finding(
                doc, start, end, f"“{word}” puts the Russian agent suffix -ист on the English “{stem}”: "
                f"English names the person otherwise (a {stem} driver, operator, player?)")
        new = player + "s" if _plural(word) else player
        if word[0].isupper():
            new = new[0].upper() + new[1:]
        return AGENT_NOUN.finding(
            doc, start, end, f"“{word}” puts the Russian agent suffix -ист on the English “{stem}”: "
            f"English says “{new}”",
            fix=Fix.replace(start, end, new, Applicability.UNSAFE, f"write “{new}”"))


DETECTOR = RussianDerivationDetector()
