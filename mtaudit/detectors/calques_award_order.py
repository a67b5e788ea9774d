"""A prize, a place or a role as the subject and the person who got it after the verb: Russian
order (MT2520).

Russian reports a result with the prize or the role first and the person, the new information,
last: "Второе место заняла тыква фермера" (second place [acc.] took the pumpkin [nom.] of a
farmer), "Гран-при получил студент колледжа Денис Лапшин" (the Grand Prix received a student),
"Победителем стал чабан Доржо Цыбиков" (the winner [instr.] became a herder), "Самой
результативной стала нападающая Екатерина Попова" (the most productive became the hitter). MT
keeps the order, so a prize takes or receives a person and a winner "becomes" somebody. English
puts the person first or says "went to" / "was" ("Second place went to a farmer's pumpkin", "The
winner was Dorzho Tsybikov, a herder").

Two shapes, read from the parse of the few sentences that hold such a verb:
* getting: a verb of taking, receiving, winning, getting or sharing, active, whose subject is a
  prize or a place in a ranking (WordNet's award and rank classes, calque_award_words.tsv, built
  by scripts/build_award_words.py: place, prize, medal, cup, title, grand prix) and whose direct
  object is a person, a group of people or a body (WordNet's doers, the person lists), or a thing
  of one ("the pumpkin of a farmer"). "Second place went to", "The award went to", "The prize
  received 300 entries", "The title took a toll" stay quiet (no person after a verb of getting).
* becoming: "become" after a person noun or a nominal superlative ("the winner", "the most
  productive", "the best") with a person noun and a first and last name after it ("became a
  58-year-old herder … Dorzho Tsybikov", "became the opposite hitter Yekaterina Popova"): English
  "become" + a person is a change of state ("the champion became a coach"), never an identity with
  a named person. "The winner was …", "The title became his", "The boy became King Edward"
  (no person noun before the name) stay quiet.

The fix, for a past or present verb only: "went to"/"goes to" for the verb of getting, "was"/"is"
for "became"/"becomes".
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._candidates import noun_phrase_end, parsed_candidates
from mtaudit.rules.model import rule
from mtaudit.detectors.entities.names_meaning import russian_surname
from mtaudit.text.lexicon import first_names, rows

AWARD_ORDER = rule(
    "MT2520", "prize-or-role-before-person", "calque",
    summary="“Second place took the team of Kazan”, “The Grand Prix received a student …”, “The winner "
            "became a herder … Dorzho Tsybikov”: a prize or a role as the subject and the person after "
            "the verb (Russian order)",
    why="Russian fronts the prize, the place or the role and puts the person last (второе место заняла "
        "команда; гран-при получил студент; победителем стал чабан). MT keeps the order, so a prize "
        "takes a person and a winner becomes one. English: “Second place went to the Kazan team”, "
        "“The winner was Dorzho Tsybikov, a herder from …”.",
    confidence="likely",
    bad=["Second place took the team of the Kazan school of sport.",
         "The main prize received a 12-year-old pianist from Tver.",
         "The Grand Prix received the student of the Kursk art college Olga Smirnova.",
         "Third place took the cake of a pensioner from the village of Lesnoye, weighing 14 kilograms.",
         "The gold medal won the veteran of the Omsk club Pavel Egorov.",
         "The winner became a 40-year-old tractor driver from the Ishim district Ivan Kolesov.",
         "The most productive in the team of the guests became the forward Anna Belova, who scored 20 points.",
         "The best in the junior category became the schoolgirl Maria Orlova."],
    good=["Second place went to the team of the Kazan school of sport.",
          "The award went to a 12-year-old pianist from Tver.",
          "The winner was Ivan Kolesov, a tractor driver from the Ishim district.",
          "The title became his after the final.",
          "The prize received 300 entries from 20 regions.",
          "The title took a toll on the young champion.",
          "The champion later became a coach at the club.",
          "The young prince became King Edward VI.",
          "The winner received a trophy and a cheque.",
          "Olga Smirnova received the Grand Prix.",
          "The award took the organisers two years to prepare.",
          "The winner became the first woman to take the title."],
    applicability="unsafe",
)

_GET = frozenset({"take", "receive", "win", "get", "share"})
_WORD = re.compile(r"[a-z]+")
_NAME_AFTER = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")
_CANDIDATE = re.compile(r"\b(?:took|takes?|taken|received|receives?|won|wins?|got|gets?|shared|shares?|"
                        r"became|becomes?)\b")
_SUBJECT_DEPS = frozenset({"nsubj"})
_BLOCKING = frozenset({"dative", "prt", "neg", "auxpass", "xcomp", "ccomp", "oprd"})
_WENT = {"VBD": "went to", "VBZ": "goes to", "VBP": "go to"}
_WAS = {"VBD": "was", "VBZ": "is"}
# a superlative read as a noun ("the most productive", "the best", "the first"): Russian
# самым/лучшим/первым стал
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last"})
_PLACE_NAME_HEADS = frozenset({"district", "region", "territory", "republic", "oblast", "krai", "city",
                               "village", "town", "club", "college", "school", "university", "street"})


@lru_cache(maxsize=1)
def _awards() -> frozenset[str]:
    return frozenset(r[0] for r in rows("calque_award_words.tsv") if len(r) > 1)


class AwardOrderDetector:
    name = "calques-award-order"
    rules = (AWARD_ORDER,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        for parsed in parsed_candidates(doc, ctx, _candidate):
            for first, last, verb, replacement in _hits(parsed.doc):
                start, end = parsed.offset(first), parsed.end_offset(last)
                phrase = doc.text[start:end]
                fix = None
                if replacement:
                    v0, v1 = parsed.offset(verb), parsed.end_offset(verb)
                    fix = Fix.replace(v0, v1, replacement, Applicability.UNSAFE, f"write “{replacement}”")
                yield AWARD_ORDER.finding(
                    doc, start, end,
                    f"“{phrase}” puts the prize or the role first and the person after “{verb.text}”: "
                    f"Russian order (второе место заняла команда; победителем стал чабан); English puts "
                    f"the person first or writes “went to” / “was”", fix=fix)


def _candidate(sentence: str) -> bool:
    """Words only, so that few sentences are parsed: not a question; a verb of getting with a word
    of calque_award_words.tsv before it, or "became"/"becomes" with two capitalised words after it."""
    if "?" in sentence:
        return False
    for m in _CANDIDATE.finditer(sentence):
        if m.group().startswith("bec"):
            if _NAME_AFTER.search(sentence, m.end()):
                return True
        elif _award_heads() & set(_WORD.findall(sentence[:m.start()].lower())):
            return True
    return False


@lru_cache(maxsize=1)
def _award_heads() -> frozenset[str]:
    """The last word of each prize or place ("prix" of "grand prix")."""
    return frozenset(w.split()[-1] for w in _awards())


def _hits(sent):
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or (lemma not in _GET and lemma != "become"):
            continue
        kids = list(verb.children)
        if any(c.dep_ in _BLOCKING for c in kids):
            continue
        aux = [c for c in kids if c.dep_ == "aux"]
        if verb.tag_ in ("VB", "VBN", "VBG") and not aux:
            continue
        if any(c.lower_ == "to" for c in aux):
            continue
        subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
        if len(subj) != 1:
            continue
        s = subj[0]
        lo = _subject_start(sent, s)
        if lo is None or any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[lo:verb.i]):
            continue
        if lemma in _GET:
            obj = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
            if len(obj) != 1 or not _award(s) or not _person_or_theirs(obj[0]):
                continue
            last = noun_phrase_end(obj[0])
            yield sent[lo], sent[last], verb, _WENT.get(verb.tag_) if not aux else None
        else:
            attr = [c for c in kids if c.dep_ in ("attr", "acomp") and c.i > verb.i]
            if len(attr) != 1 or not _role(s):
                continue
            last = _named_person_end(attr[0])
            if last is None:
                continue
            yield sent[lo], sent[last], verb, _WAS.get(verb.tag_) if not aux else None


def _subject_start(sent, s):
    """The first index of the subject's phrase; None when the subject is a pronoun or a relative."""
    if s.pos_ == "PRON" or s.lower_ in ("who", "which", "that"):
        return None
    return s.left_edge.i


def _award(s) -> bool:
    """A prize or a place in a ranking (calque_award_words.tsv): the head, the head with its
    compound words ("grand prix", "gold medal"), not a person or a name."""
    awards = _awards()
    compound = [c for c in s.children if c.dep_ == "compound" and c.i < s.i]
    phrase = " ".join(t.lower_ for t in compound + [s])
    if phrase in awards:
        return True
    return s.pos_ == "NOUN" and (s.lemma_.lower() in awards or s.lower_ in awards)


def _role(s) -> bool:
    """A person noun ("the winner", "the best player") or a nominal superlative or ordinal ("the
    most productive", "the best", "the first")."""
    from mtaudit.detectors.calques_inverted_subject import _is_doer_any

    if s.pos_ == "NOUN":
        return _is_doer_any(s) and s.tag_ == "NN"
    if s.pos_ == "ADJ":
        return s.tag_ in _SUPERLATIVE_TAGS or s.lower_ in _ORDINALS or any(
            c.tag_ in _SUPERLATIVE_TAGS and c.lower_ in ("most", "least") for c in s.children)
    return False


def _person_or_theirs(o) -> bool:
    """A person, a group or a body ("the team of Kazan", "a student … Denis Lapshin"), or a thing
    of one ("the pumpkin of a farmer from …")."""
    from mtaudit.detectors.calques_inverted_subject import _is_doer_any

    if o.pos_ not in ("NOUN", "PROPN"):
        return False
    if _is_doer_any(o):
        return True
    return o.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _is_doer_any(g) for g in c.children)
        for c in o.children)


def _named_person_end(attr):
    """The last index of "a 58-year-old herder from … Dorzho Tsybikov", "the opposite hitter
    Yekaterina Popova": a person noun, then a first and last name closing the phrase (a known first
    name, or a Russian-shaped surname last); None otherwise."""
    from mtaudit.detectors.calques_inverted_subject import _is_doer_any
    from mtaudit.detectors.calques_object_verb_subject_lm import _doer_word

    sent = attr.doc
    hi = noun_phrase_end(attr)
    if attr.pos_ == "PROPN":  # "the hitter Yekaterina Popova": the parser may make the name the head
        hi = max(hi, attr.i)
    k = hi
    while k < len(sent) - 1 and sent[k + 1].pos_ == "PROPN" and sent[k + 1].text[:1].isupper():
        k += 1  # the name the parser hung elsewhere ("hitter" attr, "Popova" appos)
    name = []
    j = k
    while j > attr.left_edge.i and sent[j].pos_ == "PROPN" and sent[j].text[:1].isupper():
        name.append(sent[j])
        j -= 1
    if len(name) < 2 or name[0].lower_ in _PLACE_NAME_HEADS:
        return None
    if name[-1].text not in first_names() and not russian_surname(name[0].text):
        return None  # "a coach at Spartak Moscow": no person's name
    # a person noun before the name, whatever the tagger calls it ("the forward Anna Belova": RB)
    if not any(t.text.islower() and (_is_doer_any(t) if t.pos_ == "NOUN" else _doer_word(t.lower_))
               for t in sent[attr.left_edge.i:j + 1]):
        return None
    return k


DETECTOR = AwardOrderDetector()
