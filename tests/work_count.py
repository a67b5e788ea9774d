"""A count of work that does not depend on the machine's load, for tests of growth."""

from __future__ import annotations

import sys


def python_calls(fn, *args) -> int:
    """How many Python and C function calls `fn(*args)` makes (generator steps included): growth
    is checked on sizes, not on seconds of a shared machine."""
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return n
