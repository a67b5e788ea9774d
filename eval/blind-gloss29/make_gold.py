"""Gold for eval/blind-gloss29: the held-out check of task gloss29, from the marked texts of texts.py.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl from texts.py (marks {{written=>correction|category}})
with eval/goldkit.py's run_marked, and checks them: 10 MT docs of 150-300 words with 4-12 artifacts,
2 controls (neg-*) with no Cyrillic or guillemets, no two gold spans that would match each other, no
8-word run shared with the corpus, the seeds or another eval set, no artifact string of 6+
characters repeating one of eval/blind-mixed ... -24.
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
MARK = re.compile(r"\{\{(?P<text>.+?)=>(?P<correction>.*?)\|(?P<category>[a-z-]+)\}\}", re.S)

BEATS = {
    "mt-01-ferry": "a new passenger ferry across the Ob near Tomsk",
    "mt-02-honey": "the honey fair in Ufa and the wild Burzyan bee",
    "mt-03-icetown": "an ice town of Olonkho heroes in Yakutsk",
    "mt-04-tram": "a restored 1952 tram on the streets of Samara",
    "mt-05-skijump": "a renovated ski jump in Chusovoy",
    "mt-06-sturgeon": "young sturgeon released into the Volga near Astrakhan",
    "mt-07-library": "a model rural library in a Kirov region village",
    "mt-08-marathon": "the Kazan marathon",
    "mt-09-bridge": "a pedestrian bridge to Kant island in Kaliningrad",
    "mt-10-cheese": "a cheese factory in the Kashin district of the Tver region",
}
PRIOR = ["blind-mixed"] + [f"blind-mixed-{i}" for i in range(2, 25)]

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(150, 300), artifacts=(4, 12),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                        distinct_spans=True, plain_controls=True, beats=BEATS,
                        fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in PRIOR), details=True))
