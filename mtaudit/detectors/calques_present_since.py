"""The present tense for an action that has lasted up to now: the Russian present (MT2631).

Russian says what has gone on since a time, or for a stretch until now, in the present tense:
"Станция кольцует птиц с 1956 года" (the station rings birds since 1956), "Он работает здесь
уже 20 лет" (he works here already 20 years). MT keeps the tense: "The station conducts the
ringing of birds since 1956", "He works here for 20 years already". English needs the perfect:
"has been ringing birds since 1956", "has worked here for 20 years".

Read from the parse of the few sentences with "since" + a time, or "for" + a count of years and
"already"/"now": the verb the adjunct belongs to is a present simple (VBZ, VBP, not a form of
"be") or a present continuous ("is working"), with no "have" of a perfect. The "since" phrase
hangs on the verb, or on the verb's object after it ("conducts the ringing of birds since
1956"); its object is a time: a year, a date, a month, a season, "the age of six", "childhood",
"the beginning of …" (never "then"/"that"), and "since" is no conjunction ("Since it opens at
nine, …": a clause). Spared: the perfect ("has lived there since 1990", "has been"), "ever
since", the comparisons of a record that news writes in the present ("the highest since 2008",
"the first loss since 2009", "the only … since", "for the first time since"), a span of time
before "since" ("marks 50 years since 1974"), "be" ("shares are up 20% since January").

The fix, where lemminflect is installed: the present perfect ("has conducted", "has been
working").
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._candidates import parsed_candidates
from mtaudit.rules.model import rule

PRESENT_SINCE = rule(
    "MT2631", "present-for-since", "calque",
    summary="“The station conducts the ringing of birds since 1956”, “He works here for 20 years "
            "already”: the present tense for an action lasting up to now (Russian present)",
    why="Russian uses the present for what has gone on since a time or for a stretch until now "
        "(кольцует птиц с 1956 года; работает здесь уже 20 лет); MT keeps the tense. English uses "
        "the present perfect: “has been ringing birds since 1956”, “has worked here for 20 years”.",
    confidence="likely",
    bad=["The biological station conducts the ringing of birds since 1956.",
         "The museum collects old radios since the beginning of the 1990s.",
         "Ivanova works at the school since 1987.",
         "The family is keeping bees since 2004.",
         "He leads the choir for 15 years already.",
         "Since 2010 the plant produces tiles for the whole region."],
    good=["The station has been ringing birds since 1956.",
          "She has lived in the village since 1990.",
          "Since it opens at nine, visitors queue early.",
          "Inflation rises at its fastest pace since 2008.",
          "The company posts its first loss since 2009.",
          "Today marks 50 years since the dam was built.",
          "The whole theatre world is celebrating 150 years since the birth of the director.",
          "Shares are up 20% since January.",
          "He works there now, and has done ever since 2001.",
          "Since then the choir was disbanded.",
          "Figures since 2010 show a steady rise.",
          "The contract runs for ten years.",
          "It is the warmest April since 1990 in the city.",
          "Since 1 March, supplies through the old pipeline have been halted."],
    applicability="unsafe",
)

_CANDIDATE = re.compile(
    r"\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)?(?:\d|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|spring|summer|autumn|winter|age|beginning|start|end|middle|"
    r"childhood|birth|times|Soviet|last|school|university|days|morning|evening|yesterday)"
    r"|\bfor\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|many|"
    r"several)\s+(?:years|decades|months|weeks)\s+(?:already|now)\b", re.IGNORECASE)
_TIME_HEADS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "spring", "summer", "autumn", "winter", "age", "beginning", "start", "end",
    "middle", "childhood", "birth", "times", "year", "years", "month", "week", "day", "days", "morning",
    "evening", "night", "yesterday", "school", "university", "era", "century", "decade", "season",
    "1990s", "2000s", "1980s", "1970s", "1960s", "1950s", "2010s"})
_DURATIONS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "decade",
                        "decades", "hour", "hours", "anniversary", "time", "times", "century", "centuries"})
# what makes "since" a record's measure: "the highest since 2008", "the first since", "the only"
_RECORD_WORDS = frozenset({"first", "last", "only", "time", "ever", "record", "since"})
_RECORD_TAGS = frozenset({"JJS", "RBS"})


class PresentSinceDetector:
    name = "calques-present-since"
    rules = (PRESENT_SINCE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        for parsed in parsed_candidates(doc, ctx, _candidate):
            for first, last, group, replacement in _hits(parsed.doc):
                start, end = parsed.offset(first), parsed.end_offset(last)
                fix = None
                if replacement:
                    g0, g1 = parsed.offset(group[0]), parsed.end_offset(group[-1])
                    fix = Fix.replace(g0, g1, replacement, Applicability.UNSAFE, f"write “{replacement}”")
                yield PRESENT_SINCE.finding(
                    doc, start, end,
                    f"“{doc.text[start:end]}” uses the present for what has lasted up to now: the Russian "
                    f"present (работает с 1987 года); English uses the present perfect (“has worked "
                    f"since 1987”)", fix=fix)


def _candidate(sentence: str) -> bool:
    return "?" not in sentence and _CANDIDATE.search(sentence) is not None


def _hits(sent):
    for prep in sent:
        if prep.lower_ == "since" and prep.dep_ == "prep":
            if prep.i and sent[prep.i - 1].lower_ == "ever":
                continue
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objs) != 1 or not _time(objs[0]):
                continue
        elif prep.lower_ == "for" and prep.dep_ == "prep":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objs) != 1 or objs[0].lower_ not in _DURATIONS or not any(
                    c.dep_ == "nummod" or c.lower_ in ("many", "several") for c in objs[0].children):
                continue
            after = sent[objs[0].i + 1] if objs[0].i + 1 < len(sent) else None
            if after is None or after.lower_ not in ("already", "now"):
                continue
        else:
            continue
        verb = _verb_of(prep)
        if verb is None:
            continue
        group = _present_group(verb)
        if group is None or _record(sent, verb, prep):
            continue
        if any(c.dep_ == "dobj" and c.lower_ in _DURATIONS for c in verb.children):
            continue  # "is celebrating 150 years since the birth of …": the span is the object

        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if not subj:
            continue  # "Since January 1, supplies … have been stopped": the tagger's verb is a noun
        first = min(group[0], subj[0].left_edge, key=lambda t: t.i)
        if prep.i < first.i:
            first = prep
        last = max(prep.right_edge, verb, key=lambda t: t.i)
        if prep.lower_ == "for":
            last = sent[objs[0].i + 1]
        yield first, last, group, _perfect(group, verb)


def _time(obj) -> bool:
    """A year, a date, a month, a season, "the age of six", "the beginning of …"; not "then"."""
    if obj.like_num or obj.tag_ == "CD":
        return True
    return obj.lower_ in _TIME_HEADS or obj.lemma_.lower() in _TIME_HEADS


def _verb_of(prep):
    """The verb the phrase belongs to: its head, or the head of the object it hangs on when that
    object stands after the verb ("conducts the ringing of birds since 1956")."""
    head = prep.head
    path = []
    while head.pos_ not in ("VERB", "AUX"):
        if head.dep_ not in ("dobj", "pobj", "prep", "attr", "compound", "amod") or head.head is head:
            return None
        if head.lower_ in _DURATIONS:
            return None  # "50 years since 1974": a span, not the verb's adjunct
        path.append(head)
        head = head.head
    if any(t.i < head.i for t in path):
        return None  # "Figures since 2010 show …": the phrase belongs to a noun before the verb
    return head


def _present_group(verb):
    """[verb] for a present simple, [aux, verb] for a present continuous; None otherwise."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if verb.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in aux):
        return None
    if not aux and verb.tag_ in ("VBZ", "VBP") and verb.dep_ != "aux":
        return [verb]
    if verb.tag_ == "VBG" and len(aux) == 1 and aux[0].lower_ in ("is", "are", "am"):
        return [aux[0], verb]
    return None


def _record(sent, verb, prep) -> bool:
    """A record's measure ("its fastest pace since 2008", "the first loss since", "the only …"):
    a superlative or a word of first/last/only in the clause before "since"."""
    lo = min(verb.left_edge.i, prep.i)
    return any(t.tag_ in _RECORD_TAGS or t.lower_ in _RECORD_WORDS for t in sent[lo:prep.i])


def _perfect(group, verb) -> str | None:
    from mtaudit.detectors._speech_shift import _lemminflect

    li = _lemminflect()
    if li is None:
        return None
    plural = group[0].tag_ == "VBP" or group[0].lower_ in ("are", "am")
    have = "have" if plural else "has"
    if len(group) == 2:
        return f"{have} been {verb.text}"
    forms = li.getInflection(verb.lemma_.lower(), tag="VBN")
    return f"{have} {forms[0]}" if forms else None


DETECTOR = PresentSinceDetector()
