"""MT3107: "he"/"she"/"his"/"her"/"him" for the thing the clause before it, in the same sentence, is about.

Russian compound sentences go on about a thing with a pronoun of its grammatical gender: "Тополь
упал на остановку; к счастью, он никого не задел", "Вода добывается из скважины; она относится к
…", "Препарат сертифицирован; он безопасен для людей". Gender-blind MT writes "he"/"she"/"his"
for the poplar, the water, the drug. English resolves a pronoun in a later clause of a sentence to
the subject of the clause before it; when that subject is a thing, only "it" can follow.

The rule is MT3104's own-sentence case made independent of who is named further back — MT3104
falls silent when a man or a woman stands anywhere in the paragraph before, and in news one
nearly always does. What replaces that guard is data: the thing must be one whose Russian noun
has the pronoun's gender (data: russian_gender_things.tsv, English nouns with the genders of
the Russian nouns they render: poplar m, water f, drug m/n, tyre f). So a flagged pronoun is one
that agrees with the thing in Russian and cannot agree with it in English.

A candidate: a pronoun outside quotation marks, the subject (or a possessive, or an object) of a
clause that follows another clause of the same sentence; that clause's subject (the nearest
subject before the pronoun) is a singular thing of the data with the pronoun's gender, or,
when that subject is some other thing, its object is ("The republic uses a drone;
he can spray"). Kept quiet:
* anybody before the pronoun in its sentence: a name that may be a person's, a singular person
  noun, a he/she of its gender, a "who", a group of people ("The couple received a cup; he");
* a predicate of people and agents ("he said", "she signed", "he asked shoppers to"), a person's
  possession ("his wife"), what is done to people ("arrested him");
* an "it"/"its" after the pronoun in its sentence (the thing is "it" there: "The car was old,
  but he kept it");
* "she"/"her" for a ship (English style), animals and countries (not in the data).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import person_mentions
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

GENDER_THING = rule(
    "MT3107", "russian-gender-pronoun-for-thing-in-sentence", "pronoun",
    summary="“he”/“she”/“his”/“her” for the thing the clause before it is about (Russian gender)",
    why="Russian pronouns take the grammatical gender of the noun (тополь — он, вода — она, "
        "препарат — он); gender-blind MT writes “he”/“she” for a poplar, the water, a drug. "
        "After a clause about a thing, English refers a pronoun to that thing: “it” is meant.",
    confidence="likely",
    bad=["Pavel Sidorov inspected the park. In May a 20-metre poplar fell on a bus stop; "
         "fortunately, he did not hurt anyone.",
         "Anna Lebedeva runs the plant. The water is taken from a well 400 metres deep; she "
         "belongs to the sulphate type.",
         "Oleg Ivanov spoke at the meeting. The drug is certified for use in parks; he is safe "
         "for people and pets.",
         "The new route was the hardest of the season; she had 40 holds and a long overhang.",
         "Irina Popova heads the depot. The old tram was repaired in March, and now his speed "
         "reaches 60 kilometres an hour.",
         "Experts remind that a summer tyre wears out quickly; otherwise she loses grip on wet roads.",
         "The town council bought a new snowmobile; he can carry four rescuers.",
         "Ivan Sokolov showed the barn. The old roof was replaced in April: she had leaked since 2019.",
         "The bell was cast in Voronezh in 1890, and him was hung on the tower in 1891."],
    good=["The bell was cast in Voronezh in 1890; it was hung on the tower in 1891.",
          "Pavel Sidorov bought the car in May. The car was old, but he kept it for ten years.",
          "The bridge was finished in March; he said it was late.",
          "Anna Lebedeva opened the fair. The weather was cold, and she thanked the visitors.",
          "The ferry was refitted in Kaliningrad; she will sail to Riga in May.",
          "Oleg Ivanov arrived at the farm; he inspected the barn.",
          "The couple received a crystal cup; they thanked the organisers.",
          "The female lynx crossed the road; she was followed by two kittens.",
          "When the bridge opened, he was the first to cross it.",
          "Anna Orlova runs the depot. The company signed the contract in May, and she said the "
          "trains would come by 2027.",
          "“The drug is safe; he knows it,” the doctor said of her husband.",
          "The court sentenced the driver; his wife was in the courtroom.",
          "The car park was full by noon, and he asked shoppers to come by bus next week."],
    applicability="unsafe",
)

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")
_FIX = {"he": "it", "him": "it", "his": "its", "she": "it", "her": "it"}
# the Russian genders a pronoun may stand for: его is masculine or neuter
_AGREES = {"he": "m", "she": "f", "him": "mn", "his": "mn", "her": "f"}
_SAME = {"he": ("he", "him", "his", "himself"), "him": ("he", "him", "his", "himself"),
         "his": ("he", "him", "his", "himself"),
         "she": ("she", "her", "herself"), "her": ("she", "her", "herself")}
_THE_THING = frozenset({"it", "its", "itself"})


@lru_cache(maxsize=1)
def _genders() -> dict[str, tuple[str, bool]]:
    """noun -> (Russian genders, a ship English may call "she")."""
    return {w.casefold(): (cols[0] if cols else "", len(cols) > 1 and cols[1] == "ship")
            for w, cols in lexicon.table("russian_gender_things.tsv").items()}


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    """Singular nouns for a group of people: a "he"/"she" after them is one of its members."""
    return frozenset({"couple", "pair", "duo", "trio", "family", "team", "crew", "squad", "band",
                      "group", "brigade", "delegation", "jury", "choir", "ensemble", "orchestra",
                      "staff", "class", "party"})


class GenderThingPronounDetector:
    name = "pronouns-gender-thing"
    rules = (GENDER_THING,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _PRONOUN.search(text):
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        genders = _genders()
        for sent in doc.sentences:
            for m in _PRONOUN.finditer(text, sent.start, sent.end):
                if m.start() in flagged or any(q.start <= m.start() < q.end for q in quotes):
                    continue
                low = m.group().casefold()
                before = text[sent.start:m.start()]
                if not any(c in before for c in ",;:—–") or \
                        not any(set(genders.get(w.casefold(), ("",))[0]) & set(_AGREES[low])
                                for w in re.findall(r"[A-Za-z]+", before)):
                    continue  # cheap: no clause break, or no thing of the pronoun's gender before it
                found = _antecedent(doc, ctx, sent, m, low, quotes)
                if found is None:
                    continue
                word = _FIX[low]
                if low == "her" and found[1]:
                    word = "its"
                if m.group()[0].isupper():
                    word = word.capitalize()
                flagged.add(m.start())
                yield GENDER_THING.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group()}” follows a clause about “{found[0]}” in the same sentence, with nobody "
                    f"before it: the Russian noun's gender carried over; “{word}” is meant",
                    fix=Fix.replace(m.start(), m.end(), word, Applicability.UNSAFE, f"use “{word}”"))


def _antecedent(doc, ctx, sent, m, low: str, quotes) -> tuple[str, bool] | None:
    """(the thing, whether "her" is a possessive) when the pronoun at `m` stands for the thing
    the clause before it is about, else None."""
    from mtaudit.detectors.pronouns_local_thing import _clause_root, _person_like
    from mtaudit.detectors.pronouns_opening import _agent_verb
    from mtaudit.detectors.pronouns_salience import _kin, _person_objects, _person_possessions
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    parsed = ctx.syntax.parse(doc, sent)
    tok = parsed.token_at(m.start())
    if tok is None or tok.lower_ != low:
        return None
    possessive = tok.dep_ == "poss"
    if low in ("he", "she") and tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if possessive:
        owned = tok.head
        if owned.lower_ in _person_possessions() or owned.lemma_.lower() in _person_possessions() or \
                _kin().get(owned.lower_) == "person":
            return None  # "his wife", "her career"
    elif low in ("him", "her") and tok.head.lemma_.lower() in _person_objects():
        return None  # "arrested him"
    if any(t.lower_ in _THE_THING for t in parsed.doc if t.i > tok.i):
        return None  # "The car was old, but he kept it": the thing is "it" here
    own = _clause_root(tok)
    if own.dep_ in ("relcl", "acl"):
        return None  # "The plant, which he built"
    shared = {own.i}
    node = own
    while node.dep_ == "conj" and node.head.i != node.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
        shared.add(node.i)
    mentions = person_mentions(doc.text, sent.start, parsed.offset(tok), ())
    if mentions:
        return None  # "Oleg Ivanov arrived; he …"
    people = _PersonTest(parsed, mentions)
    same = _SAME[low]
    for t in parsed.doc:
        if t.i >= tok.i:
            break
        if _quoted(parsed, t, quotes):
            continue
        if t.lower_ in same or t.lower_ in ("who", "whom") or t.lower_ in _groups() or \
                t.tag_ in ("NN", "NNP") and people.gender(t) is not None or \
                not t.is_lower and _person_like(parsed, t, people, None):
            return None  # somebody the pronoun may stand for
    subjects = [t for t in parsed.doc if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ in ("NOUN", "PROPN") and t.head.i not in shared
                and _clause_root(t).i not in shared and _clause_root(t).dep_ not in ("relcl", "acl")
                and not _quoted(parsed, t, quotes)]
    if not subjects:
        return None
    subject = subjects[-1]
    thing = _of_gender(subject, low)
    if thing is None:
        if not _singular_common(subject) or people.gender(subject) is not None or \
                subject.lower_ in _groups() or _animal(subject):
            return None
        verb = subject.head
        thing = next((o for o in verb.children if o.dep_ == "dobj" and o.i < tok.i and
                      _of_gender(o, low) is not None), None)
        if thing is None:
            return None
    if low in ("he", "she") and (_agent_verb(parsed, m.start()) or _addresses_people(tok.head, people)):
        return None  # "he said", "she signed": a person's act (a body's too, but a person may be meant)
    return thing.text, possessive


# verbs of addressing people: with a person as object only a person (or a body) is the subject
_ADDRESSING = frozenset({"tell", "thank", "greet", "congratulate", "warn", "remind", "welcome", "meet",
                         "inform", "address", "assure", "reassure", "promise", "hug", "praise"})


def _addresses_people(verb, people) -> bool:
    """The pronoun's verb acts on people or asks them to act: "he asked shoppers to use the
    park-and-ride", "she thanked the volunteers", "he urged residents to stay at home"."""
    from mtaudit.detectors.pronouns_salience import _CONTROL_VERBS
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    from mtaudit.detectors.pronouns_salience import _person_objects

    nouns = _person_nouns()
    lemma = verb.lemma_.lower()
    social = lemma in _CONTROL_VERBS or lemma in _person_objects() or lemma in _ADDRESSING
    for c in verb.children:
        if social and c.dep_ in ("dobj", "dative") and (
                people.gender(c) is not None or c.lemma_.lower() in nouns or c.lower_ in nouns):
            return True
        if c.dep_ == "xcomp" and verb.lemma_.lower() in _CONTROL_VERBS:
            return True
    return False


def _of_gender(t, low: str):
    """`t` when it is a singular thing of the data whose Russian gender agrees with the pronoun."""
    if not _singular_common(t) or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children):
        return None
    entry = _genders().get(t.lemma_.lower()) or _genders().get(t.lower_)
    if entry is None:
        return None
    genders, ship = entry
    if ship and low in ("she", "her"):
        return None  # English calls a ship "she"
    return t if any(g in _AGREES[low] for g in genders) else None


def _animal(t) -> bool:
    """An animal English may call "he"/"she" ("The female lynx crossed the road; she ...")."""
    animals = lexicon.folded_words("animal_nouns.txt")
    return t.lower_ in animals or t.lemma_.lower() in animals


def _singular_common(t) -> bool:
    """A singular common noun; the tagger reads some British spellings as names ("a winter
    tyre/NNP"): a lowercase NNP is a common noun."""
    return t.tag_ == "NN" or t.tag_ == "NNP" and t.is_lower


def _quoted(parsed, tok, quotes) -> bool:
    at = parsed.offset(tok)
    return any(q.start <= at < q.end for q in quotes)


DETECTOR = GenderThingPronounDetector()
