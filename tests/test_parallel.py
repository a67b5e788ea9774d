"""The local pool engine: same records as one worker, bounded read-ahead, errors per document."""

from __future__ import annotations

import json

from click.testing import CliRunner

from mtaudit.runners.batch import WorkItem
from mtaudit.cli import cli
from mtaudit.runners.pool import AuditSpec, run_local

from conftest import SEED_HUMAN, SEED_MT


def _corpus(path, n=24):
    texts = [SEED_MT.read_text(encoding="utf-8"), SEED_HUMAN.read_text(encoding="utf-8"),
             "Он сказал, that the talks went well.", "{bad line"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            t = texts[i % len(texts)]
            fh.write((t if t.startswith("{") else json.dumps({"id": f"doc-{i}", "text": t}, ensure_ascii=False))
                     + "\n")


def test_two_workers_write_exactly_what_one_writes(tmp_path):
    src = tmp_path / "in.jsonl"
    _corpus(src)
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        r = CliRunner().invoke(cli, ["--isolated", "batch", str(src), "-o", str(out), "--workers", workers,
                                     "--chunk-size", "3"])
        assert r.exit_code in (0, 1), r.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    lines = outs[0].decode("utf-8").splitlines()
    assert [json.loads(x)["line"] for x in lines] == list(range(1, 25))


def test_pool_reads_only_a_bounded_window_ahead():
    consumed = 0

    def items():
        nonlocal consumed
        for i in range(100_000):
            consumed += 1
            yield WorkItem(i + 1, i, "A short text with слово.")

    records = run_local(items(), AuditSpec(select=("MT6",)), workers=2, chunk_size=4, in_flight=3)
    first = next(records)
    assert first["id"] == 0 and first["findings"][0]["text"] == "слово"
    assert consumed <= 4 * 3 + 4  # in-flight chunks plus the one being assembled
    records.close()


def test_a_crashing_detector_becomes_that_documents_error_record(monkeypatch):
    from fix_fakes import SLOW_RULE, Boom

    monkeypatch.setattr("mtaudit.detectors.DETECTORS", (Boom(only="b", rule=SLOW_RULE, message="boom"),))
    items = [WorkItem(1, "a", "Fine."), WorkItem(2, "b", "Crash."), WorkItem(3, "c", "Fine too.")]
    out = list(run_local(items, AuditSpec(select=("MT6",)), workers=1))
    assert [r["id"] for r in out] == ["a", "b", "c"]
    assert out[1] == {"id": "b", "line": 2, "error": "internal error: RuntimeError: boom"}
    assert out[2]["error"] is None


def test_error_records_pass_through_in_place():
    items = [{"id": None, "line": 1, "error": "invalid JSON"}, WorkItem(2, "x", "Text.")]
    out = list(run_local(items, AuditSpec(select=("MT6",)), workers=2, chunk_size=1))
    assert out[0] == items[0] and out[1]["id"] == "x"
