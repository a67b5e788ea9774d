"""Fuzz target: Document views (paragraphs, sentences, tokens, line/column) are exact spans."""

import sys

import atheris

with atheris.instrument_imports():
    from _common import article
    from mtaudit.text.document import Document


def test_one_input(data: bytes) -> None:
    text = article(atheris.FuzzedDataProvider(data))
    doc = Document(text)
    for view in (doc.paragraphs, doc.sentences, doc.tokens):
        for span in view:
            assert 0 <= span.start <= span.end <= len(text), span
    for span in doc.paragraphs + doc.sentences:
        piece = text[span.start:span.end]
        assert piece and piece == piece.strip(), span
    for offset in (0, len(text) // 3, len(text)):
        line, col = doc.line_col(offset)
        assert line >= 1 and col >= 1
        doc.sentence_at(offset)
    assert doc.word_count >= 0


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
