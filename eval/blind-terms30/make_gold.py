"""Gold for eval/blind-terms30 (helper terms30, session 30): MT-style texts with Russian set terms
and collocations rendered word for word, written after the mechanism was built (see README.md).

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Reads the marked drafts in src/source.md ({{written=>correction|category}}), writes docs/mt-*.txt
and gold.jsonl (format of /work/shared/gold/README.md) and checks them with eval/goldkit.py: 150-300
words a doc, no two gold spans matching each other, controls (docs/neg-*.txt, written directly,
no gold) free of Cyrillic, no 8-word run shared with the corpus, the seeds or the other eval sets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import (ARROW_MARK, CATEGORIES, CORPUS_AND_SEEDS, MAIN_EVAL, L, finish, load_docs,
                     source_blocks, unmark)

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-gasfraud': 'courts: a gas-detector swindler gets a suspended sentence (Kostroma)',
    'mt-02-conscripts': 'army: spring call-up and pre-army training (Iskitim)',
    'mt-03-exams': 'schools: final exams and university admissions (Tula)',
    'mt-04-downpour': 'weather: downpour and hail (Krasnodar)',
    'mt-05-pasta': 'industry and farming: a pasta factory line and the harvest (Penza region)',
    'mt-06-chapel': 'church: a wooden church built by villagers (Vologda region)',
    'mt-07-utilities': 'housing and utilities: tariffs rise (Udmurtia)',
    'mt-08-roads': 'transport: fares, bus shelters and crashes (Izhevsk)',
    'mt-09-skiing': 'sport: regional ski championship (Saransk)',
    'mt-10-council': 'local government: district budget and participatory budgeting (Borovichi)',
}


def main() -> int:
    set_dir = SET_DIR.resolve()
    (set_dir / "docs").mkdir(exist_ok=True)
    out, errors = [], []
    for doc, marked in source_blocks(set_dir / "src" / "source.md").items():
        text, lines = unmark(doc, marked, ARROW_MARK)
        (set_dir / "docs" / f"{doc}.txt").write_text(text, encoding="utf-8")
        for r in lines:
            r["confidence"] = L  # every artifact here is a rendering choice, not a typo
            if r["category"] not in CATEGORIES:
                errors.append(f"{doc}: bad category {r['category']!r}")
        out += lines
    docs = load_docs(set_dir)
    return finish(set_dir, docs, out, errors, words=(150, 300), distinct_spans=True,
                  plain_controls=True, beats=BEATS,
                  own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True, details=True)


if __name__ == "__main__":
    sys.exit(main())
