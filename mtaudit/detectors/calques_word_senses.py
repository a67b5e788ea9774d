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

MT2822 asks the language model about the same table: an entry with an `lm` word (sediments →
precipitation, cultures → crops, tribunes → stands) is tried where no cue showed the Russian
sense; the sentence is scored as written and with that word in the literal's place, and a large
gain flags it. `spare`, `not_near` and `require` keep the native senses quiet as they do for the
rule; without the model MT2822 is silent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from mtaudit.core.yamlsafe import load_data
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.calques_collocations import flags_span as collocation_flags
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.rules.model import Example, rule
from mtaudit.rules.safety import checked_pattern
from mtaudit.text.lexicon import one_or_many
from mtaudit.text.english_words import lemmas_by_pos

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
    lm: str | None = None  # the English word the language-model check (MT2822) tries in its place

    @property
    def fixable(self) -> bool:
        return " | " not in self.english

    @property
    def bare(self) -> bool:
        """No context is listed: the literal is a calque wherever it stands ("feldsher")."""
        return self.before is None and self.after is None and self.near is None


def _compile(source: str | None, where: str) -> regex.Pattern | None:
    return checked_pattern(source, f"{DATA_FILE}: {where}", _FLAGS)


@lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    data = load_data(resources.files("mtaudit.data").joinpath(DATA_FILE).read_text(encoding="utf-8"))
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
            lm=item.get("lm"),
        ))
    return tuple(out)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 600)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    return s, (m.end() if m else min(len(text), end + 600))


def _plural(english: str) -> str:
    """The plural of the sense's English, which may be plural already (“authorities”: no
    “authoritieses”): lemminflect knows the last word as a noun whose lemma it is not."""
    last = english.rsplit(" ", 1)[-1].lower()
    nouns = (lemmas_by_pos(last) or {}).get("NOUN")
    if nouns and last not in nouns:
        return english
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
        if not _may_be_russian_sense(sense, text, start, end):
            return None
        w0, w1 = _window(sense, text, start, end)
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
        text = doc.text  # a text with no entry's literals yields no candidate from the table
        seen: list[tuple[int, int]] = []
        entries = senses()
        for i, m in word_table().matches(text):
            sense = entries[i]
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
            if collocation_flags(text, start, end):
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


@lru_cache(maxsize=1)
def word_table() -> PatternTable:
    """The senses' word patterns with the literals each needs (detectors/pattern_table.py): a
    word is looked for only where its literals occur, not at every position of the text."""
    return PatternTable("word-senses", [sense.word for sense in senses()],
                        (resources.files("mtaudit.data").joinpath(DATA_FILE).read_bytes(),))


def _window(sense: Sense, text: str, start: int, end: int) -> tuple[int, int]:
    if sense.window is None:
        return _sentence(text, start, end)
    return max(0, start - sense.window), min(len(text), end + sense.window)


def _may_be_russian_sense(sense: Sense, text: str, start: int, end: int) -> bool:
    """False when a native look-alike (`spare`), the native topic (`not_near`) or a missing
    `require` rules the Russian sense out, whatever the cues say."""
    s0, s1 = _sentence(text, start, end)
    if sense.spare is not None and any(m.start() < end and start < m.end()
                                       for m in sense.spare.finditer(text, s0, s1)):
        return False
    if sense.not_near is not None and sense.not_near.search(
            text, max(0, start - 300), min(len(text), end + 300)):
        return False
    w0, w1 = _window(sense, text, start, end)
    return sense.require is None or bool(sense.require.search(text, w0, w1))


_NAME_BEFORE = regex.compile(r"(?-i:\p{Lu}[\w'’-]*)\s+$")


def _in_a_name(text: str, start: int) -> bool:
    """A capitalised word after a capitalised word is part of a name ("the Zemsky Feldsher
    programme", "Republican Dental Polyclinic"), not running text."""
    return text[start:start + 1].isupper() and bool(_NAME_BEFORE.search(text, max(0, start - 40), start))


DETECTOR = WordSenseDetector()


# -- MT2822: the same table, asked of the language model ------------------------------------------

LM_SENSE_MARGIN = 5.0  # nats the sentence must gain when the English word stands in the literal's place

_LM = (("lm", "shipped"),)  # the examples run with the shipped language model

WORD_SENSE_LM = rule(
    "MT2822", "russian-word-sense-lm", "calque",
    summary="“the frost damaged cultures”, “heavy sediments are expected”: a "
            "Russian wide-sense word by its dictionary equivalent where no listed cue shows it "
            "(language-model check)",
    why="MT2821 flags a literal of mtaudit/data/calque_word_senses.yaml only where a listed cue "
        "shows the Russian sense; real text shows it in ways no list names (“the frost damaged "
        "cultures in 30 districts”). For an entry with an `lm` word, the sentence is scored as "
        "written and with that word in the literal's place (cultures → crops, sediments → "
        "precipitation); when the English word makes the sentence far more probable, the literal "
        "is the calque. The entry's native look-alikes, topic and requirements still keep it "
        "quiet. Without the language model this rule is silent.",
    confidence="possible",
    bad=[Example("Heavy sediments are expected on Friday across the region.", settings=_LM),
         Example("Farmers reported heavy losses after the frost damaged cultures in 30 districts.",
                 settings=_LM)],
    good=[Example("The river carries sediments to the sea.", settings=_LM),
          Example("Ancient cultures flourished along the river.", settings=_LM),
          Example("She bought a new carpet for the living room.", settings=_LM)],
    applicability="unsafe",
)


@lru_cache(maxsize=1)
def _lm_senses() -> tuple[Sense, ...]:
    return tuple(s for s in senses() if s.lm)


@lru_cache(maxsize=1)
def _lm_literals() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{s.word.pattern})" for s in _lm_senses()), _FLAGS)


class WordSenseLMDetector:
    name = "calques-word-senses-lm"
    rules = (WORD_SENSE_LM,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        lm = getattr(ctx, "language_model", None)  # without the model nothing here runs
        if lm is None or not _lm_senses() or not _lm_literals().search(text):
            return
        quotes = [q.outer for q in doc.quotes]
        rules_only = DETECTOR
        seen: list[tuple[int, int]] = []
        trials = []
        for sense in _lm_senses():
            for m in sense.word.finditer(text):
                start, end = m.start(), m.end()
                if any(s < end and start < e for s, e in seen) or _in_a_name(text, start):
                    continue
                if any(q.start <= start < q.end for q in quotes):
                    continue
                if not _may_be_russian_sense(sense, text, start, end):
                    continue
                if sense.bare or rules_only._holds(sense, text, start, end) is not None:
                    continue  # MT2821 flags it (or a bare literal): the rule has said it
                s0, s1 = _sentence(text, start, end)
                written = m.group(0)
                one, _, many = sense.lm.partition("|")  # "stand|stands"; the plural by rule when not given
                word = (many or (one if _is_plural(one) else _plural(one))) if _is_plural(written) else one
                if written[:1].isupper():
                    word = word[:1].upper() + word[1:]
                sentence = text[s0:s1].strip()
                offset = s0 + (len(text[s0:s1]) - len(text[s0:s1].lstrip()))
                rel = start - offset
                if rel < 0 or rel + len(written) > len(sentence):
                    continue
                repaired = sentence[:rel] + word + sentence[rel + len(written):]
                seen.append((start, end))
                trials.append((start, end, sense, word, sentence, repaired))
        if not trials:
            return
        scores = lm.logprobs([x for t in trials for x in t[4:6]])
        for k, (start, end, sense, word, _, _) in enumerate(trials):
            if scores[2 * k + 1] - scores[2 * k] <= LM_SENSE_MARGIN:
                continue
            if collocation_flags(text, start, end):
                continue
            phrase = text[start:end]
            yield WORD_SENSE_LM.finding(
                doc, start, end,
                f"“{phrase}” renders “{sense.ru}” by its dictionary word; the language model reads "
                f"“{word}” as what is meant here",
                fix=Fix.replace(start, end, word, Applicability.UNSAFE, f"say “{word}”"))


LM_DETECTOR = WordSenseLMDetector()
