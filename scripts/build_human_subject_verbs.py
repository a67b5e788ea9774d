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

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read directly; the detector reads
only the built file.

Usage: python scripts/build_human_subject_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "human_subject_verbs.tsv"
CLASSES = {31: "cognition", 32: "communication", 37: "emotion"}
# WordNet verb frames whose subject is a thing
THING_FRAMES = frozenset({1, 3, 4, 5, 6, 10, 11, 12, 34, 35})


def synsets(root: Path) -> dict[str, tuple[int, list[str], list[tuple[int, int]]]]:
    """offset -> (lexicographer file, lemmas, frames as (frame, word number; 0 for all))."""
    out = {}
    for line in (root / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head = line.split("|")[0].split()
        count = int(head[3], 16)
        lemmas = [head[4 + 2 * i].lower() for i in range(count)]
        p = 4 + 2 * count
        q = p + 1 + 4 * int(head[p])
        frames = [(int(head[q + 2 + 3 * i]), int(head[q + 3 + 3 * i], 16)) for i in range(int(head[q]))] \
            if q < len(head) else []
        out[head[0]] = (int(head[1]), lemmas, frames)
    return out


def frames_of(entry, lemma: str) -> set[int]:
    _, lemmas, frames = entry
    number = lemmas.index(lemma) + 1 if lemma in lemmas else 0
    return {f for f, w in frames if w in (0, number)}


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    table = synsets(root)
    rows = []
    for line in (root / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, senses, pointers = f[0], int(f[2]), int(f[3])
        if not lemma.isalpha():
            continue
        tagged = int(f[5 + pointers])
        offsets = f[6 + pointers:6 + pointers + senses]
        if table[offsets[0]][0] not in CLASSES:
            continue
        used = [table[o] for o in offsets[:max(tagged, 1)]]
        every = [table[o] for o in offsets]
        person = not any(frames_of(e, lemma) & THING_FRAMES for e in used)
        clause = any(e[0] in CLASSES and 26 in frames_of(e, lemma) for e in every) and \
            not any(34 in frames_of(e, lemma) for e in every)
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
