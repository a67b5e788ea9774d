"""Numbers, dates and units of a Russian sentence and of its English translation,
normalised to comparable values.

Russian: decimal commas (1,5), thousands grouped by (narrow) spaces (1 200 000),
scale words and their abbreviations (тыс., млн, млрд, трлн), per cent (%, процент),
numerals in words (lemmas from pymorphy3: двадцать пять, полтора), dates
(12 июня 2024 года), months (в июне) and weekdays (в среду). English: digits via
mtaudit.references.quantities, number words, dates, months and weekdays.

A Quantity is (kind, value): kinds are "number", "percent", "year", "date"
(value = (month, day)), "month", "weekday". Only values are compared, so
"1,5 млрд" = "1.5 billion" = "1,500 million".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtaudit.references import quantities

RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
             "октябр", "ноябр", "декабр")
_RU_MONTH = re.compile(r"\b(январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[йяе]|июн[яеь]|июл[яеь]|"
                       r"августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь])\b", re.I)
_RU_WEEKDAY = re.compile(r"\b(понедельник[а]?|вторник[а]?|сред[ауы]|четверг[а]?|пятниц[ауы]|"
                         r"суббот[ауы]|воскресень[ея])\b", re.I)
_RU_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен")
_RU_NUMBER = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[,.](?P<frac>\d+))?(?![\d\w]|[.,]\d)"
    r"(?:-(?:й|я|е|го|м|му|х|ми|ти|ми|ое|ый|ая)\b)?"
    r"(?P<tail>\s*(?:%|процент\w*|тыс\.?|тысяч\w*|млн\.?|миллион\w*|млрд\.?|миллиард\w*|трлн\.?|триллион\w*))?")
_RU_SCALE = (("трлн", 1e12), ("триллион", 1e12), ("млрд", 1e9), ("миллиард", 1e9), ("млн", 1e6),
             ("миллион", 1e6), ("тыс", 1e3), ("тысяч", 1e3))
_RU_YEAR_AFTER = re.compile(r"\s*(?:год|г\.|гг\.)", re.I)
_RU_WORD = re.compile(r"[А-Яа-яЁё]+")

_RU_NUMERAL_LEMMAS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "полтора": 1.5,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5,
}
_RU_SCALE_LEMMAS = {"десяток": 10, "тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}

_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "half": 0.5,
}
_EN_WORD = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                      r"forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
                      r"seven|eight|nine))?(?:\s+hundred)?(?:\s+(?:thousand|million|billion|trillion))?"
                      r"|one\s+and\s+a\s+half(?:\s+(?:thousand|million|billion|trillion))?"
                      r"|a\s+(?:thousand|million|billion|hundred)|dozens?|hundreds|thousands)\b", re.I)
# "12th", "2-1", "2019-2021": digits mtaudit.references.quantities leaves aside as parts of words
_EN_ORDINAL_OR_PAIR = re.compile(r"(?<![\w.,-])(?:(?P<ord>\d+)(?:st|nd|rd|th)\b"
                                 r"|(?P<a>\d{1,4})[-–:](?P<b>\d{1,4})(?![\w.,]\d))")
_RU_SHARED_SCALE = re.compile(r"(?<![\d,])(\d+(?:,\d+)?)\s*(?:до|–|—|-)\s*\d+(?:,\d+)?\s*(тыс|млн|млрд|трлн|%|процент)", re.I)
_EN_SHARED_UNIT = re.compile(r"(?<![\d,.])(\d+(?:\.\d+)?)\s*(?:to|and|-|–)\s*\d+(?:\.\d+)?\s*"
                             r"(%|percent\b|per\s+cent\b|thousand\b|million\b|billion\b|trillion\b)", re.I)
_EN_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,])")


@dataclass(frozen=True)
class Quantity:
    """A normalised value in a text: [start, end) its characters, `kind` and `value`."""

    start: int
    end: int
    kind: str
    value: object
    text: str
    decimal_comma: bool = False   # written 1,5 (a Russian decimal comma), English side only

    def same(self, other: "Quantity") -> bool:
        if self.kind in ("number", "percent", "year") and other.kind in ("number", "percent", "year"):
            if (self.kind == "percent") != (other.kind == "percent"):
                return False
            a, b = float(self.value), float(other.value)
            return abs(a - b) <= 0.02 * max(abs(a), abs(b)) if max(abs(a), abs(b)) >= 100 else a == b
        if self.kind == "date" and other.kind == "date":
            return self.value == other.value
        if {self.kind, other.kind} == {"date", "month"}:
            return _month(self) == _month(other)
        return self.kind == other.kind and self.value == other.value

    @property
    def family(self) -> str:
        """What a mismatch can be between: numbers with numbers, dates with dates."""
        if self.kind in ("date", "month"):
            return "date"
        if self.kind == "weekday":
            return "weekday"
        return "percent" if self.kind == "percent" else "number"


def _month(q: Quantity) -> int:
    return q.value[0] if q.kind == "date" else q.value


def _ru_month_number(word: str) -> int:
    w = word.casefold()
    if w.startswith("ма") and w in ("май", "мая", "мае"):
        return 5
    for i, stem in enumerate(RU_MONTHS, 1):
        if stem != "ма" and w.startswith(stem):
            return i
    raise ValueError(word)


def russian_quantities(text: str, base: int = 0, morph=None) -> list[Quantity]:
    """Numbers, percentages, dates, months and weekdays of a Russian text (offsets + base)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _RU_MONTH.finditer(text):
        month = _ru_month_number(m.group(1))
        day = re.search(r"(\d{1,2})(?:-?го)?\s*$", text[max(0, m.start() - 6):m.start()])
        start = m.start() - (len(text[max(0, m.start() - 6):m.start()]) - day.start()) if day else m.start()
        end = m.end()
        year = re.match(r"\s+(\d{4})(?:\s*(?:года|г\.|году))?", text[m.end():])
        if day and 1 <= int(day.group(1)) <= 31:
            out.append(Quantity(base + start, base + end, "date", (month, int(day.group(1))), text[start:end]))
        elif m.group(1).casefold() in ("мая", "мае", "май") and not re.search(
                r"(?:\bв|\bс|\bдо|\bпо|\bконца|\bначала|\bсередине|\bконце|\bначале)\s+$", text[:m.start()], re.I):
            continue
        else:
            out.append(Quantity(base + start, base + end, "month", month, text[start:end]))
        taken.append((start, end))
        if year:
            ys, ye = m.end() + year.start(1), m.end() + year.end(1)
            out.append(Quantity(base + ys, base + ye, "year", int(year.group(1)), text[ys:ye]))
            taken.append((ys, ye))
    for m in _RU_WEEKDAY.finditer(text):
        w = m.group(1).casefold()
        day = next(i for i, stem in enumerate(_RU_WEEKDAYS) if w.startswith(stem))
        out.append(Quantity(base + m.start(), base + m.end(), "weekday", day, m.group(1)))
    for m in _RU_NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.start() and text[m.start() - 1] in "-–" and m.start() > 1 and text[m.start() - 2].isalpha():
            continue  # a model name (Су-35, МС-21)
        digits = re.sub(r"\D", "", m.group("int"))
        value = float(f"{digits}.{m.group('frac')}" if m.group("frac") else digits)
        tail = (m.group("tail") or "").strip().casefold()
        kind = "number"
        if tail.startswith("%") or tail.startswith("процент"):
            kind = "percent"
        else:
            for stem, scale in _RU_SCALE:
                if tail.startswith(stem):
                    value *= scale
                    break
        if kind == "number" and not m.group("frac") and not tail and re.fullmatch(r"1[89]\d\d|20\d\d", digits) \
                and (_RU_YEAR_AFTER.match(text, m.end()) or True):
            kind = "year"
        end = m.end("tail") if m.group("tail") else m.end()
        out.append(Quantity(base + m.start(), base + end, kind, value, text[m.start():end]))
    out.extend(_russian_number_words(text, base, morph, taken))
    for m in _RU_SHARED_SCALE.finditer(text):  # "от 2 до 25 тыс.": the scale belongs to both numbers
        unit = m.group(2).casefold()
        for k, q in enumerate(out):
            if q.start == base + m.start(1) and q.kind == "number":
                if unit in ("%", "процент"):  # "от 6,5 до 7%": both are percentages
                    out[k] = Quantity(q.start, q.end, "percent", q.value, q.text)
                else:
                    out[k] = Quantity(q.start, q.end, q.kind, float(q.value) * dict(_RU_SCALE)[unit], q.text)
    return sorted(out, key=lambda q: (q.start, q.end))


def _russian_number_words(text: str, base: int, morph, taken) -> list[Quantity]:
    """Numerals written as words (двадцать пять тысяч), read through pymorphy3 lemmas."""
    if morph is None:
        return []
    out = []
    words = list(_RU_WORD.finditer(text))
    i = 0
    while i < len(words):
        lemma = _lemma(morph, words[i].group())
        if lemma not in _RU_NUMERAL_LEMMAS and lemma not in _RU_SCALE_LEMMAS:
            i += 1
            continue
        start, value, last, j, scaled = words[i].start(), 0.0, words[i].end(), i, False
        while j < len(words) and (j == i or text[words[j - 1].end():words[j].start()].strip() == ""):
            lem = _lemma(morph, words[j].group())
            if lem in _RU_NUMERAL_LEMMAS:
                value += _RU_NUMERAL_LEMMAS[lem]
            elif lem in _RU_SCALE_LEMMAS:
                value = (value or 1) * _RU_SCALE_LEMMAS[lem]
                scaled = True
            else:
                break
            last = words[j].end()
            j += 1
        if value and not any(s <= start < e for s, e in taken):
            # a bare "тысяча"/"миллион" after digits was already read with those digits
            before = text[max(0, start - 12):start]
            if not (scaled and value in _RU_SCALE_LEMMAS.values() and re.search(r"\d[\d,. ]*\s*$", before)):
                if lemma == "один" and j == i + 1:
                    pass  # "один из", "одна" as a pronoun: too often not a count
                else:
                    out.append(Quantity(base + start, base + last, "number", value, text[start:last]))
        i = max(j, i + 1)
    return out


def _lemma(morph, word: str) -> str:
    return morph.parse(word)[0].normal_form.replace("ё", "е")


def english_quantities(text: str, base: int = 0) -> list[Quantity]:
    """Numbers, percentages, dates, months and weekdays of an English text (offsets + base)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for d in quantities.dates(text):
        if d.day is not None:
            out.append(Quantity(base + d.start, base + d.end, "date", (d.month, d.day), text[d.start:d.end]))
        else:
            out.append(Quantity(base + d.month_start, base + d.month_end, "month", d.month,
                                text[d.month_start:d.month_end]))
        if d.year is not None:
            ys = text.rfind(str(d.year), d.start, d.end)
            out.append(Quantity(base + ys, base + ys + 4, "year", d.year, str(d.year)))
        taken.append((d.start, d.end))
    for w in quantities.weekdays(text):
        out.append(Quantity(base + w.start, base + w.end, "weekday", w.weekday, text[w.start:w.end]))
    for m in _EN_DECIMAL_COMMA.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            value = float(f"{m.group(1)}.{m.group(2)}")
            tail = re.match(r"\s*(%|percent\b|per\s+cent\b|thousand\b|million\b|billion\b|trillion\b|bn\b|mln\b)",
                            text[m.end():], re.I)
            kind, end = "number", m.end()
            if tail:
                word = tail.group(1).casefold()
                end += tail.end()
                if word in ("%", "percent") or word.startswith("per"):
                    kind = "percent"
                else:
                    value *= quantities._SCALE[word]
            out.append(Quantity(base + m.start(), base + end, kind, value, text[m.start():end], True))
            taken.append((m.start(), end))
    for n in quantities.numbers(text):
        s, e = n.start, n.end
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        kind = "percent" if n.unit == "%" else "year" if n.unit == "year" else "number"
        out.append(Quantity(base + s, base + e, kind, n.value, text[s:e]))
    for m in _EN_ORDINAL_OR_PAIR.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        for g in ("a", "b", "ord"):
            if m.group(g) and not any(q.start - base <= m.start(g) < q.end - base for q in out):
                value = int(m.group(g))
                kind = "year" if re.fullmatch(r"1[89]\d\d|20\d\d", m.group(g)) else "number"
                out.append(Quantity(base + m.start(g), base + m.end(g), kind, value, m.group(g)))
    for m in _EN_WORD.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _english_words_value(m.group())
        if value is None or m.group().casefold() == "one" or re.match(r"-[a-z]", text[m.end():m.end() + 2]):
            continue  # "one of", "one-way", "two-thirds": not a count (the Russian side skips "один" too)
        end = m.end()
        pct = re.match(r"\s*(?:%|percent\b|per\s+cent\b)", text[end:], re.I)
        kind = "number"
        if pct:
            kind, end = "percent", end + pct.end()
        out.append(Quantity(base + m.start(), base + end, kind, value, text[m.start():end]))
    for m in _EN_SHARED_UNIT.finditer(text):  # "from 6.5 to 7%", "2 to 25 million": both carry the unit
        unit = m.group(2).casefold()
        for k, q in enumerate(out):
            if q.start == base + m.start(1) and q.kind == "number" and q.end == base + m.end(1):
                if unit in ("%", "percent") or unit.startswith("per"):
                    out[k] = Quantity(q.start, q.end, "percent", q.value, q.text)
                else:
                    out[k] = Quantity(q.start, q.end, q.kind, float(q.value) * quantities._SCALE[unit], q.text)
    return sorted(out, key=lambda q: (q.start, q.end))


def _english_words_value(phrase: str) -> float | None:
    words = re.split(r"[\s-]+", phrase.casefold())
    if words[0] in ("dozens", "hundreds", "thousands"):
        return None  # vague: "dozens of people"
    if words[:4] == ["one", "and", "a", "half"]:
        value, rest = 1.5, words[4:]
    else:
        value, rest = 0.0, []
        for k, w in enumerate(words):
            if w == "a":
                value = 1
            elif w in ("thousand", "million", "billion", "trillion"):
                rest = words[k:]
                break
            elif w == "hundred":
                value = (value or 1) * 100
            else:
                value += _EN_WORDS[w]
    for w in rest:
        value *= {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[w]
    return value


@dataclass(frozen=True)
class NumberMismatch:
    source: Quantity
    target: Quantity
    decimal_comma: bool = False   # the same value, written with a Russian decimal comma


def compare(src: list[Quantity], tgt: list[Quantity]) -> list[NumberMismatch]:
    """Pair what the two sides do not share: a source value with no equal on the English
    side and an English value of the same family with no equal in the source."""
    out: list[NumberMismatch] = []
    tgt_left = list(tgt)
    src_left = []
    for q in src:
        twin = next((t for t in tgt_left if q.same(t)), None)
        if twin is None:
            src_left.append(q)
            continue
        tgt_left.remove(twin)
        if twin.decimal_comma and q.kind in ("number", "percent") and re.search(r"\d,\d", q.text):
            out.append(NumberMismatch(q, twin, decimal_comma=True))
    for family in ("number", "percent", "date", "weekday"):
        s = [q for q in src_left if q.family == family]
        t = [q for q in tgt_left if q.family == family]
        if family == "number":  # a year and a count are both numbers, but pair like with like
            s = [q for q in s if q.kind != "year"] or s
            t = [q for q in t if q.kind != "year"] or t
        if s and len(s) == len(t):
            out.extend(NumberMismatch(a, b) for a, b in zip(s, t))
        elif family == "date" and s and t:
            out.extend(NumberMismatch(a, b) for a, b in zip(s, t) if a.kind == b.kind)
    # One figure left on each side, a count on one and a percentage on the other ("явка 48,7%"
    # as "48.7 thousand"): the same fact with its unit garbled.
    paired = {id(m.source) for m in out} | {id(m.target) for m in out}
    s = [q for q in src_left if q.family in ("number", "percent") and q.kind != "year" and id(q) not in paired]
    t = [q for q in tgt_left if q.family in ("number", "percent") and q.kind != "year" and id(q) not in paired]
    if len(s) == 1 and len(t) == 1 and s[0].family != t[0].family:
        out.append(NumberMismatch(s[0], t[0]))
    return out


def english_value(q: Quantity, like: Quantity) -> str | None:
    """The source value written the English way, in the style of the English mention."""
    if q.kind == "date":
        month, day = q.value
        name = quantities.format_month(month, "May")
        if like.kind == "date" and like.text[:1].isdigit():
            return f"{day} {name}"
        return f"{name} {day}"
    if q.kind == "month":
        return quantities.format_month(q.value, "May")
    if q.kind == "weekday":
        return quantities.format_weekday(q.value)
    value = float(q.value)
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if value >= scale and ("illion" in like.text or like.kind == "number" and float(like.value) >= scale):
            return f"{_plain(value / scale)} {word}" + (" per cent" if q.kind == "percent" else "")
    text = _plain(value)
    if q.kind == "percent":
        return text + ("%" if "%" in like.text else " percent")
    return text


def _plain(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")
