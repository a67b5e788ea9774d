"""Untranslated text: runs of Cyrillic left in the English output."""

from __future__ import annotations

import re

from ..rules_model import rule

_CYRILLIC_RUN = re.compile(r"[\u0400-\u04FF\u0500-\u052F]+(?:[\s\-–—,.]+[\u0400-\u04FF\u0500-\u052F]+)*")
_LATIN_LETTER = re.compile(r"[A-Za-z]")

CYRILLIC_TEXT = rule(
    "MT601", "cyrillic-text", "untranslated",
    summary="Cyrillic text left untranslated",
    why="An MT system leaves words it cannot translate (rare names, slang, typos) in the source script.",
    confidence="certain",
    bad=["The minister called it a провокация in his speech.",
         "Shoigu said the Министерство обороны would respond."],
    good=["The minister called it a provocation in his speech.",
          "Mixed-script words such as Мoscow are a separate rule."],
    origin=__name__,
)


class UntranslatedDetector:
    name = "untranslated"
    rules = (CYRILLIC_TEXT,)
    needs = frozenset()

    def detect(self, doc, ctx):
        for m in _CYRILLIC_RUN.finditer(doc.text):
            if _inside_latin_word(doc.text, m.start(), m.end()):
                continue  # a homoglyph inside a Latin word: another rule's job
            yield CYRILLIC_TEXT.finding(
                doc, m.start(), m.end(),
                f"untranslated Cyrillic text “{m.group()}”",
            )


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(_LATIN_LETTER.match(before) or _LATIN_LETTER.match(after))


DETECTOR = UntranslatedDetector()
