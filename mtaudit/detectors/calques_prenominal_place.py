"""A Russian premodifier of place before its noun: “the largest in Russia plant”.

Russian puts a superlative with its complement of place before the noun it describes
(«крупнейший в России завод», «первый в регионе центр», «единственный в стране музей»); MT keeps
the order: “the largest in Russia plant”, “the first in the region center for training
athletes”, “one of the largest in Russia champignon growing factories”. English puts the
complement after the noun (“the largest plant in Russia”, “Russia's largest plant”).

The shape: a superlative (a word the English lexicon reads as an adjective's superlative form,
or “first”, “only”, “most + adjective” …), then “in/of + a place” (a capitalised name, or a
place noun from data/prenominal_place_nouns.txt: region, country, world …), then at once a
word that can head or modify a noun. English keeps quiet where the complement ends the phrase
or the clause goes on: “the first in the region to open”, “the largest in Russia, the plant
…”, “the best in the world at chess”, “the highest in the country last year”, “the biggest in
the region's history”.
"""

from __future__ import annotations

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.lexicon import words

PRENOMINAL_PLACE = rule(
    "MT2513", "superlative-in-place-before-noun", "calque",
    summary="“the largest in Russia plant”, “the first in the region center” for “the largest plant "
            "in Russia”, “the region's first center”",
    why="Russian puts a superlative and its complement of place before the noun («крупнейший в "
        "России завод», «первый в регионе центр»); MT keeps that order. English puts the place "
        "after the noun or makes it a possessive: “the largest plant in Russia”, “Russia's largest "
        "plant”.",
    confidence="likely",
    bad=["The first in the region center for training athletes was opened in Slavyansk.",
         "Serdobsk now has one of the largest in Russia champignon growing factories.",
         "The only in the country museum of the samovar reopened on Sunday.",
         "Tula will host the most modern in Europe plant for medical gloves.",
         "The last in the Central Russia match factory has resumed work."],
    good=["The first center in the region for training athletes was opened in Slavyansk.",
          "Serdobsk was the first in the region to open a mushroom farm.",
          "The plant is the largest in Russia, the governor said.",
          "She is the best in the world at blitz chess.",
          "The rise was the highest in the country last year.",
          "It was the biggest in the region's history.",
          "The team is the oldest in the league and the slowest.",
          "The largest in London stands on the river."],
    applicability="unsafe",
)

_PLACE_NOUNS = words("prenominal_place_nouns.txt")
_EXTRA_SUPERLATIVES = frozenset({"first", "only", "sole", "unique", "leading", "main", "second",
                                 "third", "last", "foremost"})
# words after the place that end the phrase or carry the clause on (not a noun of the phrase)
_STOP = frozenset("""to and or but nor by at in on of for with from into onto since after before
during until till as than that which who whom whose where when while last next this these those
so ever yet now today yesterday tonight overall per right according among is was are were has
have had will would could can may might must shall should be been being did does do its their
his her our my your it they he she we i not also too both either neither over under behind
across against about above below through throughout despite except like unlike via versus
alone either the a an all each every any some no more less most again already still just only
even then there here too outside inside beyond including excluding ahead apart besides
within near around following thus however hence""".split())

_SUPER = r"(?:most|least)\s+\p{Ll}+|\p{Ll}+est|first|only|sole|unique|leading|main|second|third|last|foremost"
_CAND = regex.compile(
    rf"\b(?P<det>[Tt]he|[Oo]ne\s+of\s+the|[Aa]mong\s+the)\s+(?P<sup>{_SUPER})\s+"
    r"(?P<pp>(?:in|of)\s+(?:(?:the\s+)?(?P<noun>\p{Ll}+)|(?:the\s+)?(?P<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})))"
    r"\s+(?P<next>\p{Ll}[\p{Ll}-]*)\b")


def _superlative(word: str) -> bool:
    w = word.lower()
    if w.startswith(("most ", "least ")):
        return True
    if w in _EXTRA_SUPERLATIVES:
        return True
    if w == "best" or w == "worst":
        return True
    pos = lemmas_by_pos(w) or {}
    return any(lemma != w for lemma in pos.get("ADJ", ())) and w.endswith("est")


def _nominal(word: str) -> bool:
    """Can `word` head or modify a noun (a noun, an adjective, an unknown word, an -ing form)?"""
    if word in _STOP or word.endswith("ly"):
        return False
    pos = lemmas_by_pos(word)
    if pos is None or not pos:
        return True   # no lexicon, or a word it does not know (mostly nouns: "champignon")
    return "NOUN" in pos or "ADJ" in pos or word.endswith("ing")


_NEXT_LOWER_WORD = regex.compile(r"\G\s*(\p{Ll}[\p{Ll}-]*)\b")


def _chunk_end(text: str, start: int) -> int:
    """The end of the noun phrase that starts at `start` (words that can be nominal)."""
    end = start
    for m in _NEXT_LOWER_WORD.finditer(text, pos=start):
        if not _nominal(m.group(1)):
            break
        end = m.end()
    return end


class PrenominalPlaceDetector:
    name = "calques-prenominal-place"
    rules = (PRENOMINAL_PLACE,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for m in _CAND.finditer(text, overlapped=True):
            if m.group("noun") and m.group("noun") not in _PLACE_NOUNS:
                continue
            if not _superlative(m.group("sup")) or not _nominal(m.group("next")):
                continue
            if text[m.end("next"):m.end("next") + 2] in ("'s", "’s"):
                continue
            end = _chunk_end(text, m.start("next"))
            nxt = m.group("next")
            if end == m.end("next") and nxt.endswith("s") and "VERB" in (lemmas_by_pos(nxt) or {}):
                continue  # “the largest in London stands on …”: a verb, the superlative its subject
            start = m.start("sup")
            phrase = text[m.start("next"):end]
            new = f"{m.group('sup')} {phrase} {m.group('pp')}"
            yield PRENOMINAL_PLACE.finding(
                doc, start, end,
                f"“{text[start:end]}” keeps the Russian order «крупнейший в России завод» (the place "
                f"before the noun); English: “{new}”",
                fix=Fix.replace(start, end, new, Applicability.UNSAFE, "put the place after the noun"))


DETECTOR = PrenominalPlaceDetector()
