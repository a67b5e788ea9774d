"""Rebuild mtaudit/data/calque_agent_verbs.txt: the verbs whose most frequent sense WordNet 3.0
gives only a person as the subject of its object ("Somebody ----s something/somebody", never
"Something ----s something/somebody"): score, adopt, approve, sign, design, propose.

MT2510 reads a clause with an act or an event as the subject and a doer as the object in
Russian order (гол забил нападающий: "The goal scored the forward") only when the verb is one a
thing cannot do. A verb WordNet lets a thing do in its first sense ("the law supports families",
"the storm caught the fishermen", "the gift surprised the mayor") stays out, and so do the
verbs of feeling, the body, perception, states and weather (verb.emotion, verb.body,
verb.perception, verb.stative, verb.weather), which a thing does to people in English.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read directly, without nltk.
Only one-word lemmas are kept. The detector reads only the built file.

Usage: python scripts/build_agent_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "calque_agent_verbs.txt"
PERSON_FRAMES = {8, 9}  # Somebody ----s something; Somebody ----s somebody
THING_FRAMES = {1, 4, 6, 7, 10, 11}  # Something ----s (…); Something ----s something/somebody
SKIP_LEX = {29, 37, 39, 42, 43}  # verb.body, verb.emotion, verb.perception, verb.stative, verb.weather


def read(root: Path) -> dict[str, tuple[int, list[str], set[tuple[int, int]]]]:
    synsets = {}
    for line in (root / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head = line.split("|")[0].split()
        offset, lex, count = head[0], int(head[1]), int(head[3], 16)
        words = [head[4 + 2 * i].lower() for i in range(count)]
        i = 4 + 2 * count
        i += 1 + 4 * int(head[i])
        frames = set()
        if i < len(head):
            for _ in range(int(head[i])):
                frames.add((int(head[i + 2]), int(head[i + 3], 16)))
                i += 3
        synsets[offset] = (lex, words, frames)
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
        lex, words, frames = synsets[offsets[0]]
        if lex in SKIP_LEX:
            continue
        index = words.index(lemma) + 1 if lemma in words else -1
        first = {f for f, w in frames if w in (0, index)}
        if first & PERSON_FRAMES and not first & THING_FRAMES:
            out.append(lemma)
    return sorted(out)


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    words = build(root)
    OUT.write_text("# Verbs whose most frequent WordNet 3.0 sense takes only a person as the subject of its object\n"
                   "# (MT2510's act-first order); built by scripts/build_agent_verbs.py, do not edit by hand\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} verbs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
