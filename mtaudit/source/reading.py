"""The Russian original, read exactly like the English text, with Russian sentences.

The text is decoded by the same code as the audited article (mtaudit.core.io), so
offsets into it are offsets into the file as read. Sentences come from razdel
(natasha's rule-based Russian segmenter, which knows "г.", "млн.", "т. е." and
initials) inside the paragraphs and headline lines of mtaudit.text.document, so a
headline never runs into the lead.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from mtaudit.text.document import Document
from mtaudit.core.io import DEFAULT_MAX_BYTES
from mtaudit.text.document import read_document
from mtaudit.core.types import Span


class SourceText(Document):
    """A Russian original: the text as read plus razdel sentences."""

    @cached_property
    def sentences(self) -> list[Span]:
        from razdel import sentenize

        out: list[Span] = []
        for para in self.paragraphs:
            for line in self._lines_in(para):
                chunk = self.text[line.start:line.end]
                for s in sentenize(chunk):
                    if chunk[s.start:s.stop].strip():
                        out.append(Span(line.start + s.start, line.start + s.stop))
        return out


def read_source(path: str | Path, encoding: str = "utf-8",
                max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read a source file; every problem is an InputError naming the file."""
    doc = read_document(path, encoding=encoding, max_bytes=max_bytes)
    return SourceText(doc.text, doc_id=doc.doc_id, path=doc.path)


def source_from_text(text: str, doc_id: str = "source") -> SourceText:
    """A source given inline (a batch record's `source` field)."""
    return SourceText(text, doc_id=doc_id)
