"""Rebuild mtaudit/data/calque_numbered_heads.txt: the institutions MT2122 reads before
"number N" ("school number 42" for школа № 42, "polyclinic number 3", "kindergarten number 5").

Russian numbers its schools, hospitals, kindergartens and penal colonies with "№"; MT renders it
"number". English writes "School No. 42" or "School 42", capitalised. The heads are not a list of
phrases: they are WordNet 3.0's nouns (Debian's `wordnet-base`, read by scripts/wordnet.py) under an
educational, medical or penal institution, a hospital, clinic, school building, orphanage or day
nursery (ROOTS) in their first (most frequent) sense, common by wordfreq (Zipf >= 2.0 for one word; a two-word lemma whose last word
is one of them), plus the Russian school types WordNet files under another sense (EXTRA: a
lyceum is a lecture hall there, a gymnasium a sports hall). Rooms, lines, buses, shirts and
houses have English numbers of their own ("room number 12", "the number 42 bus") and are under
none of these roots.

Usage: python scripts/build_numbered_heads.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordfreq

import wordnet

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
ROOTS = {"08276342": "educational institution", "08053905": "medical institution",
         "03907654": "penal institution", "03540595": "hospital (building)",
         "03043274": "clinic (building)", "04146050": "school (building)",
         "03856012": "orphanage", "03165466": "day nursery"}
# Russian school and institution types WordNet files under another sense, as MT renders them
EXTRA = ("lyceum", "gymnasium", "polyclinic", "correctional colony", "penal colony",
         "boarding school", "children's home", "maternity hospital", "music school",
         "art school", "sports school", "secondary school", "pre-trial detention centre")
MIN_ZIPF = 2.0


def main(path: Path = WORDNET) -> None:
    lemmas = {o: s.words for o, s in wordnet.synsets(path, "noun").items()}
    seen = wordnet.closure(ROOTS, wordnet.links(path, "noun", ("~", "~i")))
    # each noun's first (most frequent) sense: "pen", "camp", "high" and "nick" name a prison
    # only in a rarer sense, and stay out
    first = {w: offsets[0] for w, offsets in wordnet.senses(path, "noun").items()}
    words = {w.replace("_", " ") for o in seen for w in lemmas[o]
             if w.islower() and w.replace("_", "").isalpha() and first.get(w) in seen}
    singles = {w for w in words if " " not in w and wordfreq.zipf_frequency(w, "en") >= MIN_ZIPF}
    pairs = {w for w in words if w.count(" ") == 1 and w.split()[1] in singles}
    heads = sorted(singles | pairs | set(EXTRA))
    out = ("# Institutions Russian numbers with № (школа № 42), read by MT2122 before \"number N\";\n"
           "# built by scripts/build_numbered_heads.py from WordNet 3.0 and wordfreq; do not edit by hand\n"
           + "".join(f"{w}\n" for w in heads))
    (DATA / "calque_numbered_heads.txt").write_text(out, encoding="utf-8")
    print(f"{len(heads)} heads")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
