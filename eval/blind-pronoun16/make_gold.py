"""Gold for eval/blind-pronoun16 (pronouns: Russian gendered pronouns for things and persons, and
reported speech left in the first person, category pronoun): a table, offsets by exact search.

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
    ("mt-01-canallock", "he", "This winter he received", PRO, "it", C, "шлюз — он"),
    ("mt-01-canallock", "we passed", "said that we passed", PRO, "they had passed", C, "сказал, что мы пропустили"),
    ("mt-01-canallock", "waited for us", "waited for us since", PRO, "had waited for them", C, "ждали нас"),
    ("mt-01-canallock", "Its", "Its shift starts", PRO, "Her", C, "её смена"),
    ("mt-01-canallock", "I was", "that I was more nervous", PRO, "she was", C, "что я волновалась"),
    ("mt-02-herbarium", "he", "years he will be", PRO, "it", C, "гербарий — он"),
    ("mt-02-herbarium", "She", "She includes samples", PRO, "It", C, "коллекция — она"),
    ("mt-02-herbarium", "Its", "Its laboratory will hire", PRO, "Her", C, "её лаборатория"),
    ("mt-02-herbarium", "our volunteers", "that our volunteers have", PRO, "her volunteers", C, "наши волонтёры"),
    ("mt-02-herbarium", "send us", "asked to send us a report", PRO, "send her team", L, "просил присылать нам"),
    ("mt-03-carpets", "She", "She has eight looms", PRO, "It", C, "мастерская — она"),
    ("mt-03-carpets", "He", "He measures three", PRO, "It", C, "ковёр — он"),
    ("mt-03-carpets", "It", "It teaches twelve", PRO, "She", C, "она обучает"),
    ("mt-03-carpets", "we sell", "that we sell every carpet", PRO, "they sell", C, "мы продаём"),
    ("mt-03-carpets", "come to us", "buyers come to us", PRO, "come to them", C, "приезжают к нам"),
    ("mt-03-carpets", "we will open", "added that we will open", PRO, "it would open", C, "откроем"),
    ("mt-04-kites", "He", "He is 24 metres long", PRO, "It", C, "змей — он"),
    ("mt-04-kites", "His", "His launch required", PRO, "Its", C, "его запуск"),
    ("mt-04-kites", "He", "He ended with a night show", PRO, "It", C, "фестиваль — он"),
    ("mt-04-kites", "It", "It spent three months", PRO, "He", C, "он потратил"),
    ("mt-04-kites", "I almost gave up", "that I almost gave up", PRO, "he had almost given up", C, "я чуть не сдался"),
    ("mt-04-kites", "helped us", "the city helped us", PRO, "helped the organisers", C, "помог нам"),
    ("mt-05-yurtcamp", "She", "She consists of fourteen", PRO, "It", C, "турбаза — она"),
    ("mt-05-yurtcamp", "Its", "Its guests come", PRO, "Her", C, "её гости"),
    ("mt-05-yurtcamp", "we cook", "that we cook only", PRO, "they cook", C, "мы готовим"),
    ("mt-05-yurtcamp", "bring us", "neighbours bring us milk", PRO, "bring them", C, "приносят нам"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
