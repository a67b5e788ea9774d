"""Rebuild mtaudit/data/bare_genitive_heads.tsv: the nouns MT2430 reads as the head of a Russian
genitive of place left without “of” (“the governor Kirov Region”, “the territory Russian
Federation”), from WordNet 3.0 (Debian's `wordnet-base`, read by scripts/wordnet.py).

A head is a noun one of whose first four senses lies in WordNet's noun.person (governor,
residents, supervisor), noun.group (administration, government, authorities) or noun.location
(territory, district, outskirts) file, and whose first sense is not in noun.time (a “day”, a
“year” opens an English relative clause: “the year Russia hosted”). Each row: the word and its
class (person, group or location), the class of its first such sense. The words English writes
before a place as modifiers (north Russia, mainland China, downtown Kyiv) are spared in the
detector's data, not here. The detector reads only the built file.

Usage: python scripts/build_bare_genitive_heads.py [path/to/wordnet/dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import lexfiles
from wordnet import senses as wordnet_senses

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
CLASSES = {18: "person", 14: "group", 15: "location"}
TIME = 28
PLURALS = {"s": "s", "y": "ies"}


def heads(directory: Path) -> dict[str, str]:
    files = lexfiles(directory, "noun")
    rows: dict[str, str] = {}
    for lemma, offsets in wordnet_senses(directory, "noun").items():
        if "_" in lemma or not lemma.isalpha() or not lemma.islower():
            continue
        senses = [files[o] for o in offsets]
        if senses[0] == TIME:
            continue
        cls = next((CLASSES[f] for f in senses[:4] if f in CLASSES), None)
        if cls:
            rows[lemma] = cls
    return rows


def main(argv: list[str]) -> None:
    directory = Path(argv[1]) if len(argv) > 1 else WORDNET
    rows = heads(directory)
    out = DATA / "bare_genitive_heads.tsv"
    lines = ["# Built by scripts/build_bare_genitive_heads.py from WordNet 3.0: a noun whose first four",
             "# senses include noun.person, noun.group or noun.location (its first sense not noun.time).",
             "# word<TAB>class. Read by detectors/calques_bare_genitive.py (MT2430); do not edit by hand."]
    lines += [f"{w}\t{c}" for w, c in sorted(rows.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} heads -> {out}")


if __name__ == "__main__":
    main(sys.argv)
