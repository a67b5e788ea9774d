"""“your” for the Russian reflexive possessive “свой” in narrative that addresses nobody.

Russian “свой” means “one's own” and agrees with whoever is the subject: “он объявил о своём
решении” is “he announced his decision”. MT systems that learned “свой” mostly from
second-person text render it “your”: “the minister announced your resignation”, “the company
presented your results”, “About your intention to run stated the party leader”. News narrative
never speaks to the reader in the past tense about what a third party did, so “your” there is
the subject's own.

A finding needs, on the parse of the sentence (only sentences holding an unquoted “your” are
parsed): the clause of “your” is in the past tense, its subject is a third party that can own
things — a person (name, title, person noun, he/she), a proper name, an organisation noun, or
“they” — and the text addresses nobody else: every unquoted “you/your” in it is such a case
(a guide, an advert or a column that speaks to its reader keeps its “your”). Inside quotation
marks a speaker may address anyone and is left alone.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

YOUR_FOR_OWN = rule(
    "MT3100", "your-for-reflexive-possessive", "pronoun",
    summary="“your” for Russian “свой” (one's own) in narrative about a third party",
    why="Russian “свой” agrees with the subject (“he announced his decision”); MT often renders "
        "it “your”. Past-tense narrative about a third party never addresses the reader.",
    confidence="likely",
    bad=["Striker Ivan Glebov announced your retirement from football after the final.",
         "The company published your results for the first quarter on Tuesday.",
         "About your plans to open a second plant in Kaluga told the director Oleg Rudin.",
         "She presented your new collection at the fashion week in Milan."],
    good=["Striker Ivan Glebov announced his retirement from football after the final.",
          "“Thank you for your support,” Glebov told the fans.",
          "Check your tariff: the airline changed its fares on Tuesday, so your ticket may cost more.",
          "Doctors say your blood pressure should be checked once a year.",
          "Hackers stole your passwords, and nobody told you."],
    applicability="unsafe",
)

_YOUR = re.compile(r"\b[Yy]our\b")
_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves)\b")
_PAST = frozenset({"VBD", "VBN"})
_OWN = {"m": "his", "f": "her", "they": "their", "it": "its"}


class YourForOwnDetector:
    name = "pronouns-your"
    rules = (YOUR_FOR_OWN,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _YOUR.search(text):
            return
        quoted = [q.outer for q in doc.quotes]
        outside = [m for m in _YOU.finditer(text) if not any(q.start <= m.start() < q.end for q in quoted)]
        if not outside or any(m.group().casefold() != "your" for m in outside):
            return  # a "you" of the narrative itself: the text speaks to someone
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        sentences = list(dict.fromkeys(doc.sentence_at(m.start()) for m in outside))
        if any(s is None for s in sentences):
            return
        known = glossary_spans(doc, ctx, types=("person",))
        from mtaudit.detectors.pronouns_syntax import _PersonTest

        found = []
        for sent, parsed in zip(sentences, ctx.syntax.parse_many(doc, sentences)):
            people = _PersonTest(parsed, person_mentions(text, sent.start, sent.end, known))
            for m in outside:
                if not sent.start <= m.start() < sent.end:
                    continue
                tok = parsed.token_at(m.start())
                owner = _owner(tok, people) if tok is not None else None
                if owner is None:
                    return  # one "your" that is not a third party's: the text addresses its reader
                found.append((m, tok, parsed, owner))
        for m, tok, parsed, (subject, own) in found:
            start, end = parsed.offset(tok), parsed.end_offset(tok)
            fix = None
            if own:
                word = own.capitalize() if tok.text[0].isupper() else own
                fix = Fix.replace(start, end, word, Applicability.UNSAFE, f"use “{word}”")
            flagged.add(start)
            yield YOUR_FOR_OWN.finding(
                doc, start, end,
                f"“{tok.text}” in past-tense narrative about “{subject.text}”: Russian “свой” "
                f"(one's own) rendered as “your”; {f'“{own}”' if own else 'the owner’s pronoun'} "
                f"is meant",
                fix=fix)


def _owner(tok, people):
    """(subject token, replacement or "") when "your" sits in a past-tense clause whose subject
    is a third party that owns things, else None."""
    from mtaudit.detectors.pronouns_syntax import _CLIMB, _clause_subject, _report_verbs

    if tok.tag_ != "PRP$":
        return None
    verb = tok.head
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ not in _PAST:
        return None
    subject = _clause_subject(verb, climb=_CLIMB | {"dobj", "pobj", "prep"})
    if subject is None and verb.lemma_.lower() in _report_verbs():
        # Russian word order kept: "About his plans told the director X" — the reporter
        # follows the verb and the parser takes it for an object
        subject = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "dative") and c.i > verb.i), None)
    if subject is None or subject.i == tok.i:
        return None
    # the parser may split "the goalkeeper Igor Akinfeev" into two subjects: any one will do
    found = [f for f in (_third_party(c, people) for c in [subject] + [
        c for c in subject.head.children if c.dep_ == subject.dep_ and c.i != subject.i]) if f is not None]
    return max(found, key=lambda f: bool(f[1])) if found else None  # one that tells the gender first


def _third_party(subject, people):
    low = subject.lower_
    if low in ("he", "she"):
        return subject, _OWN["m" if low == "he" else "f"]
    if low == "they":
        return subject, _OWN["they"]
    gender = people.gender(subject)
    if gender is not None:
        return subject, _OWN.get(gender, "")
    if subject.lemma_.lower() in lexicon.folded_words("organisation_nouns.txt"):
        return subject, _OWN["they" if subject.tag_ == "NNS" else "it"]
    if subject.pos_ == "PROPN":
        return subject, ""
    return None


DETECTOR = YourForOwnDetector()
