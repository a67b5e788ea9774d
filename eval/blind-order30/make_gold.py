"""Gold for eval/blind-order30, the once-only held-out check of order30 (MT2521: a subject that
cannot act, a doer after the verb): marked texts, offsets from the marks.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
src/source.md holds the texts with inline marks {{written=>correction|category}}; this script writes
docs/<id>.txt from them and gold.jsonl (eval/goldkit.py): calques and entity renderings `likely`,
pronouns, numbers and punctuation `certain`, as blind-mixed-24's conventions. Checks: 150-300 words
a doc, 3-9 artifacts a MT doc, no two spans that would match each other, no 8-word run shared with
the corpus, the seeds or other eval docs, controls (neg-*) plain and without gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import (ARROW_MARK, CORPUS_AND_SEEDS, EN, L, MAIN_EVAL, CAL, CATEGORIES, finish, source_blocks,
                     unmark)

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
LIKELY = {CAL, EN}


def main() -> int:
    texts = source_blocks(SET_DIR / "src" / "source.md")
    (SET_DIR / "docs").mkdir(exist_ok=True)
    docs, out, errors = {}, [], []
    for doc, marked in texts.items():
        docs[doc], lines = unmark(doc, marked, ARROW_MARK)
        for line in lines:
            if line["category"] in LIKELY:
                line["confidence"] = L
            if line["category"] not in CATEGORIES:
                errors.append(f"{doc}: bad category {line['category']!r}")
        (SET_DIR / "docs" / f"{doc}.txt").write_text(docs[doc], encoding="utf-8")
        out += lines
    return finish(SET_DIR, docs, out, errors, words=(150, 300), artifacts=(3, 9),
                  own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                  distinct_spans=True, plain_controls=True, details=True)


if __name__ == "__main__":
    sys.exit(main())
