"""`mtaudit batch`: records in input order, bad lines as error records, resume after a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from mtaudit.runners.batch import WorkItem, load_resume_state, parse_line
from mtaudit.cli import cli

from conftest import FIXTURES, ROOT

SMALL = FIXTURES / "batch_small.jsonl"


def run(*args):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]])


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_line_in_order_with_error_records(tmp_path):
    out = tmp_path / "out.jsonl"
    r = run("batch", SMALL, "-o", out, "--select", "MT6")
    assert r.exit_code == 1, r.output  # documents with findings, like `check`
    recs = records(out)
    assert [rec["line"] for rec in recs] == [1, 2, 3, 5, 6, 7, 8, 9]  # the blank line 4 is no record
    assert [rec["id"] for rec in recs] == ["clean-1", "cyr-1", None, None, "no-text", 7, 42, "clean-2"]
    by_line = {rec["line"]: rec for rec in recs}
    assert by_line[3]["error"].startswith("invalid JSON")
    assert by_line[5]["error"] == "not a JSON object but list"
    assert by_line[6]["error"] == "missing text field 'text'"
    assert by_line[8]["error"] == "text field 'text' is int, not a string"
    assert by_line[1]["error"] is None and by_line[1]["findings"] == []
    assert by_line[1]["summary"]["quality"]["score"] == 100.0
    cyr = by_line[2]
    assert [f["code"] for f in cyr["findings"]] == ["MT601"] and cyr["findings"][0]["text"] == "провокация"
    assert cyr["findings"][0]["doc"] == "cyr-1"
    assert cyr["summary"]["quality"]["score"] < 100.0
    assert by_line[7]["findings"][0]["text"] == "Кремль"  # id-less object: audited, id = line number
    assert "4 error records (lines 3, 5, 6, 8)" in r.stderr


def test_clean_corpus_exits_zero_and_text_field_option(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"key": "a", "body": "Quiet news."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("batch", src, "-o", out, "--text-field", "body", "--id-field", "key", "--select", "MT6")
    assert r.exit_code == 0, r.output
    assert records(out)[0]["id"] == "a" and records(out)[0]["error"] is None


def test_stdout_when_no_output_file():
    r = run("batch", SMALL, "--select", "MT6")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 8 and lines[1]["id"] == "cyr-1"


def test_usage_errors_exit_two(tmp_path):
    assert run("batch", tmp_path / "missing.jsonl").exit_code == 2
    r = run("batch", SMALL, "--resume")
    assert r.exit_code == 2 and "--resume needs -o" in r.output
    assert run("batch", SMALL, "--scheduler", "tcp://x:1").exit_code == 2
    assert run("batch", SMALL, "--glossary", tmp_path / "nope.yaml").exit_code == 2


def test_parse_line_cases():
    assert parse_line(b"  \n", 3) is None
    assert parse_line(b'{"id": "x", "text": "t"}\n', 2) == WorkItem(2, "x", "t")
    assert parse_line(b'{"text": "t"}', 9) == WorkItem(9, 9, "t")
    assert parse_line(b"\xff\xfe{}", 1)["error"].startswith("invalid utf-8")
    big = json.dumps({"id": 1, "text": "é" * 600}).encode()
    assert "over the 1,000-byte limit" in parse_line(big, 1, max_bytes=1000)["error"]


def _full_run(tmp_path, src):
    full = tmp_path / "full.jsonl"
    assert run("batch", src, "-o", full, "--select", "MT6").exit_code == 1
    return full


def test_torn_last_line_is_truncated_on_resume(tmp_path):
    full = _full_run(tmp_path, SMALL)
    lines = full.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(lines[:3]) + lines[3][:10])  # a crash in the middle of line 4
    state = load_resume_state(partial)
    assert state.records == 3 and state.truncated_bytes == 10
    assert partial.read_bytes() == b"".join(lines[:3])
    partial.write_bytes(b"".join(lines[:3]) + lines[3][:10])
    r = run("batch", SMALL, "-o", partial, "--select", "MT6", "--resume")
    assert r.exit_code == 1 and "torn last line" in r.stderr
    assert partial.read_bytes() == full.read_bytes()


def test_resume_refuses_a_file_that_is_not_batch_output(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("hello\n", encoding="utf-8")
    r = run("batch", SMALL, "-o", out, "--resume")
    assert r.exit_code == 2 and f"{out}:1:" in r.output


def test_resume_with_duplicate_ids_skips_only_what_was_written(tmp_path):
    src = tmp_path / "in.jsonl"
    docs = [{"id": "same", "text": f"Text number {i} with слово."} for i in range(4)]
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    full = _full_run(tmp_path, src)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(full.read_bytes().splitlines(keepends=True)[:2]))
    run("batch", src, "-o", partial, "--select", "MT6", "--resume")
    assert partial.read_bytes() == full.read_bytes()


_SLOW_BATCH = """
import sys
sys.path.insert(0, "tests")
import mtaudit.detectors
from fix_fakes import Sleeper
mtaudit.detectors.DETECTORS += (Sleeper(0.03),)  # each document takes a while: time to kill midway
from mtaudit.cli import main
sys.argv = ["mtaudit", "--isolated", "batch", *sys.argv[1:]]
main()
"""


@pytest.mark.slow
def test_sigkill_midway_then_resume_loses_and_duplicates_nothing(tmp_path):
    src = tmp_path / "corpus.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(150):
            text = f"Report {i}: officials met in Москва on day {i}." if i % 3 else f"Calm report {i}."
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
            if i % 50 == 7:
                fh.write("{broken\n")
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-c", _SLOW_BATCH, str(src), "-o", str(out), "--select", "MT6",
            "--workers", "2", "--chunk-size", "2"]
    proc = subprocess.Popen(args, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 20):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 20 <= written < 153, "the run was not killed midway"
    r = run("batch", src, "-o", out, "--select", "MT6", "--resume")
    assert r.exit_code == 1 and f"{written} already written" in r.stderr
    full = _full_run(tmp_path, src)
    resumed = records(out)
    ids = [rec["id"] if rec["id"] is not None else rec["line"] for rec in resumed]
    assert len(ids) == len(set(ids)) == 153
    assert resumed == records(full)
