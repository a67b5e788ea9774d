import json

from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.report import jsonl
from mtaudit.rules.model import Selection
from mtaudit.core.types import Applicability, Confidence, Edit, Finding, Fix, Severity, fingerprint


def _finding(text="Donald trump said", start=0, end=12, fix=None):
    return Finding(doc="d", code="MT101", name="x", category="name-casing", start=start, end=end,
                   text=text[start:end], message="m", confidence=Confidence.CERTAIN,
                   severity=Severity.MINOR, fix=fix, fingerprint="f")


def test_correction_is_the_span_rewritten_by_the_edits():
    f = _finding(fix=Fix((Edit(7, 8, "T"),), Applicability.SAFE, "capitalise"))
    assert f.correction == "Donald Trump"
    assert _finding().correction is None
    deletion = _finding(fix=Fix.replace(0, 12, "", Applicability.UNSAFE, "delete"))
    assert deletion.correction == ""


def test_a_deletion_past_the_span_deletes_the_span_and_a_note_is_no_correction():
    text = "Donald trump said\n*banned in Russia\nNext"
    line = _finding(text, 18, 35, fix=Fix.replace(18, 36, "", Applicability.SAFE, "remove the footnote"))
    assert line.correction == ""                     # the footnote goes, with its line break
    moved = _finding(text, 18, 35, fix=Fix.replace(18, 36, "x", Applicability.SAFE, "replace"))
    assert moved.correction == line.text             # a replacement reaching past the span is left out
    note = _finding(fix=Fix.replace(0, 12, "Donald trump", Applicability.DISPLAY_ONLY, "transliterate"))
    assert note.correction is None                   # "write the Russian name": no text to put back


def test_jsonl_round_trip(tmp_path):
    f = _finding(fix=Fix((Edit(7, 8, "T"),), Applicability.SAFE, "capitalise"))
    record = f.to_dict()
    assert list(record)[:7] == ["doc", "start", "end", "text", "category", "correction", "confidence"]
    assert Finding.from_dict(json.loads(json.dumps(record))) == f


def test_rendered_jsonl_round_trips(tmp_path):
    doc = Document("He said привет to them. И всё.", doc_id="x")
    result = audit(doc, selection=Selection(select=("MT601",)))
    assert result.findings
    path = tmp_path / "f.jsonl"
    path.write_text(jsonl.render([result]), encoding="utf-8")
    assert jsonl.read_findings(str(path)) == result.findings


def test_fingerprint_ignores_offsets_but_not_occurrence():
    assert fingerprint("d", "MT1", "the  Tramp", 0) == fingerprint("d", "MT1", "the tramp", 0)
    assert fingerprint("d", "MT1", "tramp", 0) != fingerprint("d", "MT1", "tramp", 1)


def test_confidence_order():
    assert Confidence.CERTAIN.at_least(Confidence.LIKELY)
    assert not Confidence.POSSIBLE.at_least(Confidence.LIKELY)


def test_selection_by_prefix():
    s = Selection(select=("MT1", "MT601"), ignore=("MT10",))
    assert s.enabled("MT110") and s.enabled("MT601")
    assert not s.enabled("MT101") and not s.enabled("MT201")
    assert not Selection(ignore=("MT",)).enabled("MT601")
