"""Web addresses, handles and hashtags ("rt.com/russian", "@navalny", "#navalny", "29.ru").

Their owners write them, so their letters and their casing say nothing about the translation. Every
detector that reads words asks here, so that one reading of "is this part of an address" holds everywhere.
"""
from __future__ import annotations

import re

# right before a word: the word continues an address, a handle, a hashtag or a file name
_MARK_BEFORE = "@#/_."
# right after a word: a handle or path mark, or a dot with more of the address after it
_MARK_AFTER = re.compile(r"[@#/_]|\.\w")
# anywhere inside a whitespace-delimited token: a handle or path mark, "www.", or a dot before a domain
_ADDRESS_INSIDE = re.compile(r"[@#/]|www\.|\w\.[a-z]{2,}\b")


def touches_web_mark(text: str, start: int, end: int) -> bool:
    """The word text[start:end] has an address mark at either edge ("@navalny", "navalny.com")."""
    return (start > 0 and text[start - 1] in _MARK_BEFORE) or bool(_MARK_AFTER.match(text, end))


def whitespace_token(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the whitespace-delimited token that holds text[start:end]."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def in_web_address(text: str, start: int, end: int) -> bool:
    """text[start:end] lies in a whitespace-delimited token that is an address or a handle
    ("https://tass.ru/...", "@rianru", "www.kremlin.ru")."""
    lo, hi = whitespace_token(text, start, end)
    return bool(_ADDRESS_INSIDE.search(text, lo, hi))
