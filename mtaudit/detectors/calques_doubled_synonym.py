"""A Russian pair of near-synonyms collapsed into one English word said twice (MT2830): "all the
hardships and hardships of the war", "the championships, championships and cups of the region",
"a significant and significant tool".

Russian pairs two near-synonyms for emphasis or precision (тяготы и лишения, чемпионаты и
первенства, заболеваемость и болезненность, важный и значимый). MT gives both the same English
word, and the text says one word twice with "and", "or" or a comma between. English doubles a
word only to intensify: an adverb or a comparative ("again and again", "more and more",
"warmer and warmer"), an adjective before its noun with a comma ("a long, long case"), a plural
of time, amount or a group ("years and years", "miles and miles", "rows and rows";
data/amount_nouns.txt, from WordNet by scripts/build_amount_nouns.py). So this reads the parse
of the few sentences that hold a word, a separator and the same word: flagged are two nouns
with no modifier of the first's own ("Elderly people and people with …" names two groups), and
two adjectives joined by "and"/"or", or by a comma where a list goes on rather than a noun.

Spared: verbs (English repeats them: "they waited and waited"), proper names that are no
common word, titles in quotes ("Promises, Promises"), a word in quotation marks, "X, X, X" (the English
triple: "location, location, location").
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word

DOUBLED_SYNONYM = rule(
    "MT2830", "doubled-synonym", "calque",
    summary="“all the hardships and hardships of the war”, “a significant and significant tool”: "
            "a Russian pair of near-synonyms given one English word twice",
    why="Russian joins two near-synonyms (тяготы и лишения, чемпионаты и первенства, важный и "
        "значимый); MT renders both by the same English word, so the sentence says one word "
        "twice. English keeps one word or finds the second (“hardships and privations”, "
        "“championships and cups”); it doubles a word only to intensify (“again and again”, "
        "“more and more”, “a long, long case”, “years and years”).",
    confidence="likely",
    bad=["The veterans went through all the hardships and hardships of the war years.",
         "The region hosts the championships, championships and cups of the district.",
         "The road project is a significant and significant tool for the economy."],
    good=["The veterans went through all the hardships and privations of the war years.",
          "Prices rose again and again, and more and more families asked for help.",
          "It has been a long, long case for the family.",
          "They waited and waited for the bus.",
          "He had worked there for years and years.",
          "Elderly people and people with chronic diseases should stay at home.",
          "The estate agent repeated his motto: location, location, location."],
    applicability="unsafe",
)

_PAIR = re.compile(r"(?<![\w'’-])(?P<a>[A-Za-z]{3,})(?P<sep>,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                   r"(?P<b>[A-Za-z]{3,})(?![\w'’-])")
_QUOTES = "\"“”«»„'‘’"
_OWN_MODIFIERS = ("amod", "compound", "nummod", "poss", "nmod")


class DoubledSynonymDetector:
    name = "doubled-synonym"
    rules = (DOUBLED_SYNONYM,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        todo = []
        for s in doc.body_sentences:
            pairs = [m for m in _PAIR.finditer(text, s.start, s.end)
                     if m.group("a").lower() == m.group("b").lower() and not _spared_by_text(text, m)]
            if pairs:
                todo.append((s, pairs))
        if not todo:
            return
        amounts = lexicon.words("amount_nouns.txt")
        parses = ctx.syntax.parse_many(doc, [s for s, _ in todo])
        for (s, pairs), parsed in zip(todo, parses):
            by_start = {parsed.offset(t): t for t in parsed.doc}
            for m in pairs:
                a, b = by_start.get(m.start("a")), by_start.get(m.start("b"))
                if a is None or b is None or not _collapsed(a, b, m.group("sep"), amounts):
                    continue
                word = m.group("a")
                yield DOUBLED_SYNONYM.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group()}” says one word twice: MT gave the same English word to a Russian "
                    f"pair of near-synonyms (тяготы и лишения, важный и значимый); keep “{word}” "
                    f"once or find the second word",
                    fix=Fix.replace(m.end("a"), m.end(), "", Applicability.UNSAFE,
                                    f"keep “{word}” once"))


def _spared_by_text(text: str, m) -> bool:
    """A title or a quoted word, "X, X, X", a name ("Walla Walla" has no separator anyway)."""
    before, after = text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 1]
    if any(q in before + after for q in _QUOTES):
        return True
    word = re.escape(m.group("a"))
    if re.match(rf",[ \t]+(?:and[ \t]+)?{word}\b", text[m.end():m.end() + 40], re.IGNORECASE) or \
            re.search(rf"\b{word},[ \t]+$", text[max(0, m.start() - 40):m.start()], re.IGNORECASE):
        return True  # location, location, location
    return False


def _pos(token) -> str:
    """The part of speech, a capitalised common word ("the Championship and Championship of the
    district", a Russian capital) read as the noun it is."""
    if token.pos_ == "PROPN" and token.text[1:].islower() and is_common_word(token.lower_):
        return "NOUN"
    return token.pos_


def _collapsed(a, b, sep: str, amounts) -> bool:
    """Two nouns, or two adjectives, that English would not double for emphasis."""
    pos = _pos(a)
    if pos != _pos(b) or pos not in ("NOUN", "ADJ"):
        return False
    if a.tag_ in ("JJR", "JJS"):
        return False
    comma_only = sep.strip() == ","
    if pos == "ADJ":
        if not comma_only:
            return True
        # "a long, long case": the pair stands before its noun; "cloudy, cloudy and gloomy": a list
        nxt = b.nbor(1) if b.i + 1 < len(b.doc) else None
        return nxt is not None and nxt.lower_ in ("and", "or")
    if a.lower_ in amounts:
        return False  # years and years, miles and miles, rows and rows
    if any(c.dep_ in _OWN_MODIFIERS and c.i < a.i for c in a.children):
        return False  # "Elderly people and people with …": two groups
    return True


DETECTOR = DoubledSynonymDetector()
