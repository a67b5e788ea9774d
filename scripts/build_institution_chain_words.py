"""Rebuild mtaudit/data/institution_chain_words.tsv: the word classes MT2411 reads, a Russian
genitive chain naming a body, programme or event ("the fund of support of entrepreneurship",
фонд поддержки предпринимательства) where English writes a compound (entrepreneurship support fund).

Two classes, from WordNet 3.0's noun database (Debian's `wordnet-base`, read by scripts/wordnet.py):
- `head`: a noun that names an organisation, institution, facility, programme or plan, social
  event, fund or observance day: every lemma under the roots in `HEAD_ROOTS` (hyponym closure),
  less `HEAD_DROP` (heads English itself writes before "of <act> of": "a ministry of defence"),
  plus `HEAD_ADD` (the British and Russian-English spellings WordNet lacks);
- `act`: a deverbal action noun (support, development, protection, rehabilitation): a lemma of a
  noun.act, noun.process or noun.cognition synset that points to a verb it derives from
  (WordNet's "+" derivationally related form), less `ACT_DROP` (nouns English writes between two
  "of"s: "the centre of attention of", "a day of rest of").

The detector reads only the built file, so the audit needs no WordNet.

Usage: python scripts/build_institution_chain_words.py [path/to/data.noun]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import closure, noun_tree, synsets

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet/data.noun")
HEAD_ROOTS = {
    "08008335": "organization (a group of people who work together)",
    "08053576": "institution, establishment",
    "03297735": "establishment (a place of business)",
    "03315023": "facility, installation",
    "02993546": "center, centre (a building dedicated to an activity)",
    "08514034": "center, centre (a place where an activity is concentrated)",
    "05898568": "plan, program, programme",
    "07288639": "social event (festival, contest, competition)",
    "00517728": "festival, fete",
    "13358549": "fund",
    "15157225": "day (a day assigned to an observance)",
}
HEAD_DROP = frozenset("""ministry house senate parliament congress court church party government
administration family people class world state nation country market line school college university
academy order army navy force forces body crowd""".split())
HEAD_ADD = frozenset("""centre center fund foundation programme program festival competition contest
forum exhibition department directorate service agency inspectorate committee council commission
project strategy concept week month year day olympiad championship""".split())
ACT_LEXFILES = (4, 9, 22)  # noun.act, noun.cognition, noun.process
ACT_DROP = frozenset("""attention rest honor honour interest work business thought knowledge view
faith belief principle idea reason sense feeling memory mind will""".split())


def single(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 2


def main(path: Path = WORDNET) -> None:
    lemmas, lexfile, hyponyms = noun_tree(path.parent)
    to_verb = {o for o, s in synsets(path.parent, "noun").items()  # derivationally related to a verb
               if any(symbol == "+" and pos == "v" for symbol, _, pos, _ in s.pointers)}
    heads: set[str] = set()
    for root in HEAD_ROOTS:
        for o in closure(root, hyponyms):
            heads |= {w for w in lemmas[o] if single(w)}
    heads = (heads - HEAD_DROP) | HEAD_ADD
    acts = {w for o, ws in lemmas.items() if lexfile[o] in ACT_LEXFILES and o in to_verb
            for w in ws if single(w)} - ACT_DROP
    rows = sorted({(w, "head") for w in heads} | {(w, "act") for w in acts})
    text = ("# word<TAB>class (head: a body, programme or event; act: a deverbal action noun), built by\n"
            "# scripts/build_institution_chain_words.py from WordNet 3.0; do not edit by hand\n"
            + "".join(f"{w}\t{c}\n" for w, c in rows))
    (DATA / "institution_chain_words.tsv").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
