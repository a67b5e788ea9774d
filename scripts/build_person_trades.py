"""Rebuild mtaudit/data/person_trade_nouns.txt: one-word nouns whose first sense is a person's
(WordNet 3.0's noun.person lexicographer file: apprentice, welder, blacksmith, curator), from
Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py.

MT3109's "as" frame ("It worked as a welder", "It started as an apprentice") and MT3111's role
test read it beside the hand-kept person_nouns.txt, so a trade the list lacks still shows the
subject is a person; roles a company or a city fills too (supplier, host, partner) are left
out. Named individuals (WordNet's instances: "Crane" the writer) do not count as
a first sense. The detectors read only the built file, so the audit needs no WordNet.

Usage: python scripts/build_person_trades.py [/usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordnet

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "person_trade_nouns.txt"
WORDNET = Path("/usr/share/wordnet")
PERSON = 18
# roles a company, a city or a body fills as well ("It started as a supplier", "It served as
# host"): no sign of a person
SHARED = frozenset("""sponsor partner host leader owner member supplier provider organiser organizer
founder buyer seller investor contractor subcontractor operator publisher distributor producer
manufacturer shareholder stakeholder creditor debtor lender borrower guarantor intermediary mediator
player competitor rival winner loser champion pioneer participant agent broker dealer employer client
customer tenant landlord developer vendor exporter importer carrier insurer trustee regulator donor
beneficiary recipient newcomer leader laggard outsider favourite favorite underdog insider
observer guarantor sponsor successor predecessor heir""".split())

HEADER = """\
# One-word nouns whose first sense (named individuals aside) is a person's, from WordNet 3.0's
# noun.person file; built by scripts/build_person_trades.py: do not edit by hand. Read by
# MT3109's "as" frame and MT3111 ("It started as an apprentice": only a person starts as one).
"""


def person_nouns(root: Path, every_sense: bool = False) -> list[str]:
    """One-word nouns whose first common sense (with `every_sense`, every common sense) is in
    noun.person, less SHARED; named individuals (instances) are no common sense."""
    synsets = wordnet.synsets(root, "noun")
    instance = wordnet.instances(root)
    words = []
    for lemma, offsets in wordnet.senses(root, "noun").items():
        if not re.fullmatch(r"[a-z]+", lemma) or lemma in SHARED:
            continue
        common = [o for o in offsets if o not in instance]
        if common and all(synsets[o].lexfile == PERSON for o in (common if every_sense else common[:1])):
            words.append(lemma)
    return sorted(words)


def build(root: Path) -> list[str]:
    return person_nouns(root)


def main(argv: list[str]) -> int:
    words = build(Path(argv[1]) if len(argv) > 1 else WORDNET)
    DATA.write_text(HEADER + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} nouns -> {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
