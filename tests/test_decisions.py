"""Decisions files: validation with file:line errors, refusal of stale files, and `fix --decisions`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mtaudit.audit import engine
from mtaudit.cli import cli
from mtaudit.audit.decisions import check_against, dump_decisions, parse_decisions
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError

from fix_fakes import STANDARD

TEXT = "Donald trump said on Monday, writes Reuters.\n"




def findings():
    return engine.audit(Document(TEXT, "doc1"), detectors=(STANDARD,)).findings


def test_round_trip_of_the_format():
    fs = findings()
    d = parse_decisions(dump_decisions("doc1", [(fs[0], "reject"), (fs[1], "accept")]))
    assert d.doc == "doc1" and d.verdicts == {fs[0].fingerprint: "reject", fs[1].fingerprint: "accept"}
    assert d.items[0].line == 5 and d.items[1].line == 11
    assert check_against(d, "doc1", fs) == []


@pytest.mark.parametrize("raw, message, line", [
    ('{"mtaudit_decisions": 1,\n "doc": "d",\n "decisions": [\n {"fingerprint": "abc", "verdict": "accept"}]}',
     "16 lowercase hex", 4),
    ('{"mtaudit_decisions": 1, "doc": "d", "decisions": [\n{"fingerprint": "0123456789abcdef", "verdict": "ok"}]}',
     "accept or reject", 2),
    ('{"mtaudit_decisions": 2, "doc": "d", "decisions": []}', "must be 1", 1),
    ('{"mtaudit_decisions": 1,\n"doc": "",\n"decisions": []}', '"doc"', 2),
    ('{"mtaudit_decisions": 1, "doc": "d",\n"decisions": {}}', "must be a list", 2),
    ('{"mtaudit_decisions": 1,\n "doc": "d", "decisions": [}', "invalid JSON", 2),
    ('[]', "JSON object", 1),
    ('{"mtaudit_decisions": 1, "doc": "d", "decisions": [\n{"fingerprint": "0123456789abcdef", "verdict": "accept"},\n'
     '{"fingerprint": "0123456789abcdef", "verdict": "reject"}]}', "both accepted and rejected", 3),
    ('{"mtaudit_decisions": 1, "doc": "d", "decisions": [\n{"fingerprint": "0123456789abcdef", "verdict": "accept", '
     '"colour": 1}]}', "unknown key", 2),
])
def test_invalid_files_name_the_line(raw, message, line):
    with pytest.raises(UserError) as exc:
        parse_decisions(raw, "dec.json")
    assert message in exc.value.message
    assert exc.value.render().startswith(f"dec.json:{line}: ")


def test_stale_or_foreign_decisions_are_refused():
    fs = findings()
    stale = parse_decisions(json.dumps({"mtaudit_decisions": 1, "doc": "doc1", "decisions": [
        {"fingerprint": "0123456789abcdef", "verdict": "accept"}]}), "dec.json")
    with pytest.raises(UserError, match="none of the 1 decisions matches"):
        check_against(stale, "doc1", fs)
    with pytest.raises(UserError, match="not 'other'"):
        check_against(parse_decisions(dump_decisions("doc1", [(fs[0], "accept")])), "other", fs)
    wrong_code = parse_decisions(json.dumps({"mtaudit_decisions": 1, "doc": "doc1", "decisions": [
        {"fingerprint": fs[0].fingerprint, "verdict": "accept", "code": "MT999"}]}))
    with pytest.raises(UserError, match="not MT999"):
        check_against(wrong_code, "doc1", fs)


def test_partly_stale_decisions_warn_and_apply_the_rest():
    fs = findings()
    raw = json.loads(dump_decisions("doc1", [(fs[0], "reject")]))
    raw["decisions"].append({"fingerprint": "0123456789abcdef", "verdict": "accept", "code": "MT101", "text": "x"})
    warnings = check_against(parse_decisions(json.dumps(raw, indent=1), "d.json"), "doc1", fs)
    assert len(warnings) == 1 and "0123456789abcdef" in warnings[0] and "matches no finding" in warnings[0]


def test_fix_applies_decisions_from_the_cli(tmp_path, fake_detectors):
    src = tmp_path / "doc1.txt"
    src.write_text(TEXT, encoding="utf-8")
    fs = {f.code: f for f in findings()}
    dec = tmp_path / "dec.json"
    dec.write_text(dump_decisions("doc1", [(fs["MT991"], "reject"), (fs["MT992"], "accept")]), encoding="utf-8")
    out = tmp_path / "out.txt"
    r = CliRunner().invoke(cli, ["fix", str(src), "-o", str(out), "--decisions", str(dec)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") == "Donald trump said on Monday, Reuters reports.\n"


def test_fix_refuses_a_stale_decisions_file_with_exit_2(tmp_path, fake_detectors):
    src = tmp_path / "doc1.txt"
    src.write_text(TEXT, encoding="utf-8")
    dec = tmp_path / "dec.json"
    dec.write_text(json.dumps({"mtaudit_decisions": 1, "doc": "doc1", "decisions": [
        {"fingerprint": "0123456789abcdef", "verdict": "accept"}]}), encoding="utf-8")
    out = tmp_path / "out.txt"
    r = CliRunner().invoke(cli, ["fix", str(src), "-o", str(out), "--decisions", str(dec)])
    assert r.exit_code == 2 and "none of the 1 decisions matches" in r.output
    assert "Traceback" not in r.output and not out.exists()
    dec.write_text(json.dumps({"mtaudit_decisions": 1, "doc": "elsewhere", "decisions": []}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["fix", str(src), "-o", str(out), "--decisions", str(dec)])
    assert r.exit_code == 2 and "match none of the documents" in r.output
