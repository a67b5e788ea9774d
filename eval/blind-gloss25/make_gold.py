"""Gold for eval/blind-gloss25: the held-out check of task gloss25, from the marked texts of texts.py.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl from texts.py (marks {{written=>correction|category}})
with eval/goldkit.py's run_marked, and checks them: 6 MT docs of 200-340 words with 7-11 artifacts,
2 controls (neg-*) with no Cyrillic or guillemets, no two gold spans that would match each other, no
8-word run shared with the corpus, the seeds or another eval set, no artifact string of 6+
characters repeating one of eval/blind-mixed ... -20.
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
    "mt-01-observatory": "a new coronagraph for the solar observatory in the Tunka valley (Buryatia)",
    "mt-02-trams": "ten new low-floor trams for Ulyanovsk",
    "mt-03-honey": "a honey fair in Ufa with wild honey of the Burzyan bee",
    "mt-04-searchers": "search volunteers find a woman lost in a forest near Tver",
    "mt-05-leopards": "snow leopard cubs born in the Penza zoo",
    "mt-06-chess": "a children's chess festival in Khanty-Mansiysk",
}
PRIOR = ["blind-mixed"] + [f"blind-mixed-{i}" for i in range(2, 21)]

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(200, 340), artifacts=(7, 11),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True, plain_controls=True, beats=BEATS,
                        fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in PRIOR), details=True))
