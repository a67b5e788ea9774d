"""The parses a syntax check reads: only the body sentences a cheap text test lets through; and
the reading of a parse that several of them share (where a noun phrase ends).

A parse costs a thousand times a regular expression, so each parser-based detector first asks of
every body sentence whether its construction can be there at all (a word, a shape) and parses only
those, in one batch (models/parser.py caches each parse for the other detectors of the audit)."""

from __future__ import annotations

from collections.abc import Callable

from mtaudit.core.types import Span


def parsed_candidates(doc, ctx, is_candidate: Callable[[str], bool]) -> list:
    """The parse of every body sentence whose text `is_candidate` accepts, in text order; none
    (and the parser never loaded) when no sentence is a candidate."""
    todo = [Span(s.start, s.end) for s in doc.body_sentences if is_candidate(doc.text[s.start:s.end])]
    return ctx.syntax.parse_many(doc, todo) if todo else []


def noun_phrase_end(tok) -> int:
    """The last index of the noun phrase of `tok`: its subtree, cut before a comma, a dash, a
    relative clause."""
    hi = tok.i
    for t in tok.doc[tok.i + 1:tok.right_edge.i + 1]:
        if t.is_punct and t.text not in ("-", "'", "’"):
            break
        if t.dep_ in ("relcl", "acl") and t.head.i >= tok.i:
            break
        hi = t.i
    return hi
