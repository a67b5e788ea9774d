"""A Russian genitive of place left without “of” (MT2430): “the governor Kirov Region”, “on all
territory Russian Federation”, “the Kataysky district Kurgan Region”, “in village administration
Krasnokumskoye”.

Russian joins a head noun to the place it belongs to by the genitive case alone (губернатор
Кировской области, территория Российской Федерации); MT that drops the case ending leaves the two
nouns side by side. English joins them with “of” or puts the place first (the Kirov Region
governor). The slot is read by word classes, not by a list of phrases: a lower-case head noun of
WordNet's person, group or location classes (data/bare_genitive_heads.tsv, built by
scripts/build_bare_genitive_heads.py), then a place: a place the glossary knows, or a capitalised
name ending in a unit's type noun (Region, Territory, Federation, Okrug ...). English writes such
a pair only as a modifier or an apposition (north Russia, mainland China, the capital Kyiv: data/
bare_genitive_spare.txt) or when the place opens a relative clause (“the territory Russia
occupies”), so a place with no type noun must be followed by punctuation or a function word, and a
location head (district, territory) takes only a unit or a country: “the city Moscow” is an
apposition, “the district Kurgan Region” is not. A head read as a verb (“to head Samara”) stays
quiet. Russian setting only: a place the glossary knows, or a unit's name in the text.

A state body's capitalised name is such a head too (Минздрав Башкортостана, правительство
Чувашии: "the Ministry of Health Bashkortostan", "the press service of the Government Chuvashia"):
a capitalised run ending right before a Russian place (the glossary's, less the towns of English-
speaking countries, or a unit's name) that holds a body's head word (data/bare_genitive_bodies.txt)
and ends on a capitalised word, the place then closing the name (punctuation or a lower-case word
after it). English writes "of" or the place first (Bashkortostan's Ministry of Health).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, lemmas_by_pos

BARE_GENITIVE = rule(
    "MT2430", "bare-genitive-of-place", "calque",
    summary="A head noun and the place it belongs to side by side without “of” (“the governor Kirov "
            "Region”, “on all territory Russian Federation”)",
    why="Russian joins a noun to its place by the genitive case alone (губернатор Кировской области); "
        "MT that drops the case leaves the two nouns side by side, which English never writes: “the "
        "governor of the Kirov Region” or “the Kirov Region governor”.",
    confidence="likely",
    bad=["Tula, 4 May. The deputy governor Tula Region opened the new bridge on Monday.",
         "Omsk, 2 June. Snow fell on the whole territory Omsk Region overnight.",
         "Kazan, 3 July. Bus fares rose for the residents Kazan, the mayor's office said.",
         "Orel, 5 May. The Uritsky district Orel Region received two new school buses.",
         "Ufa, 4 May. The Ministry of Health Bashkortostan reported 12 new cases on Monday.",
         "Cheboksary, 6 May. The press service of the Government Chuvashia said the bridge would reopen."],
    good=["Tula, 4 May. The deputy governor of the Tula Region opened the new bridge on Monday.",
          "Warships of the Nato members Latvia and Estonia sailed past Kaliningrad on Monday, the Russian fleet said.",
          "Kyiv, 2 June. Drones struck the capital Kyiv and the port city Odesa overnight.",
          "Kazan, 3 July. Officials in the territory Russia annexed said they would visit Kazan.",
          "Omsk, 2 June. Snow fell across north Russia and mainland Europe overnight.",
          "Orel, 5 May. He was appointed to head Orel Region after the elections.",
          "Tula, 4 May. The deputy governor visited Tula Region and the Tula Region governor spoke.",
          "Kazan, 3 July. The company Dawn and his brother Artem moved to Kazan; flight Kazan - Sochi left.",
          "Ufa, 4 May. Bashkortostan's Ministry of Health and the Ministry of Health of Tatarstan reported cases.",
          "Cheboksary, 6 May. The Government of Chuvashia and the Chuvashia Government House stayed shut.",
          "Edinburgh, 6 May. Police Scotland and Arts Council England said the Moscow tour was off."],
    applicability="unsafe",
)

HEADS = "bare_genitive_heads.tsv"
BODIES = "bare_genitive_bodies.txt"
# the capitalised run before a place: capitalised words and the small words inside a name
_NAME_RUN = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*|of|and|for|the|on)(?:[ ](?:[A-Z][\w’'-]*|of|and|for|the|on)){0,7})[ ]$")
SPARE = "bare_genitive_spare.txt"
# a unit's type noun closing a place's name: "Kurgan Region", "Russian Federation"
_UNIT = r"(?:Region|Territory|Oblast|Krai|Kray|Okrug)"
# a glossary place may end in these too ("Russian Federation", "Republic of Tatarstan" aside)
_GLOSSARY_UNIT = re.compile(r"[ ](?:Region|Territory|Oblast|Krai|Kray|Okrug|Federation|Republic)$")
_UNIT_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*[ ]){1,3}" + _UNIT + r"(?![\w’'-])")
_UNIT_END = re.compile(r"[ ]" + _UNIT + r"(?![\w’'-])")
_HEAD_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)[ ]$")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)[ ]$")
_NEXT = re.compile(r"\s*([\w’'-]+|\S)?")
# words before the head that make it a verb or a modifier's tail, not a noun ("to head", "will visit")
_VERB_CONTEXT = frozenset("""to will would can could may might must shall should did does do not never
he she they we i you who which that also has have had was were is are be been being""".split())


# titles WordNet also lists as adjectives ("head nurse", "chief cook"): before a place, a head
_TITLE_ADJECTIVES = frozenset({"head", "chief"})


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows(HEADS) if len(row) == 2}


@lru_cache(maxsize=1)
def _spare() -> frozenset[str]:
    return lexicon.words(SPARE)


@lru_cache(maxsize=1)
def _closed() -> frozenset[str]:
    return lexicon.words("closed_class_words.txt")


def head_class(word: str) -> str | None:
    """person, group or location for a head noun or its regular plural; None otherwise. A word
    WordNet also holds as an adjective (native, free, resident) or a verb's -ed/-ing form
    (accused) modifies the place or governs it: no head."""
    if word in _spare():
        return None
    pos = lemmas_by_pos(word) or {}
    if ("ADJ" in pos and word not in _TITLE_ADJECTIVES) or (word.endswith(("ed", "ing")) and "VERB" in pos):
        return None
    heads = _heads()
    if word in heads:
        return heads[word]
    for plural, singular in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(plural) and word[:-len(plural)] + singular in heads:
            return None if word[:-len(plural)] + singular in _spare() else heads[word[:-len(plural)] + singular]
    return None


def place_spans(text: str, known) -> list[tuple[int, int, bool]]:
    """(start, end, is_unit) of places: the glossary's (extended by a following unit noun) and
    capitalised names ending in a unit's type noun."""
    spans: dict[int, tuple[int, bool]] = {}
    for start, end in known:
        m = _UNIT_END.match(text, end)
        if m:
            end = m.end()
        unit = bool(m) or bool(_GLOSSARY_UNIT.search(text[start:end]))
        spans[start] = max(spans.get(start, (0, False)), (end, unit))
    for m in _UNIT_NAME.finditer(text):
        # the name's start may sit after a lowercase head: take the capitalised run only
        spans[m.start()] = max(spans.get(m.start(), (0, False)), (m.end(), True))
    return sorted((s, e, u) for s, (e, u) in spans.items())


# more names joined to the place ("Romania and Bulgaria", "Latvia, Lithuania and Estonia"): after a
# plural head they list its members in apposition; Russian's genitive names one owner
_LIST_AFTER = re.compile(r"(?:,[ \t]+[A-Z][\w’'-]+)*,?[ \t]+(?:and|or)[ \t]+[A-Z]")


def bare_genitives(text: str, known, countries=frozenset()):
    """(head start, place end, head, place, is_unit) of each head + place pair without “of”."""
    from mtaudit.detectors.russian_setting import transliterated_first_name

    closed = _closed()
    for start, end, unit in place_spans(text, known):
        m = _HEAD_BEFORE.search(text, max(0, start - 40), start)
        if not m:
            continue
        head = m.group(1)
        cls = head_class(head)
        if cls is None or head in closed:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and before.group(1).lower() in _VERB_CONTEXT:
            continue
        place = text[start:end]
        if not unit and (all(is_common_word(w.lower()) for w in re.findall(r"[A-Za-z]+", place))
                         or transliterated_first_name(place)):
            continue  # a word or a first name in apposition: "the retailer Marks", "his brother Artem"
        country = place in countries
        if cls == "location" and not (unit or country):
            continue
        if unit and head == place.rsplit(" ", 1)[-1].lower():
            continue
        if head.endswith("s") and _LIST_AFTER.match(text, end):
            continue  # "the Nato members Romania and Bulgaria": a plural noun, then the names it counts
        nxt = _NEXT.match(text, end).group(1)
        if nxt and (text[end:end + 1] in "’'&" or nxt in ("-", "–", "—", "&")):
            continue  # a possessive, a route or a firm's name: "the region Russia's army", "flight Omsk - Sochi"
        if nxt and nxt[:1].isalnum() and not unit:
            if nxt[:1].isupper() or nxt.lower() not in closed:
                continue  # a longer name, or a clause the place opens ("the territory Russia occupies")
        yield m.start(1), end, head, place, unit


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    return lexicon.words(BODIES)


def body_genitives(text: str, places):
    """(name start, place end, name, place) of each capitalised body name + place without “of”:
    `places` are (start, end) of Russian places."""
    bodies = _bodies()
    for start, end in places:
        m = _NAME_RUN.search(text, max(0, start - 80), start)
        if not m:
            continue
        words = m.group(1).split(" ")
        while words and (not words[0][:1].isupper() or words[0] == "The"):
            words.pop(0)  # the run opens on the name's first capital ("The Ministry" -> "Ministry")
        if not words or not words[-1][:1].isupper() or not any(w in bodies for w in words):
            continue
        nxt = _NEXT.match(text, end).group(1)
        if nxt and (text[end:end + 1] in "’'&-" or nxt[:1].isupper() or nxt[:1].isdigit()):
            continue  # a possessive, a route, or a longer name ("the Duma Tatarstan Republic ...")
        name = " ".join(words)
        yield m.end(1) - len(name), end, name, text[start:end]


def russian_places(doc, ctx) -> list[tuple[int, int]]:
    """Spans of the glossary's places that lie in Russia (Russia itself included), not the towns
    and countries of world_places.txt ("Police Scotland", "Arts Council England" stay quiet)."""
    from mtaudit.glossary import matches

    world = lexicon.words("world_places.txt")
    try:
        found = matches(doc, ctx.glossary)
    except Exception:  # noqa: BLE001 - the glossary detector reports a broken glossary itself
        return []
    return [(m.start, m.end) for m in found if getattr(m.concept, "type", None) == "place"
            and (m.concept.canonical == "Russia" or m.concept.canonical not in world)]


class BareGenitiveDetector:
    name = "calques-bare-genitive"
    rules = (BARE_GENITIVE,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        from mtaudit.detectors._people import glossary_spans
        from mtaudit.detectors.russian_setting import near_russia

        text = doc.text
        unit_names = _UNIT_NAME.search(text)
        if not unit_names and not near_russia(doc, ctx):
            return  # a unit's name (Kurgan Region, Perm Krai) is a Russian setting of its own
        known = glossary_spans(doc, ctx, types=("place",)) if near_russia(doc, ctx) else []
        if not known and not unit_names:
            return
        yield from self._bodies(doc, ctx, known)
        for h_start, end, head, place, unit in bare_genitives(text, known):
            h_end = h_start + len(head)
            link = "of the" if unit and not place.startswith("Russian Federation") else "of"
            yield BARE_GENITIVE.finding(
                doc, h_start, end,
                f"“{head} {place}” leaves out “of”: Russian puts the place in the genitive case; "
                f"write “{head} {link} {place}”",
                fix=Fix.replace(h_start, h_end, f"{head} {link}", Applicability.UNSAFE,
                                f"insert “{link}”"))


    def _bodies(self, doc, ctx, known):
        text = doc.text
        ours = set(russian_places(doc, ctx)) if known else set()
        places = [(s, e) for s, e, unit in place_spans(text, ours) if unit or (s, e) in ours]
        for n_start, end, name, place in body_genitives(text, places):
            p_start = end - len(place)
            yield BARE_GENITIVE.finding(
                doc, n_start, end,
                f"“{name} {place}” leaves out “of”: Russian puts the place in the genitive case; "
                f"write “{name} of {place}” or “{place}'s {name}”",
                fix=Fix.replace(p_start, p_start, "of ", Applicability.UNSAFE, "insert “of”"))


DETECTOR = BareGenitiveDetector()
