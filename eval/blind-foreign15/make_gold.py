"""Gold for eval/blind-foreign15 (foreign names that reached English through a Russian spelling,
and Russian firm, farm and club names translated word by word after their type noun; category
entity-mistranslation): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-robotics", "Ivan Khorvat", None, EN, "Ivan Horvat", C, "Croatian Иван Хорват"),
    ("mt-01-robotics", "Andrey Popesku", None, EN, "Andrei Popescu", C, "Romanian Андрей Попеску"),
    ("mt-01-robotics", "Mads Yorgensen", None, EN, "Mads Jørgensen", C, "Danish Мадс Йоргенсен"),
    ("mt-01-robotics", "Yorgensen", "According to Yorgensen", EN, "Jørgensen", C, "later mention"),
    ("mt-01-robotics", "Smart Mechanics", None, EN, "Umnaya Mekhanika", L, "компания «Умная механика»"),
    ("mt-02-dogsled", "Kristian Khaugland", None, EN, "Kristian Haugland", C, "Norwegian Кристиан Хаугланд"),
    ("mt-02-dogsled", "Dzheyson Makkenzi", None, EN, "Jason McKenzie", C, "American Джейсон Маккензи"),
    ("mt-02-dogsled", "Northern Wind", None, EN, "Severny Veter", L, "питомник «Северный ветер»"),
    ("mt-03-lavender", "Lilac Hills", None, EN, "Sirenevye Kholmy", L, "хозяйство «Сиреневые холмы»"),
    ("mt-03-lavender", "Piter Vermelen", None, EN, "Pieter Vermeulen", C, "Belgian Питер Вермёлен"),
    ("mt-03-lavender", "Zhoze Karlus Almeyda", None, EN, "José Carlos Almeida", C, "Brazilian Жозе Карлус Алмейда"),
    ("mt-03-lavender", "Crimean Rose", None, EN, "Krymskaya Roza", L, "парфюмерная фабрика «Крымская роза»"),
    ("mt-04-balloons", "Blue Sky", None, EN, "Goluboye Nebo", L, "клуб воздухоплавателей «Голубое небо»"),
    ("mt-04-balloons", "Yurg Bryukner", None, EN, "Jürg Brückner", C, "Swiss Юрг Брюкнер"),
    ("mt-04-balloons", "Yanez Novak", None, EN, "Janez Novak", C, "Slovenian Янез Новак"),
    ("mt-04-balloons", "Khavyer Ernandes", None, EN, "Javier Hernández", C, "Mexican Хавьер Эрнандес"),
    ("mt-05-tunnel", "Verner Gruber", None, EN, "Werner Gruber", C, "Austrian Вернер Грубер"),
    ("mt-05-tunnel", "Sigurdur Yonsson", None, EN, "Sigurður Jónsson", C, "Icelandic Сигурдур Йонссон"),
    ("mt-05-tunnel", "Southern Tunnel", None, EN, "Yuzhny Tonnel", L, "компания «Южный тоннель»"),
    ("mt-05-tunnel", "Mountain Roads", None, EN, "Gornye Dorogi", L, "холдинг «Горные дороги»"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
