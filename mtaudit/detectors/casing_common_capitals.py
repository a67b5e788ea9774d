"""A common word capitalised alone in the middle of a sentence (MT416): “became the Central event
of the season”, “every Sunny moment”, “the General decline in the harvest”.

Russian MT carries capitals over from the source's headline case, from a programme's or an
event's name the translation broke up, or from nothing at all; English capitalises a word inside a
sentence only as a name or part of one. The candidates are read by shape and class, not by a list:
one capitalised word between two lower-case words (or before punctuation), outside title-case lines,
that English's dictionary holds in lower case and not as a proper entry (Russian, Soviet, Olympic
are proper entries), and that is not a person, group or title noun English house styles capitalise
when they mean one body (the Government, the Council, the President: WordNet's person and group
classes, data/bare_genitive_heads.tsv). The bundled language model then decides: the finding
stands when the sentence with the word in lower case is far more probable (CAPITAL_MARGIN nats);
a brand or a name English writes capitalised (Apple shares, said Brown) is more probable as
written. Without the model nothing here runs. Russian setting only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import Example, rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_proper_entry, lemmas_by_pos

_LM = (("lm", "shipped"),)  # the examples run with the shipped language model

COMMON_CAPITAL = rule(
    "MT416", "capitalised-common-word", "institution-casing",
    summary="A common word capitalised alone inside a sentence (“became the Central event of the "
            "season”); the language model decides",
    why="Russian MT carries capitals over from headline case or from a name it broke up; English "
        "capitalises a word inside a sentence only as a name, so a lone capital on a common word is "
        "an artifact when the sentence reads far better with it in lower case.",
    confidence="likely",
    bad=[Example("Samara, 4 May. The parade of old trams became the Central event of the city's "
                 "spring festival, the mayor's office said.", settings=_LM),
         Example("Vologda, 12 March. The district hospital gives Advisory help to the rural "
                 "clinics of the region, the regional health department said.", settings=_LM)],
    good=[Example("Samara, 4 May. The parade of old trams became the central event of the city's "
                  "spring festival, the mayor's office said.", settings=_LM),
          Example("Vologda, 12 March. Its shares, traded on the junior Aim market in London, rose "
                  "after the plant opened.", settings=_LM)],
    applicability="safe",
)

CAPITAL_MARGIN = 5.0  # nats the sentence must gain with the word in lower case
# four letters at least: British styles write a pronounceable acronym in title case ("Nato", "the
# junior Aim market"), and a three-letter capital is as often a short proper name ("the Tay")
_CANDIDATE = re.compile(r"(?<=[a-z,] )(?<![.!?:;] )([A-Z][a-z]{3,})(?=[ ][a-z]|[,.;:!?)])")
_BEFORE = re.compile(r"(?:^|[\s(“\"«])([A-Za-z’'-]+)[, ]*$")
# a name's run across a function word: "Fish and Game", "Severe to Extreme Heatwave"
_RUN_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ ]+(?:and|of|for|to|&|the|de|on|in)[ ]+$")
_RUN_AFTER = re.compile(r"[ ]+(?:and|of|for|to|&|the|de|on|in)[ ]+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][”\"»)]*\s+|\n\s*\n?")


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    """Person and group nouns (the Government, the President): house styles capitalise them."""
    return frozenset(row[0] for row in lexicon.rows("bare_genitive_heads.tsv")
                     if len(row) == 2 and row[1] in ("person", "group"))


def _singular(word: str) -> str:
    for plural, singular in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[:-len(plural)] + singular
    return word


def _common(word: str) -> bool:
    low = word.lower()
    if not is_common_word(low) or is_proper_entry(word):
        return False
    bodies = _bodies()
    return low not in bodies and _singular(low) not in bodies


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
TITLE_CASE_SHARE = 0.5  # a line with more capitalised words than this is title case: its capitals are layout


def _title_case_line(text: str, start: int, seen: dict) -> bool:
    """Whether the line holding `start` is in title case. A headline in sentence case ("The athletics
    Championship gathered 300 runners") keeps its capitals meaningful, so only title case is skipped."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    key = (lo, hi)
    if key not in seen:
        words = _WORD.findall(text[lo:len(text) if hi < 0 else hi])
        seen[key] = bool(words) and sum(w[0].isupper() for w in words) / len(words) > TITLE_CASE_SHARE
    return seen[key]


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last final".split())
_CLASS_BEFORE = re.compile(r"(?:^|[\s(])(?:the|a|an|its|his|her|their|our|this|that)[ ]+([a-z]+)[ ]+$")


def _named_by_its_class(text: str, start: int) -> bool:
    """A name set after the noun of its class, "the messenger Signal", "the ship Victory": a
    determiner, a noun and then the capital is an apposition, the capital a name."""
    m = _CLASS_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    pos = lemmas_by_pos(m.group(1)) or {}
    return "NOUN" in pos and set(pos) <= {"NOUN", "VERB"}


def candidates(text: str):
    """(start, end, word) of lone capitalised common words inside sentences."""
    seen: dict = {}
    for m in _CANDIDATE.finditer(text):
        word = m.group(1)
        start, end = m.start(1), m.end(1)
        prev = _BEFORE.search(text, max(0, start - 40), start)
        if not prev or not prev.group(1)[:1].islower():
            continue  # after a capital, a quote or a bracket: a name's part or a sentence's start
        if not _common(word):
            continue
        if _RUN_BEFORE.search(text, max(0, start - 40), start) or _RUN_AFTER.match(text, end):
            continue  # one word of a name that runs across a function word
        if _named_by_its_class(text, start) or prev.group(1).lower() in _ORDINALS:
            continue  # "the messenger Signal"; "her third Group race", "the second Test": a class's name
        if prev.group(1) == "the" and text[end:end + 1] in ",.;:!?)":
            continue  # "in the City.", "of the Test,": one thing's short name closing the phrase
        if _title_case_line(text, start, seen):
            continue
        yield start, end, word


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 400)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    return s, (m.start() + 1 if m else min(len(text), end + 400))


def trials(text: str):
    """(start, end, word, written sentence, the sentence with the word in lower case)."""
    for start, end, word in candidates(text):
        s0, s1 = _sentence(text, start, end)
        sentence = text[s0:s1]
        rel = start - s0
        lowered = sentence[:rel] + word.lower() + sentence[rel + len(word):]
        yield start, end, word, sentence.strip(), lowered.strip()


class CommonCapitalDetector:
    name = "capitalised-common-word"
    rules = (COMMON_CAPITAL,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        from mtaudit.detectors.russian_setting import near_russia

        lm = getattr(ctx, "language_model", None)  # without the model nothing here runs
        if lm is None:
            return
        found = list(trials(doc.text))
        if not found or not near_russia(doc, ctx):
            return
        quotes = [q.outer for q in doc.quotes]
        found = [t for t in found if not any(q.start <= t[0] < q.end for q in quotes)]
        if not found:
            return
        scores = lm.logprobs([x for t in found for x in t[3:5]])
        for k, (start, end, word, _, _) in enumerate(found):
            if scores[2 * k + 1] - scores[2 * k] <= CAPITAL_MARGIN:
                continue
            low = word.lower()
            yield COMMON_CAPITAL.finding(
                doc, start, end,
                f"“{word}” is a common word capitalised inside a sentence; English writes “{low}”",
                fix=Fix.replace(start, end, low, Applicability.SAFE, f"write “{low}”"))


DETECTOR = CommonCapitalDetector()
