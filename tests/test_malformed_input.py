"""Malformed input the tool must survive: lone surrogates, invalid UTF-8, YAML tags, broken rule,
gold and decisions files, unknown encodings, unwritable outputs. Each is one error line or one
error record, never a crash or a silent failure (more of the kind: tests/test_properties.py,
tests/test_cli_errors.py and the fuzz targets under fuzz/)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mtaudit.runners.batch import RecordWriter, parse_line
from mtaudit.cli import cli
from mtaudit.commands.evaluate import load_gold, load_preds
from mtaudit.commands.fix import _stems
from mtaudit.audit.decisions import parse_decisions
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.core.io import write_atomic
from mtaudit.rules.loader import load_rule_files, load_rule_text
from mtaudit.core.types import fingerprint


def test_lone_surrogate_in_a_batch_id_does_not_kill_the_run(tmp_path):
    """Was: UnicodeEncodeError in fingerprint() and again in RecordWriter -> internal error, exit 3."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "\\ud800x", "text": "Donald trump said"}\n{"id": 2, "text": "the tramp"}\n')
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(cli, ["--isolated", "batch", str(src), "-o", str(out)])
    assert r.exit_code in (0, 1), r.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [rec["id"] for rec in records] == ["\ud800x", 2]
    assert records[0]["error"] is None


def test_lone_surrogate_in_batch_text_is_an_error_record():
    record = parse_line(b'{"id": 1, "text": "a \\udc00 b"}', 3)
    assert record["line"] == 3 and "lone surrogate" in record["error"]


def test_record_writer_escapes_what_utf8_cannot_carry(tmp_path):
    w = RecordWriter(tmp_path / "o.jsonl")
    w.write({"id": "\udfff", "line": 1, "error": "x"})
    w.close()
    assert json.loads((tmp_path / "o.jsonl").read_bytes()) == {"id": "\udfff", "line": 1, "error": "x"}


def test_fingerprint_of_a_surrogate_id_is_stable():
    assert fingerprint("\ud800", "MT101", "x", 0) == fingerprint("\ud800", "MT101", "x", 0)


def test_rule_file_with_invalid_utf8_is_a_user_error(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_bytes(b"\xff\xfe rules:")
    with pytest.raises(UserError, match="invalid UTF-8 at byte offset 0"):
        load_rule_files([p], bundled=False)


def test_python_tag_in_a_rule_is_a_user_error():
    """Was: yaml ConstructorError escaped _plain() -> internal error, exit 3 (still never executed)."""
    text = ("rules:\n- code: MT290\n  name: t\n  kind: existence\n  category: calque\n  confidence: likely\n"
            "  message: m\n  why: !!python/object/apply:os.system ['true']\n  tokens: [x]\n  bad: [x]\n  good: [y]\n")
    with pytest.raises(UserError) as info:
        load_rule_text(text, "r.yaml")
    assert info.value.line == 8


def test_broken_rule_file_fails_batch_at_once_instead_of_every_record(tmp_path):
    """Was: exit 0 with one "internal error: UserError" record per document."""
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "hi"}\n')
    (tmp_path / "r.yaml").write_text("rules:\n  - just a string\n")
    r = CliRunner().invoke(cli, ["--isolated", "batch", str(tmp_path / "in.jsonl"), "--rules", str(tmp_path / "r.yaml")])
    assert r.exit_code == 2
    assert "r.yaml:2: " in r.output


def test_unknown_encoding_in_batch_is_a_user_error(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "hi"}\n')
    r = CliRunner().invoke(cli, ["--isolated", "batch", str(tmp_path / "in.jsonl"), "--encoding", "nope"])
    assert r.exit_code == 2 and "unknown encoding 'nope'" in r.output


def test_unwritable_output_is_a_user_error():
    with pytest.raises(UserError, match="cannot write"):
        write_atomic("/proc/no/such/dir/x.txt", "x")


def test_gold_file_with_invalid_utf8_or_non_objects(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_bytes(b'{"doc": "a", "start": 0, "end": 1, "text": "x", "category": "c", "confidence": "likely"}\n\xff\n')
    with pytest.raises(UserError) as info:
        load_gold(str(p))
    assert info.value.line == 2
    p.write_text("\n\n[1]\n")
    with pytest.raises(UserError) as info:
        load_gold(str(p))
    assert info.value.line == 3  # the file's line, not the record's index
    p.write_text('{"doc": "a", "start": -5, "end": 2}\n')
    with pytest.raises(UserError):
        load_preds(str(p))


def test_output_stems_do_not_collide():
    """Was: ids "a", "a-2", "a" gave stems a, a-2, a-2: the third output overwrote the second."""
    stems = _stems([Document("x", doc_id=i) for i in ("a", "a-2", "a")])
    assert len(set(stems)) == 3


@pytest.mark.parametrize("raw", [
    '{"mtaudit_decisions": true, "doc": "d", "decisions": []}',                       # true == 1 in Python
    '{"mtaudit_decisions": 1, "doc": "d", "decisions": [{"fingerprint": "0123456789abcdef\\n", "verdict": "accept"}]}',
    '{"mtaudit_decisions": 1, "doc": "d", "doc": "e", "decisions": []}',                # last one silently won
])
def test_malformed_decisions_are_refused(raw):
    with pytest.raises(UserError):
        parse_decisions(raw, "d.json")
