"""Rebuild mtaudit/data/pronoun_thing_nouns.tsv: the nouns of things MT3112 reads, from WordNet
3.0's noun database (Debian's `wordnet-base`, /usr/share/wordnet), read by scripts/wordnet.py
(through build_species_nouns' read).

A noun is a thing noun when its first common sense lies in WordNet's noun.artifact, noun.food,
noun.object (geological formations, bodies of water, stones) or noun.substance file, and none of
its senses is a person's, an animal's or a group's (so "pilot", "star", "board", "crane" are
left out: the word may stand for somebody a "he"/"she" can mean). Its class is the first sense's
file; `craft` marks a noun one of whose first two senses is under WordNet's craft (a ship, a boat, an aircraft): English
may call it "she" by tradition. Multi-word lemmas are left out (the detector reads one token).
The detector reads only the built file, so the audit needs no WordNet.

Usage: python scripts/build_thing_nouns.py [/usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_species_nouns import read  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "pronoun_thing_nouns.tsv"
WORDNET = Path("/usr/share/wordnet")
THINGS = {6: "artifact", 13: "food", 17: "object", 27: "substance"}
SOMEBODY = (5, 14, 18)  # noun.animal, noun.group, noun.person
CRAFT = "03125870"  # craft: a vehicle designed for navigation in or on water or air or through space

HEADER = """\
# Nouns of things (WordNet 3.0: first common sense in noun.artifact, noun.food, noun.object or
# noun.substance, no sense a person's, an animal's or a group's; one-word lemmas), built by
# scripts/build_thing_nouns.py: do not edit by hand. Read by MT3112 (pronouns_thing_class):
# "he"/"she" for a thing is the Russian noun's gender ("The lamp was repaired; he shines again").
# noun<TAB>class (artifact|food|object|substance)<TAB>craft (a ship or an aircraft English may
# call "she")
"""


def _under(offset: str, root: str, hypernyms) -> bool:
    seen, stack = set(), [offset]
    while stack:
        o = stack.pop()
        if o == root:
            return True
        if o not in seen:
            seen.add(o)
            stack += hypernyms.get(o, [])
    return False


def build(root: Path) -> list[tuple[str, str, str]]:
    lexfile, _gloss, hypernyms, senses, instance = read(root)
    rows = []
    for word, offsets in sorted(senses.items()):
        if not re.fullmatch(r"[a-z]+", word):
            continue
        common = [o for o in offsets if o not in instance]
        if not common or lexfile[common[0]] not in THINGS or \
                any(lexfile[o] in SOMEBODY for o in common):
            continue
        craft = any(_under(o, CRAFT, hypernyms) for o in common[:2])  # "tower" is a tugboat only third
        rows.append((word, THINGS[lexfile[common[0]]], "craft" if craft else ""))
    return rows


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else WORDNET
    rows = build(root)
    DATA.write_text(HEADER + "".join(f"{w}\t{c}\t{m}\n" if m else f"{w}\t{c}\n" for w, c, m in rows),
                    encoding="utf-8")
    print(f"{len(rows)} nouns -> {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
