"""Rebuild mtaudit/data/quotative_verbs.tsv: the verbs that may attribute speech or thought,
in the finite forms an inverted attribution takes ("noted", "shares", "emphasized", "believes").

Russian inverts every verb of speech or thought after a quote (поделилась актриса, отметил
фермер, подчеркнул глава, уточнили в пресс-службе, считает аналитик); English inverts only a
few (said, asked, added, replied, wrote ...: `quotative_verbs_english.txt`, kept by hand and
measured on human news). The class of the verb is WordNet's, not a list of phrases: every
one-word lemma (and every verb + out/up: point out, sum up) with a sense in verb.communication
or verb.cognition, inflected to its past and its third person singular (the past from
WordNet's verb.exc when it lists one: told, wrote, admitted, regretted; else the regular rule).
Columns: form, lemma, class (communication, cognition or both), and "clause" when some
communication or cognition sense takes a "that" clause (WordNet verb frame 26: note,
emphasize, believe; not praise or thank, whose object is a person), which the readers after a
plain clause require.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py; the detectors read only the built file.

Usage: python scripts/build_quotative_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import wordnet

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "quotative_verbs.tsv"
CLASSES = {31: "cognition", 32: "communication"}
PARTICLES = ("out", "up")
# WordNet verb frames with a person as the object: somebody ----s somebody, something ----s
# somebody, somebody ----s somebody something, ... somebody to INFINITIVE / INFINITIVE
PERSON_FRAMES = frozenset({9, 10, 14, 24, 25})
SPEECH_OUT = OUT.with_name("quotative_verbs_clausal.txt")
VOWELS = set("aeiou")


def read(root: Path):
    """lemma -> its classes among CLASSES; the lemmas with a that-clause frame in one of them; the
    lemmas with a person-object frame in one of them (somebody ----s somebody)."""
    classes: dict[str, set[str]] = defaultdict(set)
    clausal: set[str] = set()
    personal: set[str] = set()
    for synset in wordnet.synsets(root, "verb").values():
        lex, frames = synset.lexfile, synset.frames
        if lex not in CLASSES:
            continue
        lemmas = [w.lower() for w in synset.words]
        for i, lemma in enumerate(lemmas):
            words = lemma.split("_")
            if not all(w.isalpha() for w in words) or (len(words) > 1 and (len(words) > 2 or words[1] not in PARTICLES)):
                continue
            classes[lemma].add(CLASSES[lex])
            if any(f == 26 and w in (0, i + 1) for f, w in frames):
                clausal.add(lemma)
            if any(f in PERSON_FRAMES and w in (0, i + 1) for f, w in frames):
                personal.add(lemma)
    return classes, clausal, personal


def first_senses(root: Path) -> dict[str, int]:
    """lemma -> the lexicographer file of its most frequent sense (index.verb lists senses by frequency)."""
    lex_of = wordnet.lexfiles(root, "verb")
    return {lemma: lex_of[offsets[0]] for lemma, offsets in wordnet.senses(root, "verb").items()}


def exceptions(root: Path) -> dict[str, list[str]]:
    """lemma -> its irregular or doubled forms that WordNet lists (told, wrote, admitted), no -ing."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in (root / "verb.exc").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) >= 2 and not parts[0].endswith("ing"):
            for base in parts[1:]:
                out[base].append(parts[0])
    return out


def third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    verb, _, particle = lemma.partition("_")
    tail = f" {particle}" if particle else ""
    # the past: WordNet's listed forms (told, wrote, admitted), and the regular one beside a
    # listed form in -t (learnt, learned)
    listed = [f for f in irregular.get(verb, ()) if " " not in f]
    pasts = set(listed)
    if all(f.endswith("t") for f in listed):  # none listed, or learnt, spelt: learned, spelled too
        pasts.add(past(verb))
    return {f + tail for f in pasts | {third_person(verb)}}


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    classes, clausal, personal = read(root)
    first = first_senses(root)
    irregular = exceptions(root)
    rows = set()
    speech = set()
    for lemma, cls in classes.items():
        kind = "both" if len(cls) > 1 else next(iter(cls))
        for form in forms(lemma, irregular):
            rows.add((form, lemma.replace("_", " "), kind, "clause" if lemma in clausal else ""))
            # a verb of saying whatever its context: its first sense is speech, it takes a clause
            # and no person as its object (note, emphasize, complain; not tell, teach, praise)
            if lemma in clausal and lemma not in personal and first.get(lemma) == 32:
                speech.add(form)
    OUT.write_text("# form<TAB>lemma<TAB>class<TAB>clause: the finite forms (past, 3rd person singular) of WordNet 3.0's\n"
                   "# verb.communication and verb.cognition lemmas; built by scripts/build_quotative_verbs.py,\n"
                   "# do not edit by hand\n" + "".join("\t".join(r).rstrip("\t") + "\n" for r in sorted(rows)),
                   encoding="utf-8")
    SPEECH_OUT.write_text("# The forms of quotative_verbs.tsv whose verb is one of saying in any context: its most frequent\n"
                          "# WordNet sense is verb.communication, a sense takes a that-clause (frame 26) and none takes a\n"
                          "# person as its object (note, emphasize, complain, underline; not tell, teach, praise): the\n"
                          "# verbs MT2022 and MT2512 read after a plain clause. Built by scripts/build_quotative_verbs.py\n"
                          + "".join(f"{f}\n" for f in sorted(speech)), encoding="utf-8")
    print(f"{len(rows)} forms of {len(classes)} lemmas -> {OUT}; {len(speech)} forms of saying -> {SPEECH_OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
