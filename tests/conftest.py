"""Shared fixtures: the seeds, the test-only detectors, and default read options.

Every audit the suite runs (in this process and in the CLI subprocesses it starts) checks the
engine's invariants: each finding is the exact slice at its offsets and its fix edits only inside
it (mtaudit.audit.engine.check_invariants, switched on by MTAUDIT_CHECK_INVARIANTS=1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from mtaudit.text.document import Document

# Property tests: the usual budget by default; HYPOTHESIS_PROFILE=fuzz runs many more examples
# (tests/test_properties.py reads the profile to size its own budgets).
settings.register_profile("default", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
# The shipped language model is slow to load: tests inject a fake one (tests/test_lm.py) and one
# slow test loads the real model explicitly; every other audit runs rule-only.
os.environ.setdefault("MTAUDIT_NO_LM", "1")
os.environ["MTAUDIT_CHECK_INVARIANTS"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_MT = SEEDS / "000_5a787b1c74becfcd.txt"
SEED_HUMAN = SEEDS / "004_ec8cb50e9670c9e8.txt"
GOLD = FIXTURES / "000_5a787b1c74becfcd.gold.jsonl"


@pytest.fixture
def seed_mt() -> Document:
    return Document(SEED_MT.read_bytes().decode("utf-8"), doc_id=SEED_MT.stem, path=str(SEED_MT))


@pytest.fixture
def seed_human() -> Document:
    return Document(SEED_HUMAN.read_bytes().decode("utf-8"), doc_id=SEED_HUMAN.stem, path=str(SEED_HUMAN))


@pytest.fixture
def fake_detectors(monkeypatch):
    """Run the CLI with the test-only detectors (tests/fix_fakes.py) in place of the registered
    ones: the engine reads the registry, mtaudit.detectors.DETECTORS, at each audit."""
    from fix_fakes import STANDARD

    monkeypatch.setattr("mtaudit.detectors.DETECTORS", (STANDARD,))


@pytest.fixture(autouse=True)
def _default_read_options():
    """--max-bytes/--encoding set process-wide read options (mtaudit.core.io.READ): start each test
    from the defaults, whatever an earlier CLI invocation in this process gave."""
    from mtaudit.core import io as mt_io

    mt_io.READ.max_bytes, mt_io.READ.encoding = mt_io.DEFAULT_MAX_BYTES, "utf-8"
    yield


class CountingParser:
    """Wraps the shipped parser and records which sentences it was asked about (the tests of
    detectors that must parse only their candidate sentences)."""

    def __init__(self):
        from mtaudit.models import parser as parser_mod

        self.inner = parser_mod.default_parser()
        self.name, self.version = self.inner.name, self.inner.version
        self.asked: list[str] = []

    def parse_many(self, doc, spans):
        self.asked += [doc.text[s.start:s.end] for s in spans]
        return self.inner.parse_many(doc, spans)

    def parse(self, doc, span):
        return self.parse_many(doc, [span])[0]
