"""MT3113: the relative "which" for a person ("the pensioner, which lost her savings").

Russian has one relative pronoun for people and things (который), and gender-blind MT picks
"which" as readily as "who": "volunteers found the mushroom picker, which got lost", "the
resident of the village, which was considered missing", "two were released, while the third,
which had been convicted before, …". English takes "who" (or "that") for a person, never
"which".

A candidate is a "which" that is the subject of its relative clause, read on the parse (only
sentences holding a "which" right after a possible antecedent are parsed). The noun the clause
hangs on must be somebody:
* a singular or plural noun WordNet knows only as a person (person_only_nouns.txt:
  "pensioner", "picker", "residents"; not "coach", "driver", "pilot", which name things too),
  less the role nouns business English also gives
  a company (the owner, the organiser, the founder, the player; trade_nouns_for_companies.txt)
  and the nouns that also name a thing or a body (a pilot project, a craft, a speaker);
* a person's name (first name and surname, a title before a name: _people.person_mentions);
* an ordinal or a number standing for its noun ("the third, which", "one of them, which") when
  the nearest plural noun before it, in its sentence or the one before, is a person noun
  ("the suspects … two were released, while the third, which").
The clause's verb agrees with the noun ("passengers, which is 8 percent more" is about the
clause before), and a noun that is the object of a preposition is left alone (the thing it
hangs on may be meant: "the monument to Ivan Pashkov, which has stood …"). Groups ("the team, which", "the family, which", "the police, which") and things are English's
"which" and stay quiet, as does a "which" inside a name or a quotation ("the Man Which …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import person_mentions
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

WHICH_FOR_PERSON = rule(
    "MT3113", "which-for-person", "pronoun",
    summary="the relative “which” for a person (“the pensioner, which lost her savings”)",
    why="Russian “который” stands for people and things alike; gender-blind MT renders it "
        "“which” after a person too. English takes “who” (or “that”) for a person.",
    confidence="likely",
    bad=["Rescuers found the fisherman, which drifted on an ice floe for two days.",
         "The court fined the pensioner, which had sold the fake honey at the market.",
         "The school thanked Marina Orlova, which has taught there since 1990.",
         "Police detained three suspects. Two were released on bail, while the third, which had a "
         "previous conviction, was kept in custody.",
         "The museum thanked the pensioners, which donated their family photographs."],
    good=["Rescuers found the fisherman, who drifted on an ice floe for two days.",
          "The coach, which was travelling from Omsk with 30 passengers, overturned.",
          "The plaque honours the poet Anna Lebedeva, which the town unveiled in May.",
          "The airline carried 4.5 million passengers, which is 8 percent more than a year ago.",
          "The team gave each bird a GPS-tracker, which sends its position every hour.",
          "The court fined the carrier, which had ignored the safety rules.",
          "The team, which won the cup in 2019, lost in the first round.",
          "The prize went to the organiser, which had staged the fair for ten years.",
          "Police detained three cars. Two were released, while the third, which had no papers, "
          "was impounded.",
          "The owner, which bought the plant in 2020, plans to sell it.",
          "The pilot project, which started in May, covers two districts.",
          "The driver's licence, which expired in May, was not renewed.",
          "“The teacher, which one?” asked Olga Reznik."],
    applicability="unsafe",
)

_WHICH = re.compile(r"\bwhich\b")
# the word before "which" (a comma between or not): a candidate antecedent's last word
_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)(?:,)? ?$")
_ORDINALS = frozenset("one two three four five six seven eight nine ten first second third fourth "
                      "fifth sixth seventh eighth ninth tenth last other latter former".split())
# role nouns of the list that also name a company or a body, a thing or a project
_NOT_ONLY_PEOPLE = frozenset(
    "owner organiser organizer founder co-founder cofounder predecessor successor leader champion "
    "finalist counterpart representative player speaker craft pilot trainer runner forward setter "
    "hitter defender head chief king queen metropolitan heir defendant employee cadet judge".split())


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Singular person nouns a "which" may not follow (see the module docstring)."""
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    firms = lexicon.folded_words("trade_nouns_for_companies.txt")
    words = lexicon.folded_words("person_only_nouns.txt")
    words |= {w for w in _person_nouns() if w in words or w.endswith(("man", "woman", "person"))}
    return frozenset(w for w in words if w not in firms and w not in _NOT_ONLY_PEOPLE and " " not in w)


def _plural_person(t) -> bool:
    return t.tag_ == "NNS" and t.is_lower and t.lemma_.lower() in _people_nouns()


def _person_noun(t) -> bool:
    return t.is_lower and t.tag_ in ("NN", "NNS") and (t.lower_ in _people_nouns() or
                                                      t.lemma_.lower() in _people_nouns())


def _agrees(verb, plural: bool) -> bool:
    """The relative clause's verb agrees with a singular or plural antecedent ("passengers,
    which is 8 percent more" is about the clause, not the passengers)."""
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = next((t for t in forms if t.tag_ in ("VBZ", "VBP", "VBD")), None)
    if finite is None:
        return True
    if finite.tag_ == "VBZ":
        return not plural
    if finite.tag_ == "VBP":
        return plural
    if finite.lower_ == "was":
        return not plural
    if finite.lower_ == "were":
        return plural
    return True


class RelativePronounDetector:
    name = "pronouns-relative"
    rules = (WHICH_FOR_PERSON,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if "which" not in text:
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        people = _people_nouns()
        for m in _WHICH.finditer(text):
            b = _BEFORE.search(text, max(0, m.start() - 40), m.start())
            if b is None or any(q.start <= m.start() < q.end for q in quotes):
                continue
            word = b.group(1)
            low = word.casefold()
            if not (low in people or low.rstrip("s") in people or low[:-2] in people or
                    low in _ORDINALS or word[:1].isupper()):
                continue  # cheap: no possible person right before "which"
            sent = doc.sentence_at(m.start())
            if sent is None:
                continue
            found = self._antecedent(doc, ctx, sent, m)
            if found is None:
                continue
            flagged.add(m.start())
            yield WHICH_FOR_PERSON.finding(
                doc, m.start(), m.end(),
                f"“which” stands for “{found}”, a person: Russian “который” carried over; "
                f"English takes “who”",
                fix=Fix.replace(m.start(), m.end(), "who", Applicability.UNSAFE, "use “who”"))

    def _antecedent(self, doc, ctx, sent, m):
        """The person the "which" at `m` stands for, as written, or None."""
        parsed = ctx.syntax.parse(doc, sent)
        tok = parsed.token_at(m.start())
        if tok is None or tok.lower_ != "which" or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        if verb.dep_ != "relcl" or verb.head.i >= tok.i:
            return None
        head = verb.head
        if any(c.dep_ == "poss" or c.dep_ == "case" for c in head.children) or \
                head.dep_ == "poss" or head.i + 1 < tok.i and parsed.doc[head.i + 1].tag_ == "POS":
            return None  # "the driver's licence, which": the thing owned
        if parsed.doc[tok.i - 1].lower_ not in (",", head.lower_):
            return None  # something stands between: "the driver of the car which …"
        if head.i > 0 and parsed.doc[head.i - 1].text in ("-", "‐") or "-" in head.text:
            return None  # a compound's head: "a GPS-tracker, which"
        top = head
        while top.dep_ in ("appos", "compound", "flat", "conj") and top.head.i != top.i:
            top = top.head
        if top.dep_ == "pobj":
            return None  # the thing before may be meant: "the monument to Ivan Pashkov, which"
        if not _agrees(verb, plural=head.tag_ in ("NNS", "NNPS")):
            return None  # the clause before is meant: "carried 4.5 million passengers, which is"
        if _person_noun(head):
            return head.text
        if head.pos_ == "PROPN":
            start = parsed.offset(head)
            for p in person_mentions(doc.text, sent.start, m.start(), ()):
                if p.start <= start < p.end and p.cue and p.cue[:1].isupper():
                    return doc.text[p.start:p.end]  # a first name: "Marina Orlova, which"
            return None
        if head.lower_ in _ORDINALS and not any(c.dep_ in ("prep",) and c.lower_ != "of" for c in head.children):
            return self._elided(doc, ctx, sent, parsed, head)
        return None

    def _elided(self, doc, ctx, sent, parsed, head):
        """An ordinal or number standing for a noun of people named just before it: a plural
        person noun before it in its sentence, or else in the sentence before."""
        if any(c.dep_ in ("compound", "amod") or c.pos_ == "NOUN" for c in head.children):
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ != "them":
                return head.text + " of " + obj.text if _plural_person(obj) else None
        plural = [t for t in parsed.doc if t.i < head.i and t.tag_ == "NNS"]
        if not plural:
            i = next((k for k, s in enumerate(doc.sentences) if s.start == sent.start), 0)
            if i == 0:
                return None
            prev = ctx.syntax.parse(doc, doc.sentences[i - 1])
            plural = [t for t in prev.doc if t.tag_ == "NNS"]
        people = [t for t in plural if _plural_person(t)]
        if people:  # "Police detained three suspects. Two were released, while the third, which"
            return f"{head.text} (of the {people[-1].text})"
        return None


DETECTOR = RelativePronounDetector()
