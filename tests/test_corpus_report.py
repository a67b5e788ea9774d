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


# --- malformed records: a class of inputs (issue 18) -------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mtaudit.core.errors import UserError  # noqa: E402
from mtaudit.report import corpus_html  # noqa: E402
from mtaudit.report.corpus import render_text  # noqa: E402

_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                     lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
                     max_leaves=6)


def _paths(value, prefix=()):
    """Every (container path, key) in a JSON value: the places a mutation can hit."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield prefix + (k,)
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield prefix + (i,)
            yield from _paths(v, prefix + (i,))


def _mutated(record, path, new, delete):
    record = json.loads(json.dumps(record))
    holder = record
    for key in path[:-1]:
        holder = holder[key]
    if delete and isinstance(holder, dict):
        del holder[path[-1]]
    else:
        holder[path[-1]] = new
    return record


_RECORDS = [json.loads(x) for x in OUTPUT.read_text(encoding="utf-8").splitlines() if x.strip()]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_malformed_record_is_a_one_line_error_never_a_traceback(tmp_path_factory, data):
    """Replace or delete any field anywhere in a real batch record (or a `check --format jsonl`
    finding) with any JSON value: the report is written, or it stops with `file:line:` (exit 2)."""
    kind = data.draw(st.sampled_from(["batch", "findings"]))
    records = _RECORDS if kind == "batch" else [f for r in _RECORDS for f in r.get("findings") or []]
    n = data.draw(st.integers(0, len(records) - 1))
    paths = list(_paths(records[n]))
    path = data.draw(st.sampled_from(paths))
    bad = _mutated(records[n], path, data.draw(_JSON), data.draw(st.booleans()))
    lines = [json.dumps(r) for r in records]
    lines[n] = json.dumps(bad)
    f = tmp_path_factory.mktemp("rep") / "out.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        report = summarize(f)
    except UserError as exc:
        assert exc.path == str(f) and exc.line == n + 1, (exc.render(), n)
        return
    render_text(report)
    corpus_html.render(report)
    json.dumps(report)


def test_cli_report_on_malformed_records_exits_2_with_file_and_line(tmp_path):
    good = OUTPUT.read_text(encoding="utf-8").splitlines()
    for bad in ('{"id": "a", "line": 3, "summary": {"quality": {"score": "x", "words": 1, "penalty": 0}}, "findings": []}',
                '{"id": "a", "line": 3, "summary": {"quality": {"score": 1, "words": 1, "penalty": 0}}, "findings": [1]}',
                '{"id": "a", "line": 3, "summary": {"quality": {"score": NaN, "words": 1, "penalty": 0}}, "findings": []}',
                "[" * 100_000, "1" * 5_000):
        f = tmp_path / "m.jsonl"
        f.write_text("\n".join([good[0], "", bad]) + "\n", encoding="utf-8")
        r = run("report", f)
        assert r.exit_code == 2 and r.output.startswith(f"{f}:3: ") and "Traceback" not in r.output, r.output
