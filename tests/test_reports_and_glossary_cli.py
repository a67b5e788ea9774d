"""Issue 17, point 10: glossary validate reports every error; `report` reads `check --format jsonl`;
the corpus HTML report uses the page, clips no label, charts every rule it lists and links its
worst documents to their findings."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.report import corpus_html

from conftest import FIXTURES
from test_review_page import browser, chromium_path  # noqa: F401  (fixture)

BAD_GLOSSARY = """concepts:
  - id: a-one
    canonical: One
    type: person
  - id: Bad Id
    canonical: Two
    type: person
  - id: c-three
    canonical: Three
    type: planet
  - id: a-one
    canonical: Again
    type: person
"""


def run(*args):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]])


def test_glossary_validate_reports_every_error(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text(BAD_GLOSSARY, encoding="utf-8")
    r = run("glossary", "validate", g)
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert [line.split(": ", 1)[0] for line in lines[:3]] == [f"{g}:5", f"{g}:10", f"{g}:11"]
    assert "kebab-case" in lines[0] and "planet" in lines[1] and "duplicate id 'a-one'" in lines[2]
    assert lines[3] == "3 errors in 1 file"


def test_report_reads_check_jsonl(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Donald trump met Donald trump.\n", encoding="utf-8")
    b.write_text("He called it a провокация, writes Reuters.\n", encoding="utf-8")
    findings = tmp_path / "findings.jsonl"
    assert run("check", a, b, "--format", "jsonl", "-o", findings).exit_code == 1
    r = run("report", findings)
    assert r.exit_code == 0, r.output
    assert "documents: 2 audited, 2 with findings" in r.stdout
    assert re.search(r"MT102\s+name-casing\s+2 in 1 docs", r.stdout)
    assert "no scores" in r.stdout
    r = run("report", findings, "--html", tmp_path / "r.html")
    assert r.exit_code == 0 and "MT102" in (tmp_path / "r.html").read_text(encoding="utf-8")


def _report(rules: int) -> dict:
    by_rule = [{"code": f"MT{200 + i}", "name": f"a-rather-long-rule-name-that-must-not-be-clipped-{i}",
                "category": "calque", "findings": 40 - i, "documents": 3} for i in range(rules)]
    worst = [{"id": f"doc-{i}", "line": i, "score": 10.0 * i, "findings": 2, "words": 100,
              "details": [{"code": "MT201", "category": "calque", "text": "writes Reuters",
                           "correction": "Reuters reports", "message": "inverted"}]} for i in range(3)]
    return {"source": "x.jsonl", "documents": 10, "documents_with_findings": 3, "error_records": 0, "words": 900,
            "findings": 60, "corpus_quality": {"score": 80.0, "penalty": 18, "penalty_per_1000_words": 20.0,
                                               "formula": "f"},
            "mean_document_score": 81.0, "by_category": {"calque": 60}, "by_rule": by_rule,
            "worst_documents": worst, "score_histogram": [{"bucket": "0–10", "documents": 1}], "error_samples": []}


def test_corpus_page_charts_every_rule_unclipped_and_links_worst_documents():
    html = corpus_html.render(_report(30))
    chart = re.search(r'<svg[^>]*aria-label="findings by rule".*?</svg>', html, re.S).group(0)
    assert chart.count("<rect") == 30                           # every rule the table lists
    for i in range(30):
        assert f"a-rather-long-rule-name-that-must-not-be-clipped-{i}<" in chart
    for n in (1, 2, 3):
        assert f'href="#doc-{n}"' in html and f'id="doc-{n}"' in html
    assert "Reuters reports" in html


@pytest.mark.browser
@pytest.mark.slow
def test_corpus_page_uses_the_width_and_fits_its_labels(browser, tmp_path):  # noqa: F811
    page_file = tmp_path / "r.html"
    page_file.write_text(corpus_html.render(_report(30)), encoding="utf-8")
    for width in (1400, 800):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(page_file.as_uri())
        main = page.locator("main").bounding_box()
        assert main["width"] >= min(width - 40, 1200), (width, main)      # not 40% of the page
        assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0
        widths = page.evaluate("""() => Array.from(document.querySelectorAll('svg text[text-anchor="end"]'))
            .map(t => t.getBBox().x)""")
        assert min(widths) >= 0, "a chart label starts outside its chart"
        page.locator('a[href="#doc-2"]').click()
        assert page.evaluate("() => location.hash") == "#doc-2"
        context.close()


def test_report_fixture_still_reads(tmp_path):
    r = run("report", FIXTURES / "batch_output.jsonl", "--html", tmp_path / "r.html")
    assert r.exit_code == 0
