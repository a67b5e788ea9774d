"""Write gold.jsonl for eval/blind-untr8 (untranslated leftovers and editorial glosses) with eval/goldkit.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from goldkit import C, GL, L, UN, run  # noqa: E402

ROWS = [
    ("mt-01-hockey", "SDYuShOR", None, UN, "sports school", C),
    ("mt-01-hockey", "YuUrGU", None, UN, "South Ural State University", C),
    ("mt-01-hockey", "Ledovaya arena", None, UN, "Ice Arena", C),
    ("mt-01-hockey", "Minsport", None, UN, "sports ministry", C),
    ("mt-01-hockey", "GUP", None, UN, "state enterprise", C),
    ("mt-01-hockey", "Chelyabinskaya oblastnaya sportivnaya direktsiya", None, UN, "Chelyabinsk Regional Sports Directorate", C),
    ("mt-01-hockey", " (regional sports management — translator's note)", None, GL, "", C),
    ("mt-02-church", "monastyr", None, UN, "Monastery", C),
    ("mt-02-church", "Minkultury", None, UN, "Culture Ministry", C),
    ("mt-02-church", " (the feast of the Protection of the Theotokos — approx. transl.)", None, GL, "", C),
    ("mt-02-church", "VSMZ", None, UN, "Vladimir-Suzdal Museum-Reserve", C),
    ("mt-02-church", "zvonnitsa", None, UN, "belfry", C),
    ("mt-03-observatory", "KFU", None, UN, "Kazan Federal University", C),
    ("mt-03-observatory", "Engelgardtovskaya observatoriya", None, UN, "Engelhardt Observatory", C),
    ("mt-03-observatory", "RAN", "the RAN", UN, "Russian Academy of Sciences", C),
    ("mt-03-observatory", "SAO RAN", None, UN, "Special Astrophysical Observatory", C),
    ("mt-03-observatory", "RNF", None, UN, "Russian Science Foundation", C),
    ("mt-03-observatory", "NII", None, UN, "research institute", C),
    ("mt-04-water", "raion", None, UN, "district", L),
    ("mt-04-water", "vodokanal", "Barnaulsky vodokanal", UN, "Water Utility", L),
    ("mt-04-water", "vodokanal", "the vodokanal plans", UN, "water utility", C),
    ("mt-04-water", "ulitsa", None, UN, "Street", C),
    ("mt-04-water", "MUP", None, UN, "municipal utility", C),
    ("mt-04-water", "GZhI", None, UN, "state housing inspectorate", C),
    ("mt-04-water", "UK", None, UN, "management companies", C),
    ("mt-05-arbitration", "Arbitrazhny sud", None, UN, "Arbitration Court", C),
    ("mt-05-arbitration", " (a new residential area on the left bank — editor's note)", None, GL, "", C),
    ("mt-05-arbitration", "Sed'moy arbitrazhny apellyatsionny sud", None, UN, "Seventh Arbitration Appeal Court", C),
    ("mt-05-arbitration", "GSN", None, UN, "construction supervision authority", C),
    ("mt-05-arbitration", "departament", None, UN, "department", C),
    ("mt-06-grain", "Minselkhoz", None, UN, "Agriculture Ministry", C),
    ("mt-06-grain", "South FO", None, UN, "Southern Federal District", C),
    ("mt-06-grain", "Kerchensky proliv", None, UN, "Kerch Strait", C),
    ("mt-06-grain", "MSKh RF", None, UN, "Russian Agriculture Ministry", C),
]

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent, ROWS))
