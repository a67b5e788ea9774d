"""Configuration files: discovery, validation, and command-line precedence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.commands import options


def _doc(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("He called it a провокация yesterday in front of many people.\n", encoding="utf-8")
    return f


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_mtaudit_toml_is_found_and_applied(tmp_path, monkeypatch):
    f = _doc(tmp_path)
    (tmp_path / "mtaudit.toml").write_text('ignore = ["MT601"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("check", f).exit_code == 0          # the config silences the rule
    assert run("--isolated", "check", f).exit_code == 1


def test_command_line_flag_takes_precedence(tmp_path, monkeypatch):
    f = _doc(tmp_path)
    (tmp_path / "mtaudit.toml").write_text('ignore = ["MT601"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("check", f, "--ignore", "MT9").exit_code == 1   # the flag replaces the file's list


def test_pyproject_tool_table_found_from_a_subdirectory(tmp_path, monkeypatch):
    f = _doc(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mtaudit]\nweights = { major = 2 }\n', encoding="utf-8")
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    report = json.loads(run("check", f, "--format", "json").output)
    assert report["quality"]["weights"]["major"] == 2.0
    report = json.loads(run("check", f, "--format", "json", "--weights", "major=7").output)
    assert report["quality"]["weights"]["major"] == 7.0


def test_explicit_config_and_settings_reach_the_context(tmp_path, monkeypatch):
    cfg = tmp_path / "team.toml"
    cfg.write_text('langid = "lingua"\n[thresholds]\nquote_meaning_min = 0.9\n', encoding="utf-8")
    seen = {}
    real = options.make_context

    def spy(*args):
        ctx = real(*args)
        seen.update(ctx.settings)
        return ctx

    monkeypatch.setattr("mtaudit.commands.check.make_context", spy)
    run("--config", cfg, "check", _doc(tmp_path))
    assert seen.pop("config_file").startswith("team.toml@")  # named in the run signature
    assert seen == {"langid": "lingua", "thresholds": {"quote_meaning_min": 0.9}}


def test_unknown_key_and_bad_toml_are_one_line_errors(tmp_path, monkeypatch):
    f = _doc(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mtaudit.toml").write_text('ignroe = ["MT601"]\n', encoding="utf-8")
    r = run("check", f)
    assert r.exit_code == 2 and "unknown key 'ignroe'" in r.output and "Traceback" not in r.output
    (tmp_path / "mtaudit.toml").write_text('select = ["MT1"\nx = 1\n', encoding="utf-8")
    r = run("check", f)
    assert r.exit_code == 2 and "mtaudit.toml:" in r.output and "invalid TOML" in r.output
    (tmp_path / "mtaudit.toml").write_text('min-confidence = "sure"\n', encoding="utf-8")
    assert run("check", f).exit_code == 2


@pytest.mark.slow  # the real sentence-embedding model (--ref), three runs
def test_thresholds_reach_the_reference_checks(tmp_path, monkeypatch):
    """A stricter meaning threshold in the configuration silences a quote-drift finding."""
    from conftest import SEED_HUMAN, SEED_MT

    monkeypatch.chdir(tmp_path)
    base = ["check", SEED_MT, "--ref", SEED_HUMAN, "--select", "MT701", "--format", "json"]
    assert len(json.loads(run(*base).output)["findings"]) == 2
    (tmp_path / "mtaudit.toml").write_text("[thresholds]\nquote_meaning_min = 0.99\n", encoding="utf-8")
    assert json.loads(run(*base).output)["findings"] == []
    (tmp_path / "mtaudit.toml").write_text("[thresholds]\nquote_meaning = 0.9\n", encoding="utf-8")
    r = run(*base)
    assert r.exit_code == 2 and "unknown threshold 'quote_meaning'" in r.output


def test_config_file_is_named_in_the_signature_and_a_foreign_writable_one_is_skipped(tmp_path, monkeypatch):
    f = _doc(tmp_path)
    cfg = tmp_path / "mtaudit.toml"
    cfg.write_text('ignore = ["MT9"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from mtaudit.cli import cli as root
    r = CliRunner().invoke(root, ["check", str(f)])
    assert "config:mtaudit.toml@" in r.output
    cfg.chmod(0o666)  # anyone could have written it: not applied
    r = CliRunner().invoke(root, ["check", str(f)])
    assert "config:" not in r.output


def test_a_broken_pyproject_is_reported(tmp_path, monkeypatch):
    f = _doc(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.mtaudit\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from mtaudit.cli import cli as root
    r = CliRunner().invoke(root, ["check", str(f)])
    assert r.exit_code == 2 and "pyproject.toml" in r.output and "invalid TOML" in r.output
