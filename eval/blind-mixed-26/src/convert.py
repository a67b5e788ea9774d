"""Turn src/source.md (marked MT texts) into docs/mt-*.txt and the row table of make_gold.py.

Mark: {{written=>correction|CAT|C or L}}; CAT is a goldkit constant name (CAL, PRO, DN, UN, EN, IC, GL, PU,
INC). A mark whose correction equals its written text is a look-alike: no row. `where` is None when the
text occurs once (word-bounded) in the doc, else its occurrence index. Rows are written between
# BEGIN ROWS and # END ROWS of make_gold.py.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main/eval")
from goldkit import source_blocks, span_pattern  # noqa: E402

HERE = Path(__file__).resolve().parents[1]
MARK = re.compile(r"\{\{(?P<text>.*?)=>(?P<correction>.*?)\|(?P<cat>[A-Z]+)\|(?P<conf>[CL])\}\}")

lines = []
for doc, marked in source_blocks(HERE / "src" / "source.md").items():
    parts, rows, last = [], [], 0
    for m in MARK.finditer(marked):
        parts.append(marked[last:m.start()])
        start = sum(map(len, parts))
        parts.append(m.group("text"))
        last = m.end()
        if m.group("text") != m.group("correction"):
            rows.append((start, m.group("text"), m.group("correction"), m.group("cat"), m.group("conf")))
    parts.append(marked[last:])
    text = "".join(parts)
    assert "{{" not in text and "}}" not in text, doc
    (HERE / "docs" / f"{doc}.txt").write_text(text, encoding="utf-8")
    lines.append(f"\n    # {doc}")
    for start, t, corr, cat, conf in rows:
        starts = [mm.start() for mm in span_pattern(t).finditer(text)]
        where = None if len(starts) == 1 else starts.index(start)
        lines.append(f"    ({doc!r}, {t!r}, {where!r}, {cat}, {corr!r}, {conf}),")

mg = HERE / "make_gold.py"
src = mg.read_text(encoding="utf-8")
head, _, rest = src.partition("# BEGIN ROWS\n")
_, _, tail = rest.partition("# END ROWS")
mg.write_text(head + "# BEGIN ROWS\n" + "\n".join(lines) + "\n\n# END ROWS" + tail, encoding="utf-8")
print(f"{len(lines)} lines written")
