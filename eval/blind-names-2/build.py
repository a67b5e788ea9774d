"""Build docs/*.txt and gold.jsonl from source.md (markup {{written=>correction|category}})."""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{\{(.*?)=>(.*?)\|([a-z-]+)\}\}")


def main() -> None:
    src = HERE.joinpath("source.md").read_text("utf-8")
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    gold = []
    for block in src.split("=== ")[1:]:
        doc_id, _, body = block.partition("\n")
        body = body.strip() + "\n"
        out, pos = [], 0
        for m in MARK.finditer(body):
            out.append(body[pos:m.start()])
            start = sum(len(x) for x in out)
            out.append(m.group(1))
            gold.append({"doc": doc_id.strip(), "start": start, "end": start + len(m.group(1)),
                         "text": m.group(1), "category": m.group(3), "correction": m.group(2),
                         "confidence": "certain"})
            pos = m.end()
        out.append(body[pos:])
        docs.joinpath(doc_id.strip() + ".txt").write_text("".join(out), "utf-8")
    HERE.joinpath("gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), "utf-8")
    print(len(gold), "gold lines")


if __name__ == "__main__":
    main()
