"""Gold for eval/blind-pronouns19 (pronouns for persons and things, reported speech left in the
first/second person): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
Reported clauses are marked whole, to the end of the reported clause.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, PRO, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-philately", "3 march", "3 march", DN, "3 March", C, "lowercased month"),
    ("mt-01-philately", "It", "It served in the Pacific Fleet", PRO, "He", C, "он (Rozhkov) -> it; served in"),
    ("mt-01-philately", "Its", "Its flat on Sovetskaya", PRO, "His", C, "его квартира"),
    ("mt-01-philately", "we meet every Saturday in the reading hall and exchange duplicates among ourselves",
     None, PRO, "club members meet every Saturday in the reading hall and exchange duplicates among themselves",
     L, "по его словам, мы встречаемся"),
    ("mt-01-philately", "if you find old letters in the attic, you should not peel the stamps off the envelopes",
     None, PRO, "people who find old letters in the attic should not peel the stamps off the envelopes", L,
     "по словам Рожкова, если вы нашли ..., вы не должны"),
    ("mt-02-tramline", "11 june", "11 june", DN, "11 June", C, "lowercased month"),
    ("mt-02-tramline", "reported in the department of transport of the city administration",
     "reported in the department of transport of the city administration", CAL,
     "the city administration's transport department reported", L, "сообщили в департаменте"),
    ("mt-02-tramline", "He", "He has three sections", PRO, "It", C, "трамвай (m.) -> он"),
    ("mt-02-tramline", "she", "she runs past the river station", PRO, "it", C, "линия (f.) -> она"),
    ("mt-02-tramline", "our drivers passed training on the new cars in May",
     "our drivers passed training on the new cars in May", PRO,
     "the depot's drivers had been trained on the new cars in May", L, "сказала, что наши водители"),
    ("mt-02-tramline", "he", "he still has the original wooden benches", PRO, "it", C, "трамвай (m.) -> он"),
    ("mt-02-tramline", "It", "It came to the depot", PRO, "She", C, "она (Salnikova) -> it"),
    ("mt-03-falconry", "19 august", "19 august", DN, "19 August", C, "lowercased month"),
    ("mt-03-falconry", "he", "he does not disturb the bird", PRO, "it", C, "передатчик (m.) -> он"),
    ("mt-03-falconry", "It", "It was born in Ufa", PRO, "He", C, "он (Gabdrakhmanov) -> it"),
    ("mt-03-falconry", "Its", "Its son now helps", PRO, "His", C, "его сын"),
    ("mt-03-falconry", "we keep them on a strict diet before the release",
     "we keep them on a strict diet before the release", PRO,
     "the centre keeps them on a strict diet before the release", L, "попросил ..., так как мы держим"),
    ("mt-04-vinyl", "25 february", "25 february", DN, "25 February", C, "lowercased month"),
    ("mt-04-vinyl", "she", "she works around the clock", PRO, "it", C, "линия (f.) -> она"),
    ("mt-04-vinyl", "we press records for 120 labels, and half of the orders come from abroad",
     None, PRO,
     "the plant presses records for 120 labels, and half of the orders come from abroad", L,
     "сказал, что мы печатаем"),
    ("mt-04-vinyl", "Its", "Its father was a radio engineer", PRO, "His", C, "его отец"),
    ("mt-04-vinyl", "It", "It repaired the first press", PRO, "He", C, "он (Kozyrev) -> it"),
    ("mt-04-vinyl", "you can order a small run of fifty copies", None, PRO,
     "customers can order a small run of fifty copies", L, "по словам Козырева, вы можете"),
    ("mt-04-vinyl", "He", "He has thick brick walls", PRO, "It", C, "цех (m.) -> он"),
    ("mt-05-hairdressers", "7 october", "7 october", DN, "7 October", C, "lowercased month"),
    ("mt-05-hairdressers", "informed the regional ministry of education",
     "informed the regional ministry of education", CAL, "the regional education ministry said", L,
     "сообщили в региональном министерстве"),
    ("mt-05-hairdressers", "It", "It graduated from the Voronezh college", PRO, "She", C, "она (Kuznetsova) -> it"),
    ("mt-05-hairdressers", "Its", "Its husband makes", PRO, "Her", C, "её муж"),
    ("mt-05-hairdressers", "I trained every evening for half a year after the salon closed",
     None, PRO, "she had trained every evening for half a year after the salon closed", L,
     "сказала, что я тренировалась"),
    ("mt-05-hairdressers", "He", "He has four chairs", PRO, "It", C, "салон (m.) -> он"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, distinct_spans=True, plain_controls=True,
                 own_words_against=("/work/shared/corpus/docs/*.txt", "/work/shared/seeds/*.txt",
                                    "/work/main/eval/*/docs/*.txt")))
