"""Rebuild mtaudit/data/calque_frame_words.tsv: the word classes MT2232 and MT2233 read
(sport, subject, material, act, artifact), from WordNet 3.0's noun database.

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet/data.noun), read by scripts/wordnet.py. A class is every
lemma under its roots (hyponym closure), less `drop`, plus `add`, as
mtaudit/data/calque_government_frames.yaml (`lexicon:`) names them; `act` is WordNet's
noun.act and noun.process files (verbal and activity nouns: development, repair, landscaping) and `artifact` its
noun.artifact file (things made: monument, pedestal, bench, house). The detector reads only the
built file, so the audit needs no WordNet.

Usage: python scripts/build_frame_words.py [path/to/data.noun]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from wordnet import closure, noun_tree

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet/data.noun")
LEXFILE = {"act": (4, 22), "artifact": (6,)}  # noun.act and noun.process; noun.artifact
NUMBERS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million billion dozen ace deuce trey""".split())


def main(path: Path = WORDNET) -> None:
    lemmas, lexfile, hyponyms = noun_tree(path.parent)
    config = yaml.safe_load((DATA / "calque_government_frames.yaml").read_text(encoding="utf-8"))["lexicon"]
    out: list[tuple[str, str]] = []
    for cls, spec in config.items():
        found: set[str] = set()
        for root in spec.get("roots") or {}:
            for o in closure(root, hyponyms):
                found |= {w.lower() for w in lemmas[o] if not w[:1].isupper()}
        found -= {w.lower() for w in spec.get("drop") or ()}
        found |= {str(w).lower() for w in spec.get("add") or ()}
        out += [(w, cls) for w in found]
    for cls, numbers in LEXFILE.items():
        out += [(w.lower(), cls) for o, ws in lemmas.items() if lexfile[o] in numbers
                for w in ws if not w[:1].isupper() and not any(ch.isdigit() for ch in w)]
    rows = sorted({(w, c) for w, c in out if w not in NUMBERS and len(w) > 2})
    text = ("# word<TAB>class, built by scripts/build_frame_words.py from WordNet 3.0 and\n"
            "# calque_government_frames.yaml (lexicon:); do not edit by hand\n"
            + "".join(f"{w}\t{c}\n" for w, c in rows))
    (DATA / "calque_frame_words.tsv").write_text(text, encoding="utf-8")
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
