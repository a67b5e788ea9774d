"""Gold for the held-out set blind-entity7 (entity names by meaning and institution casing on five
beats entity7 did not study: volleyball, ski tourism, dairy farming, banking, regional aviation; one
English-written control).

Run:  python make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl and checks it with eval/goldkit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, EN, IC, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    # mt-01-volleyball
    ("mt-01-volleyball", "Zenith", 0, EN, "Zenit", C, "Зенит-Казань"),
    ("mt-01-volleyball", "Zenith", 1, EN, "Zenit", C, "Зенит"),
    ("mt-01-volleyball", "Super league", None, IC, "Super League", C, "Суперлига"),
    ("mt-01-volleyball", "told journalists the head coach of the Kazan club Alexei Verbov", None, CAL, "Kazan head coach Alexei Verbov told journalists", L, "inverted attribution"),
    ("mt-01-volleyball", "Locomotive", 0, EN, "Lokomotiv", C, "Локомотив Новосибирск"),
    ("mt-01-volleyball", "Locomotive", 1, EN, "Lokomotiv", C, "Локомотив"),
    ("mt-01-volleyball", "Saint Petersburg sports complex", None, IC, "Saint Petersburg Sports Complex", L, "СК «Санкт-Петербург»"),
    ("mt-01-volleyball", "All-Russian volleyball federation", None, IC, "All-Russian Volleyball Federation", C, "Всероссийская федерация волейбола"),
    # mt-02-skiresort
    ("mt-02-skiresort", "Mountain Air", 0, EN, "Gorny Vozdukh", C, "Горный воздух"),
    ("mt-02-skiresort", "Mountain Air", 1, EN, "Gorny Vozdukh", C, "Горный воздух"),
    ("mt-02-skiresort", "said the general director of the resort Sergei Maslov", None, CAL, "resort general director Sergei Maslov said", L, "inverted attribution"),
    ("mt-02-skiresort", "Red Glade", None, EN, "Krasnaya Polyana", C, "Красная Поляна"),
    ("mt-02-skiresort", "Snowflake", None, EN, "Snezhinka", C, "Снежинка"),
    ("mt-02-skiresort", "Federal agency for tourism", None, IC, "Federal Agency for Tourism", C, "Ростуризм"),
    # mt-03-dairy
    ("mt-03-dairy", "Friendship", 0, EN, "Druzhba", C, "агрофирма Дружба"),
    ("mt-03-dairy", "Friendship", 1, EN, "Druzhba", C, "Дружба"),
    ("mt-03-dairy", "Ministry of agriculture and food", None, IC, "Ministry of Agriculture and Food", C, "Минсельхозпрод"),
    ("mt-03-dairy", "said the director of the enterprise Rustem Khairullin", None, CAL, "the company's director Rustem Khairullin said", L, "inverted attribution"),
    ("mt-03-dairy", "has grown twice", None, CAL, "has doubled", L, "выросли в два раза"),
    ("mt-03-dairy", "Path of Lenin", None, EN, "Put Lenina", C, "колхоз Путь Ленина"),
    # mt-04-banks
    ("mt-04-banks", "Central bank of Russia", None, IC, "Central Bank of Russia", C, "Центральный банк"),
    ("mt-04-banks", "The Savings Bank", None, EN, "Sber", C, "Сбербанк"),
    ("mt-04-banks", "Discovery", None, EN, "Otkritie", C, "Открытие"),
    ("mt-04-banks", "said the chief analyst of the bank Vanguard Dmitry Kuzmin", None, CAL, "Avangard chief analyst Dmitry Kuzmin said", L, "inverted attribution"),
    ("mt-04-banks", "Vanguard", None, EN, "Avangard", C, "банк Авангард"),
    ("mt-04-banks", "The Post Bank", None, EN, "Pochta Bank", C, "Почта Банк"),
    ("mt-04-banks", "Central bank", 1, IC, "Central Bank", C, "ЦБ"),
    # mt-05-airline
    ("mt-05-airline", "Northern Wind", 0, EN, "Nordwind", C, "Северный ветер"),
    ("mt-05-airline", "Northern Wind", 1, EN, "Nordwind", C, "Северный ветер"),
    ("mt-05-airline", "Peaceful", 0, EN, "Mirny", C, "Мирный"),
    ("mt-05-airline", "Peaceful", 1, EN, "Mirny", C, "Мирный"),
    ("mt-05-airline", "is twice higher than", None, CAL, "is twice", L, "в два раза выше"),
    ("mt-05-airline", "said the deputy minister of transport of the republic Nikolai Popov", None, CAL, "the republic's deputy transport minister Nikolai Popov said", L, "inverted attribution"),
    ("mt-05-airline", "Ministry of transport and road facilities", None, IC, "Ministry of Transport and Road Facilities", C, "Минтранс Якутии"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
