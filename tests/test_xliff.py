"""XLIFF 2.1 + ITS output: well-formed, schema-valid, lossless, one LQI per finding."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
from lxml import etree

from mtaudit.text.document import Document
from mtaudit.audit.engine import AuditResult, audit
from mtaudit.report import xliff
from mtaudit.audit.signature import signature
from mtaudit.core.types import Applicability, Confidence, Finding, Fix, Severity

ITS = "{http://www.w3.org/2005/11/its}"
XLF = "{urn:oasis:names:tc:xliff:document:2.0}"
SCHEMA = xliff.schema()


def _finding(doc, start, end, code="MT601", severity="major", fix=None):
    return Finding(doc=doc.doc_id, code=code, name="n", category="untranslated", start=start, end=end,
                   text=doc.text[start:end], message="m <&>", confidence=Confidence.LIKELY,
                   severity=Severity(severity), fix=fix, fingerprint=f"fp{start}")


def _render(doc, findings):
    return xliff.render([AuditResult(doc, findings)], signature())


def test_seed_output_is_valid_and_lossless(seed_mt):
    out = xliff.render([audit(seed_mt)], signature())
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    assert xliff.source_text(out)[seed_mt.path] == seed_mt.text


def test_each_finding_is_an_lqi_with_mapped_type_severity_and_fix():
    doc = Document("Para one has Кремль.\n\nPara two.", doc_id="d", path="d.txt")
    fix = Fix.replace(13, 19, "Kremlin", Applicability.UNSAFE, "translate")
    out = _render(doc, [_finding(doc, 13, 19, severity="minor", fix=fix)])
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    [sm] = root.iter(f"{XLF}sm")
    assert sm.get(f"{ITS}locQualityIssueType") == "untranslated"
    assert sm.get(f"{ITS}locQualityIssueSeverity") == "10.0"   # minor: 1 of 10
    assert sm.get(f"{ITS}locQualityIssueEnabled") == "yes"
    assert "m <&>" in sm.get(f"{ITS}locQualityIssueComment")
    assert "Kremlin" in sm.get(f"{ITS}locQualityIssueComment")
    notes = [n.text for n in root.iter(f"{XLF}note") if n.get("category") == "mtaudit-fix"]
    assert notes and "Kremlin" in notes[0]
    [em] = root.iter(f"{XLF}em")
    assert em.get("startRef") == sm.get("id")


def test_overlapping_and_boundary_findings_stay_valid():
    doc = Document("First sentence here. Second one there.\n\nNext para.", doc_id="d", path="d.txt")
    findings = [_finding(doc, 6, 30), _finding(doc, 0, 12), _finding(doc, 20, 21), _finding(doc, 21, 21),
                _finding(doc, 38, 40)]
    out = _render(doc, findings)
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    assert len(list(root.iter(f"{XLF}sm"))) == len(list(root.iter(f"{XLF}em"))) == 5
    assert xliff.source_text(out)["d.txt"] == doc.text


def test_schema_rejects_a_broken_document():
    bad = etree.fromstring(b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">'
                           b'<file id="f"><unit id="u"/></file></xliff>')
    assert not SCHEMA.validate(bad)   # no srcLang, a unit without segments


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.data())
def test_any_text_round_trips_and_validates(text, data):
    doc = Document(text, doc_id="d", path="d.txt")
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=4))
    findings = [_finding(doc, min(a, b), max(a, b)) for a, b in spans]
    out = _render(doc, sorted(findings, key=lambda f: (f.start, f.end)))
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    assert xliff.source_text(out)["d.txt"] == text
