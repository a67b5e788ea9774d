"""Rebuild mtaudit/data/calque_agent_verbs.txt: the verbs whose most frequent sense WordNet 3.0
gives only a person as the subject of its object ("Somebody ----s something/somebody", never
"Something ----s something/somebody"): score, adopt, approve, sign, design, propose.

MT2510 reads a clause with an act or an event as the subject and a doer as the object in
Russian order (гол забил нападающий: "The goal scored the forward") only when the verb is one a
thing cannot do. A verb WordNet lets a thing do in its first sense ("the law supports families",
"the storm caught the fishermen", "the gift surprised the mayor") stays out, and so do the
verbs of feeling, the body, perception, states and weather (verb.emotion, verb.body,
verb.perception, verb.stative, verb.weather), which a thing does to people in English.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py.
Only one-word lemmas are kept. The detector reads only the built file.

Usage: python scripts/build_agent_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import verb_first_senses as first_senses

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "calque_agent_verbs.txt"
PERSON_FRAMES = {8, 9}  # Somebody ----s something; Somebody ----s somebody
THING_FRAMES = {1, 4, 6, 7, 10, 11}  # Something ----s (…); Something ----s something/somebody
SKIP_LEX = {29, 37, 39, 42, 43}  # verb.body, verb.emotion, verb.perception, verb.stative, verb.weather


def build(root: Path) -> list[str]:
    return sorted(lemma for lemma, lex, first in first_senses(root)
                  if lex not in SKIP_LEX and first & PERSON_FRAMES and not first & THING_FRAMES)


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    words = build(root)
    OUT.write_text("# Verbs whose most frequent WordNet 3.0 sense takes only a person as the subject of its object\n"
                   "# (MT2510's act-first order); built by scripts/build_agent_verbs.py, do not edit by hand\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} verbs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
