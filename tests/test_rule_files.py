"""Rule files: validation errors as `file:line: message`, the catastrophic-pattern guard,
the timeout, user rule files and the rule-set hash."""

from __future__ import annotations

import textwrap

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import DETECTORS
from mtaudit.detectors.patterns import DETECTOR, PatternDetector, run_rule
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.errors import UserError
from mtaudit.rules.safety import catastrophic_problem
from mtaudit.rules.loader import bundled_rule_paths, load_rule_files, load_rule_text
from mtaudit.rules.model import Selection

GOOD_ENTRY = """\
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


def _error(text: str) -> str:
    with pytest.raises(UserError) as info:
        load_rule_text(textwrap.dedent(text), "user.yaml")
    return info.value.render()


def test_a_valid_file_loads_into_rules():
    [data_rule] = load_rule_text(GOOD_ENTRY, "user.yaml")
    assert data_rule.rule.code == "MT990"
    assert data_rule.rule.origin == "user.yaml:2"
    assert data_rule.rule.summary == "found “…”"


def test_unknown_key_is_reported_at_its_line():
    text = GOOD_ENTRY.replace("  ignorecase: true\n", "  ignorecase: true\n  colour: red\n")
    assert _error(text).startswith("user.yaml:11: unknown key 'colour'")


def test_unknown_top_level_key():
    assert _error("rulez: []\n").startswith("user.yaml:1: unknown key 'rulez'")


def test_missing_required_key_names_the_entry_line():
    text = GOOD_ENTRY.replace("  why: 'a test rule'\n", "")
    assert _error(text) == "user.yaml:2: rule entry lacks `why`"


def test_bad_regex_is_reported_at_its_line():
    text = GOOD_ENTRY.replace("kind: existence", "kind: pattern").replace(
        "tokens: ['at the legislative level']", "pattern: 'at the (legislative level'")
    message = _error(text)
    assert message.startswith("user.yaml:9: bad regular expression")


def test_catastrophic_pattern_is_rejected_at_load():
    text = GOOD_ENTRY.replace("kind: existence", "kind: pattern").replace(
        "tokens: ['at the legislative level']", r"pattern: '(\w+\s?)+level'")
    assert _error(text).startswith("user.yaml:9: pattern rejected: nested unbounded quantifiers")


@pytest.mark.parametrize("pattern, dangerous", [
    (r"(a+)+", True), (r"(\w*\s?)*x", True), (r"((a+)b)+", True), (r"(x+){2,}", True),
    (r"(?:a|b)+", False), (r"(?:\s+\w+){0,3}", False), (r"[(+]+", False), (r"\p{Lu}+\(x\)+", False),
])
def test_catastrophic_problem(pattern, dangerous):
    assert bool(catastrophic_problem(pattern)) is dangerous


def test_unknown_kind_category_and_scope():
    assert "unknown rule kind 'grep'" in _error(GOOD_ENTRY.replace("kind: existence", "kind: grep"))
    assert "unknown category 'calques'" in _error(GOOD_ENTRY.replace("category: calque", "category: calques"))
    assert _error(GOOD_ENTRY + "  scope: page\n").startswith("user.yaml:13: unknown scope 'page'")


def test_invalid_yaml_reports_a_line():
    assert _error("rules:\n- code: MT990\n  name: [unclosed\n").startswith("user.yaml:")


def test_message_placeholders_are_checked():
    text = GOOD_ENTRY.replace("'found “{match}”'", "'found {nothing}'")
    assert _error(text).startswith("user.yaml:7: message has an unknown placeholder")


def test_unknown_macro():
    text = GOOD_ENTRY.replace("tokens: ['at the legislative level']", "tokens: ['{{NOPE}}']")
    assert "unknown macro {{NOPE}}" in _error(text)


def test_span_group_must_exist():
    text = GOOD_ENTRY.replace("kind: existence", "kind: pattern").replace(
        "tokens: ['at the legislative level']", "pattern: 'legislative'\n  span: part")
    assert "span group 'part'" in _error(text)


def test_duplicate_code_across_files(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(GOOD_ENTRY, encoding="utf-8")
    b.write_text(GOOD_ENTRY.replace("test-existence", "other-name"), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_rule_files([a, b], bundled=False)
    assert info.value.render().startswith(f"{b}:2: rule MT990 already defined at {a}:2")


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as info:
        load_rule_files([tmp_path / "nope.yaml"], bundled=False)
    assert "cannot read rule file" in info.value.render()


def test_bundled_files_load_and_are_registered():
    codes = {r.code for r in DETECTOR.rules}
    assert {"MT2001", "MT2101", "MT501"} <= codes
    assert DETECTOR in DETECTORS
    assert all(p.exists() for p in bundled_rule_paths())


def test_fingerprint_changes_with_file_content(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(GOOD_ENTRY, encoding="utf-8")
    first = PatternDetector(load_rule_files([path], bundled=False)).fingerprint_data()
    path.write_text(GOOD_ENTRY.replace("likely", "possible"), encoding="utf-8")
    second = PatternDetector(load_rule_files([path], bundled=False)).fingerprint_data()
    assert first and second and first != second


def test_user_rule_file_through_the_audit_spec(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD_ENTRY, encoding="utf-8")
    ctx = AuditContext(AuditSpec(rule_files=(str(path),)))
    doc = Document("They banned it at the legislative level.", doc_id="t")
    # MT9 only: with MT2 too, the bundled MT2220 (same span, with a fix) is the one calque
    # finding the engine keeps for this construction (audit/engine.py, nested calques)
    result = audit(doc, ctx, Selection(select=("MT9",)), detectors=(DETECTOR,))
    assert "MT990" in [f.code for f in result.findings]
    assert "MT990" not in [f.code for f in audit(doc, AuditContext(), detectors=(DETECTOR,)).findings]


def test_user_rule_may_not_reuse_a_retired_code(tmp_path):
    path = tmp_path / "retired.yaml"
    path.write_text(GOOD_ENTRY.replace("MT990", "MT201"), encoding="utf-8")
    with pytest.raises(UserError, match="MT201 is retired"):
        load_rule_files([path], bundled=False)


def test_user_rule_may_not_reuse_a_bundled_code(tmp_path):
    path = tmp_path / "clash.yaml"
    path.write_text(GOOD_ENTRY.replace("MT990", "MT2001"), encoding="utf-8")
    with pytest.raises(UserError, match="rule MT2001 already defined") as refused:
        AuditContext(AuditSpec(rule_files=(str(path),)))  # refused when the context is built
    assert refused.value.path == str(path) and refused.value.line


def test_substitution_and_capitalization_kinds():
    text = """\
    rules:
    - code: MT291
      name: test-swap
      kind: substitution
      category: calque
      confidence: likely
      message: 'use “{replacement}”'
      why: 'test'
      ignorecase: true
      swap: {'on the territory of': 'in'}
      fix: {applicability: unsafe}
      bad: ['On the territory of Ukraine.']
      good: ['In Ukraine.']
    - code: MT292
      name: test-caps
      kind: capitalization
      category: calque
      confidence: certain
      message: 'write “{replacement}”'
      why: 'test'
      terms: ['Aspen Security Forum']
      fix: {applicability: safe}
      bad: ['the aspen security forum']
      good: ['the Aspen Security Forum']
    """
    swap, caps = load_rule_text(textwrap.dedent(text), "kinds.yaml")
    [f] = run_rule(swap, Document("On the territory of Ukraine."))
    assert (f.text, f.correction) == ("On the territory of", "In")
    [g] = run_rule(caps, Document("at the aspen Security forum today"))
    assert g.correction == "Aspen Security Forum"
    assert list(run_rule(caps, Document("at the Aspen Security Forum today"))) == []


def test_timeout_skips_the_rule_with_a_warning(monkeypatch):
    import mtaudit.detectors.patterns as patterns

    text = """\
    rules:
    - code: MT293
      name: test-slow
      kind: pattern
      category: calque
      confidence: possible
      message: 'slow'
      why: 'test'
      pattern: '(?:a|aa){1,40}(?:a|aa){1,40}(?:a|aa){1,40}b'
      bad: ['aab']
      good: ['b']
    """
    slow = PatternDetector()
    slow.__dict__["rule_set"] = type(DETECTOR.rule_set)(load_rule_text(textwrap.dedent(text), "slow.yaml"), "x")
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT_S", 0.000001)
    ctx = AuditContext()
    findings = list(slow.detect(Document("a" * 3000, doc_id="slow"), ctx))
    assert findings == []
    assert any("MT293" in w and "timed out" in w for w in ctx.warnings)


def test_sentence_and_headline_scopes():
    text = """\
    rules:
    - code: MT294
      name: test-scope
      kind: pattern
      category: calque
      confidence: possible
      message: 'x'
      why: 'test'
      pattern: '(?i:end\\.?\\s+start)'
      bad: ['the end start']
      good: ['x']
    """
    [anywhere] = load_rule_text(textwrap.dedent(text), "s.yaml")
    [in_sentence] = load_rule_text(textwrap.dedent(text + "  scope: sentence\n"), "s.yaml")
    [in_headline] = load_rule_text(textwrap.dedent(text + "  scope: headline\n"), "s.yaml")
    doc = Document("It was the end. Start again.\n\nThe end start here\n\nBody text.", doc_id="t")
    assert len(list(run_rule(anywhere, doc))) == 2
    assert [f.text for f in run_rule(in_sentence, doc)] == ["end start"]
    assert [f.start for f in run_rule(in_headline, doc)] == [doc.text.index("end start")]


def test_timeout_on_a_long_document_names_lines_of_the_whole_document(monkeypatch):
    """A document over engine.CHUNK_CHARS is audited in stretches; a data rule timing out in a
    later stretch must name the lines where they are in the file, not counted from the stretch."""
    import mtaudit.detectors.patterns as patterns
    from mtaudit.audit import engine

    text = """\
    rules:
    - code: MT293
      name: test-slow
      kind: pattern
      category: calque
      confidence: possible
      message: 'slow'
      why: 'test'
      pattern: '(?:a|aa){1,40}(?:a|aa){1,40}(?:a|aa){1,40}b'
      bad: ['aab']
      good: ['b']
    """
    slow = PatternDetector()
    slow.__dict__["rule_set"] = type(DETECTOR.rule_set)(load_rule_text(textwrap.dedent(text), "slow.yaml"), "x")
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT_S", 0.000001)
    filler = "x y z.\n" * (engine.CHUNK_CHARS // 7 + 2000)  # past the first stretch
    slow_line = filler.count("\n") + 1
    doc = Document(filler + "a" * 3000 + "\n", doc_id="long")
    assert len(doc.text) > engine.CHUNK_CHARS
    ctx = AuditContext()
    result = audit(doc, ctx, detectors=(slow,))
    # the stretch with the slow line times out; on a loaded machine an earlier stretch of filler
    # may too (a 1 µs budget), so the last reason is the one that names the slow line
    reasons = [why for who, why in result.skipped if who == "rule MT293"]
    assert reasons
    reason = reasons[-1]
    import re

    lo, hi = map(int, re.search(r"\(lines (\d+)-(\d+)\)", reason).groups())
    assert hi == slow_line and lo > engine.CHUNK_CHARS // 7 // 2, reason  # before: counted from the stretch


UNQUOTE_ENTRY = """\
rules:
- code: MT991
  name: test-unquote
  kind: pattern
  category: calque
  confidence: likely
  message: 'inverted “{match}”'
  why: 'a test rule'
  pattern: ',\\s+(?P<span>(?P<verb>writes)\\s+(?P<subj>“[^”]+”))'
  span: span
  fix: {replacement: '\\g<subj> \\g<verb>', unquote: [subj]}
  bad: ['Prices rose, writes “Izvestia”.']
  good: ['Izvestia writes that prices rose.']
"""


def test_unquote_puts_a_quoted_name_in_without_its_quotes(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(UNQUOTE_ENTRY, encoding="utf-8")
    ctx = AuditContext(AuditSpec(rule_files=(str(path),)))
    doc = Document("Prices rose, writes “Izvestia”.", doc_id="t")
    [found] = [f for f in audit(doc, ctx, Selection(select=("MT991",)), detectors=(DETECTOR,)).findings]
    assert found.correction == "Izvestia writes"


def test_unquote_must_name_a_group_of_the_pattern():
    text = UNQUOTE_ENTRY.replace("unquote: [subj]", "unquote: [outlet]")
    assert "user.yaml:" in _error(text) and "'outlet'" in _error(text)
