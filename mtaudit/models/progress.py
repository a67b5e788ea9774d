"""Say when a model starts loading: the seconds a worker spends loading the embedding model,
the parser or the language model are otherwise a silent pause before the first record.

`loading(what)` is called by each model's loader just before the slow part; it reaches the
announcer set for this process, if any. `mtaudit batch` sets one in the parent and in each
worker (a line on stderr: "batch: worker 1234: loading the embedding model all-MiniLM-L6-v2 ...");
elsewhere (tests, the library) nothing is printed.
"""

from __future__ import annotations

import sys
from typing import Callable

_ANNOUNCER: list[Callable[[str], None]] = []


def loading(what: str) -> None:
    """A model named `what` starts loading in this process."""
    for announce in _ANNOUNCER:
        announce(what)


def set_announcer(announce: Callable[[str], None] | None) -> None:
    _ANNOUNCER.clear()
    if announce is not None:
        _ANNOUNCER.append(announce)


def announce_to_stderr(who: str | None = None) -> None:
    """From now on, say on stderr when a model starts loading in this process."""
    prefix = f"batch: {who}: " if who else "batch: "

    def announce(what: str) -> None:
        try:
            print(f"{prefix}loading {what} ...", file=sys.stderr, flush=True)
        except (OSError, ValueError):  # stderr closed: the progress line is not worth a failure
            pass

    set_announcer(announce)
