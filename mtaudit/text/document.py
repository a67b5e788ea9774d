"""Document: the text exactly as read, plus cached offset-preserving views.

Segmentation never rewrites the text (pySBD's lesson): every view is a list of
spans into `Document.text`, so a finding's offsets never drift.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from pathlib import Path

from mtaudit.core.errors import InputError
from mtaudit.core.io import READ, decode_as, doc_id_for, read_limited
from mtaudit.core.types import Span
from mtaudit.text.views import View, Views
from mtaudit.text.headlines import ends_open, is_title

_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)

# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space and
# an opening quote, bracket, capital or digit -- unless the word before the full
# stop is a known abbreviation or a single initial.
# It starts only where a run of end marks starts and takes the run whole: retried at every
# dot of a long "......" it was quadratic (no later start can succeed where the first failed).
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w\"“«])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen rep pres vs etc "
    "inc ltd co corp dept univ no nos fig approx ed red prim e.g i.e u.s u.k u.n "
    "jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m".split()
)


class Document:
    """An article as read from disk: id, path, text, and views over the text."""

    def __init__(self, text: str, doc_id: str = "doc", path: str | None = None) -> None:
        self.text = text
        self.doc_id = doc_id
        self.path = path
        self.encoding: str | None = None  # the codec it was read with (mtaudit.core.io), for writing it back
        self.views = Views()  # derived data detectors share, declared in mtaudit.text.views
        self.first_line = 1  # the line of text[0] in the file: a stretch of a long document starts later

    def __repr__(self) -> str:
        return f"Document({self.doc_id!r}, {len(self.text)} chars)"

    def view(self, view: View, build, key=None):
        """A declared view of this document (mtaudit.text.views), built once by `build()`."""
        return self.views.get(view, build, key)

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]

    def file_line(self, offset: int) -> int:
        """The 1-based line of `offset` in the whole file, for messages (a stretch of a long
        document, mtaudit.audit.engine, knows where it starts)."""
        return self.line_col(offset)[0] + self.first_line - 1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset (in this text)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Non-blank stretches separated by blank lines, trimmed of outer whitespace."""
        spans, cursor = [], 0
        for brk in _PARAGRAPH_BREAK.finditer(self.text):
            spans.append(Span(cursor, brk.start()))
            cursor = brk.end()
        spans.append(Span(cursor, len(self.text)))
        return [s for s in (p.trimmed(self.text) for p in spans) if len(s)]

    @cached_property
    def headlines(self) -> list[Span]:
        """Paragraphs that are titles (text.headlines.is_title): what `scope: headline` means."""
        return [p for p in self.paragraphs if is_title(self.text[p.start:p.end])]

    @cached_property
    def body_sentences(self) -> list[Span]:
        """The sentences that start outside every headline (what a detector of running prose reads)."""
        headlines = self.headlines
        return [s for s in self.sentences if not any(h.start <= s.start < h.end for h in headlines)]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences inside paragraphs; a line break inside a paragraph also ends one
        when the line is a headline (no final punctuation)."""
        out: list[Span] = []
        for para in self.paragraphs:
            for line in self._lines_in(para):
                out.extend(self._split_sentences(line))
        return out

    def _lines_in(self, para: Span) -> list[Span]:
        """Split a paragraph at single line breaks that follow a line without final punctuation."""
        pieces, cursor = [], para.start
        for brk in _LINE_BREAK.finditer(self.text, para.start, para.end):
            if ends_open(self.text[cursor:brk.start()].rstrip()):
                pieces.append(Span(cursor, brk.start()))
                cursor = brk.end()
        pieces.append(Span(cursor, para.end))
        return [s for s in (p.trimmed(self.text) for p in pieces) if len(s)]

    def _split_sentences(self, span: Span) -> list[Span]:
        out, cursor = [], span.start
        for m in _SENTENCE_END.finditer(self.text, span.start, span.end):
            if m.group().startswith(".") and _is_abbreviation(self.text, cursor, m.start()):
                continue
            out.append(Span(cursor, m.end()))
            cursor = m.end()
        out.append(Span(cursor, span.end))
        return [s for s in (p.trimmed(self.text) for p in out) if len(s)]

    @cached_property
    def tokens(self) -> list[Span]:
        """Words (with inner hyphens, apostrophes and dots) and single punctuation marks."""
        return [Span(m.start(), m.end()) for m in _TOKEN.finditer(self.text)]

    @cached_property
    def quotes(self):
        """Quoted passages (see mtaudit.text.quotes)."""
        from mtaudit.text.quotes import extract_quotes

        return extract_quotes(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing `offset`, if any (a bisect: detectors ask once per match)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph containing `offset`, if any."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def paragraph_before(self, para: Span) -> Span | None:
        """The paragraph right before `para` (one of `paragraphs`), if any: a bisect, as detectors
        ask it once per pronoun."""
        i = bisect.bisect_right(self._paragraph_starts, para.start) - 1
        return self.paragraphs[i - 1] if i >= 1 else None

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [s.end for s in self.sentences]  # sentences are disjoint and in order: sorted too

    def last_sentence_within(self, start: int, end: int) -> Span | None:
        """The last sentence lying wholly inside [start, end), if any."""
        i = bisect.bisect_right(self._sentence_ends, end) - 1
        if i >= 0 and self.sentences[i].start >= start:
            return self.sentences[i]
        return None

    @cached_property
    def word_count(self) -> int:
        """Tokens that start with a letter or digit (counted without building the token spans)."""
        text = self.text
        return sum(1 for m in _TOKEN.finditer(text) if text[m.start()].isalnum())


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    """True when the word before the full stop at `dot` is an abbreviation or an initial."""
    i = dot
    while i > sentence_start and not text[i - 1].isspace():
        i -= 1
    word = text[i:dot].lstrip("\"'“‘«([").casefold()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if word.count(".") and all(len(part) == 1 and part.isalpha() for part in word.split(".")):
        return True  # initials run together, as Russian writes them: "A.S. Pushkin", "F.M. Dostoevsky"
    return word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS


def read_document(path: str | Path, encoding: str | None = None,
                  max_bytes: int | None = None) -> Document:
    """The file at `path` as a Document: bytes decoded as io.decode_as does (BOM, encoding,
    exact text), id from the file name, `encoding` set to the codec used."""
    p = Path(path)
    data = read_limited(p, max_bytes, "file", InputError)
    if not data:
        raise InputError("empty file", str(p))
    text, codec = decode_as(data, str(p), encoding or READ.encoding)
    doc = Document(text, doc_id=doc_id_for(p), path=str(p))
    doc.encoding = codec
    return doc
