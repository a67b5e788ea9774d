"""Rebuild mtaudit/data/amount_nouns.txt: the plural forms of nouns whose first WordNet sense is a
time period, a quantity or unit, or a group or collection (WordNet 3.0 lexicographer files
noun.time, noun.quantity, noun.group). English doubles such a plural for a large amount ("years
and years", "miles and miles", "rows and rows of seats"); MT2830 spares it and flags other
doubled nouns ("the hardships and hardships", Russian тяготы и лишения collapsed into one word).
WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py; plurals from
lemminflect. The rule reads only the built file.

Usage: python scripts/build_amount_nouns.py [path/to/wordnet/dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

from lemminflect import getAllInflections
from wordnet import lexfiles, senses

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
LEXFILES = {14, 23, 28}  # noun.group, noun.quantity, noun.time


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    lexfile = lexfiles(root, "noun")
    nouns = set()
    for lemma, offsets in senses(root, "noun").items():
        if "_" in lemma or not lemma.isalpha():
            continue
        if lexfile.get(offsets[0]) in LEXFILES:  # the most frequent sense
            nouns.add(lemma)
    plurals = sorted({f for n in nouns for f in getAllInflections(n, upos="NOUN").get("NNS", ())}
                     | {n for n in nouns if n.endswith("s")})
    header = ("# plurals of WordNet nouns of time, quantity and group (MT2830 spares \"years and years\"),\n"
              "# built by scripts/build_amount_nouns.py from WordNet 3.0 and lemminflect; do not edit by hand\n")
    (DATA / "amount_nouns.txt").write_text(header + "\n".join(plurals) + "\n", encoding="utf-8")
    print(len(nouns), "nouns", len(plurals), "plurals")


if __name__ == "__main__":
    main()
