"""Score the source-aware checks on the pairs of this directory.

For each id: ru/<id>.txt is the Russian original, mt/<id>.txt a machine-style translation with
planted artifacts (gold.jsonl, built by make_pairs.py from marked/), human/<id>.txt a correct
human-style translation of the same original.

Reports, for the entity and number rules (MT801-MT805), precision and recall against the gold
(the match rule of ../../../shared/gold/README.md: spans share at least half of the shorter and a
quarter of the longer), and every MT8xx finding on the human translations as a false alarm per
1,000 words. Usage: python eval/source-pairs/score_pairs.py [--details] [DIR]
(DIR: another directory of the same layout, e.g. eval/blind-source-aware).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.text.document import read_document
from mtaudit.rules.model import Selection
from mtaudit.source import read_source

HERE = Path(__file__).parent
SCORED = ("MT801", "MT802", "MT803", "MT804", "MT805")


def _match(a, b) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return False
    la, lb = a[1] - a[0], b[1] - b[0]
    return inter >= 0.5 * min(la, lb) and inter >= 0.25 * max(la, lb)


def run(details: bool = False, here: Path = HERE) -> dict:
    global HERE
    HERE = here
    gold = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    ctx = AuditContext()
    select = Selection(select=("MT8",))
    found, preds, human_alarms, human_words, mt_words, seconds = set(), [], [], 0, 0, 0.0
    for ru_path in sorted((HERE / "ru").glob("*.txt")):
        ctx.source = read_source(ru_path)
        for side in ("mt", "human"):
            doc = read_document(HERE / side / ru_path.name)
            t0 = time.perf_counter()
            result = audit(doc, ctx, select)
            seconds += time.perf_counter() - t0
            if side == "human":
                human_words += doc.word_count
                human_alarms += [(doc.doc_id, f) for f in result.findings]
                continue
            mt_words += doc.word_count
            mine = [g for g in gold if g["doc"] == doc.doc_id]
            for f in result.findings:
                if f.code not in SCORED:
                    continue
                hit = [i for i, g in enumerate(gold) if g["doc"] == doc.doc_id and _match((f.start, f.end), (g["start"], g["end"]))]
                preds.append((doc.doc_id, f, bool(hit)))
                found.update(hit)
            if details:
                for g in mine:
                    if gold.index(g) not in found:
                        print(f"MISS {doc.doc_id} {g['text']!r} -> {g['correction']!r}")
    correct = sum(1 for _, _, ok in preds if ok)
    out = {
        "pairs": len(list((HERE / "ru").glob("*.txt"))),
        "gold": len(gold),
        "findings": len(preds),
        "precision": round(correct / len(preds), 3) if preds else None,
        "recall": round(len(found) / len(gold), 3) if gold else None,
        "by_category": {c: f"{sum(1 for i in found if gold[i]['category'] == c)}/"
                           f"{sum(1 for g in gold if g['category'] == c)}" for c in ("entity-mistranslation", "date-number")},
        "human_words": human_words,
        "human_false_alarms": len(human_alarms),
        "false_alarms_per_1k_words": round(1000 * len(human_alarms) / human_words, 2) if human_words else None,
        "seconds_per_document": round(seconds / (2 * len(list((HERE / 'ru').glob('*.txt')))), 2),
    }
    if details:
        for doc_id, f, ok in preds:
            if not ok:
                print(f"FALSE {doc_id} {f.code} {f.text!r}: {f.message}")
        for doc_id, f in human_alarms:
            print(f"HUMAN {doc_id} {f.code} {f.text!r}: {f.message}")
    return out


if __name__ == "__main__":
    dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(run("--details" in sys.argv, Path(dirs[0]) if dirs else HERE), ensure_ascii=False, indent=1))
