"""A table of regular expressions read from a data file, scanned the way the data rules are.

The calque tables (calque_collocations.yaml, the prepositional frames) hold hundreds of
patterns, most of which open with an alternation of verb forms: the `regex` engine finds no
literal to skip ahead to and tries every position of the document, once per pattern. On a long
document that was the costliest detector of the default audit. The data rules solved this
already (rules/prefilter.py, detectors/patterns.py): derive from each pattern the literals a
match needs and those it starts with, find them all in one Aho-Corasick pass (`LiteralHits`),
skip a pattern whose literals are absent and try the others only where a match can start. A
`PatternTable` does the same for any table of compiled patterns, with the same results as
running `finditer` over the whole text, pattern after pattern (tests/test_pattern_table.py).
The analysis of a table costs a second or two, so it is kept in the private cache under a
digest of what it reads. Its rows may be lazy patterns (core/lazyregex.py): the digest and a warm
analysis read only their text, so a row is compiled only when its literals occur in a text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from importlib import resources

import regex

from mtaudit.core import privatecache
from mtaudit.core.lazyregex import compiled, source
from mtaudit.detectors.patterns import LiteralHits, anchored_matches, sparse
from mtaudit.rules.prefilter import Chain, Literals, analyse


class PatternTable:
    """Compiled patterns (a data file's rows, in order) and the literals each one needs."""

    def __init__(self, name: str, patterns: Sequence, sources: Sequence[bytes | str] = ()) -> None:
        self.name = name
        self.patterns = tuple(patterns)
        self._sources = tuple(sources)
        self._literals: tuple[Literals, ...] | None = None
        self._all: frozenset[str] | None = None
        self._possible: tuple[str, list[int]] | None = None

    def literals(self) -> tuple[Literals, ...]:
        """Per pattern, its required clauses, start anchors and chains (rules/prefilter.py)."""
        if self._literals is None:
            key = self.cache_key()
            cached = privatecache.load(f"table-literals-{self.name}", key, tuple)
            if cached is None or len(cached) != len(self.patterns):
                cached = tuple(analyse(compiled(p)) for p in self.patterns)
                privatecache.store(f"table-literals-{self.name}", key, cached)
            self._literals = cached
        return self._literals

    def cache_key(self) -> str:
        """The digest the analysis is cached under: the table's data, its patterns' text and flags,
        the analyser. The same tables give the same key in every process (core/ordering.py), so
        the analysis is done once per change of the data, not once per run."""
        return privatecache.digest(sys.version, regex.__version__, *self._sources,
                                   *("%s\0%d" % source(p) for p in self.patterns),
                                   resources.files("mtaudit.rules").joinpath("prefilter.py").read_bytes(),
                                   _version("interegular"))

    def _every_literal(self) -> frozenset[str]:
        if self._all is None:
            out: set[str] = set()
            for found in self.literals():
                for clause in found.clauses:
                    out |= clause
                for literal, guard in found.anchors or ():
                    out.add(literal)
                    out |= guard.literals if guard else frozenset()
                out.update(chain.key for chain in found.chains or ())
            self._all = frozenset(out)
        return self._all

    def candidates(self, text: str) -> Iterator[tuple[int, list[int] | None]]:
        """(row index, where its matches can start or None for anywhere) of each pattern that can
        match `text`: its required literals occur, and some place to start is known or no
        place is known."""
        hits = LiteralHits(text, self._every_literal())
        for i, found in enumerate(self.literals()):
            if found.clauses and not hits.holds(found.clauses):
                continue
            starts = _starts(hits, found)
            if starts is not None and not starts:
                continue
            yield i, sparse(starts, 0, len(text))

    def possible(self, text: str) -> list[int]:
        """The rows whose required literals all occur in `text`: no other row can match anywhere in
        it, nor in any stretch of it (a literal a match needs is text the match consumes). For
        the look-ups around one candidate ("does another table flag this span?"), which then
        compile and run only these rows. The answer for the last text is kept."""
        memo = self._possible
        if memo is not None and (memo[0] is text or memo[0] == text):
            return memo[1]
        hits = LiteralHits(text, self._every_literal())
        rows = [i for i, found in enumerate(self.literals()) if not found.clauses or hits.holds(found.clauses)]
        self._possible = (text, rows)
        return rows

    def matches(self, text: str) -> Iterator[tuple[int, object]]:
        """(row index, match) for every pattern in table order, each pattern's matches in text
        order: what `pattern.finditer(text)` yields for each, skipping what cannot match."""
        for i, starts in self.candidates(text):
            pattern = self.patterns[i]
            scan = pattern.finditer(text) if starts is None else \
                anchored_matches(pattern, text, 0, len(text), starts, timeout=60.0)
            for m in scan:
                yield i, m


def _starts(hits: LiteralHits, found: Literals) -> list[int] | None:
    """Where a match can start (sorted), or None when that is not known."""
    anchors = found.anchors
    if found.chains and not (anchors and any(guard for _, guard in anchors)):
        anchors = found.chains  # as the data rules do: a chain's key is rarer than an unguarded anchor
    if not anchors:
        return None
    return hits.chain_starts(anchors) if isinstance(next(iter(anchors)), Chain) else hits.starts(anchors)


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return ""
