"""Gold for eval/blind-senses30, the held-out check of MT2821's session-30 word senses.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
The texts live marked in src/source.md ({{written=>correction|category}}); goldkit.run_marked writes
docs/<id>.txt and gold.jsonl from the marks and checks them (eval/goldkit.py, imported from the
folder above). Checks: 140-330 words per doc, the controls (neg-*) without gold and free of Cyrillic,
no 8-word run shared with the real corpus, the seeds or any other eval set's docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import ARROW_MARK, CORPUS_AND_SEEDS, MAIN_EVAL, run_marked, source_blocks

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

if __name__ == "__main__":
    texts = source_blocks(SET_DIR / "src" / "source.md")
    sys.exit(run_marked(SET_DIR, texts, ARROW_MARK, words=(140, 330), plain_controls=True,
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True))
