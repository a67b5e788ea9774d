"""Input limits: size caps, invalid UTF-8 with its offset, YAML loaded safely, rule regexes
that cannot hang a run, and decisions files validated against the document."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import os
from pathlib import Path

import pytest

from mtaudit.audit import decisions as decisions_mod
from mtaudit.runners.batch import parse_line
from mtaudit.audit.decisions import check_against, load_decisions, parse_decisions
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.errors import InputError, UserError
from mtaudit.glossary.schema import parse_yaml
from mtaudit.core.io import DEFAULT_MAX_BYTES
from mtaudit.text.document import read_document
from mtaudit.rules.loader import load_rule_files, load_rule_text

PACKAGE = Path(__file__).resolve().parent.parent / "mtaudit"


# --- size and encoding -------------------------------------------------------------------------

def test_default_limit_is_50_mb_and_a_bigger_file_is_refused(tmp_path):
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: costs no disk
        fh.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(InputError) as info:
        read_document(big)
    message = info.value.render()
    assert message.startswith(f"{big}: file is 52,428,801 bytes, over the 52,428,800-byte limit")
    assert "--max-bytes" in message


def test_limit_is_configurable(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x" * 100)
    assert read_document(p, max_bytes=100).text == "x" * 100
    with pytest.raises(InputError, match="over the 99-byte limit"):
        read_document(p, max_bytes=99)


def test_invalid_utf8_names_the_byte_offset_and_another_encoding_reads_it(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Кремль: ".encode() + b"\xff rest")
    with pytest.raises(InputError) as info:
        read_document(p)
    assert "byte offset 14" in info.value.render() and "--encoding" in info.value.render()
    assert read_document(p, encoding="cp1251").text.endswith("я rest")


def test_a_nul_byte_in_utf8_input_is_refused_as_binary(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"text\x00more")
    with pytest.raises(InputError, match="binary file"):
        read_document(p)


def test_batch_line_over_the_limit_becomes_an_error_record():
    record = parse_line(json.dumps({"id": "a", "text": "é" * 60}).encode(), 1, max_bytes=100)
    assert record == {"id": "a", "line": 1, "error": "text is over the 100-byte limit (raise it with --max-bytes)"}


def test_batch_line_with_invalid_utf8_names_the_byte():
    record = parse_line(b'{"id": 1, "text": "a\xffb"}', 7)
    assert record["line"] == 7 and "byte 20" in record["error"]


def test_decisions_file_over_its_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(decisions_mod, "MAX_BYTES", 1000)
    p = tmp_path / "d.json"
    p.write_text(json.dumps({"mtaudit_decisions": 1, "doc": "a", "decisions": [
        {"fingerprint": f"{i:016x}", "verdict": "accept"} for i in range(100)]}))
    with pytest.raises(UserError, match="over the 1,000-byte limit"):
        load_decisions(p)


# --- YAML is loaded safely ---------------------------------------------------------------------

UNSAFE_YAML = re.compile(r"yaml\.(load|load_all|full_load|unsafe_load|Loader|FullLoader|UnsafeLoader|"
                         r"UnsafeConstructor|FullConstructor)\b")


def test_no_unsafe_yaml_loader_anywhere_in_the_package():
    offenders = [f"{p.relative_to(PACKAGE)}:{n}" for p in PACKAGE.rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if UNSAFE_YAML.search(line)]
    assert offenders == []


@pytest.mark.parametrize("tag", ["!!python/object:os.system {}", "!!python/object/apply:os.system ['true']",
                                 "!!python/name:os.system", "!!python/module:os"])
def test_python_tag_in_a_glossary_is_rejected_with_file_and_line(tag):
    text = f"concepts:\n  - id: x\n    canonical: X\n    type: person\n    note: {tag}\n"
    with pytest.raises(UserError) as info:
        parse_yaml(text, "g.yaml")
    assert info.value.path == "g.yaml" and info.value.line == 5, info.value.render()


@pytest.mark.parametrize("tag", ["!!python/object:os.system {}", "!!python/object/apply:os.system ['true']",
                                 "!!python/name:os.system"])
def test_python_tag_in_a_rule_file_is_rejected_with_file_and_line(tag):
    text = textwrap.dedent(f"""\
        rules:
        - code: MT290
          name: test-tag
          kind: existence
          category: calque
          confidence: likely
          message: m
          why: {tag}
          tokens: [x]
          bad: [x]
          good: [y]
        """)
    with pytest.raises(UserError) as info:
        load_rule_text(text, "r.yaml")
    assert info.value.path == "r.yaml" and info.value.line == 8, info.value.render()


def test_yaml_alias_bomb_fails_fast_as_a_user_error():
    anchors = "a0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"a{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 9))
    with pytest.raises(UserError):
        parse_yaml(anchors + "concepts: []\n", "bomb.yaml")
    rule = textwrap.dedent("""\
        rules:
        - code: MT290
          name: bomb
          kind: existence
          category: calque
          confidence: likely
          message: m
          why: w
          tokens: &l1 [lol, lol, lol, lol, lol, lol, lol, lol, lol]
          bad: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]
          good: [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]
        """)
    with pytest.raises(UserError):
        load_rule_text(rule, "bomb.yaml")


def test_rule_file_with_invalid_utf8_is_a_user_error_with_its_line(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_bytes(b"rules:\n- code: \xff\n")
    with pytest.raises(UserError) as info:
        load_rule_files([p], bundled=False)
    assert info.value.line == 2 and "byte offset 15" in info.value.render()


# --- user regexes cannot hang the run ----------------------------------------------------------

ADVERSARIAL = [("(a|aa)+$", "a" * 5000 + "!"), (r"(x+x+)+y", "x" * 5000), (r"(\w+\s?)*$", "word " * 2000 + "!"),
               (r"(a*)*b", "a" * 5000), (r"(?:[a-z]+)+\d", "abc" * 3000)]

_RULE = """\
rules:
- code: MT29{n}
  name: adversarial-{n}
  kind: pattern
  category: calque
  confidence: likely
  message: m
  why: w
  pattern: '{pattern}'
  bad: ['zzz-never']
  good: ['y']
"""

_RUNNER = """
import sys, time
from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.errors import UserError
from mtaudit.rules.model import Selection
try:
    ctx = AuditContext(settings={"rule_files": [sys.argv[1]]})
    from mtaudit.detectors.patterns import _extra_rules
    _extra_rules(ctx)
except UserError as exc:
    print("REJECTED", exc.render()); sys.exit(0)
text = open(sys.argv[2], encoding="utf-8").read()
t = time.process_time()  # CPU seconds: a busy machine stretches wall time, not this
audit(Document(text), ctx, Selection(select=("MT29",)))
print("RAN", round(time.process_time() - t, 2), "|".join(ctx.warnings))
"""


@pytest.mark.parametrize("n,case", list(enumerate(ADVERSARIAL)))
def test_catastrophic_user_pattern_is_rejected_or_times_out(n, case, tmp_path):
    """Each pattern is either refused at load time or stopped by the match timeout; the run
    happens in a subprocess so this test cannot hang, and the bound is loose on purpose."""
    pattern, text = case
    (tmp_path / "r.yaml").write_text(_RULE.format(n=n, pattern=pattern.replace("'", "''")), encoding="utf-8")
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    started = os.times()
    run = subprocess.run([sys.executable, "-c", _RUNNER, str(tmp_path / "r.yaml"), str(tmp_path / "t.txt")],
                         capture_output=True, text=True, timeout=120)
    done = os.times()
    cpu = done.children_user + done.children_system - started.children_user - started.children_system
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(("REJECTED r.yaml", "REJECTED " + str(tmp_path))) or run.stdout.startswith("RAN"), run.stdout
    if run.stdout.startswith("RAN"):
        seconds = float(run.stdout.split()[1])
        assert seconds < 30, run.stdout  # the 2 s match timeout, with plenty of slack
    assert cpu < 90  # the whole run, interpreter start included (timeout=120 s of wall time bounds a hang)


# --- decisions are validated and bound to their document ---------------------------------------

def _decisions(entries, doc="d", **extra) -> str:
    return json.dumps({"mtaudit_decisions": 1, "doc": doc, "decisions": entries, **extra})


@pytest.mark.parametrize("raw,message", [
    ('[]', "JSON object"),
    ('{"mtaudit_decisions": true, "doc": "d", "decisions": []}', '"mtaudit_decisions" must be 1'),
    ('{"mtaudit_decisions": 1.0, "doc": "d", "decisions": []}', '"mtaudit_decisions" must be 1'),
    ('{"mtaudit_decisions": 1, "doc": 5, "decisions": []}', '"doc" must be'),
    ('{"mtaudit_decisions": 1, "doc": "d", "decisions": {}}', '"decisions" must be a list'),
    (_decisions(["x"]), "each decision must be an object"),
    (_decisions([{"fingerprint": "0123456789abcdef", "verdict": "yes"}]), "verdict must be accept or reject"),
    (_decisions([{"fingerprint": "0123456789ABCDEF", "verdict": "accept"}]), "16 lowercase hex"),
    (_decisions([{"fingerprint": "0123456789abcdef\n", "verdict": "accept"}]), "16 lowercase hex"),
    (_decisions([{"fingerprint": ["0123456789abcdef"], "verdict": "accept"}]), "16 lowercase hex"),
    (_decisions([{"fingerprint": "0123456789abcdef", "verdict": "accept", "code": 101}]), "code must be a string"),
    (_decisions([{"fingerprint": "0123456789abcdef", "verdict": "accept", "extra": 1}]), "unknown key"),
    (_decisions([{"fingerprint": "0123456789abcdef", "verdict": "accept"},
                 {"fingerprint": "0123456789abcdef", "verdict": "reject"}]), "both accepted and rejected"),
    ('{"mtaudit_decisions": 1, "doc": "d", "doc": "e", "decisions": []}', "given twice"),
    ('{"mtaudit_decisions": 1, "doc": "d", "decisions": [{"fingerprint": "0123456789abcdef", '
     '"verdict": "accept", "verdict": "reject"}]}', "given twice"),
    ("[" * 100000 + "]" * 100000, "JSON"),
])
def test_bad_decisions_are_refused_with_a_message(raw, message):
    with pytest.raises(UserError) as info:
        parse_decisions(raw, "d.json")
    assert message in info.value.render() and info.value.render().startswith("d.json"), info.value.render()


def test_decisions_for_another_document_or_only_foreign_fingerprints_are_refused():
    doc = Document("Donald trump met the tramp.", doc_id="a")
    findings = audit(doc).findings
    assert findings
    other_doc = parse_decisions(_decisions([{"fingerprint": findings[0].fingerprint, "verdict": "accept"}], doc="b"))
    with pytest.raises(UserError, match="not 'a'"):
        check_against(other_doc, "a", findings)
    foreign = audit(Document("Donald trump met the tramp.", doc_id="b")).findings  # same text, another id
    stale = parse_decisions(_decisions([{"fingerprint": f.fingerprint, "verdict": "accept"} for f in foreign], doc="a"))
    with pytest.raises(UserError, match="none of the"):
        check_against(stale, "a", findings)


def test_a_decision_naming_the_wrong_rule_is_refused_and_partial_misses_warn():
    doc = Document("Donald trump met the tramp.", doc_id="a")
    findings = audit(doc).findings
    wrong = parse_decisions(_decisions([{"fingerprint": findings[0].fingerprint, "verdict": "accept",
                                         "code": "MT999"}], doc="a"))
    with pytest.raises(UserError, match="not MT999"):
        check_against(wrong, "a", findings)
    partial = parse_decisions(_decisions([{"fingerprint": findings[0].fingerprint, "verdict": "accept"},
                                          {"fingerprint": "0" * 16, "verdict": "accept"}], doc="a"))
    warnings = check_against(partial, "a", findings)
    assert len(warnings) == 1 and "0000000000000000" in warnings[0] and "ignored" in warnings[0]
