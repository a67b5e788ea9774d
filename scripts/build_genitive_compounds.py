"""Rebuild mtaudit/data/genitive_compounds.tsv: the pairs MT2410 reads, a Russian genitive
("the day of birth", день рождения) where English writes one closed compound (birthday).

A pair is N1, N2 and their compound N2N1, all from WordNet 3.0's noun index (Debian's
`wordnet-base`, read by scripts/wordnet.py), kept when:
- the compound is one word that splits into two nouns, each common (wordfreq Zipf >= 3.5; the
  compound >= 2.5), and is a kind of N1 (a hypernym of one of its senses, up to six levels up,
  holds the lemma N1: a birthday is a day, a teapot a pot; a weekend is no end, a waterfall no fall,
  so "the end of the week" and "the fall of water" are different words, not this calque);
- N2 is a noun (no adjective or adverb sense in WordNet: "black", "high", "over" go), of four
  letters or more, and no combining form (auto-, photo-: `COMBINING`);
- N1 is no container or part (WordNet's container, part and portion classes: "a pot of
  tea", "a spoonful", "a piece" name an amount, and English says them with "of");
- English writes no "N1 of N2" itself: no WordNet lemma "N1_of_N2" and no gloss of any part of
  speech that says "N1 of (the) N2" ("point of view", "the bed of a river", "the light of the sun"
  are English definitions, so English uses the of-form).

The detector reads only the built file, so the audit needs neither WordNet nor wordfreq.

Usage: python scripts/build_genitive_compounds.py [/usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import wordfreq

import wordnet

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
# WordNet 3.0 synsets whose hyponyms hold an amount or name a piece of something ("a pot of tea",
# "a cup of coffee", "a slice of bread"): a head under them is English before "of"
AMOUNT_ROOTS = {"03094503": "container",
                "13809207": "part, portion, component", "13285176": "portion, part"}
MIN_PART, MIN_COMPOUND = 3.5, 2.5
# nouns English also uses as combining forms (autobiography, photocopy): no genitive behind them
COMBINING = frozenset("auto photo psycho video radio tele micro macro mini maxi super".split())


def read_nouns(path: Path):
    """offset -> lemmas (lower case), lemma -> offsets, offset -> hypernyms, the lemmas WordNet writes
    in lower case somewhere (common nouns)."""
    lemmas: dict[str, list[str]] = {}
    synsets: dict[str, list[str]] = defaultdict(list)
    common: set[str] = set()
    for offset, synset in wordnet.synsets(path, "noun").items():
        common.update(w for w in synset.words if w.islower())
        lemmas[offset] = [w.lower() for w in synset.words]
        for w in lemmas[offset]:
            synsets[w].append(offset)
    return lemmas, synsets, wordnet.links(path, "noun", ("@", "@i")), common


def ancestors(offset: str, hypernyms, depth: int) -> set[str]:
    seen, front = set(), [offset]
    for _ in range(depth):
        front = [h for o in front for h in hypernyms[o] if h not in seen]
        seen |= set(front)
    return seen


def index_words(path: Path, pos: str) -> set[str]:
    return set(wordnet.senses(path, pos))


def glosses(path: Path) -> str:
    return " ".join(s.gloss.lower() for pos in ("noun", "verb", "adj", "adv")
                    for s in wordnet.synsets(path, pos).values())


def main(path: Path = WORDNET) -> None:
    lemmas, synsets, hypernyms, common = read_nouns(path)
    other_pos = index_words(path, "adj") | index_words(path, "adv")
    all_lemmas = index_words(path, "noun") | other_pos | index_words(path, "verb")
    text = glosses(path)
    nouns = {w for w in common if w.isalpha() and w.isascii()}
    open_compounds = {w for w in common if w.count("_") == 1 and w.replace("_", "").isalpha() and w.isascii()}
    zipf = lambda w: wordfreq.zipf_frequency(w, "en")  # noqa: E731

    def under(word: str, roots) -> bool:
        return any(o in roots or ancestors(o, hypernyms, 20) & set(roots) for o in synsets[word])

    said = {(m.group(1), m.group(2)) for m in re.finditer(r"(?=\b([a-z]+) of (?:the |a |an )?([a-z]+)\b)", text)}

    def english_of(n1: str, n2: str) -> bool:
        if any(f in all_lemmas for f in (f"{n1}_of_{n2}", f"{n1}_of_the_{n2}", f"{n1}s_of_{n2}", f"{n1}_of_{n2}s")):
            return True
        return any((a, b) in said for a in (n1, n1 + "s") for b in (n2, n2 + "s"))

    rows = []
    for w in sorted(nouns):
        if len(w) < 7 or zipf(w) < MIN_COMPOUND:
            continue
        for i in range(4, len(w) - 2):
            n2, n1 = w[:i], w[i:]
            if n1 not in nouns or n2 not in nouns or n2 in other_pos or n2 in COMBINING or len(n1) < 3:
                continue
            if zipf(n1) < MIN_PART or zipf(n2) < MIN_PART:
                continue
            kinds = set().union(*(ancestors(o, hypernyms, 6) for o in synsets[w]))
            if not any(n1 in lemmas[k] for k in kinds):
                continue
            if under(n1, AMOUNT_ROOTS) or english_of(n1, n2):
                continue
            rows.append((n1, n2, w))
    for w in sorted(open_compounds):
        n2, n1 = w.split("_")
        if n1 not in nouns or n2 not in nouns or n2 in other_pos or n2 in COMBINING or len(n2) < 4 or len(n1) < 3:
            continue
        if zipf(n1) < MIN_PART + 0.5 or zipf(n2) < MIN_PART + 0.5:
            continue
        kinds = set().union(*(ancestors(o, hypernyms, 6) for o in synsets[w]))
        if not any(n1 in lemmas[k] for k in kinds) or under(n1, AMOUNT_ROOTS) or english_of(n1, n2):
            continue
        rows.append((n1, n2, f"{n2} {n1}"))
    rows.sort()
    out = ("# head<TAB>dependent<TAB>compound, built by scripts/build_genitive_compounds.py from WordNet 3.0\n"
           "# and wordfreq; do not edit by hand\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows))
    (DATA / "genitive_compounds.tsv").write_text(out, encoding="utf-8")
    print(f"{len(rows)} pairs")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
