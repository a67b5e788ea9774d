"""Dates, weekdays, numbers, percentages and amounts in a text, with exact offsets.

What the date-number check compares between an audited sentence and the reference
sentence it aligns with. Month and weekday names are English (the audited text and
its references are English); "May" counts only beside a day, a year or a preposition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:{_MONTH_RE}\s+(?P<day>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    rf"|(?P<day2>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH_RE.replace('month', 'month2')}(?:,?\s+(?P<year2>\d{{4}})\b)?"
    rf"|{_MONTH_RE.replace('month', 'month3')}(?:\s+(?P<year3>\d{{4}})\b)?)")
_MAY_CONTEXT = re.compile(r"(?:\b(?:in|on|since|until|till|by|of|from|to|through|last|next|this|"
                          r"early|late|mid|end|beginning)[\s-]+)$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBER = re.compile(
    r"(?P<cur>[$€£₽¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bn|m|k)\b)?"
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b))?")
_UNIT_WORD = re.compile(r"\s*(?:-\s*)?([^\W\d_]+)")
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "trillion": 1e12}
_CURRENCY_WORDS = {"dollar": "$", "dollars": "$", "usd": "$", "euro": "€", "euros": "€",
                   "eur": "€", "pound": "£", "pounds": "£", "ruble": "₽", "rubles": "₽",
                   "roubles": "₽", "rouble": "₽", "rub": "₽", "yuan": "¥"}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    month: int            # 1-12
    day: int | None
    year: int | None
    month_start: int      # where the month name is (a fix may replace only it)
    month_end: int


@dataclass(frozen=True)
class WeekdayMention:
    start: int
    end: int
    weekday: int          # 0 = Monday


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float
    unit: str             # "%", a currency sign, or the word after the number ("people")


def month_number(name: str) -> int:
    key = name.casefold().rstrip(".")
    return MONTHS.index(key) + 1 if key in MONTHS else _MONTH_ABBR[key]


def dates(text: str, base: int = 0) -> list[DateMention]:
    """Month-day(-year), day-month(-year) and month(-year) mentions; offsets + base."""
    out = []
    for m in _DATE.finditer(text):
        group = next(g for g in ("month", "month2", "month3") if m.group(g))
        name = m.group(group)
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2") or m.group("year3")
        if name == "May" and not (day or year) and not _MAY_CONTEXT.search(text[:m.start()]):
            continue  # the modal verb
        if day and not 1 <= int(day) <= 31:
            continue
        out.append(DateMention(base + m.start(), base + m.end(), month_number(name),
                               int(day) if day else None, int(year) if year else None,
                               base + m.start(group), base + m.end(group)))
    return out


def weekdays(text: str, base: int = 0) -> list[WeekdayMention]:
    return [WeekdayMention(base + m.start(), base + m.end(), WEEKDAYS.index(m.group().casefold()))
            for m in _WEEKDAY.finditer(text)]


def numbers(text: str, base: int = 0) -> list[NumberMention]:
    """Numbers with what they count: a percent sign, a currency or the next word.

    Numbers inside dates (days, years) are left to `dates`.
    """
    taken = [(d.start - base, d.end - base) for d in dates(text)]
    out = []
    for m in _NUMBER.finditer(text):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        if _inside_word(text, m.start("num"), m.end("num")):
            continue
        value = float(m.group("num").replace(",", ""))
        if m.group("scale"):
            value *= _SCALE[m.group("scale").casefold()]
        end = m.end()
        if m.group("pct"):
            unit = "%"
        elif m.group("cur"):
            unit = m.group("cur")
        elif re.fullmatch(r"1[89]\d\d|20\d\d", m.group("num")) and not m.group("scale"):
            unit = "year"
        else:
            w = _UNIT_WORD.match(text, end)
            word = w.group(1).casefold() if w else ""
            unit = _CURRENCY_WORDS.get(word, word)
            if w and word in _CURRENCY_WORDS:
                end = w.end()
        start = m.start("cur") if m.group("cur") else m.start("num")
        out.append(NumberMention(base + start, base + end, value, unit))
    return out


def _inside_word(text: str, start: int, end: int) -> bool:
    """Digits glued to letters (G20, COVID-19, 5G) name things; they are not quantities."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalpha() or before == "-" or after.isalpha()


def format_month(month: int, like: str) -> str:
    """The month's English name in the style of `like` (full or abbreviated, same case)."""
    name = MONTHS[month - 1].capitalize()
    if like.endswith(".") and len(like) <= 5:
        return name[:3] + "."
    return name.upper() if like.isupper() and len(like) > 1 else name


def format_weekday(weekday: int) -> str:
    return WEEKDAYS[weekday].capitalize()
