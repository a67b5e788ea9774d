"""Gold for eval/blind-pronoun14 (pronouns MT carried over from Russian, category pronoun):
a table, offsets by exact search.

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
    ("mt-01-beavers", "She", "She has already washed", PRO, "It", C, "вода -> она"),
    ("mt-01-beavers", "Its", "Its brigade", PRO, "His", C, "его бригада (game warden)"),
    ("mt-01-beavers", "we cannot put", "because we cannot put", PRO, "he could not put", L,
     "попросил ..., так как мы не можем"),
    ("mt-01-beavers", "we will have", "Volkov, we will have", PRO, "the district would have", L,
     "по мнению X, нам придётся"),
    ("mt-01-beavers", "you see", "if you see a beaver", PRO, "they see", L, "жителей просят ..., а если вы"),
    ("mt-02-clocktower", "He", "He weighs about", PRO, "It", C, "механизм -> он"),
    ("mt-02-clocktower", "Its", "Its workshop", PRO, "His", C, "его мастерская (restorer)"),
    ("mt-02-clocktower", "we only clean", "we only clean it", PRO, "they would only clean", L,
     "объяснил: мы только чистим (colon)"),
    ("mt-02-clocktower", "He", "He was recast", PRO, "It", C, "колокол -> он"),
    ("mt-02-clocktower", "our team", "since our team", PRO, "his team", L, "пообещал ..., так как наша бригада"),
    ("mt-03-swimpool", "He", "He has six lanes", PRO, "It", C, "бассейн -> он"),
    ("mt-03-swimpool", "Its", "Its coaches", PRO, "Her", C, "её тренеры (school director)"),
    ("mt-03-swimpool", "we cannot wait", "we cannot wait", PRO, "they could not wait", L, "объяснила, что мы не можем"),
    ("mt-03-swimpool", "our coaches", "our coaches will meet", PRO, "the school's coaches", L,
     "родителям советуют ..., и наши тренеры встретят"),
    ("mt-04-violin", "She", "She was given", PRO, "It", C, "скрипка -> она"),
    ("mt-04-violin", "Its", "Its score", PRO, "Her", C, "её результат (pupil)"),
    ("mt-04-violin", "our pupils", "our pupils play", PRO, "the school's pupils", L, "по его словам, наши ученики"),
    ("mt-04-violin", "we will apply", "we will apply", PRO, "the school would apply", L, "добавил, что весной мы"),
    ("mt-05-lighthouse", "He", "He stands on a rock", PRO, "It", C, "маяк -> он"),
    ("mt-05-lighthouse", "Its", "Its expedition", PRO, "His", C, "его экспедиция (historian)"),
    ("mt-05-lighthouse", "She", "She changes quickly", PRO, "It", C, "погода -> она"),
    ("mt-05-lighthouse", "our volunteers", "since our volunteers", PRO, "his volunteers", L,
     "предупредил ..., так как наши волонтёры"),
    ("mt-05-lighthouse", "we can open", "we can open the first hall", PRO, "the museum can open", L,
     "считает, что мы сможем"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
