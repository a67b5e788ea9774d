"""The habits editors and pipelines bring from ruff & co: stdin, --fix, counts, exit codes, quiet runs.

Each test names the point of issue 17 it holds in place.
"""

from __future__ import annotations

import re

from click.testing import CliRunner

from mtaudit.cli import cli

NAME = "Donald trump said."


def run(*args, input=None):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]], input=input)


def raw(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


# --- 2. standard input --------------------------------------------------------------------------

def test_check_reads_standard_input():
    r = run("check", "-", input=NAME + "\n")
    assert r.exit_code == 1, r.output
    assert "stdin:1:1: MT102" in r.stdout


def test_stdin_filename_names_the_document():
    r = run("check", "-", "--stdin-filename", "drafts/article.txt", "--format", "jsonl", input=NAME)
    assert r.exit_code == 1
    assert '"doc": "article"' in r.stdout


def test_fix_reads_standard_input_and_writes_the_fixed_text():
    r = run("fix", "-", input=NAME + "\n")
    assert r.stdout == "Donald Trump said.\n"


def test_check_fix_on_stdin_writes_the_fixed_text_and_reports_on_stderr():
    r = run("check", "--fix", "-", input=NAME + "\n")
    assert r.stdout == "Donald Trump said.\n"
    assert "1 fixed, 0 remaining" in r.stderr
    assert r.exit_code == 0


def test_empty_stdin_is_an_input_error():
    r = run("check", "-", input="")
    assert r.exit_code == 2 and "empty input" in r.stderr


# --- 8. noise and exit codes --------------------------------------------------------------------

def test_an_input_error_prints_no_empty_report(tmp_path):
    r = run("check", tmp_path / "nosuch.txt")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr.strip().endswith("no such file or directory")


def test_no_reference_note_for_each_file_without_ref(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(NAME, encoding="utf-8")
    r = run("check", tmp_path)
    assert "no reference texts" not in r.output and "skipped" not in r.output


def test_an_empty_file_in_a_directory_is_skipped_not_fatal(tmp_path):
    (tmp_path / "a.txt").write_text(NAME, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run("check", tmp_path)
    assert r.exit_code == 1, r.output               # the findings decide, not the empty file
    assert "a.txt:1:1: MT102" in r.stdout
    assert "warning:" in r.stderr and "empty.txt: empty file, skipped" in r.stderr


def test_fix_and_diff_exit_1_while_unsafe_proposals_remain(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The talks will resume, writes Reuters.\n", encoding="utf-8")
    r = run("fix", f, "-o", tmp_path / "out.txt")
    assert r.exit_code == 1, r.output
    assert "1 unsafe proposal not applied" in r.stderr + r.stdout
    assert run("diff", f).exit_code == 1
    assert run("fix", f, "-o", tmp_path / "out.txt", "--unsafe-fixes").exit_code == 0
    assert run("fix", f, "-o", tmp_path / "out.txt", "--exit-zero").exit_code == 0


def test_counts_are_singular_for_one(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NAME, encoding="utf-8")
    r = run("fix", f, "-o", tmp_path / "out.txt")
    assert re.search(r"\b1 findings\b|\b1 fixes\b|\b1 passes\b|\b1 issues\b", r.output) is None, r.output
    assert "1 fix applied in 1 pass" in r.output
    r = run("check", f)
    assert "over 1 issue " in r.stdout and "Found 1 finding in 1 document." in r.stdout


# --- 9. ruff habits ------------------------------------------------------------------------------

def test_check_fix_fixes_in_place_and_reports_what_remains(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Donald trump said it, writes Reuters.\n", encoding="utf-8")
    r = run("check", "--fix", f)
    assert f.read_text(encoding="utf-8") == "Donald Trump said it, writes Reuters.\n"
    assert r.exit_code == 1                               # the unsafe one remains
    assert "MT2005" in r.stdout and "MT102" not in r.stdout
    assert "(1 fixed, 1 remaining)" in r.stdout
    r = run("check", "--fix", "--unsafe-fixes", f)
    assert f.read_text(encoding="utf-8") == "Donald Trump said it, Reuters reports.\n"
    assert r.exit_code == 0


def test_fixable_line_counts_safe_and_unsafe_fixes(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Donald trump said it, writes Reuters.\n", encoding="utf-8")
    r = run("check", f)
    assert "[*] 1 fixable with `mtaudit fix` (1 more with `--unsafe-fixes`)." in r.stdout
    assert re.search(r"a\.txt:1:1: MT102 \[\*\]", r.stdout)      # the safe one is marked
    assert re.search(r"MT2005 (?!\[\*\])", r.stdout)               # the unsafe one is not


def test_statistics_count_per_rule(tmp_path):
    (tmp_path / "a.txt").write_text("Donald trump met Donald trump.\n", encoding="utf-8")
    r = run("check", tmp_path, "--statistics", "--select", "MT102")
    lines = r.stdout.splitlines()
    assert re.match(r"^2\s+MT102\s+\[\*\] name-casing$", lines[0]), lines
    assert "a.txt:" not in r.stdout                                # counts instead of the list
    r = run("check", tmp_path, "--statistics", "--format", "json", "--select", "MT102")
    assert '"count": 2' in r.stdout


def test_exit_zero_quiet_and_output_format(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NAME, encoding="utf-8")
    assert run("check", f, "--exit-zero").exit_code == 0
    r = run("check", f, "-q")
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [l for l in r.stdout.splitlines() if l.startswith(str(f))]
    assert len(r.stdout.splitlines()) == 1
    r = run("check", f, "--output-format", "jsonl")
    assert r.stdout.startswith('{"doc": "a"')


def test_global_options_after_the_subcommand(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mtaudit.toml").write_text('ignore = ["MT102"]\n', encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text(NAME, encoding="utf-8")
    assert raw("check", f).exit_code == 0                         # the config silences the rule
    assert raw("check", f, "--isolated").exit_code == 1           # ... unless ignored, after the command
    other = tmp_path / "other.toml"
    other.write_text('select = ["MT601"]\n', encoding="utf-8")
    assert raw("check", "--config", str(other), f).exit_code == 0
    assert raw("check", f"--config={other}", f).exit_code == 0
    from mtaudit.cli import hoist_global_options

    assert hoist_global_options(["check", "a", "--isolated", "--", "--isolated"]) == \
        ["--isolated", "check", "a", "--", "--isolated"]


def test_directories_are_searched_recursively_with_usual_excludes(tmp_path):
    (tmp_path / "news" / "2026").mkdir(parents=True)
    (tmp_path / "news" / "2026" / "deep.txt").write_text(NAME, encoding="utf-8")
    for skipped in (".git", "node_modules", ".venv", "build"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "x.txt").write_text(NAME, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text(NAME, encoding="utf-8")
    r = run("check", tmp_path, "--format", "jsonl", "--exclude", "drafts")
    docs = {line.split('"doc": "')[1].split('"')[0] for line in r.stdout.splitlines()}
    assert docs == {"deep"}


def test_a_broken_pyproject_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.mtaudit\nselect = 1\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(NAME, encoding="utf-8")
    r = raw("check", "a.txt")
    assert r.exit_code == 2
    assert "pyproject.toml" in r.stderr and "invalid TOML" in r.stderr
    assert raw("check", "a.txt", "--isolated").exit_code == 1     # --isolated still runs


def test_check_fix_on_utf16_stdin_keeps_its_bom_and_byte_order():
    """Standard input with a UTF-16 BOM is written back in the same codec (issue 18, point 6)."""
    for codec, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        data = bom + (NAME + "\n").encode(codec)
        for cmd in (("check", "--fix", "-"), ("fix", "-")):
            r = run(*cmd, input=data)
            assert r.stdout_bytes == bom + "Donald Trump said.\n".encode(codec), (cmd, codec, r.stdout_bytes)
