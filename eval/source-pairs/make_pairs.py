"""Build mt/<id>.txt and gold.jsonl from marked/<id>.txt.

A marked text writes each planted artifact as {{wrong|correct|category}}; the MT document keeps
`wrong`, the gold line records its span, the correction and the category (certain).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\{\{([^|}]*)\|([^|}]*)\|([^|}]*)\}\}")


def build(here: Path = HERE) -> None:
    """Build the set in `here` (this folder by default; other pair sets reuse this builder)."""
    (here / "mt").mkdir(exist_ok=True)
    gold = []
    for marked in sorted((here / "marked").glob("*.txt")):
        text, out, cursor = marked.read_text(encoding="utf-8"), [], 0
        pos = 0
        for m in MARK.finditer(text):
            out.append(text[cursor:m.start()])
            pos += m.start() - cursor
            wrong, correct, category = m.groups()
            gold.append({"doc": marked.stem, "start": pos, "end": pos + len(wrong), "text": wrong,
                         "category": category, "correction": correct, "confidence": "certain"})
            out.append(wrong)
            pos += len(wrong)
            cursor = m.end()
        out.append(text[cursor:])
        doc = "".join(out)
        for g in gold:
            if g["doc"] == marked.stem:
                assert doc[g["start"]:g["end"]] == g["text"]
        (here / "mt" / marked.name).write_text(doc, encoding="utf-8")
    with open(here / "gold.jsonl", "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
