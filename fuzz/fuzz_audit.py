"""Fuzz target: the whole audit, fix and annotated diff of one text, within a time budget.

Run with libFuzzer's `-timeout=N`: an input that takes longer is reported as a timeout
artifact, which is how super-linear work on long runs, long lines and deep nesting
(fuzz/_common.py) is caught. Inputs that once crashed or hung are kept as plain text in
fuzz/crashers/ and replayed by tests/test_fuzz.py through `check_text`.
"""

import sys

import atheris

with atheris.instrument_imports():
    from _common import article, warm_up
    from mtaudit.text.document import Document
    from mtaudit.audit.fixes import FixPolicy, fix_document
    from mtaudit.report import diff

from mtaudit.audit.context import AuditContext

CTX = AuditContext()


def check_text(text: str) -> None:
    """Audit, fix (unsafe fixes too) and render the diff of `text`; check what must hold."""
    if not text:
        return
    result = fix_document(Document(text, doc_id="fuzz"), CTX, policy=FixPolicy(unsafe=True), max_passes=3)
    assert result.doc.text == text
    if not result.changes:
        assert result.text == text
    rendered = diff.render(result, "fuzz.txt")
    assert rendered.startswith("# mtaudit fix")


def test_one_input(data: bytes) -> None:
    check_text(article(atheris.FuzzedDataProvider(data)))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    warm_up(CTX)
    atheris.Fuzz()
