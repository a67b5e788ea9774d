"""Rebuild mtaudit/data/species_nouns.tsv: the nouns of animal and plant kinds MT3110 reads,
from WordNet 3.0's noun database (Debian's `wordnet-base`, /usr/share/wordnet), read by scripts/wordnet.py.

A noun is a species noun when one of its senses lies in WordNet's noun.animal or noun.plant
lexicographer file (a fish that is first a food, "smelt", counts by its animal sense). Marks the
detector reads, all from WordNet:
* `sex`: an animal sense whose gloss names a sex ("female equine animal", "adult male of
  domestic cattle"): English says "she" for a mare, a cow, a hen of its own;
* `young`: an animal sense glossed "young of …" or under a young-animal synset (pup, calf, foal):
  a single young animal of a story, seldom a kind;
* `person`: the word's first sense that is no named individual is a person's ("baby",
  "fledgling", not "crane" for Hart Crane): the word may stand for a person.
Multi-word lemmas are left out (the detector reads one token). The detector reads only the built
file, so the audit needs no WordNet.

Usage: python scripts/build_species_nouns.py [/usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "species_nouns.tsv"
WORDNET = Path("/usr/share/wordnet")
ANIMAL, PLANT, PERSON = 5, 20, 18
_SEX = re.compile(r"^(?:[a-z-]+ ){0,3}(?:female|male)\b")
_YOUNG = re.compile(r"^(?:the )?young (?:of|[a-z]+ (?:of|born))\b")

HEADER = """\
# Nouns of animal and plant kinds (WordNet 3.0 noun.animal and noun.plant, one-word lemmas),
# built by scripts/build_species_nouns.py: do not edit by hand. Read by MT3110
# (pronouns_species): "he"/"she" for a kind of animal or plant talked about as a kind is the
# Russian noun's gender ("The saiga is an antelope; in summer he leaves the steppe").
# noun<TAB>class (animal|plant)<TAB>marks (sex: a sex-marked animal, mare; young: a young
# animal, pup; person: the first sense is a person's, so the word may be a person)
"""


def read(root: Path):
    """offset -> lexicographer file, gloss (lower case), hypernyms (class and instance); lemma ->
    offsets; the synsets of named individuals (instances)."""
    nouns = wordnet.synsets(root, "noun")
    lexfile = {o: s.lexfile for o, s in nouns.items()}
    gloss = {o: s.gloss.strip().lower() for o, s in nouns.items()}
    instance = wordnet.instances(root)
    return lexfile, gloss, wordnet.links(root, "noun", ("@", "@i")), wordnet.senses(root, "noun"), instance


def _young(offset: str, gloss, hypernyms) -> bool:
    seen, stack = set(), [offset]
    while stack:
        o = stack.pop()
        if o in seen:
            continue
        seen.add(o)
        if _YOUNG.match(gloss.get(o, "")) or gloss.get(o, "").startswith("any immature animal"):
            return True
        stack += hypernyms.get(o, [])
    return False


def build(root: Path) -> list[tuple[str, str, str]]:
    lexfile, gloss, hypernyms, senses, instance = read(root)
    rows = []
    for word, offsets in sorted(senses.items()):
        if not re.fullmatch(r"[a-z]+", word):
            continue
        kinds = [i for i, o in enumerate(offsets) if lexfile[o] in (ANIMAL, PLANT)]
        if not kinds:
            continue
        first = offsets[kinds[0]]
        cls = "animal" if lexfile[first] == ANIMAL else "plant"
        marks = []
        animal = [o for o in offsets if lexfile[o] == ANIMAL]
        if any(_SEX.match(gloss[o]) for o in animal):
            marks.append("sex")
        if any(_young(o, gloss, hypernyms) for o in animal):
            marks.append("young")
        common = [o for o in offsets if o not in instance]  # "Crane" the writer is a name
        if common and lexfile[common[0]] == PERSON:
            marks.append("person")
        rows.append((word, cls, ",".join(marks)))
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
