"""A replacement that begins a sentence begins with a capital.

Detectors write their corrections in the form a phrase takes inside a sentence ("the
governor" for "the head of the region", "traffic police" for "GIBDD", "as the newspaper
writes" for "As writes the newspaper"), since that is where most of them stand. Where the
replaced text opens a sentence, a headline or a quotation, applying such a correction as it is
would leave a sentence starting in lower case: the diff a reviewer accepts would need a fix of
its own. So the engine, which sees the text around every edit, gives the replacement the
capital the text had there. Nothing else changes: an edit inside a sentence keeps the
detector's casing, and an edit whose text began in lower case is left as the detector wrote it.
"""

from __future__ import annotations

from dataclasses import replace

from mtaudit.core.types import Edit, Finding
from mtaudit.text.position import LINE_BREAKS, SENTENCE_ENDS, capitalised_by_position

OPENERS = "\"'“‘«„([—– \t"  # what may stand between a sentence's end and its first word
_QUOTES = "\"“«„'‘"


def opens_sentence(text: str, at: int) -> bool:
    """Whether `text[at]` is the first word of a sentence, headline or line: before it come
    only opening quotes or brackets and spaces, and before those the text's start, a line
    break, or a sentence's end (a colon counts when a quotation opens after it). The question
    is text.position's; only the marks and what stands between are this module's."""
    if capitalised_by_position(text, at, marks=SENTENCE_ENDS + LINE_BREAKS, max_blanks=None, blanks=OPENERS):
        return True
    before = text[max(0, at - 200):at]
    lead = before.rstrip(OPENERS)
    return lead.endswith(":") and any(q in before[len(lead):] for q in _QUOTES)


def with_sentence_capitals(finding: Finding, text: str) -> Finding:
    """`finding` with each replacement that opens a sentence capitalised where the text it
    replaces began with a capital; the same object when nothing needs it."""
    fix = finding.fix
    if fix is None:
        return finding
    edits = []
    changed = False
    for e in fix.edits:
        new = e.replacement
        if (new[:1].islower() and e.end > e.start and text[e.start:e.start + 1].isupper()
                and opens_sentence(text, e.start)):
            new = new[0].upper() + new[1:]
            changed = True
        edits.append(e if new is e.replacement else Edit(e.start, e.end, new))
    if not changed:
        return finding
    return replace(finding, fix=replace(fix, edits=tuple(edits)))
