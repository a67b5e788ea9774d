"""Gold for eval/blind-entity12 (names by meaning, lowercase institutions, Russian abbreviations).

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, IC, UN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-poultry", "ministry of agriculture", "regional ministry of agriculture", IC, "Ministry of Agriculture", C, "lower case"),
    ("mt-01-poultry", "Feathered Land", "holding Feathered Land", EN, "Pernaty Krai", L, "Пернатый край by meaning"),
    ("mt-01-poultry", "OOO", "bankrupt OOO", UN, "LLC", C, "ООО"),
    ("mt-01-poultry", "federal fund for the development of industry", "federal fund for the development of industry", IC,
     "Federal Fund for the Development of Industry", C, "Фонд развития промышленности, lower case"),
    ("mt-01-poultry", "Green Steppe", "company Green Steppe", EN, "Zelyonaya Step", L, "Зелёная степь by meaning"),
    ("mt-01-poultry", "federal service for veterinary and phytosanitary surveillance", "federal service for veterinary and phytosanitary surveillance", IC,
     "Federal Service for Veterinary and Phytosanitary Surveillance", C, "Rosselkhoznadzor, lower case"),
    ("mt-02-cruise", "AO", "to AO", UN, "JSC", C, "АО"),
    ("mt-02-cruise", "Volga Wave", "AO Volga Wave", EN, "Volzhskaya Volna", L, "Волжская волна by meaning"),
    ("mt-02-cruise", "Red Hammer", "shipyard Red Hammer", EN, "Krasny Molot", L, "Красный молот by meaning"),
    ("mt-02-cruise", "Russian river register", "the Russian river register", IC, "Russian River Register", C, "half-cased"),
    ("mt-02-cruise", "federal agency of maritime and river transport", "federal agency of maritime and river transport", IC,
     "Federal Agency for Maritime and River Transport", C, "Rosmorrechflot, lower case"),
    ("mt-03-furniture", "Northern Birch", "factory Northern Birch", EN, "Severnaya Beryoza", L, "Северная берёза by meaning"),
    ("mt-03-furniture", "Forest Harbour", "company Forest Harbour", EN, "Lesnaya Gavan", L, "Лесная гавань by meaning"),
    ("mt-03-furniture", "Kostroma state university", "Kostroma state university", IC, "Kostroma State University", C, "half-cased"),
    ("mt-03-furniture", "Higher school of design", "Higher school of design", IC, "Higher School of Design", C, "half-cased"),
    ("mt-03-furniture", "All-Russian association of furniture makers", "All-Russian association of furniture makers", IC,
     "All-Russian Association of Furniture Makers", C, "half-cased"),
    ("mt-04-skiresort", "Mountain Meadow", "the company Mountain Meadow launched", EN, "Gorny Lug", L, "Горный луг by meaning"),
    ("mt-04-skiresort", "Mountain Meadow", "the company Mountain Meadow, says", EN, "Gorny Lug", L, "second mention"),
    ("mt-04-skiresort", "federal agency for tourism", "the federal agency for tourism", IC, "Federal Agency for Tourism", C,
     "Rosturizm, lower case"),
    ("mt-04-skiresort", "DYuSSh", "the DYuSSh", UN, "youth sports school", L, "ДЮСШ"),
    ("mt-04-skiresort", "OOO", "developer OOO", UN, "LLC", C, "ООО"),
    ("mt-04-skiresort", "Stone Belt", "OOO Stone Belt", EN, "Kamenny Poyas", L, "Каменный пояс by meaning"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
