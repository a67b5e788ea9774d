"""Write gold.jsonl for eval/blind-pronoun6 from the row table below (pronoun artifacts only).

Each row: doc, a context string that occurs once in the doc, the span inside it, the correction,
the confidence, a note. Exits 1 when a context is missing or not unique.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-tram", "and we expect to launch", "we expect", "they expect", "likely", "reported speech after 'According to Malakhov'"),
    ("mt-01-tram", "plant; his cabin", "his", "its", "certain", "the tram (Russian masculine noun)"),
    ("mt-01-tram", "It also promised", "It", "He", "certain", "the department head"),
    ("mt-01-tram", "that its daughter", "its", "her", "certain", "Galina Sheveleva"),
    ("mt-02-tomograph", "In its words", "its", "his", "certain", "Andrei Kuzmin"),
    ("mt-02-tomograph", "His software", "His", "Its", "certain", "the tomograph (masculine)"),
    ("mt-02-tomograph", "that our radiologists", "our radiologists", "the hospital's radiologists", "likely", "reported speech"),
    ("mt-02-tomograph", "before I had to", "I had to", "she had to", "likely", "reported speech"),
    ("mt-03-verdict", "owned by its brother-in-law", "its", "his", "certain", "Zolotarev"),
    ("mt-03-verdict", "It does not plead", "It", "He", "certain", "Zolotarev"),
    ("mt-03-verdict", "that we will challenge", "we will challenge", "the defence would challenge", "likely", "reported speech"),
    ("mt-04-meteor", "His orbit", "His", "Its", "certain", "the satellite (masculine)"),
    ("mt-04-meteor", "It also noted", "It", "He", "certain", "Oleg Tikhonov"),
    ("mt-04-meteor", "we plan to launch", "we plan", "they plan", "likely", "reported speech after 'According to Tikhonov'"),
    ("mt-04-meteor", "Her capacity", "Her", "Its", "certain", "the network (Russian feminine noun)"),
    ("mt-05-sowing", "that its tractors", "its", "his", "certain", "Sergei Belousov"),
    ("mt-05-sowing", "year you have to", "you have to", "farmers have to", "likely", "generic you in reported speech"),
    ("mt-05-sowing", "It instructed", "It", "She", "certain", "Natalia Ryabova"),
    ("mt-05-sowing", "minister itself", "itself", "herself", "certain", "the minister, a woman"),
    ("mt-06-seagull", "Its previous production", "Its", "Her", "certain", "Anna Voronova"),
    ("mt-06-seagull", "that we rehearsed", "we rehearsed", "the troupe had rehearsed", "likely", "reported speech"),
    ("mt-06-seagull", "It graduated", "It", "She", "certain", "Daria Klimova"),
    ("mt-06-seagull", "His facade", "His", "Its", "certain", "the theatre (masculine)"),
]


def main() -> int:
    out = []
    for doc, context, span, correction, confidence, note in ROWS:
        text = (HERE / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
        if text.count(context) != 1:
            print(f"{doc}: context {context!r} occurs {text.count(context)} times")
            return 1
        start = text.index(context) + context.index(span)
        out.append({"doc": doc, "start": start, "end": start + len(span), "text": span,
                    "category": "pronoun", "correction": correction, "confidence": confidence,
                    "note": note})
    (HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                     encoding="utf-8")
    print(f"{len(out)} pronoun artifacts in {len({r['doc'] for r in out})} docs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
