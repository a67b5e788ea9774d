"""Rebuild mtaudit/data/human_subject_verbs.tsv: verbs whose subject is someone, never a thing.

MT3111 (detectors/pronouns_centering.py) reads an opening "It" after a sentence about a person as
Russian "он/она" when the "It" does what no thing does. Which verbs those are is WordNet's word,
not a list of phrases: a lemma whose most frequent sense is in verb.communication,
verb.cognition or verb.emotion (says, believes, hopes, recalls, admits, plans) and none of whose
tagged senses (WordNet's sense-tagged ones; the first when none is) has a frame with a thing as
subject ("Something ----s", "Something ----s something", "It ----s that CLAUSE", ...): "know",
"hope", "plan", "regret", "insist" qualify; "say" (the sign says), "show", "record", "mean",
"demand" (the job demands patience) do not. Column two: "clause" when a sense of the class takes
"that" (frame 26: Somebody ----s that CLAUSE) and none takes "It ----s that CLAUSE" (34): then
the verb with a that-clause is a person's (or a body's) saying or thinking ("demanded that",
"admits that") even when another sense has a thing subject.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py; the detector reads
only the built file.

Usage: python scripts/build_human_subject_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "human_subject_verbs.tsv"
CLASSES = {31: "cognition", 32: "communication", 37: "emotion"}
# WordNet verb frames whose subject is a thing
THING_FRAMES = frozenset({1, 3, 4, 5, 6, 10, 11, 12, 34, 35})


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    table = wordnet.synsets(root, "verb")
    tagged = wordnet.tagged(root, "verb")
    rows = []
    for lemma, offsets in wordnet.senses(root, "verb").items():
        if not lemma.isalpha():
            continue
        if table[offsets[0]].lexfile not in CLASSES:
            continue
        used = [table[o] for o in offsets[:max(tagged[lemma], 1)]]
        every = [table[o] for o in offsets]
        person = not any(wordnet.frames_of(e, lemma) & THING_FRAMES for e in used)
        clause = any(e.lexfile in CLASSES and 26 in wordnet.frames_of(e, lemma) for e in every) and \
            not any(34 in wordnet.frames_of(e, lemma) for e in every)
        if person or clause:
            rows.append(f"{lemma}\t{'clause' if clause and not person else 'any'}\n")
    OUT.write_text("# lemma<TAB>use: verbs whose subject is someone (WordNet 3.0's verb.communication,\n"
                   "# verb.cognition, verb.emotion; `any`: no thing subject in any tagged sense; `clause`: only\n"
                   "# with a that-clause); built by scripts/build_human_subject_verbs.py, do not edit by hand\n"
                   + "".join(sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
