"""Russian collocations rendered word for word (MT2820), a family kept as data.

Russian news is full of fixed verb–noun and noun–noun pairs whose words each have an English
equivalent while the pair does not: "войти в состав" (enter the composition of: join),
"оцениваться в" (is estimated in: at), "затронуть вопросы" (touch upon the questions of:
discuss), "аварийное жильё" (emergency housing: unsafe housing), "пройти лечение" (pass
treatment: undergo). MT renders both words and keeps the Russian pairing. No single rule
catches the kind; what is general is the mechanism: a list of constructions in
mtaudit/data/calque_collocations.yaml, grouped by theme, each with the Russian it renders, what
English says, a sentence it flags and a native look-alike it must leave alone.

A calque is written once with its content words as lemmas (`<enter> the composition of`);
every inflection (enters, entered, entering, will enter) comes from lemminflect's tables through
calque_collocation_forms.tsv, which scripts/build_collocation_forms.py generates (regular English
endings for a lemma not yet in it). The fix, when the English is one
phrase, inflects its verb like the calque's ("entered the composition of" -> "joined").
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from mtaudit.core import privatecache
from mtaudit.core.lazyregex import lazy
from mtaudit.core.yamlsafe import load_data
from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.rules.safety import catastrophic_problem
from mtaudit.text import lexicon
from mtaudit.text.lexicon import one_or_many, rows

COLLOCATION = rule(
    "MT2820", "russian-collocation", "calque",
    summary="“entered the composition of the fleet”, “is estimated in 4.5 billion years”, “passing "
            "treatment”, “resettled from emergency housing”: a Russian collocation word for word",
    why="Russian pairs words in fixed collocations (войти в состав, оцениваться в, проходить "
        "лечение, аварийное жильё); MT renders each word and keeps the pairing, which English "
        "does not use (join, estimated at, undergo treatment, unsafe housing). The family is "
        "data: mtaudit/data/calque_collocations.yaml lists the constructions with their native "
        "look-alikes.",
    confidence="likely",
    bad=["The new corvette entered the composition of the Pacific Fleet on Friday.",
         "The age of the find is estimated in 4.5 billion years.",
         "The injured miner is passing treatment in the regional hospital.",
         "Forty families were resettled from emergency housing this year."],
    good=["The company entered the Chinese market last year.",
          "The damage was estimated in 2019 at $5 million.",
          "The student passed a medical examination.",
          "The council opened emergency housing for flood victims."],
)

DATA_FILE = "calque_collocations.yaml"
FORMS_FILE = "calque_collocation_forms.tsv"
_LEMMA = regex.compile(r"(?<!\?P)<([a-z]+)>")  # not a named group "(?P<span>"
_PASSIVE_BEFORE = regex.compile(r"(?:\b(?:was|were|is|are|be|been|being|has|have|had|get|got)\s+)$",
                                regex.IGNORECASE)


@dataclass(frozen=True)
class Collocation:
    """One construction of the data file, compiled."""
    theme: str
    ru: str
    calque: str
    english: str
    bad: str
    quiet: str
    pattern: regex.Pattern
    lemma: str | None  # the first <word> of the calque, captured as group `v`
    bads: tuple[str, ...] = ()
    quiets: tuple[str, ...] = ()
    near: regex.Pattern | None = None      # must occur within `window` characters of the match
    not_near: regex.Pattern | None = None  # must not occur there
    window: int = 300
    from_subject: bool = False  # the span opens on the subject's last word (see `subject_tail`)

    def in_context(self, text: str, start: int, end: int) -> bool:
        """The entry's context condition: a word sense is a calque only among the words of its
        Russian topic ("grafting" near vaccine words, "garden" near kindergarten words)."""
        if self.near is None and self.not_near is None:
            return True
        around = text[max(0, start - self.window):end + self.window]
        if self.near is not None and not self.near.search(around):
            return False
        return self.not_near is None or not self.not_near.search(around)

    @property
    def fixable(self) -> bool:
        return " | " not in self.english


def _regular(lemma: str) -> dict[str, str]:
    """Regular English verb endings, for a lemma the generated table does not hold yet."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in "aeiou"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif consonant_y:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if consonant_y:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    return {"VB": lemma, "VBP": lemma, "VBZ": third, "VBD": past, "VBN": past, "VBG": ing}


@lru_cache(maxsize=1)
def _generated() -> dict[str, dict[str, tuple[str, ...]]]:
    """calque_collocation_forms.tsv: lemma -> Penn tag -> forms (scripts/build_collocation_forms.py
    derives it from lemminflect, so the audit never loads lemminflect and spaCy for this)."""
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for cells in rows(FORMS_FILE):
        table[cells[0]] = {tag: tuple(fs.split(",")) for tag, fs in (c.split("=", 1) for c in cells[1:])}
    return table


@lru_cache(maxsize=None)
def inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Penn tag -> the forms of `lemma`, lemma itself under VB."""
    table = dict(_generated().get(lemma) or {t: (f,) for t, f in _regular(lemma).items()})
    table.setdefault("VB", (lemma,))
    return table


def forms(lemma: str) -> list[str]:
    """Every form of `lemma`, longest first (so the alternation prefers "entered" to "enter")."""
    out = {lemma} | {f for fs in inflections(lemma).values() for f in fs}
    return longest_first(out)


def inflect(lemma: str, tag: str) -> str:
    table = inflections(lemma)
    return (table.get(tag) or table.get("VB") or (lemma,))[0]


def _tag_of(lemma: str, form: str, before: str) -> str | None:
    """The Penn tag of a matched form; a form both past and participle ("entered") is read as
    the participle after a form of be/have ("was delivered")."""
    tags = [t for t, fs in inflections(lemma).items() if form.lower() in (f.lower() for f in fs)]
    if not tags and form.lower() == lemma:
        tags = ["VB"]
    if {"VBD", "VBN"} <= set(tags):
        return "VBN" if _PASSIVE_BEFORE.search(before) else "VBD"
    for pref in ("VBZ", "VBG", "VBN", "VBD", "VB", "VBP"):
        if pref in tags:
            return pref
    return None


def expand(calque: str) -> tuple[str, str | None]:
    """The regular expression of a calque template, and its first lemma (captured as `v`).
    A space outside a character class is any run of whitespace."""
    out: list[str] = []
    first: str | None = None
    depth_class = False
    i = 0
    while i < len(calque):
        ch = calque[i]
        if ch == "\\" and i + 1 < len(calque):
            out.append(calque[i:i + 2])
            i += 2
            continue
        if ch == "[":
            depth_class = True
        elif ch == "]":
            depth_class = False
        m = _LEMMA.match(calque, i) if ch == "<" and not depth_class else None
        if m:
            alt = "|".join(regex.escape(f) for f in forms(m.group(1)))
            if first is None:
                first = m.group(1)
                out.append(f"(?P<v>{alt})")
            else:
                out.append(f"(?:{alt})")
            i = m.end()
            continue
        out.append(r"\s+" if ch == " " and not depth_class else ch)
        i += 1
    return "".join(out), first


@lru_cache(maxsize=1)
def collocations() -> tuple[Collocation, ...]:
    """The table's entries, built once per change of the package (core/privatecache.py)."""
    return privatecache.memo_bundled("collocations", _build_collocations, tuple, regex.__version__)


def _build_collocations() -> tuple[Collocation, ...]:
    text = resources.files("mtaudit.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    out = []
    for theme, items in load_data(text).items():
        for item in items:
            body, lemma = expand(item["calque"])
            source = rf"(?<![\w-])(?:{body})(?!\w)"
            problem = catastrophic_problem(source)
            if problem:
                raise ValueError(f"{DATA_FILE}: {item['ru']}: {problem}")
            bads, quiets = one_or_many(item["bad"]), one_or_many(item["quiet"])
            # a topic word is a whole word, as the calque itself is: "bees?" is not the "bee" of
            # "been", nor "flu" the start of "fluctuate" (a stem is written out: "vaccin\w*")
            near = {k: lazy(rf"(?<![\w-])(?:{item[k]})(?![\w-])", regex.IGNORECASE)
                    for k in ("near", "not_near") if item.get(k)}
            out.append(Collocation(theme, item["ru"], item["calque"], item["english"], bads[0],
                                   quiets[0], lazy(source, regex.IGNORECASE), lemma,
                                   bads, quiets, near.get("near"), near.get("not_near"),
                                   int(item.get("window", 300)), bool(item.get("from_subject"))))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> PatternTable:
    """The calques' patterns with the literals each needs (detectors/pattern_table.py): most
    calques begin with an alternation of verb forms, which gives the regex engine no literal to
    skip ahead to; the table tries each only where its literals occur."""
    data = resources.files("mtaudit.data")
    return PatternTable("collocations", [entry.pattern for entry in collocations()],
                        (data.joinpath(DATA_FILE).read_bytes(), data.joinpath(FORMS_FILE).read_bytes()))


def fix_text(entry: Collocation, m: regex.Match, text: str) -> str | None:
    """The English of `entry` for match `m`, its <word> inflected like the calque's verb."""
    if not entry.fixable:
        return None
    english = entry.english
    needed = _LEMMA.search(english)
    if needed:
        form = m.group("v") if entry.lemma else None
        tag = _tag_of(entry.lemma, form, text[max(0, m.start() - 20):m.start()]) if form else None
        if tag is None:
            return None
        english = _LEMMA.sub(lambda x: inflect(x.group(1), tag), english)
    if m.group(0)[:1].isupper():
        english = english[:1].upper() + english[1:]
    return english



# auxiliaries and time adverbs between a subject and its verb ("the cost will make up", "the price
# now makes up"): inside the span, with the subject's word before them
_BETWEEN = frozenset({"will", "would", "shall", "has", "have", "had", "now", "currently", "today", "also", "still"})
_TIME_BEFORE = regex.compile(r"(?<![\w-])(?:this|last|next|that|the same)[ \t]+(?:week|month|year|season|spring|summer|"
                             r"autumn|fall|winter|quarter|time|day)[ \t]+$", regex.IGNORECASE)
_WORD_BEFORE = regex.compile(r"([A-Za-z][\w’'-]*)[ \t]+$")


def subject_tail(text: str, start: int) -> int:
    """Where a span opening on a verb starts when it takes the subject's last word with it ("the
    cost of the works made up 18,65 million" -> "works made up 18,65"). Gold marks a Russian amount
    frame (составила) either as the verb alone or as subject and verb ("The cost of the works made
    up"), with the figure its own artifact; subject word, verb and figure meet both under the
    scoring rule. Auxiliaries before the verb come along; a function word ("and", "which") or
    punctuation before it leaves the start where it was."""
    closed = lexicon.words("closed_class_words.txt")
    at = start
    for _ in range(4):
        t = _TIME_BEFORE.search(text, max(0, at - 40), at)
        if t:  # "the yield this year made": Russian puts the time between subject and verb
            at = t.start()
            continue
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if not m:
            return at
        word = m.group(1).lower()
        if word in _BETWEEN:
            at = m.start(1)
            continue
        return at if word in closed or word.endswith("ly") else m.start(1)
    return at


def flags_span(text: str, start: int, end: int) -> bool:
    """Whether an MT2820 collocation flags a match overlapping [start, end): the word-sense and
    term tables leave such a span to it (the wider, older entry)."""
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    entries = collocations()
    for i in table().possible(text):  # an entry whose words the text lacks matches nowhere in it
        entry = entries[i]
        for m in entry.pattern.finditer(text, lo, hi):
            if m.start() < end and start < m.end() and entry.in_context(text, m.start(), m.end()):
                return True
    return False


class CollocationDetector:
    name = "calques-collocations"
    rules = (COLLOCATION,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        seen: list[tuple[int, int]] = []
        entries = collocations()
        for i, m in table().matches(text):
            entry = entries[i]
            if "span" in m.re.groupindex and m.group("span") is not None:
                start, end = m.span("span")  # the entry marks the part of its match to flag
            else:
                start, end = m.start(), m.start() + len(m.group(0).rstrip())
            if entry.from_subject:
                start = subject_tail(text, start)
            if end <= start or any(s < end and start < e for s, e in seen):
                continue
            if not entry.in_context(text, start, end):
                continue
            seen.append((start, end))
            phrase = text[start:end]
            english = fix_text(entry, m, text)
            fix = (Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
                   if english else None)
            hint = english or entry.english.replace(" | ", "”, “")
            yield COLLOCATION.finding(
                doc, start, end,
                f"“{phrase}” renders “{entry.ru}” word for word; English says “{hint}”",
                fix=fix)


DETECTOR = CollocationDetector()
