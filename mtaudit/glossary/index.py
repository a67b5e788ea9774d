"""One Aho-Corasick automaton over every surface form of every concept.

The automaton is built on a length-preserving fold of the forms (per-character
lower case, whitespace to a space, ’ to '), and run over the same fold of the
text, so a hit's offsets are offsets into the text exactly as read. Each hit is
checked again against the original slice and for word boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from mtaudit.glossary.inflect import case_forms
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.glossary.model import KINDS, Concept, Glossary, WrongForm
from mtaudit.glossary.style import style_forms_by_concept
from mtaudit.text.views import GLOSSARY_MATCHES

_EXTRA_FOLD = {ord(c): " " for c in "\t\n\r\x0b\x0c\xa0\u2007\u2009\u202f\u200a"} | {ord("’"): "'"}
_EXTRA_FOLD_PAIRS = tuple((chr(code), to) for code, to in _EXTRA_FOLD.items())
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}


def fold_keeping_offsets(text: str) -> str:
    """Lower case and normalise whitespace without changing the length (İ -> i, ß stays)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer ("İ" -> "i̇")
        low = "".join(c.lower()[0] for c in text)
    # One str.replace per folded character the text holds: a translate() with a mapping looks
    # every character up in a dict, ten times slower on a long document.
    for char, to in _EXTRA_FOLD_PAIRS:
        if char in low:
            low = low.replace(char, to)
    return low


@dataclass(frozen=True)
class GlossaryMatch:
    """A surface form of a concept found in a document."""

    start: int
    end: int
    surface: str            # == doc.text[start:end]
    concept: Concept
    kind: str               # canonical | short | variant | translit | ru | inflected | wrong
    form: str               # the glossary form that matched, in its own casing
    wrong: WrongForm | None = None

    @property
    def exact(self) -> bool:
        """True when the text has the glossary form's exact casing."""
        return self.surface == self.form


class _Entry(NamedTuple):  # a tuple: unpickling the cached index stays cheap
    concept: int
    kind: str
    form: str
    wrong: WrongForm | None = None


class GlossaryIndex:
    """The automaton plus the entries each folded key stands for."""

    def __init__(self, glossary: Glossary) -> None:
        self.concepts = list(glossary.concepts)
        entries: dict[str, list[_Entry]] = {}
        style = style_forms_by_concept(self.concepts)
        for i, concept in enumerate(self.concepts):
            for kind, form, wrong in _forms(concept):
                if kind == "translit" and form in style.get(concept.id, ()):
                    kind = "variant"  # a house style's spelling (Kiev), not an artifact
                entries.setdefault(fold_keeping_offsets(form), []).append(_Entry(i, kind, form, wrong))
        self.inflected_count = 0
        for i, concept in enumerate(self.concepts):
            for form in _inflected(concept, entries, glossary.accept):
                entries.setdefault(fold_keeping_offsets(form), []).append(_Entry(i, "inflected", form))
                self.inflected_count += 1
        # The automaton stores integers only; the entries live in a plain list. pyahocorasick
        # pickles each stored object on its own, which made loading the cached glossary grow
        # ~10x with 28k keys; ints and one list load in a fraction of that.
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.values: list[tuple] = []
        for key, items in entries.items():
            cased = any(e.wrong is not None and e.wrong.cased for e in items)
            self.automaton.add_word(key, len(self.values))
            self.values.append((len(key), tuple(tuple(e) for e in items), cased))  # plain tuples
        if entries:
            self.automaton.make_automaton()
        self.size = len(entries)

    def find(self, text: str) -> list[GlossaryMatch]:
        """Leftmost-longest matches at word boundaries; a span shared by several concepts
        (or kinds) yields one match each, best kind first."""
        if not self.size:
            return []
        folded = fold_keeping_offsets(text)
        candidates = []
        # fold_keeping_offsets() maps each character to exactly one, so folded offsets are text offsets.
        values = self.values
        for last, value in self.automaton.iter(folded):
            length, plain, cased = values[value]
            start, end = last + 1 - length, last + 1
            if not _at_boundaries(text, start, end):
                continue  # most hits are inside words: checked before any entry is built
            items = [_Entry(*e) for e in plain]
            surface = text[start:end]
            if cased:  # a wrong form that only counts with its exact capitals
                items = [e for e in items if not (e.wrong and e.wrong.cased and surface != e.form)]
            if items:
                candidates.append((start, end, surface, items))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[GlossaryMatch] = []
        cursor = 0
        for start, end, surface, items in candidates:
            if start < cursor:
                continue
            cursor = end
            best: dict[int, _Entry] = {}
            for e in items:
                if e.concept not in best or _KIND_RANK[e.kind] < _KIND_RANK[best[e.concept].kind]:
                    best[e.concept] = e
            for e in sorted(best.values(), key=lambda e: _KIND_RANK[e.kind]):
                out.append(GlossaryMatch(start, end, surface, self.concepts[e.concept], e.kind,
                                         e.form, e.wrong))
        return out


def _forms(concept: Concept):
    yield "canonical", concept.canonical, None
    if concept.short:
        yield "short", concept.short, None
    for v in concept.variants:
        yield "variant", v, None
    for t in concept.translit:
        yield "translit", t, None
    for r in concept.ru:
        yield "ru", r, None
    for w in concept.wrong:
        yield "wrong", w.text, w


def _inflected(concept: Concept, known: dict, accept: frozenset[str]) -> list[str]:
    """Case-ending forms of the concept's one-word name that are nothing else:
    not a known form of any concept, not an English word, not accepted."""
    if not concept.inflects:
        return []
    name = concept.short or concept.canonical.split()[-1]
    return [f for f in case_forms(name)
            if fold_keeping_offsets(f) not in known and f not in accept and not is_dictionary_word(f)]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or "\u0300" <= ch <= "\u036f"


def _at_boundaries(text: str, start: int, end: int) -> bool:
    if start > 0 and _is_word_char(text[start]) and _is_word_char(text[start - 1]):
        return False
    if end < len(text) and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
        return False
    return True


def matches(doc, glossary: Glossary) -> list[GlossaryMatch]:
    """Every glossary match in `doc`: the document's GLOSSARY_MATCHES view for this glossary."""
    return doc.view(GLOSSARY_MATCHES, lambda: glossary.index.find(doc.text), key=glossary.hash)
