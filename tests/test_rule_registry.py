"""One registry for every rule: user rule files join it, clash with nothing, list and explain
like the built-in ones, and every rule says where it is declared (file:line)."""

from __future__ import annotations

import json
import pickle
import re

from click.testing import CliRunner

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.cli import cli
from mtaudit.rules.registry import all_rules

USER = """\
rules:
- code: MT990
  name: test-existence
  kind: existence
  category: calque
  confidence: likely
  message: 'found “{match}”'
  why: 'a test rule'
  tokens: ['at the legislative level']
  ignorecase: true
  bad: ['They banned it at the legislative level.']
  good: ['They banned it by law.']
"""


def _run(*args):
    return CliRunner().invoke(cli, ["--isolated", *map(str, args)])


def _file(tmp_path, text, name="mine.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_rule_reports_the_file_and_line_that_declares_it():
    for r in all_rules().values():
        assert re.fullmatch(r"mtaudit/(rules/[\w/-]+\.yaml|detectors/[\w/]+\.py):\d+", r.origin), (r.code, r.origin)
    assert all_rules()["MT401"].origin.startswith("mtaudit/detectors/casing.py:")


def test_a_user_rule_reusing_a_python_detectors_code_exits_2_with_file_line(tmp_path):
    clash = _file(tmp_path, USER.replace("MT990", "MT401"))
    doc = _file(tmp_path, "Nothing to see.\n", "a.txt")
    r = _run("check", "--rules", clash, doc)
    assert r.exit_code == 2
    assert f"{clash}:2: rule MT401 already defined at mtaudit/detectors/casing.py:" in r.output


def test_rules_and_rule_show_a_user_rule_with_its_examples(tmp_path):
    path = _file(tmp_path, USER)
    listed = json.loads(_run("rules", "--rules", path, "--format", "json").output)
    mine = next(r for r in listed if r["code"] == "MT990")
    assert mine["origin"] == f"{path}:2" and mine["bad"] == ["They banned it at the legislative level."]
    assert "MT990" not in _run("rules", "--format", "json").output
    shown = _run("rule", "MT990", "--rules", path)
    assert shown.exit_code == 0, shown.output
    assert "They banned it at the legislative level." in shown.output and "They banned it by law." in shown.output
    assert f"defined in: {path}:2" in "".join(shown.output.split("\n"))  # the console may wrap a long path


def test_user_examples_are_checked_when_the_file_loads(tmp_path):
    unflagged = _file(tmp_path, USER.replace("They banned it at the legislative level.", "Nothing here."), "a.yaml")
    r = _run("rules", "--rules", unflagged)
    assert r.exit_code == 2 and f"{unflagged}:11: MT990 bad example is not flagged" in r.output
    flagged = _file(tmp_path, USER.replace("They banned it by law.", "Done at the legislative level."), "b.yaml")
    r = _run("rules", "--rules", flagged)
    assert r.exit_code == 2 and f"{flagged}:12: MT990 good example is flagged" in r.output


def test_a_worker_rebuilds_the_same_context_from_the_pickled_spec(tmp_path):
    spec = AuditSpec(rule_files=(str(_file(tmp_path, USER)),), select=("MT9",), style="ap")
    again = pickle.loads(pickle.dumps(spec))
    assert again == spec
    ctx = AuditContext(again)
    assert [r.code for r in ctx.user_rules.rules] == ["MT990"] and ctx.style == "ap"
    assert ctx.selection.enabled("MT990") and not ctx.selection.enabled("MT201")
