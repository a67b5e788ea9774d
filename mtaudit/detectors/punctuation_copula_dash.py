"""A dash standing for the verb "to be" between two noun phrases (MT517): "The Amur tiger – the
largest cat of the taiga.", "The patient – a 74-year-old resident of the district.".

Russian has no present-tense "to be" and writes a dash between a subject and a predicate noun
("Амурский тигр — самая крупная кошка"). MT keeps the dash, and English is left with a sentence
that has no verb at all. An English dash sets off an aside or an afterthought inside a clause
that has its own verb ("The winner – a girl of 12 – got the cup"); a sentence whose only link
between its two noun phrases is one dash is Russian grammar. So this reads the parse
(mtaudit.models.parser) of the few sentences that hold exactly one spaced dash: a noun phrase of
up to eight words before it, a noun or adjective after it, and no verb, auxiliary or modal
anywhere. MT514 has the shape with a figure after the dash ("depth — 6 m"); it is left to it.

Spared: datelines ("MOSCOW, 9 June – RIA Novosti."), headlines and lines without a final full
stop (titles, list items, captions), sentences with a verb that makes a clause anywhere (an English aside; a participle inside a
noun phrase, a relative clause on a noun after the dash ("— the shortage of milk fat, which appeared
after …"), a gerund subject ("Reindeer herding — the basis of …") and a second clause spliced on with
a comma and a pronoun (", they need …") do not count),
sentences shorter than four words, a dash before a figure (MT514's), a dash at a quotation
mark (a quotation's opening mark before the sentence is no bar), and a left side with a date or a
figure (a dateline, a timeline entry).
"""

from __future__ import annotations

import re

from mtaudit.core.types import Span
from mtaudit.rules.model import rule

COPULA_DASH = rule(
    "MT517", "copula-dash", "punctuation",
    summary="“The Amur tiger – the largest cat of the taiga.”: a dash standing for “is” between "
            "two noun phrases, the sentence left with no verb",
    why="Russian has no present-tense “to be” and writes a dash between a subject and its "
        "predicate noun (тигр — самая крупная кошка, пациентка — жительница района). MT keeps the "
        "dash, so the English sentence has no verb at all. English writes the verb (“The Amur "
        "tiger is the largest cat of the taiga”) or a colon in a heading; an English dash sets off "
        "an aside inside a clause that has its own verb.",
    confidence="likely",
    bad=["The Amur tiger – the largest wild cat of the Russian taiga.",
         "The patient – a 74-year-old resident of the Oboyan district.",
         "The main problem of the village — the broken road to the district centre.",
         "Children and pupils of music schools - free entry on both days.",
         "This – the largest harvest of buckwheat in the history of the district.",
         "The main reason for the rise — the shortage of milk fat, which appeared after farms cut their herds.",
         "The buyer – a company from Kazan that already owns two plants in the region.",
         "Reindeer herding — the basis of the life of the tundra villages.",
         "The oldest singer of the choir – 92-year-old Maria Semyonova, who worked in a field hospital.",
         "The new boilers – automatic, they need half the staff and burn less gas.",
         "The youngest – first-graders, for whom the tournament was the first one.",
         "“For the villagers each concert – a holiday. We sing for them every month,” she said."],
    good=["The Amur tiger is the largest wild cat of the Russian taiga.",
          "The winner – a 12-year-old girl from Omsk – received the cup from the mayor.",
          "The depth of the new pier — more than 6 m.",
          "MOSCOW, 9 June – RIA Novosti.",
          "Spartak – CSKA: the derby of the season",
          "It was a long night – and a cold one.",
          "The buyer – a company from Kazan that owns two plants – paid in cash.",
          "The old boilers were replaced – they needed twice the staff.",
          "“We were tired – but happy,” she said.",
          "The main reason for the rise was the shortage of milk fat, which appeared after farms cut their herds."],
)

# one spaced dash (en, em, or a hyphen between spaces)
_DASH = re.compile(r"[ \t][–—-][ \t]")
_MIN_WORDS = 4
_MAX_LEFT_WORDS = 8
# "MOSCOW, 9 June –", "SEATTLE (AP) —": a capitals-only place opening the sentence
_DATELINE = re.compile(r"^\W{0,3}[A-Z][A-Z.'-]{2,}(?:[ \t]+[A-Z][A-Z.'-]+)*[ \t]*(?:[,(]|$)")
# "Tuesday, 9 June –", "June 9, 2024 —": a date before the dash (a dateline or a timeline entry)
_DATE = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
# (an age before a person, "– 92-year-old Maria Semyonova", is no figure: the noun phrase names a person)
_FIGURE = re.compile(r"^\W{0,2}(?:(?:more|less)[ \t]+than|about|over|almost|nearly|up[ \t]+to|under|some)?[ \t]*"
                     r"(?!\d{1,3}[-‑](?:years?|months?)[-‑]old\b)[\d№#$€£₽]")
_QUOTES = "\"“”«»„"
_FINITE_TAGS = ("VBD", "VBP", "VBZ", "MD")


class CopulaDashDetector:
    name = "copula-dash"
    rules = (COPULA_DASH,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        todo = []
        for s in doc.body_sentences:
            split = _candidate(doc.text[s.start:s.end])
            if split is not None:
                todo.append((s, split))
        if not todo:
            return
        parses = ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s, _ in todo])
        for (s, dash), parsed in zip(todo, parses):
            cut = _splice(doc.text[s.start:s.end], dash)
            sent = [t for t in parsed.doc if t.idx < cut]
            dash_idx = next((t.i for t in sent if t.idx >= dash), len(sent))
            spared = _noun_clauses(sent, dash_idx) | _gerund_subject(sent, dash_idx)
            if any(_clause_verb(t) for t in sent if t.i not in spared):
                continue
            left = [t for t in sent if t.idx < dash and not t.is_punct]
            right = [t for t in sent if t.idx > dash and not t.is_punct]
            if not any(t.pos_ in ("NOUN", "PROPN") for t in left) and not _demonstrative(left) \
                    and not _nominal_adjective(left):
                continue
            if not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in right):
                continue
            words = [t for t in sent if not t.is_punct]
            start, end = parsed.offset(words[0]), parsed.end_offset(words[-1])
            head = doc.text[start:s.start + dash].strip()
            verb = "are" if _plural(left) else "is"
            yield COPULA_DASH.finding(
                doc, start, end,
                f"“{doc.text[start:end]}” has no verb: the dash stands where Russian leaves out "
                f"“is” (X — Y); English writes the verb (“{head} {verb} …”)")


def _noun_clauses(sent, dash_idx: int) -> set[int]:
    """The tokens of a relative or reduced clause that modifies a noun after the dash ("the shortage
    of milk fat, which appeared after …", "a company that already owns two plants"): its verb
    belongs to the noun phrase the dash introduces, not to the sentence, which still has none."""
    out: set[int] = set()
    for t in sent:
        if t.dep_ in ("relcl", "acl") and t.i > dash_idx and t.head.i > dash_idx and \
                t.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            out |= {x.i for x in t.subtree}
    return out


def _gerund_subject(sent, dash_idx: int) -> set[int]:
    """A gerund before the dash that the parse made the root, with the noun phrase after the dash as
    its appositive ("Reindeer herding — the basis of the life of the tundra"): a noun, not a verb."""
    if not any(t.dep_ == "appos" and t.i > dash_idx and t.head.i < dash_idx for t in sent):
        return set()
    return {t.i for t in sent if t.i < dash_idx and t.tag_ == "VBG" and t.dep_ == "ROOT"
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "prt", "ccomp", "xcomp") for c in t.children)}


def _plural(left) -> bool:
    """The subject before the dash is plural (its last noun: "The new boilers")."""
    nouns = [t for t in left if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and nouns[-1].tag_ in ("NNS", "NNPS")


# a comma splice after the predicate noun: "The new boilers – automatic, they need half the staff."
# (Russian joins two clauses with a comma; the second has its own subject pronoun and verb, which
# say nothing of the first)
_SPLICE = re.compile(r",[ \t]+(?:they|he|she|it|we|I|you)[ \t]+(?!who\b|which\b)[a-z]")


def _splice(sentence: str, dash: int) -> int:
    """Where the dash's clause ends: at a comma splice after the dash, else the sentence's end."""
    m = _SPLICE.search(sentence, dash)
    return m.start() if m else len(sentence)


def _nominal_adjective(left) -> bool:
    """"The oldest – eleventh-graders": an article and an adjective standing for a noun."""
    return 2 <= len(left) <= 3 and left[0].lower_ == "the" and left[-1].pos_ == "ADJ"


def _demonstrative(left) -> bool:
    """"This – the largest harvest in ten years.": Russian "Это — ..." with the dash for "is"."""
    return len(left) == 1 and left[0].lower_ in ("this", "that", "these", "those")


def _clause_verb(token) -> bool:
    """A verb that makes a clause: a finite verb or modal, an auxiliary, or any verb the parse
    makes the root or gives a subject. A participle or gerund inside a noun phrase ("a body
    crowned with a rounded head", "a plan to build") does not."""
    if token.tag_ in _FINITE_TAGS or token.pos_ == "AUX":
        return True
    if token.pos_ != "VERB" and not token.tag_.startswith("VB"):
        return False
    return token.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _candidate(sentence: str) -> int | None:
    """Regex only: the offset of the sentence's one spaced dash, when the sentence ends with a
    full stop, has a short noun phrase with no date before the dash and no figure right after it;
    else None."""
    text = sentence.rstrip()
    if not text.endswith(".") or len(text.split()) < _MIN_WORDS:
        return None
    dashes = list(_DASH.finditer(text))
    if len(dashes) != 1:
        return None
    dash = dashes[0]
    left, right = text[:dash.start()], text[dash.end():]
    words = left.split()
    if not words or len(words) > _MAX_LEFT_WORDS or ";" in left or ":" in left:
        return None
    if _DATELINE.match(left) or _DATE.search(left) or _FIGURE.match(right):
        return None
    around = text[max(0, dash.start() - 1):dash.end() + 1]
    opened = left.lstrip(" \t\"“«„")  # a sentence that opens a quotation: "“For us each concert – a holiday."
    if any(q in around for q in _QUOTES) or any(q in opened for q in _QUOTES):
        return None
    left = opened
    if not left[:1].isupper() and not left.lstrip("(\"“«")[:1].isupper():
        return None
    return dash.start() + 1


DETECTOR = CopulaDashDetector()
