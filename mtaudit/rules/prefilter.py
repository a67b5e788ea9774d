"""Required literals: a cheap pre-check that lets the pattern engine skip a regex scan.

Patterns that begin with a lookbehind or an alternation give the `regex` engine no
literal prefix, so it tries every position of a document. For each compiled pattern
we derive, once at load time, clauses of ASCII literals (case-folded): every clause
holds at least one string that occurs in the text of any document where the pattern
can match (inside the match, or inside a positive lookaround, which also reads the
document). A document whose case-folded text lacks every string of some clause
cannot match, and the scan is skipped.

The analysis is conservative: it reads the pattern with the standard library's
parser (`re._parser`) and derives nothing (always scan) for anything it does not
fully understand: syntax only `regex` knows (fuzzy matching, POSIX or nested sets,
`\\K`, branch reset, V1, verbose, full case folding), back-references, conditionals.
Literals are ASCII letters and digits only, searched in `fold_for_literals(text)`: every
character that `regex` matches case-insensitively to one of them folds to it
("İ" and "ſ" need a table: their lower case is not "i", "s"; tests/test_rule_prefilter.py
checks this over all of Unicode), so the check is sound for case-sensitive and
case-insensitive parts alike.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser

import regex

Clause = frozenset[str]
MAX_CLAUSES = 4
MIN_LITERAL = 3  # shorter strings ("a", "in") occur in every document: useless as a check
_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s"})  # İ, long s: regex -i matches them to i, s
_REFUSED_FLAGS = regex.VERSION1 | regex.VERBOSE | regex.FULLCASE
_PROP = re.compile(r"\\[pP]\{[^{}]*\}")  # \p{Lu}: a class; any class derives nothing
_REPEAT_BRACE = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")
_REGEX_ONLY = ("(?|", "[[", "[:", "(?V", "(?x", "(?f", "(?r", "(?(", "(?P>", "(?&", "(?R", "(?0")


class _Unknown(Exception):
    """The pattern has a construct the analysis does not reason about."""


def required_clauses(compiled) -> tuple[Clause, ...]:
    """Clauses (each a set of case-folded ASCII strings) one of which any match needs; () = none known."""
    pattern = compiled.pattern
    if not isinstance(pattern, str) or compiled.flags & _REFUSED_FLAGS:
        return ()
    text = _PROP.sub(r"\\w", pattern)
    if any(token in text for token in _REGEX_ONLY) or _stray_brace(text):
        return ()
    try:
        tree = _parser.parse(text, 0)
        clauses = _sequence(tree)
    except (re.error, _Unknown, RecursionError, OverflowError, ValueError):
        return ()
    useful = [c for c in clauses if min(map(len, c)) >= MIN_LITERAL]
    return tuple(sorted(set(useful), key=_rank)[:MAX_CLAUSES])


def _stray_brace(text: str) -> bool:
    """A `{` that is not an escaped brace or a counted repeat may be regex-only syntax (fuzzy, \\N{..})."""
    cleaned = _REPEAT_BRACE.sub("", text.replace("\\\\", "").replace("\\{", "").replace("\\}", ""))
    return "{" in cleaned or "}" in cleaned


def _rank(clause: Clause):
    return (-min(map(len, clause)), len(clause), sorted(clause))


def _sequence(items) -> list[Clause]:
    """Clauses for a sequence: its literal runs plus the clauses of its mandatory parts."""
    clauses: list[Clause] = []
    run = ""
    for op, av in items:
        char = _literal_char(op, av)
        if char is not None:
            if char in _CHARS:
                run += char
                continue
        if run:
            clauses.append(frozenset({run}))
            run = ""
        if char is None:
            clauses.extend(_item(op, av))
    if run:
        clauses.append(frozenset({run}))
    return clauses


def _literal_char(op, av) -> str | None:
    """The case-folded char one item always matches (a literal or a [Xx] pair); None if not one."""
    if op is C.LITERAL:
        return chr(av).lower() if chr(av).isascii() else "\0"  # "\0": a literal that ends a run
    if op is C.IN and len(av) in (1, 2) and all(o is C.LITERAL for o, _ in av):
        chars = {chr(v) for _, v in av}
        folded = {c.lower() for c in chars}
        if len(folded) == 1 and all(c.isascii() for c in chars):
            return folded.pop()
    return None


def _item(op, av) -> list[Clause]:
    if op in (C.AT, C.ASSERT_NOT, C.ANY, C.NOT_LITERAL, C.IN, C.CATEGORY):
        return []  # zero-width or a class: no literal, but nothing that breaks the analysis
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.ASSERT:  # a positive lookaround reads the document too
        return _sequence(av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body) if low >= 1 else []
    if op is C.BRANCH:
        return _branch(av[1])
    raise _Unknown(op)


def _branch(branches) -> list[Clause]:
    """An alternation needs one of its branches: the union of each branch's best clause."""
    union: set[str] = set()
    for branch in branches:
        clauses = [c for c in _sequence(branch) if min(map(len, c)) >= MIN_LITERAL]
        if not clauses:
            return []
        union |= min(clauses, key=_rank)
    return [frozenset(union)]


def fold_for_literals(text: str) -> str:
    """The text the literals are searched in (lengths may change: never used for offsets)."""
    return text.translate(_FOLD).lower()


def clauses_hold(clauses: tuple[Clause, ...], folded: str, seen: dict[str, bool]) -> bool:
    """True unless some clause has no string in `folded` (the document's `fold_for_literals` text)."""
    for clause in clauses:
        if not any(_present(lit, folded, seen) for lit in clause):
            return False
    return True


def _present(literal: str, folded: str, seen: dict[str, bool]) -> bool:
    hit = seen.get(literal)
    if hit is None:
        hit = seen[literal] = literal in folded
    return hit
