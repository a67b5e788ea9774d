"""MT3103: a sentence opened by "His"/"Her"/"He"/"She" right after a sentence about a thing.

Russian carries a noun's grammatical gender into its pronoun ("Томограф произведён в Германии.
Его программа …", "Машина прошла 1,2 км. Она работала …"), and gender-blind MT writes "His
software", "She worked" for a device, a network, a theatre. English readers look for a person;
when the paragraph so far names none and the sentence before has a thing as its subject, the
pronoun can only stand for that thing: "Its"/"It" is meant.

Only the opening pronoun is checked, and only when no person (a name, a title, a person noun, a
he/she/his/her) stands anywhere in its paragraph before it or in its own sentence (a name of a
place — "cast in Voronezh" — or one that modifies a common noun is no person), and nobody
of its gender (nor a name of unknown gender) in the paragraph before; the parser
reads the sentence before (one sentence per candidate) to find its subject; when it has none
because Russian put the subject after its verb ("In Chelyabinsk opened the first in the Urals
curling centre."), the noun after the verb is the subject. A he/she in the paragraph that
MT3107 reads as a thing's (pronouns_gender_thing.thing_pronoun) is no person.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.detectors.pronouns import one_animal_between, sexed_animal
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

OPENING_FOR_THING = rule(
    "MT3103", "gendered-opening-pronoun-for-thing", "pronoun",
    summary="“His”/“Her”/“He”/“She” opening a sentence about the thing the sentence before is about",
    why="Russian pronouns follow the noun's grammatical gender (томограф — его, машина — она); "
        "gender-blind MT writes “His software” for a device. With no person in the paragraph "
        "and a thing as the subject before, “Its”/“It” is meant.",
    confidence="likely",
    bad=["The network was launched in 2019. Her capacity has doubled since then.",
         "The boring machine passed 1.2 kilometres. She worked at a depth of 60 metres.",
         "The theatre was built in 1905 on the main square. His facade was restored last year.",
         "The turbine was assembled at a workshop in Kazan. He will reach full power next spring.",
         "The old mill on the river was closed in 2019 after a fire. Her roof was rebuilt last "
         "year. She will now take up to 200 visitors a day.",
         "In Tomsk opened the first in Siberia climbing centre. He has twelve walls and a small café.",
         "The city installed a new platform by the lake, and this spring she was opened within a week. "
         "The park has become a favourite of families. He is visited by hundreds of people at weekends."],
    good=["The tomograph was bought by Ivan Petrov. His clinic opened in May.",
          "One of the drivers lost control on the ice. The car rolled into a ditch. He was not injured.",
          "The governor visited the plant. The plant was built in 1960. His speech was short.",
          "The tomograph was produced in Germany. Its software is new.",
          "The dogs were fed at noon. His owner was away.",
          "The female elk calf was found in a ditch. The reserve will release the calf in May. "
          "She will wear a collar.",
          "The letter was written at the ministry in Moscow. He signed it on Friday.",
          "The old mill was closed in 2019 after a fire. The owner, Anna Petrova, rebuilt it. "
          "She will now take up to 200 visitors a day.",
          "The girl found a kitten in the yard, and she took it home. The yard is now a playground. "
          "She plays there every day.",
          "In Tomsk opened the climbing hall of the coach Ivan Petrov. He has trained climbers for 20 years.",
          "The city installed a new platform by the lake, and this spring she was opened within a week. "
          "The park has become a favourite of families. She said it is busy at weekends."],
    applicability="unsafe",
)

_OPENING = re.compile(r"(?:His|Her|He|She)\b")
_PERSON_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself|who|whom)\b")
_FIX = {"his": "Its", "her": "Its", "he": "It", "she": "It"}


class OpeningPronounDetector:
    name = "pronouns-opening"
    rules = (OPENING_FOR_THING,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        from mtaudit.detectors.pronouns_gender_thing import thing_pronoun
        from mtaudit.detectors.pronouns_syntax import _has_person_noun, _PersonTest

        text = doc.text
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        known = None
        for i, sent in enumerate(doc.sentences):
            m = _OPENING.match(text, sent.start)
            if i == 0 or m is None or m.start() in flagged:
                continue
            para = doc.paragraph_at(sent.start)
            if para is None or para.start >= sent.start:
                continue  # a paragraph's first sentence: its "He" may go back further
            if known is None:
                known = glossary_spans(doc, ctx, types=("person",))
            before = text[para.start:sent.start]
            own = text[sent.start:sent.end]
            # a he/she/his/her already found to be a thing's is no person: "Her building was
            # built in 1958. She will now receive 90 visitors" (the bath's, a chain)
            said = [para.start + w.start() for w in _PERSON_WORD.finditer(before)
                    if para.start + w.start() not in flagged]
            if _PERSON_WORD.search(own[m.end():]) or \
                    _has_person_noun(before + " " + own) or _one_of_people(before) or \
                    person_mentions(text, para.start, sent.end, known):
                continue
            if said and not all(thing_pronoun(doc, ctx, x) for x in said):
                continue  # "she" for a thing (MT3107's, found later) is no person: "… installed a
                # platform, and she was occupied by a pair. The village … . He is visited by …"
            if one_animal_between(text, para.start, sent.start) and sexed_animal(text):
                continue  # "The center will release the lynx. She will be fitted …": a female cub's "she"
            earlier = doc.paragraph_before(para)
            if earlier is not None and _same_gender_before(doc, earlier, m.group().casefold(), known):
                continue  # "She" may go back to a woman of the paragraph before
            prev = doc.sentences[i - 1]
            parsed = ctx.syntax.parse(doc, prev)
            people = _PersonTest(parsed, [])
            subject = next((t for t in parsed.doc if t.dep_ in ("nsubj", "nsubjpass")
                            and t.head.dep_ == "ROOT"), None) or _inverted_subject(parsed)
            if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or \
                    people.gender(subject) is not None or \
                    any(_may_be_person(t, people) for t in parsed.doc):
                continue  # a plural takes "they"; an unknown name may be a person's
            if m.group() in ("He", "She") and _agent_verb(ctx.syntax.parse(doc, sent), m.start()):
                continue  # "He signed it": what only a person (or a body) does is no thing's
            word = _FIX[m.group().casefold()]
            flagged.add(m.start())
            yield OPENING_FOR_THING.finding(
                doc, m.start(), m.end(),
                f"“{m.group()}” opens a sentence after one about “{subject.text}”, with no person "
                f"in the paragraph: Russian grammatical gender carried over; “{word}” is meant",
                fix=Fix.replace(m.start(), m.end(), word, Applicability.UNSAFE, f"use “{word}”"))


def _inverted_subject(parsed):
    """The subject Russian put after its verb, behind a fronted place or time ("In Chelyabinsk
    opened the first in the Urals curling centre.", "On the square appeared a new fountain."):
    the parse finds no subject and takes the noun after the verb for its object. The singular
    noun that heads that phrase (the last common noun of "the first in the Urals curling
    centre"), when the sentence opens with a preposition and no subject precedes the verb."""
    root = next((t for t in parsed.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.tag_ != "VBD" or parsed.doc[0].pos_ != "ADP" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return None
    obj = next((c for c in root.children if c.dep_ in ("dobj", "attr") and c.i > root.i), None)
    if obj is None:
        return None
    if obj.pos_ == "NOUN":
        return obj
    nouns = [t for t in obj.subtree if t.pos_ == "NOUN" and t.dep_ != "compound"]
    return nouns[-1] if obj.pos_ == "ADJ" and nouns else None


# "one of the drivers", "one of its residents": one person picked from a group of people
_ONE_OF = re.compile(r"\b[Oo]ne of (?:the |these |those |its |their |our |his |her )?(?:[a-z-]+ )?([a-z]+?)(?:e?s)\b")


def _one_of_people(chunk: str) -> bool:
    """"One of the drivers ...": a singular person named from a plural person noun, whom a
    following "He"/"She" may stand for."""
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    nouns = _person_nouns()
    return any(m.group(1) in nouns or m.group(1) + "e" in nouns for m in _ONE_OF.finditer(chunk))


# a name after one of these is where or what, not who: "cast at a foundry in Voronezh"
_PLACE_PREPOSITIONS = frozenset("in at across near on onto into over under along through "
                                "off outside inside beyond around via".split())


def _may_be_person(t, people) -> bool:
    """A proper name that may be a person's ("He" may stand for it): not a place or facility the
    parser knows, not a name after a preposition of place ("in Voronezh", "across the Kama") or
    after a place noun's "of" ("the port of Ningbo", "the village of Big Goloustnoye"), nor one
    listed with such a name ("in Irkutsk, Ulan-Ude and Slyudyanka"), not a name modifying a common
    noun ("the Optina elders", "the Kaluga region")."""
    if t.pos_ != "PROPN":
        return False
    if t.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" and people.gender(head.head) is None:
        return False
    bodies = lexicon.folded_words("organisation_nouns.txt") | lexicon.folded_words("place_nouns.txt")
    if any(c.dep_ in ("compound", "amod") and (c.lower_ in bodies or c.lower_ in _OF_THING_HEADS)
           for c in head.children) or \
            head.dep_ == "appos" and head.head.lower_ in bodies:
        return False  # "the holding Bashkir Torch", "the company, Severny Ugol": a body's name
    for _ in range(6):  # "in Irkutsk, Ulan-Ude and Slyudyanka": the list shares the first's preposition
        if head.dep_ != "conj" or head.head.i == head.i or head.head.pos_ != "PROPN":
            break
        head = head.head
    if head.dep_ != "pobj":
        return True
    prep = head.head
    if prep.lower_ == "of" and (prep.head.lower_ in _OF_THING_HEADS or prep.head.lower_ in bodies or
                                prep.head.pos_ == "PROPN" and prep.head.lower_ not in lexicon.person_heads()):
        return False  # "the brand Volgabus", "the Committee on Transport of St. Petersburg"
    return not (prep.lower_ in _PLACE_PREPOSITIONS or
                prep.lower_ == "of" and prep.head.lower_ in lexicon.folded_words("place_nouns.txt"))


# a name after "of" and one of these names a product or a body, not who: "buses of the brand Volgabus"
_OF_THING_HEADS = frozenset({"brand", "make", "model", "trademark", "label", "series"})


def _agent_verb(parsed, start: int) -> bool:
    """The opening "He"/"She" is the subject of a verb of saying, acting with intent or feeling
    (agent_predicates.txt, person_subject_verbs.txt, report verbs): it stands for someone."""
    from mtaudit.detectors.pronouns_salience import _agent_predicate, _saying_verbs
    from mtaudit.detectors.pronouns_syntax import _person_verbs, _report_verbs

    tok = parsed.token_at(start)
    if tok is None or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    return bool(_agent_predicate(verb)) or lemma in _saying_verbs() or lemma in _report_verbs() or \
        _person_verbs().get(lemma) == frozenset()  # "he hopes", not "it works" (`org` verbs)


def _same_gender_before(doc, para, pronoun: str, known) -> bool:
    """The paragraph before names someone the pronoun may stand for: a person of its gender (a
    he/she, a gendered name or title) or a name of unknown gender."""
    from mtaudit.detectors.pronouns_syntax import _FEMALE, _MALE

    male = pronoun in ("he", "his")
    text = doc.text
    if (_MALE if male else _FEMALE).search(text, para.start, para.end):
        return True
    return any(p.gender == ("m" if male else "f") or not p.gender
               for p in person_mentions(text, para.start, para.end, known))


DETECTOR = OpeningPronounDetector()
