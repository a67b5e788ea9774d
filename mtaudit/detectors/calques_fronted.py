"""A fronted place or body with no subject after it: Russian subjectless order (MT2315).

Russian reports an action without naming who did it: "В Москве задержали блогера" (in Moscow
[they] detained a blogger), "В министерстве пояснили, что …" (in the ministry [they] explained),
"В регионе откроют три школы" (in the region [they] will open three schools). The place or body
is a prepositional phrase and the verb has no subject; MT keeps the order: "In Moscow detained a
27-year-old blogger", "In the military department explained that …". English needs a subject
("Moscow police detained …", "the ministry explained …").

Whether a verb has a subject is a question of syntax, so this reads a dependency parse
(mtaudit.models.parser) — only of sentences that open with a preposition and have no comma
before the first word that may be a verb, so most sentences are never parsed. A sentence is
flagged when its root is a finite verb (or a modal and a verb) with no subject of any kind
(nsubj, nsubjpass, csubj, expl), a prepositional phrase before it that opens the clause, and no
comma between them. Spared: English inversion after a fronted place ("In the corner stood a
piano", "Among the injured was a child": the verbs of calque_fronted_skip_verbs.txt), "In
Moscow, police detained …" and "In Moscow police detained …" (a subject), questions, and "In May
Gazprom reported …" / "In Moscow Sobyanin said …", where the parser takes the subject into the
phrase (two capitalised words with no article: left alone unless the last is a place word).
"""

from __future__ import annotations

import re

from mtaudit.core.types import Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.text.lexicon import words

FRONTED_NO_SUBJECT = rule(
    "MT2315", "fronted-place-no-subject", "calque",
    summary="“In Moscow detained a blogger …”, “In the ministry explained that …”: a fronted place "
            "or body and a verb with no subject (Russian subjectless order)",
    why="Russian leaves the actor out and fronts the place or the body (В Москве задержали, в "
        "министерстве пояснили); MT keeps the order, so the English verb has no subject. English "
        "names the actor: “Moscow police detained”, “the ministry explained”.",
    confidence="likely",
    bad=["In Moscow detained a 30-year-old man who set fire to a police car.",
         "The rules change in May. In the regional health ministry explained that clinics will open "
         "on Saturdays.",
         "In the Tver region will open three new schools next year.",
         "Meanwhile, in the city administration promised to repair the boiler house by Friday."],
    good=["In Moscow, police detained a 30-year-old man who set fire to a police car.",
          "In Moscow police detained a 30-year-old man.",
          "In the corner stood an old piano.",
          "Among the injured was a ten-year-old boy.",
          "In May Gazprom reported a record profit.",
          "In 2019 the company opened a plant in Tver.",
          "In the ministry, officials explained that clinics will open on Saturdays.",
          "As part of the winter transfer window Spartak also intends to sign a goalkeeper.",
          "In the final Ivanova beat the defending champion.",
          "On Thursday Pence will meet the Polish president."],
)

INVERTED_AFTER_PLACE = rule(
    "MT2317", "fronted-phrase-verb-before-subject", "calque",
    summary="“On the construction of the station were spent 14 billion rubles”, “On the celebrations "
            "arrived two thousand pilgrims”: a fronted phrase, then the verb, then its subject",
    why="Russian puts the new information last and may open with a phrase about the place or the "
        "purpose (на строительство станции потратили 14 млрд, на торжества прибыли паломники); MT "
        "keeps the order, so the verb comes before its subject, a passive one included. English "
        "inverts only after a place with a verb of being, position or arrival in literary style "
        "(“In the corner stood a lamp”); news English puts the subject first (“14 billion rubles "
        "were spent on building the station”).",
    confidence="likely",
    bad=["On the construction of the bridge were spent about 3 billion rubles.",
         "For the repair of the school were allocated 40 million rubles.",
         "In the region will be built three new schools next year."],
    good=["About 3 billion rubles were spent on the construction of the bridge.",
          "In the corner stood an old lamp.",
          "Among the injured were two children.",
          "Into the room came a tall man with a beard.",
          "On the table lay a letter from the bank.",
          "In 2019 the company opened a plant in Tver."],
)

_PREPS = r"In|At|On|Inside|Within|Near|Under|From|Across|Throughout|Outside|For|To|Into|Among"
# the start of a sentence: an optional connective with its comma, then a preposition
_OPENING = re.compile(
    rf"^\W{{0,3}}(?:(?:Meanwhile|Also|However|Earlier|Later|Previously|At the same time|"
    rf"In addition|Moreover|Besides|Now|Today|Yesterday|Then|Thus|So)\s*,?\s+)?(?:{_PREPS})\s",
    re.IGNORECASE)
_FIRST_COMMA = re.compile(r"[,;:—–(]")
_CAPITAL = re.compile(r"[A-ZА-Я]")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"}
_FINITE = {"VBD", "VBZ", "VBP"}
# heads of place names: "the Kursk Region", "Krasnodar Krai" stay one phrase
_PLACE_HEADS = {"region", "oblast", "krai", "kray", "district", "republic", "territory", "province",
                "okrug", "raion", "rayon", "island", "islands", "city", "town", "village", "county"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
             "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"}
_NAME_PREFIXES = {"nizhny", "nizhni", "veliky", "velikiye", "novy", "staraya", "stary", "bolshoy",
                  "maly", "novaya", "sankt", "saint", "st.", "ust", "rostov", "naberezhnye",
                  "petropavlovsk", "yuzhno", "severo", "komsomolsk"}


class FrontedPlaceDetector:
    name = "calques-fronted"
    rules = (FRONTED_NO_SUBJECT, INVERTED_AFTER_PLACE)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        todo = [s for s in doc.sentences if _candidate(doc.text[s.start:s.end])]
        if not todo:
            return
        skip = words("calque_fronted_skip_verbs.txt")
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            hit = _subjectless(parsed.doc, skip)
            if hit is None:
                continue
            prep, verb, inverted = hit
            start, end = parsed.offset(prep), parsed.end_offset(verb)
            phrase = doc.text[start:end]
            if inverted:
                yield INVERTED_AFTER_PLACE.finding(
                    doc, start, end,
                    f"“{phrase}” puts the verb before its subject after a fronted phrase: Russian "
                    f"order (на строительство потратили 14 млрд); English puts the subject first "
                    f"(“14 billion rubles were spent on building …”)")
                continue
            yield FRONTED_NO_SUBJECT.finding(
                doc, start, end,
                f"“{phrase}” has no subject: Russian subjectless order (В Москве задержали, в "
                f"ведомстве пояснили); English names who “{verb.text}”: “Moscow police detained”, "
                f"“the ministry explained”")


def _candidate(sentence: str) -> bool:
    """Regex only: the sentence opens with a preposition and is not a question."""
    if sentence.rstrip().endswith("?"):
        return False
    m = _OPENING.match(sentence)
    if m is None:
        return False
    rest = sentence[m.end():]
    comma = _FIRST_COMMA.search(rest)
    head = rest[:comma.start()] if comma else rest
    return len(head.split()) >= 2  # a phrase and something after it before any comma


def _subjectless(sent, skip):
    """(preposition, verb, inverted) when the root verb has no subject before it and a
    clause-opening preposition phrase; `inverted` when its subject (or, in a passive or an
    intransitive verb the parser misreads, its postposed noun) stands after it."""
    root = _opening_verb(sent)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
    passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" and (c.tag_ in _FINITE or modal)
                                         for c in root.children)
    if root.tag_ not in _FINITE and not (modal and root.tag_ == "VB") and not passive:
        return None
    if root.lemma_.lower() in skip or any(c.dep_ in _SUBJECT_DEPS and c.i < root.i for c in root.children):
        return None
    inverted = any(c.dep_ in _SUBJECT_DEPS and c.i > root.i for c in root.children)
    if passive and not inverted:
        # "were spent about 14 billion rubles": the parser reads the postposed subject as an object
        inverted = any(c.dep_ in ("dobj", "attr", "oprd") and c.i > root.i for c in root.children)
        if not inverted:
            return None  # "In the ministry were told that …": left to the attribution rules
    if any(c.dep_ == "aux" and c.lower_ in ("to",) for c in root.children):
        return None
    preps = [c for c in root.children if c.dep_ == "prep" and c.i < root.i]
    if not preps:
        return None
    prep = preps[0]
    # only a connective and its comma may come before the phrase
    for t in sent[:prep.i]:
        if not (t.is_punct or t.pos_ in ("ADV", "CCONJ", "SCONJ", "ADP") or t.dep_ in ("advmod", "cc")):
            return None
    between = sent[prep.i + 1:root.i]
    if any(t.is_punct and t.text not in ("-", "'", "’") for t in between):
        return None  # "In Moscow, police …": a comma closes the phrase; what follows may be anything
    if any(t.pos_ == "PRON" and t.dep_ == "pobj" for t in between):
        return None
    if _name_swallowed(between):
        return None
    return prep, root, inverted


def _opening_verb(sent):
    """The verb the sentence's opening phrase belongs to: the root, or, when the clause it opens
    is joined to another by a comma ("On the festival arrived 2,000 guests, the service was
    led by …"), the verb of that first clause (an adverbial or complement clause of the root)."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    first_prep = next((t for t in sent if t.dep_ == "prep"), None)
    if first_prep is not None and first_prep.head.pos_ in ("VERB", "AUX") and first_prep.head is not root \
            and first_prep.head.dep_ in ("advcl", "ccomp") and first_prep.head.i < (root.i if root is not None else 0):
        return first_prep.head
    return root


def _name_swallowed(tokens) -> bool:
    """True for "In May Gazprom", "In Moscow Sobyanin", "Within the framework of the window
    Spartak": the parser took a name into the phrase that is as likely the subject (two
    capitalised words with no article, or a name right after a common noun)."""
    words_ = [t for t in tokens if t.pos_ != "PUNCT"]
    while words_ and words_[-1].pos_ in ("ADV", "PART", "AUX"):  # "… Spartak also intends", "will"
        words_.pop()
    if len(words_) >= 2:
        last, prev = words_[-1], words_[-2]
        if _CAPITAL.match(last.text) and prev.text.islower() and prev.pos_ in ("NOUN", "ADJ", "VERB"):
            return True  # "the winter transfer window Spartak", "the final Goryachkina"
        if (prev.lower_ in _PLACE_HEADS and last.pos_ == "NOUN"
                and last.lower_ not in words("calque_apposition_bodies.txt")):
            return True  # "In the Grayvorn district drone struck": a subject with no article
        if prev.lower_ in _CALENDAR:
            return True  # "On Thursday pence", "In May Gazprom": a date, then the subject
        if (last.text.islower() and last.is_alpha and prev.pos_ != "DET"
                and not is_dictionary_word(last.text)):  # "the roads", "the box": a common noun
            return True  # "the press conference lavrov": a lowercased name, not a place word
    if not words_ or words_[0].lower_ in ("the", "a", "an"):
        return False
    caps = [t for t in words_ if _CAPITAL.match(t.text)]
    if len(caps) < 2:
        return False
    if words_[-1].lower_ in _PLACE_HEADS or caps[0].lower_ in _NAME_PREFIXES:
        return False
    return True


DETECTOR = FrontedPlaceDetector()
