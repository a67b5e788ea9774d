"""The CLI through click's CliRunner: formats, exit codes, bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from mtaudit.cli import cli

from conftest import GOLD, SEEDS, SEED_MT


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_check_text_output_and_exit_code(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("He called it a провокация.\n", encoding="utf-8")
    r = run("check", f)
    assert r.exit_code == 1
    assert f"{f}:1:16:" in r.output and "MT601" in r.output
    assert "mtaudit:" in r.output  # the signature line


def test_check_clean_file_exits_zero(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Nothing to see here.\n", encoding="utf-8")
    assert run("check", f, "--select", "MT601").exit_code == 0


def test_jsonl_has_gold_keys_and_exact_slices(tmp_path):
    f = tmp_path / "doc1.txt"
    text = "Он said the Кремль agreed.\n"
    f.write_text(text, encoding="utf-8")
    r = run("check", f, "--format", "jsonl", "--select", "MT6")
    records = [json.loads(line) for line in r.output.splitlines()]
    assert records
    for rec in records:
        assert rec["doc"] == "doc1"
        assert text[rec["start"]:rec["end"]] == rec["text"]
        for key in ("category", "correction", "confidence", "code", "name", "message", "severity",
                    "applicability", "its_type", "fingerprint"):
            assert key in rec


def test_json_report_has_signature_and_summaries(tmp_path):
    out = tmp_path / "r.json"
    r = run("check", SEED_MT, "--format", "json", "-o", out)
    assert r.exit_code in (0, 1)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["signature"]["version"]
    assert report["documents"][0]["doc"] == SEED_MT.stem
    assert "signature_line" in report


def test_ignore_everything_finds_nothing():
    r = run("check", SEED_MT, "--ignore", "MT")
    assert r.exit_code == 0


def test_bad_select_value_is_a_usage_error():
    r = run("check", SEED_MT, "--select", "XY1")
    assert r.exit_code == 2


def test_bad_inputs_one_line_each_and_others_still_audited(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Он пришёл.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 au lait".encode("latin-1"))
    emptydir = tmp_path / "nothing"
    emptydir.mkdir()
    r = CliRunner().invoke(cli, ["check", str(good), str(empty), str(binary), str(latin),
                                 str(tmp_path / "missing.txt"), str(emptydir), "--format", "jsonl"])
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    assert f"{empty}: empty file" in r.output
    assert f"{binary}: binary file" in r.output
    assert f"{latin}: invalid utf-8 at byte offset 3" in r.output
    assert "missing.txt: no such file" in r.output
    assert "directory has no .txt files" in r.output
    assert '"doc": "good"' in r.output  # the good file was still audited


def test_encoding_option_reads_other_encodings(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 au lait".encode("latin-1"))
    assert run("check", latin, "--encoding", "latin-1").exit_code == 0


def test_rules_and_rule():
    r = run("rules")
    assert r.exit_code == 0 and "MT601" in r.output
    r = run("rule", "MT601")
    assert r.exit_code == 0 and "why:" in r.output
    r = run("rule", "MT999")
    assert r.exit_code == 2 and "no rule" in r.output


def test_eval_text_and_pred(tmp_path):
    r = run("eval", "--docs", SEEDS, "--gold", GOLD)
    assert r.exit_code == 0 and "recall" in r.output
    pred = tmp_path / "p.jsonl"
    pred.write_text('{"doc": "000_5a787b1c74becfcd", "start": 1517, "end": 1526, "category": '
                    '"entity-mistranslation", "correction": "Trump"}\n', encoding="utf-8")
    r = run("eval", "--docs", SEEDS, "--gold", GOLD, "--pred", pred, "--format", "json")
    data = json.loads(r.output)
    assert data["found"] == 1 and data["precision"] == 1.0 and data["fix_correct"] == 1


def test_usage_errors_are_one_line():
    r = run("check", SEED_MT, "--format", "nope")
    assert r.exit_code == 2
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: Invalid value for '--format'")


def test_internal_error_says_how_to_report_and_exits_3(monkeypatch):
    from fix_fakes import Boom

    monkeypatch.setattr("mtaudit.detectors.DETECTORS", (Boom(),))
    r = run("check", SEED_MT)
    assert r.exit_code == 3
    assert "internal error: RuntimeError: kaboom" in r.output and "report" in r.output
    assert "Traceback" not in r.output


def test_bare_command_shows_help():
    r = CliRunner().invoke(cli, [])
    assert r.exit_code == 0 and "Commands:" in r.output


def test_user_rule_file_runs_selects_and_changes_the_signature(tmp_path):
    rules = tmp_path / "house.yaml"
    rules.write_text(
        "rules:\n- code: MT901\n  name: house-style-kiev\n  kind: existence\n  category: calque\n"
        "  confidence: likely\n  message: 'house style: “{match}”'\n  why: 'Our house style.'\n"
        "  tokens: ['Kiev-based']\n  bad: ['A Kiev-based firm.']\n  good: ['A Kyiv-based firm.']\n",
        encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("A Kiev-based firm said so.\n", encoding="utf-8")
    r = run("--isolated", "check", doc, "--rules", rules, "--select", "MT9", "--format", "json")
    report = json.loads(r.stdout)  # stdout only: a warning on stderr is not part of the report
    assert [f["code"] for f in report["findings"]] == ["MT901"]
    plain = json.loads(run("--isolated", "check", doc, "--format", "json").stdout)
    assert report["signature"]["rules"].startswith(plain["signature"]["rules"] + "+")
