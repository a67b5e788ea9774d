"""Misheard names: a known person's surname garbled by MT ("Volcker", "Butinai", "Grossia").

MT systems that do not recognise a Russian surname transliterate it letter by
letter, glue a case ending to it, or swap it for an English name that sounds
alike (Волкер -> "Walker", Мюллер -> "Muller"). None of these is in the glossary,
so exact matching misses them. Here every capitalised word the glossary does not
know is compared with the surnames of the glossary's people and with their
Russian forms transliterated by several schemes (`iuliia`: Wikipedia, BGN/PCGN,
ICAO, scholarly ...):

* the same consonant skeleton (vowels dropped, w=v, ck=k, doubled letters
  collapsed) or a close string similarity (rapidfuzz), and
* evidence that the person is meant: the document names them correctly elsewhere,
  or their first name stands right before the word.

A word preceded by some other first name ("John Walker") is another person and
is left alone, as are English words at a sentence start and every glossary form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word
from mtaudit.rules.model import rule
from mtaudit.text.span_index import SpanIndex
from mtaudit.text.views import MISHEARD_TARGETS
from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.text.position import capitalised_by_position

MISHEARD = rule(
    "MT107", "misheard-name", "entity-mistranslation",
    summary="A known person's surname garbled: misheard, re-transliterated or with a case ending",
    why="MT renders an unknown Russian surname letter by letter or by a similar-sounding English "
        "name (Волкер -> Walker); the document's own correct mentions say who is meant.",
    confidence="likely",
    bad=["Kurt Volker arrived in Kyiv on Monday. Later Walker met the defence minister.",
         "Rafael Grossi toured the plant. The talks with Grossia lasted an hour.",
         "Sergey Lavrov spoke first. Then Lavrow answered questions."],
    good=["Kurt Volker arrived in Kyiv on Monday. Later John Walker met the defence minister.",
          "Lawmakers Approve Japarov As Premier\n\nKyrgyz lawmakers approved Sadyr Japarov as prime minister on Saturday.",
          "Rafael Grossi toured the plant with Gross, his deputy's driver.",
          "Emomali Rahmon opened the plant. His daughter, Ozoda Rahmonova, cut the ribbon.",
          "The ambassador walked along the river. Walker is a common name.",
          "Roman Starovoit toured the border. Kursk's governor, Roman Starovoyt, said so."],
    applicability="unsafe",
)

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")
_SCHEMES = ("WIKIPEDIA", "BGN_PCGN", "ICAO_DOC_9303", "MOSMETRO", "SCIENTIFIC", "TELEGRAM", "ALA_LC",
            "GOST_7034", "YANDEX_MAPS")


def skeleton(word: str) -> str:
    """Consonant skeleton: lower case, w->v, ck/c/q->k, ph->f, vowels dropped, doubles collapsed."""
    w = word.lower().replace("ck", "k").replace("ph", "f").replace("w", "v").replace("q", "k")
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k").replace("x", "ks")
    w = re.sub(r"[aeiouyj'’-]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


@dataclass(frozen=True)
class _Target:
    concept: object
    surname: str        # the accepted English surname (fix)
    variant: str        # the form compared (surname or a transliteration of the Russian)


def _targets(glossary) -> dict[str, list[_Target]]:
    """Skeleton -> targets, for every person of the glossary (built once per glossary, kept on it)."""
    return glossary.derived(MISHEARD_TARGETS, lambda: _stored_targets(glossary))


def _stored_targets(glossary) -> dict[str, list[_Target]]:
    """The targets from the private cache (mtaudit/core/privatecache.py) when this glossary's
    were built before: transliterating every Russian name by nine schemes costs more than the
    rest of a short audit. Stored as positions in `glossary.concepts`, so the targets hold the
    glossary's own concept objects; keyed by the glossary's content hash, iuliia and this code."""
    from pathlib import Path

    from mtaudit.core import privatecache

    try:
        from importlib.metadata import version

        scheme_version = version("iuliia")
    except Exception:  # noqa: BLE001 -- not installed: the English surnames alone
        scheme_version = "none"
    key = privatecache.digest(glossary.hash, str(len(glossary.concepts)), scheme_version,
                              Path(__file__).read_bytes())
    concepts = glossary.concepts
    rows = privatecache.load("misheard", key, list)
    if rows is not None:
        try:
            return _StoredTargets(rows, concepts)
        except (TypeError, ValueError):
            pass  # not the shape this code writes: rebuild
    built = _build_targets(glossary)
    position = {id(c): i for i, c in enumerate(concepts)}
    privatecache.store("misheard", key, [(k, [(position[id(t.concept)], t.surname, t.variant) for t in targets])
                                         for k, targets in built.items()])
    return built


class _StoredTargets:
    """Skeleton -> targets read from the cache; a skeleton's targets are made on first look-up
    (a short document looks up a handful of the ~1,200 skeletons). Only `get` is needed."""

    def __init__(self, rows, concepts) -> None:
        self._rows = dict(rows)
        self._concepts = concepts
        self._made: dict[str, list[_Target]] = {}

    def get(self, key: str, default=None):
        made = self._made.get(key)
        if made is None:
            row = self._rows.get(key)
            if row is None:
                return default
            made = self._made[key] = [_Target(self._concepts[i], surname, variant) for i, surname, variant in row]
        return made


def _build_targets(glossary) -> dict[str, list[_Target]]:
    try:
        import iuliia
        schemes = [getattr(iuliia, name) for name in _SCHEMES if hasattr(iuliia, name)]
    except ImportError:  # degrade: the English surnames alone
        schemes = []
    out: dict[str, list[_Target]] = {}
    for concept in glossary.concepts:
        if concept.type != "person":
            continue
        surname = concept.short or concept.canonical.split()[-1]
        if " " in surname or len(surname) < 4:
            continue
        variants = {surname}
        for ru in concept.ru:
            if " " not in ru and ru[:1].isupper() and len(ru) >= 4:
                variants.update(s.translate(ru) for s in schemes)
        for v in variants:
            key = skeleton(v)
            if len(key) >= 3:
                out.setdefault(key, []).append(_Target(concept, surname, v))
    return out


class MisheardNameDetector:
    name = "misheard-name"
    rules = (MISHEARD,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        targets = _targets(ec.glossary)
        known_spans = SpanIndex([(m.start, m.end) for m in ec.matches])
        named = self._named_concepts(ec)
        first_names = lexicon.first_names()
        text = doc.text
        closest: dict[str, list[_Target]] = {}  # per word: an article repeats its capitalised words
        for w in _CAPITALISED.finditer(text):
            word = w.group()
            if len(word) < 4 or word in first_names or known_spans.overlaps(w.start(), w.end()):
                continue
            near = closest.get(word)
            if near is None:
                near = closest[word] = self._closest(word, targets)
            for target in near:
                concept = target.concept
                before = ec.word_before(w.start())
                own_first = before is not None and before.lower() in {n.lower() for n in concept.first_names}
                if before in first_names and not own_first:
                    break  # "John Walker": another person
                if concept.id not in named and not own_first:
                    continue
                if is_common_word(word) and not own_first and (capitalised_by_position(text, w.start())
                                                                or _title_case_line(text, w.start())):
                    break  # "Walker is ..." at a sentence start, "Lawmakers Approve Japarov": the English word
                evidence = [f"first name “{before}” right before it"] if own_first else \
                    [f"the document names {concept.canonical} as “{named[concept.id]}”"]
                fix = target.surname
                yield MISHEARD.finding(
                    doc, w.start(), w.end(),
                    f"“{word}” looks like a garbled {concept.canonical} (as “{target.variant}”); write “{fix}”",
                    fix=Fix.replace(w.start(), w.end(), fix, Applicability.UNSAFE, f"replace with “{fix}”"),
                    confidence=Confidence.CERTAIN if own_first else Confidence.LIKELY, evidence=evidence)
                break

    @staticmethod
    def _named_concepts(ec) -> dict[str, str]:
        """Concepts the document names correctly (exact casing, capitalised): id -> surface."""
        out: dict[str, str] = {}
        for m in ec.matches:
            if m.concept.type == "person" and m.exact and m.kind in ("canonical", "short", "variant") \
                    and m.surface[:1].isupper():
                out.setdefault(m.concept.id, m.surface)
        return out

    @staticmethod
    def _closest(word: str, targets) -> list[_Target]:
        """Targets whose skeleton equals the word's, or differs by one trailing consonant
        ("Botinol" ~ Butina) with a close spelling; nearest first."""
        from rapidfuzz.distance import Levenshtein

        key = skeleton(word)
        found = list(targets.get(key, ()))
        if len(key) >= 4:
            found += targets.get(key[:-1], ())
        stem = _without_case_ending(word.lower())
        if stem != word.lower() and len(stem) >= 4:  # "Butunoi": a garbled stem with a case ending
            skey = skeleton(stem)
            found += targets.get(skey, ())
            found += [t for k in (skey + "n", skey[:-1]) for t in targets.get(k, ())]
        # a word that IS a standard transliteration of a person's Russian name ("Starovoyt", BGN/PCGN
        # of Старовойт, beside the glossary's "Starovoit") is that person's name spelled by another
        # scheme, as English newsrooms do, not a garble of it
        spelled = {id(t.concept) for t in found if t.surname == word or t.variant == word}
        scored = []
        for t in found:
            if id(t.concept) in spelled or len(word) < len(t.variant):
                continue  # a shorter word is another name ("Gross", "Volk"), not a garble
            if _derived_surname(word, t.variant):
                continue  # "Rahmonova" beside Rahmon: a surname (a daughter's, a son's) made from it
            variant = t.variant.lower()
            dist = min(Levenshtein.normalized_distance(word.lower(), variant),
                       Levenshtein.normalized_distance(stem, _without_case_ending(variant)))
            if dist <= 0.4:
                scored.append((dist, t))
        scored.sort(key=lambda x: x[0])
        return [t for _, t in scored]


# Russian case endings MT leaves on a transliterated surname, longest first (-oi of Бутиной).
_ENDINGS = ("ovoi", "ovoy", "evoi", "evoy", "oyu", "oju", "ymi", "ami", "oi", "oy", "ol", "ei", "ey",
            "om", "ym", "im", "oj", "u", "e", "y", "a")


# Slavic suffixes that make a surname or a patronymic from a name (Rahmon -> Rahmonov, Rahmonova;
# Ivan -> Ivanovich); a case ending (-a, -oi, -ym) garbles the name itself and stays MT107's.
_SURNAME_SUFFIXES = ("ovich", "evich", "ovna", "evna", "ova", "eva", "ov", "ev", "ina", "in", "yeva", "yev")


def _derived_surname(word: str, name: str) -> bool:
    """True when `word` is `name` with a surname-forming suffix: another family member's name."""
    low, base = word.lower(), name.lower()
    return low.startswith(base) and low[len(base):] in _SURNAME_SUFFIXES


def _without_case_ending(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word



def _title_case_line(text: str, at: int) -> bool:
    """The line holding `at` is a title in title case ("Kyrgyzstan Lawmakers Approve Japarov As
    New Prime Minister"): its capitals are layout, and a common word there is the word."""
    from mtaudit.text.headlines import is_headline_case, is_title

    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end].strip()
    return is_title(line) and is_headline_case(line)

DETECTOR = MisheardNameDetector()
