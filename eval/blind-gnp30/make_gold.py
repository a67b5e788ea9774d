"""Gold for eval/blind-gnp30: the held-out check of task gnp30, from the marked texts of texts.py.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/docs/*.txt and SET_DIR/gold.jsonl from texts.py (marks {{written=>correction|category}})
with eval/goldkit.py's run_marked, and checks them: 8 MT docs of 150-300 words with 5-10 artifacts,
2 controls (neg-*) with no Cyrillic or guillemets, no two gold spans that would match each other, no
8-word run shared with the corpus, the seeds or another eval set.
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
    "mt-01-bakery": "a sole trader opens a bakery in a former dairy in Kotlas",
    "mt-02-icefishing": "rescuers take fishermen off a drifting ice floe on the Lena",
    "mt-03-cheese": "a family cheese dairy in the Pskov region doubles its output",
    "mt-04-tram": "Samara's first new low-floor tram goes into service",
    "mt-05-museum": "a glass works museum reopens in Vyshny Volochyok",
    "mt-06-landfill": "a court closes a smelly landfill near Kirov",
    "mt-07-festival": "a street theatre festival on the Amur embankment in Blagoveshchensk",
    "mt-08-honey": "Bashkiria's honey harvest",
}

# written in parallel in session 30, blind to each other
PARALLEL = tuple(f"/work/main/eval/blind-{name}30/" for name in ("senses", "terms", "pron", "order", "gnp", "realmt")) + ("/work/main/eval/blind-mixed-26/",)

if __name__ == "__main__":
    sys.exit(run_marked(SET_DIR, TEXTS, MARK, words=(150, 300), artifacts=(5, 10),
                        own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True, notes_under=PARALLEL,
                        distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
