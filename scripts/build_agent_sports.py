"""Build mtaudit/data/russian_agent_sports.tsv: each sport of WordNet and the English noun for one
who plays it, for MT2827 (detectors/calques_russian_derivations.py).

Why: Russian names a player by the sport and the agent suffix -ист (волейболист, хоккеист,
биатлонист, дзюдоист); MT keeps the suffix on the English sport ("volleyballists", "hockeyists").
English has an agent noun only for some sports (biathlete, judoka, skier, footballer) and says
"<sport> player" for the rest; this table is the fix.

Source: the sports of calque_frame_words.tsv (WordNet's sport class, scripts/build_frame_words.py),
one-word names only, and wordfreq (build time only) for the agent noun English uses: -lon ->
-lete (biathlete), + ka (judoka), -ing -> -er (skier, curler) at zipf >= ING_ZIPF, + er
(footballer, cricketer) at zipf >= ER_ZIPF (a weaker "basketballer", "chesser" is no standard
word); otherwise "<sport> wrestler" or "<sport> fighter" for WordNet's kinds of wrestling and
martial art (KIND_AGENTS, from Debian's wordnet-base), else "<sport> player".

Usage: python scripts/build_agent_sports.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
OUT = DATA / "russian_agent_sports.tsv"
LETE_ZIPF = 1.5   # biathlete 1.89, decathlete 1.69
KA_ZIPF = 1.5     # judoka 2.12
ING_ZIPF = 2.0    # skier 3.2, curler 2.51, bobsledder 2.0; not "cycler" 1.76, "sailer" 1.95
ER_ZIPF = 3.0     # footballer 3.69, golfer 3.35; not "basketballer" 1.71, "blitzer" 2.57


# kinds whose players English names by the kind: a WordNet sport under "wrestling" is a "<sport>
# wrestler", under "martial art" a "<sport> fighter"; sambo, which calque_government_frames.yaml adds
# to WordNet's sports, is a Russian wrestling style
KIND_AGENTS = (("wrestling", "wrestler"), ("martial art", "fighter"))
ADDED_KINDS = {"sambo": "wrestler"}
WORDNET = Path("/usr/share/wordnet/data.noun")


def kinds() -> dict[str, str]:
    """sport -> the agent noun of its kind (KIND_AGENTS), from WordNet's hyponyms."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from wordnet import closure, noun_tree

    lemmas, _, hyponyms = noun_tree(WORDNET.parent)
    out = dict(ADDED_KINDS)
    for root, noun in KIND_AGENTS:
        for offset in [o for o, ls in lemmas.items() if root in ls]:
            for o in closure(offset, hyponyms):
                for lemma in lemmas[o]:
                    out.setdefault(lemma.lower(), noun)
    return out


def agent(sport: str, kind: dict[str, str]) -> str:
    def z(word: str) -> float:
        return zipf_frequency(word, "en")

    if sport.endswith("lon") and z(sport[:-3] + "lete") >= LETE_ZIPF:
        return sport[:-3] + "lete"
    if z(sport + "ka") >= KA_ZIPF:
        return sport + "ka"
    if sport.endswith("ing") and z(sport[:-3] + "er") >= ING_ZIPF:
        return sport[:-3] + "er"
    if z(sport + "er") >= ER_ZIPF:
        return sport + "er"
    if sport in kind:
        return f"{sport} {kind[sport]}"
    return sport + " player"


def main() -> None:
    lines = (DATA / "calque_frame_words.tsv").read_text(encoding="utf-8").splitlines()
    sports = sorted({line.split("\t")[0] for line in lines
                     if line and not line.startswith("#") and line.rstrip("\n").endswith("\tsport")
                     and line.split("\t")[0].isalpha() and line.split("\t")[0].islower()})
    header = ("# sport<TAB>the English noun for one who plays it (MT2827, detectors/calques_russian_derivations.py),\n"
              "# built by scripts/build_agent_sports.py from calque_frame_words.tsv's sports and wordfreq;\n"
              "# do not edit by hand\n")
    kind = kinds()
    OUT.write_text(header + "".join(f"{s}\t{agent(s, kind)}\n" for s in sports), encoding="utf-8")
    print(f"{len(sports)} sports -> {OUT}")


if __name__ == "__main__":
    main()
