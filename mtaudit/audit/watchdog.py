"""A CPU-time budget for each detector on each stretch of a document.

Data rules run under the `regex` module's per-region timeout (mtaudit.detectors.patterns), but
the regular expressions written inside Python detectors use `re`, which has no timeout, and a
pattern that backtracks on some input (a run of spaces, a long line) would hang an unattended
batch on one record. CPython's `re` checks for signals while it matches, so a process timer
(ITIMER_VIRTUAL: CPU time, so a loaded machine does not cut work short) can stop any of them --
and any other runaway loop in a detector -- with one mechanism for every detector, present and
future. The engine catches the stop, keeps what the detector found before it, and names the
detector and the lines in the document's `skipped` list, as it does for a data rule that timed
out.

Signals reach only a process's main thread. Batch workers are processes, so they have the
timer; the Dask engine runs detectors in its workers' task threads, where the same budget is
kept by one watcher thread instead: it reads each detector thread's own CPU clock
(`time.pthread_getcpuclockid`) and, once the budget is spent, raises DetectorTimeout in that
thread (`PyThreadState_SetAsyncExc`). CPython delivers such an exception between two bytecodes,
so a runaway Python loop in a detector stops as it does in the main thread; but a single call
into C -- one `re` match that backtracks -- cannot be interrupted from outside its thread (the
`re` engine checks for signals, which only the main thread handles), so in a Dask thread such a
match runs to its end and the detector stops right after it. That is the one difference, and why
`batch` (processes) rather than the Dask engine is the choice for untrusted rule code.
"""

from __future__ import annotations

import _signal
import ctypes
import signal
import threading
import time
from contextlib import contextmanager

BASE_CPU_S = 60.0          # what any detector may spend on a stretch, however short ...
CPU_S_PER_MCHAR = 400.0    # ... plus this per million characters (a 250 k stretch: 160 s)
POLL_S = 0.05              # how often the watcher of other threads reads their CPU clocks


class DetectorTimeout(BaseException):
    """Raised inside a detector when its budget is spent. A BaseException, so a detector's own
    `except Exception` cannot swallow it and carry on."""


def budget_for(chars: int) -> float:
    return BASE_CPU_S + CPU_S_PER_MCHAR * chars / 1e6


_SIGVTALRM = int(getattr(signal, "SIGVTALRM", 0))
_ITIMER_VIRTUAL = int(getattr(signal, "ITIMER_VIRTUAL", 0))
_SIG_DFL = int(signal.SIG_DFL)


def _expired(signum, frame):
    raise DetectorTimeout()


@contextmanager
def cpu_budget(seconds: float):
    """Raise DetectorTimeout in the block once it has used `seconds` of CPU time: by a process
    timer in the main thread, by the watcher thread in any other (see the module's note)."""
    if threading.current_thread() is not threading.main_thread():
        if not _WATCHER.supported:
            yield
            return
        with _WATCHER.watching(seconds):
            yield
        return
    if not hasattr(signal, "ITIMER_VIRTUAL"):
        yield
        return
    # `_signal.signal` is what `signal.signal` wraps, without its conversions of the numbers to
    # and from enums (~90 % of its cost): the engine arms this once per detector per document,
    # and short documents made those conversions a few per cent of the audit. The previous
    # handler comes back as it was given (a function, or the number of SIG_DFL / SIG_IGN).
    previous = _signal.signal(_SIGVTALRM, _expired)
    _signal.setitimer(_ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        _signal.setitimer(_ITIMER_VIRTUAL, 0)
        _signal.signal(_SIGVTALRM, previous if previous is not None else _SIG_DFL)


class _Watcher:
    """One daemon thread that stops detector threads (not the main one) over their CPU budget."""

    def __init__(self) -> None:
        self.supported = hasattr(time, "pthread_getcpuclockid") and hasattr(ctypes, "pythonapi")
        self._cond = threading.Condition()
        self._watched: dict[int, tuple[int, float]] = {}   # thread ident -> (CPU clock, deadline)
        self._fired: set[int] = set()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watching(self, seconds: float):
        ident = threading.get_ident()
        clock = time.pthread_getcpuclockid(ident)
        with self._cond:
            self._fired.discard(ident)
            self._watched[ident] = (clock, time.clock_gettime(clock) + seconds)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="mtaudit-cpu-budget", daemon=True)
                self._thread.start()
            self._cond.notify()
        delivered = False
        try:
            try:
                yield
            except DetectorTimeout:
                delivered = True
                raise
        finally:
            with self._cond:
                self._watched.pop(ident, None)
                fired = ident in self._fired
                self._fired.discard(ident)
            if fired and not delivered:
                _take_pending()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._watched:
                    self._cond.wait()
                for ident, (clock, deadline) in list(self._watched.items()):
                    try:
                        spent = time.clock_gettime(clock) >= deadline
                    except OSError:  # the thread is gone
                        spent, self._watched[ident] = False, None
                    if spent:
                        del self._watched[ident]
                        self._fired.add(ident)
                        _async_raise(ident, DetectorTimeout)
                for ident in [i for i, v in self._watched.items() if v is None]:
                    del self._watched[ident]
            time.sleep(POLL_S)


def _async_raise(ident: int, exc) -> None:
    """Raise `exc` in thread `ident` at its next check of pending work (a call, a loop's jump).

    Never called with NULL to take one back: CPython (3.11) then still flags the whole interpreter
    as having an exception pending, a flag only a delivered exception clears, so every thread
    kept stopping to look for one, and a profiled call (sys.setprofile) looped forever."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc))


def _checkpoint() -> None:
    """An empty Python call: entering it is where CPython delivers a pending async exception."""


def _take_pending() -> None:
    """The watcher fired as the block ended but the exception was not raised in it (the resumed
    generator is normally where it arrives): let it arrive here and drop it, so it cannot stop
    whatever the thread does next."""
    try:
        for _ in range(3):
            _checkpoint()
    except DetectorTimeout:
        pass


_WATCHER = _Watcher()
