"""Gold for eval/blind-foreign14 (names and abbreviations left in their Russian shape): a table,
offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, UN, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-organfest", "Yoakhim Vaygel", None, EN, "Joachim Weigel", L, "German name via Russian"),
    ("mt-01-organfest", "Irzhina Svobodova", None, EN, "Jiřina Svobodová", L, "Czech name via Russian"),
    ("mt-01-organfest", "Zhan-Batist Lefevr", None, EN, "Jean-Baptiste Lefèvre", L, "French name via Russian"),
    ("mt-01-organfest", "Kadzuki Yamada", None, EN, "Kazuki Yamada", L, "Japanese name in Polivanov spelling"),
    ("mt-01-organfest", "DShI", None, UN, "children's art school", L, "ДШИ"),
    ("mt-01-organfest", "Aleksander Shuke", None, EN, "Alexander Schuke", L, "German firm via Russian"),
    ("mt-02-trout", "Fyordtek", None, EN, "Fjordtek", L, "Norwegian firm via Russian"),
    ("mt-02-trout", "Kyell Khaugen", None, EN, "Kjell Haugen", L, "Norwegian name via Russian"),
    ("mt-02-trout", "KFKh", None, UN, "farm", L, "КФХ"),
    ("mt-02-trout", "Yukka Laytinen", None, EN, "Jukka Laitinen", L, "Finnish name via Russian"),
    ("mt-02-trout", "vakhta", None, UN, "rotation", L, "вахта"),
    ("mt-03-porcelain", "Ishtvan Kovach", None, EN, "István Kovács", L, "Hungarian name via Russian"),
    ("mt-03-porcelain", "Gyulsyum Seramik", None, EN, "Gülsüm Seramik", L, "Turkish firm via Russian"),
    ("mt-03-porcelain", "SMR", None, UN, "construction work", L, "СМР"),
    ("mt-03-porcelain", "Khuan Karlos Ortis", None, EN, "Juan Carlos Ortiz", L, "Spanish name via Russian"),
    ("mt-04-pitch", "Khendriks Gras", None, EN, "Hendriks Gras", L, "Dutch firm via Russian"),
    ("mt-04-pitch", "Piter", None, EN, "Pieter", L, "Dutch first name via Russian"),
    ("mt-04-pitch", "Khose Antonio Gerrero", None, EN, "José Antonio Guerrero", L, "Spanish name via Russian"),
    ("mt-04-pitch", "FOK", None, UN, "sports centre", L, "ФОК"),
    ("mt-04-pitch", "NMTs", None, UN, "initial maximum price", L, "НМЦ"),
    ("mt-04-pitch", "Mateush Vuytsik", None, EN, "Mateusz Wójcik", L, "Polish name via Russian"),
    ("mt-05-library", "Yaan Tynisson", None, EN, "Jaan Tõnisson", L, "Estonian name via Russian"),
    ("mt-05-library", "MBUK", None, UN, "municipal culture institution", L, "МБУК"),
    ("mt-05-library", "Yustinas Martsinkyavichyus", None, EN, "Justinas Marcinkevičius", L,
     "Lithuanian name via Russian"),
    ("mt-05-library", "pensionerki", None, UN, "pensioners", L, "пенсионерки"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
