"""Import spaCy without its command-line interface.

Why: ``spacy/__init__.py`` re-exports one CLI function (``from .cli.info import info``), and
importing ``spacy.cli.info`` runs ``spacy/cli/__init__.py``, which imports every CLI command
and with them typer, rich, weasel, requests, httpx, jinja2 ... (~450 modules, ~0.15-0.2
CPU-s of every run that parses a sentence). The parser never uses the CLI, and spaCy has no
switch for it, so the parser's first import of spaCy runs inside `without_spacy_cli()`:

* while the block runs, ``sys.modules`` holds two small stand-ins: ``spacy.cli`` (an empty
  package) and ``spacy.cli.info``, whose ``info`` imports the real function on call; the
  import system takes a module found in ``sys.modules`` as it is, so spaCy's ``from
  .cli.info import info`` binds the stand-in and ``spacy/cli/__init__.py`` never runs;
* afterwards both entries are removed, so ``import spacy.cli`` (or ``python -m spacy``) later
  in the same process loads the real CLI;
* if spaCy is already imported, nothing is done.

Parses are the same with and without the guard (tests/test_torch_guard.py).
"""

from __future__ import annotations

import sys
import threading
import types
from contextlib import contextmanager
from typing import Iterator

_LOCK = threading.RLock()


def _info(*args, **kwargs):
    """`spacy.info`, imported on first call (the CLI is then loaded for real)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def without_spacy_cli() -> Iterator[bool]:
    """Run the block with ``spacy.cli`` stood in for, unless spaCy is imported already.

    Yields True when the stand-ins were in place; they are removed after the block whatever
    it raised."""
    with _LOCK:
        if "spacy" in sys.modules or "spacy.cli" in sys.modules:
            yield False
            return
        package = types.ModuleType("spacy.cli", "stand-in: mtaudit imports spaCy without its CLI")
        package.__path__ = []  # a package, so `spacy.cli.info` is a submodule of it
        info = types.ModuleType("spacy.cli.info")
        info.info = _info
        package.info = info
        stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
        try:
            yield True
        finally:
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
