"""Progress on long work (issue 17, point 4): a named loading phase with no ETA, then a rate and
an ETA measured from when the work began -- never "0/500 ETA -:--" while a model loads and then
a rate inflated by the wait."""

from __future__ import annotations

import io

from rich.console import Console

from mtaudit.commands import common
from mtaudit.commands.batch import _write_all
from mtaudit.commands.common import Phases, Tracked, _Eta, _Rate


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def phases_on_a_terminal() -> Phases:
    return Phases(enabled=True, console=Console(file=io.StringIO(), force_terminal=True, width=120))


def test_loading_phase_shows_no_rate_and_no_eta(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(common.time, "perf_counter", clock)
    phases = phases_on_a_terminal()
    with phases:
        with phases.loading("loading the reference model"):
            task = phases.progress.tasks[0]
            clock.now += 90                      # a slow model load
            assert task.description == "loading the reference model"
            assert str(_Eta().render(task)) == "ETA -"
            assert str(_Rate("docs/s").render(task)) == "- docs/s"
        phases.start_work("auditing", total=500)
        clock.now += 10
        phases.set(100)
        task = phases.progress.tasks[0]
        assert str(_Rate("docs/s").render(task)) == "10.0 docs/s"     # 100 docs in the 10 s since work began
        assert str(_Eta().render(task)) == "ETA 0:40"                 # 400 left at 10 docs/s


def test_batch_shows_the_loading_phase_until_the_first_record(monkeypatch, tmp_path):
    clock = Clock()
    monkeypatch.setattr(common.time, "perf_counter", clock)
    phases = phases_on_a_terminal()
    seen = []

    def records():
        clock.now += 90                          # the workers load their models
        seen.append(phases.progress.tasks[0].description)
        for line in range(1, 6):
            yield {"id": line, "line": line, "findings": [], "summary": {}, "error": None}
            clock.now += 0.5
        seen.append(phases.progress.tasks[0].fields["work_started"])

    class Writer:
        def write(self, record):
            pass

        def close(self):
            pass

    totals = _write_all(records(), Writer(), total=5, loading="starting 2 workers and the reference model",
                        phases=phases)
    assert seen[0] == "starting 2 workers and the reference model"
    assert seen[1] == 1090.0                      # the rate counts from the first record, not from the start
    assert totals["documents"] == 5 and totals["first_record"] == 1090.0


def test_a_tracked_detector_reports_each_finished_document():
    done = []

    class Detector:
        name, needs, rules = "d", frozenset(), ()

        def detect(self, doc, ctx):
            yield "finding"

    tracked = Tracked(Detector(), done.append)
    assert tracked.name == "d" and tracked.needs == frozenset()
    assert list(tracked.detect("doc", None)) == ["finding"] and done == ["doc"]
