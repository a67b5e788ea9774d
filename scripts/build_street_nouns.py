"""Rebuild mtaudit/data/street_nouns.txt: the nouns of a town's ways from WordNet 3.0.

Russian names a street, an avenue or an embankment by the generic noun and then its name
(улица Лермонтова, проспект Мира); MT keeps the order: "on the street Lermontov", "on the avenue
Mira". MT2517 (detectors/calques_adverbial_order.py) reads such a name after one of these nouns as
the place of its phrase, not as a subject the parser swallowed ("On the street Lermontov formed
a sinkhole"), as it does after a place noun of place_nouns.txt ("the village Ivanovka").

The words: every one-word noun with one of its three most frequent senses a road, a
thoroughfare, a lane or a public square (WordNet's synsets and their hyponyms: street, avenue,
boulevard, highway, square …), or an embankment, a quay or a promenade.
WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py.

Usage: python scripts/build_street_nouns.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_order_words import closure, read

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "street_nouns.txt"
ROOTS = [("road", 6), ("thoroughfare", 6), ("lane", 6), ("public_square", 15)]
# ways with no hyponym worth taking (an embankment's are ramparts and battlements): the synset only
SELF = [("embankment", 6), ("quay", 6), ("promenade", 6)]


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    syn_lex, syn_lemmas, hyponyms, senses = read(root)
    ways = closure(ROOTS, syn_lex, syn_lemmas, hyponyms)
    ways |= {o for o, lems in syn_lemmas.items() for lemma, lex in SELF if lemma in lems and syn_lex[o] == lex}
    out = sorted(w for w, offs in senses.items()
                 if w.isalpha() and w.islower() and len(w) > 2 and any(o in ways for o in offs[:3]))
    OUT.write_text("# Nouns of a town's ways (WordNet 3.0: road, thoroughfare, lane, public square and their\n"
                   "# hyponyms, embankment, quay, promenade), built by scripts/build_street_nouns.py; do not edit\n"
                   "# by hand. Read by MT2517 (detectors/calques_adverbial_order.py): \"the street Lermontov\".\n"
                   + "\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
