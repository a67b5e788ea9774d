"""Gold for eval/blind-pronoun15 (pronouns: Russian grammatical gender carried into he/she/it/its,
reported speech left in the first/second person; plus the other artifacts the texts carry):
a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, C, DN, IC, L, NC, PRO, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    # mt-01-tunnel
    ("mt-01-tunnel", "9 october", None, DN, "9 October", C, "month in lower case"),
    ("mt-01-tunnel", "told journalists the deputy governor of the Krasnodar territory Alexander Ruppel",
     None, CAL, "Alexander Ruppel, deputy governor of the Krasnodar Territory, told journalists", C,
     "сообщил журналистам ... (inverted report)"),
    ("mt-01-tunnel", "He", "He stretches", PRO, "It", C, "тоннель (m) -> он; thing predicate"),
    ("mt-01-tunnel", "His", "His construction", PRO, "Its", C, "его строительство"),
    ("mt-01-tunnel", "our brigades went", None, PRO, "her crews went", L, "по её словам, наши бригады"),
    ("mt-01-tunnel", "It", "It personally", PRO, "She", C, "она (Osokina) -> it"),
    ("mt-01-tunnel", "She", "She is monitored", PRO, "It", C, "she for the tunnel (thing predicate not in the list)"),
    ("mt-01-tunnel", "you will be fined", None, PRO, "they would be fined", L, "reported warning kept 2nd person"),
    # mt-02-aquapark
    ("mt-02-aquapark", "14 june", None, DN, "14 June", C, "month in lower case"),
    ("mt-02-aquapark", "He", "He was designed", PRO, "It", C, "комплекс (m) -> он"),
    ("mt-02-aquapark", "She", "She weighs", PRO, "It", C, "горка (f) -> она"),
    ("mt-02-aquapark", "It", "It thanked", PRO, "He", C, "он (Gabdullin) -> it"),
    ("mt-02-aquapark", "we had to take", None, PRO, "she had had to take", C, "призналась, что мы"),
    ("mt-02-aquapark", "It", "It has worked", PRO, "She", C, "она (Khakimova) -> it"),
    ("mt-02-aquapark", "He", "He was built", PRO, "It", C, "бассейн (m) -> он"),
    # mt-03-rafting
    ("mt-03-rafting", "2 july", None, DN, "2 July", C, "month in lower case"),
    ("mt-03-rafting", "He", "He reaches", PRO, "It", C, "порог (m) -> он"),
    ("mt-03-rafting", "Its", "Its brother", PRO, "His", C, "его брат (Tobokov)"),
    ("mt-03-rafting", "we trained", None, PRO, "they had trained", C, "рассказал, что весной мы"),
    ("mt-03-rafting", "She", "She lasted", PRO, "It", C, "гонка (f) -> она"),
    # mt-04-pelmeni
    ("mt-04-pelmeni", "20 february", None, DN, "20 February", C, "month in lower case"),
    ("mt-04-pelmeni", "the ministry of culture of Udmurtia informed", None, CAL,
     "Udmurtia's Ministry of Culture reported", L, "сообщили в министерстве культуры"),
    ("mt-04-pelmeni", "He", "He lasted", PRO, "It", C, "фестиваль (m) -> он"),
    ("mt-04-pelmeni", "Its", "Its pelmeni", PRO, "Her", C, "её пельмени (Korepanova)"),
    ("mt-04-pelmeni", "in our family", None, PRO, "in her family", C, "сказала, что в нашей семье"),
    ("mt-04-pelmeni", "It", "It learned", PRO, "She", C, "она -> it"),
    ("mt-04-pelmeni", "its", "its grandmother", PRO, "her", C, "своей бабушки"),
    ("mt-04-pelmeni", "He", "He was made", PRO, "It", C, "пельмень (m) -> он"),
    # mt-05-sanatorium
    ("mt-05-sanatorium", "11 november", None, DN, "11 November", C, "month in lower case"),
    ("mt-05-sanatorium", "Stavropol territory", None, NC, "Stavropol Territory", C, "region casing"),
    ("mt-05-sanatorium", "He", "He is located", PRO, "It", C, "санаторий (m) -> он"),
    ("mt-05-sanatorium", "His", "His facade", PRO, "Its", C, "его фасад"),
    ("mt-05-sanatorium", "Its", "Its department", PRO, "Her", L, "её отделение (Danilova's)"),
    ("mt-05-sanatorium", "we will now take", None, PRO, "the sanatorium would now take", C, "добавила, что мы"),
    ("mt-05-sanatorium", "He", "He cost", PRO, "It", C, "ремонт (m) -> он"),
    ("mt-05-sanatorium", "reported the ministry of health of the region", None, CAL,
     "the regional health ministry reported", L, "сообщили в минздраве (inverted report)"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
