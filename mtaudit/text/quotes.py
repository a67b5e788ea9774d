"""Quote extraction over the exact text: curly, straight, guillemet and nested quotes,
with the speaker when an attribution is near ("said Smith", "he wrote", "Trump tweeted, “…”",
"”, — concluded the head of the NSA").

Returns spans of the quoted content (without the marks). Unbalanced quotes are
tolerated: a stray closer is ignored and an opener never closed ends at its
paragraph's end. Single line breaks inside a paragraph do not end a quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from mtaudit.core.types import Span
from mtaudit.text import lexicon

_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›"}
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)")
_OPEN_CONTEXT = " \t\r\n([{—–-/“‘«\"'"  # what may stand before a straight single opener
_MARKS = re.compile("[\"'’‘“”«»„‹›]")  # every character _quotes_in acts on


@dataclass(frozen=True)
class Quote:
    """A quoted passage: `outer` includes the marks, `inner` is the content.

    `speaker` is the span naming who is quoted (a name, a pronoun, "the head of the NSA")
    and `cue` the whole attribution phrase ("said Smith"), when one is near.
    """

    outer: Span
    inner: Span
    depth: int  # 0 for a top-level quote, 1 for a quote inside a quote
    speaker: Span | None = None
    cue: Span | None = None

    def text(self, doc_text: str) -> str:
        return doc_text[self.inner.start:self.inner.end]


# What a quote's words end with before the closing mark and are not part of what was said:
# `quote.inner.trimmed(text, QUOTE_TRAILING)` is the words quoted.
QUOTE_TRAILING = ",;:—–- "


def extract_quotes(text: str, attribute: bool = True) -> list[Quote]:
    """All quotes in `text`, sorted by start, nested ones included; top-level ones attributed."""
    quotes: list[Quote] = []
    cursor = 0
    for brk in list(_PARAGRAPH_BREAK.finditer(text)) + [None]:
        end = brk.start() if brk else len(text)
        quotes.extend(_quotes_in(text, cursor, end))
        cursor = brk.end() if brk else len(text)
    quotes.sort(key=lambda q: (q.outer.start, -q.outer.end))
    if attribute and quotes:
        verbs = _VerbSpans(text)
        quotes = [_with_speaker(text, q, verbs) if q.depth == 0 else q for q in quotes]
    return quotes


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (don't, Russia's) or after s (leaders') is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or before in "sS")


def _straight_single_opens(text: str, i: int, end: int) -> bool:
    """A ' opens a quote when it follows a space or an opener and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return before in _OPEN_CONTEXT and after.isalnum()


def _quotes_in(text: str, start: int, end: int) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (expected closer, position of opener)
    open_straight = [0]  # how many '"' the stack holds: counted, not scanned per mark (quadratic)

    def close() -> None:
        closer, pos = stack.pop()
        open_straight[0] -= closer == '"'
        found.append(Quote(Span(pos, i + 1), Span(pos + 1, i), len(stack)))

    for mark in _MARKS.finditer(text, start, end):  # only quote marks change the state below
        i = mark.start()
        ch = mark.group()
        expected = stack[-1][0] if stack else None
        if ch == "'" and expected == "'" and not (text[i - 1].isalnum() and i + 1 < end
                                                   and text[i + 1].isalnum()):
            if not (text[i - 1] in "sS" and _closer_follows(text, i + 1, end)):
                close()  # a straight single closer beats the apostrophe reading (leaders')
                continue
        if ch in "'’‘" and _is_apostrophe(text, i):
            continue
        if stack and ch == expected and not (ch == "“" and _opens_here(text, i)):
            close()
        elif ch == '"':
            if open_straight[0]:
                while stack and stack[-1][0] != '"':  # close what the " encloses, unbalanced
                    stack.pop()
                close()
            else:
                stack.append(('"', i))
                open_straight[0] += 1
        elif ch == "'" and _straight_single_opens(text, i, end):
            stack.append(("'", i))
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        # any other stray closer (” » ’ ›) with nothing open is ignored
    while stack:  # unbalanced: close at the end of the paragraph
        expected, pos = stack.pop()
        if expected == "'":
            continue  # a lone straight single mark is far likelier an apostrophe than a quote
        found.append(Quote(Span(pos, end), Span(pos + 1, end), len(stack)))
    return found


def _closer_follows(text: str, start: int, end: int) -> bool:
    """Another closer-like ' (after a letter, before no letter) later in the same sentence."""
    for k in range(start, end):
        if text[k] in ".!?\n":
            return False
        if text[k] == "'" and text[k - 1].isalnum() and not (k + 1 < end and text[k + 1].isalnum()):
            return True
    return False


def _opens_here(text: str, i: int) -> bool:
    """A “ that follows whitespace is an opener even when „ is waiting for it."""
    return i == 0 or text[i - 1].isspace()


# ---- speaker attribution ---------------------------------------------------------------

@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that attribute a quote (data file: mtaudit/data/quote_speech_verbs.txt)."""
    return lexicon.folded_words("quote_speech_verbs.txt")


_PRONOUNS = r"(?:he|she|they|it|we|I|you)"
_TAIL = r"[\w’'&-]*(?:\.[\w’'&-]+)*"                 # the rest of a word; inner dots only (U.S)
_WORD = rf"[^\W\d_]{_TAIL}"
_NAME = rf"(?:[A-Z]{_TAIL}(?:\s+(?:[A-Z]{_TAIL}|de|van|von|al|bin|la|le|del|da))*)"
_PHRASE = rf"(?:{_WORD}(?:[ \t]+{_WORD}){{0,7}})"   # up to 8 words, no punctuation
_LEAD = r"^[\s,.;:!?…]*(?:[—–-]+\s*)?"              # ”, — / ,” / .” before the attribution
_VERB = r"(?P<verb>[a-z]+)"
_AFTER_VERB_FIRST = re.compile(rf"{_LEAD}{_VERB}\s+(?P<speaker>{_PHRASE})")
_AFTER_SPEAKER_FIRST = re.compile(
    rf"{_LEAD}(?P<speaker>{_PRONOUNS}|{_NAME}|(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+"
    rf"(?:(?:also|then|later|has|had|have|once|again|simply)\s+)?{_VERB}\b")
_BEFORE = re.compile(
    rf"(?:(?P<speaker>{_PRONOUNS}|{_NAME}|(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+"
    rf"(?:(?:also|then|later|has|had|have|once|again|simply)\s+)?)?{_VERB}"
    rf"(?:\s+(?:that|on\s+\w+|in\s+\w+|to\s+\w+|later|again|earlier|then))?\s*[,:]?\s*$")
# What a _BEFORE match can hold, read backwards from the end of the window: its closing
# `\s*[,:]?\s*`, then only word characters, spaces, ’ ' & - and a dot inside a word (U.S).
_BEFORE_REACH_REVERSED = re.compile(r"\s*[,:]?\s*(?:[\w\s’'&-]|(?<=[\w’'&-])\.)*")
_ACCORDING = re.compile(rf"according\s+to\s+(?P<speaker>{_PHRASE})\s*,\s*$", re.IGNORECASE)
_STOP_SPEAKER = frozenset("the a an and but or that this which who as if when then so".split())


class _VerbSpans:
    """Where the speech verbs occur in a text (as written, lowercase), found by one Aho-Corasick
    pass, so attribution runs its patterns only near a quote that has one on either side."""

    def __init__(self, text: str) -> None:
        automaton = _verb_automaton()
        spans = sorted((end - len(v) + 1, end + 1) for end, v in automaton.iter(text)) if automaton else []
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def any_within(self, lo: int, hi: int) -> bool:
        """True when some verb occurrence lies wholly inside [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ends[i] <= hi:
                return True
            i += 1
        return False


@lru_cache(maxsize=1)
def _verb_automaton():
    import ahocorasick

    verbs = [v for v in speech_verbs() if v.isascii() and v.isalpha() and v.islower()]
    if not verbs:
        return None
    automaton = ahocorasick.Automaton()
    for v in verbs:
        automaton.add_word(v, v)
    automaton.make_automaton()
    return automaton


def _with_speaker(text: str, quote: Quote, verbs: "_VerbSpans | None" = None) -> Quote:
    found = attribution(text, quote, verbs=verbs)
    if found is None:
        return quote
    speaker, cue = found
    return Quote(quote.outer, quote.inner, quote.depth, speaker, cue)


def attribution(text: str, quote: Quote, window: int = 120,
                verbs: _VerbSpans | None = None) -> tuple[Span | None, Span] | None:
    """(speaker span or None, attribution phrase span) near `quote`, or None.

    Looks right after the closing mark (”, said Smith / ,” he wrote / ”, — concluded the
    head of the NSA) and then right before the opening mark (Trump tweeted, “…).
    Spans index `text`; a verb-only cue ("writing, “…") has no speaker.
    """
    spans = verbs
    verbs = speech_verbs()
    after_start = quote.outer.end
    after = text[after_start:after_start + window].split("\n", 1)[0]
    if _ends_sentence(text, quote) and not re.match(r"\s*[,;:—–-]", after):
        after = ""  # “… it.” Later Trump said … : a new sentence, not this quote's attribution
    if spans is not None and not spans.any_within(after_start, after_start + len(after)):
        after = ""  # no speech verb after the quote: neither pattern below can accept a match
    m = _AFTER_VERB_FIRST.match(after)
    if m and m.group("verb") in verbs:
        speaker = _speaker_span(text, after_start, m, cut_at_clause=True)
        if speaker:
            return speaker, Span(after_start + m.start("verb"), speaker.end)
    m = _AFTER_SPEAKER_FIRST.match(after)
    if m and m.group("verb") in verbs:
        speaker = _speaker_span(text, after_start, m)
        if speaker:
            return speaker, Span(speaker.start, after_start + m.end("verb"))
    before_start = max(0, quote.outer.start - window)
    before = text[before_start:quote.outer.start].rsplit("\n", 1)[-1]
    before_start = quote.outer.start - len(before)
    m = _ACCORDING.search(before)
    if m:
        return (_speaker_span(text, before_start, m),
                Span(before_start + m.start(), before_start + m.end("speaker")))
    if spans is not None and not spans.any_within(before_start, quote.outer.start):
        return None  # no speech verb before the quote: _BEFORE cannot accept a match
    m = _BEFORE.search(before, _before_cut(before))
    if m and m.group("verb").casefold() in verbs:
        speaker = _speaker_span(text, before_start, m) if m.group("speaker") else None
        start = speaker.start if speaker else before_start + m.start("verb")
        end = before_start + m.end("verb")
        return speaker, Span(start, end)
    return None


def _before_cut(before: str) -> int:
    """Where a _BEFORE match can start at the earliest: after the last character no match can
    hold (a quote mark, a bracket, a full stop that ends a sentence, a comma before the end).

    _BEFORE is searched with `$` at the window's end, so `re` tried it from every position of
    the 120-character window, and failed slowly inside every word; starting the search at the
    cut finds the same leftmost match (none can start before it: it would have to cover that
    character), usually in the last clause only. One linear match on the reversed window."""
    return len(before) - _BEFORE_REACH_REVERSED.match(before[::-1]).end()


def _ends_sentence(text: str, quote: Quote) -> bool:
    inner = text[quote.inner.start:quote.inner.end].rstrip()
    return inner.endswith((".", "…")) or text[quote.outer.end:quote.outer.end + 1] == "."


def _speaker_span(text: str, base: int, m: re.Match, cut_at_clause: bool = False) -> Span | None:
    """The speaker group as a span of `text`, trimmed of a leading "the"-less stopword."""
    start, end = base + m.start("speaker"), base + m.end("speaker")
    words = text[start:end].split()
    if not words or words[0].casefold() in _STOP_SPEAKER - {"the", "a", "an"}:
        return None
    if cut_at_clause:  # "said Smith responding to …" -> "Smith"
        for cut in (" responding ", " who ", " when ", " adding ", " in an ", " on ", " after "):
            k = text.find(cut, start, end)
            if k != -1:
                end = k
    return Span(start, end) if end > start else None


def quote_interiors(doc):
    """The inside of every quotation of `doc`, indexed for containment once per document
    (the QUOTE_INTERIORS view): detectors ask "is this span quoted?" once per candidate, and a
    scan of every quote per candidate made them quadratic in the document's length."""
    from mtaudit.text.span_index import SpanIndex
    from mtaudit.text.views import QUOTE_INTERIORS

    return doc.view(QUOTE_INTERIORS, lambda: SpanIndex((q.inner.start, q.inner.end) for q in doc.quotes))
