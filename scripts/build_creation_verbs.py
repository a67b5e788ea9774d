"""Rebuild mtaudit/data/creation_verbs.txt: the verbs whose most frequent WordNet sense is in the
verb.creation lexicographer file (build, construct, paint, write, design, sew, bake), that is the
verbs whose object comes into being by the act. MT3102 reads it: the subject of such a passive
("it had been built on their side of the line") is a thing made, never a person.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet/index.verb and data.verb), read
by scripts/wordnet.py. index.verb lists a lemma's synsets most frequent first; the first
one's lexicographer file decides. The detector reads only the built file.

Usage: python scripts/build_creation_verbs.py [path/to/wordnet/dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import lexfiles, senses

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
CREATION = 36  # verb.creation (lexnames: 36)
# a creation verb whose passive subject is also a person: "he was cast as the lead"
DROP = frozenset({"cast"})


def main(root: Path = WORDNET) -> None:
    lexfile = lexfiles(root, "verb")
    out = []
    for lemma, offsets in senses(root, "verb").items():
        if "_" in lemma or not lemma.isalpha():
            continue
        if lexfile.get(offsets[0]) == CREATION and lemma not in DROP:
            out.append(lemma)
    header = ("# lemma: the verbs whose first WordNet 3.0 sense is in verb.creation; built by\n"
              "# scripts/build_creation_verbs.py, do not edit by hand\n")
    (DATA / "creation_verbs.txt").write_text(header + "\n".join(sorted(out)) + "\n", encoding="utf-8")
    print(len(out), "verbs")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
