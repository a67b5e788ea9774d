"""Russian wide-sense words rendered by their first dictionary equivalent (MT2821), kept as data.

A Russian noun or adjective with a wide sense (объект, техника, состав, рейс, хозяйство, пункт,
источник, горн, встреча, полигон, бригада, кабинет, ...) is rendered by the English word that
is right only in another sense: "sports object" (a facility), "snow-clearing technique"
(machinery), "the composition" of a funicular (the car), a boat's "flight" (trip), "peasant
farm economy" (a farm), "geothermal source" (a spring), a blacksmith's "horn" (forge), "the
meeting ended 3:1" (the match). The English word is fine in its own sense ("the object of the
game", "a new technique", "the composition of the board", "a flight to Moscow", "the economy
grew", "the source said", "a meeting with the mayor", "the horn sounded"), so what decides is
the CONTEXT that shows the Russian sense: a field's relational adjective before the word, what
follows it, or the topic of the sentence or the passage.

One mechanism over one table (mtaudit/data/calque_word_senses.yaml): each entry gives the
English literal, the Russian it renders, the contexts that show the Russian sense (`before`,
`after`, `near`), the conditions that must also hold (`require`, `not_near`), the native
look-alikes to spare (`spare`), and what English says (a fix when one phrase). Modifier classes
(a field's relational adjectives, machinery kinds) are written once under `classes` and shared.
A span that a collocation of MT2820 already flags is left to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
import yaml

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.rules.safety import catastrophic_problem
from mtaudit.text.lexicon import one_or_many

WORD_SENSE = rule(
    "MT2821", "russian-word-sense", "calque",
    summary="“sports object”, “snow-clearing technique”, a boat’s “flight”, “peasant farm economy”, "
            "“geothermal source”: a Russian wide-sense word by its first dictionary equivalent",
    why="Russian objekt, tekhnika, sostav, reis, khozyaistvo, punkt, istochnik name a facility, "
        "machinery, a train, a trip, a farm, a post, a spring; MT gives the dictionary's first "
        "English word (object, technique, composition, flight, economy, point, source), which "
        "English uses only in another sense. The family is data: "
        "mtaudit/data/calque_word_senses.yaml lists each word with the context that shows its "
        "Russian sense and the native look-alikes it spares.",
    confidence="likely",
    bad=["The sports object cost 312 million roubles.",
         "Among the new snow-clearing technique are 18 rotary snow blowers.",
         "The farm belongs to the peasant farm economy of Yelena Kravets.",
         "A new feldsher-obstetric point has opened in the village."],
    good=["The object of the game is to score more points.",
          "Surgeons used a new technique for stitching the artery.",
          "The rural economy grew by 3 percent.",
          "The medical staff point out that the post is closed."],
)

DATA_FILE = "calque_word_senses.yaml"
_FLAGS = regex.IGNORECASE
_CLASS = regex.compile(r"\{([A-Z_]+)\}")
_SENTENCE_END = regex.compile(r"[.!?][\"'”’»)]*(?=\s)|\n")


@dataclass(frozen=True)
class Sense:
    """One entry of the data file, compiled."""
    ru: str
    word: regex.Pattern
    english: str
    plural: str | None
    before: regex.Pattern | None
    after: regex.Pattern | None
    near: regex.Pattern | None
    require: regex.Pattern | None
    not_near: regex.Pattern | None
    spare: regex.Pattern | None
    absorb: regex.Pattern | None
    window: int | None  # None: the sentence
    bads: tuple[str, ...]
    quiets: tuple[str, ...]

    @property
    def fixable(self) -> bool:
        return " | " not in self.english

    @property
    def bare(self) -> bool:
        """No context is listed: the literal is a calque wherever it stands ("feldsher")."""
        return self.before is None and self.after is None and self.near is None


def _compile(source: str | None, where: str) -> regex.Pattern | None:
    if not source:
        return None
    problem = catastrophic_problem(source)
    if problem:
        raise ValueError(f"{DATA_FILE}: {where}: {problem}")
    return regex.compile(source, _FLAGS)


@lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    data = yaml.safe_load(resources.files("mtaudit.data").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    classes: dict[str, str] = data.get("classes") or {}

    def expand(text: str | None) -> str | None:
        if not text:
            return None
        return _CLASS.sub(lambda m: f"(?:{classes[m.group(1)]})", text)

    out = []
    for item in data["senses"]:
        ru = item["ru"]
        before = expand(item.get("before"))
        absorb = expand(item.get("absorb"))
        window = item.get("window")
        out.append(Sense(
            ru=ru,
            word=_compile(rf"(?<![\w'’-])(?:{item['word']})(?![\w-])", ru),
            english=item["english"],
            plural=item.get("plural"),
            # the modifier right before the word; "sports and recreation object" counts too
            before=_compile(rf"(?<![\w'’-])(?:{before})(?:\s*(?:,|and|or|&)\s+[\w'’-]+)?[\s-]+$", ru)
            if before else None,
            after=_compile(rf"(?:{expand(item['after'])})", ru) if item.get("after") else None,
            near=_compile(rf"(?<![\w-])(?:{expand(item['near'])})(?![\w-])", ru) if item.get("near") else None,
            require=_compile(rf"(?<![\w-])(?:{expand(item['require'])})(?![\w-])", ru)
            if item.get("require") else None,
            not_near=_compile(rf"(?<![\w-])(?:{expand(item['not_near'])})(?![\w-])", ru)
            if item.get("not_near") else None,
            spare=_compile(rf"(?<![\w-])(?:{expand(item['spare'])})(?![\w-])", ru) if item.get("spare") else None,
            absorb=_compile(rf"(?<![\w'’-])(?:{absorb})\s+$", ru) if absorb else None,
            window=int(window) if window is not None else None,
            bads=one_or_many(item.get("bad")),
            quiets=one_or_many(item.get("quiet")),
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def _literal_words() -> regex.Pattern:
    """Any entry's literal: a text with none of them is skipped at once."""
    return regex.compile("|".join(f"(?:{s.word.pattern})" for s in senses()), _FLAGS)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 600)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    return s, (m.end() if m else min(len(text), end + 600))


def _plural(english: str) -> str:
    if english.endswith("y") and english[-2:-1] not in "aeiou":
        return english[:-1] + "ies"
    if english.endswith(("s", "sh", "ch", "x", "z")):
        return english + "es"
    return english + "s"


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) or w.endswith(("ies", "ia"))


class WordSenseDetector:
    name = "calques-word-senses"
    rules = (WORD_SENSE,)
    needs = frozenset()

    def _holds(self, sense: Sense, text: str, start: int, end: int) -> int | None:
        """None when the word is not a calque here; else where its span starts (the start of the
        field modifier that showed the sense, "feldsher-obstetric point", or the word's own)."""
        s0, s1 = _sentence(text, start, end)
        if sense.window is None:
            w0, w1 = s0, s1
        else:
            w0, w1 = max(0, start - sense.window), min(len(text), end + sense.window)
        if sense.spare is not None and any(m.start() < end and start < m.end()
                                           for m in sense.spare.finditer(text, s0, s1)):
            return None
        if sense.not_near is not None and sense.not_near.search(
                text, max(0, start - 300), min(len(text), end + 300)):
            return None
        if sense.require is not None and not sense.require.search(text, w0, w1):
            return None
        if sense.bare:
            return start
        if sense.before is not None:
            m = sense.before.search(text, max(s0, start - 80), start)
            if m:
                return m.start()
        if sense.after is not None and sense.after.match(text, end, s1):
            return start
        if sense.near is not None:
            for m in sense.near.finditer(text, w0, w1):
                if m.end() <= start or m.start() >= end:
                    return start
        return None

    def detect(self, doc, ctx):
        text = doc.text
        if not _literal_words().search(text):
            return
        seen: list[tuple[int, int]] = []
        for sense in senses():
            for m in sense.word.finditer(text):
                start, end = m.start(), m.end()
                if any(s < end and start < e for s, e in seen):
                    continue
                if _in_a_name(text, start):
                    continue
                span_start = self._holds(sense, text, start, end)
                if span_start is None:
                    continue
                kept = text[span_start:start]  # the field modifier, kept by the fix
                if sense.absorb is not None:
                    a = sense.absorb.search(text, max(0, start - 60), start)
                    if a:
                        span_start, kept = min(span_start, a.start()), ""
                start = span_start
                if _collocation_there(text, start, end):
                    continue
                seen.append((start, end))
                phrase = text[start:end]
                english = None
                if sense.fixable:
                    english = (sense.plural or _plural(sense.english)) if _is_plural(m.group(0)) \
                        else sense.english
                    english = kept + english
                    if phrase[:1].isupper() and english[:1].islower():
                        english = english[:1].upper() + english[1:]
                fix = (Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
                       if english else None)
                hint = english or sense.english.replace(" | ", "”, “")
                yield WORD_SENSE.finding(
                    doc, start, end,
                    f"“{phrase}” renders “{sense.ru}” by its dictionary word; English says “{hint}”",
                    fix=fix)


_NAME_BEFORE = regex.compile(r"(?-i:\p{Lu}[\w'’-]*)\s+$")


def _in_a_name(text: str, start: int) -> bool:
    """A capitalised word after a capitalised word is part of a name ("the Zemsky Feldsher
    programme", "Republican Dental Polyclinic"), not running text."""
    return text[start:start + 1].isupper() and bool(_NAME_BEFORE.search(text, max(0, start - 40), start))


def _collocation_there(text: str, start: int, end: int) -> bool:
    """An MT2820 collocation already flags this span (it is the wider, older entry)."""
    from mtaudit.detectors.calques_collocations import collocations

    lo, hi = max(0, start - 200), min(len(text), end + 200)
    for entry in collocations():
        for m in entry.pattern.finditer(text, lo, hi):
            if m.start() < end and start < m.end() and entry.in_context(text, m.start(), m.end()):
                return True
    return False


DETECTOR = WordSenseDetector()
