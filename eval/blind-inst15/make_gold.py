"""Gold for eval/blind-inst15 (Russian official names in the Russian order and lower case, title
appositions before a name): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, IC, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-archery", "The head of the republican federation of archery Dorzho Tsyrenov",
     "The head of the republican federation of archery Dorzho Tsyrenov", CAL,
     "Dorzho Tsyrenov, head of the republic's archery federation,", L, "глава ... Имя: title apposition"),
    ("mt-01-archery", "Buryat state university", "base of Buryat state university", IC, "Buryat State University", C,
     "place-opened name"),
    ("mt-01-archery", "federation of archery of the Republic of Buryatia", "federation of archery of the Republic",
     IC, "Archery Federation of the Republic of Buryatia", C, "type noun of field of place"),
    ("mt-01-archery", "committee of youth affairs of Ulan-Ude", "committee of youth affairs", IC,
     "Ulan-Ude Committee for Youth Affairs", L, "field + bare place"),
    ("mt-01-archery", "1,2 million roubles", "1,2 million", DN, "1.2 million roubles", C, "decimal comma"),
    ("mt-01-archery", "ministry of sport of the republic", "ministry of sport of the republic", IC,
     "Ministry of Sport of the Republic", L, "ministry; tail without a name"),
    ("mt-02-avalanche", "The chief of the Kirovsk search and rescue detachment Vasily Orlov",
     "The chief of the Kirovsk search", CAL, "Vasily Orlov, head of the Kirovsk search and rescue detachment,", L,
     "title apposition"),
    ("mt-02-avalanche", "told that", "Orlov told that", CAL, "said that", L, "рассказал, что"),
    ("mt-02-avalanche", "centre of avalanche safety", "centre of avalanche safety", IC, "Avalanche Safety Centre", L,
     "type noun of field, owner tail"),
    ("mt-02-avalanche", "directorate of specially protected natural areas of the Murmansk region",
     "directorate of specially protected", IC,
     "Directorate of Specially Protected Natural Areas of the Murmansk Region", C, "participle field + place"),
    ("mt-02-avalanche", "Murmansk arctic university", "Murmansk arctic university", IC, "Murmansk Arctic University",
     C, "place-opened name"),
    ("mt-03-icesculpture", "department of culture and youth policy of Perm", "department of culture and youth", IC,
     "Perm Department of Culture and Youth Policy", C, "field + bare place"),
    ("mt-03-icesculpture", "The art director of the festival Igor Volkov", "The art director of the festival", CAL,
     "The festival's art director, Igor Volkov,", L, "title apposition"),
    ("mt-03-icesculpture", "Perm state institute of culture", "Perm state institute", IC,
     "Perm State Institute of Culture", C, "place-opened name + field"),
    ("mt-03-icesculpture", "department of city improvement", "department of city improvement", IC,
     "Department of City Improvement", C, "Russian administrative field"),
    ("mt-03-icesculpture", "Perm academic theatre of opera and ballet", "Perm academic theatre", IC,
     "Perm Academic Opera and Ballet Theatre", C, "place-opened name + field"),
    ("mt-03-icesculpture", "on 12% more", "on 12% more", DN, "12% more", C, "на 12% больше"),
    ("mt-04-fencing", "school of olympic reserve", "school of olympic reserve", IC, "Olympic Reserve School", L,
     "СШОР"),
    ("mt-04-fencing", "federation of fencing of the Novosibirsk region", "federation of fencing", IC,
     "Fencing Federation of the Novosibirsk Region", C, "type noun of field of place"),
    ("mt-04-fencing", "Novosibirsk state technical university", "Novosibirsk state technical", IC,
     "Novosibirsk State Technical University", C, "place-opened name"),
    ("mt-04-fencing", "The president of the regional federation Elena Sokolova",
     "The president of the regional federation", CAL, "Regional federation president Elena Sokolova", L,
     "title apposition"),
    ("mt-04-fencing", "department of physical culture and sport of Novosibirsk", "department of physical culture",
     IC, "Novosibirsk Department of Physical Culture and Sport", C, "field + bare place"),
    ("mt-04-fencing", "accept the all-Russian competitions", "accept the all-Russian", CAL,
     "host national competitions", L, "принимать всероссийские соревнования"),
    ("mt-04-fencing", "Siberian state university of physical culture", "Siberian state university", IC,
     "Siberian State University of Physical Culture", C, "place-opened name + field"),
    ("mt-04-fencing", "are engaged in fencing", "are engaged in fencing", CAL, "do fencing", L, "занимаются фехтованием"),
    ("mt-05-lakecleanup", "committee of external improvement of Kazan", "committee of external improvement", IC,
     "Kazan Committee for External Improvement", C, "Russian administrative field + bare place"),
    ("mt-05-lakecleanup", "1,3 billion roubles", "1,3 billion", DN, "1.3 billion roubles", C, "decimal comma"),
    ("mt-05-lakecleanup", "Kazan state university of architecture and construction", "Kazan state university", IC,
     "Kazan State University of Architecture and Construction", C, "place-opened name + field"),
    ("mt-05-lakecleanup", "department of housing and communal services of the Vakhitovsky district",
     "department of housing and communal", IC,
     "Department of Housing and Communal Services of the Vakhitovsky District", C, "field + district tail"),
    ("mt-05-lakecleanup", "The head of the laboratory of the institute of ecology Rustam Gilyazov",
     "The head of the laboratory of the institute", CAL,
     "Rustam Gilyazov, head of the laboratory at the Institute of Ecology,", L, "title apposition"),
    ("mt-05-lakecleanup", "federation of rowing of the Republic of Tatarstan", "federation of rowing", IC,
     "Rowing Federation of the Republic of Tatarstan", C, "type noun of field of place"),
]

# a context shorter than its span is the span itself (each occurs once in its doc)
ROWS = [(d, t, t if t not in ctx else ctx, *rest) for d, t, ctx, *rest in ROWS]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
