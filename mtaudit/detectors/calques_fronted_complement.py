"""The verb's own complement phrase first, before its subject, in Russian order (MT2518).

Russian opens a clause with the phrase that says what money went to ("на ремонт крыши школа
потратила 3 млн рублей": on the repair of the roof the school spent 3 million roubles, "на
праздник город выделил 2 млн": for the festival the city allocated 2 million) or with the
dative of the receiver ("школе спонсор подарил десять компьютеров": to the school the sponsor
donated ten computers). MT keeps the order. English fronts time and place phrases, but the
phrase a verb governs ("spend on", "allocate for", "give to") stays after the object: "the school
spent 3 million roubles on the repair of the roof".

Read from a dependency parse (mtaudit.models.parser): the sentence opens with "on", "for" or
"to" and its noun phrase, hung on the main verb; the verb's subject comes after the phrase with
no comma between; and the verb has an object after it. "On" and "for" count only with a sum as
the object (a number, "money", "funds": the spending frame), "to" with any object of a verb that
also has its subject (the receiver frame). The phrase's noun must be an act, a thing or a tool in
WordNet's classes (calque_order_words.tsv, scripts/build_order_words.py): not a time ("For the
year the company earned"), not a person, not a named place.
Spared: a comma after the phrase ("For the repair, the region allocated …" is English
topicalisation), time and measure phrases ("For the first time", "On average", "On Monday",
"For the quarter"), "To date", "To this end", pronouns ("For this the city paid"), questions
and lines with no closing stop. Fix (unsafe): the clause in English order, when the subject,
verb and object follow the phrase with nothing else between them.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._candidates import parsed_candidates
from mtaudit.rules.model import rule

FRONTED_COMPLEMENT = rule(
    "MT2518", "fronted-verb-complement", "calque",
    summary="“On the repair of the roof the school spent 3 million roubles”, “To the school the "
            "sponsor donated ten computers”: the phrase the verb governs first, in Russian order",
    why="Russian opens a clause with the phrase a verb governs (на ремонт школа потратила 3 млн; "
        "школе спонсор подарил компьютеры). MT keeps the order. English fronts time and place "
        "phrases, but the phrase of spending or giving follows the object: “the school spent 3 "
        "million roubles on the repair of the roof”, “the sponsor donated ten computers to the school”.",
    confidence="likely",
    bad=["On the repair of the roof the school spent 3 million roubles.",
         "On the new playground the district spent more than 800 thousand roubles.",
         "For the reconstruction of the stadium the regional budget allocated 120 million roubles.",
         "To the local hospital the company donated two ambulances.",
         "On salaries the museum spends about half of its money."],
    good=["The school spent 3 million roubles on the repair of the roof.",
          "For the reconstruction of the stadium, the region allocated 120 million roubles.",
          "For the first time the city spent 3 million roubles on fireworks.",
          "On Monday the council spent two hours on the budget.",
          "For the year the company earned 40 million dollars.",
          "On average the households spent 300 roubles a week.",
          "To date the fund has raised 2 million roubles.",
          "In 2023 the city spent 5 million roubles on parks.",
          "To the north the army built a new line of trenches."],
    applicability="unsafe",
)

_PREPS = frozenset({"on", "for", "to"})
_CANDIDATE = re.compile(r"^\W{0,3}(?:On|For|To)\s+(?!date\b|this\b|that\b|these\b|those\b|it\b|them\b|average\b|"
                        r"example\b|instance\b|now\b|top\b|the\s+(?:first|second|third|last|next)\s)"
                        r"[^,;:?!]{3,120}\s(?:spent|spends|spend|allocated|allocates|allocate|paid|pays|"
                        r"[a-z]+(?:ed|s)|gave|sent|put|will|has|have|had)\b")
_SUM_WORDS = frozenset({"money", "funds", "fund", "sum", "sums", "million", "millions", "billion", "billions",
                        "thousand", "thousands", "rouble", "roubles", "ruble", "rubles", "dollar", "dollars",
                        "euro", "euros", "budget", "half", "third", "quarter", "percent", "part"})
_TIME = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "season",
                   "period", "decade", "decades", "century", "time", "times", "moment", "night", "morning",
                   "evening", "weekend", "half", "occasion", "whole", "part", "most", "first", "rest",
                   "average", "record", "end", "start", "beginning"})
# verbs that read a fronted "for" as a reason or a price, which English fronts as well
_REWARD_VERBS = frozenset({"receive", "get", "earn", "win", "gain", "obtain", "make", "pay", "charge", "face",
                           "fine", "award", "thank", "owe", "sell", "buy"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "left", "right", "side", "surprise", "end", "extent",
                         "point", "degree", "contrary", "credit", "benefit", "date"})


class FrontedComplementDetector:
    name = "calques-fronted-complement"
    rules = (FRONTED_COMPLEMENT,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        for parsed in parsed_candidates(doc, ctx, _candidate):
            hit = _fronted_complement(parsed.doc)
            if hit is None:
                continue
            prep, subj, verb, obj = hit
            last = _last_word(obj)
            start, end = parsed.offset(prep.left_edge), parsed.end_offset(last)
            phrase = doc.text[start:end]
            new = _reordered(parsed, prep, subj, last)
            fix = Fix.replace(start, end, new, Applicability.UNSAFE, "put the phrase after the object") if new else None
            yield FRONTED_COMPLEMENT.finding(
                doc, start, end,
                f"“{phrase}” opens with the phrase its verb governs, in Russian order (на ремонт "
                f"школа потратила 3 млн); English puts it after the object"
                + (f": “{new}”" if new else " (“the school spent 3 million roubles on the repair”)"),
                fix=fix)


def _candidate(sentence: str) -> bool:
    text = sentence.strip()
    return text.endswith(".") and len(text.split()) >= 6 and bool(_CANDIDATE.match(text))


def _classes(token) -> frozenset[str]:
    from mtaudit.detectors.calques_inverted_subject import _noun_class
    return _noun_class(token)


def _is_sum(obj) -> bool:
    words = {t.lower_ for t in obj.subtree} | {obj.lemma_.lower()}
    return obj.lower_ in _SUM_WORDS or any(t.like_num for t in obj.subtree) or bool(words & {"money", "funds"})


def _fronted_complement(sent):
    """(preposition, subject, verb, object) of "On the repair the school spent 3 million roubles"."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in _PREPS or first.dep_ != "prep":
        return None
    verb = first.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < first.i or not (
            verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)):
        return None  # a main verb, or the first of two clauses joined by a comma (read as a complement)
    pobj = [c for c in first.children if c.dep_ == "pobj"]
    if len(pobj) != 1 or pobj[0].pos_ != "NOUN":
        return None
    noun = pobj[0]
    if noun.lower_ in _TIME | _DIRECTIONS or noun.lemma_.lower() in _TIME | _DIRECTIONS:
        return None
    if noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "PERSON", "NORP", "CARDINAL", "ORDINAL"):
        return None
    if any(c.dep_ in ("nummod",) or c.lower_ in ("first", "last", "next", "same") for c in noun.children):
        return None
    cls = _classes(noun)
    if "doer" in cls or "cause" in cls:
        return None  # "For the residents the city …": a person is a beneficiary English fronts too
    end = first.right_edge.i
    kids = list(verb.children)
    subj = [c for c in kids if c.dep_ == "nsubj" and c.i > end and c.i < verb.i]
    objs = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
    if len(subj) != 1 or len(objs) != 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[end + 1:verb.i]):
        return None
    if any(c.dep_ in ("dative", "ccomp", "xcomp", "oprd", "neg") for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ == first.lower_ and c.i > verb.i for c in kids):
        return None  # "On Monday the council spent two hours on the budget": the verb has its own
    obj = objs[0]
    if first.lower_ in ("on", "for") and not _is_sum(obj):
        return None
    if first.lower_ == "for" and verb.lemma_.lower() in _REWARD_VERBS:
        return None  # "For his work the actor received a prize": a reason, fronted in English too
    if first.lower_ == "to" and obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return first, subj[0], verb, obj


def _last_word(obj):
    """The object's last word, a trailing comma or stop left out."""
    last = obj.right_edge
    while last.i > obj.i and last.is_punct:
        last = last.nbor(-1)
    return last


def _reordered(parsed, prep, subj, last) -> str | None:
    """"the school spent 3 million roubles on the repair": when the subject's phrase follows the
    fronted phrase and the verb group and object follow the subject with nothing in between."""
    doc = parsed.doc
    if subj.left_edge.i != prep.right_edge.i + 1 or (last.i + 1 < len(doc) and not doc[last.i + 1].is_punct):
        return None
    head = doc[prep.left_edge.i:prep.right_edge.i + 1].text
    rest = doc[subj.left_edge.i:last.i + 1].text
    if not rest:
        return None
    head = head[0].lower() + head[1:]
    return rest[0].upper() + rest[1:] + " " + head
DETECTOR = FrontedComplementDetector()
