"""Two calque families of Russian word formation, generated from data tables (MT2231, MT2407, MT2408).

MT2231 — Russian compound prepositions (в рамках, на базе, по линии, в адрес, в части, в целях,
по причине, за счёт, в лице, на протяжении, на предмет, ...). MT renders the noun of the
preposition literally, singular or plural, with or without an article: "in the frames of", "on the
base of", "along the line of the ministry", "to the address of the governor", "in the part of
financing", "in the purposes of ensuring". mtaudit/data/calque_compound_prepositions.yaml holds one
row per Russian preposition: the English prepositions, articles and nouns MT produces, the word
after the noun, and the continuations that make a rendering Russian ("on the basis of the regional
hospital") or native ("on the basis of evidence", "on the base of the statue"). The matcher of a row
is generated from its cells; no phrase is written as a regex by hand.

MT2407 — Russian compound adjectives (фельдшерско-акушерский пункт, топливно-энергетический
комплекс, жилищно-коммунальное хозяйство): a hyphenated compound whose every element is relational
(an adjective suffix, or a Russian compounding stem MT leaves as a bare noun: fuel, housing, road)
before a Russian type noun (complex, point, economy, institute). A shape test over word lists in
mtaudit/data/calque_compound_adjectives.yaml; English combining forms (socio-, Sino-), national
adjectives (capitalised) and pairs English writes (military-industrial) stay quiet.

MT2408 — craft-event names "the festival of blacksmith craft", "the competition of professional
skill" (фестиваль кузнечного мастерства): event noun + of + relational modifier + craft noun.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
import yaml

from mtaudit.core.lazyregex import LazyPattern
from mtaudit.core.yamlsafe import load_data
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import one_or_many, words as lexicon_words

PREP_FILE = "calque_compound_prepositions.yaml"
ADJ_FILE = "calque_compound_adjectives.yaml"

PREPOSITION = rule(
    "MT2231", "russian-compound-preposition", "calque",
    summary="“in the frames of the programme”, “a clinic on the base of a truck”, “along the line "
            "of the ministry”, “in the part of financing”: a Russian compound preposition word for word",
    why="Russian compound prepositions (в рамках, на базе, по линии, в адрес, в части, в целях, по "
        "причине, за счёт, в лице, на протяжении, на предмет) are rendered noun by noun, singular or "
        "plural, with or without an article. English says as part of, based at, through, at, "
        "regarding, to, because of, funded by, represented by, for, for. The family is a table "
        "(mtaudit/data/calque_compound_prepositions.yaml) from which the matchers are generated; "
        "the continuations English uses natively (on the basis of evidence, on the base of a "
        "statue, in the frame of mind) are data too.",
    confidence="likely",
    bad=["In the frames of the regional programme, forty schools will be repaired.",
         "A mobile clinic on the base of a KamAZ truck will visit remote villages.",
         "The aid was delivered along the line of the Emergencies Ministry.",
         "In the purposes of ensuring security, the square will be closed."],
    good=["He was not in the frame of mind to negotiate.",
          "Vandals sprayed paint on the base of the statue.",
          "Places are allocated on the basis of need.",
          "Troops dug in along the line of the river."],
)

COMPOUND = rule(
    "MT2407", "russian-compound-adjective", "calque",
    summary="“feldsher-obstetric point”, “fuel-energy complex”, “housing-communal economy”, "
            "“scientific-research institute”: a Russian compound adjective kept as a hyphenated pair",
    why="Russian joins two relational adjectives with -o- before a type noun (фельдшерско-акушерский "
        "пункт, топливно-энергетический комплекс, жилищно-коммунальное хозяйство); MT keeps the "
        "pair. English says one word or its own phrase (rural health post, energy sector, housing "
        "and utilities, research institute, road accident). A shape test: every element relational "
        "(adjective suffix or a Russian compounding stem), a Russian type noun after it, no English "
        "combining form (socio-, Sino-) or native pair (military-industrial); lists in "
        "mtaudit/data/calque_compound_adjectives.yaml.",
    confidence="likely",
    bad=["A new feldsher-obstetric point has opened in the village.",
         "Investment in the fuel-energy complex fell by a tenth.",
         "The driver died in a road-transport accident on the M4.",
         "The physical-culture-health complex will open in May.",
         "Staff of the Baikal Scientific-Research Institute took samples."],
    good=["Eisenhower warned of the military-industrial complex.",
          "The Military-Industrial Commission met on Monday.",
          "The socio-economic situation in the region is difficult.",
          "A Sino-Russian energy project was signed.",
          "The left-wing party won the vote.",
          "A new fish-processing plant opened in the port."],
)

CRAFT_EVENT = rule(
    "MT2408", "festival-of-craft", "calque",
    summary="“The festival of blacksmith craft”, “the competition of professional skill”: a Russian "
            "festival or contest name word for word",
    why="Russian names events by the genitive of a relational adjective and a craft noun "
        "(фестиваль кузнечного мастерства, конкурс профессионального мастерства); MT keeps the "
        "order. English puts the craft first: blacksmithing festival, professional skills "
        "competition. An evaluative word in the slot (a contest of great skill) is English and "
        "stays quiet.",
    confidence="likely",
    bad=["The festival of blacksmith craft gathered 96 masters.",
         "Nurses took part in the competition of professional skill."],
    good=["The final was a contest of great skill.",
          "The blacksmithing festival gathered 96 masters.",
          "The Festival of Light opens on Friday."],
)

_DETERMINERS = frozenset("the a an his her its their our this that these those".split())
_NEAR = 300  # characters either side where an `unless_near` topic word counts
_TOKEN = regex.compile(r"(\p{L}[\p{L}\d]*)(['’]s\b)?|([.,;:!?()\[\]\"“”«»—–])")
_WORD_BEFORE = regex.compile(r"\p{L}+")


@dataclass(frozen=True)
class Row:
    ru: str
    english: str
    pattern: regex.Pattern
    after: frozenset[str]
    after_suffix: tuple[str, ...]
    unless_after: frozenset[str]
    before: frozenset[str]
    unless_before: frozenset[str]
    followed: regex.Pattern | None
    not_followed: regex.Pattern | None
    bads: tuple[str, ...]
    quiets: tuple[str, ...]
    after_abbreviation: bool = False   # a Russian abbreviation (MFC, GOK) counts as an `after` word
    unless_near: frozenset[str] = frozenset()  # topic words that make the literal sense native

    @property
    def fixable(self) -> bool:
        return " | " not in self.english and not self.english.startswith("(")


def _text(item) -> str:
    """A table cell as text: YAML 1.1 reads a bare `on` as True."""
    return "on" if item is True else str(item)


def _words(spec, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for item in spec or ():
        item = _text(item)
        out |= classes.get(item, {item.lower()})
    return frozenset(out)


def _alternation(items) -> str:
    alts = longest_first({_text(i) for i in items})
    return "|".join(r"\s+".join(regex.escape(w) for w in a.split()) for a in alts)


def build_pattern(row: dict) -> str:
    """The matcher of a table row: preposition, optional/required article, noun, link word."""
    preps = _alternation(row["preps"])
    arts = [a for a in row.get("articles", ["the"]) if a]
    optional = "" in row.get("articles", ["the"])
    art = ""
    if arts:
        art = rf"(?:(?:{_alternation(arts)})\s+)" + ("?" if optional else "")
    nouns = _alternation(row["nouns"])
    link = row.get("link", "")
    tail = rf"\s+(?:{link})" if link else ""
    return rf"(?<![\w-])(?:{preps})\s+{art}(?:{nouns}){tail}(?![\w-])"


@lru_cache(maxsize=1)
def rows() -> tuple[Row, ...]:
    data = load_data(resources.files("mtaudit.data").joinpath(PREP_FILE).read_text(encoding="utf-8"))
    classes = {k: frozenset(str(w).lower() for w in v) for k, v in data["classes"].items()}
    out = []
    for r in data["rows"]:
        out.append(Row(
            ru=r["ru"], english=r["english"],
            pattern=LazyPattern(build_pattern(r), regex.IGNORECASE),  # compiled when its literals occur
            after=_words(r.get("after"), classes),
            after_suffix=tuple(r.get("after_suffix") or ()),
            unless_after=_words(r.get("unless_after"), classes),
            before=_words(r.get("before"), classes),
            unless_before=_words(r.get("unless_before"), classes),
            followed=LazyPattern(r["followed"]) if r.get("followed") else None,
            not_followed=LazyPattern(r["not_followed"]) if r.get("not_followed") else None,
            bads=one_or_many(r.get("bad")), quiets=one_or_many(r.get("quiet")),
            after_abbreviation="RU_ABBREVIATION" in (r.get("after") or ()),
            unless_near=_words(r.get("unless_near"), classes)))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> PatternTable:
    """The rows' patterns with the literals each needs (detectors/pattern_table.py): a row is
    tried only where its literals occur, not at every position of the text."""
    return PatternTable("frames", [row.pattern for row in rows()],
                        (resources.files("mtaudit.data").joinpath(PREP_FILE).read_bytes(),))


def _next_words(text: str, end: int, limit: int = 4) -> list[tuple[str, bool, int, str]]:
    """The next `limit` words after `end` up to punctuation: (lower-cased word, is a possessor,
    end, word as written)."""
    out: list[tuple[str, bool, int, str]] = []
    for m in _TOKEN.finditer(text, end, min(len(text), end + 80)):
        if m.group(3):
            break
        out.append((m.group(1).lower(), bool(m.group(2)), m.end(1), m.group(1)))
        if len(out) >= limit:
            break
    return out


_SENTENCE_STOP = regex.compile(r"[.!?;]")
_STOP_AT_END = regex.compile(r"[.!?;]\s*$")


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last `n` words (lower-cased) before `start` in its sentence, within 80 characters."""
    window = text[max(0, start - 80):start]
    if _STOP_AT_END.search(window):
        return []
    window = _SENTENCE_STOP.split(window)[-1]
    return [w.lower() for w in _WORD_BEFORE.findall(window)][-n:]


def _russian_abbreviation(word: str) -> bool:
    """An abbreviation MT leaves in Latin letters (MFC, GOK, FAP): two to six capitals, listed in
    the generated table of Russian abbreviations (ru_abbreviations.tsv)."""
    return 2 <= len(word) <= 6 and word.isupper() and word in lexicon_words("ru_abbreviations.tsv")


def row_fires(row: Row, text: str, m: regex.Match) -> bool:
    start, end = m.start(), m.end()
    if row.followed is not None and not row.followed.match(text, end):
        return False
    nxt = _next_words(text, end)
    content = list(nxt)
    while content and content[0][0] in _DETERMINERS:
        content.pop(0)
    if row.unless_after and any(t[0] in row.unless_after for t in content):
        return False
    if row.after or row.after_suffix:
        hit = None
        for w, poss, wend, written in content:
            if not poss and (w in row.after or (row.after_abbreviation and _russian_abbreviation(written))):
                hit = wend
                break
        if hit is None and row.after_suffix:
            for w, poss, wend, _ in content[:2]:
                if w.endswith(row.after_suffix) and len(w) > 5:
                    hit = wend
                    break
        if hit is None:
            return False
        if row.not_followed is not None and row.not_followed.match(text, hit):
            return False
    if row.unless_before and set(_words_before(text, start, 3)) & row.unless_before:
        return False
    if row.unless_near and {w.lower() for w in _WORD_BEFORE.findall(
            text, max(0, start - _NEAR), min(len(text), end + _NEAR))} & row.unless_near:
        return False  # "she'd get a little rank in the first turn" in a report on a race: the bend
    if row.before and not set(_words_before(text, start, 6)) & row.before:
        return False
    return True


@lru_cache(maxsize=1)
def adjective_data() -> dict:
    data = load_data(resources.files("mtaudit.data").joinpath(ADJ_FILE).read_text(encoding="utf-8"))
    out = {k: frozenset(str(w).lower() for w in v) for k, v in data.items() if k != "relational_suffixes"}
    out["relational_suffixes"] = tuple(data["relational_suffixes"])
    return out


_COMPOUND = regex.compile(
    r"(?<![\w-])(?P<c>\p{L}+(?:-\p{L}+){1,2})\s+(?:(?P<mid>\p{Ll}+)\s+)?(?P<head>\p{Ll}+)(?![\w-])")


@lru_cache(maxsize=1)
def craft_pattern() -> regex.Pattern:
    """event + of + one or two modifiers + a craft noun, the event and craft nouns from the table."""
    d = adjective_data()
    return regex.compile(
        rf"(?<![\w-])(?P<span>(?P<event>{_alternation(d['events'])})\s+of\s+(?P<mod>\p{{L}}+(?:['’]s?)?)\s+"
        rf"(?:(?P<mod2>\p{{Ll}}+)\s+)?(?P<craft>{_alternation(d['crafts'])}))(?![\w-])", regex.IGNORECASE)


_TITLED_PAIR = regex.compile(r"(?<![\w-])(?P<c>\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)\s+(?P<head>\p{Lu}\p{Ll}+)(?![\w-])")

_AND_PAIR = regex.compile(
    r"(?<![\w-])(?P<a>\p{Ll}+(?:\s+culture)?)\s+and\s+(?P<b>\p{Ll}+(?:-\p{Ll}+)?)\s+(?P<head>\p{Ll}+)(?![\w-])")


def _relational(element: str, d: dict) -> bool:
    e = element.lower()
    if e in d["native_elements"]:
        return False
    if e in d["stems"]:
        return True
    return len(e) > 4 and (e.endswith(d["relational_suffixes"]) or e.endswith("ico"))


def compound_fires(compound: str, head: str, d: dict) -> bool:
    parts = compound.split("-")
    low = compound.lower()
    if head.lower() not in d["heads"]:
        return False
    if any(p[:1].isupper() for p in parts[1:]):
        return False   # Sino-Russian, Russian-Chinese: national adjectives
    if "-".join(parts[:2]).lower() in d["russian_pairs"]:
        return True
    if low in d["native_pairs"] or any("-".join(parts[i:i + 2]).lower() in d["native_pairs"]
                                       for i in range(len(parts) - 1)):
        return False
    if all(_relational(p, d) for p in parts):
        return True
    # a noun first element before a strong Russian head: "furniture-production complex"
    return (len(parts) == 2 and head.lower() in d["strong_heads"] and parts[0].isalpha()
            and parts[0].lower() not in d["native_elements"] and _relational(parts[1], d))


def _craft_modifier(word: str, d: dict) -> bool:
    w = word.lower()
    if w in d["craft_quiet"]:
        return False
    return w in d["craft_modifiers"] or (len(w) > 4 and w.endswith(("al", "ic", "ary", "ist")))


class FramesTableDetector:
    name = "calques-frames-table"
    rules = (PREPOSITION, COMPOUND, CRAFT_EVENT)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        seen: list[tuple[int, int]] = []
        table_rows = rows()
        for i, m in table().matches(text):
            row = table_rows[i]
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in seen) or not row_fires(row, text, m):
                continue
            seen.append((start, end))
            phrase = text[start:end]
            fix = None
            if row.fixable:
                english = row.english
                if phrase[:1].isupper():
                    english = english[:1].upper() + english[1:]
                fix = Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
            hint = row.english.replace(" | ", "”, “")
            yield PREPOSITION.finding(
                doc, start, end, f"“{phrase}” renders Russian “{row.ru}” word for word; English: “{hint}”",
                fix=fix)
        if "-" in text:
            d = adjective_data()
            for m in _COMPOUND.finditer(text):
                head = m.group("head")
                end = m.end("head")
                if not compound_fires(m.group("c"), head, d):
                    mid = m.group("mid")
                    # a second head word: "physical-culture-health complex", "road-transport accident"
                    if not (mid and mid in d["heads"] and compound_fires(m.group("c"), mid, d)):
                        continue
                    end = m.end("mid")
                start = m.start("c")
                yield COMPOUND.finding(
                    doc, start, end,
                    f"“{text[start:end]}” keeps a Russian compound adjective (two relational adjectives "
                    "joined by -o-) before a type noun; English names the thing in its own words "
                    "(rural health post, energy sector, research institute, road accident)")
            for m in _TITLED_PAIR.finditer(text):
                # inside a name the pair keeps its capitals: "the Caspian Scientific-Research Centre"
                pair = m.group("c").lower()
                if m.group("head").lower() not in d["heads"] or \
                        pair not in d["russian_and_pairs"] | d["russian_pairs"] or pair in d["native_pairs"]:
                    continue
                start, end = m.start("c"), m.end("head")
                yield COMPOUND.finding(
                    doc, start, end,
                    f"“{text[start:end]}” keeps a Russian compound adjective (two relational adjectives "
                    "joined by -o-) inside a name; English names it in its own words (Research "
                    "Institute, Research Centre)")
        if " and " in text:
            d = adjective_data()
            for m in _AND_PAIR.finditer(text):
                pair = (regex.sub(r"\s+", "-", m.group("a")) + "-" + m.group("b")).lower()
                if m.group("head") not in d["heads"] or pair not in d["russian_and_pairs"]:
                    continue
                start, end = m.start("a"), m.end("head")
                yield COMPOUND.finding(
                    doc, start, end,
                    f"“{text[start:end]}” renders a Russian compound adjective pair before a type noun; "
                    "English names the thing in its own words (energy sector, housing and utilities, "
                    "rural health post)")
        if " of " in text or " of " in text.lower():  # lowered only when the plain text has none
            d = adjective_data()
            for m in craft_pattern().finditer(text):
                if not m.group("craft").islower():
                    continue
                mods = [m.group("mod")] + ([m.group("mod2")] if m.group("mod2") else [])
                if m.group("mod")[:1].isupper() and not m.group("mod").lower().startswith("children"):
                    continue
                if not all(_craft_modifier(x, d) or x.lower() in d["craft_modifiers"] for x in mods):
                    continue
                if m.group("mod").lower() in d["craft_quiet"]:
                    continue
                start, end = m.start("span"), m.end("span")
                yield CRAFT_EVENT.finding(
                    doc, start, end,
                    f"“{text[start:end]}” renders a Russian event name (фестиваль кузнечного мастерства) "
                    "word for word; English puts the craft first: “blacksmithing festival”, "
                    "“professional skills competition”")


DETECTOR = FramesTableDetector()
