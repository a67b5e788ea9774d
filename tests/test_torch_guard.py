"""The parser loads without torch, and torch still imports afterwards (mtaudit.models.torch_guard).

Each case runs in a fresh interpreter: whether torch is imported is process-wide state.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from mtaudit.models import parser as parser_mod

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="spaCy model not installed")

SENTENCES = ["The minister said he would resign after the vote.",
             "Her colleagues, who had opposed it, called the plan a mistake."]


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


PARSE = f"""
from mtaudit.models.parser import SpacyParser
nlp = SpacyParser().nlp
parses = [[(t.text, t.tag_, t.dep_, t.head.i) for t in nlp(s)] for s in {SENTENCES!r}]
"""


@needs_parser
def test_parser_first_then_torch():
    out = _run(PARSE + """
import json, sys
import thinc.compat
blocked_after_load = "torch" in sys.modules
import torch  # the language model's import, later in the same process
from transformers.utils import is_torch_available
print(json.dumps({"torch_during_load": blocked_after_load, "thinc_torch": thinc.compat.has_torch,
                  "none_left": sys.modules.get("torch") is None, "tensor": float(torch.ones(2).sum()),
                  "transformers_torch": is_torch_available(), "parses": parses}))
""")
    assert out["torch_during_load"] is False
    assert out["thinc_torch"] is False
    assert out["none_left"] is False
    assert out["tensor"] == 2.0
    assert out["transformers_torch"] is True
    # the same parses as with torch imported first
    other = _run("import torch\n" + PARSE + """
import json, thinc.compat
print(json.dumps({"thinc_torch": thinc.compat.has_torch, "parses": parses}))
""")
    assert other["thinc_torch"] is True
    assert other["parses"] == out["parses"]


def test_without_torch_blocks_then_restores():
    out = _run("""
import json, sys, threading, time
from mtaudit.models.torch_guard import without_torch, installed
seen = []
with without_torch() as blocked:
    try:
        import torch
        raised = False
    except ImportError:
        raised = True
    # another thread asking meanwhile waits for the block to end, then finds torch
    asker = threading.Thread(target=lambda: seen.append(installed("torch")))
    asker.start()
    time.sleep(0.2)
    waited = not seen
asker.join()
seen = seen[0] and waited
left = "torch" in sys.modules
import torch
with without_torch() as blocked_again:
    import torch as again
print(json.dumps({"blocked": blocked, "raised": raised, "installed": seen, "left": left,
                  "blocked_again": blocked_again, "same": again is torch}))
""")
    assert out == {"blocked": True, "raised": True, "installed": True, "left": False,
                   "blocked_again": False, "same": True}


def test_without_torch_restores_after_an_error():
    out = _run("""
import json, sys
from mtaudit.models.torch_guard import without_torch
try:
    with without_torch():
        raise KeyError("x")
except KeyError:
    pass
import torch
print(json.dumps({"ok": torch.__name__ == "torch"}))
""")
    assert out == {"ok": True}


@needs_parser
def test_parser_loads_without_the_spacy_cli_and_the_cli_still_imports_afterwards():
    """mtaudit.models.spacy_guard: spaCy's CLI (typer, rich, weasel ...) is not imported by the
    parser's load; `import spacy.cli` afterwards loads the real one; the parses are those of a
    process that imported the CLI first (where the guard does nothing)."""
    out = _run(PARSE + """
import json, sys
cli_during_load = [m for m in ("spacy.cli", "spacy.cli.info", "typer", "weasel") if m in sys.modules]
import spacy
import spacy.cli
print(json.dumps({"cli_during_load": cli_during_load, "real_cli": hasattr(spacy.cli, "app"),
                  "info_callable": callable(spacy.info), "parses": parses}))
""")
    assert out["cli_during_load"] == []
    assert out["real_cli"] is True and out["info_callable"] is True
    other = _run("import spacy.cli\n" + PARSE + """
import json
print(json.dumps({"parses": parses}))
""")
    assert other["parses"] == out["parses"]


def test_the_spacy_guard_leaves_no_stand_in_behind_even_after_an_error():
    out = _run("""
import json, sys
from mtaudit.models.spacy_guard import without_spacy_cli
try:
    with without_spacy_cli() as active:
        during = [sys.modules["spacy.cli.info"].info is not None, active]
        raise RuntimeError("load failed")
except RuntimeError:
    pass
print(json.dumps({"during": during, "left": [m for m in ("spacy.cli", "spacy.cli.info") if m in sys.modules]}))
""")
    assert out == {"during": [True, True], "left": []}
