"""Gold for eval/blind-entity13 (Russian names by meaning, regional institution casing, lowercase
surnames, names through Russian): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import EN, IC, NC, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-honey", "Golden Hive", "cooperative Golden Hive", EN, "Zolotoy Uley", L, "name by meaning"),
    ("mt-01-honey", "galiullin", "Rinat galiullin", NC, "Galiullin", C, "lowercase surname"),
    ("mt-01-honey", "Wild Meadow", "\"Wild Meadow\"", EN, "Dikiy Lug", L, "brand by meaning, quoted"),
    ("mt-01-honey", "Bashkir republican veterinary laboratory", "Bashkir republican veterinary laboratory", IC,
     "Bashkir Republican Veterinary Laboratory", C, "regional institution"),
    ("mt-01-honey", "khabibullina", "Gulnara khabibullina", NC, "Khabibullina", C, "lowercase surname"),
    ("mt-01-honey", "prosecutor's office of the Republic of Bashkortostan",
     "prosecutor's office of the Republic of Bashkortostan", IC,
     "Prosecutor's Office of the Republic of Bashkortostan", C, "head of the republic"),
    ("mt-02-skiing", "Big Woodland", "ski resort Big Woodland", EN, "Bolshoy Les", L, "name by meaning"),
    ("mt-02-skiing", "stepanov", "Oleg stepanov", NC, "Stepanov", C, "lowercase surname"),
    ("mt-02-skiing", "Kirovsk city central hospital", "Kirovsk city central hospital", IC,
     "Kirovsk City Central Hospital", C, "city institution"),
    ("mt-02-skiing", "Li Syaolun", "Li Syaolun", EN, "Li Xiaolun", L, "Chinese name through Russian"),
    ("mt-02-skiing", "Northern Lights", "company Northern Lights", EN, "Severnoye Siyaniye", L, "name by meaning"),
    ("mt-03-bread", "Volga Loaf", "plant Volga Loaf", EN, "Volzhsky Karavai", L, "name by meaning"),
    ("mt-03-bread", "zhukova", "Tatyana zhukova", NC, "Zhukova", C, "lowercase surname"),
    ("mt-03-bread", "Samara regional centre of hygiene and epidemiology",
     "Samara regional centre of hygiene and epidemiology", IC,
     "Samara Regional Centre of Hygiene and Epidemiology", C, "regional institution with a field"),
    ("mt-03-bread", "Golden Ear", "holding Golden Ear", EN, "Zolotoy Kolos", L, "name by meaning"),
    ("mt-04-zoo", "Euro-Asian regional association of zoos and aquariums",
     "Euro-Asian regional association of zoos and aquariums", IC,
     "Euro-Asian Regional Association of Zoos and Aquariums", C, "association name"),
    ("mt-04-zoo", "ivanova", "Svetlana ivanova", NC, "Ivanova", C, "lowercase surname"),
    ("mt-04-zoo", "Snow Guard", "fund Snow Guard", EN, "Snezhny Dozor", L, "fund name by meaning"),
    ("mt-04-zoo", "Novosibirsk regional children's clinical hospital",
     "Novosibirsk regional children's clinical hospital", IC,
     "Novosibirsk Regional Children's Clinical Hospital", C, "regional institution"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
