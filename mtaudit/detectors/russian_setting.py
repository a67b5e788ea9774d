"""Whether a document is set in Russia: one test for every detector that reads a token differently
in Russian news (an abbreviation, a place word, an English first name), its cues as data
(data/russian_setting_cues.tsv, and the towns of data/russian_cities.txt the glossary lacks).

A "Russian" token means something else in other news: "UK" is Britain, "Riverside" an English
town, "Peter Navarro" an American. Each such detector asks the same question, at one of two
strengths: `about_russia` (the text names Russia at all) or `russian_news` (roubles, a region word,
a Russian place beyond Moscow: an American story that names Moscow once is not Russian news).
`near_russia`, the weakest, asks only for a place the glossary knows (its gazetteer: Russia's
settlements, its neighbours, the world's capitals): enough for a capitalised word beside a place
word to be read as a toponym.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.detectors.entities.context import entity_context
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word_or_plural
from mtaudit.text.views import RUSSIAN_SETTING

CUES = "russian_setting_cues.tsv"
TOWNS = "russian_cities.txt"  # towns the glossary lacks (scripts/build_russian_cities.py): news cues
NONE, PLACE, MENTION, NEWS = 0, 1, 2, 3
_STRENGTH = {"place": PLACE, "mention": MENTION, "news": NEWS}


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern | None, dict[str, int], tuple[tuple[str, int], ...], int]:
    """(the word cues as one pattern, each word's strength, glossary id prefixes longest first with
    their strength, the strength of a transliterated Russian first name)."""
    words: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    first_name = NONE
    for cue, strength in lexicon.rows(CUES):
        level = _STRENGTH[strength]
        if cue.startswith("glossary:"):
            prefixes[cue.removeprefix("glossary:")] = level
        elif cue == "first-name":
            first_name = level
        else:
            words[cue] = level
    for town in lexicon.words(TOWNS):
        words.setdefault(town, NEWS)
    pattern = re.compile(r"\b(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+") for w in longest_first(words)) + r")\b") \
        if words else None
    return pattern, words, tuple(sorted(prefixes.items(), key=lambda kv: -len(kv[0]))), first_name


def setting(doc, ctx) -> int:
    """NONE, PLACE, MENTION or NEWS: the strongest cue of the document (once per document)."""
    return doc.view(RUSSIAN_SETTING, lambda: _strength(doc, ctx), key=id(ctx.glossary))


def near_russia(doc, ctx) -> bool:
    """The document names a place the glossary knows, or Russia."""
    return setting(doc, ctx) >= PLACE


def about_russia(doc, ctx) -> bool:
    """The document names Russia: a cue of any strength."""
    return setting(doc, ctx) >= MENTION


def russian_news(doc, ctx) -> bool:
    """Russian news, not merely a mention of Russia."""
    return setting(doc, ctx) >= NEWS


def _strength(doc, ctx) -> int:
    pattern, words, prefixes, first_name = _cues()
    best = NONE
    if pattern is not None:
        for m in pattern.finditer(doc.text):
            best = max(best, words[re.sub(r"[ \t]+", " ", m.group())])
            if best == NEWS:
                return best
    if first_name > best and transliterated_first_name(doc.text):
        best = first_name
    if prefixes and best < NEWS:
        ec = entity_context(doc, ctx)
        for m in ec.matches if ec else ():
            if m.kind == "wrong" or m.concept.type != "place":
                continue
            written = doc.text[m.start:m.end]
            if written.islower() and is_common_word_or_plural(written):
                continue  # "Village choir marks 50 years": the verb, not the town of Marks
            level = next((lv for p, lv in prefixes if m.concept.id.startswith(p)), NONE)
            best = max(best, level)
            if best == NEWS:
                break
    return best


def transliterated_first_name(text: str) -> bool:
    """Another Russian of the story written transliterated ("Sergei", "Yulia"), not an English name."""
    russian, english = lexicon.table("first_names_ru_latin.txt"), lexicon.table("first_names_en.txt")
    return any(w in russian and w not in english for w in re.findall(r"\b[A-Z][a-z]+\b", text))
