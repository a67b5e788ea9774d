"""Gold for eval/blind-genitive25: the held-out check of task genitive25 (Russian genitive chains
that name bodies, programmes and events, MT2411), from the marked texts of texts.py.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl from texts.py (marks {{written=>correction|category}})
with eval/goldkit.py's run_marked, and checks them: 7 MT docs of 200-340 words with 7-11 artifacts,
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
    "mt-01-cableferry": "a cable ferry across the Sukhona resumes after the ice drift (Vologda region)",
    "mt-02-chessboards": "a village chess club in Mordovia gets new boards and clocks",
    "mt-03-felting": "a family felt-boot workshop near Nizhny Novgorod gets a grant",
    "mt-04-rangers": "forest rangers of a Yakutian reserve get snowmobiles for anti-poaching raids",
    "mt-05-organhall": "a restored organ hall reopens in Sovetsk (Kaliningrad region)",
    "mt-06-seedbank": "a seed bank of rare Altai plants at a Barnaul botanical garden",
    "mt-07-regatta": "a veterans' rowing regatta on the Volga in Kostroma",
}
PRIOR = ["blind-mixed"] + [f"blind-mixed-{i}" for i in range(2, 21)]

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(200, 340), artifacts=(7, 11),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True, plain_controls=True, beats=BEATS,
                        fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in PRIOR), details=True))
