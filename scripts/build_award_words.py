"""Rebuild mtaudit/data/calque_award_words.tsv: the nouns MT2520 reads as a prize or a place in a
ranking standing as the subject of "take", "receive", "win" in Russian order ("Second place took
the team of Kazan": второе место заняла команда; "The main prize received a schoolgirl").

From WordNet 3.0 (Debian's `wordnet-base`, read by scripts/wordnet.py), every lemma of a synset
under one of these roots, by any sense (the detector asks only about a sentence's subject before a
verb of getting with a person after it, so a second sense is enough):

* award   award/accolade/honor (06696483), prize/award (13268146), trophy/prize (04487996): medal,
          cup, diploma, grant, scholarship, laurels; and grand_prix (07459066), which WordNet files
          as a race but which Russian news uses for the top award of any contest (гран-при)
* rank    place/position "an item on a list or in a sequence" (06483454), championship/title
          (13948912)

Academic degrees (with their abbreviations) and the grammar's positions (preposition) are left
out.

Usage: python scripts/build_award_words.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "calque_award_words.tsv"
ROOTS = {"award": ("06696483", "13268146", "04487996", "07459066"),
         "rank": ("06483454", "13948912")}
# subtrees left out: academic degrees (a diploma is not fronted as a prize) and the grammar's
# "position" words (preposition, postposition)
SKIP = frozenset({"06697331", "06483702", "06483992"})


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from wordnet import closure, noun_tree  # the WordNet reader the list builders share

    lemmas, _, hyponyms = noun_tree(root)
    out: dict[str, str] = {}
    for kind, roots in ROOTS.items():
        for o in sorted(set().union(*(closure(r, hyponyms, SKIP) for r in roots))):
            for lemma in lemmas[o]:
                word = lemma.lower()
                if word.replace(" ", "").replace("-", "").isalpha() and len(word) > 2:
                    out.setdefault(word, kind)
    OUT.write_text("# word<TAB>class (award, rank), built by scripts/build_award_words.py from WordNet 3.0; "
                   "do not edit by hand\n" + "".join(f"{w}\t{k}\n" for w, k in sorted(out.items())),
                   encoding="utf-8")
    print(f"{len(out)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
