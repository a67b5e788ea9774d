"""Gold for eval/blind-pronoun18 (pronouns for things and persons on real-MT constructions,
category pronoun; the datelines and inverted attributions of the same texts are marked too):
a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, IC, PRO, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-sturgeon", "14 june", "14 june", DN, "14 June", C, "lowercased month"),
    ("mt-01-sturgeon", "reported the press service of the Volga-Caspian branch of the Federal Agency for Fisheries",
     "reported the press service of the Volga-Caspian branch of the Federal Agency for Fisheries", CAL,
     "the press service of the Volga-Caspian branch of the Federal Agency for Fisheries said", L,
     "inverted attribution"),
    ("mt-01-sturgeon", "he", "in 2023 he received", PRO, "it", C, "рыбзавод (m.) -> он"),
    ("mt-01-sturgeon", "It", "It noted that the wild", PRO, "He", C, "он (Gaifullin) -> it"),
    ("mt-01-sturgeon", "Its", "Its colleagues", PRO, "His", C, "его коллеги"),
    ("mt-01-sturgeon", "he", "besides, he may be punished", PRO, "the poacher", L,
     "ему (нарушителю) грозит: no antecedent"),
    ("mt-01-sturgeon", "He", "He unites 40 pupils", PRO, "It", C, "клуб (m.) -> он"),
    ("mt-01-sturgeon", "if you see nets in a spawning river, you should inform",
     "if you see nets in a spawning river, you should inform", PRO,
     "anyone who sees nets in a spawning river should inform", L, "reported instruction to readers"),
    ("mt-02-windmill", "3 september", "3 september", DN, "3 September", C, "lowercased month"),
    ("mt-02-windmill", "the regional ministry of culture informed", "the regional ministry of culture informed",
     CAL, "the regional ministry of culture said", L, "informed without an object"),
    ("mt-02-windmill", "Her", "Her wings", PRO, "Its", C, "мельница (f.) -> её"),
    ("mt-02-windmill", "It", "It said that the most", PRO, "He", C, "он (Loginov) -> it"),
    ("mt-02-windmill", "he", "he is made of one trunk", PRO, "it", C, "вал (m.) -> он"),
    ("mt-02-windmill", "her", "her flour", PRO, "its", L, "её (мельницы) мука"),
    ("mt-02-windmill", "He", "He was received", PRO, "It", C, "грант (m.) -> он"),
    ("mt-03-dredging", "20 may", "20 may", DN, "20 May", C, "lowercased month"),
    ("mt-03-dredging", "reported the administration of the Lena basin of inland waterways",
     "reported the administration of the Lena basin of inland waterways", CAL,
     "the administration of the Lena basin of inland waterways said", L, "inverted attribution"),
    ("mt-03-dredging", "his", "his dredging pump", PRO, "its", C, "земснаряд (m.) -> его"),
    ("mt-03-dredging", "It", "It noted that the water", PRO, "He", C, "он (Argunov) -> it"),
    ("mt-03-dredging", "Argunov told that", "Argunov told that", CAL, "Argunov said that", L, "told without an object"),
    ("mt-03-dredging", "we lost up to ten days", "we lost up to ten days", PRO, "they had lost up to ten days", L,
     "reported speech in the first person"),
    ("mt-03-dredging", "he", "otherwise he will not reach", PRO, "it", C, "завоз (m.) -> он"),
    ("mt-03-dredging", "he", "so he does not need", PRO, "it", C, "буй (m.) -> он"),
    ("mt-03-dredging", "if you find a buoy on the shore, you can bring",
     "if you find a buoy on the shore, you can bring", PRO,
     "anyone who finds a buoy on the shore can bring", L, "reported instruction to readers"),
    ("mt-04-incinerator", "11 november", "11 november", DN, "11 November", C, "lowercased month"),
    ("mt-04-incinerator", "informed the press service of the investor", "informed the press service of the investor",
     CAL, "the investor's press service said", L, "inverted attribution"),
    ("mt-04-incinerator", "He", "He was built in four years", PRO, "It", C, "завод (m.) -> он"),
    ("mt-04-incinerator", "she", "so she destroys", PRO, "it", C, "печь (f.) -> она"),
    ("mt-04-incinerator", "It", "It stressed", PRO, "She", C, "она (Mingazova) -> it"),
    ("mt-04-incinerator", "Its", "Its deputy", PRO, "Her", C, "её заместитель"),
    ("mt-04-incinerator", "Her", "Her leader", PRO, "Its", C, "группа (f.) -> её"),
    ("mt-04-incinerator", "we will demand an independent examination", "we will demand an independent examination",
     PRO, "they would demand an independent examination", L, "reported speech in the first person"),
    ("mt-04-incinerator", "She", "She measures the air", PRO, "It", C, "станция (f.) -> она"),
    ("mt-05-sambo", "8 december", "8 december", DN, "8 December", C, "lowercased month"),
    ("mt-05-sambo", "reported the federation of sambo of Kabardino-Balkaria",
     "reported the federation of sambo of Kabardino-Balkaria", CAL,
     "the Sambo Federation of Kabardino-Balkaria said", L, "inverted attribution, institution lowercased"),
    ("mt-05-sambo", "he", "he has two halls", PRO, "it", C, "дворец (m.) -> он"),
    ("mt-05-sambo", "It", "It won all five fights", PRO, "He", C, "он (Tkhakakhov) -> it"),
    ("mt-05-sambo", "it", "In the final it threw", PRO, "he", C, "он -> it"),
    ("mt-05-sambo", "Its", "Its father is", PRO, "His", C, "его отец"),
    ("mt-05-sambo", "my knee hurt before the final", "my knee hurt before the final", PRO,
     "his knee had hurt before the final", L, "reported speech in the first person"),
    ("mt-05-sambo", "his", "his weight is 4 kilograms", PRO, "its", C, "кубок (m.) -> его"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, distinct_spans=True, plain_controls=True))
