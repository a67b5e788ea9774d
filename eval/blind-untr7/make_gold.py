"""Write gold.jsonl for eval/blind-untr7 (untranslated artifacts, and two lowercase months) with eval/goldkit.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from goldkit import C, DN, L, UN, run  # noqa: E402

ROWS = [
    ("mt-01-ferry", "Mintrans", None, UN, "Transport Ministry", C),
    ("mt-01-ferry", "GIMS", None, UN, "small vessels inspectorate", C),
    ("mt-01-ferry", "kassa", None, UN, "ticket office", C),
    ("mt-01-ferry", "SMP", None, UN, "Shipping Company", C),
    ("mt-01-ferry", "parom", None, UN, "ferry", C),
    ("mt-01-ferry", "UGMS", None, UN, "weather service", C),
    ("mt-02-museum", "Minkult", None, UN, "Culture Ministry", C),
    ("mt-02-museum", "GTsKhRM", None, UN, "Grabar Art Conservation Centre", C),
    ("mt-02-museum", "olifa", None, UN, "drying oil", C),
    ("mt-02-museum", "DShI", None, UN, "children's art schools", C),
    ("mt-02-museum", "raion", None, UN, "district", L),
    ("mt-03-antarctic", "AANII", None, UN, "Arctic and Antarctic Research Institute", C),
    ("mt-03-antarctic", "RNF", None, UN, "Russian Science Foundation", C),
    ("mt-04-recruits", "voenkomat", None, UN, "military enlistment office", C),
    ("mt-04-recruits", "VUZ", None, UN, "university", C),
    ("mt-04-recruits", "prizyvnaya komissiya", None, UN, "draft board", C),
    ("mt-04-recruits", "november", None, DN, "November", C),
    ("mt-04-recruits", "Minzdrav", None, UN, "Health Ministry", C),
    ("mt-05-fishing", "Minrybkhoz", None, UN, "Fisheries Ministry", C),
    ("mt-05-fishing", "VNIRO", None, UN, "Russian Federal Research Institute of Fisheries and Oceanography", L),
    ("mt-05-fishing", "IP", None, UN, "sole proprietors", C),
    ("mt-05-fishing", "gorbusha", None, UN, "pink salmon", C),
    ("mt-06-court", "GZhN", None, UN, "state housing inspectorate", C),
    ("mt-06-court", "OOO", None, UN, "LLC", C),
    ("mt-06-court", "ZhK", None, UN, "housing estate", C),
    ("mt-06-court", "DDU", None, UN, "shared-construction contracts", C),
    ("mt-06-court", "FNS", None, UN, "Federal Tax Service", C),
    ("mt-06-court", "arbitrazhny", None, UN, "arbitration", C),
    ("mt-06-court", "december", None, DN, "December", C),
    ("mt-06-court", "Minstroy", None, UN, "Construction Ministry", C),
    ("mt-06-court", "prokuratura", None, UN, "prosecutor's office", C),
]

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent, ROWS))
