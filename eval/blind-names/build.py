"""Build docs/*.txt and gold.jsonl of blind-names from source.md
(markup {{written=>correction|category}}, certain; offsets, checks and writing in eval/goldkit.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import ARROW_MARK, run_marked, source_blocks

SET_DIR = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, source_blocks(SET_DIR / "source.md"), ARROW_MARK))
