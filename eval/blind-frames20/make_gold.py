"""Gold for eval/blind-frames20 (Russian event verbs, manner adverbials and government frames, and
the calques around them): a table, offsets by exact search (eval/goldkit.py).

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it.
A row is (doc, span text, context that occurs once in the doc or None, category, correction,
confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, PU, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    # mt-01-tulips
    ("mt-01-tulips", "passed", "tulips passed in the botanical", CAL, "was held", L, "прошёл (event)"),
    ("mt-01-tulips", "residents and guests of the republic", None, CAL, "locals and visitors", L, "жители и гости"),
    ("mt-01-tulips", "reported in the press service", None, CAL, "the press service said", L, "сообщили в пресс-службе"),
    ("mt-01-tulips", "sorts", "140 sorts of tulips", CAL, "varieties", L, "сорта"),
    ("mt-01-tulips", "sorts", "20 new sorts", CAL, "varieties", L, "сорта"),
    ("mt-01-tulips", "in a planned order", None, CAL, "as planned", L, "в плановом порядке"),
    ("mt-01-tulips", "exposition", "The exposition of tulips", CAL, "display", L, "экспозиция"),
    ("mt-01-tulips", "will work", "tulips will work until", CAL, "will run", L, "будет работать (event)"),
    ("mt-01-tulips", "In the framework of", None, CAL, "As part of", C, "в рамках"),
    ("mt-01-tulips", "passed a master class", None, CAL, "a master class was held", L, "прошёл мастер-класс (OVS)"),
    ("mt-01-tulips", "with participation of", None, CAL, "featuring", L, "с участием"),
    ("mt-01-tulips", "in an unsatisfactory condition", None, CAL, "in poor condition", L, "в неудовлетворительном состоянии"),
    ("mt-01-tulips", "until the end of 2026", None, CAL, "by the end of 2026", C, "до конца 2026 года"),
    ("mt-01-tulips", "at the expense of", None, CAL, "funded from", L, "за счёт"),
    # mt-02-sledgehockey
    ("mt-02-sledgehockey", "defeating in the final the team from Perm", None, CAL,
     "defeating the Perm team in the final", L, "word order"),
    ("mt-02-sledgehockey", "with the count 5:2", None, CAL, "5-2", C, "со счётом"),
    ("mt-02-sledgehockey", "which passed", None, CAL, "which was held", L, "который прошёл"),
    ("mt-02-sledgehockey", "passed", "final match passed", CAL, "was", L, "матч прошёл"),
    ("mt-02-sledgehockey", "2:1", None, PU, "2-1", L, "score with a colon"),
    ("mt-02-sledgehockey", "was recognised", None, CAL, "was named", L, "был признан"),
    ("mt-02-sledgehockey", "on his account", None, CAL, "to his name", L, "на его счету"),
    ("mt-02-sledgehockey", "championship of Russia", None, CAL, "Russian championship", L, "чемпионат России"),
    ("mt-02-sledgehockey", "will pass", None, CAL, "will be held", C, "пройдёт"),
    ("mt-02-sledgehockey", "costs of the teams on the trips", None, CAL, "teams' travel costs", L, "расходы на поездки"),
    ("mt-02-sledgehockey", "in full measure", None, CAL, "in full", L, "в полной мере"),
    # mt-03-sewage
    ("mt-03-sewage", "until the end of 2027", None, CAL, "by the end of 2027", C, "до конца 2027 года"),
    ("mt-03-sewage", "will make up", None, CAL, "will be", L, "составит"),
    ("mt-03-sewage", "2,1", None, DN, "2.1", C, "decimal comma"),
    ("mt-03-sewage", "informed the city administration", None, CAL, "the city administration said", L,
     "сообщили в администрации"),
    ("mt-03-sewage", "capitally", None, CAL, "overhauled", L, "капитально"),
    ("mt-03-sewage", "in a non-working condition", None, CAL, "out of action", L, "в нерабочем состоянии"),
    ("mt-03-sewage", "sludge platforms", None, CAL, "sludge drying beds", L, "иловые площадки"),
    ("mt-03-sewage", "cleaning", "without full cleaning", CAL, "treatment", L, "очистка"),
    ("mt-03-sewage", "is not subject to repair", None, CAL, "is beyond repair", C, "не подлежит ремонту"),
    ("mt-03-sewage", "in an urgent order", None, CAL, "urgently", L, "в срочном порядке"),
    ("mt-03-sewage", "will go", None, CAL, "will be carried out", L, "работы пройдут"),
    ("mt-03-sewage", "in the planned mode", None, CAL, "as planned", L, "в плановом режиме"),
    ("mt-03-sewage", "reception of the waste water", None, CAL, "intake of waste water", L, "приём стоков"),
    ("mt-03-sewage", "to the end of 2025", None, CAL, "by the end of 2025", C, "к концу 2025 года"),
    ("mt-03-sewage", "the head of the city", None, CAL, "the mayor", L, "глава города"),
    # mt-04-deercrossing
    ("mt-04-deercrossing", "with the participation of", "accidents with the participation of", CAL, "involving", C,
     "ДТП с участием"),
    ("mt-04-deercrossing", "reported in the regional department of the traffic police", None, CAL,
     "the regional traffic police said", L, "сообщили в управлении ГИБДД"),
    ("mt-04-deercrossing", "the highway Kostroma - Sharya", None, CAL, "the Kostroma-Sharya highway", L,
     "на трассе Кострома - Шарья"),
    ("mt-04-deercrossing", "is not subject to restoration", None, CAL, "is beyond repair", C, "не подлежит восстановлению"),
    ("mt-04-deercrossing", "at the place", None, CAL, "at the scene", C, "на месте"),
    ("mt-04-deercrossing", "Hunting inspectors", None, CAL, "Game wardens", L, "охотинспекторы"),
    ("mt-04-deercrossing", "in an extraordinary order", None, CAL, "as a matter of priority", L, "во внеочередном порядке"),
    ("mt-04-deercrossing", "until 1 December", None, CAL, "by 1 December", C, "до 1 декабря"),
    ("mt-04-deercrossing", "with the participation of", "collision with the participation of", CAL, "involving", C,
     "с участием"),
    # mt-05-tractorrally
    ("mt-05-tractorrally", "passed the rally", None, CAL, "a rally was held", C, "прошёл слёт (OVS)"),
    ("mt-05-tractorrally", "retro tractors", None, CAL, "vintage tractors", L, "ретро-тракторы"),
    ("mt-05-tractorrally", "informed the regional ministry of agriculture", None, CAL,
     "the regional agriculture ministry said", L, "сообщили в министерстве"),
    ("mt-05-tractorrally", "of 1934 year of release", None, CAL, "built in 1934", C, "1934 года выпуска"),
    ("mt-05-tractorrally", "the race on 2 km", None, CAL, "a 2 km race", C, "гонка на 2 км"),
    ("mt-05-tractorrally", "by the field road", None, CAL, "along a dirt road", L, "по полевой дороге"),
    ("mt-05-tractorrally", "showed the result of 6 minutes 40 seconds", None, CAL, "clocked 6 minutes 40 seconds", L,
     "показал результат"),
    ("mt-05-tractorrally", "passes", "rally passes in Konstantinovo", CAL, "is held", L, "проходит"),
    ("mt-05-tractorrally", "allowed to arrive", None, CAL, "allowed the owners to drive", L, "разрешили приехать"),
    ("mt-05-tractorrally", "by own move", None, CAL, "under their own power", L, "своим ходом"),
    ("mt-05-tractorrally", "works", "which works in the museum", CAL, "runs", L, "работает (exhibition)"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
