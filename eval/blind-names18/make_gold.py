"""Gold for eval/blind-names18 (names translated by meaning and foreign names and brands that came back
through Russian, category entity-mistranslation): a table, offsets by exact search.

Written by ent18 (session 18) after its detector work, on beats no eval set had used (trampoline park,
self-service car washes, a sausage line, a bowling tournament, a regatta), with members of the kind the
work did NOT build for: heads outside the data (tournament, regatta, exhibition, the yacht "Seagull"),
bare mentions with no head ("Flying Squirrel opened"), words outside the name-word table, a brand and
a Polish yard missing from the brand table (Handtmann, Delphia), a Chinese firm in Palladius.
Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, C, L, run

SET_DIR = Path(__file__).resolve().parent
M = "name rendered by meaning"
R = "name or brand back-transliterated through Russian"
ROWS = [
    ("mt-01-trampoline", "Flying Squirrel", "trampoline park Flying Squirrel", EN, "Letyaga", L, M),
    ("mt-01-trampoline", "Jump Time", "LLC Jump Time", EN, "Vremya Pryzhka", L, M),
    ("mt-01-trampoline", "Flying Squirrel", "Flying Squirrel opened", EN, "Letyaga", L, M + " (bare)"),
    ("mt-01-trampoline", "Silver Ring", "shopping centre Silver Ring", EN, "Serebryanoye Koltso", L, M),
    ("mt-01-trampoline", "Tyanshan Sport", "Tyanshan Sport", EN, "Tianshan Sport", L, R + " (Palladius)"),
    ("mt-01-trampoline", "Kangaroo Land", "Kangaroo Land", EN, "Strana Kenguru", L, M + " (bare)"),
    ("mt-02-carwash", "Clean Wheel", "car washes Clean Wheel", EN, "Chistoye Koleso", L, M),
    ("mt-02-carwash", "Kerkher", "company Kerkher", EN, "Kärcher", C, R),
    ("mt-02-carwash", "Blue Drop", "chain Blue Drop", EN, "Golubaya Kaplya", L, M),
    ("mt-02-carwash", "Southern Star", "holding Southern Star", EN, "Yuzhnaya Zvezda", L, M),
    ("mt-02-carwash", "Green Quarter", "developer Green Quarter", EN, "Zelyony Kvartal", L, M),
    ("mt-02-carwash", "Khavejl", "dealers of Khavejl", EN, "Haval", C, R),
    ("mt-02-carwash", "Dzheims Uilson", "Dzheims Uilson", EN, "James Wilson", L, R),
    ("mt-03-sausage", "Ural Meadows", "plant Ural Meadows", EN, "Uralskiye Luga", L, M),
    ("mt-03-sausage", "Khandtmann", "firm Khandtmann", EN, "Handtmann", C, R),
    ("mt-03-sausage", "Merry Basket", "chain Merry Basket", EN, "Vesyolaya Korzinka", L, M),
    ("mt-03-sausage", "Sunny Valley", "complex Sunny Valley", EN, "Solnechnaya Dolina", L, M),
    ("mt-03-sausage", "Ural meadows", "\"Ural meadows\"", EN, "Uralskiye Luga", L, M + " (quoted, sentence case)"),
    ("mt-03-sausage", "Mattias Myuller", "Mattias Myuller", EN, "Matthias Müller", L, R),
    ("mt-03-sausage", "Tasty Urals", "exhibition Tasty Urals", EN, "Vkusny Ural", L, M),
    ("mt-04-bowling", "Silver Pin", "tournament Silver Pin", EN, "Serebryanaya Kegla", L, M),
    ("mt-04-bowling", "Lucky Ball", "bowling centre Lucky Ball", EN, "Schastlivy Shar", L, M),
    ("mt-04-bowling", "Kazan Capital", "bank Kazan Capital", EN, "Kazansky Kapital", L, M),
    ("mt-04-bowling", "Dzhason Belmonte", "Dzhason Belmonte", EN, "Jason Belmonte", C, R),
    ("mt-04-bowling", "Lucky Ball", "lanes of Lucky Ball", EN, "Schastlivy Shar", L, M + " (bare)"),
    ("mt-04-bowling", "Victory", "sports complex Victory", EN, "Pobeda", L, M),
    ("mt-05-yacht", "Onega Sail", "regatta Onega Sail", EN, "Onezhsky Parus", L, M),
    ("mt-05-yacht", "Northern Wind", "yacht Northern Wind", EN, "Severny Veter", L, M),
    ("mt-05-yacht", "Wave", "yacht club Wave", EN, "Volna", L, M),
    ("mt-05-yacht", "Seagull", "yacht Seagull", EN, "Chaika", L, M),
    ("mt-05-yacht", "Onega Shipbuilder", "shipyard Onega Shipbuilder", EN, "Onezhsky Sudostroitel", L, M),
    ("mt-05-yacht", "Karelian Coast", "complex Karelian Coast", EN, "Karelsky Bereg", L, M),
    ("mt-05-yacht", "Mikko Kheikkinen", "Mikko Kheikkinen", EN, "Mikko Heikkinen", C, R),
    ("mt-05-yacht", "Delfia", "shipyard Delfia", EN, "Delphia", L, R),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
