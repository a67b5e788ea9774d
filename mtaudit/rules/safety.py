"""Refuse regular expressions that can backtrack catastrophically, before they ever run.

User rule files are untrusted: a pattern such as `(a+)+` takes exponential time on a
string of a's. This check finds a group with an unbounded quantifier inside that is
itself repeated without bound; matching also runs with a timeout (mtaudit.detectors.patterns).
"""

from __future__ import annotations

import regex

from mtaudit.core.lazyregex import LazyPattern

_OPEN_REPEAT = regex.compile(r"\{\d*,\}")
# What every problem below needs: a group's ")" right before an unbounded quantifier. Most data
# patterns have none, and are cleared without the character walk (seconds over the calque tables).
_CLOSE_THEN_REPEAT = regex.compile(r"\)(?:[*+]|\{\d*,\})")


def catastrophic_problem(pattern: str) -> str | None:
    """Why `pattern` risks catastrophic backtracking (a group holding an unbounded
    quantifier is itself repeated without bound, as in `(a+)+` or `(\\w*\\s?)*`), or None."""
    if not _CLOSE_THEN_REPEAT.search(pattern):
        return None  # the walk below reports a problem only at an unbounded quantifier right after ")"
    stack: list[bool] = [False]   # per open group: does it contain an unbounded quantifier?
    closed_inner = False          # the group just closed contained one
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1:i + 2] in ("p", "P", "N") and pattern[i + 2:i + 3] == "{":
                j = pattern.find("}", i)  # \p{Lu}, \N{...}
                i = j + 1 if j >= 0 else n
            else:
                i += 2
            closed_inner = False
            continue
        if c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i, closed_inner = j + 1, False
            continue
        if c == "(":
            stack.append(False)
            i, closed_inner = i + 1, False
            continue
        if c == ")":
            closed_inner = stack.pop() if len(stack) > 1 else False
            stack[-1] = stack[-1] or closed_inner  # the enclosing group contains it too
            i += 1
            continue
        unbounded = _unbounded_quantifier_at(pattern, i)
        if unbounded:
            if closed_inner:
                return "nested unbounded quantifiers (a repeated group that repeats inside)"
            stack[-1] = True
            i += unbounded
            closed_inner = False
            continue
        if c in "?{" and closed_inner:
            closed_inner = False  # a bounded repeat of an unbounded group: polynomial, allowed
        elif c not in "?{+*":
            closed_inner = False
        i += 1
    return None


def checked_pattern(source: str | None, where: str, flags: int = regex.IGNORECASE) -> LazyPattern | None:
    """`source` with `flags` after the catastrophic-backtracking check, for a pattern read from a
    data file, compiled at its first use (core/lazyregex.py); None for no pattern. `where`
    (file: entry) leads the ValueError a refused pattern raises."""
    if not source:
        return None
    problem = catastrophic_problem(source)
    if problem:
        raise ValueError(f"{where}: {problem}")
    return LazyPattern(source, flags)


def _unbounded_quantifier_at(pattern: str, i: int) -> int:
    """Length of an unbounded quantifier (`*`, `+`, `{n,}`) starting at i, else 0."""
    if pattern[i] in "*+":
        return 1
    if pattern[i] == "{":
        m = _OPEN_REPEAT.match(pattern, i)
        return len(m.group()) if m else 0
    return 0
