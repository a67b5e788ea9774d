"""Gold of eval/blind-untr6: untranslated artifacts only, found by exact search (every occurrence)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS = {
    "mt-01-gardens": [("SNT", "gardening partnership", "certain"), ("MFTs", "multifunctional public service centre", "certain"),
                      ("blagoustroystvo", "landscaping", "certain"), ("subbotnik", "volunteer clean-up day", "likely")],
    "mt-02-school": [("VPR", "national diagnostic tests", "certain"), ("MBOU", "municipal", "certain"),
                     ("OGE", "ninth-grade state exam", "certain"), ("EGE", "Unified State Exam", "certain"),
                     ("GTO", "Ready for Labour and Defence fitness", "certain"), ("Upravleniye", "department", "certain")],
    "mt-03-clinic": [("ZhK", "housing estate", "certain"), ("TsRB", "central district hospital", "certain"),
                     ("OMS", "compulsory medical insurance", "certain"), ("DMS", "voluntary medical insurance", "certain"),
                     ("GBUZ", "state health institution", "certain")],
    "mt-04-elections": [("KPRF", "Communist Party", "likely"), ("UIK", "precinct election commission", "certain"),
                        ("TIK", "territorial election commission", "certain"), ("Prokuratura", "prosecutor's office", "certain")],
    "mt-05-diplomacy": [("GA UN", "UN General Assembly", "certain"), ("MID", "Foreign Ministry", "certain"),
                        ("SB UN", "UN Security Council", "certain"), ("SPCh UN", "UN Human Rights Council", "certain"),
                        ("BRIKS", "BRICS", "certain"), ("ShOS", "SCO", "certain")],
    "mt-06-business": [("IP", "sole proprietors", "certain"), ("OOO", "limited liability companies", "certain"),
                       ("FNS", "Federal Tax Service", "certain"), ("NKO", "non-profit organisations", "certain"),
                       ("Gosinspektsiya", "State Inspectorate", "certain")],
    "mt-07-sport": [("FOK", "sports centre", "certain"), ("MUP", "municipal enterprise", "certain"),
                    ("DYuSSh", "youth sports school", "certain"), ("FHR", "Russian Hockey Federation", "certain"),
                    ("sbornaya", "team", "certain")],
}
import re
out = []
for doc, rows in ROWS.items():
    text = (HERE / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
    for span, fix, conf in rows:
        hits = [m.start() for m in re.finditer(r"(?<![\w])" + re.escape(span) + r"(?![\w])", text)]
        assert hits, (doc, span)
        for at in hits:
            out.append({"doc": doc, "start": at, "end": at + len(span), "text": span, "category": "untranslated",
                        "correction": fix, "confidence": conf})
(HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
print(len(out), "artifacts")
