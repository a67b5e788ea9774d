"""Fuzz target: quote extraction returns nested, in-bounds spans with in-bounds speakers."""

import sys

import atheris

with atheris.instrument_imports():
    from _common import article
    from mtaudit.text.quotes import QUOTE_TRAILING, extract_quotes


def test_one_input(data: bytes) -> None:
    text = article(atheris.FuzzedDataProvider(data))
    for q in extract_quotes(text):
        assert 0 <= q.outer.start <= q.inner.start <= q.inner.end <= q.outer.end <= len(text), q
        assert q.depth >= 0
        for span in (q.speaker, q.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text), q
        t = q.inner.trimmed(text, QUOTE_TRAILING)
        assert q.inner.start <= t.start <= t.end <= q.inner.end


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
