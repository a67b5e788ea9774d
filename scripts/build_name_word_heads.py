"""Build the WordNet data the bare-name check (MT116, detectors/entities/common_word_names.py) reads.

Two files from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py at build time only:

- mtaudit/data/name_word_heads.txt: nouns that name a natural thing or a place in one of their
  first three senses (WordNet's object, animal, plant, phenomenon, food, substance and location
  files), whose first sense is no person and first three senses no group ("rail", a barrier first
  and a bird fifth, stays out). Russian names of farms, villages and firms
  end in such a noun (Тихий ручей "Quiet Creek", Стальная волна "Steel Wave", Липецкая рыба
  "Lipetsk Fish"); English names of institutions end in a group noun (Court, Chamber, Committee,
  Bank, Guard), which stays out.
- mtaudit/data/english_name_phrases.txt: WordNet's capitalised names of two or three words
  ("Red Square", "Golden State"): English names made of common words, never flagged.

Usage: python3 scripts/build_name_word_heads.py
"""

from __future__ import annotations

from pathlib import Path

import wordnet

WORDNET = Path("/usr/share/wordnet")
DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
LEXFILES = {5: "animal", 13: "food", 14: "group", 15: "location", 17: "object", 18: "person",
            19: "phenomenon", 20: "plant", 27: "substance"}
NATURAL = {"object", "animal", "plant", "phenomenon", "food", "substance"}


def main() -> None:
    lexfile: dict[str, str] = {}
    names: set[str] = set()
    for offset, synset in wordnet.synsets(WORDNET, "noun").items():
        lexfile[offset] = LEXFILES.get(synset.lexfile, "other")
        for word in synset.words:
            pieces = word.split("_")
            if 2 <= len(pieces) <= 3 and word[:1].isupper() and all(p.isalpha() and p[:1].isupper() for p in pieces):
                names.add(" ".join(pieces))
    heads = []
    for lemma, offsets in wordnet.senses(WORDNET, "noun").items():
        if not lemma.isalpha():
            continue
        senses = [lexfile[o] for o in offsets]
        if senses[:1] == ["person"] or "group" in senses[:3]:  # "creek" keeps its Creek (people) second
            continue
        if (NATURAL | {"location"}) & set(senses[:3]):
            heads.append(lemma)
    header = "# {} built by scripts/build_name_word_heads.py from WordNet 3.0 (wordnet-base); do not edit by hand\n"
    (DATA / "name_word_heads.txt").write_text(
        header.format("Nouns of natural things, the last word of a Russian name by meaning;")
        + "\n".join(sorted(heads)) + "\n", encoding="utf-8")
    (DATA / "english_name_phrases.txt").write_text(
        header.format("English names of two or three capitalised words;")
        + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(len(heads), "heads,", len(names), "names")


if __name__ == "__main__":
    main()
