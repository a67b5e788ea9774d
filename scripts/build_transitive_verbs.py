"""Rebuild mtaudit/data/calque_transitive_verbs.txt: the verbs whose most frequent WordNet 3.0
sense takes a person as subject and an object ("Somebody ----s something/somebody", with or
without a phrase or a second object): keep, see, notice, satisfy, produce.

MT2509 reads a sentence that opens with two noun phrases and closes with a verb that has no
object after it ("The recipe the master keeps in secret", "The next eclipse residents will see
only in 2030") as the Russian object - subject - verb order only when that verb is one a person
does to something: an intransitive verb ("The meeting in Brussels lasted four hours", "The load
of the flight now stands at 30%") leaves no object to have been fronted.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py.
Only one-word lemmas are kept. The detector reads only the built file.

Usage: python scripts/build_transitive_verbs.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import verb_first_senses as first_senses

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "calque_transitive_verbs.txt"
# Somebody ----s something; … somebody; … somebody something; … something to/from/on somebody;
# … somebody with/of something; … somebody/something PP; … somebody (to) INFINITIVE; … somebody
# into V-ing something; … something with something
PERSON_TRANSITIVE = frozenset({8, 9, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})


def build(root: Path) -> list[str]:
    return sorted(lemma for lemma, _lex, first in first_senses(root) if first & PERSON_TRANSITIVE)


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    words = build(root)
    OUT.write_text("# Verbs whose most frequent WordNet 3.0 sense takes a person subject and an object (MT2509's\n"
                   "# verb-final object-first order); built by scripts/build_transitive_verbs.py, do not edit by hand\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} verbs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv)
