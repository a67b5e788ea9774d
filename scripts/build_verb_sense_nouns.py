"""Rebuild mtaudit/data/calque_verb_sense_nouns.tsv: the noun classes MT2840 reads in a verb's
slot (amount, mishap, celebration, exam, money, land, show, film, goods, machinery, medical,
hardship), from WordNet 3.0's noun database and calque_verb_senses.yaml (`classes:`).

A class is every lemma under its `roots` (hyponym closure; synset offsets of data.noun) and in
its whole `lexfiles` (WordNet lexicographer files: 13 noun.food, 23
noun.quantity), less `drop`, plus `add`. WordNet comes from Debian's `wordnet-base` and is read
directly (scripts/build_frame_words.py's reader); the audit reads only the built file.

Usage: python scripts/build_verb_sense_nouns.py [path/to/data.noun]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from build_frame_words import NUMBERS, WORDNET
from wordnet import closure, noun_tree

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"


def main(path: Path = WORDNET) -> None:
    lemmas, lexfile, hyponyms = noun_tree(path.parent)
    config = yaml.safe_load((DATA / "calque_verb_senses.yaml").read_text(encoding="utf-8"))["classes"]
    rows: set[tuple[str, str]] = set()
    for cls, spec in config.items():
        found: set[str] = set()
        for root in spec.get("roots") or {}:
            for o in closure(root, hyponyms):
                found |= {w.lower() for w in lemmas[o] if not w[:1].isupper()}
        for number in spec.get("lexfiles") or ():
            found |= {w.lower() for o, ws in lemmas.items() if lexfile[o] == number
                      for w in ws if not w[:1].isupper()}
        found = {w for w in found if not any(ch.isdigit() for ch in w) and w not in NUMBERS}
        found -= {str(w).lower() for w in spec.get("drop") or ()}
        found |= {str(w).lower() for w in spec.get("add") or ()}
        rows |= {(w, cls) for w in found if len(w) > 2}
    text = ("# word<TAB>class, built by scripts/build_verb_sense_nouns.py from WordNet 3.0 and\n"
            "# calque_verb_senses.yaml (classes:); do not edit by hand\n"
            + "".join(f"{w}\t{c}\n" for w, c in sorted(rows)))
    (DATA / "calque_verb_sense_nouns.tsv").write_text(text, encoding="utf-8")
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
