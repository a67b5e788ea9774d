"""Rebuild mtaudit/data/calque_order_words.tsv: the noun classes MT2510's object-verb-subject
reading takes from WordNet 3.0 (calques_inverted_subject.py).

Russian orders a clause by topic: a thing first, the people who acted on it last (первое место
заняла команда; реставрацию финансировала епархия; кости заметил водитель). MT keeps the order,
so a thing stands as the English subject and the doer as the object. Whether a noun is a doer
or a thing is its WordNet class, read from its most frequent sense:

* doer   a person (noun.person), or a group of people that acts: an organisation, a social
         group, a team or unit (hyponyms of organization/social_group/people/unit), in noun.group;
         most of the word's senses must be people ("fossil" is first an old fogey, "quarry" prey)
* thing  a made or natural thing that cannot act: noun.artifact (less the instruments, vehicles,
         buildings and institutions English lets act: "the camera caught", "the bus carried",
         "the school hired": class tool), noun.object, noun.body, noun.possession, noun.food,
         noun.plant, noun.substance, and the place of a ranking (noun.location)
* act    an act or an event (noun.act, noun.event, noun.communication: the restoration, the
         excavation, the bill): it may be a causer in English ("the decision angered the
         residents"), so the detector reads it only with a verb of doing (calque_ovs_act_verbs.txt)
* tool   the artifacts English lets act (under instrumentality, structure, facility, workplace),
         and pictures and documents, which show and name people ("the photo captured the firefighters")
* cause  a natural phenomenon (noun.phenomenon: the storm, the wind, the heat): a causer
* effect a verb whose most frequent sense is a feeling, a state of the body, a state or the
         weather (verb.emotion, verb.body, verb.stative, verb.weather: "the gift surprised the
         mayor", "the gas poisoned two workers", "the prize includes the trip"): a thing does
         these to people in English, so they never read as Russian order

WordNet comes from Debian's `wordnet-base` (/usr/share/wordnet), read by scripts/wordnet.py. Only one-word lemmas are kept. The detector reads only the built file.

Usage: python scripts/build_order_words.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "calque_order_words.tsv"
LEX = {4: "act", 6: "artifact", 8: "body", 10: "communication", 11: "event", 13: "food", 14: "group",
       15: "location", 17: "object", 18: "person", 20: "plant", 21: "possession", 27: "substance"}
THING = {"artifact", "object", "body", "possession", "food", "plant", "substance"}
ACT = {"act", "event", "communication"}
# roots (lemma, lexicographer file) whose hyponyms are groups that act, or artifacts that act
DOER_GROUPS = [("organization", 14), ("social_group", 14), ("people", 14), ("unit", 14), ("team", 14)]
# bodies WordNet files as places: the church's districts act ("the restoration financed the diocese")
BODY_PLACES = frozenset({"diocese", "archdiocese", "eparchy", "parish", "municipality"})
TOOLS = [("instrumentality", 6), ("structure", 6), ("facility", 6), ("establishment", 14), ("workplace", 15),
         ("workplace", 6), ("representation", 6), ("art", 6), ("document", 10), ("document", 6)]


def read(root: Path):
    syn_lex = wordnet.lexfiles(root, "noun")
    syn_lemmas = {o: [w.lower() for w in s.words] for o, s in wordnet.synsets(root, "noun").items()}
    return syn_lex, syn_lemmas, wordnet.links(root, "noun", ("~", "~i")), wordnet.senses(root, "noun")


def closure(roots, syn_lex, syn_lemmas, hyponyms) -> set[str]:
    """Every synset under the synsets of `roots` ((lemma, lexicographer file) pairs)."""
    return wordnet.closure([o for o, lems in syn_lemmas.items() for lemma, lex in roots
                            if lemma in lems and syn_lex[o] == lex], hyponyms)


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    syn_lex, syn_lemmas, hyponyms, senses = read(root)
    groups = closure(DOER_GROUPS, syn_lex, syn_lemmas, hyponyms)
    tools = closure(TOOLS, syn_lex, syn_lemmas, hyponyms)
    out = []
    for word, offs in senses.items():
        if not word.replace("-", "").isalpha() or not word.islower() or len(word) < 3:
            continue
        offs = [o for o in offs if syn_lex[o] != 28] or offs  # "Restoration" the period: its act sense
        first = offs[0]
        lex = LEX.get(syn_lex[first])
        people = sum(1 for o in offs if syn_lex[o] == 18 or o in groups)
        if word in BODY_PLACES or ((lex == "person" or (lex == "group" and first in groups)) and 2 * people > len(offs)):
            kind = "doer"
        elif first in tools:
            kind = "tool"
        elif lex in THING:
            kind = "thing"
        elif lex in ACT:
            kind = "act"
        elif syn_lex[first] == 19:
            kind = "cause"
        elif lex == "location" and word in ("place", "position", "spot"):
            kind = "thing"
        else:
            continue
        out.append(f"{word}\t{kind}")
    verb_lex = wordnet.lexfiles(root, "verb")
    for word, offsets in wordnet.senses(root, "verb").items():
        first = offsets[0]
        if word.isalpha() and word.islower() and verb_lex[first] in (29, 37, 42, 43):
            out.append(f"{word}\teffect")
    OUT.write_text("# word<TAB>class (doer, thing, act, tool, cause: nouns; effect: verbs), built by scripts/build_order_words.py from\n"
                   "# WordNet 3.0's most frequent noun sense; do not edit by hand\n" + "\n".join(sorted(out)) + "\n",
                   encoding="utf-8")
    print(f"{len(out)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
