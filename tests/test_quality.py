"""MQM score arithmetic on hand-made cases."""

from __future__ import annotations

import math

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.report.quality import DEFAULT_WEIGHTS, mqm_score, penalty
from mtaudit.core.types import Confidence, Finding, Severity


def _f(severity: str, fp: str = "x") -> Finding:
    return Finding(doc="d", code="MT601", name="n", category="untranslated", start=0, end=1, text="a",
                   message="m", confidence=Confidence.CERTAIN, severity=Severity(severity), fingerprint=fp)


def test_penalty_sums_severity_weights():
    assert penalty([_f("minor"), _f("major"), _f("critical")]) == 16.0


def test_score_per_thousand_words():
    s = mqm_score([_f("minor"), _f("major")], words=200)
    # 6 penalty points over 200 words = 30 per 1,000 words
    assert s["penalty_per_1000_words"] == 30.0 and s["score"] == 70.0
    assert s["weights"] == DEFAULT_WEIGHTS and "formula" in s


def test_score_floors_at_zero_and_handles_no_words():
    assert mqm_score([_f("critical")] * 20, words=100)["score"] == 0.0
    assert mqm_score([], words=0)["score"] == 100.0
    assert mqm_score([_f("minor")], words=0)["score"] == 0.0


def test_custom_weights():
    s = mqm_score([_f("minor"), _f("major")], words=1000, weights={"minor": 0.5, "major": 2, "critical": 4})
    assert math.isclose(s["score"], 97.5)


def test_cli_weights_change_the_score(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("one two three four five six seven eight nine ten Кремль.\n", encoding="utf-8")
    import json
    default = json.loads(CliRunner().invoke(cli, ["--isolated", "check", str(f), "--format", "json"]).output)
    custom = json.loads(CliRunner().invoke(cli, ["--isolated", "check", str(f), "--format", "json",
                                                 "--weights", "major=1"]).output)
    d, c = default["documents"][0]["quality"], custom["documents"][0]["quality"]
    assert d["issues"] == c["issues"] >= 1
    assert c["penalty"] < d["penalty"] and c["weights"]["major"] == 1.0
    assert default["quality"]["formula"].startswith("score = max(0, 100")


@pytest.mark.parametrize("bad", ["major=x", "huge=3", "minor=-1"])
def test_bad_weights_are_usage_errors(tmp_path, bad):
    f = tmp_path / "a.txt"
    f.write_text("text\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["--isolated", "check", str(f), "--weights", bad])
    assert r.exit_code == 2


def test_score_over_confirmed_errors_uses_decisions(tmp_path):
    import json

    f = tmp_path / "doc.txt"
    f.write_text("They said Кремль and Госдума and Минобороны agreed in the end.\n", encoding="utf-8")
    report = json.loads(CliRunner().invoke(cli, ["--isolated", "check", str(f), "--format", "json",
                                                 "--select", "MT601"]).output)
    findings = report["findings"]
    assert len(findings) == 3
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"mtaudit_decisions": 1, "doc": "doc", "decisions": [
        {"fingerprint": findings[0]["fingerprint"], "verdict": "accept"},
        {"fingerprint": findings[1]["fingerprint"], "verdict": "reject"}]}), encoding="utf-8")
    report = json.loads(CliRunner().invoke(cli, ["--isolated", "check", str(f), "--format", "json",
                                                 "--select", "MT601", "--decisions", str(decisions),
                                                 "--weights", "major=0.1"]).output)
    doc = report["documents"][0]
    assert doc["quality"]["issues"] == 3
    assert doc["quality_confirmed"]["issues"] == 1
    assert doc["quality_confirmed"]["score"] > doc["quality"]["score"]


def test_decisions_for_another_document_are_refused(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("Кремль.\n", encoding="utf-8")
    decisions = tmp_path / "d.json"
    decisions.write_text('{"mtaudit_decisions": 1, "doc": "other", "decisions": []}', encoding="utf-8")
    r = CliRunner().invoke(cli, ["--isolated", "check", str(f), "--decisions", str(decisions)])
    assert r.exit_code == 2 and "not audited" in r.output
