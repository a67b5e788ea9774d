"""A `regex` pattern compiled at its first use, not where it is written.

The calque tables build hundreds of patterns from their data (calque_terms.yaml alone ~1,000),
and `regex` compiles in pure Python: compiling them all cost most of a one-line `mtaudit check`
(~2.4 of 4.7 CPU-s), though a short text needs a handful. A `LazyPattern` holds the source and
the flags; its text is readable (`.pattern`, `.given_flags`) without compiling, so the literal
prefilter (detectors/pattern_table.py) can decide from its cached analysis which rows a text can
match, and only those are compiled. The first call of any Pattern method compiles it and binds
the compiled pattern's methods on the instance, so later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import regex


class LazyPattern:
    """`regex.compile(pattern, flags)`, done when a method of the pattern is first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.given_flags = flags
        self._compiled = None

    def compiled(self) -> regex.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.pattern, self.given_flags)
            d = self.__dict__
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                         "splititer", "scanner"):
                d[name] = getattr(compiled, name)
            d["flags"], d["groupindex"], d["groups"] = compiled.flags, compiled.groupindex, compiled.groups
        return compiled

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def __getattr__(self, name: str):  # only for what the instance does not hold yet
        if name.startswith("__") or name in ("_compiled", "pattern", "given_flags"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return (LazyPattern, (self.pattern, self.given_flags))

    def __eq__(self, other) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self.given_flags) == (other.pattern, other.given_flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((LazyPattern, self.pattern, self.given_flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}{'…' if len(self.pattern) > 60 else ''}, {self.given_flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def compiled(pattern) -> regex.Pattern:
    """`pattern` compiled: a LazyPattern's compiled pattern, anything else as it is."""
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def source(pattern) -> tuple[str, int]:
    """The text and flags a pattern is (or will be) compiled from, without compiling it. For a
    compiled pattern the flags are its own (`regex` adds its defaults and inline flags)."""
    if isinstance(pattern, LazyPattern):
        return pattern.pattern, pattern.given_flags
    return pattern.pattern, pattern.flags
