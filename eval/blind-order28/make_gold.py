"""Gold for eval/blind-order28, the held-out set order28 wrote after its rules were done.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
The marked drafts in scratch/source.md (`{{written=>correction|category}}`, a mark whose
correction is its own text records a look-alike and gives no gold line) are the record: this
script writes docs/*.txt and gold.jsonl from them with eval/goldkit.py and checks them (distinct
spans, plain controls, a beat for every MT doc, 150-360 words, 5-13 artifacts per MT doc, no
8-word run shared with the corpus, the seeds or another eval set). Calques, entity renderings and
reported speech are `likely`, the rest `certain`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import ARROW_MARK, CAL, CORPUS_AND_SEEDS, EN, L, MAIN_EVAL, PRO, finish, source_blocks, unmark

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-towerclock': 'the tower clock of Yeniseisk restored after forty years',
    'mt-02-donors': 'a student blood donor day at the Kursk medical university',
    'mt-03-vetclinic': 'a mobile veterinary clinic tours Altai villages',
    'mt-04-radar': 'a new weather radar at Magadan airport',
    'mt-05-choir': 'a Chuvash village folk choir turns fifty',
    'mt-06-walruses': 'a winter swimming club in Murmansk opens a new ice hole',
}


def main() -> int:
    set_dir = SET_DIR.resolve()
    (set_dir / "docs").mkdir(exist_ok=True)
    docs, out = {}, []
    for doc, marked in source_blocks(set_dir / "scratch" / "source.md").items():
        docs[doc], lines = unmark(doc, marked, ARROW_MARK)
        (set_dir / "docs" / f"{doc}.txt").write_text(docs[doc], encoding="utf-8")
        for r in lines:
            if r["category"] in (CAL, EN) or (r["category"] == PRO and " " in r["text"]):
                r["confidence"] = L
        out += lines
    return finish(set_dir, docs, out, [], words=(110, 360), artifacts=(5, 13),
                  own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True, distinct_spans=True,
                  plain_controls=True, beats=BEATS, details=True)


if __name__ == "__main__":
    sys.exit(main())
