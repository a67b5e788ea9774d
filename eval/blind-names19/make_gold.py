"""Gold for eval/blind-names19 (foreign names through Russian, names by meaning without a type noun
the data knew, transliterated leftovers and abbreviations): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, UN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-iceshow", "Dzheyson Braun", "choreographer Dzheyson Braun", EN, "Jason Brown", C, "American Джейсон Браун"),
    ("mt-01-iceshow", "Kheyli Robertson", "Kheyli Robertson", EN, "Hayley Robertson", C, "British Хейли Робертсон"),
    ("mt-01-iceshow", "Braun", "hours,\" Braun said", EN, "Brown", L, "the surname alone, later"),
    ("mt-01-iceshow", "Shon O'Konnor", "Shon O'Konnor", EN, "Sean O'Connor", C, "Irish Шон О'Коннор"),
    ("mt-02-sewage", "KOS", "the KOS in", UN, "sewage treatment plant", C, "КОС"),
    ("mt-02-sewage", "Clean Water", "company Clean Water", EN, "Chistaya Voda", L, "компания «Чистая вода»"),
    ("mt-02-sewage", "KNS-3", "KNS-3", UN, "pumping station No. 3", C, "КНС-3"),
    ("mt-02-sewage", "VOS", "the VOS of", UN, "water treatment plant", C, "ВОС"),
    ("mt-03-library", "skazka", "skazka", UN, "fairy tale", C, "сказка"),
    ("mt-03-library", "geroi", "geroi", UN, "heroes", C, "герои"),
    ("mt-03-library", "podarok", "podarok", UN, "gift", C, "подарок"),
    ("mt-03-library", "kniga", "kniga", UN, "Book", C, "Год книги"),
    ("mt-03-library", "pech", "pech", UN, "stove", C, "печь"),
    ("mt-04-catshelter", "Fluffy Paw", "Fluffy Paw", EN, "Pushistaya Lapa", L, "приют «Пушистая лапа»"),
    ("mt-04-catshelter", "Kind Hands", "Kind Hands", EN, "Dobrye Ruki", L, "«Добрые руки»"),
    ("mt-04-catshelter", "Loyal Heart", "Loyal Heart", EN, "Vernoye Serdtse", L, "«Верное сердце»"),
    ("mt-04-catshelter", "Healthy Pet", "Healthy Pet", EN, "Zdorovy Pitomets", L, "«Здоровый питомец»"),
    ("mt-04-catshelter", "Good Deeds", "Good Deeds", EN, "Dobrye Dela", L, "фонд «Добрые дела»"),
    ("mt-04-catshelter", "Lake Round", "Lake Round", EN, "Lake Krugloye", L, "озеро Круглое"),
    ("mt-05-hiking", "Mount Bald", "Mount Bald", EN, "Mount Lysaya", L, "гора Лысая"),
    ("mt-05-hiking", "Eagle's Nest", "Eagle's Nest", EN, "Orlinoye Gnezdo", L, "смотровая площадка «Орлиное гнездо»"),
    ("mt-05-hiking", "Green Patrol", "Green Patrol", EN, "Zelyony Patrul", L, "движение «Зелёный патруль»"),
    ("mt-05-hiking", "Taiga Corner", "Taiga Corner", EN, "Tayozhny Ugolok", L, "турбаза «Таёжный уголок»"),
    ("mt-05-hiking", "Yurgen Vagner", "Yurgen Vagner", EN, "Jürgen Wagner", C, "German Юрген Вагнер"),
    ("mt-06-brewery", "Old Mill", "Old Mill", EN, "Staraya Melnitsa", L, "пивоварня «Старая мельница»"),
    ("mt-06-brewery", "Mikhael Khuber", "Mikhael Khuber", EN, "Michael Huber", C, "Austrian Михаэль Хубер"),
    ("mt-06-brewery", "solod", "solod", UN, "malt", C, "солод"),
    ("mt-06-brewery", "khmel", "khmel", UN, "hops", C, "хмель"),
    ("mt-06-brewery", "Gregori Kholl", "Gregori Kholl", EN, "Gregory Hall", C, "American Грегори Холл"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
