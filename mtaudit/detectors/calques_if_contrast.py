"""A Russian contrast of two times rendered as a condition (MT2291): "If earlier the complaint was
considered a week, now it takes a day", "If in 2021 the airports served 111 million people, in
2022 — only 95 million", "If in 2025 180 old buses worked on the routes, then ...".

Russian sets two facts side by side with если ..., то (если раньше ..., то теперь; если в 2021
году ..., то в 2022-м): nothing is conditional, the clause states what was. MT writes "If", and
the English reader looks for a condition that is not there. English writes "Whereas", "While"
or two sentences: "A complaint used to take a week; now it takes a day". So this reads the if-
clause by the parse: it is about the past (a time before now opens it: earlier, previously,
before, formerly, in 2021, two years ago; or its verb is in the past tense with a year in it),
or it has no verb at all ("If in 2021 111 million people,"), and the main clause opens with the
other time (now, today, then, this year, in 2022, already). A real condition about the past
("If in 2019 you had told me, I would have laughed") has no such time after its comma, and a
verbless if-phrase without a figure or a date ("If in doubt, call") is English.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Span
from mtaudit.rules.model import rule

IF_CONTRAST = rule(
    "MT2291", "if-contrast", "calque",
    summary="“If earlier the complaint was considered a week, now …”: Russian если ..., то setting "
            "two times side by side, rendered as a condition",
    why="Russian contrasts two facts with если ..., то (если раньше ..., то теперь; если в 2021 году "
        "..., то в 2022-м); nothing is conditional. MT writes “If”, and English reads a condition. "
        "English writes “Whereas …”, “While …” or two sentences: “A complaint used to take a week; "
        "now it takes a day.”",
    confidence="likely",
    bad=["If earlier a complaint was considered for a week, now the answer comes in a day.",
         "If in 2021 the airports served 111 million people, in 2022 only 95 million.",
         "If previously the farm kept 200 cows, today there are over a thousand.",
         "If in 2019 only two buses ran on the route, then this year there are eight.",
         "If in Soviet times the plant employed 5,000 people, today only 600 work there."],
    good=["Whereas a complaint used to take a week, now the answer comes in a day.",
          "If in 2019 you had told me this, I would have laughed.",
          "If in doubt, call the hotline before you travel.",
          "If earlier efforts failed, this plan may still work.",
          "If the plant opens in 2026, then the town will get 300 jobs."],
)

_IF = re.compile(r"\b[Ii]f[ \t]+")
_COMMA = re.compile(r",[ \t]*(?:[—–-][ \t]*)?")
_MAX_CLAUSE = 200
# what opens the main clause: the other time, or "then"
_AFTER = re.compile(
    r"^(?:then\b|now\b|today\b|nowadays\b|currently\b|at[ \t]+present\b|these[ \t]+days\b|already\b|"
    r"this[ \t]+(?:year|season|month|summer|winter|spring|autumn)\b|(?:in|by)[ \t]+(?:\d{4}|the[ \t]+current)\b|"
    r"last[ \t]+year\b|at[ \t]+the[ \t]+moment\b|over[ \t]+the[ \t]+past\b)", re.IGNORECASE)
# a time before now that opens the if-clause
_BEFORE_NOW = frozenset({"earlier", "previously", "before", "formerly", "once", "initially"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_AGO = re.compile(r"^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+(?:years?|months?|decades?|weeks?)[ \t]+ago\b",
                  re.IGNORECASE)
# a period of the past that opens the clause: "in Soviet times", "in the past", "in the 1990s"
_PAST_PERIOD = re.compile(r"^(?:in|during)[ \t]+(?:Soviet[ \t]+times|the[ \t]+(?:past|Soviet[ \t]+era|(?:19|20)\d0s|nineties|eighties))\b",
                          re.IGNORECASE)
_FIGURE_OR_DATE = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|million|thousand|billion)\b", re.IGNORECASE)
_PAST_TAGS = ("VBD",)


class IfContrastDetector:
    name = "if-contrast"
    rules = (IF_CONTRAST,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        todo = []
        for s in doc.body_sentences:
            found = _candidate(text, s.start, s.end)
            if found:
                todo.append((s, found))
        if not todo:
            return
        parses = ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s, _ in todo])
        for (s, (start, comma, after)), parsed in zip(todo, parses):
            clause = text[start:comma]
            tokens = [t for t in parsed.doc if start <= parsed.offset(t) < comma]
            if len(tokens) < 4 or not _contrast(_IF.sub("", clause, count=1), tokens[1:]):
                continue
            shown = clause if len(clause) <= 70 else clause[:70] + "…"
            yield IF_CONTRAST.finding(
                doc, start, comma + 1,
                f"“{shown}, {after} …”: Russian если …, то setting two times side by side; nothing is "
                f"conditional. English writes “Whereas …”, “While …” or two sentences")


def _candidate(text: str, start: int, end: int):
    """Regex only: (start of "If", its comma, the word after) where the text after a comma of the
    if-clause opens with the other time; None when no comma does."""
    m = _IF.search(text, start, end)
    if m is None:
        return None
    limit = min(end, m.end() + _MAX_CLAUSE)
    for c in _COMMA.finditer(text, m.end(), limit):
        after = _AFTER.match(text[c.end():end])
        if after:
            return m.start(), c.start(), after.group(0)
    return None


def _contrast(clause: str, tokens) -> bool:
    """The if-clause states the past (a time before now opens it, or a past verb beside a year)
    or has no verb at all but a figure or a date."""
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    first = tokens[0]
    if first.lower_ in _BEFORE_NOW and first.pos_ in ("ADV", "ADP", "SCONJ") and \
            not (first.lower_ == "earlier" and first.dep_ == "amod"):
        return not any(t.lower_ in ("would", "will", "had") for t in verbs)
    if _AGO.match(clause) or _PAST_PERIOD.match(clause):
        return not any(t.lower_ in ("would", "will", "had") for t in verbs)
    if not verbs:
        return bool(_FIGURE_OR_DATE.search(clause))
    if _YEAR.search(clause) and any(t.tag_ in _PAST_TAGS for t in verbs):
        return not any(t.lower_ in ("would", "will", "had") for t in verbs)
    return False


DETECTOR = IfContrastDetector()
