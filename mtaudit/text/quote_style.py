"""The double quotation marks a document writes itself: straight (") or curly (“ ”).

A fix that puts in quotation marks (« » to English ones, a comma moved inside a quote) writes the
document's own kind, so the corrected text stays consistent: a text that quotes with '"' gets '"',
one with “ ” or none (the house default) gets “ ”.
"""
from __future__ import annotations

from mtaudit.text.views import QUOTE_STYLE

STRAIGHT, CURLY = "straight", "curly"
_CURLY_DOUBLE = str.maketrans({"“": '"', "”": '"'})


def quote_style(text: str) -> str:
    """STRAIGHT when the text writes more straight double quotes than curly ones, else CURLY."""
    straight = text.count('"')
    return STRAIGHT if straight and straight > text.count("“") + text.count("”") else CURLY


def document_quote_style(doc) -> str:
    """The document's quote style, read once per document."""
    return doc.view(QUOTE_STYLE, lambda: quote_style(doc.text))


def in_style(replacement: str, style: str) -> str:
    """`replacement` with its curly double quotes written in `style`."""
    return replacement.translate(_CURLY_DOUBLE) if style == STRAIGHT else replacement
