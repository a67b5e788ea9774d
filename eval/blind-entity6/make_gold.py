"""Write gold.jsonl for eval/blind-entity6 from the row table below (exact search, validated)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
E = "entity-mistranslation"
ROWS = [  # doc, span text, occurrence (0 = first), correction, confidence, note
    ("mt-01-retail", "Crossroads", 0, "Perekryostok", "certain", "retail chain Перекрёсток by meaning"),
    ("mt-01-retail", "Tape", 0, "Lenta", "certain", "hypermarket chain Лента by meaning"),
    ("mt-01-retail", "Five", 0, "Pyaterochka", "likely", "discounter Пятёрочка by meaning"),
    ("mt-01-retail", "Children's World", 0, "Detsky Mir", "certain", "retailer Детский мир by meaning"),
    ("mt-02-rail", "Peregrine Falcon", 0, "Sapsan", "certain", "train Сапсан by meaning"),
    ("mt-02-rail", "Oriole", 0, "Ivolga", "certain", "train Иволга by meaning"),
    ("mt-02-rail", "Green City", 0, "Zelenograd", "certain", "Зеленоград by meaning"),
    ("mt-02-rail", "Dry Valley", 0, "Sukhaya Dolina", "likely", "village name by meaning"),
    ("mt-03-space", "Union-5", 0, "Soyuz-5", "certain", "rocket Союз-5 by meaning"),
    ("mt-03-space", "Eastern cosmodrome", 0, "Vostochny cosmodrome", "certain", "Восточный by meaning"),
    ("mt-03-space", "Petrel", 0, "Burevestnik", "likely", "spacecraft Буревестник by meaning"),
    ("mt-04-courts", "Transfiguration district court", 0, "Preobrazhensky district court", "certain", "Преображенский суд"),
    ("mt-04-courts", "Railway district court", 0, "Zheleznodorozhny district court", "certain", "Железнодорожный суд"),
    ("mt-04-courts", "Seaside district court", 0, "Primorsky district court", "certain", "Приморский суд"),
    ("mt-04-courts", "Head court", 0, "Golovinsky court", "likely", "Головинский суд by its root"),
    ("mt-05-culture", "Time Machine", 0, "Mashina Vremeni", "likely", "band Машина времени"),
    ("mt-05-culture", "Young Guard", 0, "Molodaya Gvardiya", "certain", "publisher Молодая гвардия"),
    ("mt-05-culture", "Contemporary", 0, "Sovremennik", "certain", "theatre Современник by meaning"),
    ("mt-06-defence", "Red Mountain", 0, "Krasnogorsk", "certain", "Красногорск by meaning"),
    ("mt-06-defence", "Geranium", 0, "Geran", "certain", "drone Герань by meaning"),
    ("mt-06-defence", "Hazel", 0, "Oreshnik", "certain", "missile system Орешник by meaning"),
    ("mt-06-defence", "Poplar", 0, "Topol", "certain", "missile Тополь by meaning"),
    ("mt-07-hockey", "Tractor", 0, "Traktor", "certain", "club Трактор by meaning"),
    ("mt-07-hockey", "Metallurgist", 0, "Metallurg", "certain", "club Металлург by meaning"),
    ("mt-07-hockey", "Siberia", 0, "Sibir", "likely", "club Сибирь by meaning"),
    ("mt-07-hockey", "Tractor", 1, "Traktor", "certain", "club Трактор by meaning"),
]


def main() -> int:
    out = []
    for doc, text, nth, corr, conf, note in ROWS:
        body = (HERE / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
        pos = -1
        for _ in range(nth + 1):
            pos = body.find(text, pos + 1)
            if pos < 0:
                print(f"{doc}: {text!r} #{nth} not found", file=sys.stderr)
                return 1
        out.append({"doc": doc, "start": pos, "end": pos + len(text), "text": text, "category": E,
                    "correction": corr, "confidence": conf, "note": note})
    (HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                     encoding="utf-8")
    print(f"{len(out)} artifacts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
