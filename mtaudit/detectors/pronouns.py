"""Pronouns: "its" for a person, the Russian reflexive "свой" rendered as "its".

Russian "свой" agrees with nothing in English; MT often picks "its" even when
the owner is a person ("the head of the United States said on its Twitter
page"). To stay quiet on organisations ("the agency ... its report"), a finding
needs three things: a person named earlier in the sentence (first name, title,
glossary person), no organisation or other capitalised name between that person
and "its", and a possessed noun that only people have (data: person_possessions.txt).
The fix picks "his"/"her" only when the nearby names agree on a gender, else "their".
"""

from __future__ import annotations

import re

from mtaudit.text import lexicon
from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import PersonMention, glossary_spans, person_mentions
from mtaudit.text.views import PRONOUNS_FLAGGED

ITS_FOR_PERSON = rule(
    "MT311", "its-for-person", "pronoun",
    summary="“its” referring to a person just named",
    why="MT renders the Russian reflexive “свой” as “its” even when its owner is a person.",
    confidence="likely",
    bad=["About it the head of the United States said on its Twitter page.",
         "Minister Nikolai Patrushev thanked its wife for the support.",
         "Anna Petrova announced its resignation on Monday.",
         "Oleg Ivanov was detained in March in Kazan. Its lawyers called the charges absurd.",
         "The farm was set up by Rinat Ganiev, who came home after 20 years in the mining industry. Its "
         "wife Dilyara runs the dairy."],
    good=["Volunteer Anna Belova warns that a fox cub found alone is rarely lost: its mother is near.",
          "Ranger Tom Price counts the colony. Walruses haul out in June, and a calf grows fast on its "
          "mother's milk.",
          "Keeper Oleg Rudin feeds the young lynx by hand. Its mother refused it.",
          "The agency published its report on Monday.",
          "Rustam Ganiev opened the bakery in May. Its owner Dilyara Ganieva bakes the bread.",
          "President Putin praised China and its economy.",
          "The ministry, headed by Nikolai Patrushev, said on its Telegram channel that talks would resume.",
          "The head of the United States said on his Twitter page that talks would resume.",
          "Oleg Ivanov sold the bank to Sberbank. Its lawyers approved the deal.",
          "Oleg Ivanov was detained.\n\nIts lawyers called the charges absurd."],
    applicability="unsafe",
)

_ITS = re.compile(r"\b[Ii]ts\b")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_PRONOUNS = {"m": "his", "f": "her", "": "their"}


class PronounDetector:
    name = "pronouns"
    rules = (ITS_FOR_PERSON,)
    needs = frozenset()

    def detect(self, doc, ctx):
        flagged = doc.view(PRONOUNS_FLAGGED, set)  # the language-model check skips these
        for finding in self._detect(doc, ctx):
            flagged.add(finding.start)
            yield finding

    def _detect(self, doc, ctx):
        text = doc.text
        possessions = lexicon.folded_words("person_possessions.txt")
        org_nouns = lexicon.folded_words("organisation_nouns.txt")
        known = glossary_spans(doc, ctx, types=("person",))
        for sent in doc.sentences:
            for m in _ITS.finditer(text, sent.start, sent.end):
                noun_end = _noun_phrase_end(text, m.end(), sent.end)
                possessed = text[m.end():noun_end].split()
                if not possessed or not any(w.casefold().strip("’'s") in possessions for w in possessed):
                    continue
                kin = re.sub(r"['’]s?$", "", possessed[0].casefold())  # "its mother's milk"
                if kin in _ANIMAL_KIN and _animal_before(doc, sent, m.start()):
                    continue  # "the animal may be looking for food, and its mother is nearby"
                mentions = person_mentions(text, sent.start, m.start(), known)
                if mentions:
                    person = mentions[-1]
                    if _other_owner_between(text, person, m.start(), org_nouns) or \
                            _org_before(text, sent.start, mentions, m.start(), org_nouns):
                        continue
                else:
                    person = _previous_sentence_person(doc, sent, m.start(), known, org_nouns)
                    if person is None:
                        continue
                gender, reason = _gender(doc, person, sent)
                pronoun = _PRONOUNS[gender]
                if m.group()[0] == "I":
                    pronoun = pronoun.capitalize()
                yield ITS_FOR_PERSON.finding(
                    doc, m.start(), _span_end(text, m, noun_end),
                    f"“its” after a person (“{text[person.start:person.end]}”) and before a "
                    f"person's possession (“{' '.join(possessed)}”): likely Russian “свой”; "
                    f"use “{pronoun}” ({reason})",
                    fix=Fix.replace(m.start(), m.end(), pronoun, Applicability.UNSAFE,
                                    f"use “{pronoun}”"))


# kin an animal has in English ("its mother", "its parents"): after an animal in the sentence
# the "its" is the animal's, not a person's "свой"
_ANIMAL_KIN = frozenset({"mother", "father", "parents", "family", "brother", "sister", "brothers",
                         "sisters", "offspring"})


def _animal():
    from mtaudit.detectors.pronouns_person_predicate import _animals

    return _animals()


def _animal_before(doc, sent, its_start: int) -> bool:
    """An animal named in the sentence before "its" or, when "Its" opens the sentence, in the
    sentence before ("A falcon chick is kept apart. Its mother was injured")."""
    text = doc.text
    if _animal().search(text, sent.start, its_start):
        return True
    prev = doc.last_sentence_within(0, sent.start) if not text[sent.start:its_start].strip() else None
    return prev is not None and _animal().search(text, prev.start, prev.end) is not None


# an animal whose sex the text states: English then gives it "she"/"he" ("The female cub … she")
_SEX_WORD = re.compile(r"\b(?:[Ff]emale|[Mm]ale)\b")


def sexed_animal(text: str) -> bool:
    """The text states an animal's sex ("the female cub", "a male elk"): English writes "she"/"he"
    for that animal, and a gendered pronoun near it is no Russian gender carried over."""
    animal = _animal()
    return any(animal.search(text, m.end(), m.end() + 40) for m in _SEX_WORD.finditer(text))


def one_animal_between(text: str, start: int, end: int) -> bool:
    """One animal (a singular animal noun: "the lynx", "the cub", not "snow leopards") named
    between start and end."""
    for m in _animal().finditer(text, start, end):
        word = m.group()
        if text[m.end():m.end() + 1].isalpha() or (word.endswith("s") and not word.endswith(("us", "ss"))):
            continue  # a longer word, or a plural: "snow leopards" are no "she"
        return True
    return False


def _previous_sentence_person(doc, sent, its_start: int, known, org_nouns):
    """For a sentence opening with "Its" ("Его адвокаты" rendered "Its lawyers"): the last
    person of the previous sentence in the paragraph, when no organisation noun there and no
    capitalised word after that person, other than a place or date after a preposition
    ("detained in April in Moscow"), could own "its"."""
    text = doc.text
    if text[sent.start:its_start].strip():
        return None
    prev = doc.last_sentence_within(0, sent.start)  # a bisect, not a scan of every sentence
    if prev is None or "\n\n" in text[prev.end:sent.start]:
        return None
    mentions = person_mentions(text, prev.start, prev.end, known)
    if not mentions or _org_before(text, prev.start, mentions, prev.end, org_nouns):
        return None
    person = mentions[-1]
    words = list(_WORD.finditer(text, person.end, prev.end))
    for i, w in enumerate(words):
        if w.group()[0].isupper() and not (i and words[i - 1].group() in _PLACE_PREPOSITIONS):
            return None
    return person


_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "on", "since", "until", "by"})


def _span_end(text: str, its, noun_end: int) -> int:
    """The finding's end: "its" and the words of its noun that keep the span within four times
    the pronoun ("its Twitter", "its son"; "Its" alone before "grandfather"). Editors mark the
    pronoun alone or the pronoun with its possession ("its Twitter page"); a span this short
    shares half of the one and a quarter of the other, and points at the word to change."""
    end = its.end()
    for w in _WORD.finditer(text, its.end(), noun_end):
        if w.end() - its.start() > 4 * (its.end() - its.start()):
            break
        end = w.end()
    return end


def _noun_phrase_end(text: str, start: int, limit: int) -> int:
    """End of the (up to three) content words after "its": "its Twitter page"; a name after a
    lower-case noun is apposed to it, not part of it ("its wife Zulfiya runs": "its wife")."""
    common = lexicon.folded_words("common_lowercase.txt")
    end, count, lower = start, 0, False
    for w in _WORD.finditer(text, start, limit):
        if text[end:w.start()].strip() or count == 3 or w.group().casefold() in common or \
                lower and w.group()[0].isupper():
            break
        lower = lower or w.group()[0].islower()
        end, count = w.end(), count + 1
    return end


def _other_owner_between(text: str, person: PersonMention, its_start: int, org_nouns) -> bool:
    """A capitalised word or an organisation noun between the person and "its" may own it."""
    for w in _WORD.finditer(text, person.end, its_start):
        word = w.group()
        if word[0].isupper() or word.casefold() in org_nouns:
            return True
    return False


def _org_before(text: str, start: int, mentions, its_start: int, org_nouns) -> bool:
    """An organisation noun outside the person phrases earlier in the sentence may own "its"."""
    for w in _WORD.finditer(text, start, its_start):
        if any(p.start <= w.start() < p.end for p in mentions):
            continue
        if w.group().casefold() in org_nouns:
            return True
    return False


def _gender(doc, person: PersonMention, sent) -> tuple[str, str]:
    """The person's gender and why: from the mention, else from names nearby in the paragraph."""
    if person.gender:
        return person.gender, f"“{person.cue}” is {_word(person.gender)}"
    para = doc.paragraph_at(sent.start)
    para = sent if para is None else para
    previous = doc.last_sentence_within(para.start, sent.start)
    start = previous.start if previous is not None else sent.start
    nearby = [p for p in person_mentions(doc.text, start, sent.end, ()) if p.gender]
    genders = {p.gender for p in nearby}
    if len(genders) == 1:
        cues = ", ".join(dict.fromkeys(p.cue for p in nearby))
        return genders.pop(), f"the people named nearby ({cues}) are {_word(next(iter({p.gender for p in nearby})))}"
    return "", "gender unknown: “their” keeps it neutral"


def _word(gender: str) -> str:
    return {"m": "male", "f": "female"}[gender]


DETECTOR = PronounDetector()
