"""Russian names translated by their meaning, and the transliteration that undoes it (MT109).

MT translates a Russian name whose letters spell a word: the surname Волков (also the genitive
plural of "волк") becomes "Wolves", Зайцев "Hares", the first name Любовь "Love", the town Мирный
"Peaceful". mtaudit/data/name_meanings_derived.tsv says which English word can stand for which
Russian name (a hand-kept table of meanings; the names derived from it with pymorphy3's name tags
by scripts/build_name_meanings.py). A capitalised English word of that table is the name when:

* **the document names the person**: it writes the surname transliterated elsewhere ("Ilya
  Volkov ... Wolves stopped 31 shots") and the word stands where a name stands — mid-sentence and
  not part of a longer name, or at a sentence start before a finite verb ("Hares was taken");
* **a first name by meaning**: the word stands right before a Russian surname or patronymic
  ("Love Kuznetsova", "Faith Petrovna"), where only a first name goes;
* **a surname right after a Russian first name** ("Daria Sparrows", "Ivan Bears"): the surname
  of the first name's gender (Vorobyova after Daria, Medvedev after Ivan) is the fix;
* **a place by meaning**: the word stands after "in"/"near"/"from" and before "in" or a comma
  and another capitalised name ("shot in Peaceful in Yakutia").

The fix is the transliteration (the document's own spelling when it has one), unsafe: the
original decides. Quiet: English surnames that are words with no such echo ("Robert Frost",
"Senator Hunt"), a word after an English first name, glossary spans, quotations in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.bare_names import foreign_locator
from mtaudit.detectors.entities.context import entity_context
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word
from mtaudit.text.position import DASHES, POSITION_MARKS, capitalised_by_position

BY_MEANING = rule(
    "MT109", "name-by-meaning", "entity-mistranslation",
    summary="A Russian first name, surname or town translated by its meaning (“Love Kuznetsova”, "
            "“Wolves” for Volkov)",
    why="MT translates a Russian name whose letters spell a word (Любовь -> 'Love', Волков -> "
        "'Wolves', Мирный -> 'Peaceful'). A word of the table of such meanings stands where the "
        "name stands: the document names that person elsewhere, or a Russian surname follows it, "
        "or it is the place of a locative phrase. The fix is the transliteration.",
    confidence="likely",
    bad=["Goalkeeper Pavel Volkov was the hero of the night. Wolves stopped 40 shots.",
         "The exhibition was prepared by curator Love Smirnova and her team.",
         "Investigators said Artem Zaitsev had rented the car. Hares was detained on Friday.",
         "The film was shot in Peaceful in Yakutia last winter.",
         "The award went to Faith Ivanovna Petrova, a teacher from Kazan.",
         "Second place went to Daria Sparrows, six seconds behind the winner."],
    good=["The poet Robert Frost read at the inauguration; Frost was 86.",
          "Wolves beat Arsenal 2-1 at Molineux on Saturday.",
          "Hope Hicks and Faith Hill attended the gala.",
          "The village lies in Peaceful Valley, Montana.",
          "Pavel Volkov said the wolves had killed three sheep."],
    applicability="unsafe",
)


@dataclass(frozen=True)
class NameMeaning:
    kind: str        # surname | first | place
    russian: str
    latin: str       # the transliteration a fix puts in
    spellings: tuple[str, ...]


@lru_cache(maxsize=1)
def meanings() -> dict[str, tuple[NameMeaning, ...]]:
    """Lower-case English word -> the Russian names it can translate (name_meanings_derived.tsv)."""
    out: dict[str, list[NameMeaning]] = {}
    for cols in lexicon.rows("name_meanings_derived.tsv"):
        if len(cols) < 5:
            continue
        english, kind, russian, latin, spellings = cols[:5]
        out.setdefault(english, []).append(NameMeaning(kind, russian, latin, tuple(spellings.split("|"))))
    return {k: tuple(v) for k, v in out.items()}


def first_name_meaning(word: str) -> NameMeaning | None:
    """The Russian first name `word` ("Love", "Faith") translates, if any."""
    return next((m for m in meanings().get(word.lower(), ()) if m.kind == "first"), None)


_CANDIDATE = re.compile(r"(?<![\w’'.@#/-])([A-Z][a-z]{2,})(?![\w’'@/-])")
_NEXT = re.compile(r"[ \t]+([A-Za-z][\w’'-]*)")
_NEXT_TOKEN = re.compile(r"[ \t]*([A-Za-z][\w’'-]*|[^\s\w])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z’'-]*)[ \t]+$")
# Endings of Russian surnames and patronymics in their usual transliterations.
_RUSSIAN_SURNAME = re.compile(
    r"[A-Z][a-z]+(?:ova|eva|yova|ina|yna|ov|ev|yov|in|yn|sky|skiy|skii|skaya|aya|oy|iy|enko|"
    r"ovich|evich|ovna|evna|ichna|yuk|chuk|uk)$")
_PLACE_BEFORE = frozenset({"in", "near", "from", "outside", "of"})


def russian_surname(word: str) -> bool:
    """A capitalised word shaped like a Russian surname or patronymic, not English."""
    if word.endswith(("ovna", "evna", "ovich", "evich")):
        return True
    return bool(_RUSSIAN_SURNAME.match(word)) and not is_common_word(word.lower()) \
        and word not in lexicon.first_names()


class NameByMeaningDetector:
    name = "name-by-meaning"
    rules = (BY_MEANING,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        table = meanings()
        ec = None
        words_in_doc: set[str] | None = None
        for m in _CANDIDATE.finditer(text):
            word = m.group(1)
            options = table.get(word.lower())
            if not options:
                continue
            start, end = m.span(1)
            if ec is None:
                ec = entity_context(doc, ctx) or False
            if ec and ec.spans.overlaps(start, end):
                exact = ec.by_span.get((start, end), [])
                if not exact or any(x.kind != "wrong" for x in exact) or len(exact) != _overlapping(ec, start, end):
                    continue  # a glossary form; only a lone cued wrong form ("Hope" of a village) is judged here
            if words_in_doc is None:
                words_in_doc = set(re.findall(r"\b[A-Z][a-z]+\b", text))
            found = self._judge(text, start, end, word, options, words_in_doc, doc, ctx)
            if found is not None:
                meaning, latin, why = found
                yield BY_MEANING.finding(
                    doc, start, end,
                    f"“{word}” is the Russian {_KIND[meaning.kind]} {meaning.russian} translated by "
                    f"its meaning ({why}); write “{latin}”",
                    fix=Fix.replace(start, end, latin, Applicability.UNSAFE, f"write “{latin}”"),
                    confidence=Confidence.LIKELY, evidence=[why])

    def _judge(self, text, start, end, word, options, words_in_doc, doc=None, ctx=None):
        nxt = _NEXT.match(text, end, min(len(text), end + 40))
        after = nxt.group(1) if nxt else ""
        wb = _WORD_BEFORE.search(text, max(0, start - 40), start)
        before = wb.group(1) if wb else ""
        at_start = capitalised_by_position(text, start, marks=POSITION_MARKS + DASHES)
        for meaning in options:
            if meaning.kind == "first" and after[:1].isupper() and russian_surname(after) \
                    and text[end:end + 1] in (" ", "\t"):
                return meaning, meaning.latin, f"before the Russian surname “{after}”"
        for meaning in options:
            if meaning.kind != "surname":
                continue
            echo = next((s for s in meaning.spellings if s in words_in_doc), None)
            if echo is None:
                continue
            token = _NEXT_TOKEN.match(text, end, min(len(text), end + 40))
            following = token.group(1) if token else ""
            if following[:1].isupper() or following.lower() == "of":
                return None  # part of a longer name ("Wolves Stadium", "Swans of Tuonela")
            if before in lexicon.first_names() and before not in _russian_first_names():
                return None  # "Robert Frost": an English name
            if at_start and not _verb_after(following):
                return None
            if not at_start and before[:1].islower() and before.lower() in ("the", "a", "an", "these", "those"):
                return None  # "the wolves": the animals
            return meaning, echo, f"the document names {echo}"
        after_first = surname_after_russian_first_name(text, start, end, options)
        if after_first is not None:
            return after_first, after_first.latin, f"right after the Russian first name “{before}”"
        for meaning in options:
            if meaning.kind == "place" and before.lower() in _PLACE_BEFORE and not at_start:
                rest = text[end:end + 40]
                if re.match(r"(?:[ \t]+in|,)[ \t]+[A-Z][a-z]", rest) \
                        and (rest[:1] != "," or foreign_locator(text, end, _place_names(doc, ctx)) is None):
                    return meaning, meaning.latin, f"a place: “{before} {word}” before another place name"
        return None


def _place_names(doc, ctx) -> frozenset[str]:
    """The place names of the glossary found in the document (none without a glossary)."""
    ec = entity_context(doc, ctx) if doc is not None and ctx is not None else None
    return ec.place_names if ec else frozenset()


def surname_after_russian_first_name(text: str, start: int, end: int, options=None) -> NameMeaning | None:
    """The surname a word of the table translates when it stands right after a Russian first name
    and ends the name ("Daria Sparrows," -> Vorobyova); the first name's gender picks the form."""
    options = meanings().get(text[start:end].lower(), ()) if options is None else options
    surnames = [m for m in options if m.kind == "surname"]
    if not surnames:
        return None
    wb = _WORD_BEFORE.search(text, max(0, start - 40), start)
    genders = _russian_first_names_gender()
    if wb is None or wb.group(1) not in genders:
        return None
    token = _NEXT_TOKEN.match(text, end, min(len(text), end + 40))
    following = token.group(1) if token else ""
    if following[:1].isupper() or following.lower() == "of":
        return None  # part of a longer name
    feminine = genders[wb.group(1)] == "f"
    same = [m for m in surnames if m.latin.endswith("a") == feminine]
    return (same or surnames)[0] if genders[wb.group(1)] else surnames[0]


@lru_cache(maxsize=1)
def _russian_first_names_gender() -> dict[str, str]:
    return {name: (cols[0] if cols else "") for name, cols in lexicon.table("first_names_ru_latin.txt").items()}


def _overlapping(ec, start: int, end: int) -> int:
    """How many glossary matches overlap [start, end)."""
    return sum(1 for m in ec.matches if m.start < end and start < m.end)


_KIND = {"surname": "surname", "first": "first name", "place": "place name"}


@lru_cache(maxsize=1)
def _russian_first_names() -> frozenset[str]:
    return frozenset(lexicon.table("first_names_ru_latin.txt"))


def _verb_after(word: str) -> bool:
    """A finite verb: the listed ones ("said", "was") or a past form of an English verb ("stopped")."""
    from mtaudit.detectors.entities.slots import is_finite_verb

    low = word.lower()
    return bool(word) and (is_finite_verb(low) or low.endswith("ed") and is_common_word(low))


def echoed_surname(text: str, word: str) -> str | None:
    """The transliterated surname `word` translates, when the text also writes it ("Volkov" for
    "Wolves"); MT108 leaves such words to MT109, which knows the fix."""
    options = meanings().get(word.lower(), ())
    for meaning in options:
        if meaning.kind == "surname":
            for spelling in meaning.spellings:
                if re.search(rf"\b{re.escape(spelling)}\b", text):
                    return spelling
    return None


DETECTOR = NameByMeaningDetector()
