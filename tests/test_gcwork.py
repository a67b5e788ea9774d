"""core/gcwork.py: the collector paused around cache loads, the loaded objects frozen by the CLI."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap

from mtaudit.core import privatecache
from mtaudit.core.gcwork import paused


def test_paused_restores_the_previous_state():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
    try:
        with paused():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()


def test_cache_read_round_trips_with_the_collector_on(tmp_path):
    tmp_path.chmod(0o700)
    path = tmp_path / "x.pickle"
    value = {"a": [1, 2, (3, "b")], "c": {"d"}}
    privatecache.write(path, value)
    assert privatecache.read(path, dict) == value
    assert gc.isenabled()


def test_check_freezes_what_it_loaded(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("The minister said the talks went well.\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        import gc, json, sys
        from mtaudit.cli import cli
        before = gc.get_freeze_count()
        try:
            cli.main(["check", "--exit-zero", "--quiet", {str(one)!r}], standalone_mode=False)
        except SystemExit:
            pass
        print(json.dumps({{"before": before, "after": gc.get_freeze_count(), "enabled": gc.isenabled()}}))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["before"] == 0
    assert out["after"] > 10_000  # the glossary and the rules at least
    assert out["enabled"] is True
