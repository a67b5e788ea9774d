"""Rule codes lead to their file, retired codes keep working, prefixes select families.

The calque catalogue is one YAML file per family (CONTRIBUTING.md, "Rule codes"); the old
three-digit calque codes are redirects (mtaudit/data/code_redirects.tsv), as in ruff.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.detectors.patterns import DETECTOR
from mtaudit.rules.loader import RULES_DIR, bundled_rule_paths
from mtaudit.rules.model import Selection, opt_in_codes
from mtaudit.rules.redirects import aliases, canonical, redirects
from mtaudit.rules.registry import all_rules, find_rule

# the range table of CONTRIBUTING.md: a calque code's second digit names its file
FAMILY_FILES = {"0": "calques-attribution.yaml", "1": "calques-titles.yaml", "2": "calques-frames.yaml",
                "3": "calques-impersonal.yaml", "4": "calques-genitive.yaml", "5": "calques-word-order.yaml",
                "6": "calques-quantities.yaml", "7": "calques-government.yaml", "8": "calques-lexicon.yaml"}
CODE_LINE = re.compile(r"^- code: (MT\d+)$", re.M)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _calque_doc(tmp_path: Path) -> Path:
    f = tmp_path / "a.txt"
    f.write_text("The talks will resume in May, writes Reuters. The head of the region said so.\n",
                 encoding="utf-8")
    return f


@pytest.mark.parametrize("digit,name", sorted(FAMILY_FILES.items()))
def test_each_family_file_holds_its_range_in_order_and_documents_itself(digit, name):
    text = (RULES_DIR / name).read_text(encoding="utf-8")
    codes = CODE_LINE.findall(text)
    assert codes, name
    assert all(re.fullmatch(rf"MT2{digit}\d\d", c) for c in codes), (name, codes)
    assert codes == sorted(codes), name
    header = text.split("\n\n", 1)[0]
    assert header.startswith("# Calque family:") and f"MT2{digit}00" in header and "Mechanism" in text[:2000]


def test_every_calque_code_leads_to_its_file_in_one_step():
    calques = [r for r in all_rules().values() if r.category == "calque" and r.origin.startswith("mtaudit/rules/")]
    assert len(calques) >= 40
    for r in calques:
        assert r.origin.split(":")[0] == f"mtaudit/rules/{FAMILY_FILES[r.code[3]]}", (r.code, r.origin)
    assert all(p.name in FAMILY_FILES.values() or not p.name.startswith("calques") for p in bundled_rule_paths())


def test_the_redirect_table_points_only_at_live_rules_and_retires_every_old_calque_code():
    live = all_rules()
    assert len(redirects()) >= 90
    for old, new in redirects().items():
        assert old not in live and new in live, (old, new)
    assert not [c for c in live if re.fullmatch(r"MT2\d\d", c)]   # no three-digit calque is left
    assert "MT201" in aliases(canonical("MT201"))


def test_a_retired_code_selects_and_ignores_its_successor():
    new = canonical("MT201")
    assert new != "MT201" and Selection(select=("MT201",)).enabled(new)
    assert not Selection(ignore=("mt201",)).enabled(new)
    assert not Selection(select=("MT201",)).enabled("MT2101")


def test_prefixes_match_codes_of_their_own_digit_count_first():
    assert Selection(select=("MT21",)).enabled("MT2101")          # no three-digit MT21x is left: the family
    assert not Selection(select=("MT21",)).enabled("MT2001")
    assert Selection(select=("MT10",)).enabled("MT101")           # three-digit MT10x exist: those first
    assert not Selection(select=("MT10",)).enabled("MT1001")
    assert Selection(select=("MT31XX",)).enabled("MT3101") and not Selection(select=("MT31XX",)).enabled("MT316")
    assert Selection(select=("MT31X",)).enabled("MT316") and not Selection(select=("MT31X",)).enabled("MT3101")
    assert Selection(select=("MT2",)).enabled("MT2101") and Selection(select=("MT2",)).enabled("MT299")
    assert Selection(select=("MT2101",)).enabled("MT2101") and not Selection(select=("MT2101",)).enabled("MT2102")


def test_an_opt_in_rule_runs_only_when_named_in_full(tmp_path):
    assert "MT2406" in opt_in_codes()
    assert not Selection().enabled("MT2406") and not Selection(select=("MT24",)).enabled("MT2406")
    assert Selection(select=("MT2406",)).enabled("MT2406")
    assert not Selection(select=("MT2406",), ignore=("MT24",)).enabled("MT2406")
    assert find_rule("MT2406") is not None and "opt-in" in run("rule", "MT2406").output  # still documented
    f = tmp_path / "bare.txt"
    f.write_text("The meeting of committee was held on Monday in the city hall.\n", encoding="utf-8")
    assert "MT2406" not in run("check", f, "--format", "jsonl").output
    assert '"code": "MT2406"' in run("check", f, "--select", "MT2406", "--format", "jsonl").output


def test_family_prefix_on_the_command_line_selects_only_that_family(tmp_path):
    f = _calque_doc(tmp_path)
    titles = run("check", f, "--select", "MT21", "--format", "jsonl")
    codes = set(re.findall(r'"code": "(MT\d+)"', titles.output))
    assert codes and all(c.startswith("MT21") and len(c) == 6 for c in codes), titles.output
    everything = set(re.findall(r'"code": "(MT\d+)"', run("check", f, "--select", "MT2", "--format", "jsonl").output))
    assert canonical("MT201") in everything and canonical("MT201") not in codes
    assert run("check", f, "--select", "MT21XXX").exit_code == 2  # five digits is no code or prefix


def test_retired_code_on_the_command_line_and_in_the_configuration(tmp_path, monkeypatch):
    f = _calque_doc(tmp_path)
    only = run("check", f, "--select", "MT201", "--format", "jsonl").output
    assert set(re.findall(r'"code": "(MT\d+)"', only)) == {canonical("MT201")}
    (tmp_path / "mtaudit.toml").write_text('ignore = ["MT201"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rest = run("check", f, "--select", "MT2", "--format", "jsonl").output
    assert canonical("MT201") not in rest and re.search(r'"code": "MT21\d\d"', rest)


def test_rule_command_follows_a_redirect_and_names_the_file():
    r = run("rule", "MT201")
    new = canonical("MT201")
    assert r.exit_code == 0 and f"MT201 is retired: its work is done by {new}" in " ".join(r.output.split())
    rule = find_rule(new)
    assert rule.origin.startswith("mtaudit/rules/calques-") and rule.origin.split(":")[0] in " ".join(r.output.split())
    assert find_rule("MT201") is rule and rule in DETECTOR.rules
