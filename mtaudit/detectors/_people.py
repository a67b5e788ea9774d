"""Person mentions for the pronoun and casing detectors: first names, titles, glossary people.

Shared here so "who is a person" is decided one way. Knowledge is data
(first_names_*.txt, titles.txt); the glossary is used when its module exists,
never required.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from mtaudit.text import lexicon
from mtaudit.text.views import CONCEPT_SPANS, INTRODUCED_SURNAMES

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})


_CAPITALISED = re.compile(r"\b[A-Z][a-z’'-]+")


def _surname_endings() -> list[tuple[str, str]]:
    return sorted(((e, cols[0]) for e, cols in lexicon.table("surname_gender_endings.tsv").items()),
                  key=lambda x: -len(x[0]))


def name_gender(phrase: str) -> str:
    """"m"/"f" for the person a phrase names ("Irina Sokolova", "Galiev", "the director Oleg
    Rudnev"), "" when it does not tell: a first name of known sex, else the sex a Russian surname's
    ending agrees with (surname_gender_endings.tsv) on the phrase's last capitalised word."""
    words = _CAPITALISED.findall(phrase)
    names = lexicon.first_names()
    for w in words:
        if names.get(w):
            return names[w]
    if words and len(words[-1]) >= 4 and words[-1] not in names:
        low = words[-1].casefold()
        return next((g for e, g in _surname_endings() if low.endswith(e)), "")
    return ""


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    gender: str  # "m", "f" or "" when unknown
    cue: str     # the first name or title that marks it as a person


def person_mentions(text: str, start: int, end: int, known=()) -> list[PersonMention]:
    """Person phrases in text[start:end], in order: "Michael Rogers", "the head of the NSA",
    "President Putin", and spans the glossary knows as people (`known`)."""
    names, heads = lexicon.first_names(), lexicon.person_heads()
    common = lexicon.folded_words("common_lowercase.txt")
    firms = lexicon.folded_words("employing_nouns.txt")  # "Hollis Creamery" is a firm
    words = list(_WORD.finditer(text, start, end))
    found: list[PersonMention] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) and _adjacent(text, w, words[i + 1]) else None
        if w.group() in names and nxt and nxt.group().casefold() not in common \
                and nxt.group().casefold() not in firms:
            found.append(PersonMention(w.start(), nxt.end(), names[w.group()], w.group()))
            i += 2
            continue
        head = w.group().casefold()
        if head in heads and _is_title_use(text, words, i):
            j = _extend_title(text, words, i)
            gender, cue = heads[head], w.group()
            named = [x.group() for x in words[i + 1:j + 2] if x.group() in names]
            if not gender and named:  # "President ... Donald": the first name tells
                gender, cue = names[named[0]], named[0]
            if j + 1 < len(words) and words[j].group() in names and _adjacent(text, words[j], words[j + 1]):
                j += 1  # "... Donald trump": keep the surname, whatever its case
            if j > i and words[j].group().casefold() in firms and all(
                    x.group()[:1].isupper() and _adjacent(text, y, x) for y, x in zip(words[i:j], words[i + 1:j + 1])):
                i = j + 1  # "The Princess Alexandra Hospital Trust": a body named after a person
                continue
            found.append(PersonMention(w.start(), words[j].end(), gender, cue))
            i = j + 1
            continue
        i += 1
    covered = _Covered(found)
    for s, e in _known_between(known, start, end):
        if text[s:e].islower() and text[s:e] in common:
            continue  # the verb "may", never Theresa May: a glossary name in lower case that is
            # one of the function words a name is never taken for
        if start <= s and e <= end and not covered.holds(s):
            found.append(PersonMention(s, e, "", text[s:e]))
            covered.add(s, e)
    return sorted(found, key=lambda p: p.start)


class _Covered:
    """Is offset `s` inside a mention found so far? (`any(p.start <= s < p.end for p in
    found)`, which ran once per glossary span over every mention of the range: quadratic on a
    long range.) The word mentions are in order and do not overlap: a bisect. The glossary
    spans added after them usually come in order of start: the farthest end of those added
    answers; out of order, a scan of the added ones."""

    def __init__(self, found: list[PersonMention]) -> None:
        self.starts = [p.start for p in found]
        self.ends = [p.end for p in found]
        self.added: list[tuple[int, int]] = []
        self.last_start = -1
        self.far = -1
        self.ordered = True

    def holds(self, s: int) -> bool:
        k = bisect_right(self.starts, s) - 1
        if k >= 0 and s < self.ends[k]:
            return True
        if self.ordered and s >= self.last_start:
            return self.far > s  # every added span starts at or before s
        return any(a <= s < b for a, b in self.added)

    def add(self, s: int, e: int) -> None:
        self.added.append((s, e))
        self.ordered = self.ordered and s >= self.last_start
        self.last_start = max(self.last_start, s)
        self.far = max(self.far, e)


_KNOWN_INDEX: dict = {}  # id(known) -> (known, starts, spans by start with their order): a few lists


def _known_between(known, start: int, end: int):
    """The glossary person spans that may lie in [start, end], in `known`'s own order. A sentence
    is asked about thousands of times on a long text: bisection over an index built once per list
    keeps that linear (a scan of every span per sentence was quadratic)."""
    if not isinstance(known, list) or len(known) < 64:
        return known
    entry = _KNOWN_INDEX.get(id(known))
    if entry is None or entry[0] is not known or len(entry[2]) != len(known):
        order = sorted(range(len(known)), key=lambda i: known[i][0])
        entry = (known, [known[i][0] for i in order], [(i, known[i]) for i in order])
        if len(_KNOWN_INDEX) > 8:
            _KNOWN_INDEX.clear()
        _KNOWN_INDEX[id(known)] = entry
    _, starts, spans = entry
    lo, hi = bisect_left(starts, start), bisect_right(starts, end)
    return [span for _, span in sorted(spans[lo:hi])]


def _adjacent(text: str, a, b) -> bool:
    return text[a.end():b.start()] in (" ", "\u00a0")


def _is_title_use(text: str, words, i: int) -> bool:
    """"the head of", "President Putin", "Director of": a title used for a person."""
    w = words[i]
    before = words[i - 1].group().casefold() if i and text[words[i - 1].end():w.start()].strip() == "" else ""
    after = words[i + 1] if i + 1 < len(words) and _adjacent(text, w, words[i + 1]) else None
    if after and after.group()[0].isupper() and w.group()[0].isupper():
        return True
    return before in _DETERMINERS or (after is not None and after.group() == "of")


def _extend_title(text: str, words, i: int) -> int:
    """Index of the last word of a title phrase: "head of the United States", "President Putin"."""
    j = i
    if j + 1 < len(words) and _adjacent(text, words[j], words[j + 1]) and words[j + 1].group() == "of":
        k = j + 2
        if k < len(words) and words[k].group() in ("the", "The") and _adjacent(text, words[k - 1], words[k]):
            k += 1
        if k < len(words) and words[k].group()[0].isupper() and _adjacent(text, words[k - 1], words[k]):
            j = k
    while j + 1 < len(words) and _adjacent(text, words[j], words[j + 1]) and \
            words[j + 1].group()[0].isupper() and j - i < 6:
        j += 1
    return j


def glossary_spans(doc, ctx, types=("person",)) -> list[tuple[int, int]]:
    """Spans of glossary concepts of these types. On a glossary problem (which the glossary
    detector reports itself) the detectors fall back to their lexicons."""
    from mtaudit.glossary import matches

    try:

        glossary = ctx.glossary
        key = (tuple(types), getattr(glossary, "hash", id(glossary)))
        return doc.view(CONCEPT_SPANS, lambda: [(m.start, m.end) for m in matches(doc, glossary)
                                                if not types or getattr(m.concept, "type", None) in types], key)
    except ImportError:
        return []
    except Exception as exc:  # noqa: BLE001 - the glossary is an optional helper here
        ctx.warn(f"casing and pronoun checks ran without the glossary ({exc})")
        return []


_NAME_PAIR = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) ([A-Z][a-z]{3,})(?![\w’'-])")


def introduced_surnames(doc) -> frozenset[str]:
    """Capitalised surnames the text writes after a first name ("Marat Isengaliev"): the casing
    the text itself gives a name, which a later lowercase mention of it breaks. Built once per
    document (a view MT401 and MT605 share)."""
    def build() -> frozenset[str]:
        names = lexicon.first_names()
        return frozenset(m.group(2) for m in _NAME_PAIR.finditer(doc.text) if m.group(1) in names)
    return doc.view(INTRODUCED_SURNAMES, build)
