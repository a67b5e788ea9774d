"""Gold for eval/blind-realmt24: the held-out check of task realmt24, from the marked texts of texts.py.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl from texts.py (marks {{written=>correction|category}};
a mark whose correction is its written text is a look-alike and gives no gold line) with
eval/goldkit.py's run_marked, and checks them: 6 MT docs of 120-340 words with 6-12 artifacts, 2
controls (neg-*) with no Cyrillic or guillemets, no two gold spans that would match each other,
no 8-word run shared with the corpus, the seeds or another eval set, no artifact string of 6+
characters repeating one of eval/blind-mixed ... -19.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # goldkit
sys.path.insert(0, str(HERE))
from goldkit import CORPUS_AND_SEEDS, MAIN_EVAL, run_marked  # noqa: E402
from texts import TEXTS  # noqa: E402

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
MARK = re.compile(r"\{\{(?P<text>.+?)=>(?P<correction>.*?)\|(?P<category>[a-z-]+)\}\}")

BEATS = {
    "mt-01-reindeer": "the spring reindeer count in the Yamal district",
    "mt-02-planetarium": "a Novosibirsk planetarium reopens after reconstruction",
    "mt-03-flax": "the flax harvest in the Tver region",
    "mt-04-dentalbus": "a mobile dental office for Kirov villages",
    "mt-05-organ": "the cathedral organ restored in Kaliningrad",
    "mt-06-sawmill": "a new sawmill in the Onega district",
}
PRIOR = ["blind-mixed"] + [f"blind-mixed-{i}" for i in range(2, 20)]

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(120, 340), artifacts=(6, 12),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True, plain_controls=True, beats=BEATS,
                        fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in PRIOR), details=True))
