"""The Dask engine: same records as the local engine; a clear message without Dask installed."""

from __future__ import annotations

import json
import sys
from collections import Counter

import pytest
from click.testing import CliRunner

from mtaudit.runners.batch import ResumeState, read_items
from mtaudit.cli import cli
from mtaudit.runners.distributed import plan_blocks, run_dask
from mtaudit.runners.pool import AuditSpec, run_local

from conftest import FIXTURES, SEED_MT

SMALL = FIXTURES / "batch_small.jsonl"


def test_blocks_cover_the_file_at_line_boundaries_with_line_numbers(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(b'{"id": %d, "text": "x"}\n' % i for i in range(1, 51)))
    blocks = plan_blocks(src, block_size=100)
    assert len(blocks) > 5
    assert blocks[0][0] == 0 and blocks[-1][1] == src.stat().st_size
    data = src.read_bytes()
    for (start, end, first), nxt in zip(blocks, blocks[1:] + [None]):
        assert data[end - 1:end] == b"\n"
        assert json.loads(data[start:end].splitlines()[0])["id"] == first
        if nxt:
            assert nxt[0] == end


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_engines_records(tmp_path):
    src = tmp_path / "in.jsonl"
    text = SEED_MT.read_text(encoding="utf-8")
    with src.open("w", encoding="utf-8") as fh:
        fh.write(SMALL.read_text(encoding="utf-8"))
        for i in range(6):
            fh.write(json.dumps({"id": f"s{i}", "text": text + f" Ещё {i}."}, ensure_ascii=False) + "\n")
    spec = AuditSpec()
    with src.open("rb") as fh:
        local = list(run_local(read_items(fh, ResumeState(Counter()), "text", "id", "utf-8", None), spec))
    remote = list(run_dask(str(src), spec, workers=2, processes=False, block_size=2000, in_flight=2))
    assert remote == local
    assert [r["line"] for r in remote] == sorted(r["line"] for r in remote)
    assert json.dumps(remote, ensure_ascii=False) == json.dumps(local, ensure_ascii=False)  # key order too


def test_missing_dask_is_a_one_line_usage_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # `import dask.bag` now raises ImportError
    r = CliRunner().invoke(cli, ["--isolated", "batch", str(SMALL), "-o", str(tmp_path / "o.jsonl"),
                                 "--engine", "dask"])
    assert r.exit_code == 2
    assert "pip install 'mtaudit[dask]'" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "o.jsonl").exists()


def test_dask_engine_refuses_stdin():
    r = CliRunner().invoke(cli, ["--isolated", "batch", "-", "--engine", "dask"], input="{}\n")
    assert r.exit_code == 2 and "regular file" in r.output
