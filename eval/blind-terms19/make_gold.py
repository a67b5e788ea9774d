"""Gold for eval/blind-terms19 (Russian set terms rendered word for word, category calque): a table,
offsets by exact search. Written blind by the terms19 helper after the detector was built, on beats
no eval set had used (a water utility, a railway depot, foster care, a coal mine, junior biathlon);
about half the terms are in mtaudit/data/calque_terms.yaml and half are members of the kind the
table does not hold (station of the second lift, pressure collector, draisine, arrow translations,
blood families, passers, ski rollers, shooting gallery).

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-waterworks", "station of the second lift", "station of the second lift", CAL,
     "second-stage pumping station", C, "станция второго подъёма"),
    ("mt-01-waterworks", "pressure collector", "The pressure collector", CAL, "rising main", C, "напорный коллектор"),
    ("mt-01-waterworks", "private sector", "Residents of the private sector", CAL, "private houses", L,
     "частный сектор"),
    ("mt-01-waterworks", "water-folding columns", "water-folding columns", CAL, "standpipes", C,
     "водоразборные колонки"),
    ("mt-01-waterworks", "water counters", "water counters", CAL, "water meters", C, "счётчики воды"),
    ("mt-01-waterworks", "pay by the standard", "pay by the standard", CAL, "are charged a flat rate", L,
     "платят по нормативу"),
    ("mt-01-waterworks", "heat track", "heat track", CAL, "heating main", C, "теплотрасса"),
    ("mt-01-waterworks", "locksmiths", "The locksmiths of the emergency service", CAL, "fitters", C, "слесари"),
    ("mt-02-depot", "motor-car depot", "motor-car depot", CAL, "multiple-unit depot", C, "моторвагонное депо"),
    ("mt-02-depot", "low-mobility passengers", "low-mobility passengers", CAL, "passengers with reduced mobility", L,
     "маломобильные пассажиры"),
    ("mt-02-depot", "heat locomotives", "heat locomotives", CAL, "diesel locomotives", C, "тепловозы"),
    ("mt-02-depot", "draisine", "a new draisine", CAL, "track inspection car", C, "дрезина"),
    ("mt-02-depot", "contact network", "the contact network", CAL, "overhead wires", C, "контактная сеть"),
    ("mt-02-depot", "track machine station", "track machine station", CAL, "track maintenance depot", C,
     "путевая машинная станция"),
    ("mt-02-depot", "arrow translations", "arrow translations", CAL, "sets of points", C, "стрелочные переводы"),
    ("mt-02-depot", "stopping points", "stopping points", CAL, "halts", L, "остановочные пункты"),
    ("mt-03-foster", "reception families", "reception families", CAL, "foster families", C, "приёмные семьи"),
    ("mt-03-foster", "department of social protection of the population",
     "department of social protection of the population", CAL, "social services department", C,
     "департамент социальной защиты населения"),
    ("mt-03-foster", "social shelter", "the social shelter", CAL, "children's shelter", L, "социальный приют"),
    ("mt-03-foster", "organs of guardianship", "organs of guardianship", CAL, "child protection services", C,
     "органы опеки"),
    ("mt-03-foster", "school of reception parents", "school of reception parents", CAL,
     "foster parent training course", C, "школа приёмных родителей"),
    ("mt-03-foster", "blood families", "blood families", CAL, "birth families", C, "кровные семьи"),
    ("mt-03-foster", "graduates of the boarding schools", "graduates of the boarding schools", CAL,
     "young people leaving care", L, "выпускники интернатов"),
    ("mt-04-colliery", "lavas", "one of the lavas", CAL, "longwalls", C, "лава"),
    ("mt-04-colliery", "Mountain rescuers", "Mountain rescuers checked", CAL, "Mine rescuers", C, "горноспасатели"),
    ("mt-04-colliery", "passers", "40 passers", CAL, "tunnellers", C, "проходчики"),
    ("mt-04-colliery", "mountain master", "skills of a mountain master", CAL, "mine foreman", C, "горный мастер"),
    ("mt-04-colliery", "Mountain works", "Mountain works at another mine", CAL, "Mining operations", C,
     "горные работы"),
    ("mt-04-colliery", "labour protection", "labour protection rules", CAL, "workplace safety", C, "охрана труда"),
    ("mt-05-biathlon", "candidate in masters of sport", "candidate in masters of sport", CAL,
     "Candidate Master of Sport", C, "кандидат в мастера спорта"),
    ("mt-05-biathlon", "ski rollers", "ski rollers", CAL, "roller skis", C, "лыжероллеры"),
    ("mt-05-biathlon", "shooting gallery", "shooting gallery", CAL, "shooting range", C, "стрельбище"),
    ("mt-05-biathlon", "educational-training base", "educational-training base", CAL, "training centre", C,
     "учебно-тренировочная база"),
    ("mt-05-biathlon", "fulfilled the norm of master of sport", "fulfilled the norm of master of sport", CAL,
     "met the Master of Sport standard", C, "выполнили норматив мастера спорта"),
    ("mt-05-biathlon", "northern combination", "northern combination", CAL, "Nordic combined", C,
     "лыжное двоеборье"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
