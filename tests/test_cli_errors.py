"""Every user mistake, through the installed `mtaudit` script: exit 2, one line on stderr, no traceback.

Each case runs the real console script in a subprocess, so the exit code and stderr are what a
user (or a shell script driving a corpus run) sees. A line starting "warning:" is allowed
besides the error line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # ~90 fresh interpreters; tests/test_cli.py covers the error paths in process

OK = "Donald trump said “the tramp will come”.\n"
FILES: dict[str, bytes] = {
    "ok.txt": OK.encode(),
    "bad.txt": b"abc \xff\xfe def\n",
    "empty.txt": b"",
    "evil.yaml": b"concepts:\n  - !!python/object/apply:os.system ['touch PWNED']\n",
    "broken.yaml": b"concepts: [\n",
    "badutf.yaml": b"concepts:\n  - id: x\xff\n",
    "evilrules.yaml": b"rules:\n  - !!python/object/apply:os.system ['touch PWNED']\n",
    "badrule.yaml": b"rules:\n  - code: MT901\n    name: x\n",
    "badutfrules.yaml": b"rules:\n  - code: \xff\n",
    "catastrophic.yaml": (b"rules:\n  - code: MT990\n    name: boom\n    category: calque\n    kind: pattern\n"
                          b"    confidence: likely\n    message: m\n    why: w\n    pattern: '(a+)+b'\n"
                          b"    bad: [aab]\n    good: [c]\n"),
    "dec_types.json": b'{"mtaudit_decisions": 1, "doc": "ok", "decisions": [{"fingerprint": 3, "verdict": "accept"}]}',
    "dec_broken.json": b'{"mtaudit_decisions": 1, "doc": "ok", "decisions": [',
    "dec_badutf.json": b'\xff{}',
    "dec_dupkey.json": b'{"mtaudit_decisions": 1, "doc": "ok", "doc": "other", "decisions": []}',
    "dec_otherdoc.json": b'{"mtaudit_decisions": 1, "doc": "other", "decisions": []}',
    "dec_stale.json": (b'{"mtaudit_decisions": 1, "doc": "ok", "decisions": '
                       b'[{"fingerprint": "0123456789abcdef", "verdict": "accept"}]}'),
    "dec_bool.json": b'{"mtaudit_decisions": true, "doc": "ok", "decisions": []}',
    "gold_missing.jsonl": b'{"doc": "a", "start": 0}\n',
    "gold_broken.jsonl": b'{not json\n',
    "gold_badutf.jsonl": b'\xff\xfe\n',
    "gold_list.jsonl": b'[1, 2]\n',
    "gold_types.jsonl": b'{"doc": "a", "start": "x", "end": 3, "text": "t", "category": "c", "confidence": "certain"}\n',
    "bad.tsv": b"id\tcanonical\n1\t2\n",
    "broken.tbx": b"<notxml",
    "bomb.tbx": (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                 b'<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><tbx>&c;</tbx>'),
    "xxe.tbx": (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<tbx><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&x;</term></tig>'
                b'</langSet></termEntry></body></text></tbx>'),
    "broken.toml": b"select = [\n",
    "badkey.toml": b"colour = 'red'\n",
    "in.jsonl": b'{"id": 1, "text": "hi"}\n',
    "garbage.jsonl": b"garbage\n",
    "notbatch.jsonl": b'{"line": 1}\n',
    "preds_bad.jsonl": b'{"doc": "ok", "start": "zz"}\n',
    "batch_out.jsonl": (b'{"id": 1, "line": 1, "findings": [], "error": null, '
                        b'"summary": {"quality": {"score": 100.0, "words": 1, "penalty": 0.0}}}\n'),
}

# (name, argv); argv paths are relative to the case directory.
CASES = [
    ("check-invalid-utf8", ["check", "bad.txt"]),
    ("check-empty", ["check", "empty.txt"]),
    ("check-missing", ["check", "nosuch.txt"]),
    ("check-empty-dir", ["check", "emptydir"]),
    ("check-over-limit", ["check", "--max-bytes", "5", "ok.txt"]),
    ("check-unknown-encoding", ["check", "--encoding", "nope", "ok.txt"]),
    ("check-not-a-text-codec", ["check", "--encoding", "rot13", "ok.txt"]),
    ("check-max-bytes-zero", ["check", "--max-bytes", "0", "ok.txt"]),
    ("check-max-bytes-word", ["check", "--max-bytes", "lots", "ok.txt"]),
    ("check-bad-select", ["check", "--select", "XX", "ok.txt"]),
    ("check-bad-weights", ["check", "--weights", "minor=x", "ok.txt"]),
    ("check-bad-format", ["check", "--format", "pdf", "ok.txt"]),
    ("check-output-is-dir", ["check", "-o", "emptydir", "ok.txt"]),
    ("check-output-is-input", ["check", "-o", "ok.txt", "ok.txt"]),
    ("check-output-unwritable", ["check", "--format", "json", "-o", "/proc/nope/out.json", "ok.txt"]),
    ("check-python-tag-glossary", ["check", "--glossary", "evil.yaml", "ok.txt"]),
    ("check-broken-glossary", ["check", "--glossary", "broken.yaml", "ok.txt"]),
    ("check-non-utf8-glossary", ["check", "--glossary", "badutf.yaml", "ok.txt"]),
    ("check-missing-glossary", ["check", "--glossary", "nosuch.yaml", "ok.txt"]),
    ("check-bad-tsv-glossary", ["check", "--glossary", "bad.tsv", "ok.txt"]),
    ("check-broken-tbx-glossary", ["check", "--glossary", "broken.tbx", "ok.txt"]),
    ("check-glossary-unknown-format", ["check", "--glossary", "ok.txt", "ok.txt"]),
    ("check-python-tag-rules", ["check", "--rules", "evilrules.yaml", "ok.txt"]),
    ("check-incomplete-rule", ["check", "--rules", "badrule.yaml", "ok.txt"]),
    ("check-non-utf8-rules", ["check", "--rules", "badutfrules.yaml", "ok.txt"]),
    ("check-catastrophic-rule", ["check", "--rules", "catastrophic.yaml", "ok.txt"]),
    ("check-missing-rules", ["check", "--rules", "nosuch.yaml", "ok.txt"]),
    ("check-non-utf8-ref", ["check", "--ref", "bad.txt", "ok.txt"]),
    ("check-missing-ref", ["check", "--ref", "nosuch.txt", "ok.txt"]),
    ("check-broken-quote-bank", ["check", "--ref", "gold_broken.jsonl", "ok.txt"]),
    ("check-non-utf8-quote-bank", ["check", "--ref", "gold_badutf.jsonl", "ok.txt"]),
    ("check-decisions-wrong-type", ["check", "--decisions", "dec_types.json", "ok.txt"]),
    ("check-decisions-broken", ["check", "--decisions", "dec_broken.json", "ok.txt"]),
    ("check-decisions-non-utf8", ["check", "--decisions", "dec_badutf.json", "ok.txt"]),
    ("check-decisions-duplicate-key", ["check", "--decisions", "dec_dupkey.json", "ok.txt"]),
    ("check-decisions-other-doc", ["check", "--decisions", "dec_otherdoc.json", "ok.txt"]),
    ("check-decisions-bool-version", ["check", "--decisions", "dec_bool.json", "ok.txt"]),
    ("check-decisions-missing", ["check", "--decisions", "nosuch.json", "ok.txt"]),
    ("fix-invalid-utf8", ["fix", "bad.txt"]),
    ("fix-decisions-stale", ["fix", "--decisions", "dec_stale.json", "ok.txt"]),
    ("fix-decisions-other-doc", ["fix", "--decisions", "dec_otherdoc.json", "ok.txt"]),
    ("fix-python-tag-rules", ["fix", "--rules", "evilrules.yaml", "ok.txt"]),
    ("fix-max-passes-zero", ["fix", "--max-passes", "0", "ok.txt"]),
    ("fix-output-unwritable", ["fix", "-o", "/proc/nope/x.txt", "ok.txt"]),
    ("fix-o-and-in-place", ["fix", "-o", "x.txt", "--in-place", "ok.txt"]),
    ("fix-several-to-stdout", ["fix", "ok.txt", "ok2.txt"]),
    ("fix-output-is-input", ["fix", "-o", "ok.txt", "ok.txt"]),
    ("diff-invalid-utf8", ["diff", "bad.txt"]),
    ("diff-decisions-broken", ["diff", "--decisions", "dec_broken.json", "ok.txt"]),
    ("eval-gold-missing-keys", ["eval", "--docs", "docs", "--gold", "gold_missing.jsonl"]),
    ("eval-gold-broken", ["eval", "--docs", "docs", "--gold", "gold_broken.jsonl"]),
    ("eval-gold-non-utf8", ["eval", "--docs", "docs", "--gold", "gold_badutf.jsonl"]),
    ("eval-gold-not-object", ["eval", "--docs", "docs", "--gold", "gold_list.jsonl"]),
    ("eval-gold-wrong-types", ["eval", "--docs", "docs", "--gold", "gold_types.jsonl"]),
    ("eval-gold-missing", ["eval", "--docs", "docs", "--gold", "nosuch.jsonl"]),
    ("eval-docs-missing", ["eval", "--docs", "nosuch", "--gold", "gold_missing.jsonl"]),
    ("eval-bad-preds", ["eval", "--docs", "docs", "--gold", "gold_ok.jsonl", "--pred", "preds_bad.jsonl"]),
    ("batch-missing-input", ["batch", "nosuch.jsonl"]),
    ("batch-input-is-dir", ["batch", "emptydir"]),
    ("batch-python-tag-glossary", ["batch", "in.jsonl", "--glossary", "evil.yaml"]),
    ("batch-python-tag-rules", ["batch", "in.jsonl", "--rules", "evilrules.yaml"]),
    ("batch-missing-ref", ["batch", "in.jsonl", "--ref", "nosuch.txt"]),
    ("batch-unknown-encoding", ["batch", "in.jsonl", "--encoding", "nope"]),
    ("batch-resume-into-garbage", ["batch", "in.jsonl", "--resume", "-o", "garbage.jsonl"]),
    ("batch-resume-without-output", ["batch", "in.jsonl", "--resume"]),
    ("batch-bad-workers", ["batch", "in.jsonl", "--workers", "0"]),
    ("report-missing", ["report", "nosuch.jsonl"]),
    ("report-garbage", ["report", "garbage.jsonl"]),
    ("report-not-batch-output", ["report", "notbatch.jsonl"]),
    ("report-non-utf8", ["report", "gold_badutf.jsonl"]),
    ("report-html-over-its-input", ["report", "batch_out.jsonl", "--html", "batch_out.jsonl"]),
    ("glossary-validate-python-tag", ["glossary", "validate", "evil.yaml"]),
    ("glossary-validate-broken", ["glossary", "validate", "broken.yaml"]),
    ("glossary-validate-missing", ["glossary", "validate", "nosuch.yaml"]),
    ("glossary-validate-broken-tbx", ["glossary", "validate", "broken.tbx"]),
    ("glossary-import-python-tag", ["glossary", "import", "evil.yaml"]),
    ("glossary-import-unknown-format", ["glossary", "import", "ok.txt"]),
    ("glossary-export-unwritable", ["glossary", "export", "-o", "/proc/nope/g.yaml"]),
    ("score-invalid-utf8", ["score", "bad.txt", "--ref", "ok.txt"]),
    ("score-ref-invalid-utf8", ["score", "ok.txt", "--ref", "bad.txt"]),
    ("score-ref-missing", ["score", "ok.txt", "--ref", "nosuch.txt"]),
    ("score-bad-metric", ["score", "ok.txt", "--ref", "ok.txt", "--metrics", "meteor"]),
    ("score-unknown-encoding", ["score", "ok.txt", "--ref", "ok.txt", "--encoding", "nope"]),
    ("rule-unknown", ["rule", "MT999"]),
    ("unknown-command", ["frobnicate"]),
    ("unknown-option", ["check", "--frobnicate", "ok.txt"]),
    ("config-broken", ["--config", "broken.toml", "check", "ok.txt"]),
    ("config-unknown-key", ["--config", "badkey.toml", "check", "ok.txt"]),
    ("config-missing", ["--config", "nosuch.toml", "check", "ok.txt"]),
]
# The glossary/TBX checks whose result (not just their exit code) is asserted below.
SAFE_XML = [("glossary-validate-bomb-tbx", ["glossary", "validate", "bomb.tbx"]),
            ("glossary-validate-xxe-tbx", ["glossary", "export", "--format", "yaml", "xxe.tbx"])]


def _script() -> list[str]:
    exe = shutil.which("mtaudit")
    return [exe] if exe else [sys.executable, "-m", "mtaudit"]


@pytest.fixture(scope="module")
def casedir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cli-errors")
    for name, data in FILES.items():
        (d / name).write_bytes(data)
    (d / "ok2.txt").write_bytes(OK.encode())
    (d / "emptydir").mkdir()
    (d / "docs").mkdir()
    (d / "docs" / "ok.txt").write_bytes(OK.encode())
    (d / "gold_ok.jsonl").write_text('{"doc": "ok", "start": 0, "end": 6, "text": "Donald", "category": '
                                     '"x", "confidence": "certain"}\n')
    return d


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    isolated = [] if args[0] == "--config" else ["--isolated"]
    return subprocess.run([*_script(), *isolated, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def outcomes(casedir) -> dict[str, subprocess.CompletedProcess]:
    """All cases at once, two at a time (each is a fresh interpreter: ~1 s)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip([n for n, _ in CASES + SAFE_XML],
                        pool.map(lambda c: _run(c[1], casedir), CASES + SAFE_XML)))
    return runs


@pytest.mark.parametrize("name", [n for n, _ in CASES])
def test_user_mistake_is_one_line_and_exit_2(name, outcomes, casedir):
    run = outcomes[name]
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if not line.startswith("warning:")]
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert len(errors) == 1, run.stderr
    assert errors[0].startswith("error: ") or ": " in errors[0], errors[0]
    assert not (casedir / "PWNED").exists(), "a YAML tag ran a command"


def test_yaml_python_tags_name_file_and_line(outcomes):
    for name, where in (("check-python-tag-glossary", "evil.yaml:2: "),
                        ("check-python-tag-rules", "evilrules.yaml:2: "),
                        ("glossary-validate-python-tag", "evil.yaml:2: ")):
        assert outcomes[name].stderr.startswith(where), outcomes[name].stderr


def test_invalid_utf8_reports_the_byte_offset(outcomes):
    assert "byte offset 4" in outcomes["check-invalid-utf8"].stderr
    assert "byte offset 4" in outcomes["score-invalid-utf8"].stderr
    assert "gold_badutf.jsonl:1: " in outcomes["eval-gold-non-utf8"].stderr


def test_xml_entities_are_not_expanded_nor_fetched(outcomes):
    bomb, xxe = outcomes["glossary-validate-bomb-tbx"], outcomes["glossary-validate-xxe-tbx"]
    for run in (bomb, xxe):
        assert "Traceback" not in run.stderr and run.returncode in (0, 2), run.stderr
    assert "root:" not in xxe.stdout, "an external entity was resolved"
    assert "aaaaaaaaaaaaaaaaaaaa" not in bomb.stdout + bomb.stderr


def test_internal_error_says_how_to_report_and_exits_nonzero(tmp_path):
    """An unexpected exception (here: a detector that raises) is not a traceback but a report hint."""
    code = ("import sys; from mtaudit import cli; from mtaudit.detectors import patterns\n"
            "def boom(self, doc, ctx):\n    raise RuntimeError('kaboom')\n"
            "patterns.PatternDetector.detect = boom\n"
            "sys.argv = ['mtaudit', '--isolated', 'check', sys.argv[1]]; cli.main()\n")
    (tmp_path / "a.txt").write_text(OK)
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 3
    assert "Traceback" not in run.stderr
    assert "internal error: RuntimeError: kaboom" in run.stderr and "please report" in run.stderr
