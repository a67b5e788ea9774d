"""Gold for eval/blind-names20 (Russian proper names rendered by meaning or as common English words:
firms, farms, ensembles, caves, lakes, airfields, outlets, anglicised first names), category
entity-mistranslation: a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-banya", "Siberian Steam", None, EN, "Sibirsky Par", L, "компания «Сибирский пар»"),
    ("mt-01-banya", "Birch Grove", None, EN, "Beryozovaya Roshcha", L, "хозяйство «Берёзовая роща»"),
    ("mt-01-banya", "Irtysh Honey", None, EN, "Irtyshsky Myod", L, "компания «Иртышский мёд»"),
    ("mt-01-banya", "Scarlet Dawn", None, EN, "Alaya Zarya", L, "ансамбль «Алая заря»"),
    ("mt-01-banya", "Helen", None, EN, "Yelena", L, "Елена Сазонова"),
    ("mt-02-caves", "Silent Cave", None, EN, "Tikhaya Cave", L, "Тихая пещера"),
    ("mt-02-caves", "Gregory", None, EN, "Grigory", L, "Григорий Марков"),
    ("mt-02-caves", "Northern Trail", None, EN, "Severnaya Tropa", L, "туроператор «Северная тропа»"),
    ("mt-02-caves", "Bride's Veil", None, EN, "Fata Nevesty", L, "водопад «Фата невесты»"),
    ("mt-02-caves", "Sugar Gorge", None, EN, "Sakharnoye Gorge", L, "Сахарное ущелье"),
    ("mt-02-caves", "White Key", None, EN, "Bely Klyuch", L, "озеро Белый Ключ"),
    ("mt-03-pottery", "Clay Toy", None, EN, "Glinyanaya Igrushka", L, "мастерская «Глиняная игрушка»"),
    ("mt-03-pottery", "Russian Souvenir", None, EN, "Russky Suvenir", L, "магазин «Русский сувенир»"),
    ("mt-03-pottery", "Paul", None, EN, "Pavel", L, "Павел Ермаков"),
    ("mt-03-pottery", "Dry Ravine", None, EN, "Sukhoi Ovrag", L, "деревня Сухой Овраг"),
    ("mt-03-pottery", "Ryazan Statements", None, EN, "Ryazanskiye Vedomosti", L, "газета «Рязанские ведомости»"),
    ("mt-04-airfield", "Sky Falcon", None, EN, "Nebesny Sokol", L, "аэроклуб «Небесный сокол»"),
    ("mt-04-airfield", "Swallow", None, EN, "Lastochka", L, "аэродром «Ласточка»"),
    ("mt-04-airfield", "Nicholas", None, EN, "Nikolai", L, "Николай Зотов"),
    ("mt-04-airfield", "Kaluga Wings", None, EN, "Kaluzhskiye Krylya", L, "компания «Калужские крылья»"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
