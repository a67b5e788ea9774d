"""Gold for eval/blind-senses16 (Russian wide-sense words by their first dictionary equivalent,
category calque): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-locomotive", "tourist composition", "The tourist composition", CAL, "tourist train", L, "состав"),
    ("mt-01-locomotive", "flights", "two flights a day", CAL, "trips", L, "рейс"),
    ("mt-01-locomotive", "The flight", "The flight takes", CAL, "The trip", L, "рейс"),
    ("mt-01-locomotive", "machinist", "The old machinist", CAL, "engine driver", L, "машинист (not built)"),
    ("mt-01-locomotive", "machinists", "two young machinists", CAL, "drivers", L, "машинист (not built)"),
    ("mt-01-locomotive", "diesel aggregate", "a diesel aggregate", CAL, "diesel generator", L, "агрегат"),
    ("mt-01-locomotive", "road brigade", "a road brigade", CAL, "road crew", L, "бригада"),
    ("mt-01-locomotive", "perspective direction", "a perspective direction", CAL, "promising destination", L,
     "перспективное направление"),
    ("mt-01-locomotive", "capacity with water", "The capacity with water", CAL, "water tank", L,
     "ёмкость (not built)"),
    ("mt-02-skatepark", "sports object", "The sports object", CAL, "sports facility", L, "объект"),
    ("mt-02-skatepark", "concrete coating", "The concrete coating", CAL, "concrete surface", L, "покрытие"),
    ("mt-02-skatepark", "workout platform", "a workout platform", CAL, "workout area", L, "площадка"),
    ("mt-02-skatepark", "children's platform", "a children's platform", CAL, "playground", L, "детская площадка"),
    ("mt-02-skatepark", "The object", "The object was handed over", CAL, "The facility", L, "объект"),
    ("mt-02-skatepark", "sections", "free sections for teenagers", CAL, "classes", L, "секция"),
    ("mt-02-skatepark", "competition", "a competition for the right to maintain", CAL, "tender", L,
     "конкурс (not built)"),
    ("mt-02-skatepark", "Police outfits", "Police outfits", CAL, "Police patrols", L, "наряд"),
    ("mt-02-skatepark", "remains actual", "remains actual", CAL, "remains pressing", L, "актуальный"),
    ("mt-02-skatepark", "in the perspective of two years", "in the perspective of two years", CAL,
     "within two years", L, "в перспективе"),
    ("mt-03-tuberculosis", "tuberculosis dispensary", "regional tuberculosis dispensary", CAL,
     "tuberculosis clinic", L, "диспансер"),
    ("mt-03-tuberculosis", "fluorography cabinet", "the fluorography cabinet", CAL, "X-ray room", L, "кабинет"),
    ("mt-03-tuberculosis", "medical brigades", "mobile medical brigades", CAL, "medical teams", L, "бригада"),
    ("mt-03-tuberculosis", "pass fluorography", "pass fluorography", CAL, "have a chest X-ray", L,
     "пройти флюорографию (not built)"),
    ("mt-03-tuberculosis", "contingent", "the contingent of the", CAL, "inmates", L, "контингент (not built)"),
    ("mt-03-tuberculosis", "pre-trial isolator", "the pre-trial isolator", CAL, "pre-trial detention centre", L,
     "следственный изолятор"),
    ("mt-03-tuberculosis", "stationary department", "a stationary department", CAL, "inpatient ward", L,
     "стационар"),
    ("mt-03-tuberculosis", "subdivision", "by a subdivision of", CAL, "unit", L, "подразделение"),
    ("mt-03-tuberculosis", "phthisiatricians", "six phthisiatricians", CAL, "TB specialists", L,
     "фтизиатр (not built)"),
    ("mt-04-asphalt", "pit repair", "the pit repair of streets", CAL, "pothole repair", L, "ямочный ремонт"),
    ("mt-04-asphalt", "brigades of road workers", "Four brigades of road workers", CAL, "road crews", L, "бригада"),
    ("mt-04-asphalt", "the technique", "the technique is stored", CAL, "the machinery", L, "техника"),
    ("mt-04-asphalt", "federal track M-10", "the federal track M-10", CAL, "M-10 federal highway", L, "трасса"),
    ("mt-04-asphalt", "asphalt coating", "the asphalt coating", CAL, "asphalt surface", L, "покрытие"),
    ("mt-04-asphalt", "the trades", "the trades for the repair", CAL, "the tenders", L, "торги (not built)"),
    ("mt-04-asphalt", "road canvas", "on the road canvas", CAL, "road surface", L, "дорожное полотно"),
    ("mt-04-asphalt", "porches", "repair the porches", CAL, "stairwells", L, "подъезд"),
    ("mt-04-asphalt", "programme of improvement", "the programme of improvement", CAL,
     "urban improvement programme", L, "программа благоустройства"),
    ("mt-04-asphalt", "pits", "report pits on the roads", CAL, "potholes", L, "ямы (not built)"),
    ("mt-04-asphalt", "pits", "most of the pits were closed", CAL, "potholes", L, "ямы (not built)"),
    ("mt-04-asphalt", "bus flights", "two bus flights", CAL, "bus trips", L, "рейс"),
    ("mt-05-futsal", "tenth tour", "the tenth tour of the Super League", CAL, "tenth round", L, "тур"),
    ("mt-05-futsal", "The meeting", "The meeting ended", CAL, "The match", L, "встреча"),
    ("mt-05-futsal", "the wards of Andrei Kuzmin", "the wards of Andrei Kuzmin", CAL, "Andrei Kuzmin's players", L,
     "подопечные"),
    ("mt-05-futsal", "legionnaire", "The legionnaire from Brazil", CAL, "foreign player", L, "легионер"),
    ("mt-05-futsal", "tour", "After the tour Surgut", CAL, "round", L, "тур"),
    ("mt-05-futsal", "wards", "his wards showed", CAL, "players", L, "подопечные"),
    ("mt-05-futsal", "sports object", "the sports object of the local university", CAL, "sports facility", L,
     "объект"),
    ("mt-05-futsal", "primacy", "the primacy of the region", CAL, "championship", L, "первенство"),
    ("mt-05-futsal", "section", "school section of futsal", CAL, "club", L, "секция"),
    ("mt-05-futsal", "auditorium", "the auditorium of the home matches", CAL, "attendance", L,
     "аудитория (not built)"),
    ("mt-05-futsal", "capital repair", "capital repair of the roof", CAL, "major repairs", L, "капитальный ремонт"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 300)))
