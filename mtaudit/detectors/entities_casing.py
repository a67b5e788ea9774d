"""Broken casing of known names ("Donald trump") and institutions ("the federation Council").

A glossary form matched case-insensitively whose capitals the text lost is
flagged. Headline styles (ALL CAPS, Every Word Capitalised) are left alone; an
institution spelled all in lower case is a style choice, but mixed casing is not.
A lowercased one-word surname that is also an English word ("trump") needs a cue.
"""

from __future__ import annotations

import re

from ..glossary.lexicon import is_common_word
from ..rules_model import rule
from ..types import Applicability, Confidence, Fix
from .entities_context import COMMON_USE_AFTER, COMMON_USE_BEFORE, NAME_POSITION_BEFORE, entity_context

_SPACES = re.compile(r"(\s+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;\"“«(\n]\s*)$")

NAME_CASING = rule(
    "MT102", "name-casing", "name-casing",
    summary="A known person's or place's name with lost capitals",
    why="MT output lowercases a surname that is also a common word (Трамп -> 'trump') or "
        "breaks the casing of a multi-word name.",
    confidence="likely",
    bad=["The meeting between Donald trump and Vladimir Putin lasted two hours.",
         "Donald Trump met Putin. Later trump wrote on Twitter that it went well.",
         "President trump said so."],
    good=["Donald Trump met Vladimir Putin.",
          "You can trump that offer with a better one.",
          "Donald Trump said he would trump the offer."],
    applicability="safe", origin=__name__,
)

INSTITUTION_CASING = rule(
    "MT103", "institution-casing", "institution-casing",
    summary="A known institution or title with broken casing",
    why="MT output capitalises some words of an institution's name and not others "
        "('the State duma', 'national security Agency').",
    confidence="certain",
    bad=["The bill passed the State duma on Tuesday.",
         "It was approved by the federation Council.",
         "A statement from the ministry of Defence followed.",
         "The Director of the national security Agency spoke."],
    good=["The bill passed the State Duma on Tuesday.",
          "THE STATE DUMA VOTES",
          "Ministry Of Defence Issues Statement",
          "a spokesman for the defence ministry said"],
    applicability="safe", origin=__name__,
)

_NAME_TYPES = ("person", "place")


class EntityCasingDetector:
    name = "entity-casing"
    rules = (NAME_CASING, INSTITUTION_CASING)
    needs = frozenset()

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        done: set[tuple[int, int]] = set()
        for m in ec.matches:
            if m.kind not in ("canonical", "short", "variant") or m.exact or (m.start, m.end) in done:
                continue
            if ec.skip(m) or any(x.exact for x in ec.at_span(m)):
                continue
            fixed = _recased(m.surface, m.form, self._sentence_start(doc, m.start))
            if fixed is None:
                continue
            finding = self._finding(doc, ec, m, fixed)
            if finding is not None:
                done.add((m.start, m.end))
                yield finding

    @staticmethod
    def _sentence_start(doc, start: int) -> bool:
        return bool(_SENTENCE_START.search(doc.text[max(0, start - 4):start]))

    def _finding(self, doc, ec, m, fixed: tuple[str, bool]):
        replacement, mixed = fixed
        concept = m.concept
        multiword = len(m.surface.split()) > 1
        is_name = concept.type in _NAME_TYPES
        rule_ = NAME_CASING if is_name else INSTITUTION_CASING
        evidence: list[str] = []
        if multiword:
            if not is_name and not mixed:
                return None  # "the ministry of defence": a style choice, not an artifact
            confidence = Confidence.CERTAIN if mixed else Confidence.LIKELY
            applicability = Applicability.SAFE
        else:
            if not is_name and not m.form.isupper():
                return None  # one-word institutions ("duma") are too often plain nouns
            if m.form.isupper() and (m.surface.islower() or m.surface.istitle()):
                return None  # "au lait", "ft", or a house style ("Nato", "Opec"): not an MT artifact
            common = is_common_word(m.form)
            before = (ec.word_before(m.start) or "").lower()
            after = (ec.word_after(m.end) or "").lower()
            if common and (before in COMMON_USE_BEFORE or after in COMMON_USE_AFTER):
                return None  # "to trump", "would trump the offer", "a trump card"
            cues = ec.cues(concept, m.start, m.end)
            if common and not cues:
                return None
            if common and not ec.preceding_cue(concept, m.start) and not _name_position(doc.text, m.start):
                return None  # "aces trump kings": a verb after a noun
            evidence = [c.text for c in cues]
            confidence = Confidence.CERTAIN if any(c.full for c in cues) else Confidence.LIKELY
            applicability = Applicability.UNSAFE if common else Applicability.SAFE
        what = "name" if is_name else concept.type
        message = f"“{m.surface}”: broken casing of the {what} {concept.canonical}; write “{replacement}”"
        if evidence:
            message += "; evidence: " + "; ".join(evidence)
        return rule_.finding(doc, m.start, m.end, message,
                             fix=Fix.replace(m.start, m.end, replacement, applicability,
                                             f"capitalise as “{replacement}”"),
                             confidence=confidence, evidence=evidence)


def _name_position(text: str, start: int) -> bool:
    """True when a name can stand here: after punctuation, a quote, a line start or a linking word."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-"):
        return True
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’-"):
        j -= 1
    return text[j:i].lower() in NAME_POSITION_BEFORE


def _recased(surface: str, form: str, sentence_start: bool) -> tuple[str, bool] | None:
    """The surface with the form's capitals restored, and whether its casing was mixed
    (some of the form's capitals kept, some lost); None when nothing is broken."""
    if sum(ch.isalpha() for ch in surface) > 1 and surface.isupper():
        return None  # ALL CAPS headline
    pieces = _SPACES.split(surface)
    words, form_words = pieces[::2], form.split()
    if len(words) != len(form_words):
        return None
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None  # Headline Style Capitalisation
    lost = kept = 0
    out = list(pieces)
    for i, (w, f) in enumerate(zip(words, form_words)):
        if w == f or w.lower() != f.lower():
            if w == f and any(ch.isupper() for ch in f) and not (i == 0 and sentence_start):
                kept += 1
            continue
        if _has_lost_capitals(w, f):
            lost += 1
            out[2 * i] = f
        elif any(ch.isupper() for ch in f) and not (i == 0 and sentence_start):
            kept += 1
    if not lost:
        return None
    return "".join(out), kept > 0


def _has_lost_capitals(word: str, form_word: str) -> bool:
    return any(f.isupper() and not w.isupper() for w, f in zip(word, form_word))
DETECTOR = EntityCasingDetector()
