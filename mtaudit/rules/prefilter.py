"""Literals a pattern needs: what lets the pattern engine skip text without running the regex.

Patterns that begin with a lookbehind or a word alternation give the `regex` engine no
literal prefix, so it tries every position of a document. For each compiled pattern we
derive, once at load time, two things from its parse:

- `clauses`: sets of case-folded ASCII literals; every clause holds at least one string that
  occurs in the text of any document where the pattern can match (inside the match, or inside
  a positive lookaround, which also reads the document). A document whose folded text lacks
  every string of some clause cannot match, and the scan is skipped.
- `anchors`: the case-folded literals every match *starts* with (zero-width parts such as a
  leading lookbehind or `\\b` skipped), or None when the start is not a literal. The pattern
  detector then tries the regex only where one of them occurs (found by one Aho-Corasick pass
  over the document for every rule, see `LiteralIndex`), instead of at every position.

The pattern is read with the public `interegular.parse_pattern` after a pre-pass that only
widens it (zero-width assertions `\\b \\B ^ $ \\A \\Z` dropped, `\\p{..}` read as `\\w`), so
anything a literal of the widened pattern is required for is required by the original too.
The analysis is conservative: it derives nothing (always scan everywhere) for anything it
does not fully understand: syntax only `regex` knows (fuzzy matching, POSIX or nested sets,
`\\K`, `\\G`, branch reset, V1, verbose, full case folding), back-references, conditionals,
atomic groups, possessive repeats, `\\N{..}`. Literals are searched in `fold_for_literals(text)`: every
character that `regex` matches case-insensitively to an ASCII letter or digit folds to it
("İ" and "ſ" need a table: their lower case is not "i", "s"; tests/test_rule_prefilter.py
checks this over all of Unicode), so the check is sound for case-sensitive and
case-insensitive parts alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

Clause = frozenset[str]
MAX_CLAUSES = 4
MIN_LITERAL = 3   # shorter strings ("a", "in") occur in every document: useless as a check
MIN_ANCHOR = 3    # shorter anchors ("in", "at") start too many tries: a plain scan is faster
MIN_GUARDED_ANCHOR = 2  # ... unless a lookbehind's literal must stand right before it
MIN_GUARD_LITERAL = 2   # a guard filters positions: "up", "by" still narrow them
MAX_ANCHORS = 512
MAX_ANCHOR_LEN = 12
_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# ASCII punctuation and space: no other character matches them, case-insensitive or not
_PLAIN = frozenset(" !\"#%&',-./:;<=>@_`~") | frozenset("()[]{}*+?|^$\\")
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s"})  # İ, long s: regex -i matches them to i, s
_REFUSED_FLAGS = regex.VERSION1 | regex.VERBOSE | regex.FULLCASE
_REPEAT_BRACE = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")
_REGEX_ONLY = ("(?|", "[[", "[:", "(?V", "(?x", "(?f", "(?r", "(?(", "(?P>", "(?&", "(?R", "(?0", "(?>")
_POSSESSIVE = ("++", "*+", "?+", "}+")  # looked for once \p{..} is gone (its "}" is no repeat)
_SPECIAL: dict[str, object] = {}  # the nodes interegular gives "." and "(?i)", read on first use


def _interegular():
    """interegular's parser, imported on first use (it costs start-up time; not every run parses)."""
    from interegular import parse_pattern

    if not _SPECIAL:
        _SPECIAL["dot"] = parse_pattern(".").options[0].parts[0]
        _SPECIAL["flags"] = parse_pattern("(?i)").options[0].parts[0]
    return parse_pattern


class _Unknown(Exception):
    """The pattern has a construct the analysis does not reason about."""


class Literals(NamedTuple):
    clauses: tuple[Clause, ...]          # one string of each must occur in the folded text
    anchors: "frozenset[Anchor] | None"  # every match starts with one of these literals (folded), or None
    chains: "frozenset[Chain] | None" = None  # every match starts where one chain walks back to, or None


def analyse(compiled) -> Literals:
    """Required clauses and start anchors of a compiled `regex` pattern (nothing when unsure)."""
    tree = _parse(compiled)
    if tree is None:
        return Literals((), None)
    try:
        clauses = _sequence(tree.options[0].parts) if len(tree.options) == 1 else _branch(tree.options)
        starts = _starts(_alternatives(tree), budget=[4000])
    except (_Unknown, RecursionError):
        return Literals((), None)
    useful = [c for c in clauses if min(map(len, c)) >= MIN_LITERAL]
    anchors = None
    if starts and len(starts) <= MAX_ANCHORS and \
            all(len(lit) >= (MIN_GUARDED_ANCHOR if guard else MIN_ANCHOR) for lit, guard in starts):
        anchors = frozenset(starts)
    try:
        chains = _chains(_alternatives(tree), budget=[4000])
    except (_Unknown, RecursionError):
        chains = None
    return Literals(tuple(sorted(set(useful), key=_rank)[:MAX_CLAUSES]), anchors, chains)


def required_clauses(compiled) -> tuple[Clause, ...]:
    """Clauses (each a set of case-folded ASCII strings) one of which any match needs; () = none known."""
    return analyse(compiled).clauses


def _parse(compiled):
    pattern = compiled.pattern
    if not isinstance(pattern, str) or compiled.flags & _REFUSED_FLAGS:
        return None
    if any(token in pattern for token in _REGEX_ONLY):
        return None
    try:
        widened = _widened(pattern)
        if widened is None or _stray_brace(widened) or any(t in widened for t in _POSSESSIVE):
            return None
        return _interegular()(widened)
    except Exception:  # interegular: Unsupported, InvalidSyntax, NoMatch ... all mean "don't know"
        return None


def _widened(pattern: str) -> str | None:
    """The pattern with zero-width assertions dropped, \\p{..} read as \\w and \\uXXXX as the
    character: a pattern that matches wherever the original does (and where it reads). None for
    an escape the pre-pass does not know (\\G, \\K, \\N{..}, \\X ...)."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                return None
            e = pattern[i + 1]
            if e in "pP" and pattern.startswith("{", i + 2):
                close = pattern.find("}", i + 3)
                if close < 0:
                    return None
                out.append(r"\w")
                i = close + 1
                continue
            if e in "uU":
                width = 4 if e == "u" else 8
                digits = pattern[i + 2:i + 2 + width]
                if len(digits) != width or not all(ch in "0123456789abcdefABCDEF" for ch in digits):
                    return None
                out.append(re.escape(chr(int(digits, 16))))
                i += 2 + width
                continue
            if e in "GKNXLQEmMRh" or (e in "zZA" and in_class):
                return None
            if not in_class and e in "bBAZz":
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":  # a ] right after [ or [^ is a literal
                out.append(r"\]")
                i += 1
            continue
        if c in "^$":
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _stray_brace(text: str) -> bool:
    """A `{` that is not an escaped brace or a counted repeat may be regex-only syntax (fuzzy, \\N{..})."""
    cleaned = _REPEAT_BRACE.sub("", text.replace("\\\\", "").replace("\\{", "").replace("\\}", ""))
    return "{" in cleaned or "}" in cleaned


def _rank(clause: Clause):
    return (-min(map(len, clause)), len(clause), sorted(clause))


# --- the parse tree (interegular's nodes, read by their public attributes) ---------------------

def _kind(node) -> str:
    if node is _SPECIAL["dot"]:
        return "class"
    if node is _SPECIAL["flags"]:
        return "empty"
    if hasattr(node, "options"):
        return "group"
    if hasattr(node, "parts"):
        return "sequence"
    if hasattr(node, "inner"):
        return "negative" if node.negate else "lookaround"
    if hasattr(node, "base"):
        return "repeat"
    if hasattr(node, "chars"):
        return "class"
    raise _Unknown(type(node).__name__)


def _alternatives(group) -> list[tuple]:
    return [tuple(option.parts) for option in group.options]


def _char(node) -> str | None:
    """The case-folded char one item always matches (a literal or a [Xx] pair); None if not one;
    "\\0" for a literal character that is no ASCII letter or digit (it ends a literal run)."""
    if _kind(node) != "class" or node is _SPECIAL["dot"] or node.negated or not node.chars:
        return None
    folded = {fold_for_literals(c) for c in node.chars}
    if len(folded) != 1 or len(node.chars) > 2 or not all(c.isascii() for c in node.chars):
        return "\0" if len(node.chars) == 1 else None
    char = folded.pop()
    return char if char in _CHARS or char in _PLAIN else "\0"


# --- clauses: literals somewhere in the match ------------------------------------------------

def _sequence(items, inside: bool = False) -> list[Clause]:
    """Clauses for a sequence: its literal runs plus the clauses of its mandatory parts; with
    `inside`, only literals inside the text the sequence matches (lookarounds left out)."""
    clauses: list[Clause] = []
    run = ""
    for node in items:
        char = _char(node)
        if char is not None and char in _CHARS:
            run += char
            continue
        if run:
            clauses.append(frozenset({run}))
            run = ""
        if char is None:
            clauses.extend(_item(node, inside))
    if run:
        clauses.append(frozenset({run}))
    return clauses


def _item(node, inside: bool = False) -> list[Clause]:
    kind = _kind(node)
    if kind in ("class", "empty", "negative"):
        return []  # zero-width or a class: no literal, but nothing that breaks the analysis
    if kind == "group":
        return _sequence(node.options[0].parts, inside) if len(node.options) == 1 else _branch(node.options, inside)
    if kind == "sequence":
        return _sequence(node.parts, inside)
    if kind == "lookaround":  # a positive lookaround reads the document too
        return [] if inside else _item(node.inner)
    if kind == "repeat":
        return _item(node.base, inside) if node.min >= 1 else []
    raise _Unknown(kind)


def _branch(options, inside: bool = False) -> list[Clause]:
    """An alternation needs one of its branches: the union of each branch's best clause."""
    union: set[str] = set()
    for option in options:
        least = MIN_GUARD_LITERAL if inside else MIN_LITERAL
        clauses = [c for c in _sequence(option.parts, inside) if min(map(len, c)) >= least]
        if not clauses:
            return []
        union |= min(clauses, key=_rank)
    return [frozenset(union)]


# --- anchors: literals every match starts with -------------------------------------------------

class Guard(NamedTuple):
    """An opening lookbehind that reads at most `width` characters and holds one of `literals`:
    a match can start at s only if one of them occurs within [s - width, s)."""

    literals: Clause
    width: int


Anchor = tuple[str, "Guard | None"]  # (folded literal the match starts with, its lookbehind's guard)


def _starts(alternatives: list[tuple], budget: list[int], guard: Guard | None = None) -> set[Anchor] | None:
    """(literal, guard) pairs one of which starts every match of any of these node sequences;
    None when a match may start with something else (a class, a dot) or be empty."""
    out: set[Anchor] = set()
    for parts in alternatives:
        found = _starts_of(parts, budget, guard)
        if found is None:
            return None
        out |= found
        if len(out) > MAX_ANCHORS:
            return None
    return out


def _starts_of(parts: tuple, budget: list[int], guard: Guard | None = None) -> set[Anchor] | None:
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unknown("too many alternatives to expand")
    k = 0
    while k < len(parts) and _kind(parts[k]) in ("empty", "negative", "lookaround"):
        if guard is None and _kind(parts[k]) == "lookaround" and parts[k].backwards:
            guard = _guard(parts[k].inner)
        k += 1  # zero-width: the match starts after it
    if k == len(parts):
        return None  # may match the empty string here: nothing known
    node, rest = parts[k], parts[k + 1:]
    kind = _kind(node)
    char = _char(node)
    if char is not None:
        if char == "\0":
            return None
        more = _starts_of(rest, budget) if rest else None
        if not more:
            return {(char, guard)}
        return {((char + m)[:MAX_ANCHOR_LEN], guard) for m, _ in more}
    if kind == "class":
        return None
    if kind == "group":  # splice each branch into the rest of the sequence
        return _starts([tuple(o.parts) + rest for o in node.options], budget, guard)
    if kind == "sequence":
        return _starts_of(tuple(node.parts) + rest, budget, guard)
    if kind == "repeat":
        if node.min == 1 and node.max == 1:
            return _starts_of((node.base,) + rest, budget, guard)
        if node.min >= 1:  # what follows the first copy is unknown (another copy or the rest)
            return _starts_of((node.base,), budget, guard)
        if node.max == 0:
            return _starts_of(rest, budget, guard)
        first = _starts_of((node.base,) + (rest if node.max == 1 else ()), budget, guard)
        after = _starts_of(rest, budget, guard)
        return None if first is None or after is None else first | after
    raise _Unknown(kind)


def _guard(inner) -> Guard | None:
    """The guard of a lookbehind body: its best clause of literals inside the text it reads, and
    the most characters it reads; None when unbounded or without literals."""
    width = _width(inner)
    if width is None:
        return None
    clauses = [c for c in _item(inner, inside=True) if min(map(len, c)) >= MIN_GUARD_LITERAL]
    return Guard(min(clauses, key=_rank), width) if clauses else None


def _width(node) -> int | None:
    """The most characters a node consumes; None when unbounded."""
    kind = _kind(node)
    if kind in ("empty", "negative", "lookaround"):
        return 0
    if kind == "class":
        return 1
    if kind == "sequence":
        total = 0
        for part in node.parts:
            w = _width(part)
            if w is None:
                return None
            total += w
        return total
    if kind == "group":
        widths = [_width(o) for o in node.options]
        return None if None in widths else max(widths)
    if kind == "repeat":
        if node.max is None:
            return None
        w = _width(node.base)
        return None if w is None else w * node.max
    raise _Unknown(kind)


# --- chains: a literal further in, and the way back to the match's start ----------------------
#
# "(?:the\s+)?head\s+of", "(?:in|on)\s+the\s+level\s+of": the literals a match starts with are
# frequent ("the", "in") or too short to anchor, but a longer literal follows after literals and
# runs of spaces. A chain names that literal (the key, looked up by the Aho-Corasick pass) and the
# tokens before it, nearest first: from each occurrence of the key the detector walks back over
# each token (a literal compared in the folded text, a run of spaces taken whole) to where the
# match would start, and tries the pattern only there. A run is taken whole because the literal
# before it cannot end with a character the run takes (checked below), so the walk finds the one
# place where that token can start.

MAX_CHAINS = 512
MAX_CHAIN_RUNS = 3     # a chain ends before its fourth run: four literals are plenty to pick a key from
MIN_CHAIN_KEY = 3      # the key's length; a 2-character key only when a literal before it is checked too
_RUN_SOURCES = (r"\s", r"[ \t]", r"[\s-]", r"[ -]", r"[ ]")
_RUN_CLASSES: dict[frozenset, str] = {}  # interegular's characters of a class -> a `regex` class at least as wide


class Run(NamedTuple):
    """A run of characters of one class (spaces): `source` is a `regex` class that matches every
    character the pattern's class matches (Unicode spaces for \\s), `least` its fewest characters."""

    source: str
    least: int


class Chain(NamedTuple):
    key: str                         # folded literal whose occurrences are looked up
    before: "tuple[str | Run, ...]"  # the tokens before the key, nearest first


def _run_of(node) -> Run | None:
    """The Run a class node stands for (one character of it), or None when it is no run class."""
    if _kind(node) != "class" or node is _SPECIAL["dot"] or node.negated:
        return None
    if not _RUN_CLASSES:
        parse = _interegular()
        for source in _RUN_SOURCES:
            _RUN_CLASSES.setdefault(frozenset(parse(source).options[0].parts[0].chars), source)
    source = _RUN_CLASSES.get(frozenset(node.chars))
    return None if source is None else Run(source, 1)


def _chains(alternatives: list[tuple], budget: list[int]) -> "frozenset[Chain] | None":
    """The chains of a pattern's alternatives; None when some match may start otherwise than with
    a literal, or a chain has no literal long enough to look up."""
    out: set[Chain] = set()
    for parts in alternatives:
        raw = _tokens_of(parts, budget, MAX_CHAIN_RUNS)
        for tokens in raw:
            chain = _chain(tokens)
            if chain is None:
                return None
            out.add(chain)
            if len(out) > MAX_CHAINS:
                return None
    return frozenset(out) if out else None


def _tokens_of(parts: tuple, budget: list[int], runs: int) -> set[tuple]:
    """Token sequences every match of `parts` starts with: characters (folded) and Runs; each
    ends where the pattern stops being literal characters and runs, or before its `runs`+1-th
    run (a prefix is enough)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unknown("too many alternatives to expand")
    k = 0
    while k < len(parts) and _kind(parts[k]) in ("empty", "negative", "lookaround"):
        k += 1  # zero-width: consumes nothing
    if k == len(parts):
        return {()}
    node, rest = parts[k], parts[k + 1:]
    kind = _kind(node)
    char = _char(node)
    if char is not None:
        if char == "\0":
            return {()}
        return {(char,) + t for t in _tokens_of(rest, budget, runs)}
    if kind == "class":
        run = _run_of(node)
        if run is None or not runs:
            return {()}
        return {(run,) + t for t in _tokens_of(rest, budget, runs - 1)}
    if kind == "group":
        out: set[tuple] = set()
        for option in node.options:
            out |= _tokens_of(tuple(option.parts) + rest, budget, runs)
        return out
    if kind == "sequence":
        return _tokens_of(tuple(node.parts) + rest, budget, runs)
    if kind == "repeat":
        if node.min == 1 and node.max == 1:
            return _tokens_of((node.base,) + rest, budget, runs)
        run = _run_of(node.base) if _kind(node.base) == "class" else None
        if run is not None and node.max != 0:
            if not runs:
                return {()}
            return {(Run(run.source, node.min),) + t for t in _tokens_of(rest, budget, runs - 1)}
        if node.max == 0:
            return _tokens_of(rest, budget, runs)
        if node.min == 0 and node.max == 1:
            return _tokens_of((node.base,) + rest, budget, runs) | _tokens_of(rest, budget, runs)
        if node.min >= 1:
            return _tokens_of((node.base,), budget, runs)  # what follows the first copy is unknown: stop there
        return {()}
    raise _Unknown(kind)


def _chain(tokens: tuple) -> Chain | None:
    """The Chain of one token sequence: characters joined into literals, cut before a run that
    could take a character of the literal next to it, keyed by its longest literal (the last of
    equals: later literals are the rarer ones in practice)."""
    merged: list = []
    for token in tokens:
        if isinstance(token, str) and merged and isinstance(merged[-1], str):
            merged[-1] += token
        else:
            merged.append(token)
    for i, token in enumerate(merged):
        if isinstance(token, Run):
            takes = _WALKERS[token.source]
            before = merged[i - 1] if i else ""
            after = merged[i + 1] if i + 1 < len(merged) else None
            if not isinstance(before, str) or not before or takes(before[-1]) or \
                    (isinstance(after, str) and takes(after[0])) or isinstance(after, Run):
                merged = merged[:i]
                break
    if not merged or not isinstance(merged[0], str):
        return None
    literals = [i for i, t in enumerate(merged) if isinstance(t, str)]
    key_at = max(literals, key=lambda i: (len(merged[i]), i))
    key = merged[key_at]
    least = MIN_CHAIN_KEY if key_at == 0 else 2
    if len(key) < least:
        return None
    return Chain(key[:MAX_ANCHOR_LEN], tuple(reversed(merged[:key_at])))


# What a walk back over a run takes: at least every character the `regex` class matches (for \s,
# str.isspace() holds for all 25 characters of Unicode's White_Space that `regex` matches, plus
# four separators), so the walk never stops inside a run; no literal next to a run ends or starts
# with such a character (see _chain), so it never walks into one either.
_WALKERS = {
    r"\s": str.isspace,
    r"[ \t]": lambda c: c == " " or c == "\t",
    r"[\s-]": lambda c: c.isspace() or c == "-",
    r"[ -]": lambda c: c == " " or c == "-",
    r"[ ]": lambda c: c == " ",
}
@lru_cache(maxsize=1024)
def _tries(chains: frozenset) -> dict[str, tuple]:
    """Per key, the chains' tokens before it as a trie (shared prefixes walked once); a node is
    (a chain ends here, (literal, node) pairs, (walker, least, node) triples)."""
    nested: dict[str, dict] = {}
    for key, before in chains:
        node = nested.setdefault(key, {})
        for token in before:
            node = node.setdefault(token, {})
        node[None] = True

    def frozen(node: dict) -> tuple:
        return (None in node,
                tuple((t, frozen(c)) for t, c in node.items() if isinstance(t, str)),
                tuple((_WALKERS[t.source], t.least, frozen(c)) for t, c in node.items() if isinstance(t, Run)))

    return {key: frozen(node) for key, node in nested.items()}


def chain_starts(text: str, folded: str, chains: frozenset, occurrences) -> list[int]:
    """Sorted positions where a match can start by one of `chains`: from each occurrence of a
    chain's key (`occurrences(key)`), walk back over the tokens before it (a literal compared
    in the folded text, a run taken whole) to where the match would start."""
    found: set[int] = set()
    add = found.add

    def walk(node: tuple, at: int) -> None:
        ends, literals, runs = node
        if ends:
            add(at)
        for token, child in literals:
            start = at - len(token)
            if start >= 0 and folded.startswith(token, start):
                walk(child, start)
        for takes, least, child in runs:
            start = at
            while start > 0 and takes(text[start - 1]):
                start -= 1
            if at - start >= least:
                walk(child, start)

    for key, trie in _tries(chains).items():
        if not trie[1] and not trie[2]:  # no tokens before this key: its occurrences are the starts
            found.update(occurrences(key))
            continue
        for at in occurrences(key):
            walk(trie, at)
    return sorted(found)


def chain_start(text: str, folded: str, at: int, before: tuple) -> int | None:
    """Where a match would start whose chain key stands at `at` (one chain, for tests)."""
    found = chain_starts(text, folded, frozenset({Chain("\0", before)}), lambda key: (at,))
    return found[0] if found else None


# --- searching ----------------------------------------------------------------------------------

def fold_for_literals(text: str) -> str:
    """The text the literals are searched in (same length: İ is mapped before lower())."""
    if "\u0130" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


def clauses_hold(clauses: tuple[Clause, ...], present) -> bool:
    """True unless some clause has no string for which `present(literal)` is true."""
    for clause in clauses:
        if not any(present(lit) for lit in clause):
            return False
    return True
