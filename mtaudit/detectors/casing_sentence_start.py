"""A paragraph or a line-long sentence that opens in lower case (MT417): “the bus overturned on
the highway”, “it is Known that the driver was sober”, “in addition, the coach said ...”.

Older MT engines and the pipelines that reassemble their output lose the capital of the first word
of a segment: the segment boundary is a paragraph or a line, so the sentence that opens it starts
in lower case. English opens every sentence with a capital. MT515 reads a lower-case word after a
full stop inside a line; this reads the start of a line: the first line of the text, a line after a
blank line, or a line after one that ends a sentence (. ! ? … and a closing quote). A line after a
line that does not end a sentence is hard-wrapped prose going on, and stays quiet. When MT moved
the capital to a common word just after (“it is Known”, “you can Reach”), the span covers that word
too (the fix still edits the first letter only). The first word
must be a common English word (a lower-case surname is MT401's), not a
web address or a label (“ulpravda.ru”, “note:”); a text that opens most of its lines in lower case
is written that way on purpose and stays quiet.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.english_words import is_common_word, is_proper_entry

LOWERCASE_OPENING = rule(
    "MT417", "lowercase-sentence-opening", "institution-casing",
    summary="A paragraph or line opens its sentence in lower case (“the bus overturned on the "
            "highway”, “it is Known that ...”)",
    why="MT segments text by paragraph or line and some pipelines lose the first capital of each "
        "segment; English opens every sentence with a capital.",
    confidence="likely",
    bad=["The ferry ran aground\n\nthe ferry ran aground near the pier on Sunday morning.",
         "The tram line will reopen on Monday.\nin addition, two new stops will open in May.",
         "Nobody was hurt.\n\nit is known that the driver was sober."],
    good=["The ferry ran aground\n\nThe ferry ran aground near the pier on Sunday morning.",
          "The tram line will reopen on Monday, and\nin May two new stops will open.",
          "Nobody was hurt.\n\niPhone sales rose in the region.",
          "Nobody was hurt.\n\nulpravda.ru reported the accident first.",
          "Nobody was hurt.\n\nnote: the figures are provisional.",
          "Nobody was hurt.\n\ngurtovoi said the quarry would reopen."],
    applicability="safe",
)

# a line's first word in lower case; not a web address ("ulpravda.ru"), a handle or a label ("note:")
_LINE_OPENING = re.compile(r"^[ \t]*(?P<word>[a-z][a-z’'-]*)(?![\w’'-]|[.@/:]\w|:)", re.M)
_LINE_START = re.compile(r"^[ \t]*(?P<first>\S)", re.M)
# the end of a sentence at the end of a line: . ! ? … and closing quotes or brackets after them
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*[ \t]*$")


def _previous_line(text: str, start: int) -> str | None:
    """The text of the line before the one starting at `start`; "" after a blank line or at the
    start of the text (a paragraph opens there)."""
    if start == 0:
        return ""
    end = start - 1  # the newline that ends the previous line
    begin = text.rfind("\n", 0, end) + 1
    return text[begin:end]


def _opens_sentence(text: str, start: int) -> bool:
    previous = _previous_line(text, start)
    if previous is None or not previous.strip():
        return True
    return bool(_SENTENCE_END.search(previous))


def _mostly_lowercase(text: str) -> bool:
    """Nearly all lines (over four in five) open in lower case: the text is written that way (a
    chat log, a poem)."""
    firsts = [m.group("first") for m in _LINE_START.finditer(text) if m.group("first").isalpha()]
    return len(firsts) >= 4 and sum(c.islower() for c in firsts) * 5 > len(firsts) * 4


# one or two lower-case words, then a capitalised word: "it is Known", "you can Reach" (a word
# right after the first, "the Incident", is near enough for the span of the first word alone)
_MOVED_CAPITAL = re.compile(r"(?:[ ]+[a-z][a-z’'-]*){1,2}[ ]+(?P<cap>[A-Z][a-z]+)\b(?![’'-]\w)")


def _capital_moved(text: str, end: int) -> int:
    """The end of the span: MT often moves the lost capital to a common word just after (“it is
    Known that”, “you can Reach”); the span then covers it too, as an editor marks it."""
    m = _MOVED_CAPITAL.match(text, end)
    if m and is_common_word(m.group("cap").lower()) and not is_proper_entry(m.group("cap")):
        return m.end()
    return end


class LowercaseOpeningDetector:
    name = "casing-sentence-start"
    rules = (LOWERCASE_OPENING,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        matches = [m for m in _LINE_OPENING.finditer(text) if len(m.group("word")) >= 2]
        if not matches or _mostly_lowercase(text):
            return
        for m in matches:
            word = m.group("word")
            if not is_common_word(word):
                continue  # a lower-case surname or a token: MT401 and others read those
            line_start = text.rfind("\n", 0, m.start("word")) + 1
            if not _opens_sentence(text, line_start):
                continue  # hard-wrapped prose going on from the line before
            start, end = m.span("word")
            end = _capital_moved(text, end)
            fixed = word[0].upper() + word[1:]
            yield LOWERCASE_OPENING.finding(
                doc, start, end,
                f"“{word}” opens a sentence in lower case (the capital was lost at a paragraph or "
                f"line start): “{fixed}”",
                fix=Fix.replace(start, start + 1, fixed[0], Applicability.SAFE, f"write “{fixed}”"))


DETECTOR = LowercaseOpeningDetector()
