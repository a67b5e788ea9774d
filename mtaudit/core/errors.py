"""User-facing errors: each prints as one line and exits 2, never as a traceback."""

from __future__ import annotations

import re


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def printable(text: str) -> str:
    """`text` with control characters (ESC sequences, CR, line separators) and bidi overrides
    escaped, so a hostile file name or value cannot drive the terminal or fake a line."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class UserError(Exception):
    """A mistake in what the user gave us (a path, a flag, a file). Exit code 2."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.render())

    def render(self) -> str:
        path, message = printable(self.path or ""), printable(self.message)
        if path and self.line:
            return f"{path}:{self.line}: {message}"
        if path:
            return f"{path}: {message}"
        return f"error: {message}"


class InputError(UserError):
    """A document that cannot be read as text."""
