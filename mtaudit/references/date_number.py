"""Dates and numbers that contradict the reference sentence they align with.

Each audited sentence holding a date, weekday or number is aligned with reference
sentences by embedding cosine (top k, then re-ranked by chrF). Aligned sentences may
still report different events, so each kind of value has its own bar:

- month: a different month in a sentence about the same event (cosine >= ALIGN_MIN) when the
  days are within DAY_TOLERANCE of each other (or neither has a day and the sentences are
  near-paraphrases). Close days in different months is the classic trace of a confused
  month name (Russian июня/июля); the fix replaces only the month (the day may belong to
  a later event the text reports, as a follow-up tweet a day later). Calibration: seed 000's
  "… trump wrote on his Twitter page on June 10." vs seed 004's "On July 9th, President Trump
  tweeted, …" align at cosine 0.78; sentences about different events stay under 0.7.
- day, year, weekday, number, percentage, amount: only between near-paraphrases
  (cosine >= NEAR_MIN), and numbers only when they count the same thing (same unit word,
  currency or %), and the audited value appears nowhere among the reference's.
Without embeddings chrF/100 stands in for the cosine with its own (stricter) bars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtaudit.references.alignment import chrf
from mtaudit.text.document import Document
from mtaudit.references.quantities import (DateMention, NumberMention, dates, format_month, format_weekday,
    numbers, weekdays)
from mtaudit.references.bank import References, RefUnit
from mtaudit.references.thresholds import Thresholds
from mtaudit.core.types import Edit

ALIGN_MIN = Thresholds.date_align_min   # 0.70, tunable in the configuration
NEAR_MIN = Thresholds.date_near_min     # 0.85
FALLBACK_ALIGN_MIN = 0.55   # chrF/100 when no embeddings
FALLBACK_NEAR_MIN = 0.65
DAY_TOLERANCE = 3
RETRIEVE_K = 5


@dataclass(frozen=True)
class Mismatch:
    kind: str                 # "date" or "number"
    start: int
    end: int
    ref_value: str            # the reference's value as written there
    unit: RefUnit             # the reference sentence
    similarity: float
    edit: Edit | None         # the fix, when the mapping is unambiguous
    what: str                 # "month", "day", "year", "weekday", "number"


def find_mismatches(doc: Document, refs: References, align: float = ALIGN_MIN,
                    near: float = NEAR_MIN) -> list[Mismatch]:
    sentences = checkable_sentences(doc, refs)
    if not sentences:
        return []
    texts = [" ".join(doc.slice(s).split()) for s in sentences]
    idx, scores = refs.retrieve(texts, "sentences", RETRIEVE_K)
    align_min, near_min = ((align, near) if refs.uses_embeddings
                           else (FALLBACK_ALIGN_MIN, FALLBACK_NEAR_MIN))
    out: list[Mismatch] = []
    for i, span in enumerate(sentences):
        cands = [(refs.sentences[j], float(s)) for j, s in zip(idx[i], scores[i]) if s >= align_min]
        cands.sort(key=lambda c: -chrf(texts[i], c[0].text))  # the re-rank
        text = doc.slice(span)
        out.extend(_date_mismatches(dates(text, span.start), cands, doc.text, near_min))
        out.extend(_weekday_mismatches(text, span.start, cands, near_min))
        out.extend(_number_mismatches(numbers(text, span.start), cands, doc.text, near_min))
    return out


def checkable_sentences(doc: Document, refs: References) -> list:
    """The sentences of `doc` whose values the references could contradict: a date when some
    reference sentence has a date, a weekday when one has a weekday, a number with a unit when
    one counts the same unit (a number without a unit is never compared). The others could not
    yield a mismatch whatever they align with (see the _*_mismatches below), so they are not
    embedded at all: most sentences of a news article hold a number (issue 16)."""
    if not refs.sentences:
        return []
    kinds = reference_value_kinds(refs)
    out = []
    for s in doc.sentences:
        text = doc.slice(s)
        if ("date" in kinds and dates(text)) or ("weekday" in kinds and weekdays(text)) \
                or any(("number", n.unit) in kinds for n in numbers(text) if n.unit):
            out.append(s)
    return out


def reference_value_kinds(refs: References) -> frozenset:
    """What the reference sentences hold: "date", "weekday", ("number", unit); computed once
    per References (kept on it)."""
    kinds = refs.derived.get("value_kinds")
    if kinds is None:
        found: set = set()
        for unit in refs.sentences:
            if dates(unit.text):
                found.add("date")
            if weekdays(unit.text):
                found.add("weekday")
            found.update(("number", n.unit) for n in numbers(unit.text) if n.unit)
        kinds = refs.derived["value_kinds"] = frozenset(found)
    return kinds


def _date_mismatches(found: list[DateMention], cands, doc_text: str, near_min: float):
    for d in found:
        ref = next(((u, sim, ds) for u, sim in cands if (ds := dates(u.text))), None)
        if ref is None:
            continue
        unit, sim, ref_dates = ref
        if any(r.month == d.month and r.day == d.day and (r.year == d.year or None in (r.year, d.year))
               for r in ref_dates):
            continue
        months = {r.month for r in ref_dates}
        if d.month not in months and len(months) == 1:
            r = ref_dates[0]
            close_days = d.day is not None and r.day is not None and abs(d.day - r.day) <= DAY_TOLERANCE
            if close_days or (d.day is None and r.day is None and sim >= near_min):
                new = format_month(r.month, doc_text[d.month_start:d.month_end])
                yield Mismatch("date", d.start, d.end, _ref_text(unit, r), unit, sim,
                               Edit(d.month_start, d.month_end, new), "month")
            continue
        if sim < near_min:
            continue
        same_month = [r for r in ref_dates if r.month == d.month]
        if len(same_month) == 1:
            r = same_month[0]
            if d.day is not None and r.day is not None and d.day != r.day:
                yield Mismatch("date", d.start, d.end, _ref_text(unit, r), unit, sim,
                               _replace_day(doc_text, d, r.day), "day")
            elif d.year and r.year and d.year != r.year:
                yield Mismatch("date", d.start, d.end, _ref_text(unit, r), unit, sim,
                               _replace_year(doc_text, d, r.year), "year")


def _weekday_mismatches(text: str, base: int, cands, near_min: float):
    for w in weekdays(text, base):
        ref = next(((u, sim, ws) for u, sim in cands if (ws := weekdays(u.text))), None)
        if ref is None or ref[1] < near_min:
            continue
        unit, sim, ref_days = ref
        if w.weekday in {r.weekday for r in ref_days} or len({r.weekday for r in ref_days}) != 1:
            continue
        new = format_weekday(ref_days[0].weekday)
        yield Mismatch("date", w.start, w.end, new, unit, sim, Edit(w.start, w.end, new), "weekday")


def _number_mismatches(found: list[NumberMention], cands, doc_text: str, near_min: float):
    for n in found:
        if not n.unit:
            continue
        for unit, sim in cands:
            if sim < near_min:
                break
            ref_nums = numbers(unit.text)
            same = [r for r in ref_nums if r.unit == n.unit]
            if not same:
                continue
            if any(abs(r.value - n.value) < 1e-9 for r in ref_nums):
                break
            values = {r.value for r in same}
            ref_text = unit.text[same[0].start:same[0].end]
            edit = None
            if len(values) == 1:
                edit = Edit(n.start, n.end, ref_text)
            yield Mismatch("number", n.start, n.end, ref_text, unit, sim, edit,
                           "percentage" if n.unit == "%" else "number")
            break


def _ref_text(unit: RefUnit, mention) -> str:
    return unit.text[mention.start:mention.end]


def _replace_day(doc_text: str, d: DateMention, day: int) -> Edit | None:
    span = doc_text[d.start:d.end]
    m = re.search(r"\b\d{1,2}(?=(?:st|nd|rd|th)?\b)", span)
    if m is None or int(m.group()) != d.day:
        return None
    suffix = re.match(r"(st|nd|rd|th)", span[m.end():])
    new = str(day) + (_ordinal(day) if suffix else "")
    end = d.start + m.end() + (len(suffix.group()) if suffix else 0)
    return Edit(d.start + m.start(), end, new)


def _replace_year(doc_text: str, d: DateMention, year: int) -> Edit | None:
    k = doc_text.find(str(d.year), d.start, d.end)
    return Edit(k, k + 4, str(year)) if k != -1 else None


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
