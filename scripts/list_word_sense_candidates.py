"""List the candidates for MT2821's word-sense table (mtaudit/data/calque_word_senses.yaml):
the commonest Russian nouns and adjectives, each with what was decided about it.

Why: the table grew from single misses; a wide-sense word is found systematically by going down
the frequency list of Russian news words and asking, for each, whether its first dictionary
English word is wrong in news in some context AND a cue (a modifier, what follows, the topic)
separates that context from the English word's own sense. This script gives the list to go
through and shows the decisions taken so far: `entry` (the lemma is named in an entry's `ru:`
field), or the decision of scripts/word_sense_decisions.tsv (left to MT2820/MT2823, rendered
natively by MT, no cue separates the senses, house style); lemmas with neither are still to read.

Source: wordfreq's Russian list (top_n_list, build time only) and pymorphy3 for the part of
speech (nouns and adjectives, less names, surnames, patronymics and places).

Usage: python scripts/list_word_sense_candidates.py [N]   (default N = 4000 word forms)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pymorphy3
import yaml
from wordfreq import top_n_list

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "mtaudit" / "data" / "calque_word_senses.yaml"
DECISIONS = Path(__file__).resolve().parent / "word_sense_decisions.tsv"
KINDS = {"NOUN", "ADJF"}
NOT_COMMON = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Apro", "Anum"}


def candidates(n: int) -> list[tuple[str, str]]:
    """(lemma, part of speech) of the n commonest Russian word forms, first occurrence order."""
    morph = pymorphy3.MorphAnalyzer()
    seen: dict[str, str] = {}
    for form in top_n_list("ru", n):
        parse = morph.parse(form)[0]
        if parse.tag.POS in KINDS and not (NOT_COMMON & set(parse.tag.grammemes)):
            seen.setdefault(parse.normal_form, parse.tag.POS)
    return list(seen.items())


def table_words() -> set[str]:
    """The Russian words named in the entries' `ru:` fields."""
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return {w for s in data["senses"] for w in re.findall(r"\w+", s["ru"].lower())}


def in_table(lemma: str, words: set[str]) -> bool:
    """The lemma, or a form of it sharing all but its ending ("культуры" for "культура")."""
    stem = lemma[:-1] if len(lemma) > 4 else lemma
    return lemma in words or (len(stem) >= 4 and any(w.startswith(stem) and len(w) - len(stem) <= 2
                                                       for w in words))


def decisions() -> dict[str, str]:
    out = {}
    for line in DECISIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, decision, *why = line.split("\t")
            out[lemma] = decision + (f" ({why[0]})" if why else "")
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    words, decided = table_words(), decisions()
    for rank, (lemma, pos) in enumerate(candidates(n), 1):
        status = "entry" if in_table(lemma, words) else decided.get(lemma, "")
        print(f"{rank}\t{lemma}\t{pos}\t{status}")


if __name__ == "__main__":
    main()
