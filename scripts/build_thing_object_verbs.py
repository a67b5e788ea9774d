"""Rebuild mtaudit/data/thing_object_verbs.tsv: the verbs whose object is a thing, read from
WordNet's sentence frames (buy, sell, repair, install, manufacture, harvest, open, close).

WordNet 3.0 gives every verb sense the frames it takes: "Somebody ----s something" (8),
"Something ----s something" (11), and the frames of a person object ("Somebody ----s somebody"
9, "Something ----s somebody" 10, "… somebody something" 14, "… somebody with something" 17,
"… somebody of something" 18, "… somebody PP" 20, "… somebody to INFINITIVE" 24 and 25, 30).
Three marks, any of them on a lemma:
* `first`: the most frequent sense is one of possession, creation, contact or change, with a
  thing object and no person object ("buy", "repair", "harvest"; not "hire", "bring", "install");
* `never`: no sense takes a person object, some a thing ("expand", "enlarge", "launch");
* `thing1`: the most frequent sense takes no person object ("turn", "fence", "make"; not
  "bring", "consult", "provide").
MT3112 reads it: the noun a `first` verb takes ("Orlov bought the roaster in Istanbul") is a
thing; a `thing1` verb's "him" may go back to a thing named after a preposition ("complained
about the glare from the sign, and the owners turned him"); a `never` verb's "him" ("decided to
expand him") to the subject of the sentence before. WordNet comes from Debian's `wordnet-base`,
read by scripts/wordnet.py; the detector reads only the built file.

Usage: python scripts/build_thing_object_verbs.py [path/to/wordnet/dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
CLASSES = {30, 35, 36, 40}  # verb.change, verb.contact, verb.creation, verb.possession
THING_OBJECT = {"08", "11"}
# "----s somebody", "… somebody something", "… somebody with/of something", "… somebody PP",
# "… somebody to INFINITIVE", "… somebody INFINITIVE", "… somebody into V-ing something"
PERSON_OBJECT = {"09", "10", "14", "17", "18", "20", "24", "25", "30"}


def main(root: Path = WORDNET) -> None:
    verbs = wordnet.synsets(root, "verb")
    lexfile = {o: s.lexfile for o, s in verbs.items()}
    frames = {o: {f"{f:02d}" for f, _ in s.frames} for o, s in verbs.items()}
    out = []
    for lemma, offsets in wordnet.senses(root, "verb").items():
        if "_" in lemma or not lemma.isalpha():
            continue
        first = offsets[0]
        kinds = []
        if lexfile.get(first) in CLASSES and frames.get(first, set()) & THING_OBJECT and \
                not frames.get(first, set()) & PERSON_OBJECT:
            kinds.append("first")
        if any(frames.get(o, set()) & THING_OBJECT for o in offsets) and \
                not any(frames.get(o, set()) & PERSON_OBJECT for o in offsets):
            kinds.append("never")
        if not frames.get(first, set()) & PERSON_OBJECT:
            kinds.append("thing1")
        if kinds:
            out.append(lemma + "\t" + ",".join(kinds))
    header = ("# lemma<TAB>first,never,thing1 (any of): verbs whose object is a thing (WordNet 3.0 frames).\n"
              "# first: the first sense is in verb.possession, verb.creation, verb.contact or\n"
              "# verb.change with a frame \"----s something\" and none of a person object; never: no sense\n"
              "# has a \"----s somebody\" frame, some a \"----s something\" one; thing1: the first sense\n"
              "# has no frame of a person object; built by\n"
              "# scripts/build_thing_object_verbs.py, do not edit by hand\n")
    (DATA / "thing_object_verbs.tsv").write_text(header + "\n".join(sorted(out)) + "\n", encoding="utf-8")
    print(len(out), "verbs")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
