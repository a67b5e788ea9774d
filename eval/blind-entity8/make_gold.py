"""Gold for the held-out set blind-entity8 (entity names by meaning and institution casing on five
beats entity8 did not study: fishing, hockey, mining, spa resorts, the navy; one English-written
control).

Run:  python make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl and checks it with eval/goldkit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, EN, IC, NC, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    # mt-01-fishing
    ("mt-01-fishing", "Persistent", None, EN, "Uporny", C, "траулер «Упорный»"),
    ("mt-01-fishing", "Barents sea", None, NC, "Barents Sea", C),
    ("mt-01-fishing", "reported in the press service of the regional ministry of fisheries", None, CAL,
     "the regional fisheries ministry's press service said", L),
    ("mt-01-fishing", "Dawn", None, EN, "Rassvet", C, "колхоз «Рассвет»"),
    ("mt-01-fishing", "Kola peninsula", None, NC, "Kola Peninsula", C),
    ("mt-01-fishing", "Victory", None, EN, "Pobeda", C, "ледокол «Победа»"),
    ("mt-01-fishing", "Federal agency for fishery", None, IC, "Federal Agency for Fishery", C),
    ("mt-01-fishing", "compared to the last year", None, CAL, "compared with last year", L),
    ("mt-01-fishing", "Northern Star", None, EN, "Severnaya Zvezda", C, "завод «Северная звезда»"),
    ("mt-01-fishing", "Snowy Mountain", None, EN, "Snezhnogorsk", C, "Снежногорск"),
    ("mt-01-fishing", "Murmansk state technical university", None, IC, "Murmansk State Technical University", C),
    # mt-02-hockey
    ("mt-02-hockey", "Tractor", 0, EN, "Traktor", C, "ХК «Трактор»"),
    ("mt-02-hockey", "Metallurgist", None, EN, "Metallurg", C, "«Металлург» Магнитогорск"),
    ("mt-02-hockey", "with a score 3:2", None, CAL, "3-2", L),
    ("mt-02-hockey", "Tractor", 1, EN, "Traktor", C),
    ("mt-02-hockey", "Eastern conference of the Continental hockey league", None, IC,
     "Eastern Conference of the Continental Hockey League", C),
    ("mt-02-hockey", "Tractor", 2, EN, "Traktor", C),
    ("mt-02-hockey", "Tractor", 3, EN, "Traktor", C),
    ("mt-02-hockey", "Red Stone", None, EN, "Krasnokamensk", C, "Краснокаменск"),
    ("mt-02-hockey", "Iron Mountain", None, EN, "Zheleznogorsk", C, "Железногорск"),
    ("mt-02-hockey", "Hockey federation of Russia", None, IC, "Hockey Federation of Russia", C),
    ("mt-02-hockey", "match of stars", None, CAL, "All-Star Game", L),
    # mt-03-mining
    ("mt-03-mining", "concentrating factory", None, CAL, "concentrator", L, "обогатительная фабрика"),
    ("mt-03-mining", "New Ural", 0, EN, "Novouralsk", C, "Новоуральск"),
    ("mt-03-mining", "reported the press service of the governor of the Sverdlovsk region", None, CAL,
     "the Sverdlovsk governor's press service said", L),
    ("mt-03-mining", "New Ural", 1, EN, "Novouralsk", C),
    ("mt-03-mining", "Stone-Uralsky", None, EN, "Kamensk-Uralsky", C, "Каменск-Уральский"),
    ("mt-03-mining", "Ministry of natural resources and ecology of the Russian Federation", None, IC,
     "Ministry of Natural Resources and Ecology", C),
    ("mt-03-mining", "Federal service for supervision in the sphere of nature use", None, IC,
     "Federal Service for Supervision of Natural Resource Use", C),
    ("mt-03-mining", "Northern", "quarry \"Northern\"", EN, "Severny", C, "карьер «Северный»"),
    ("mt-03-mining", "Red Field", None, EN, "Krasnopolye", C, "Краснополье"),
    ("mt-03-mining", "Ural federal university", None, IC, "Ural Federal University", C),
    # mt-04-resort
    ("mt-04-resort", "reported the regional committee for tourism", None, CAL,
     "the regional tourism committee said", L),
    ("mt-04-resort", "Spring", None, EN, "Rodnik", C, "санаторий «Родник»"),
    ("mt-04-resort", "Five Mountains", None, EN, "Pyatigorsk", C, "Пятигорск"),
    ("mt-04-resort", "Birch", None, EN, "Beryozka", C, "«Берёзка»"),
    ("mt-04-resort", "Iron Water", None, EN, "Zheleznovodsk", C, "Железноводск"),
    ("mt-04-resort", "300 thousand", None, DN, "300,000", C),
    ("mt-04-resort", "Stavropol state medical university", None, IC, "Stavropol State Medical University", C),
    ("mt-04-resort", "Russian geographical society", None, IC, "Russian Geographical Society", C),
    ("mt-04-resort", "Sunny Mountain", None, EN, "Solnechnogorsk", C, "Солнечногорск"),
    ("mt-04-resort", "Mineral Waters", "airport of Mineral Waters", EN, "Mineralnye Vody", C),
    # mt-05-navy
    ("mt-05-navy", "Swift", None, EN, "Stremitelny", C, "корвет «Стремительный»"),
    ("mt-05-navy", "Black sea", 0, NC, "Black Sea", C),
    ("mt-05-navy", "Black sea fleet", None, IC, "Black Sea Fleet", C),
    ("mt-05-navy", "unequipped coast", None, CAL, "unprepared shore", L),
    ("mt-05-navy", "Light Mountain", None, EN, "Svetlogorsk", C, "Светлогорск"),
    ("mt-05-navy", "Amber", None, EN, "Yantar", C, "завод «Янтарь»"),
    ("mt-05-navy", "Thunderous", None, EN, "Gremyashchy", C, "корвет «Гремящий»"),
    ("mt-05-navy", "Amur shipbuilding plant", None, IC, "Amur Shipbuilding Plant", C),
    ("mt-05-navy", "Main command of the Navy", None, IC, "Main Command of the Navy", C),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
