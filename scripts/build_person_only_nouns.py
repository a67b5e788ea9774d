"""Rebuild mtaudit/data/person_only_nouns.txt: one-word nouns every sense of which (named
individuals aside) is a person's, from WordNet 3.0's noun.person file (Debian's `wordnet-base`,
/usr/share/wordnet, read by scripts/wordnet.py).

MT3113 ("the mushroom picker, which got lost": "which" for a person) needs nouns that can only
be somebody: a noun with a thing's or a body's sense as well ("transmitter", "pilot", "head")
may take "which" in English. The roles a company or a body fills too (supplier, owner,
organiser: build_person_trades.SHARED) are left out. The detector reads only the built file.

Usage: python scripts/build_person_only_nouns.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_person_trades import person_nouns  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "person_only_nouns.txt"
WORDNET = Path("/usr/share/wordnet")

HEADER = """\
# One-word nouns every sense of which (named individuals aside) is a person's (WordNet 3.0's
# noun.person file), less the roles a company or a body fills too; built by
# scripts/build_person_only_nouns.py: do not edit by hand. Read by MT3113 (pronouns_relative):
# "which" after one of them is Russian "который" for a person ("the picker, which got lost").
"""


def build(root: Path) -> list[str]:
    return person_nouns(root, every_sense=True)


def main(argv: list[str]) -> int:
    words = build(Path(argv[1]) if len(argv) > 1 else WORDNET)
    DATA.write_text(HEADER + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} nouns -> {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
