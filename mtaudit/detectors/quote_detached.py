"""A quote's closing mark moved past the space onto the attribution: “…, ”said the mayor”,
“… colossal! ”Said the governor”, “…, "the message says” (MT523).

Russian closes direct speech with », — and the attribution ("…», — сказал мэр"). MT and
the pipelines that reprint it lose the dash and leave the space before the closing mark, so the
mark sticks to the next word. MT520 catches the commonest shape (a comma, ” and a capital); this
is the general one: the mark is found by pairing the quotes of the paragraph (doc.quotes), so a
straight " or a curly ” counts only when it really closes an open quote, after any of , . ! ? …
and before a word of either case, and the words after it up to the sentence's end attribute the
quote (a speech verb, or the extractor's own attribution). A mark that opens a quote ("…, ”a
farce” and worse") pairs as an opener and is never taken.
"""

from __future__ import annotations

import re

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.quotes import speech_verbs

DETACHED_CLOSING_QUOTE = rule(
    "MT523", "detached-closing-quote", "punctuation",
    summary="“…, ”said the mayor”, “… huge! ”Said the governor”: the closing quotation mark stands "
            "after the space, glued to the attribution",
    why="Russian ends direct speech with », — before the author's words; MT drops the dash and "
        "leaves the space before the closing mark, which then sticks to the attribution. English "
        "closes the quote right after its punctuation and puts the space after the mark.",
    confidence="certain",
    bad=["“We will reopen the bridge in May, ”said the head of the district.",
         "“The queues are enormous! ”Said the minister.",
         "\"Three villages remain cut off, \"the emergency service said in a statement.",
         "“The pool will stay closed until spring. ”The operator added nothing else."],
    good=["“We will reopen the bridge in May,” said the head of the district.",
          "He called the plan “a trap”, ”a farce” and worse.",
          "“The queues are enormous!” said the minister.",
          "\"Three villages remain cut off,\" the emergency service said in a statement."],
    applicability="unsafe",
)

_MT520 = regex.compile(r"(?<=\p{L}),[ \t]+”(?=\p{Lu})")  # typography.yaml's MT520 pattern
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ATTRIBUTION_WORDS = 14  # how far after the mark a speech verb may stand


class DetachedClosingQuoteDetector:
    name = "detached-closing-quote"
    rules = (DETACHED_CLOSING_QUOTE,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        verbs = speech_verbs()
        for q in doc.quotes:
            close = q.outer.end - 1
            if close <= q.inner.start or text[close] not in "”\"":
                continue  # an unclosed quote ends at its paragraph, not at a mark
            if close + 1 >= len(text) or not text[close + 1].isalpha():
                continue  # the mark must touch the next word
            gap = close
            while gap > q.inner.start and text[gap - 1] in " \t":
                gap -= 1
            if gap == close or gap <= q.inner.start or text[gap - 1] not in ",.!?…":
                continue  # a space, and before it the quote's own punctuation
            start = gap - 1
            if _MT520.match(text, start):
                continue  # MT520's shape: reported there
            stop = _SENTENCE_END.search(text, close + 1)
            after = text[close + 1: stop.start() if stop else len(text)]
            words = [w.lower() for w in _WORD.findall(after)[:_ATTRIBUTION_WORDS]]
            attributed = q.cue is not None and q.cue.start <= close + 2
            if not attributed and not any(w in verbs for w in words):
                continue
            mark = text[close]
            punct = text[start]
            yield DETACHED_CLOSING_QUOTE.finding(
                doc, start, close + 1,
                f"“{text[start:close + 1]}”: the closing quotation mark stands after the space and "
                "touches the attribution; close the quote after its punctuation",
                fix=Fix.replace(start, close + 1, f"{punct}{mark} ", Applicability.UNSAFE,
                                "close the quote after its punctuation"))


DETECTOR = DetachedClosingQuoteDetector()
