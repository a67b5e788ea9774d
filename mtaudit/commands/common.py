"""What check, fix and diff share on the command line: inputs, progress, counts, exit codes.

Kept here so the three commands speak alike (ruff's habits): `-` reads standard input,
directories are searched recursively, long work shows its phase and progress on a
terminal, and a count is never "1 proposals".
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Iterator

import click
from rich.console import Console


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 finding', '2 findings', '1 proposal' -- never '1 proposals'."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def input_options(func):
    """--stdin-filename and --exclude, for commands that take PATHS (`-` = standard input)."""
    func = click.option("--exclude", "exclude", multiple=True, metavar="NAME",
                        help="Skip files or directories with this name when searching directories "
                             "(added to the usual ones: .git, .venv, node_modules, build, ...); repeatable.")(func)
    func = click.option("--stdin-filename", metavar="NAME",
                        help="The name to report for standard input ('-'), e.g. the file an editor holds.")(func)
    return func


def echo_warning(message: str, quiet: bool = False) -> None:
    if not quiet:
        click.echo(f"warning: {message}", err=True)


def _columns() -> dict:
    """rich.progress is imported only when a progress display is shown (a terminal): it is no
    part of a `check` in a pipe or a script (start-up, issue 16)."""
    if _COLUMNS:
        return _COLUMNS
    from rich.progress import ProgressColumn
    from rich.text import Text

    class _Rate(ProgressColumn):
        """Throughput measured from the moment the real work started (after the loading phase)."""

        def __init__(self, unit: str, scale: float = 1.0) -> None:
            super().__init__()
            self.unit, self.scale = unit, scale

        def render(self, task) -> Text:
            started = task.fields.get("work_started")
            done = task.completed - task.fields.get("done_at_start", 0)
            elapsed = time.perf_counter() - started if started else 0
            if not started or elapsed < 1.0 or done <= 0:
                return Text(f"- {self.unit}", style="progress.data.speed")
            return Text(f"{done / elapsed / self.scale:,.1f} {self.unit}", style="progress.data.speed")

    class _Eta(ProgressColumn):
        """Time left from the work rate since the loading phase ended; '-' until it is measurable."""

        def render(self, task) -> Text:
            started = task.fields.get("work_started")
            done = task.completed - task.fields.get("done_at_start", 0)
            elapsed = time.perf_counter() - started if started else 0
            if not started or elapsed < 1.0 or done <= 0 or task.total is None:
                return Text("ETA -", style="progress.remaining")
            left = max(task.total - task.completed, 0) * elapsed / done
            minutes, seconds = divmod(int(left + 0.5), 60)
            hours, minutes = divmod(minutes, 60)
            return Text(f"ETA {hours}:{minutes:02d}:{seconds:02d}" if hours else f"ETA {minutes}:{seconds:02d}",
                        style="progress.remaining")

    _COLUMNS.update({"_Rate": _Rate, "_Eta": _Eta})
    return _COLUMNS


_COLUMNS: dict = {}


def __getattr__(name: str):
    if name in ("_Rate", "_Eta"):
        return _columns()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Phases:
    """A progress display on stderr, only on a terminal: a named loading phase (spinner, no
    ETA, no rate), then the work with a bar, a rate and an ETA measured from when work began.

    Without a terminal (a pipe, a CI log, CliRunner) it does nothing at all.
    """

    def __init__(self, unit: str = "docs/s", scale: float = 1.0, enabled: bool | None = None,
                 console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self.progress = None
        if self.enabled:
            from rich.progress import (BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn,
                                       TimeElapsedColumn)

            columns = _columns()
            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                     TaskProgressColumn(), columns["_Rate"](unit, scale), columns["_Eta"](),
                                     TimeElapsedColumn(), console=self.console, transient=True)
        self.task = None

    def __enter__(self) -> "Phases":
        if self.progress is not None:
            self.progress.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.__exit__(*exc)

    @contextmanager
    def loading(self, what: str) -> Iterator[None]:
        """A phase with no measurable progress (loading a model, a glossary, starting workers)."""
        if self.progress is None:
            yield
            return
        if self.task is None:
            self.task = self.progress.add_task(what, total=None)
        else:
            self.progress.update(self.task, description=what)
        yield

    def start_work(self, what: str, total: float | None, completed: float = 0) -> None:
        """From here on the bar, rate and ETA count."""
        fields = {"work_started": time.perf_counter(), "done_at_start": completed}
        if self.progress is None:
            return
        if self.task is None:
            self.task = self.progress.add_task(what, total=total, completed=completed, **fields)
        else:
            self.progress.update(self.task, description=what, total=total, completed=completed, **fields)

    def describe(self, what: str) -> None:
        if self.task is not None:
            self.progress.update(self.task, description=what)

    def advance(self, amount: float = 1.0) -> None:
        if self.task is not None:
            self.progress.advance(self.task, amount)

    def set(self, completed: float) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=completed)


class Tracked:
    """A detector that reports to a callback when it has finished a document.

    Passed to the engine in place of the registered detectors, so progress inside one long
    document needs no hook in the engine: every attribute is the wrapped detector's.
    """

    def __init__(self, detector, done) -> None:
        self._detector = detector
        self._done = done

    def __getattr__(self, name):
        return getattr(self._detector, name)

    def detect(self, doc, ctx):
        try:
            yield from self._detector.detect(doc, ctx)
        finally:
            self._done(doc)


def tracked_detectors(done) -> tuple:
    from mtaudit.detectors import DETECTORS

    return tuple(Tracked(d, done) for d in DETECTORS)

