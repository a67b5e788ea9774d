"""Gold for eval/blind-pronoun13 (pronouns for things and persons, first person in reported speech,
category pronoun): a table, offsets by exact search.

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
    ("mt-01-glassworks", "he", "Today he employs", PRO, "it", C, "завод — он"),
    ("mt-01-glassworks", "his", "his output reaches", PRO, "its", C, "его продукция"),
    ("mt-01-glassworks", "its", "its enterprise will invest", PRO, "her", C, "своё предприятие"),
    ("mt-01-glassworks", "we will open", "we will open a training", PRO, "the plant would open", C,
     "мы откроем in reported speech"),
    ("mt-01-glassworks", "She", "She will also train", PRO, "It", C, "компания — она"),
    ("mt-01-glassworks", "she", "she will take a third", PRO, "it", C, "компания — она"),
    ("mt-02-hospice", "She", "She will also pay", PRO, "It", C, "фонд... она (fund feminine? MT)"),
    ("mt-02-hospice", "His", "His annual budget", PRO, "Its", C, "хоспис — его бюджет"),
    ("mt-02-hospice", "our patients", "for our patients", PRO, "its patients", C, "наших пациентов, reported"),
    ("mt-02-hospice", "its", "its condition as stable", PRO, "her", C, "её состояние for a girl"),
    ("mt-03-tollroad", "He", "He has a length", PRO, "It", C, "участок — он"),
    ("mt-03-tollroad", "she", "said that she will install", PRO, "it", C, "компания — она"),
    ("mt-03-tollroad", "She", "She applies to all", PRO, "It", C, "норма — она"),
    ("mt-03-tollroad", "its", "its company has invested", PRO, "his", C, "его компания"),
    ("mt-03-tollroad", "we will start", "we will start the construction", PRO, "the company would start", C,
     "мы начнём in reported speech"),
    ("mt-04-bandy", "he", "In the final he beat", PRO, "it", C, "клуб — он"),
    ("mt-04-bandy", "its", "its team prepared", PRO, "his", C, "его команда"),
    ("mt-04-bandy", "his", "Since then his stands", PRO, "its", C, "арена — его трибуны (MT)"),
    ("mt-04-bandy", "our fans", "said that our fans", PRO, "its fans", C, "наши болельщики, reported"),
    ("mt-05-cablecar", "His", "His cabins were replaced", PRO, "Its", C, "канатная дорога — её/его"),
    ("mt-05-cablecar", "he", "Every day he carries", PRO, "it", C, "он перевозит"),
    ("mt-05-cablecar", "his", "his load doubles", PRO, "its", C, "его нагрузка"),
    ("mt-05-cablecar", "She", "She also bought", PRO, "It", C, "администрация — она"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
