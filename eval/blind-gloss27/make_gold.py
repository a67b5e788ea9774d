"""Gold for eval/blind-gloss27: the held-out check of task gloss27, from the marked texts of texts.py.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl from texts.py (marks {{written=>correction|category}})
with eval/goldkit.py's run_marked, and checks them: 8 MT docs of 160-340 words with 6-12 artifacts,
2 controls (neg-*) with no Cyrillic or guillemets, no two gold spans that would match each other, no
8-word run shared with the corpus, the seeds or another eval set, no artifact string of 6+
characters repeating one of eval/blind-mixed ... -21.
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
    "mt-01-birchsap": "a cooperative of birch sap collectors in Bashkiria",
    "mt-02-pier": "a new cruise-ship pier in Myshkin on the Volga",
    "mt-03-lace": "a children's lace school in Vologda turns 30",
    "mt-04-meteorites": "a village school museum of meteorites near Chelyabinsk",
    "mt-05-snails": "a snail farm in Adygea sells its first batch",
    "mt-06-libraryboat": "a floating library boat on the Ob in Yamal",
    "mt-07-ropeferry": "a hand-turned rope ferry on the Vyatka works again",
    "mt-08-avalanchedogs": "avalanche rescue dogs train in the Khibiny",
}
PRIOR = ["blind-mixed"] + [f"blind-mixed-{i}" for i in range(2, 23)]

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(160, 340), artifacts=(6, 12),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True, plain_controls=True, beats=BEATS,
                        fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in PRIOR), details=True))
