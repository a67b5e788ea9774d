"""Gold for eval/blind-pronoun7 (pronoun artifacts only): a table, offsets by exact search.

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
    ("mt-01-zoo", "its", "According to its observations", PRO, "her", C, "Svetlana Markina"),
    ("mt-01-zoo", "His", "His collection", PRO, "Its", C, "the zoo (Russian masculine noun)"),
    ("mt-01-zoo", "we will build", "we will build a separate", PRO, "they would build", L,
     "reported speech after 'According to him'"),
    ("mt-01-zoo", "It", "It also thanked", PRO, "He", C, "Andrei Shilo"),
    ("mt-02-chess", "it", "enough for it to secure", PRO, "her", C, "Goryachkina"),
    ("mt-02-chess", "we worked", "we worked mainly", PRO, "they had worked", L,
     "reported speech after 'According to Goryachkina'"),
    ("mt-02-chess", "Its", "Its coach", PRO, "Her", C, "Goryachkina"),
    ("mt-02-chess", "our players", "our players will", PRO, "Russian players", L, "reported speech"),
    ("mt-02-chess", "his", "celebrated his 60th", PRO, "its", C, "the club (masculine)"),
    ("mt-03-salmon", "it", "meeting that it expects", PRO, "he", C, "Anton Savchenko"),
    ("mt-03-salmon", "Its", "Its laboratory", PRO, "Her", C, "Elena Kudryavtseva"),
    ("mt-03-salmon", "our workshop", "that our workshop", PRO, "the plant's workshop", L, "reported speech"),
    ("mt-03-salmon", "his", "limit of his capacity", PRO, "its", C, "the port (masculine)"),
    ("mt-04-metro", "She", "She worked at a depth", PRO, "It", C, "the machine (Russian feminine noun)"),
    ("mt-04-metro", "its", "that its team did not", PRO, "his", C, "Bondarenko"),
    ("mt-04-metro", "we will not postpone", "we will not postpone", PRO, "they would not postpone", L,
     "reported speech after 'According to him'"),
    ("mt-04-metro", "It", "It noted that the company", PRO, "He", C, "Sergei Yurchenko"),
    ("mt-05-observatory", "he", "he was the largest", PRO, "it", C, "the telescope (masculine)"),
    ("mt-05-observatory", "its", "According to its estimate", PRO, "his", C, "Vladimir Vlasyuk"),
    ("mt-05-observatory", "we plan", "we plan to resume", PRO, "they planned", L, "reported speech"),
    ("mt-05-observatory", "It", "It spent four years", PRO, "She", C, "Maria Sokolova"),
    ("mt-05-observatory", "Her", "Her specialists", PRO, "Its", C, "the observatory (feminine)"),
    ("mt-06-pharmacy", "we have to keep", "that we have to keep", PRO, "they had to keep", L, "reported speech"),
    ("mt-06-pharmacy", "Its", "Its chain", PRO, "Her", C, "Olga Veselova"),
    ("mt-06-pharmacy", "his", "without his approval", PRO, "its", C, "the ministry (neuter in Russian, his by MT)"),
    ("mt-06-pharmacy", "it", "that it now spends", PRO, "she", C, "Tamara Ilyina"),
    ("mt-06-pharmacy", "its", "third of its pension", PRO, "her", C, "Tamara Ilyina"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
