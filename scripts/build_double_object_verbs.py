"""Rebuild mtaudit/data/double_object_verbs.txt: the verbs that take two objects in some WordNet
3.0 sense (frames 14 and 15, "Somebody ----s somebody something", "Somebody ----s something to
somebody": give, award, show, call, name, send, issue).

MT2317 reads "At the farm fair was weighed the largest pumpkin" as Russian order though the parser
makes "fair" the passive verb's subject: a passive verb has no direct object after it, so a noun
phrase there is its postposed subject. A double-object verb keeps one in the passive ("the winner
was given a medal", "residents were shown the plans"), so these verbs are left out of that reading.

Any sense counts (the list spares), not only the first. WordNet comes from Debian's
`wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py; one-word lemmas only.

Usage: python scripts/build_double_object_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "double_object_verbs.txt"
DOUBLE_OBJECT = frozenset({14, 15})  # … somebody something; … something to somebody


def build(root: Path) -> list[str]:
    out = set()
    for synset in wordnet.synsets(root, "verb").values():
        words = [w.lower() for w in synset.words]
        for number, word in synset.frames:
            if number not in DOUBLE_OBJECT:
                continue
            for i, lemma in enumerate(words, 1):
                if word in (0, i) and lemma.isalpha():
                    out.add(lemma)
    return sorted(out)


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    words = build(root)
    OUT.write_text("# Verbs with a double-object sense in WordNet 3.0 (frames 14, 15: somebody ----s somebody something, something to somebody), for\n"
                   "# MT2317's passive with a noun phrase after it; built by scripts/build_double_object_verbs.py, do not edit by hand\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} verbs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
