"""Build mt/<id>.txt and gold.jsonl of this blind set from marked/<id>.txt, with the builder of
eval/source-pairs (same {{wrong|correct|category}} marking)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("source_pairs_builder", HERE.parent / "source-pairs" / "make_pairs.py")
_builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builder)

if __name__ == "__main__":
    _builder.build(HERE)
