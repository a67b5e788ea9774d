"""Property tests over the whole pipeline (audit, fix, views) with hostile Unicode.

The text strategy mixes news-like English, Russian, glossary names in broken forms
("Donald trump", "the tramp"), quotes, brackets, dashes and the characters that break
naive code: astral characters, combining marks, right-to-left text, NUL, lone CR, mixed
line endings, a BOM, zero-width characters and very long lines -- so the detectors actually fire on what hypothesis generates.

Lone surrogates are not text (no file decodes to one); JSON input can carry them, and
`mtaudit batch` turns such a line into an error record (tests/test_regressions.py).

Budgets are moderate; HYPOTHESIS_PROFILE=fuzz multiplies them.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow  # many examples over the whole audit: scripts/test.sh runs them

from mtaudit.audit import engine
from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
from mtaudit.audit.fixes import FixPolicy, Status, fix_document
from mtaudit.text.quotes import extract_quotes
from mtaudit.rules.model import Selection

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def budget(n: int) -> settings:
    return settings(max_examples=n * 60 if FUZZ else n, deadline=None)


ENGLISH = ("the president said on Tuesday that talks would continue and sanctions remain in force "
           "according to the ministry officials reported a meeting with journalists in Moscow "
           "Washington Kyiv Kremlin spokesman").split()
RUSSIAN = "Кремль заявил что переговоры продолжатся Путин Песков сказал».".split()
NAMES = ["Donald trump", "the tramp", "Trump", "Vladimir Putin", "Peskov", "sands", "Dmitry Peskov",
         "the State Duma", "ministry of Defence", "Mr. Lavrov", "U.S.", "Zelensky", "NATO"]
CALQUE_BITS = ["writes Reuters", "as reported by", "at the same time", "in turn", "it is noted that",
               "told journalists", "-- ", " - ", " — ", " – ", "...", "…", "!!", "??", "%", " $5", "10 thousand"]
MARKS = ["“", "”", "«", "»", "„", '"', "'", "‘", "’", "(", ")", "[", "]", "{", "}", "<", ">", "&", ":", ";",
         ",", ".", "!", "?", "-", "—", "–", "/", "\\", "*", "#"]
SPECIAL = ["\x00", "\r", "\n", "\r\n", "\n\n", "\r\r", "\t", "\ufeff", "\u200b", "\u200c", "\u200d",
           "\u2060", "\u00a0", "\u2028", "\u2029", "\u0301", "e\u0301", "\u0308", "\U0001F600",
           "\U0001F1F7\U0001F1FA", "\U00010348", "𝔘𝔫𝔦", "שלום", "مرحبا", "\u202e", "\u202d", "İ", "ß",
           "ﬁ", "Ⅷ", "٣", "\x85", "\x0b", "\x0c"]
SEPARATORS = [" ", " ", " ", "", "\n", ", ", ". ", "\r\n", "\n\n"]

piece = st.one_of(
    st.sampled_from(ENGLISH), st.sampled_from(RUSSIAN), st.sampled_from(NAMES), st.sampled_from(CALQUE_BITS),
    st.sampled_from(MARKS), st.sampled_from(SPECIAL),
    st.text(max_size=6),  # any code point but lone surrogates
    st.text(alphabet="ab \u0301", min_size=200, max_size=2000),  # a very long line
)


@st.composite
def articles(draw, max_pieces: int = 60) -> str:
    parts = draw(st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=1, max_size=max_pieces))
    text = "".join(p + s for p, s in parts)
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text


@pytest.fixture(scope="module")
def ctx() -> AuditContext:
    context = AuditContext()
    context.glossary  # load once for the module
    return context


def _check_findings(doc: Document, findings) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
        assert f.text == doc.text[f.start:f.end], f.code
        assert f.doc == doc.doc_id
        if f.fix is not None:
            for e in f.fix.edits:
                assert f.start <= e.start <= e.end <= f.end, f"{f.code}: edit outside its finding"
        f.to_dict()  # serialisable without an exception


@budget(40)
@given(text=articles())
def test_audit_never_raises_and_findings_are_exact_slices(text, ctx):
    doc = Document(text, doc_id="prop")
    result = engine.audit(doc, ctx)
    _check_findings(doc, result.findings)
    assert doc.text == text, "the audit rewrote the document"
    assert [(f.start, f.end, f.code) for f in result.findings] == sorted((f.start, f.end, f.code)
                                                                         for f in result.findings)


@budget(40)
@given(text=articles())
def test_views_are_offset_exact(text):
    doc = Document(text)
    for view in (doc.paragraphs, doc.sentences, doc.tokens):
        for span in view:
            assert 0 <= span.start <= span.end <= len(text)
    for span in doc.paragraphs + doc.sentences:
        piece_ = text[span.start:span.end]
        assert piece_ and piece_ == piece_.strip()
    for q in extract_quotes(text):
        assert q.outer.start <= q.inner.start <= q.inner.end <= q.outer.end <= len(text)
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
    for offset in (0, len(text) // 2, len(text)):
        line, col = doc.line_col(offset)
        assert line >= 1 and col >= 1


@budget(30)
@given(text=articles())
def test_fix_never_raises_and_keeps_everything_outside_the_edits(text, ctx):
    doc = Document(text, doc_id="prop")
    result = fix_document(doc, ctx, policy=FixPolicy(unsafe=True))
    _check_findings(doc, result.findings)
    assert result.doc.text == text, "the original document was modified"
    if not result.changes:
        assert result.text == text
    for change in result.changes:
        assert 0 <= change.original.start <= change.original.end <= len(text)
        assert 0 <= change.final.start <= change.final.end <= len(result.text)
    # Outside the applied changes, the fixed text is the original, character for character.
    rebuilt, cursor = [], 0
    for c in sorted(result.changes, key=lambda c: c.original.start):
        if c.original.start < cursor:
            return  # nested later-pass changes: covered by the fix engine's own tests
        rebuilt.append(text[cursor:c.original.start])
        cursor = c.original.end
    rebuilt.append(text[cursor:])
    kept = "".join(rebuilt)
    assert _is_subsequence(kept, result.text)


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@budget(30)
@given(text=articles())
def test_a_run_that_fixes_nothing_is_byte_identical(text, ctx):
    doc = Document(text, doc_id="prop")
    nothing = fix_document(doc, ctx, selection=Selection(ignore=("MT",)))
    assert nothing.text == text and not nothing.changes
    first = engine.audit(doc, ctx)
    rejected = fix_document(doc, ctx, policy=FixPolicy(verdicts={f.fingerprint: "reject" for f in first.findings}))
    assert rejected.text == text
    assert all(o.status is not Status.APPLIED for o in rejected.outcomes)
    assert rejected.text.encode("utf-8", "surrogatepass") == text.encode("utf-8", "surrogatepass")


@budget(30)
@given(text=articles())
def test_safe_fixes_are_idempotent(text, ctx):
    once = fix_document(Document(text, doc_id="prop"), ctx)
    if not once.converged:
        return  # stopped at max_passes or an oscillation: nothing to claim
    twice = fix_document(Document(once.text, doc_id="prop"), ctx)
    assert twice.text == once.text, [c.finding.code for c in twice.changes]
    assert not twice.changes
