"""The glossary's data model: concepts (TBX-like entries) and the merged Glossary.

A Concept is one named entity with every English and Russian surface form the
tools know; a Glossary is the merged list of concepts plus an accept list, with
a content hash for the run signature and a lazily built matching index.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property

TYPES = ("person", "organisation", "place", "outlet", "title", "term")  # term: exams, taxes, laws, arms
CUES = ("required", "none")
APPLICABILITIES = ("safe", "unsafe")
# Every kind of surface form a match can be, most trusted first.
KINDS = ("canonical", "short", "variant", "translit", "ru", "inflected", "wrong")


@dataclass(frozen=True)
class WrongForm:
    """A known wrong rendering and the context that makes it wrong."""

    text: str
    cue: str = "required"        # required: flag only with a context cue; none: always wrong
    cased: bool = False          # match only with exactly this casing
    fix: str | None = None       # replacement; default: the concept's short (persons) or canonical form
    note: str | None = None


@dataclass(frozen=True)
class Concept:
    """One named entity (TBX: one concept entry)."""

    id: str
    canonical: str
    type: str
    short: str | None = None
    ru: tuple[str, ...] = ()
    inflect: bool | None = None  # None: the default for the type (persons inflect)
    variants: tuple[str, ...] = ()
    translit: tuple[str, ...] = ()
    wrong: tuple[WrongForm, ...] = ()
    applicability: str = "unsafe"
    source: str | None = None
    note: str | None = None
    origin: str = field(default="", compare=False)  # "file:line" it was read from

    @property
    def inflects(self) -> bool:
        return self.inflect if self.inflect is not None else self.type == "person"

    @property
    def name_form(self) -> str:
        """The form a fix puts in for a bare mention: the short form if any, else canonical."""
        return self.short or self.canonical

    @property
    def first_names(self) -> tuple[str, ...]:
        """Words of the canonical form before the short form ("Donald" for Donald Trump)."""
        if self.type != "person" or not self.short:
            return ()
        words = self.canonical.split()
        short_words = self.short.split()
        if words[-len(short_words):] != short_words:
            return ()
        return tuple(words[:-len(short_words)])

    def to_data(self) -> dict:
        """The concept as plain data (the YAML mapping), without empty keys."""
        out: dict = {"id": self.id, "canonical": self.canonical, "type": self.type}
        if self.short is not None:
            out["short"] = self.short
        if self.ru:
            out["ru"] = list(self.ru)
        if self.inflect is not None:
            out["inflect"] = self.inflect
        if self.variants:
            out["variants"] = list(self.variants)
        if self.translit:
            out["translit"] = list(self.translit)
        if self.wrong:
            out["wrong"] = [_wrong_data(w) for w in self.wrong]
        out["applicability"] = self.applicability
        if self.source is not None:
            out["source"] = self.source
        if self.note is not None:
            out["note"] = self.note
        return out


def _wrong_data(w: WrongForm) -> dict:
    out: dict = {"text": w.text, "cue": w.cue}
    if w.cased:
        out["cased"] = True
    if w.fix is not None:
        out["fix"] = w.fix
    if w.note is not None:
        out["note"] = w.note
    return out


@dataclass
class Glossary:
    """Merged concepts (later files override earlier ones by id) plus the accept list."""

    concepts: list[Concept]
    accept: frozenset[str] = frozenset()
    files: tuple[str, ...] = ()

    @cached_property
    def accepted_phrases(self) -> tuple[str, ...]:
        """Accepted strings of several words: they can hold a form that alone would be flagged."""
        return tuple(sorted(a for a in self.accept if " " in a.strip()))

    @cached_property
    def names_by_type(self) -> dict[str, frozenset[str]]:
        """Canonical, short and variant forms of each concept type ("outlet" -> {"Reuters", ...}),
        built once per loaded glossary for detectors that need a type's names."""
        out: dict[str, set[str]] = {}
        for c in self.concepts:
            out.setdefault(c.type, set()).update(f for f in (c.canonical, c.short, *c.variants) if f)
        return {t: frozenset(forms) for t, forms in out.items()}

    @cached_property
    def by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}

    @cached_property
    def hash(self) -> str:
        """Short sha256 of the loaded content (not of file names), for the run signature."""
        payload = json.dumps([[c.to_data() for c in self.concepts], sorted(self.accept)],
                             ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]

    @cached_property
    def index(self):
        """The Aho-Corasick index over every surface form (built on first use)."""
        from mtaudit.glossary.index import GlossaryIndex

        return GlossaryIndex(self)

    def __len__(self) -> int:
        return len(self.concepts)

    def derived(self, view, build):
        """A declared glossary view (mtaudit.text.views), built once per loaded glossary."""
        store = self.__dict__.get("_derived")
        if store is None:
            from mtaudit.text.views import Views

            store = self.__dict__["_derived"] = Views()
        return store.get(view, build)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("by_id", None)
        state.pop("_derived", None)  # rebuilt where it is used
        return state
