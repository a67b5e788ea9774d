"""MT3105: "he"/"she" as the subject of what only a thing is or does ("He was built in 2007").

Russian "он/она" stands for any masculine or feminine noun (комплекс, ипподром, плотина, гора,
аукцион, партия), and gender-blind MT writes "He was built in 2007", "She rises 800 metres
above the valley", "He lasted four days", "She ended in a draw". Where MT3103/MT3104 look for
the antecedent (and fall silent when a person is named nearby), this rule reads the predicate:
a person is not built, heated or paved, does not rise 800 metres or reach 40 metres in length.
So a person named in the paragraph does not matter: the predicate decides (data:
thing_predicates.txt, lemmas with their form and condition, read on the parse).

Kept quiet: English "she" for a ship (a ship word in the paragraph or the one before), a
predicate with "as" ("he was installed as president"), "built like" / "well built" (a body), and
a pronoun with no singular common noun before it in its sentence or the two before (nothing to
stand for). Quotations are not special: the predicate is a thing's there too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED, THINGS_HE

THING_PREDICATE_HE = rule(
    "MT3105", "he-she-subject-of-thing-predicate", "pronoun",
    summary="“he”/“she” as the subject of what only a thing is or does (“He was built in 2007”)",
    why="Russian “он/она” follows the grammatical gender of nouns (комплекс, плотина, гора); "
        "gender-blind MT writes “he”/“she” for the thing. A person is not built, heated or "
        "paved, does not rise 800 metres or last four days: “it” is meant.",
    confidence="likely",
    bad=["The season opened at the hippodrome in Ufa, the organisers said. He was built in 2007.",
         "Pilots gathered on Mount Tugaya, said the organiser Anna Petrova. She rises 800 metres "
         "above the valley.",
         "The animals built a dam on a stream. She reached 40 metres in length.",
         "The auction brought 2.7 billion roubles, said director Ivan Petrov. He lasted four days.",
         "The deciding game lasted almost five hours. She ended in a draw.",
         "The new arena opened in Kazan, the mayor said. He accommodates 12,000 spectators.",
         "The complex was built in two years. He is equipped with ceramic tracks.",
         "The greenhouse occupies 17 hectares. She is heated by its own gas power station.",
         "The old bathhouse dates from 1962, and he has no proper foundation.",
         "The swing in the park was installed in 2009; she had a loose handrail.",
         "The concert hall reopened after repairs. He has a capacity of 900 seats.",
         "The stone house on the square was built by a merchant. He is one of the few houses of that "
         "time left in the town."],
    good=["The hippodrome opened in Ufa. It was built in 2007.",
          "The champion met the press. He rose to second place in the ranking.",
          "The icebreaker Yamal returned to Murmansk. She was built in 1992.",
          "Ivan Petrov joined the board. He was installed as chairman in 2019.",
          "The boxer came back. He was built like a tank and lasted twelve rounds.",
          "The striker moved to Kazan. He lasted two seasons as captain.",
          "Anna Petrova was born in 1970. She was equipped with nothing but a map.",
          "The coach bought a flat in the new block. He has his own balcony now.",
          "The striker joined the club in May. He has a strong foundation in tactics.",
          "Anna Petrova runs the bakery. She has two daughters.",
          "The mill was built by the merchant Foma Kuzin. He was one of the richest people in town.",
          "Oleg Ivanov coached the team for ten years. He remains one of its pillars."],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_SHIPS = re.compile(r"\b(?:ship|vessel|boat|yacht|liner|icebreaker|frigate|cruiser|destroyer|"
                    r"submarine|tanker|ferry|tug|schooner|trawler|barge|corvette|steamer|"
                    r"sailboat|warship|carrier)s?\b", re.I)
# measure nouns that a thing's size or capacity is counted in
_MEASURES = frozenset("metre metres meter meters m km kilometre kilometres kilometer kilometers "
                      "foot feet ft mile miles hectare hectares ha storey storeys story stories "
                      "floor floors seat seats guest guests spectator spectators visitor visitors "
                      "people person passenger passengers fan fans bed beds car cars vehicle vehicles "
                      "tonne tonnes ton tons square".split())
_DIMENSIONS = frozenset("length height depth width diameter area size circumference".split())
_TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months "
                        "year years decade decades night nights".split())
_DRAWS = frozenset({"draw", "tie", "stalemate"})
_FIX = {"he": "it", "she": "it"}


@lru_cache(maxsize=1)
def _predicates() -> dict[str, tuple[str, str]]:
    out = {}
    for row in lexicon.rows("thing_predicates.txt"):
        if len(row) >= 2:
            out[row[0].casefold()] = (row[1], row[2] if len(row) > 2 else "")
    return out


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    return lexicon.folded_words("thing_parts.txt")


class ThingPredicateDetector:
    name = "pronouns-thing-predicate"
    rules = (THING_PREDICATE_HE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        table = None
        sents = doc.sentences
        for i, sent in enumerate(sents):
            hits = [m for m in _CANDIDATE.finditer(text, sent.start, sent.end) if m.start() not in flagged]
            if not hits:
                continue
            if table is None:
                table = _predicates()
            parsed = ctx.syntax.parse(doc, sent)
            for m in hits:
                tok = parsed.token_at(m.start())
                if tok is None or tok.dep_ not in ("nsubj", "nsubjpass") or \
                        parsed.offset(tok) != m.start():
                    continue
                verb = _thing_verb(tok, table)
                if verb is None:
                    continue
                lo = sents[max(0, i - 2)].start
                para = doc.paragraph_at(sent.start)
                before = doc.paragraph_before(para) if para is not None else None
                window_start = before.start if before is not None else (para.start if para else lo)
                if _SHIPS.search(text, window_start, sent.end):
                    continue
                if not _noun_before(ctx, doc, sents, i, parsed, tok):
                    continue
                word = _FIX[m.group().casefold()]
                if m.group()[0].isupper():
                    word = word.capitalize()
                flagged.add(m.start())
                doc.view(THINGS_HE, set).add(m.start())
                yield THING_PREDICATE_HE.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group()}” is the subject of “{verb.text}”, which only a thing is or does: "
                    f"Russian он/она for a masculine/feminine noun; “{word}” is meant",
                    fix=Fix.replace(m.start(), m.end(), word, Applicability.UNSAFE, f"use “{word}”"))


def _thing_verb(tok, table):
    """The verb (or participle) whose subject `tok` is, when the table says only a thing is or
    does it in that form and its condition holds; else None."""
    verb = tok.head
    passive = tok.dep_ == "nsubjpass"
    if not passive and verb.lemma_.lower() == "be":
        # "He is located in", "She is equipped with": the copula's participle
        part = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.tag_ == "VBN"), None)
        if part is not None:
            verb, passive = part, True
    if not passive and verb.lemma_.lower() in ("be", "remain") and _one_of_things(verb):
        return verb  # "He is one of the few merchant houses that survive"
    entry = table.get(verb.lemma_.lower())
    if entry is None:
        return None
    form, cond = entry
    if (form == "pass") != passive:
        return None
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ in ("as", "like") for c in children):
        return None  # "installed as chairman", "built like a tank"
    if any(c.dep_ == "advmod" and c.lower_ in ("well", "strongly", "powerfully", "heavily", "slightly",
                                               "solidly", "stockily") for c in children):
        return None  # "a well built man"
    if cond == "measure" and not _has_measure(verb):
        return None
    after = [t for t in verb.subtree if t.i > verb.i]
    if cond == "dimension" and not any(c.dep_ == "prep" and c.lower_ == "in" and
                                       any(g.lower_ in _DIMENSIONS for g in c.children)
                                       for c in after):
        return None
    if cond == "duration":
        obj = [c for c in children if c.dep_ in ("dobj", "npadvmod", "obj")]
        if not any(o.lemma_.lower() in _TIME_UNITS or o.lower_ in _TIME_UNITS for o in obj) or \
                any(c.dep_ == "prep" and c.lower_ in ("in", "at", "with", "for") for c in children):
            return None
    if cond == "part" and not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and
                                  (c.lower_ in _parts() or c.lemma_.lower() in _parts()) and
                                  not any(p.dep_ == "poss" or p.dep_ == "prep" and p.lower_ in ("in", "for")
                                          for p in c.children) for c in children):
        return None  # "he has no proper foundation"; not "his own balcony", "a foundation in tactics"
    if cond == "draw" and not any(c.dep_ == "prep" and c.lower_ == "in" and
                                  any(g.lower_ in _DRAWS for g in c.children) for c in after):
        return None
    return verb


def _one_of_things(verb) -> bool:
    """The copula classes its subject among things: "is one of the oldest bridges", "remains one
    of the few merchant houses" — a plural noun of things (WordNet's artifacts, foods, objects and
    substances, pronoun_thing_nouns.tsv, or a thing whose Russian noun has a gender,
    russian_gender_things.tsv) after "one of"; a person is one of the people, never one of the
    houses. A noun with a person's sense ("stars", "pillars") stays out."""
    from mtaudit.detectors.pronouns_gender_thing import _genders
    from mtaudit.detectors.pronouns_thing_class import _things

    one = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ == "one"), None)
    if one is None:
        return False
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _person_words():
        return False
    return lemma in _things() or lemma in _genders()


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    # a person among the first four WordNet senses ("pillar": a prominent supporter)
    heads = {w for w, cols in lexicon.table("bare_genitive_heads.tsv").items() if cols and cols[0] == "person"}
    return frozenset(_person_nouns()) | lexicon.folded_words("person_trade_nouns.txt") | \
        lexicon.folded_words("animal_nouns.txt") | heads


def _has_measure(verb) -> bool:
    """A number with a measure noun on the verb: "rises 800 metres", "stretches for 3 km",
    "accommodates 12,000 spectators"."""
    for t in verb.subtree:
        if t.i == verb.i or t.i < verb.i:
            continue
        if t.lower_ in _MEASURES and any(c.dep_ == "nummod" or c.like_num for c in t.children):
            return True
        if t.lower_ in _MEASURES and t.i > 0 and t.doc[t.i - 1].like_num:
            return True
    return False


def _noun_before(ctx, doc, sents, i, parsed, tok) -> bool:
    """A singular common noun before the pronoun, in its sentence or the two before: something
    the pronoun can stand for."""
    if any(t.tag_ == "NN" for t in parsed.doc if t.i < tok.i):
        return True
    for j in (i - 1, i - 2):
        if j < 0:
            break
        prev = ctx.syntax.parse(doc, sents[j])
        if any(t.tag_ == "NN" for t in prev.doc):
            return True
    return False


DETECTOR = ThingPredicateDetector()
