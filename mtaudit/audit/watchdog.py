"""A CPU-time budget for each detector on each stretch of a document.

Data rules run under the `regex` module's per-region timeout (mtaudit.detectors.patterns), but
the regular expressions written inside Python detectors use `re`, which has no timeout, and a
pattern that backtracks on some input (a run of spaces, a long line) would hang an unattended
batch on one record. CPython's `re` checks for signals while it matches, so a process timer
(ITIMER_VIRTUAL: CPU time, so a loaded machine does not cut work short) can stop any of them --
and any other runaway loop in a detector -- with one mechanism for every detector, present and
future. The engine catches the stop, keeps what the detector found before it, and names the
detector and the lines in the document's `skipped` list, as it does for a data rule that timed
out. The timer only works in a process's main thread (batch workers are processes); in another
thread (the Dask engine's threaded scheduler) detectors run without it.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

BASE_CPU_S = 60.0          # what any detector may spend on a stretch, however short ...
CPU_S_PER_MCHAR = 400.0    # ... plus this per million characters (a 250 k stretch: 160 s)


class DetectorTimeout(BaseException):
    """Raised inside a detector when its budget is spent. A BaseException, so a detector's own
    `except Exception` cannot swallow it and carry on."""


def budget_for(chars: int) -> float:
    return BASE_CPU_S + CPU_S_PER_MCHAR * chars / 1e6


def _expired(signum, frame):
    raise DetectorTimeout()


@contextmanager
def cpu_budget(seconds: float):
    """Raise DetectorTimeout in the block once it has used `seconds` of CPU time (main thread)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "ITIMER_VIRTUAL"):
        yield
        return
    previous = signal.signal(signal.SIGVTALRM, _expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous if previous is not None else signal.SIG_DFL)
