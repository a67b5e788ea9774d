"""Rebuild mtaudit/data/name_class_heads.tsv: the type nouns of protected areas and of associations
of people, from WordNet 3.0's noun database, after which MT111 reads a Russian name translated by
meaning in apposition ("the reserve Salt Shore", "the national park Snow Ridge", "the association of
hunters Sea Wolf"; entities/apposition_names.py).

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet/data.noun), read by
scripts/wordnet.py. A class is every lemma under its roots by hyponymy (not
instance hyponymy: Yellowstone is a national park, not a type noun), lower case, letters, spaces and
hyphens only. The detector reads only the built file, so the audit needs no WordNet.

Usage: python scripts/build_name_class_heads.py [path/to/data.noun]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import closure, noun_tree

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet/data.noun")
# class -> WordNet roots (offsets): reservation.n.03 "a district reserved for a particular purpose"
# and park.n.02 "a large area of land preserved in its natural state" (area); association.n.01 "a
# formal organization of people or groups of people" (association)
ROOTS = {"area": ("08587174", "08615149"), "association": ("08049401",)}
# Lemmas of the closures that are no type noun of one named body (class, family, pool, ring, nest:
# other senses of the words), or that English itself puts before a name it keeps ("the conference
# Web Summit"): kept out of the built file.
DROP = frozenset("""chapter class conference division family majors minors mob nest pack pool ring trust hunt
gang youth gang sleeper nest koinonia legion frat combine big league bush league major league minor league
little league""".split())


def main(path: Path = WORDNET) -> None:
    lemmas, _, hyponyms = noun_tree(path.parent, ("~",))  # class hyponyms only, no instances
    rows = set()
    for cls, roots in ROOTS.items():
        for root in roots:
            for o in closure(root, hyponyms):
                for lemma in lemmas[o]:
                    if lemma.islower() and lemma.replace(" ", "").replace("-", "").isalpha() and lemma not in DROP:
                        rows.add((lemma, cls))
    out = DATA / "name_class_heads.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# word<TAB>class, built by scripts/build_name_class_heads.py from WordNet 3.0; do not edit by hand\n")
        for lemma, cls in sorted(rows):
            f.write(f"{lemma}\t{cls}\n")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
