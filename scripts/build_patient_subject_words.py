"""Rebuild mtaudit/data/calque_patient_nouns.tsv and calque_patient_verbs.tsv: the WordNet 3.0 classes MT2521 reads
beyond calque_order_words.tsv (calques_patient_subject.py).

MT2521 reads a clause whose subject cannot do what its verb says and whose object is a doer
(Russian object-first order: решение приняли родители; данные приводит Омскстат). Which verbs
take a doer as subject, and which nouns cannot be one, is WordNet's:

Nouns (calque_order_words.tsv already gives doer, thing, act, tool, cause by the first sense):
* text   noun.communication (over calque_order_words.tsv's act) (a list, a statement, figures): a thing people write; English lets
         it act with verbs of saying and obliging ("the report cites", "the law obliges"), so it
         reads only with verbs of making and doing
* idea   noun.cognition (data, a method, a plan): a thing people hold or make
* person  noun.person in the first sense, whether or not most senses are people ("member"): MT2521
          tells people from bodies with it
* time    noun.time in the first sense ("year", "week"): never the doer ("took years of work")
* a noun whose first sense is a group that does not act ("data": a collection of facts; "flight":
  a formation of aircraft) takes the class of its next sense ("a scheduled trip by plane", an
  act), or thing
Verbs (the first two senses; a person-subject frame "Somebody ----s something/somebody"):
* make    verb.creation (prepare, draft, compile, perform, carry out)
* social  verb.social (take a decision, adopt, hold, organise)
* own     verb.possession (finance, buy, donate, receive)
* compete verb.competition (win, score)
* say     verb.communication (cite, announce, mark): a text says things itself
* sense   verb.perception (see, notice, hear): a made thing perceives nothing, an event may
          ("the weekend saw …")
* occur   an intransitive verb of happening (no object frame in its first sense: occur, happen)
* reaches a verb whose first sense has "Something ----s somebody" (surprise, support, protect,
          divide): a thing does it to people in English, so a person after it is its object
* tells   verb.communication in the first sense with a person as object (convince, persuade,
          remind): data and texts tell people things in English
* move    verb.motion in the first sense (reach, carry, pass): a letter, a case or a bill moves
          to people in English ("the case reached the courts"), so it is spared
* whom    a verb whose first sense takes a person as its object ("Somebody/Something ----s
          somebody": prepare, train, cite): a person noun after it is its object in English
Only lower-case lemmas; a phrasal verb is written with a space ("carry out").

WordNet is read through scripts/wordnet.py (Debian's wordnet-base), with build_order_words' noun reader.

Usage: python scripts/build_patient_subject_words.py [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

import wordnet
from build_order_words import DOER_GROUPS, closure, read as read_nouns

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
NOUNS_OUT = DATA / "calque_patient_nouns.tsv"
VERBS_OUT = DATA / "calque_patient_verbs.tsv"
NOUN_CLASS = {10: "text", 9: "idea"}
SECOND_SENSE = {4: "act", 11: "act", 10: "text", 9: "idea", 6: "thing", 21: "thing"}
VERB_CLASS = {36: "make", 41: "social", 40: "own", 33: "compete", 32: "say", 39: "sense"}
PERSON_FRAMES = {8, 9}
OBJECT_FRAMES = {8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26}
HAPPEN_LEX = {30, 42}  # verb.change, verb.stative: occur, happen, arise


def nouns(root: Path, order: dict[str, str]) -> list[str]:
    syn_lex, syn_lemmas, hyponyms, senses = read_nouns(root)
    groups = closure(DOER_GROUPS, syn_lex, syn_lemmas, hyponyms)
    out = []
    for word, offs in senses.items():
        if not word.replace("-", "").isalpha() or not word.islower() or len(word) < 3:
            continue
        lex = syn_lex[offs[0]]
        if lex == 18:
            out.append(f"{word}\tperson")  # "member": a person first, whatever its other senses
            continue
        if lex == 28 and order.get(word) in (None, "doer"):
            # "year": a time first, though calque_order_words.tsv skips to its class of students
            # ("restoration" keeps its act there: the period is a proper noun)
            out.append(f"{word}\ttime")
            continue
        if order.get(word) in ("doer", "tool"):
            continue
        if lex in NOUN_CLASS:
            out.append(f"{word}\t{NOUN_CLASS[lex]}")
        elif lex == 14 and offs[0] not in groups and word not in order:
            # a group that does not act: a collection of facts ("data"), a formation of aircraft
            nxt = [syn_lex[o] for o in offs[1:] if syn_lex[o] != 14]
            out.append(f"{word}\t{SECOND_SENSE.get(nxt[0], 'thing') if nxt else 'thing'}")
    return out


def verbs(root: Path) -> list[str]:
    synsets = wordnet.synsets(root, "verb")
    out = []
    for lemma, offsets in wordnet.senses(root, "verb").items():
        if not lemma.replace("_", "").isalpha() or lemma.count("_") > 1 or not offsets:
            continue
        word = lemma.replace("_", " ")
        kinds = []
        for off in offsets[:2]:
            synset = synsets[off]
            if synset.lexfile in VERB_CLASS and wordnet.frames_of(synset, lemma) & PERSON_FRAMES:
                kinds.append(VERB_CLASS[synset.lexfile])
        lex = synsets[offsets[0]].lexfile
        first = wordnet.frames_of(synsets[offsets[0]], lemma)
        if lex in HAPPEN_LEX and not first & OBJECT_FRAMES and first & {1, 2}:
            kinds.append("occur")
        if first & {9, 10}:
            kinds.append("whom")
        if 10 in first:
            kinds.append("reaches")
        if lex == 32 and first & {9, 10}:
            kinds.append("tells")
        if lex == 38:
            kinds.append("move")
        for k in dict.fromkeys(kinds):
            out.append(f"{word}\t{k}")
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    order_file = DATA / "calque_order_words.tsv"
    order = {}
    for line in order_file.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w, k = line.split("\t")[:2]
            order.setdefault(w, k)
    for path, out, what in ((NOUNS_OUT, sorted(nouns(root, order)), "nouns beyond calque_order_words.tsv: text, idea, act, thing, person, time"),
                            (VERBS_OUT, sorted(verbs(root)), "verbs: make, social, own, compete, say, sense, occur, whom, reaches, tells, move")):
        path.write_text(f"# word<TAB>class ({what}), built by\n"
                        "# scripts/build_patient_subject_words.py from WordNet 3.0; do not edit by hand\n" + "\n".join(out) + "\n",
                        encoding="utf-8")
        print(f"{len(out)} rows -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
