"""Rebuild mtaudit/data/calque_transitive_verbs.txt: the verbs whose most frequent WordNet 3.0
sense takes a person as subject and an object ("Somebody ----s something/somebody", with or
without a phrase or a second object): keep, see, notice, satisfy, produce.

MT2509 reads a sentence that opens with two noun phrases and closes with a verb that has no
object after it ("The recipe the master keeps in secret", "The next eclipse residents will see
only in 2030") as the Russian object - subject - verb order only when that verb is one a person
does to something: an intransitive verb ("The meeting in Brussels lasted four hours", "The load
of the flight now stands at 30%") leaves no object to have been fronted.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read directly, without nltk.
Only one-word lemmas are kept. The detector reads only the built file.

Usage: python scripts/build_transitive_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "calque_transitive_verbs.txt"
# Somebody ----s something; … somebody; … somebody something; … something to/from/on somebody;
# … somebody with/of something; … somebody/something PP; … somebody (to) INFINITIVE; … somebody
# into V-ing something; … something with something
PERSON_TRANSITIVE = frozenset({8, 9, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})


def read(root: Path) -> dict[str, tuple[list[str], set[tuple[int, int]]]]:
    """offset -> (lemmas, frames as (frame, word number; 0 for all))."""
    synsets = {}
    for line in (root / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head = line.split("|")[0].split()
        count = int(head[3], 16)
        words = [head[4 + 2 * i].lower() for i in range(count)]
        i = 4 + 2 * count
        i += 1 + 4 * int(head[i])
        frames = set()
        if i < len(head):
            for _ in range(int(head[i])):
                frames.add((int(head[i + 2]), int(head[i + 3], 16)))
                i += 3
        synsets[head[0]] = (words, frames)
    return synsets


def build(root: Path) -> list[str]:
    synsets = read(root)
    out = []
    for line in (root / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, pointers = parts[0], int(parts[3])
        offsets = parts[4 + pointers + 2:]
        if "_" in lemma or "-" in lemma or not offsets:
            continue
        words, frames = synsets[offsets[0]]
        index = words.index(lemma) + 1 if lemma in words else -1
        if {f for f, w in frames if w in (0, index)} & PERSON_TRANSITIVE:
            out.append(lemma)
    return sorted(out)


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    words = build(root)
    OUT.write_text("# Verbs whose most frequent WordNet 3.0 sense takes a person subject and an object (MT2509's\n"
                   "# verb-final object-first order); built by scripts/build_transitive_verbs.py, do not edit by hand\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} verbs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
