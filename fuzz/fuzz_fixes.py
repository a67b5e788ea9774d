"""Fuzz target: the fix engine. Random edits go through plan/apply/map_back/map_forward,
and every few inputs the whole audit-and-fix loop runs on the text; nothing may raise,
text outside applied edits is kept, and a document no fix touched is returned unchanged."""

import sys

import atheris

with atheris.instrument_imports():
    from _common import article, warm_up
    from mtaudit.text.document import Document
    from mtaudit.audit.fixes import FixPolicy, apply_edits, fix_document, map_back, map_forward, plan
    from mtaudit.core.types import Applicability, Confidence, Edit, Finding, Fix, Severity, Span

from mtaudit.audit.context import AuditContext

CTX = AuditContext()


def _finding(text: str, i: int, edits: list[Edit], appl: Applicability) -> Finding:
    start, end = min(e.start for e in edits), max(e.end for e in edits)
    return Finding("d", f"MT9{i % 10:02d}", "fuzz", "calque", start, end, text[start:end], "m",
                   Confidence.LIKELY, Severity.MINOR, Fix(tuple(edits), appl, "t"), f"{i:016x}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    full_loop = fdp.ConsumeIntInRange(0, 7) == 0
    text = article(fdp)
    n = len(text)
    findings = []
    for i in range(fdp.ConsumeIntInRange(0, 8)):
        edits = []
        for _ in range(fdp.ConsumeIntInRange(1, 3)):
            a, b = sorted((fdp.ConsumeIntInRange(0, n), fdp.ConsumeIntInRange(0, n)))
            edits.append(Edit(a, b, fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 4))))
        appl = [Applicability.SAFE, Applicability.UNSAFE, Applicability.DISPLAY_ONLY][fdp.ConsumeIntInRange(0, 2)]
        findings.append(_finding(text, i, edits, appl))
    outcomes = plan(findings, FixPolicy(unsafe=fdp.ConsumeBool()), n)
    applied = [e for o in outcomes if o.status.value == "applied" for e in o.finding.fix.edits]
    fixed = apply_edits(text, applied)
    for e in applied:
        span = map_forward(Span(e.start, e.end), applied)
        assert 0 <= span.start <= span.end <= len(fixed)
        back, _ = map_back(span, applied)
        assert 0 <= back.start <= back.end <= n
    if not applied:
        assert fixed == text
    if full_loop:
        result = fix_document(Document(text, doc_id="fuzz"), CTX, policy=FixPolicy(unsafe=True))
        assert result.doc.text == text
        if not result.changes:
            assert result.text == text


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    warm_up(CTX)
    atheris.Fuzz()
