"""User-facing errors: each prints as one line and exits 2, never as a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in what the user gave us (a path, a flag, a file). Exit code 2."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.render())

    def render(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.path:
            return f"{self.path}: {self.message}"
        return f"error: {self.message}"


class InputError(UserError):
    """A document that cannot be read as text."""
