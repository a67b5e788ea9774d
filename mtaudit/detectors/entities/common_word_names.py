"""A Russian name made of ordinary words, translated by meaning and standing with no type noun
(MT116): "Milk came from Quiet Creek", "Stone Brook sold the carp".

MT renders the name of a village, a farm or a firm word by word (Тихий ручей "Quiet Creek",
Каменный ручей "Stone Brook", Липецкая рыба "Lipetsk Fish") and, when the text names its type only
once or never, the name stands bare. No table can hold every such name, so the signature is a
MECHANISM, read in three parts:

* the words: a capitalised run of two or three words, each an ordinary English word (the word
  list), the last a noun of a natural thing by WordNet (data/name_word_heads.txt, built by
  scripts/build_name_word_heads.py: creek, loaf, fish; not court, chamber, bank, rail, whose
  senses are groups, as English institutions' names end), or a town the text names opening ordinary
  words ("Lipetsk Fish");
* the slot: where English puts only a proper name: after a preposition with no article ("from
  Quiet Creek", "at Stone Brook"), the subject of a finite verb ("Stone Brook sold", "the bakery plant Volga Crust will"), a possessor;
  never a sentence's or a headline's first words, never after an article or a capitalised word;
* the setting: Russian news (detectors/russian_setting.py) or a Russian place that is no English
  word (Tomsk, not Perm), the only place such a run is a
  translated Russian name and not an English one (Silver Lake, Golden State).

Quiet besides: English names of common words (WordNet's capitalised names,
data/english_name_phrases.txt; data/world_places.txt; names_english_keeps.txt), runs that open
with a word of English official names (North, New, Great, Federal, State, ...), runs the
glossary knows, and runs that go on ("Quiet Creek Farm", "Hero of Labour"). Display-only: the
original spelling is unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.entities.slots import is_finite_verb
from mtaudit.detectors.entities.typed_names import _names_russian_place
from mtaudit.detectors.russian_setting import russian_news
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, lemmas_by_pos
from mtaudit.text.headlines import in_headline_lines
from mtaudit.text.position import DASHES, POSITION_MARKS, capitalised_by_position

NAME_OF_WORDS = rule(
    "MT116", "name-of-common-words", "entity-mistranslation",
    summary="A Russian name of ordinary words translated by meaning, standing bare (“milk from Quiet Creek”, “the plant Volga Crust will”)",
    why="Russian names villages, farms and firms with ordinary words (Тихий ручей, Стальная волна); MT "
        "translates them. In Russian news a capitalised run of ordinary English words ending in a "
        "noun of a natural thing, in a slot only a proper name fills, is such a name; English "
        "transliterates it (Tikhy Ruchey, Stalnaya Volna).",
    confidence="possible",
    bad=["Tomsk, 3 May. Fresh milk now comes to Tomsk schools from Quiet Creek, a farm in the Tomsk region.",
         "Kazan, 2 June. Last year Stone Brook sold 300 tonnes of carp in Kazan, the Tatarstan ministry said.",
         "Ufa, 5 May. The bakery plant Volga Crust will raise the price of rye bread in Ufa.",
         "Lipetsk, 9 October. The carp of Lipetsk Fish went on sale in Lipetsk shops, the Lipetsk region said."],
    good=["Tomsk, 3 May. Fresh milk now comes to Tomsk schools from Kholodny Klyuch, a farm in the Tomsk region.",
          "Tomsk, 3 May. Butter from County Cork now sells in Tomsk, and trout from Lake Placid in Omsk.",
          "Kazan, 2 June. The Golden State Warriors beat Kazan; the Red Sea Resort hosted the Tatarstan team.",
          "Kazan, 2 June. A delegation from Kazan visited the Far East and the Tatarstan ministry.",
          "Kazan, 2 June. A delegation from Kazan laid flowers on Red Square and walked in Victory Park.",
          "Milk now comes to schools in Oregon from Quiet Creek, a farm near Portland.",
          "Kazan, 2 June. Silver Wave Farm built the ramps in Kazan, the Tatarstan ministry said.",
          "Kazan, 2 June. The Constitutional Court ruled on Monday in Kazan, the Tatarstan ministry said.",
          "Kazan, 2 June. The album of a Kazan band, The Hollow Coast, came out; Network Rail said so."],
    applicability="display-only",
)

_RUN = re.compile(r"(?<![\w’'.@#/&-])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})(?![\w’'@/&-])")
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|[&-])[ \t]+$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_TOKEN_AFTER = re.compile(r"[ \t]*([A-Za-z][A-Za-z’'-]*|[^\s\w])")
_GOES_ON = re.compile(r"[ \t]+(?:[A-Z0-9]|of\b|and[ \t]+[A-Z]|&)")
_PREPOSITIONS = frozenset("at from in near of by to with for into outside behind beside".split())
# Words that open English official and geographic names ("North Sea", "New Moon", "Great Bear",
# "Federal Reserve", "State Forest", "Royal Oak"): such a run is English more often than Russian.
_OPENERS = frozenset("""north south east west northern southern eastern western central far middle upper
lower new old great grand saint st royal national federal state international united public national
first second third mount lake river cape port fort""".split())
# Town nouns whose Russian names English writes translated (Red Square, Victory Park, Palace
# Embankment): the names this rule reads end in the country's nouns (creek, field, steppe, pond).
_URBAN = frozenset("square park street avenue lane road highway boulevard embankment bridge station market "
                   "plaza quay garden gardens gate hall palace tower".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your no any every some each "
                         "one another".split())
_FUNCTION = _DETERMINERS | frozenset("and or but of for with to in on at by from as not all how what why when "
                                     "where who it he she we they you i".split())
_MONTHS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return lexicon.words("name_word_heads.txt")


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("english_name_phrases.txt")
                     | lexicon.words("world_places.txt") | lexicon.words("names_english_keeps.txt"))


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    """Nouns that end an English name of an institution, a title or a place type."""
    return (lexicon.words("organisation_nouns.txt") | lexicon.words("place_nouns.txt")
            | frozenset(lexicon.person_heads()))


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """A place's type noun opening the run is English order, the type before the name ("County
    Cork", "Lake Placid"): a name translated from Russian puts its type noun after, if at all."""
    return lexicon.folded_words("place_nouns.txt")


def _ordinary(word: str) -> bool:
    low = word.lower()
    return is_common_word(low) and low not in _MONTHS and low not in _FUNCTION and word not in lexicon.first_names()


def _slot(text: str, start: int, end: int) -> str | None:
    """Why the run at text[start:end] stands where only a proper name fits, or None."""
    before_m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    before = before_m.group(1) if before_m else ""
    if before.lower() in _PREPOSITIONS and before_m.end() == start:
        return f"after “{before}” with no article"
    if text.startswith(("'s", "’s"), end):
        return "a possessor"
    after_m = _TOKEN_AFTER.match(text, end, min(len(text), end + 40))
    after = after_m.group(1).lower() if after_m else ""
    if before.lower() in _DETERMINERS or not after:
        return None  # "the Golden Fish sold": a name English gives an article, or a brand's
    if (is_finite_verb(after) and after not in ("then", "also", "is", "are", "was", "were")) or _inflected_verb(after):
        return f"the subject of “{after_m.group(1)}”"
    return None


def _inflected_verb(word: str) -> bool:
    """A past or third-person form that is only a verb ("built", "supplies"), not a plural noun."""
    pos = lemmas_by_pos(word) or {}
    return set(pos) == {"VERB"} and word not in pos["VERB"]


def candidates(text: str, towns: frozenset[str] = frozenset()):
    """(start, end, why) of every bare run of ordinary words in a proper name's slot."""
    headlines: dict = {}
    for m in _RUN.finditer(text):
        start, end = m.span(1)
        words = m.group(1).split()
        if _CAPITAL_BEFORE.search(text, max(0, start - 30), start) or _GOES_ON.match(text, end):
            continue  # part of a longer name: "Moscow Steel Wave", "Quiet Creek Farm", "Hero of Labour"
        if capitalised_by_position(text, start, marks=POSITION_MARKS + DASHES + "\"“«'‘("):
            continue
        low = [w.lower() for w in words]
        if low[0] in _OPENERS or low[0] in _place_nouns() or " ".join(low) in _english_names() or low[-1] not in _heads() or low[-1] in _URBAN \
                or low[-1] in _institution_words() and low[-1] not in ("creek", "spring", "stream", "brook"):
            continue
        if not all(_ordinary(w) or (i == 0 and w in towns) for i, w in enumerate(words)):
            continue
        if words[0] in towns and len(words) < 2:
            continue
        why = _slot(text, start, end)
        if why is None:
            continue
        if in_headline_lines(text, Span(start, end), headlines):
            continue
        yield start, end, why


class CommonWordNamesDetector:
    name = "common-word-names"
    rules = (NAME_OF_WORDS,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _RUN.search(text):
            return
        ec = entity_context(doc, ctx)
        if ec is None or not (russian_news(doc, ctx) or _names_russian_place(ec)):
            return
        towns = frozenset(m.surface for m in ec.matches if m.concept.type == "place" and m.kind != "wrong"
                          and " " not in m.surface and not is_common_word(m.surface.lower()))
        for start, end, why in candidates(text, towns):
            if any(mm.start < end and start < mm.end and not (mm.start == start and mm.surface in towns)
                   for mm in ec.matches):
                continue  # a name the glossary knows, right or wrong: its own rules speak
            name = text[start:end]
            yield NAME_OF_WORDS.finding(
                doc, start, end,
                f"“{name}” is ordinary English words standing as a name ({why}) in Russian news: "
                f"probably a Russian name translated by meaning; check the original and transliterate it",
                fix=Fix.replace(start, end, name, Applicability.DISPLAY_ONLY, "check the original name"))


DETECTOR = CommonWordNamesDetector()
