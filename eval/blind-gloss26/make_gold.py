"""Gold for eval/blind-gloss26: the held-out check of task gloss26, from the marked texts of texts.py.

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
    "mt-01-lighthouse": "a restored wooden lighthouse on a White Sea island",
    "mt-02-glassworks": "a hall of Soviet glass in the crystal museum of Gus-Khrustalny",
    "mt-03-wintertrack": "the ice crossing over the Lena at Yakutsk opens",
    "mt-04-puppets": "a puppet theatre premiere in Petrozavodsk",
    "mt-05-sleddogs": "a dog sled race across northern Kamchatka",
    "mt-06-donors": "a student blood donor day in Tomsk",
    "mt-07-orchard": "an intensive apple orchard near Lipetsk",
    "mt-08-pipeline": "a village water pipeline in the Orenburg region",
}
PRIOR = ["blind-mixed"] + [f"blind-mixed-{i}" for i in range(2, 22)]

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(160, 340), artifacts=(6, 12),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True, plain_controls=True, beats=BEATS,
                        fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in PRIOR), details=True))
