"""`mtaudit batch --ref-field`: a reference per record, besides every --ref (issue 16).

A fake embedder (tests/test_references.py) pins the cosines, so the quote-drift check is
exact and no model loads; the CLI's help is checked for the documented field.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mtaudit.audit.context import AuditContext
from mtaudit.cli import cli
from mtaudit.core.types import Confidence
from mtaudit.references.bank import references_from_texts
from mtaudit.references.quote_drift import MEANING_MIN
from mtaudit.report.quality import DEFAULT_WEIGHTS
from mtaudit.rules.model import Selection
from mtaudit.runners.batch import WorkItem, audit_item, parse_line
from mtaudit.runners.pool import AuditSetup

from test_references import ORIGINAL, REWORDED, FakeEmbedder

TEXT = f"“{REWORDED},” the minister said."


def _fake():
    return FakeEmbedder({ORIGINAL.rstrip("."): "Q", ORIGINAL: "Q"}, {REWORDED: ("Q", MEANING_MIN + 0.05)})


def _setup(tmp_path, embedder, base_refs=None):
    ctx = AuditContext(embedder=embedder)
    if base_refs is not None:
        ctx.ref_paths = ("<test>",)
        ctx.__dict__["references"] = references_from_texts(base_refs, embedder=embedder, warnings=ctx.warnings)
    return AuditSetup(ctx, Selection(select=("MT701",)), Confidence("possible"), dict(DEFAULT_WEIGHTS),
                      ref_root=str(tmp_path))


def _line(**fields) -> bytes:
    return json.dumps({"id": "a", "text": TEXT, **fields}, ensure_ascii=False).encode()


@pytest.mark.parametrize("value, expected", [
    ("refs/a.jsonl", ("file", "refs/a.jsonl")),
    ([ORIGINAL], ("quotes", ((ORIGINAL, None, None, None),))),
    ([{"quote": ORIGINAL, "speaker": "Lavrov", "date": 2019}], ("quotes", ((ORIGINAL, "Lavrov", None, "2019"),))),
    (None, None),
    ([], None),
])
def test_the_reference_field_is_read(value, expected):
    item = parse_line(_line(ref=value), 1, ref_field="ref")
    assert isinstance(item, WorkItem) and item.refs == expected


@pytest.mark.parametrize("value, says", [
    (5, "not int"), ({"quote": "x"}, "not dict"), ([""], "quote 1"), ([{"speaker": "x"}], "quote 1"),
    ([{"quote": "ok", "speaker": ["x"]}], '"speaker" must be a string'), ("  ", "must name a reference file"),
])
def test_a_bad_reference_field_is_that_records_error(value, says):
    record = parse_line(_line(ref=value), 3, ref_field="ref")
    assert isinstance(record, dict) and record["line"] == 3 and "reference field 'ref'" in record["error"]
    assert says in record["error"]


def test_without_the_option_the_field_is_ignored():
    assert parse_line(_line(ref=5), 1).refs is None


def test_quotes_in_the_record_find_drift_that_the_record_without_them_does_not(tmp_path):
    setup = _setup(tmp_path, _fake())
    with_ref = audit_item(WorkItem(1, "a", TEXT, refs=("quotes", ((ORIGINAL, "the minister", None, None),))), setup)
    without = audit_item(WorkItem(2, "b", TEXT), setup)
    assert with_ref["error"] is None and [f["code"] for f in with_ref["findings"]] == ["MT701"]
    assert "record line 1" in with_ref["findings"][0]["message"]
    assert without["error"] is None and without["findings"] == []


def test_a_record_file_adds_to_every_ref_and_is_loaded_once(tmp_path):
    fake = _fake()
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "a.jsonl").write_text(json.dumps({"quote": ORIGINAL, "speaker": "the minister"}) + "\n",
                                               encoding="utf-8")
    setup = _setup(tmp_path, fake, base_refs=("The weather was fine on Monday, the agency said.",))
    spec = ("file", "refs/a.jsonl")
    first = audit_item(WorkItem(1, "a", TEXT, refs=spec), setup)
    calls = fake.calls
    second = audit_item(WorkItem(2, "b", TEXT, refs=spec), setup)
    assert [f["code"] for f in first["findings"]] == [f["code"] for f in second["findings"]] == ["MT701"]
    assert "a.jsonl:1" in first["findings"][0]["message"]
    ctx = setup.context_for(spec)
    assert ctx is setup.context_for(spec)  # one context per reference, kept
    assert len(ctx.references.units) == len(setup.ctx.references.units) + 1  # the --ref units, then the record's
    assert setup.ctx.references.units[0] is ctx.references.units[0]
    assert fake.calls - calls <= 4  # the second record embeds only its own quotes: the reference is not re-read
    assert setup.ctx.glossary is ctx.glossary


def test_a_record_cannot_name_a_file_outside_the_inputs_folder(tmp_path):
    inside = tmp_path / "in"
    inside.mkdir()
    (tmp_path / "secret.txt").write_text("Top secret words here, said the man.\n", encoding="utf-8")
    setup = _setup(inside, _fake())
    for name in ("../secret.txt", "/etc/passwd", "sub/../../secret.txt"):
        record = audit_item(WorkItem(1, "a", TEXT, refs=("file", name)), setup)
        assert "outside the input's folder" in record["error"] and "findings" not in record
    missing = audit_item(WorkItem(2, "b", TEXT, refs=("file", "nope.txt")), setup)
    assert missing["error"].startswith("reference:") and "nope.txt" in missing["error"]


def test_batch_help_documents_the_field():
    out = CliRunner().invoke(cli, ["batch", "--help"]).output
    assert "--ref-field" in out and '"quote"' in out and "IN.jsonl's folder" in out.replace("\n", " ")


def test_batch_with_a_reference_field_end_to_end_without_a_model(tmp_path, monkeypatch):
    """The whole command: records with a quote list, one with a bad field, one without."""
    from mtaudit.models import embedding

    class Unavailable:
        def __call__(self):
            raise embedding.EmbedderUnavailable("no model in this test")

    monkeypatch.setattr(embedding, "default_embedder", Unavailable())
    lines = [{"id": "a", "text": TEXT, "ref": [{"quote": ORIGINAL, "speaker": "the minister"}]}, {"id": "b", "text": TEXT, "ref": 7},
             {"id": "c", "text": TEXT}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(cli, ["batch", str(src), "--ref-field", "ref", "-o", str(out)])
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in records] == ["a", "b", "c"], r.output
    assert records[0]["error"] is None and records[2]["error"] is None
    assert "reference field 'ref'" in records[1]["error"]


def test_a_model_loading_line_during_batch_only(tmp_path, capsys):
    from mtaudit.models import progress

    progress.announce_to_stderr("worker 7")
    progress.loading("the embedding model M")
    assert capsys.readouterr().err == "batch: worker 7: loading the embedding model M ...\n"
    progress.set_announcer(None)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Fine."}) + "\n", encoding="utf-8")
    CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "out.jsonl")])
    progress.loading("the parser P")  # after the command: silent again
    assert "loading" not in capsys.readouterr().err
