"""Gold for eval/blind-pronoun12 (pronoun artifacts only): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import PRO, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-circus", "he", "reconstruction he received", PRO, "it", C, "the circus building (masculine 'цирк')"),
    ("mt-01-circus", "It", "It has worked with tigers", PRO, "She", C, "the trainer Irina Volkova"),
    ("mt-01-circus", "its", "its act with", PRO, "her", C, "Irina Volkova"),
    ("mt-01-circus", "we will launch", "that in spring we will launch", PRO, "the circus would launch", L,
     "reported speech left in the first person"),
    ("mt-01-circus", "its", "According to its words", PRO, "his", C, "the director Rustam Gilyazov"),
    ("mt-02-brewery", "she", "she produced up to", PRO, "it", C, "the brewery (feminine 'пивоварня')"),
    ("mt-02-brewery", "her", "her output fell", PRO, "its", C, "the brewery"),
    ("mt-02-brewery", "It", "It explained that", PRO, "He", C, "the general director Andrei Samsonov"),
    ("mt-02-brewery", "we are negotiating", "that we are negotiating", PRO, "the company was negotiating", L,
     "reported speech left in the first person"),
    ("mt-02-brewery", "it", "According to it,", PRO, "him", C, "Samsonov"),
    ("mt-03-tram", "He", "He is 26 metres", PRO, "It", C, "the tram (masculine 'трамвай')"),
    ("mt-03-tram", "His", "His maximum speed", PRO, "Its", C, "the tram"),
    ("mt-03-tram", "It", "It specified that", PRO, "She", C, "Svetlana Kulikova"),
    ("mt-03-tram", "she", "because she is the most", PRO, "it", C, "the line (feminine 'линия')"),
    ("mt-03-tram", "you will be able", "you will be able to ride", PRO, "residents will be able", L,
     "reported speech left in the second person"),
    ("mt-03-tram", "she", "Every day she carries", PRO, "it", C, "the line"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
