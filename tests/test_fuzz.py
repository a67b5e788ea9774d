"""Run each atheris fuzz target under fuzz/ for a bounded budget (CI-sized).

Each target runs in its own subprocess (libFuzzer owns the process); a crash makes the
target exit non-zero and leaves a crash-* input in the test's temporary directory, which
then belongs in tests/test_malformed_input.py. For a longer hunt:
    python fuzz/fuzz_fixes.py -max_total_time=600 -dict=fuzz/mtaudit.dict
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # minutes of fuzzing: scripts/test.sh runs it, plain pytest does not

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
TARGETS = {"fuzz_document.py": 20000, "fuzz_quotes.py": 20000, "fuzz_fixes.py": 3000, "fuzz_audit.py": 150}
CRASHERS = sorted((FUZZ / "crashers").glob("*.txt"))


def test_every_target_is_listed_and_atheris_is_installed():
    import atheris  # noqa: F401 -- in the `test` extra: pip install -e '.[test]'

    assert sorted(p.name for p in FUZZ.glob("fuzz_*.py")) == sorted(TARGETS)


@pytest.mark.parametrize("target,runs", sorted(TARGETS.items()))
def test_fuzz_target_survives_its_budget(target, runs, tmp_path):
    run = subprocess.run(
        [sys.executable, str(FUZZ / target), f"-runs={runs}", "-max_total_time=20", "-seed=1", "-timeout=15",
         f"-dict={FUZZ / 'mtaudit.dict'}", f"-artifact_prefix={tmp_path}/"],
        cwd=FUZZ, capture_output=True, text=True, timeout=300)
    crashes = sorted(p.name for p in tmp_path.glob("*-*") if p.name.split("-")[0] in ("crash", "timeout", "oom"))
    assert run.returncode == 0 and not crashes, (crashes, run.stderr[-3000:])
    assert "Done" in run.stderr


@pytest.fixture(scope="module")
def audit_target():
    sys.path.insert(0, str(FUZZ))
    try:
        import fuzz_audit
    finally:
        sys.path.remove(str(FUZZ))
    return fuzz_audit


@pytest.mark.parametrize("crasher", CRASHERS, ids=[p.name for p in CRASHERS])
def test_kept_crashers_run_fast(crasher, audit_target):
    """Every input that once crashed or hung (fuzz/crashers/) audits, fixes and diffs quickly."""
    import time

    text = crasher.read_bytes().decode("utf-8")
    start = time.process_time()  # CPU seconds: a shared, loaded machine does not fail it
    audit_target.check_text(text)
    took = time.process_time() - start
    assert took < 20, f"{crasher.name}: {took:.1f} CPU-s (was super-linear once: minutes)"


def test_generators_make_the_long_shapes():
    import atheris

    sys.path.insert(0, str(FUZZ))
    try:
        import _common
    finally:
        sys.path.remove(str(FUZZ))
    longest = max(len(_common.long_run(atheris.FuzzedDataProvider(bytes([i]) * 64))) for i in range(0, 256, 7))
    assert longest > 5000
    nested = _common.deep_nesting(atheris.FuzzedDataProvider(b"\xff" * 64))
    assert nested.count("x ") > 100
