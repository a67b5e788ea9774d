"""Document context for the glossary detectors: who the document is about, and why we think so.

A wrong rendering ("the tramp") or a lowercased surname ("trump wrote") is only
flagged when the context shows the name is meant: a first name or a title
right before it, or another mention of the same concept elsewhere in the text.
Each cue is described in words, for the finding's message and evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from mtaudit.text import lexicon
from mtaudit.text.span_index import SpanIndex

from mtaudit.glossary import GlossaryMatch, matches
from mtaudit.text.views import ACCEPTED_PHRASES, CUE_TITLES, ENTITY_CONTEXT
from mtaudit.text.web_tokens import in_web_address, whitespace_token

_PREVIOUS_WORDS = re.compile(r"((?:[\w.’'-]+[ \t]+){1,3})$")
_NEXT_WORD = re.compile(r"[ \t]+([\w’'-]+)")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)((?:the|a|an)[ \t]+)$", re.IGNORECASE)
# Words before a lowercase common-word surname that show it is the common word ("to trump").
COMMON_USE_BEFORE = frozenset("a an the this that these those to his her its their our my your "
                              "no any every some each of will would can could should might may must "
                              "shall not never".split())
# Words after it that show a verb or noun use ("trump the offer", "trump card").
COMMON_USE_AFTER = frozenset("a an the this that these those his her its their our my your all any "
                             "every card cards".split())
# Words after which a bare lowercase surname can stand as a name ("Putin and trump", "said trump").
NAME_POSITION_BEFORE = frozenset("and or but nor with by that as when while after before from for "
                                 "said says told added wrote according where because if than between "
                                 "against on at about like unlike whom who then later now today "
                                 "yesterday meanwhile earlier also finally afterwards however".split())
MENTION_KINDS = ("canonical", "short", "variant", "translit", "ru", "inflected")


@lru_cache(maxsize=1)
def cue_titles() -> frozenset[str]:
    """Person titles from mtaudit/data/entity_cue_titles.txt (lower case)."""
    return frozenset(line.lower() for line in lexicon.entries_of("entity_cue_titles.txt"))


def _titles(glossary) -> frozenset[str]:
    """Cue titles: the data file's plus every form of the glossary's title concepts (once per glossary)."""
    def build() -> frozenset[str]:
        titles = set(cue_titles())
        for c in glossary.concepts:
            if c.type == "title":
                titles.update(f.lower() for f in (c.canonical, c.short, *c.variants) if f)
        return frozenset(titles)

    return glossary.derived(CUE_TITLES, build)


_ROMAN_NUMERAL = re.compile(r"(?=[MDCLXVI]{2,})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@lru_cache(maxsize=65536)
def _first_at(phrase: str, surface: str) -> int:
    return phrase.find(surface)


def _phrase_automaton(glossary):
    """An Aho-Corasick automaton of the glossary's accepted phrases (once per glossary), or None."""
    def build():
        if not glossary.accepted_phrases:
            return None
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for phrase in glossary.accepted_phrases:
            automaton.add_word(phrase, phrase)
        automaton.make_automaton()
        return automaton

    return glossary.derived(ACCEPTED_PHRASES, build)


def accepted_phrase_spans(text: str, glossary) -> list[tuple[int, str]]:
    """(start, phrase) of every occurrence of an accepted phrase in `text`, exact casing,
    overlapping ones included, sorted by start."""
    automaton = _phrase_automaton(glossary)
    if automaton is None:
        return []
    return sorted((end - len(phrase) + 1, phrase) for end, phrase in automaton.iter(text))


@dataclass(frozen=True)
class Cue:
    """Why we believe a span names a concept; `full` cues make a finding certain."""

    text: str
    full: bool


class EntityContext:
    """The glossary matches of one document, grouped by concept, with cue look-ups."""

    def __init__(self, doc, glossary) -> None:
        self.doc = doc
        self.glossary = glossary
        self.matches: list[GlossaryMatch] = matches(doc, glossary)
        self.titles = _titles(glossary)
        self.by_concept: dict[str, list[GlossaryMatch]] = {}
        self.by_span: dict[tuple[int, int], list[GlossaryMatch]] = {}
        for m in self.matches:
            self.by_concept.setdefault(m.concept.id, []).append(m)
            self.by_span.setdefault((m.start, m.end), []).append(m)

    @cached_property
    def place_names(self) -> frozenset[str]:
        """The surfaces of the glossary's places the document names correctly ("Yakutia",
        "Yaroslavl"): a name beside one is read against it (MT109, MT111)."""
        return frozenset(m.surface for m in self.matches if m.concept.type == "place" and m.kind != "wrong")

    @cached_property
    def spans(self) -> SpanIndex:
        """Every match's span, indexed: "does this word overlap a glossary match?" is one
        bisect, not a scan of every match (asked once per capitalised word by MT108)."""
        return SpanIndex((m.start, m.end) for m in self.matches)

    def at_span(self, m: GlossaryMatch) -> list[GlossaryMatch]:
        """All matches (of any concept) sharing m's span, best kind first."""
        return self.by_span.get((m.start, m.end), [])

    def skip(self, m: GlossaryMatch) -> bool:
        """Leave alone: an accepted string, or a name inside a URL, e-mail, handle or hashtag.
        Decided once per span (the surface is the text there) and shared by every detector."""
        key = (m.start, m.end)
        decided = self._skips.get(key)
        if decided is None:
            decided = self._skips[key] = self._decide_skip(m)
        return decided

    def _decide_skip(self, m: GlossaryMatch) -> bool:
        if m.surface in self.glossary.accept or self._inside_accepted_phrase(m):
            return True
        if m.kind in ("translit", "inflected") and _ROMAN_NUMERAL.fullmatch(m.surface) and not m.form.isupper():
            return True  # "Louis XIV", "the XIV century": a numeral, not a misspelling of the village Xiv
        text = self.doc.text
        lo, hi = whitespace_token(text, m.start, m.end)
        if m.kind == "wrong" and "." in m.surface and text[lo:hi].strip("\"'“”‘’«»()[],;:!?.") == m.surface:
            return False  # the form is itself a site's name ("Tape.ru" for Lenta.ru), not a part of a URL
        return in_web_address(text, lo, hi)

    def _inside_accepted_phrase(self, m: GlossaryMatch) -> bool:
        """True when an accepted phrase around the match holds it ("chicken Kiev", "Odessa, Texas").
        Exact casing, like every accept entry: a house style's casing is part of the style.

        The phrase must stand in the text where its first occurrence of the match's surface is
        the match. The phrases the document holds are found once, by one automaton pass
        (`accepted_phrase_spans`); each match then looks only at those that cover it."""
        spans = self._phrase_spans
        if not spans:
            return False
        i = bisect.bisect_right(self._phrase_starts, m.start) - 1
        while i >= 0 and spans[i][0] >= m.start - self._longest_phrase:
            start, phrase = spans[i]
            i -= 1
            if len(phrase) != len(m.surface) and _first_at(phrase, m.surface) == m.start - start:
                return True
        return False

    @cached_property
    def _skips(self) -> dict[tuple[int, int], bool]:
        return {}

    @cached_property
    def _phrase_spans(self) -> list[tuple[int, str]]:
        return accepted_phrase_spans(self.doc.text, self.glossary)

    @cached_property
    def _phrase_starts(self) -> list[int]:
        return [start for start, _ in self._phrase_spans]

    @cached_property
    def _longest_phrase(self) -> int:
        return max((len(p) for _, p in self._phrase_spans), default=0)

    def named_with_capitals(self) -> list[tuple[str, str]]:
        """(concept id, canonical) of the persons, places and organisations the document names
        in their exact, capitalised form, each pair once, in order of first mention: computed
        once per document instead of a pass over every match for each concept asked about."""
        cached = self.__dict__.get("_named_with_capitals")
        if cached is None:
            pairs: dict[tuple[str, str], None] = {}
            for m in self.matches:
                if m.exact and m.surface[:1].isupper() and m.concept.type in ("person", "place", "organisation"):
                    pairs.setdefault((m.concept.id, m.concept.canonical), None)
            cached = self.__dict__["_named_with_capitals"] = list(pairs)
        return cached

    def title_before(self, start: int) -> str | None:
        """A person title ending right before `start` ("President ", "Mr. ")."""
        words = self._words_before(start)
        for n in range(min(3, len(words)), 0, -1):
            phrase = " ".join(words[-n:]).rstrip(".").lower()
            if phrase in self.titles:
                return " ".join(words[-n:])
        return None

    def word_after(self, end: int) -> str | None:
        m = _NEXT_WORD.match(self.doc.text, end, min(len(self.doc.text), end + 40))
        return m.group(1) if m else None

    def word_before(self, start: int) -> str | None:
        words = self._words_before(start)
        return words[-1] if words else None

    def _words_before(self, start: int) -> list[str]:
        m = _PREVIOUS_WORDS.search(self.doc.text, max(0, start - 80), start)
        return m.group(1).split() if m else []

    def preceding_cue(self, concept, start: int) -> Cue | None:
        """A first name of the concept or a title right before `start`."""
        before = self.word_before(start)
        if before and before.lower() in (n.lower() for n in concept.first_names):
            return Cue(f"first name “{before}” right before it", True)
        title = self.title_before(start)
        if title and concept.type == "person":
            return Cue(f"title “{title}” right before it", True)
        return None

    def mention(self, concept, exclude: tuple[int, int]) -> Cue | None:
        """Another mention of the concept in the document, the most telling one: the first
        full one, else the first other one. The candidates are gathered once per concept
        (two of each kind suffice to skip `exclude`), not rescanned for every mention: a
        name repeated thousands of times was quadratic."""
        cache = self.__dict__.setdefault("_mention_cues", {})
        if concept.id not in cache:
            fulls: list = []
            others: list = []
            for m in self.by_concept.get(concept.id, ()):
                if len(fulls) == 2:
                    break
                if m.kind == "wrong":
                    shown = self._wrong_full_form(m)
                    if shown is not None:
                        line = self.doc.file_line(m.start)
                        fulls.append(((m.start, m.end), Cue(
                            f"the document names {concept.canonical} by a wrong full form “{shown}” "
                            f"(line {line})", True)))
                    continue
                if m.kind not in MENTION_KINDS or not self._is_name_mention(m):
                    continue
                full = (len(m.surface.split()) > 1 and m.kind != "inflected") or m.kind == "ru"
                title = None if full else self.title_before(m.start)
                if not (full or title is not None) and len(others) == 2:
                    continue
                line = self.doc.file_line(m.start)
                shown = f"{title} {m.surface}" if title else m.surface
                cue = Cue(f"the document names {concept.canonical} as “{shown}” (line {line})",
                          full or title is not None)
                (fulls if cue.full else others).append(((m.start, m.end), cue))
            cache[concept.id] = (fulls, others)
        fulls, others = cache[concept.id]
        for span, cue in fulls + others:
            if span != exclude:
                return cue
        return None

    def _wrong_full_form(self, m: GlossaryMatch) -> str | None:
        """A wrong rendering that still names the concept unmistakably, as shown, or None: a
        multi-word wrong form that needs no cue ("Hope Savchenko"), or a one-word one right after
        the concept's own first name ("Dmitry Sands"). Such a mention is the cue that makes a
        later bare "Sands said" the same person translated by meaning."""
        if m.wrong is not None and m.wrong.cue == "none" and len(m.surface.split()) > 1:
            return m.surface
        before = self.word_before(m.start)
        if before and before.lower() in (n.lower() for n in m.concept.first_names):
            return f"{before} {m.surface}"
        return None

    def _is_name_mention(self, m: GlossaryMatch) -> bool:
        """Multi-word forms count in any casing; one-word forms only capitalised like a name."""
        if len(m.surface.split()) > 1 or m.kind == "ru":
            return True
        if not m.surface[:1].isupper():
            return False
        from mtaudit.text.position import capitalised_by_position

        if capitalised_by_position(self.doc.text, m.start) and not m.surface.isupper():
            # "Rice growers of the Kuban …" opening a text that writes "rice" in lower case
            # twice more: the word's capital is the sentence's, not a name's
            low = m.surface.lower()
            if len(re.findall(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.doc.text)) >= 2:
                return False
        return True

    def article_before(self, start: int) -> int | None:
        """Start of an article ("the ", "a ", "an ") right before `start`, if any."""
        lo = max(0, start - 6)
        m = _ARTICLE_BEFORE.search(self.doc.text[lo:start])
        return lo + m.start(1) if m else None

    def cues(self, concept, start: int, end: int) -> list[Cue]:
        """Every cue for the concept at [start, end): the one right before it, then a mention."""
        return [c for c in (self.preceding_cue(concept, start), self.mention(concept, (start, end))) if c]


def entity_context(doc, ctx) -> EntityContext | None:
    """The shared EntityContext of a document (built once per glossary), or None without one."""
    glossary = ctx.glossary
    if glossary is None or not len(glossary):
        return None
    cached = doc.views.peek(ENTITY_CONTEXT)
    if cached is not None and cached.glossary is glossary:
        return cached
    return doc.views.put(ENTITY_CONTEXT, EntityContext(doc, glossary))

