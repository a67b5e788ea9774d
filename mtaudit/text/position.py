"""Is a word capitalised only by its position?

English capitalises the first word of a sentence, of a line or headline, of a quotation and
often of what follows a colon or a dash, whatever the word is. A detector that reads a capital
as evidence of a name ("Moscow city court", "Nikolai patrushev", an abbreviation right after a
name) must first ask whether the capital was forced by the position; this module is the one
place that question is answered, so the detectors differ only in what they say differently:

- `marks`: the characters after which a capital is positional. Every caller counts the sentence
  ends and a new line; the casing detectors add the quote and bracket openers and the colon and
  semicolon; a detector that reads a dash as a clause opener adds the dashes; the transliteration
  check counts only sentence ends, colons and line breaks (after a quote a capitalised word there
  still reads as the first half of a name).
- `max_blanks`: how much white space may stand between the mark and the word (None: any run of
  spaces and tabs). A short window keeps a far-off full stop from vouching for a word.
- `blanks`: which characters are skipped as white space (None: any Unicode space).
- `sentences`: a Document whose sentence split also decides: the first word of a sentence (a
  headline, a dateline-led paragraph) is positional even when no mark stands before it.

The start of the text counts as a mark: the first word of a document is positional.
"""

from __future__ import annotations

import re

SENTENCE_ENDS = ".!?…"
LINE_BREAKS = "\n\r"
CLAUSE_MARKS = ":;"
QUOTE_OPENERS = "\"“«("
DASHES = "—–"

# The default: after a sentence end, a line break, a colon or semicolon, or an opening quote or
# bracket (dashes are each caller's choice).
POSITION_MARKS = SENTENCE_ENDS + LINE_BREAKS + CLAUSE_MARKS + QUOTE_OPENERS

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def capitalised_by_position(text: str, start: int, *, marks: str = POSITION_MARKS,
                            max_blanks: int | None = 3, blanks: str | None = None,
                            sentences=None) -> bool:
    """True when the word at `start` stands where English capitalises any word: right after one
    of `marks` (or at the start of the text) with at most `max_blanks` blanks between, or, when
    `sentences` (a Document) is given, as the first word of one of its sentences."""
    j = start - 1
    skipped = 0
    while j >= 0:
        ch = text[j]
        if ch in marks:
            return True
        if not (ch.isspace() if blanks is None else ch in blanks):
            break
        skipped += 1
        if max_blanks is not None and skipped > max_blanks:
            return False
        j -= 1
    else:
        return True
    if sentences is not None:
        sent = sentences.sentence_at(start)
        if sent is not None:
            first = _WORD.search(text, sent.start, sent.end)
            if first is not None and first.start() == start:
                return True
    return False
