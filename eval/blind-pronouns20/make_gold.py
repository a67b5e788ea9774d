"""Gold for eval/blind-pronouns20 (pronouns: "it" for a person whose antecedent is the clause or
sentence before, "he"/"she" for a thing by the Russian noun's gender, reported speech left in the
first or second person): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
Reported clauses are marked whole, to the end of the reported clause.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, PRO, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-firewatch", "fire-dangerous season", "fire-dangerous season", CAL, "fire season", C, "пожароопасный сезон"),
    ("mt-01-firewatch", "reported the regional forestry department", "reported the regional forestry department",
     CAL, "the regional forestry department reported", L, "сообщили в департаменте"),
    ("mt-01-firewatch", "She", "She was built in 1968", PRO, "It", C, "вышка (f.) -> она"),
    ("mt-01-firewatch", "It", "It says that from the top", PRO, "She", C, "она (Shubina) -> it"),
    ("mt-01-firewatch", "It", "It sent a request", PRO, "He", C, "он (Lobanov) -> it; the district between"),
    ("mt-01-firewatch", "It", "It added that the towers", PRO, "He", C, "он (lobanov, lower-cased) -> it"),
    ("mt-01-firewatch", "I see every column of smoke earlier than the planes from the district centre", None, PRO,
     "she sees every column of smoke before the planes from the district centre do", L, "объяснила, что я вижу"),
    ("mt-01-firewatch", "you cannot make fires in the forest until the end of the season", None, PRO,
     "fires may not be lit in the forest until the end of the season", L, "напоминает, что нельзя / вы не можете"),
    ("mt-02-knitting", "told the director of the library Tatiana Meshcheryakova",
     "told the director of the library Tatiana Meshcheryakova", CAL,
     "library director Tatiana Meshcheryakova said", L, "рассказала директор"),
    ("mt-02-knitting", "She", "She was delivered from Ivanovo", PRO, "It", C, "машина (f.) -> она"),
    ("mt-02-knitting", "It", "It has knitted since childhood", PRO, "She", C, "она (Rodina) -> it"),
    ("mt-02-knitting", "we want every child in the home to get warm socks and mittens before the frosts", None, PRO,
     "the club wants every child in the home to get warm socks and mittens before the frosts", L,
     "отметила, что мы хотим"),
    ("mt-02-knitting", "I knit two socks a day, and my neighbours bring me the old sweaters for the yarn", None, PRO,
     "she knits two socks a day, and her neighbours bring her old sweaters for the yarn", L, "сказала, что я вяжу"),
    ("mt-02-knitting", "you can bring yarn to the library on any weekday", None, PRO,
     "yarn can be brought to the library on any weekday", L, "информируют, что вы можете"),
    ("mt-03-stovemakers", "She", "She has a bench", PRO, "It", C, "печь (f.) -> она"),
    ("mt-03-stovemakers", "she", "she heats a house", PRO, "it", C, "печь (f.) -> она"),
    ("mt-03-stovemakers", "she", "she was built in 1911", PRO, "it", C, "печь (f.) -> она"),
    ("mt-03-stovemakers", "It", "It handed the winners", PRO, "He", C, "он (Vlasov) -> it; the masters between"),
    ("mt-03-stovemakers", "we do not have enough clay of good quality in the district", None, PRO,
     "there is not enough good clay in the district", L, "объяснил, что у нас нет"),
    ("mt-03-stovemakers", "we lose orders in winter because the clay freezes", None, PRO,
     "they lose orders in winter because the clay freezes", L, "говорят, что мы теряем"),
    ("mt-03-stovemakers", "He", "He was cleaned by the volunteers", PRO, "It", C, "дымоход (m.) -> он"),
    ("mt-04-riverbus", "reported the press service of the regional ministry of transport",
     "reported the press service of the regional ministry of transport", CAL,
     "the regional transport ministry's press service reported", L, "сообщила пресс-служба"),
    ("mt-04-riverbus", "She", "She was repaired in the winter", PRO, "It", C, "лодка (f.) -> она"),
    ("mt-04-riverbus", "It", "It says that the water", PRO, "He", C, "он (Tuzov) -> it"),
    ("mt-04-riverbus", "was late for 20 minutes", "was late for 20 minutes", CAL, "was 20 minutes late", C,
     "опоздал на 20 минут"),
    ("mt-04-riverbus", "he", "he was damaged by ice", PRO, "it", C, "понтон (m.) -> он"),
    ("mt-04-riverbus", "It", "It promised that", PRO, "He", C, "он (tuzov, lower-cased) -> it"),
    ("mt-04-riverbus", "you can buy a ticket only on board", None, PRO,
     "tickets can be bought only on board", L, "напоминает, что вы можете"),
    ("mt-04-riverbus", "we take bicycles on board at no charge", None, PRO,
     "the crew takes bicycles on board free of charge", L, "сказал, что мы берём"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
