"""Dates and numbers written the Russian way (no reference needed; MT704-MT707).

- MT704 lowercase month: Russian writes month names in lowercase ("5 мая") and MT often
  keeps the case ("on june 5", "since early march", "2 may", "mid-december"). "may", "march"
  and "august" are also English words (the verb, the adjective), so they count only in a
  date's shape: beside a day or a year, or after a word that places a month in time
  ("since", "early", "the end of", "the second decade of") and before what follows a date;
  the other months count wherever they stand as a word.
- MT705 Roman century: Russian numbers centuries and quarters in Roman numerals ("III век
  до н. э.", "IV квартал"); English writes ordinals ("3rd century BC", "fourth quarter").
- MT706 number word: "450 thousand", "1.5 thousand" copy "450 тыс."; English writes
  "450,000", "1,500". "95 bln", "1,2 mln" copy "млрд"/"млн": English writes the word.
The words these rules read (months, the scale words, what follows a date) are data in
mtaudit/data/number_words.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.references.quantities import MONTHS
from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Fix

LOWERCASE_MONTH = rule(
    "MT704", "lowercase-month", "date-number",
    summary="A month name left in lowercase (“on june 5”, “2 may”, “since early march”)",
    why="Russian writes month names in lowercase (“5 июня”); MT keeps the case. English "
        "capitalises months. “may” and “march” are verbs too, so they count only in a date's shape.",
    confidence="certain",
    bad=["The talks resumed on june 5 in Geneva.", "Prices have risen since early february.",
         "On may 11, the ministry confirmed the figures.",
         "2 may Putin and the prime minister held talks.",
         "The vote is due in september 2024.", "The decree signed on 14 march, 2022 took effect.",
         "The clip went online on the night of 12 august and spread fast.",
         "Warm weather is expected only in early may, when the snow melts.",
         "Frosts will ease by the end of march.", "Vaccinate before mid-november, doctors say.",
         "In the first decade of may the river rose.", "Exports have fallen since may.",
         "The drought in may and June cut the harvest.", "Rain fell in April and may.",
         "NORILSK, 12 august — Interfax. A tusk was found on the riverbank."],
    good=["The talks resumed on June 5 in Geneva.", "Prices may rise again next year.",
          "The veterans will march 5 miles to the memorial.", "Up to 2 may be released on bail.",
          "Some 40 may 11 times as much.", "An august gathering of 300 scholars met in Vienna.",
          "Two of 40 may be infected, the clinic said.", "Early may be better than late.",
          "The end of march season came with the thaw.",
          "Prices may and probably will march higher.", "Boats may, in June, sail again.",
          "Prices, which rose in March, may fall in the autumn.",
          "Up to 3 may — if the court agrees — be freed on bail."],
    applicability="safe",
)

ROMAN_CENTURY = rule(
    "MT705", "roman-century", "date-number",
    summary="A century, millennium or quarter in Roman numerals (“the III century BC”, “IV quarter”)",
    why="Russian numbers centuries and quarters with Roman numerals (“XIX век”, “IV квартал”); "
        "English writes ordinals: “the 19th century”, “the fourth quarter”.",
    confidence="certain",
    bad=["The burial dates from the III century BC.", "The church was built in the XIX century.",
         "Frescoes of the XV-XVI centuries were restored.", "Tools of the II millennium BC were found.",
         "In the IV quarter the bank expects slower growth.", "Profit fell in the I quarter."],
    good=["The burial dates from the 3rd century BC.", "Louis XIV ruled for 72 years.",
          "World War II veterans met in the 21st century.", "Chapter XV covers the century's end.",
          "In the fourth quarter the bank expects slower growth.",
          "I quarter the apples before baking them."],
    applicability="safe",
)

NUMBER_WORD = rule(
    "MT706", "russian-number-word", "date-number",
    summary="A figure followed by “thousand”, “mln” or “bln” (“450 thousand people”, “95 bln rubles”)",
    why="Russian abbreviates thousands, millions and billions after a figure (“450 тыс.”, "
        "“95 млрд”); MT writes “450 thousand”, “95 bln”. English news writes “450,000”, "
        "“95 billion” (or “$95bn”).",
    confidence="likely",
    bad=["The region has 450 thousand residents.", "About 1.5 thousand rubles a month.",
         "Some 12 thousand troops took part.", "The market is worth about 80 bln rubles.",
         "The video collected 2,4 mln views overnight.",
         "Farms of the region sowed 1240.5 thousand hectares.",
         "The harvest reached 12,316.4 thousand tons by Friday."],
    good=["The region has 450,000 residents.", "Tens of thousands of people marched.",
          "A thousand people attended.", "The fund holds 3.5 million dollars.",
          "The market is worth about 80 billion rubles, or £0.7bn.",
          "Airline seeks $3 bln loan\n\nThe carrier asked banks for $3 billion on Monday."],
    applicability="unsafe",
)

_ROMAN = r"(?:X{0,2}(?:IX|IV|V?I{0,3}))"
_ROMAN_CENTURY = re.compile(
    rf"\b(?P<a>{_ROMAN})(?:\s*[-–—]\s*(?P<b>{_ROMAN}))?\s+(?P<unit>century|centuries|millennium|millennia)\b")
# a count of thousands past 999 too ("1852.7 thousand hectares", "15,707.3 thousand"): Russian
# statistics count in тыс. whatever the size; English writes the number or "million"
_THOUSAND = re.compile(r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{4,6}(?:\.\d{1,2})?"
                       r"|\d{1,3}(?:[.,]\d{1,2})?)\s+thousand\b(?!\s+(?:and|or)\b)")
_SCALE = re.compile(r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})*(?:[.,]\d{1,2})?|\d+)[ \t\u00a0]?"
                    r"(?P<unit>mln|bln|trln)\b")
_SCALE_WORDS = {"mln": "million", "bln": "billion", "trln": "trillion"}
_ROMAN_QUARTER = re.compile(r"\b(?:(?P<det>the|in|for|of|by)[ \t]+)?(?P<a>I{1,3}|IV)[ \t]+(?P<unit>quarters?)\b")
_ORDINAL_WORDS = ("first", "second", "third", "fourth")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v[0].split("|")) for k, v in lexicon.table("number_words.txt").items()}


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern:
    months = "|".join(MONTHS)
    # "mid-december" and "July-november" hold a month too; any other hyphenated word does not
    # ("may-be", "x-march").
    after_hyphen = "|".join(f"(?<={m}-)|(?<={m.capitalize()}-)" for m in ("mid",) + MONTHS)
    return re.compile(rf"(?:(?<![\w#@/.-])|{after_hyphen})(?P<m>{months})(?![\w@/-])")


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class NumbersDetector:
    name = "numbers"
    rules = (LOWERCASE_MONTH, ROMAN_CENTURY, NUMBER_WORD)
    needs = frozenset()

    def detect(self, doc, ctx):
        yield from _lowercase_months(doc)
        yield from _roman_centuries(doc)
        yield from _roman_quarters(doc)
        yield from _thousands(doc)
        yield from _scales(doc)


_DAY_BEFORE = re.compile(r"(?<![\d,.])(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+$")
_DAY_AFTER = re.compile(r"\s+(?P<day>[12]\d|3[01]|[1-9])(?!\d)(?:st|nd|rd|th)?(?![\d,.]\d)(?!\s*%)")
_YEAR_AFTER = re.compile(r",?\s+(?:19|20)\d\d\b")


def _lowercase_months(doc):
    text = doc.text
    words = _words()
    ambiguous = words["ambiguous-months"]
    for m in _month_pattern().finditer(text):
        name = m.group("m")
        if name in ambiguous and not _date_shaped(text, m.start(), m.end(), words):
            continue
        new = name.capitalize()
        yield LOWERCASE_MONTH.finding(
            doc, *_date_span(text, m.start(), m.end()),
            f"month name “{name}” in lowercase, as Russian writes it; English: “{new}”",
            fix=Fix.replace(m.start(), m.end(), new, Applicability.SAFE, f"capitalise: “{new}”"))


def _date_shaped(text: str, start: int, end: int, words: dict) -> bool:
    """An ambiguous month ("may") stands in a date: a day before it or after it (followed by
    what follows a date, not by a noun it would count), or a year after it."""
    if _YEAR_AFTER.match(text, end):
        return True
    after_day = _DAY_AFTER.match(text, end)
    if after_day:
        return _date_follows(text, after_day.end(), words)
    if _DAY_BEFORE.search(text[max(0, start - 12):start]):
        before = [w.casefold() for w in text[max(0, start - 60):start].split()]
        if len(before) >= 2 and before[-2] in words["counted-before"] and not (
                before[-2] == "of" and len(before) >= 3 and before[-3] in words["time-of-nouns"]):
            return False  # "up to 2 may be", "some 40 may": a count; not "the night of 21 may"
        return _date_follows(text, end, words)
    if _month_placed(text, start, words):
        return _date_follows(text, end, words)
    return _coordinated_with_month(text, start, end, words)


@lru_cache(maxsize=1)
def _month_pair_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Another month joined to this one by "and", "or", "to", a comma or a dash ("in may and June",
    "April or may", "may-June"); the other month must be one that is never a verb (the ambiguous
    ones, "march", "may", "august", only capitalised) so two verbs ("may and march") stay quiet."""
    plain = [m for m in MONTHS if m not in _words()["ambiguous-months"]]
    other = "|".join([*(m.capitalize() for m in MONTHS), *plain])
    joint = r"(?:[ \t]*[,–—-][ \t]*|[ \t]+(?:and|or|to|through|until)[ \t]+)"
    return (re.compile(rf"{joint}(?:{other})\b"), re.compile(rf"\b(?:{other}){joint}$"))


def _coordinated_with_month(text: str, start: int, end: int, words: dict) -> bool:
    after, before = _month_pair_patterns()
    if after.match(text, end) is not None:
        return True
    # "in April and may." but not "prices, which rose in March, may fall": a date ends there
    return before.search(text, max(0, start - 20), start) is not None and _date_follows(text, end, words)


def _month_placed(text: str, start: int, words: dict) -> bool:
    """A word that places a month in time stands right before it: "since may", "early may",
    "mid-may", "the end of may", "the second decade of march" ("of" only after such a noun)."""
    if text.endswith("mid-", max(0, start - 4), start):
        return True
    before = [w.casefold() for w in text[max(0, start - 60):start].split()]
    if not before or text[start - 1:start] not in (" ", "\t", "\u00a0"):
        return False
    if before[-1] in words["month-placers"]:
        return True
    return before[-1] == "of" and len(before) >= 2 and before[-2] in words["time-of-nouns"]


def _date_follows(text: str, pos: int, words: dict) -> bool:
    rest = text[pos:pos + 40]
    if not rest.strip() or rest[0] in ",.;:)–—":
        return True
    if rest.lstrip(" \t\u00a0")[:1] in ("—", "–"):  # a dateline's dash: "NORILSK, 12 august — TASS"
        return True
    dash = re.match(r"[ \t\u00a0]+-[ \t\u00a0]+(\w)", rest)  # the same dash typed as a spaced hyphen
    if dash and dash.group(1).isupper():
        return True
    nxt = rest.split()[0] if rest.split() else ""
    bare = nxt.strip(",.;:/()[]«»\"“”")  # an agency's dateline mark: "12 march /TASS/", "(RIA)"
    return bool(bare) and (bare[0].isupper() or bare.casefold() in words["after-date"]
                           or re.fullmatch(r"(?:19|20)\d\d", bare) is not None)


def _date_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The month with its day (before or after): the date as a reader sees it."""
    after = _DAY_AFTER.match(text, end)
    if after:
        return start, after.end()
    before = _DAY_BEFORE.search(text[max(0, start - 12):start])
    if before:
        return max(0, start - 12) + before.start(), end
    return start, end


def _roman_centuries(doc):
    text = doc.text
    if "centur" not in text and "millenni" not in text:
        return
    for m in _ROMAN_CENTURY.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not a or (m.group("b") is not None and not b):
            continue
        first = ordinal(_roman_value(a))
        new = first + (f"–{ordinal(_roman_value(b))}" if b else "")
        new_text = f"{new} {m.group('unit')}"
        yield ROMAN_CENTURY.finding(
            doc, m.start(), m.end(), f"“{m.group()}”: Roman numerals for a century, as Russian "
            f"writes it; English: “{new_text}”",
            fix=Fix.replace(m.start(), m.end(), new_text, Applicability.SAFE, f"write “{new_text}”"))


def _roman_quarters(doc):
    """ "IV quarter", "in the I quarter": a lone "I" only after a word a quarter follows
    ("I quarter the apples" is the pronoun)."""
    text = doc.text
    if "quarter" not in text:
        return
    for m in _ROMAN_QUARTER.finditer(text):
        numeral = m.group("a")
        if numeral == "I" and not m.group("det"):
            continue
        start = m.start("a")
        new_text = f"{_ORDINAL_WORDS[_roman_value(numeral) - 1]} {m.group('unit')}"
        yield ROMAN_CENTURY.finding(
            doc, start, m.end(), f"“{text[start:m.end()]}”: a Roman numeral for a quarter, as "
            f"Russian writes it; English: “{new_text}”",
            fix=Fix.replace(start, m.end(), new_text, Applicability.SAFE, f"write “{new_text}”"))


def _scales(doc):
    """ "95 bln", "1,2 mln": the Russian млрд/млн copied; the fix writes the word and a decimal
    point (a comma before one or two digits is the Russian decimal comma, MT508)."""
    text = doc.text
    if "ln" not in text:
        return
    for m in _SCALE.finditer(text):
        if _headline_shorthand(doc, m):
            continue  # "Russia asks miner to pay $2 bln" over a story that writes "$2 billion"
        num = m.group("num")
        if re.fullmatch(r"\d{1,3},\d{1,2}", num):
            num = num.replace(",", ".")
        new = f"{num} {_SCALE_WORDS[m.group('unit')]}"
        yield NUMBER_WORD.finding(
            doc, m.start(), m.end(), f"“{m.group()}” copies the Russian “млн/млрд”; English: “{new}”",
            fix=Fix.replace(m.start(), m.end(), new, Applicability.SAFE, f"write “{new}”"))


def _headline_shorthand(doc, m) -> bool:
    """The abbreviation stands in a title (a one-line paragraph with no final stop) and the
    story under it writes the same scale as a word ("bln" over "billion"): an English desk's
    headline shorthand (agency headlines write "$2 bln"); MT copies "млрд" in its running text."""
    word = _SCALE_WORDS[m.group("unit")]
    for h in doc.headlines:
        if h.start <= m.start() < h.end:
            return re.search(rf"\b{word}\b", doc.text[:h.start] + doc.text[h.end:]) is not None
    return False


def _thousands(doc):
    text = doc.text
    if "thousand" not in text:
        return
    for m in _THOUSAND.finditer(text):
        num = m.group("num")
        raw = num.replace(",", "") if re.search(r",\d{3}", num) else num.replace(",", ".")
        value = round(float(raw) * 1000)
        new = f"{value:,}"
        yield NUMBER_WORD.finding(
            doc, m.start(), m.end(), f"“{m.group()}” copies the Russian “тыс.”; English: “{new}”",
            fix=Fix.replace(m.start(), m.end(), new, Applicability.UNSAFE, f"write “{new}”"))


DETECTOR = NumbersDetector()
