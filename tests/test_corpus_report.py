"""`mtaudit report`: the numbers on a hand-made batch output, and a safe self-contained HTML page."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.report.corpus import summarize

from conftest import FIXTURES

OUTPUT = FIXTURES / "batch_output.jsonl"  # 5 documents, 1 error record, 6 findings, 2,800 words


def run(*args):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]])


def test_totals_per_category_and_rule():
    r = summarize(OUTPUT)
    assert (r["documents"], r["error_records"], r["words"], r["findings"]) == (5, 1, 2800, 6)
    assert r["documents_with_findings"] == 3
    assert r["by_category"] == {"calque": 3, "entity": 2, "untranslated": 1}
    assert [(x["code"], x["findings"], x["documents"]) for x in r["by_rule"]] == [
        ("MT201", 3, 2), ("MT101", 2, 2), ("MT601", 1, 1)]
    # corpus score: all penalties over all words, not a mean of document scores
    assert r["corpus_quality"]["penalty"] == 27
    assert r["corpus_quality"]["score"] == round(100 - 1000 * 27 / 2800, 2)
    assert r["mean_document_score"] == 73.8


def test_worst_documents_and_histogram():
    r = summarize(OUTPUT, worst=2)
    assert [(w["id"], w["score"]) for w in r["worst_documents"]] == [("c", 0.0), ("b", 70.0)]
    assert [w["id"] for w in summarize(OUTPUT)["worst_documents"]] == ["c", "b", "<d>"]  # clean ones never
    counts = {b["bucket"]: b["documents"] for b in r["score_histogram"]}
    assert counts["0–10"] == 1 and counts["70–80"] == 1 and counts["90–100"] == 1 and counts["100"] == 2
    assert sum(counts.values()) == 5
    assert r["error_samples"] == [{"id": None, "line": 3, "error": "invalid JSON: Expecting value"}]


def test_cli_json_and_text(tmp_path):
    r = run("report", OUTPUT, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.output)["findings"] == 6
    r = run("report", OUTPUT)
    assert r.exit_code == 0
    assert "MT201" in r.output and "3 in 2 docs" in r.output and "corpus MQM score: 90.36" in r.output


def test_html_is_self_contained_escaped_and_has_charts(tmp_path):
    page = tmp_path / "r.html"
    assert run("report", OUTPUT, "--html", page).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src 'none'" in html
    assert "<script" not in html and not re.search(r'(src|href)="(https?:)?//', html)
    assert html.count("<svg") == 3 and "<rect" in html
    assert "&lt;d&gt;" in html and '"<d>"' not in html  # the id "<d>" is escaped


def test_bad_input_is_a_one_line_error(tmp_path):
    torn = tmp_path / "torn.jsonl"
    torn.write_text(OUTPUT.read_text(encoding="utf-8") + '{"id": "x", "li', encoding="utf-8")
    r = run("report", torn)
    assert r.exit_code == 2 and f"{torn}:7:" in r.output and "--resume" in r.output
    assert run("report", tmp_path / "missing.jsonl").exit_code == 2
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"a": 1}\n', encoding="utf-8")
    r = run("report", wrong)
    assert r.exit_code == 2 and "not a `mtaudit batch` output record" in r.output
