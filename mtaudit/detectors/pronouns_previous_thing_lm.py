"""MT3106: “he”/“she”/“his”/“her” for the thing the sentence before is about (language model).

Russian “он/она/его/её” follow the grammatical gender of any noun: a plant, a variety, a table,
a samovar, a section of an embankment, an auction, a vessel, a factory are masculine or
feminine, and gender-blind MT writes “The variety Astrakhansky remains popular. He ripens in 80
days”, “The new section will stretch for 1.8 km. She will connect the centre …”, “The factory
was founded in 1931. This year she completed the modernisation …”. MT3103/MT3104 fall silent
when a man or woman is named anywhere in the paragraph before; MT3105 reads a list of predicates.
This rule resolves the pronoun the way English does, and asks the language model what it means:

* the antecedent English offers: the noun phrases of the sentence before (in the same
  paragraph) and of the pronoun's own sentence before it. When any of them may be a person —
  a name, a person noun (“the gymnast”, “one of the drivers”), a he/she/him/his/her/who, a
  PERSON of the parser — the pronoun may be theirs, and the rule keeps quiet, unless their name
  tells the other gender (“the miller Foma Kuzin” is no “she”: first name or surname ending); it also needs a
  singular common noun among them (the thing it could stand for, data-free: the parse's NN);
* then the two sentences are scored as written and with “it”/“its” for the pronoun; when the
  neutral reading is more probable by more than LM_PREVIOUS_THING_MARGIN nats, the pronoun is
  flagged. The model has seen people ripen, connect or complete nothing, and seen them move,
  speak and sign: the predicate decides, not a list of verbs.

Kept quiet: quotations (a speaker's “he” may be anyone); “she” for a ship or a country (English
style, data: the ship words of MT3105, the parser's GPE); “he”/“she” for an animal (a pet or a
horse: data animal_nouns.txt); a pronoun whose window holds a plural person noun (“one of the
drivers”). Without the language model this rule is silent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.detectors.pronouns_gender_thing import mention_gender
from mtaudit.rules.model import Example, rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

LM_PREVIOUS_THING_MARGIN = 2.0

_LM = (("lm", "shipped"),)  # the example runs with the shipped language model (tests inject it)

PREVIOUS_THING_LM = rule(
    "MT3106", "gendered-pronoun-for-previous-thing-lm", "pronoun",
    summary="“He”/“She”/“His”/“Her” for the thing the sentence before is about, with no person "
            "there (language-model check)",
    why="Russian “он/она/его/её” follow the grammatical gender of any noun (сорт, набережная, "
        "фабрика), and gender-blind MT writes “He ripens in 80 days” for a variety of melon. "
        "When the sentence before names no person and the model reads “It”/“Its” as far more "
        "likely, the thing is meant.",
    confidence="possible",
    bad=[Example("The grower Pavel Orlov spoke at the fair.\n\nThe variety Kholodok remains the most "
                 "popular in the district. He ripens in about 80 days and keeps well on the road.",
                 settings=_LM),
         Example("Mayor Ivan Sedov opened the works in May.\n\nThe new section of the embankment "
                 "will stretch for two kilometres. She will connect the old town with the port.",
                 settings=_LM),
         Example("Director Oleg Petrov thanked the staff.\n\nThe factory was founded in 1931. This "
                 "year she completed the modernisation of two workshops.", settings=_LM),
         Example("Anna Belova spoke at the opening.\n\nThe oldest exhibit is a copper kettle of 1790. "
                 "He was made by a master from Tula.", settings=_LM)],
    good=[Example("Pavel Orlov grew up in Tver. The town was small and quiet. He moved to Moscow "
                  "in 1998.", settings=_LM),
          Example("The mayor opened the bridge. He said it had cost 2 billion roubles.",
                  settings=_LM),
          Example("The ship left Murmansk in May. She carried 40 scientists to the Arctic.",
                  settings=_LM),
          Example("Our farm keeps an old horse called Orlik. He is twenty years old and still "
                  "works in the field.", settings=_LM),
          Example("Oleg Petrov bought the house in 2010. He restored the roof himself.",
                  settings=_LM)],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")
_PERSON_WORDS = {g: re.compile(r"\b(?:" + own + r"|who|whom|I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
                 for g, own in (("m", r"[Hh]e|[Hh]im|[Hh]is|[Hh]imself"), ("f", r"[Ss]he|[Hh]er|[Hh]erself"))}
_SHIPS = re.compile(r"\b(?:ship|vessel|boat|yacht|liner|icebreaker|frigate|cruiser|destroyer|"
                    r"submarine|tanker|ferry|tug|schooner|trawler|barge|corvette|steamer|"
                    r"sailboat|warship|carrier)s?\b", re.I)
_TIME_NOUNS = frozenset("century year month week day hour minute morning evening night weekend "
                        "decade time season spring summer autumn winter".split())
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative", "ROOT"})


class PreviousThingPronounLMDetector:
    name = "pronouns-previous-thing-lm"
    rules = (PREVIOUS_THING_LM,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _CANDIDATE.search(text):
            return
        lm = ctx.language_model  # without the model nothing here runs
        if lm is None:
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        known = None
        trials = []
        for i, sent in enumerate(doc.sentences):
            hits = [m for m in _CANDIDATE.finditer(text, sent.start, sent.end)
                    if m.start() not in flagged and not any(q.start <= m.start() < q.end for q in quotes)]
            if not hits:
                continue
            lo = _window_start(doc, i)
            m = hits[0]  # a later pronoun of the sentence has the first one before it: a chain
            feminine = m.group().casefold() in ("she", "her")
            own = "f" if feminine else "m"
            if _PERSON_WORDS[own].search(text, lo, m.start()) or feminine and _SHIPS.search(text, lo, sent.end):
                continue
            if known is None:
                known = glossary_spans(doc, ctx, types=("person",))
            if any((" " in text[p.start:p.end] or p.gender) and mention_gender(text, p) in (own, "")
                   for p in person_mentions(text, lo, m.start(), known)):
                continue  # somebody of its gender (a woman named before "He" is not its antecedent)
            if _quoted_window(quotes, lo, m.start()):
                continue  # what someone said before: its nouns are the speaker's
            sents = [doc.sentences[i - 1], sent] if lo < sent.start else [sent]
            parses = [ctx.syntax.parse(doc, s) for s in sents]
            tok = parses[-1].token_at(m.start())
            if tok is None or not _role_ok(tok):
                continue
            owner = _thing_before(parses, m.start(), feminine)
            if owner is None:
                continue
            word = _neutral(tok)
            if m.group()[0].isupper():
                word = word.capitalize()
            window = text[lo:sent.end]
            rel = m.start() - lo
            repaired = window[:rel] + word + window[rel + len(m.group()):]
            trials.append((m.start(), m.end(), m.group(), owner, word, window, repaired))
        if not trials:
            return
        scores = lm.logprobs([x for t in trials for x in t[5:7]])
        for k, (s, e, written, owner, word, _, _) in enumerate(trials):
            gain = scores[2 * k + 1] - scores[2 * k]
            if gain <= LM_PREVIOUS_THING_MARGIN:
                continue
            flagged.add(s)
            yield PREVIOUS_THING_LM.finding(
                doc, s, e,
                f"“{written}” after a sentence about “{owner}” that names no person: Russian "
                f"grammatical gender carried over; the language model ({lm.name}) reads “{word}” "
                f"as {gain:.1f} nats more likely",
                fix=Fix.replace(s, e, word, Applicability.UNSAFE, f"use “{word}”"))


def _window_start(doc, i: int) -> int:
    """The sentence before, if it is in the same paragraph; else the pronoun's own sentence."""
    sent = doc.sentences[i]
    para = doc.paragraph_at(sent.start)
    if i and para is not None and doc.sentences[i - 1].start >= para.start:
        return doc.sentences[i - 1].start
    return sent.start


def _quoted_window(quotes, lo: int, at: int) -> bool:
    return any(q.start < at and q.end > lo for q in quotes)


def _role_ok(tok) -> bool:
    low = tok.lower_
    if low in ("he", "she"):
        return tok.dep_ in ("nsubj", "nsubjpass")
    if low == "his" or low == "her" and tok.tag_ == "PRP$":
        return tok.dep_ == "poss" and tok.head.lower_ not in _person_possessions()
    return False  # an object "him"/"her": too often a person's


def _neutral(tok) -> str:
    return "its" if tok.tag_ == "PRP$" or tok.lower_ == "his" else "it"


def _thing_before(parses, at: int, feminine: bool) -> str | None:
    """The thing the pronoun at `at` stands for in the window's parses — the last singular
    subject, else the nearest singular common noun before it — or None when a word there may
    be a person (a name, a singular person noun, "one of the drivers"), a singular animal, or,
    for a "she"/"her", a country."""
    from mtaudit.detectors.pronouns_gender_thing import named_gender
    from mtaudit.detectors.pronouns_opening import _may_be_person, _one_of_people
    from mtaudit.detectors.pronouns_syntax import _PersonTest, _person_nouns

    nouns = _person_nouns()
    animals = _animals()
    thing = subject = None
    for parsed in parses:
        people = _PersonTest(parsed, [])
        if _one_of_people(parsed.doc.text):
            return None
        for t in parsed.doc:
            if parsed.offset(t) >= at:
                break
            low, lemma = t.lower_, t.lemma_.lower()
            if feminine and t.ent_type_ == "GPE":
                return None  # a country English may call "she"
            singular = t.tag_ in ("NN", "NNP")
            other = named_gender(t) == ("m" if feminine else "f")  # "the miller Foma Kuzin" for a "she"
            if singular and low in nouns and not other or t.tag_ == "NN" and (low in animals or lemma in animals):
                return None
            if (t.ent_type_ == "PERSON" or _may_be_person(t, people) and not _in_name_of_thing(t)) and not other:
                return None  # a name that may be a person's
            if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in _ROLES and lemma not in _TIME_NOUNS:
                if subject is None or t.dep_ in ("nsubj", "nsubjpass"):
                    thing = t.text  # the last subject, else the nearest noun, names it
                if t.dep_ in ("nsubj", "nsubjpass"):
                    subject = t.text
    return subject or thing


def _in_name_of_thing(t) -> bool:
    """A proper name inside a thing's noun phrase: "the variety Astrakhansky", "the river station"."""
    first = t
    while first.i and first.doc[first.i - 1].pos_ == "PROPN":
        first = first.doc[first.i - 1]
    if first.i and first.doc[first.i - 1].tag_ == "NN":
        return True  # a name right after its common noun: "the company Northern Wind"
    head = t
    for _ in range(4):
        if head.dep_ not in ("compound", "appos", "amod", "nmod") or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ == "NOUN":
            return True
    return any(c.pos_ == "NOUN" and c.dep_ in ("compound", "amod", "nmod") for c in head.children)


@lru_cache(maxsize=1)
def _animals() -> frozenset[str]:
    return lexicon.folded_words("animal_nouns.txt")


@lru_cache(maxsize=1)
def _person_possessions() -> frozenset[str]:
    return lexicon.folded_words("person_possessions.txt")


DETECTOR = PreviousThingPronounLMDetector()
