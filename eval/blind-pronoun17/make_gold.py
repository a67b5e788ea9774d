"""Gold for eval/blind-pronoun17 (pronouns for things and persons, category pronoun): a table,
offsets by exact search.

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
    ("mt-01-textbook", "He", "He was prepared", PRO, "It", C, "учебник (m.) -> он"),
    ("mt-01-textbook", "His", "His print run", PRO, "Its", C, "его тираж"),
    ("mt-01-textbook", "we wanted every pupil to find the name", "we wanted every pupil to find the name", PRO,
     "the authors wanted every pupil to find the name", L, "reported speech in the first person"),
    ("mt-01-textbook", "She", "She was criticised", PRO, "It", C, "книга (f.) -> она"),
    ("mt-02-mall", "He", "He occupies", PRO, "It", C, "торговый центр (m.) -> он"),
    ("mt-02-mall", "it", "that it has worked", PRO, "he", C, "он (Lukin) -> it"),
    ("mt-02-mall", "Its", "Its company plans", PRO, "His", C, "его компания"),
    ("mt-02-mall", "He", "He will work around", PRO, "It", C, "гипермаркет (m.) -> он"),
    ("mt-03-watertower", "she", "she was closed", PRO, "it", C, "башня (f.) -> она"),
    ("mt-03-watertower", "Her", "Her height", PRO, "Its", C, "её высота"),
    ("mt-03-watertower", "It", "It thanked", PRO, "He", C, "он (Sorokin) -> it"),
    ("mt-04-rally", "She", "She will last", PRO, "It", C, "гонка (f.) -> она"),
    ("mt-04-rally", "his", "his longest special stage", PRO, "its", C, "его (маршрут)"),
    ("mt-04-rally", "we had to lower the pressure in the tyres", "we had to lower the pressure in the tyres",
     PRO, "the crews had to lower the pressure in the tyres", L, "reported speech in the first person"),
    ("mt-04-rally", "He", "He attracted", PRO, "It", C, "пролог (m.) -> он"),
    ("mt-05-snowgroomer", "He", "He cost the resort", PRO, "It", C, "ратрак (m.) -> он"),
    ("mt-05-snowgroomer", "Her", "Her winch", PRO, "Its", C, "машина (f.) -> её"),
    ("mt-05-snowgroomer", "her", "allows her to climb", PRO, "it", C, "машина (f.) -> её"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
