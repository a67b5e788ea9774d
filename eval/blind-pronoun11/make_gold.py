"""Gold for eval/blind-pronoun11 (pronoun artifacts only): a table, offsets by exact search.

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
    ("mt-01-hockey", "it", "period it scored", PRO, "he", C, "Kirill Zubarev"),
    ("mt-01-hockey", "you cannot concede", "because you cannot concede", PRO, "the team cannot concede", L,
     "reported speech after 'According to him'"),
    ("mt-01-hockey", "He", "He was opened in 2001", PRO, "It", C, "the arena (masculine 'дворец')"),
    ("mt-02-opera", "Its", "Its debut", PRO, "Her", C, "Alina Gerasimova"),
    ("mt-02-opera", "we prepared", "that we prepared", PRO, "she had prepared", L, "reported speech"),
    ("mt-02-opera", "It", "It also added", PRO, "He", C, "the director Andrei Rudin"),
    ("mt-02-opera", "his", "his main hall", PRO, "its", C, "the building (masculine 'театр')"),
    ("mt-03-monastery", "he", "the war he was", PRO, "it", C, "the bell tower (Russian 'он' for a masculine noun)"),
    ("mt-03-monastery", "it", "According to it", PRO, "her", C, "the abbess"),
    ("mt-03-monastery", "he", "because he destroys", PRO, "it", C, "cement (masculine)"),
    ("mt-04-weather", "He", "He will stay over", PRO, "It", C, "the anticyclone (masculine)"),
    ("mt-04-weather", "It", "It noted that", PRO, "She", C, "Olga Remizova"),
    ("mt-04-weather", "his", "his length", PRO, "its", C, "the heating network (masculine 'теплопровод'), not the mayor who speaks"),
    ("mt-04-weather", "you have to buy", "that you have to buy", PRO, "she had to buy", L, "reported speech"),
    ("mt-05-school", "He", "He was built", PRO, "It", C, "the school building (masculine 'корпус')"),
    ("mt-05-school", "Its", "Its husband", PRO, "Her", C, "Elena Markina"),
    ("mt-05-school", "we are not going", "that we are not going", PRO, "the ministry is not going", L,
     "reported speech"),
    ("mt-06-airline", "His", "His engines", PRO, "Its", C, "the aircraft (masculine 'самолёт')"),
    ("mt-06-airline", "It", "It said that", PRO, "He", C, "Sergei Bakhtin"),
    ("mt-06-airline", "he", "he landed", PRO, "it", C, "the flight (masculine 'рейс')"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
