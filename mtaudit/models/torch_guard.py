"""Keep torch out of a process that loads spaCy but runs no torch model.

Why: thinc, spaCy's machine-learning library, imports torch at import time whenever
torch is installed (thinc/compat.py: ``try: import torch``), only to offer its PyTorch
wrappers. The parser we ship (spaCy's small English pipeline) runs on thinc's numpy
ops and never touches them, yet importing torch is ~1.5 CPU-seconds: more than the rule
and glossary audit of a megabyte. thinc has no switch for it (TensorFlow and MXNet are
opt-in, torch is not), so the parser loads inside `without_torch()`:

* while the block runs, ``sys.modules["torch"]`` is None, which the import system
  documents as "this module cannot be imported": ``import torch`` raises
  ModuleNotFoundError, thinc records ``has_torch = False`` and goes on without it;
* afterwards the entry is removed, so the language model or the embedding model can
  import torch normally later in the same process (they do not use thinc);
* if torch is already imported (a model loaded first), nothing is blocked: thinc
  finds it in sys.modules at no cost;
* `TORCH_LOCK` is held for the block and by every loader of a torch model here
  (`import_torch()`), so another thread never sees the blocked import.
"""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import Iterator

TORCH_LOCK = threading.RLock()


@contextmanager
def without_torch() -> Iterator[bool]:
    """Run the block with ``import torch`` failing, unless torch is imported already.

    Yields True when the import was blocked. The process's modules are restored after
    the block whatever it raised.
    """
    with TORCH_LOCK:
        if "torch" in sys.modules:
            yield False
            return
        sys.modules["torch"] = None  # type: ignore[assignment]
        try:
            yield True
        finally:
            if sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]


def import_torch():
    """``import torch`` that waits for a parser being loaded in another thread."""
    with TORCH_LOCK:
        import torch

        return torch


def installed(module: str) -> bool:
    """Whether `module` can be imported (without importing it), safe during `without_torch()`."""
    import importlib.util

    with TORCH_LOCK:
        return importlib.util.find_spec(module) is not None
