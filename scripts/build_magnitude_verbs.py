"""Rebuild mtaudit/data/calque_magnitude_verbs.txt: every inflected form of WordNet's verbs of
change of magnitude (change_magnitude, increase, decrease and their troponyms: grow, rise,
fall, shrink, reduce, lower ...), the verb class MT2629 reads before a multiplier ("increased
twice", "fell by three times": Russian "в два раза"). WordNet 3.0's verb database comes from
Debian's `wordnet-base` (/usr/share/wordnet/data.verb), read by scripts/wordnet.py; forms from lemminflect.
The rule reads only the built file.

Usage: python scripts/build_magnitude_verbs.py [path/to/data.verb]
"""

from __future__ import annotations

import sys
from pathlib import Path

from lemminflect import getAllInflections

import wordnet

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet/data.verb")
# the roots: change_magnitude ("change in size or magnitude"), increase ("make bigger or more"),
# decrease ("make smaller"), drop ("go down in value")
ROOT_SENSES = {("increase", "become bigger or greater"), ("increase", "make bigger or more"),
               ("decrease", "decrease in size"), ("decrease", "make smaller"), ("drop", "go down in value"),
               ("rise", "increase in value")}
DEPTH = 1  # the roots and their direct troponyms: deeper ones leave amounts (swell, ripen, bloom)
# troponyms whose main sense is no change of amount, or a change by a fixed factor of its own
# (double, treble, halve: English already; "twice" after them is English's "twice over")
DROP = frozenset("""abate abbreviate apprise apprize belittle break bull circumscribe compound
concentrate confine conglomerate crescendo decrescendo cumulate decoct explode flag fly full gather
irrupt kite limit lour manifold minify pare pullulate pyramid regenerate relax remit retard rev
revalue slack slacken slake suppress supercharge undervalue vanish vaporize wither wax advance
gain slow sink raise climb jump de-escalate decelerate foreshorten mitigate maximise maximize
minimise minimize accumulate amass
double duplicate redouble triple treble quadruple quintuple halve
multiply square cube accrue add enter up hike stretch extend lengthen widen broaden deepen
heighten thicken fatten fill open close build bloat swell balloon mushroom snowball spread
cut trim thin slim condense compress boil abridge shorten narrow contract shrivel
dwindle wane ebb taper""".split())
ADD = ("grow", "rise", "fall", "drop", "decline", "surge", "soar", "plunge", "shrink", "reduce",
       "lower", "increase", "decrease")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    verbs_by_offset = wordnet.synsets(path.parent, "verb")
    lemmas = {o: s.words for o, s in verbs_by_offset.items()}
    gloss = {o: s.gloss.strip() for o, s in verbs_by_offset.items()}
    tropo = wordnet.links(path.parent, "verb", ("~",))  # troponyms
    roots = [o for o in lemmas if any(lem == l and gloss[o].startswith(g)
                                      for lem, g in ROOT_SENSES for l in lemmas[o])]
    seen, level = set(roots), list(roots)
    for _ in range(DEPTH):
        level = [t for o in level for t in tropo[o] if t not in seen]
        seen.update(level)
    verbs = {l for o in seen for l in lemmas[o] if "_" not in l} - DROP
    verbs |= set(ADD)
    forms = sorted({f for v in verbs for fs in getAllInflections(v, upos="VERB").values() for f in fs}
                   | verbs)
    header = ("# every form of WordNet's verbs of change of magnitude (MT2629), built by\n"
              "# scripts/build_magnitude_verbs.py from WordNet 3.0 and lemminflect; do not edit by hand\n")
    (DATA / "calque_magnitude_verbs.txt").write_text(header + "\n".join(forms) + "\n", encoding="utf-8")
    print(len(verbs), "verbs", len(forms), "forms")
    print(" ".join(sorted(verbs)))


if __name__ == "__main__":
    main()
