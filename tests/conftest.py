"""Shared fixtures: the seeds, and a check that every finding the suite sees is an exact slice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from mtaudit.audit import engine
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

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_MT = SEEDS / "000_5a787b1c74becfcd.txt"
SEED_HUMAN = SEEDS / "004_ec8cb50e9670c9e8.txt"
GOLD = FIXTURES / "000_5a787b1c74becfcd.gold.jsonl"


@pytest.fixture(autouse=True)
def every_finding_is_an_exact_slice(monkeypatch):
    """Wraps engine.audit for the whole suite: Finding.text == document.text[start:end], always."""
    real = engine.audit

    def checked(doc: Document, *args, **kwargs):
        result = real(doc, *args, **kwargs)
        for f in result.findings:
            assert f.text == doc.text[f.start:f.end], f"{f.code} text is not the slice at {f.start}-{f.end}"
            if f.fix is not None:
                for e in f.fix.edits:
                    assert f.start <= e.start <= e.end <= f.end, f"{f.code}: edit outside its finding"
        return result

    monkeypatch.setattr(engine, "audit", checked)
    for module in ("mtaudit.runners.paths", "mtaudit.commands.evaluate"):
        mod = __import__(module, fromlist=["audit"])
        if hasattr(mod, "audit"):
            monkeypatch.setattr(mod, "audit", checked)
    yield


@pytest.fixture
def seed_mt() -> Document:
    return Document(SEED_MT.read_bytes().decode("utf-8"), doc_id=SEED_MT.stem, path=str(SEED_MT))


@pytest.fixture
def seed_human() -> Document:
    return Document(SEED_HUMAN.read_bytes().decode("utf-8"), doc_id=SEED_HUMAN.stem, path=str(SEED_HUMAN))


@pytest.fixture
def fake_detectors(monkeypatch):
    """Run the CLI with the test-only detectors (tests/fix_fakes.py) instead of the registered ones."""
    from fix_fakes import STANDARD

    real = engine.audit

    def with_fakes(doc, ctx=None, selection=None, detectors=None, **kw):
        return real(doc, ctx, selection, detectors=(STANDARD,), **kw)

    monkeypatch.setattr(engine, "audit", with_fakes)


@pytest.fixture(autouse=True)
def _default_read_options():
    """--max-bytes/--encoding set process-wide read options (mtaudit.core.io.READ): start each test
    from the defaults, whatever an earlier CLI invocation in this process gave."""
    from mtaudit.core import io as mt_io

    mt_io.READ.max_bytes, mt_io.READ.encoding = mt_io.DEFAULT_MAX_BYTES, "utf-8"
    yield
