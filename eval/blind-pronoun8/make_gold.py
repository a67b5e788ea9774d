"""Gold for eval/blind-pronoun8 (pronoun artifacts only): a table, offsets by exact search.

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
    ("mt-01-waterworks", "His", "His diameter", PRO, "Its", C, "the pipe (Russian masculine noun)"),
    ("mt-01-waterworks", "it", "that it personally supervises", PRO, "he", C, "Andrei Kovalev"),
    ("mt-01-waterworks", "we will then need", "we will then need", PRO, "they would then need", L,
     "reported speech after 'According to him'"),
    ("mt-01-waterworks", "it", "that it has been carrying", PRO, "she", C, "Galina Rudakova"),
    ("mt-01-waterworks", "its", "because its building", PRO, "her", C, "Galina Rudakova"),
    ("mt-02-icebreaker", "He", "He is able to break", PRO, "It", C, "the icebreaker (masculine)"),
    ("mt-02-icebreaker", "it", "said that it has worked", PRO, "he", C, "Dmitry Lobusov"),
    ("mt-02-icebreaker", "its", "began its career", PRO, "his", C, "Dmitry Lobusov"),
    ("mt-02-icebreaker", "our crew", "our crew is ready", PRO, "the crew", L,
     "reported speech after 'In his words'"),
    ("mt-02-icebreaker", "he", "where he will replace", PRO, "it", C, "the icebreaker (masculine)"),
    ("mt-03-honey", "She", "She gave the main part", PRO, "It", C, "the linden (Russian feminine noun)"),
    ("mt-03-honey", "It", "It told the agency", PRO, "He", C, "Rinat Galin"),
    ("mt-03-honey", "it", "that it personally teaches", PRO, "he", C, "Rinat Galin"),
    ("mt-03-honey", "you risk", "you risk to stay", PRO, "they risk", L, "reported speech, second person"),
    ("mt-03-honey", "you do not sign", "if you do not sign", PRO, "they do not sign", L,
     "reported speech, second person"),
    ("mt-03-honey", "her", "keep her next year", PRO, "it", C, "the subsidy (Russian feminine noun)"),
    ("mt-04-philharmonic", "it", "said that it has prepared", PRO, "he", C, "Gintaras Rinkevicius"),
    ("mt-04-philharmonic", "its", "that its musicians", PRO, "his", L, "the conductor's (Russian 'его')"),
    ("mt-04-philharmonic", "His", "His first conductor", PRO, "Its", C, "the orchestra (masculine)"),
    ("mt-04-philharmonic", "it", "said that it will play", PRO, "she", L, "Ekaterina Mechetina"),
    ("mt-04-philharmonic", "we already played", "we already played", PRO, "they had already played", L,
     "reported speech"),
    ("mt-04-philharmonic", "it", "that it personally negotiated", PRO, "she", C, "Alla Bakhareva"),
    ("mt-05-dairy", "His", "His debts", PRO, "Its", C, "the plant (masculine)"),
    ("mt-05-dairy", "It", "It will have to assess", PRO, "He", C, "Igor Smirnov"),
    ("mt-05-dairy", "it", "court arrested it", PRO, "him", C, "Viktor Lapin"),
    ("mt-05-dairy", "we will appeal", "we will appeal", PRO, "they would appeal", L, "reported speech"),
    ("mt-05-dairy", "it", "said that it lost", PRO, "she", C, "Olga Trofimova"),
    ("mt-05-dairy", "its", "part of its herd", PRO, "her", C, "Olga Trofimova"),
    ("mt-06-olympiad", "it", "studied with it since", PRO, "her", C, "Natalia Kolesnikova"),
    ("mt-06-olympiad", "its", "and its favorite", PRO, "her", C, "Varvara Lukina"),
    ("mt-06-olympiad", "our students", "our students spent", PRO, "the students", L, "reported speech"),
    ("mt-06-olympiad", "his", "celebrates his 60th", PRO, "its", C, "the lyceum (masculine)"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
