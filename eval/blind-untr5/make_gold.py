"""Write gold.jsonl for eval/blind-untr5 from a table of rows and check it.

Row: (doc, exact span text, occurrence index (0 = first), category, correction, confidence, note).
Spans are found by exact, word-bounded, case-sensitive search in docs/<doc>.txt. Checks: text ==
doc[start:end], categories, controls (neg-*) without gold, and no 8-word run shared with the corpus,
the seeds or the other eval sets.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
U, E = "untranslated", "entity-mistranslation"
ROWS = [
    ("mt-01-heating", "MUP", 0, U, "municipal utility", "certain", "МУП"),
    ("mt-01-heating", "UK", 0, U, "management company", "certain", "УК = управляющая компания"),
    ("mt-01-heating", "GZhI", 0, U, "housing inspectorate", "likely", "ГЖИ"),
    ("mt-01-heating", "TETs", 0, U, "CHP plant", "certain", "ТЭЦ"),
    ("mt-01-heating", "Upper Salda", 0, E, "Verkhnyaya Salda", "certain", "Верхняя Салда by meaning"),
    ("mt-01-heating", "Big Lake", 0, E, "Bolshoye Ozero", "likely", "invented village Большое Озеро by meaning"),
    ("mt-01-heating", "MChS", 0, U, "Emergencies Ministry", "certain", "МЧС"),
    ("mt-02-prison-fraud", "GUFSIN", 0, U, "regional prison service", "certain", "ГУФСИН"),
    ("mt-02-prison-fraud", "IK-26", 0, U, "Penal Colony No. 26", "likely", "ИК-26"),
    ("mt-02-prison-fraud", "Hares", 0, E, "Zaitseva", "certain", "Зайцева by meaning"),
    ("mt-02-prison-fraud", "SK", 0, U, "Investigative Committee", "certain", "СК"),
    ("mt-02-prison-fraud", "SK", 1, U, "the Investigative Committee", "certain", "СК"),
    ("mt-02-prison-fraud", "UFSB", 0, U, "regional FSB directorate", "certain", "УФСБ"),
    ("mt-02-prison-fraud", "Lucky Lake", 0, E, "Udachnoye Ozero", "likely", "invented town by meaning"),
    ("mt-02-prison-fraud", "UFSIN", 0, U, "Federal Penitentiary Service", "likely", "УФСИН"),
    ("mt-03-vaccine", "Nightingales", 0, E, "Solovyova", "certain", "Соловьёва by meaning"),
    ("mt-03-vaccine", "Faizer", 0, E, "Pfizer", "certain", "Пфайзер/Файзер misheard"),
    ("mt-03-vaccine", "Minzdrav", 0, U, "Health Ministry", "certain", "Минздрав"),
    ("mt-03-vaccine", "OMS", 0, U, "compulsory health insurance", "certain", "ОМС"),
    ("mt-03-vaccine", "Red Yar", 0, E, "Krasny Yar", "certain", "Красный Яр half by meaning"),
    ("mt-03-vaccine", "NII", 0, U, "Research Institute", "certain", "НИИ"),
    ("mt-04-road", "GU MChS", 0, U, "Emergencies Ministry directorate", "certain", "ГУ МЧС"),
    ("mt-04-road", "Cold Spring", 0, E, "Kholodny Rodnik", "likely", "invented village by meaning"),
    ("mt-04-road", "DTP", 0, U, "crash", "certain", "ДТП"),
    ("mt-04-road", "Hot Key", 0, E, "Goryachy Klyuch", "certain", "Горячий Ключ by meaning"),
    ("mt-04-road", "Minzdrav", 0, U, "health ministry", "certain", "Минздрав"),
    ("mt-04-road", "White Kalitva", 0, E, "Belaya Kalitva", "certain", "Белая Калитва half by meaning"),
    ("mt-04-road", "OGIBDD", 0, U, "traffic police department", "certain", "ОГИБДД"),
    ("mt-04-road", "OMVD", 0, U, "police department", "certain", "ОМВД"),
    ("mt-05-arctic", "Northern Earth", 0, E, "Severnaya Zemlya", "certain", "Северная Земля by meaning"),
    ("mt-05-arctic", "New Earth", 0, E, "Novaya Zemlya", "certain", "Новая Земля by meaning"),
    ("mt-05-arctic", "Bears", 0, E, "Medvedev", "certain", "Медведев by meaning"),
    ("mt-05-arctic", "AANII", 0, U, "Arctic and Antarctic Research Institute", "certain", "ААНИИ"),
    ("mt-05-arctic", "MGU", 0, U, "Moscow State University", "certain", "МГУ"),
    ("mt-05-arctic", "RNF", 0, U, "Russian Science Foundation", "certain", "РНФ"),
    ("mt-05-arctic", "FGBU", 0, U, "the federal agency", "likely", "ФГБУ"),
]
CATEGORIES = {"name-casing", "entity-mistranslation", "institution-casing", "calque", "pronoun",
              "editorial-gloss", "untranslated", "date-number", "quote-drift", "punctuation", "inconsistency"}


def main() -> None:
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / "docs").glob("*.txt"))}
    out = []
    for doc, span, occ, cat, corr, conf, note in ROWS:
        text = docs[doc]
        hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(span)}(?!\w)", text)]
        assert len(hits) > occ, (doc, span, hits)
        start = hits[occ]
        out.append({"doc": doc, "start": start, "end": start + len(span), "text": span, "category": cat,
                    "correction": corr, "confidence": conf, "note": note})
    out.sort(key=lambda g: (g["doc"], g["start"]))
    for g in out:
        assert docs[g["doc"]][g["start"]:g["end"]] == g["text"] and g["category"] in CATEGORIES
    assert not any(g["doc"].startswith("neg-") for g in out)
    (HERE / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in out),
                                     encoding="utf-8")
    # the 8-word-run rule against the corpus, the seeds and the other eval sets
    others = []
    for pattern in ("/work/shared/corpus/docs/*.txt", "/work/shared/seeds/*.txt"):
        others += [Path(p) for p in sorted(__import__("glob").glob(pattern))]
    others += [p for p in (HERE.parent).glob("*/docs/*.txt") if HERE not in p.parents]
    others += list((HERE.parent / "docs").glob("*.txt"))

    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}

    seen = set()
    for p in others:
        seen |= runs(p.read_text(encoding="utf-8", errors="replace"))
    for name, text in docs.items():
        shared = runs(text) & seen
        assert not shared, (name, sorted(shared)[:3])
    counts = {}
    for g in out:
        counts[g["category"]] = counts.get(g["category"], 0) + 1
    print(f"{len(out)} gold lines in {len(docs)} docs; {counts}")


if __name__ == "__main__":
    main()
