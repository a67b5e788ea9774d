"""Gold for eval/blind-real16 (real16's own held-out set: regional MT on new beats, written in our
own words after reading real MT pages). Rows: (doc, span text, where, category, correction,
confidence, note); offsets by exact search (eval/goldkit.py).

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, IC, NC, EN, UN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    # mt-01-hostel
    ("mt-01-hostel", "In Kostroma the overhaul of the student hostel of the agrarian university is completed",
     None, CAL, "The overhaul of the agricultural university's student hostel in Kostroma has been completed", L,
     "В Костроме завершён капремонт (fronted place, passive)"),
    ("mt-01-hostel", "reported in the press service", None, CAL, "the regional administration's press service said", C,
     "сообщили в пресс-службе (subjectless)"),
    ("mt-01-hostel", "the 70-80s of the last century", None, CAL, "the 1970s and 1980s", C, "70-80-х годов прошлого века"),
    ("mt-01-hostel", "engineering networks", None, CAL, "utility networks", L, "инженерные сети"),
    ("mt-01-hostel", "put in order", None, CAL, "tidied up", L, "привёл в порядок"),
    ("mt-01-hostel", "yard territory", None, CAL, "courtyard", C, "придомовая территория"),
    ("mt-01-hostel", "made 84 million rubles", None, CAL, "was 84 million rubles", C, "составила"),
    ("mt-01-hostel", "within the framework of", None, CAL, "under", L, "в рамках"),
    ("mt-01-hostel", "Every third student", None, CAL, "One in three students", C, "каждый третий студент"),
    ("mt-01-hostel", "most comfortable in the region student residence", None, CAL,
     "most comfortable student residence in the region", C, "самое комфортное в регионе общежитие"),
    ("mt-01-hostel", "management organization", None, CAL, "property management company", L, "управляющая организация"),
    ("mt-01-hostel", "wet cleaning", None, CAL, "cleaning", L, "влажная уборка"),
    ("mt-01-hostel", "in 14.30", None, DN, "at 2:30 p.m.", C, "в 14.30"),
    # mt-02-buckwheat
    ("mt-02-buckwheat", "Ministry of agriculture", None, IC, "Ministry of Agriculture", C, "casing"),
    ("mt-02-buckwheat", "310 thousand", None, DN, "310,000", C, "тыс."),
    ("mt-02-buckwheat", "largest in Russia sowing area", None, CAL, "largest sowing area in Russia", C,
     "крупнейшая в России площадь"),
    ("mt-02-buckwheat", "culture", "sowing area of this culture", CAL, "crop", C, "культура = crop"),
    ("mt-02-buckwheat", "on 14 centners per hectare", None, CAL, "1.4 tonnes per hectare", C, "по 14 ц/га"),
    ("mt-02-buckwheat", "11,5 centners", None, DN, "1.15 tonnes per hectare", C, "decimal comma, centners"),
    ("mt-02-buckwheat", "from one hectare", None, CAL, "per hectare", C, "с одного гектара"),
    ("mt-02-buckwheat", "Every fifth farm", None, CAL, "One in five farms", C, "каждое пятое хозяйство"),
    ("mt-02-buckwheat", "the climatic norm", None, CAL, "the seasonal average", L, "климатическая норма"),
    ("mt-02-buckwheat", "Zonal district", None, EN, "Zonalny district", C, "Зональный район translated by meaning"),
    ("mt-02-buckwheat", "IV quarter of the current year", None, DN, "fourth quarter of this year", C, "IV квартал текущего года"),
    # mt-03-futsal
    ("mt-03-futsal", "XIV All-Russian Futsal Cup", None, DN, "14th All-Russian Futsal Cup", C, "XIV Кубок"),
    ("mt-03-futsal", "XIV All-Russian Cup on mini-football", None, DN, "14th All-Russian Futsal Cup", C, "XIV Кубок по мини-футболу"),
    ("mt-03-futsal", "with the score 4:2", None, CAL, "4-2", C, "со счётом"),
    ("mt-03-futsal", "The receiving party", None, CAL, "The hosts", C, "принимающая сторона"),
    ("mt-03-futsal", "occupied the first place in the tournament table", None, CAL, "topped the standings", C,
     "занял первое место в турнирной таблице"),
    ("mt-03-futsal", "Every second player", None, CAL, "Half the players", C, "каждый второй игрок"),
    ("mt-03-futsal", "youngest in the tournament squad", None, CAL, "youngest squad in the tournament", L,
     "самая молодая в турнире команда"),
    ("mt-03-futsal", "prize places", None, CAL, "medals", C, "призовые места"),
    ("mt-03-futsal", "NSU", None, UN, "Novosibirsk State University", L, "НГУ"),
    # mt-04-balalaika
    ("mt-04-balalaika", "regional philharmonic society", None, IC, "Regional Philharmonic", L, "name casing"),
    ("mt-04-balalaika", "The collective", None, CAL, "The ensemble", C, "коллектив"),
    ("mt-04-balalaika", "the 60s of the XX century", None, CAL, "the 1960s", C, "60-е годы XX века"),
    ("mt-04-balalaika", "4 thousand", None, DN, "4,000", C, "тыс."),
    ("mt-04-balalaika", "XIX century", None, DN, "19th century", C, "XIX век"),
    ("mt-04-balalaika", "III Interregional Festival of Folk Music", None, DN, "3rd Interregional Folk Music Festival", C,
     "III фестиваль"),
    ("mt-04-balalaika", "only in the region professional ensemble", None, CAL, "only professional folk ensemble in the region", C,
     "единственный в регионе"),
    ("mt-04-balalaika", "on the territory of which", None, CAL, "where", L, "на территории которых"),
    ("mt-04-balalaika", "the street Mira", None, EN, "Mira Street", C, "улица Мира"),
    # mt-05-ragweed
    ("mt-05-ragweed", "In the Krasnodar Territory the season of ragweed flowering began", None, CAL,
     "The ragweed flowering season has begun in the Krasnodar Territory", L, "fronted place, verb last"),
    ("mt-05-ragweed", "Doctors of the Kuban", None, CAL, "Doctors in the Kuban", L, "врачи Кубани"),
    ("mt-05-ragweed", "in 3 times", None, CAL, "threefold", C, "в 3 раза"),
    ("mt-05-ragweed", "every tenth resident", None, CAL, "one in ten residents", C, "каждый десятый житель"),
    ("mt-05-ragweed", "advise to close", None, CAL, "advise people to close", L, "советуют закрывать"),
    ("mt-05-ragweed", "wet cleaning", None, CAL, "damp-dust", L, "влажная уборка"),
    ("mt-05-ragweed", "places of mass accumulation of people", None, CAL, "crowded places", C, "места массового скопления"),
    ("mt-05-ragweed", "told that", None, CAL, "said that", L, "рассказала, что"),
    ("mt-05-ragweed", "the 10s of the last century", None, CAL, "the 1910s", C, "10-е годы прошлого века"),
    ("mt-05-ragweed", "most dangerous in the south of Russia weed", None, CAL, "most dangerous weed in southern Russia", C,
     "самый опасный на юге России сорняк"),
    ("mt-05-ragweed", "address to the doctor", None, CAL, "see a doctor", C, "обратиться к врачу"),
    ("mt-05-ragweed", "at the place of residence", None, CAL, "local", L, "по месту жительства"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
