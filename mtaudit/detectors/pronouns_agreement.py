"""“he”/“himself” for a woman (or “she”/“herself” for a man) whom the syntax names as the antecedent.

Russian drops the subject of a subordinate clause and marks the speaker's gender only on a
past-tense verb (“заявила, что планирует баллотироваться” — “she said that [she] plans to
run”); MT has to invent the English subject and takes the default “he”. Russian “себя” has no
gender either, so “positioning herself” comes out “positioning himself”. MT315 checks the
possessives; this rule checks the subject and the reflexive, where the syntax says exactly who
the antecedent is:

* “himself”/“herself”: the subject of its own clause (through “who” to the noun a relative
  clause hangs on: “X, who calls himself …”) — English reflexives bind locally;
* “he”/“she” as the subject of what a named person reported (“X said that he plans …”, the
  ccomp of a reporting verb), when the reporter is a woman (man) named with a gendered first
  name or title, or a gendered person noun.

Each needs nobody of the pronoun's own gender who could be meant: no pronoun of that gender in
this or the previous sentence, no name of unknown gender there, and — for “he”/“she”, which
may reach further back — no person of that gender named anywhere earlier in the text. Text
inside quotation marks is left alone (a speaker's “he” may be anyone the speaker knows).
Parses only sentences where that cheap pre-check leaves a clash.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.rules.model import rule
from mtaudit.text.views import PRONOUNS_FLAGGED

PRONOUN_GENDER = rule(
    "MT319", "pronoun-gender-mismatch", "pronoun",
    summary="“he”/“himself” for a woman (or “she”/“herself” for a man) named as the antecedent",
    why="Russian drops the subject of a reported clause (“заявила, что планирует”) and its "
        "reflexive “себя” has no gender, so MT invents a default “he”/“himself” for a woman. "
        "When the syntax names the antecedent and nobody of the pronoun's gender is near, the "
        "pronoun is wrong.",
    confidence="likely",
    bad=["The TV presenter Marina Orlova said that he plans to stand in the mayoral election.",
         "Yelena Sokolova, who calls himself an independent candidate, collected the signatures.",
         "The singer Anna Belova admitted that he had cancelled the tour because of an injury.",
         "Governor Pavel Antonov said that she would visit the flooded districts on Monday."],
    good=["The TV presenter Marina Orlova said that she plans to stand in the mayoral election.",
          "Yelena Sokolova, who calls herself an independent candidate, collected the signatures.",
          "Oleg Belov was arrested in May. His sister Anna Belova said that he had done nothing wrong.",
          "Anna Belova said that her husband was innocent and that he would appeal.",
          "Marina Orlova met the coach on Monday. Orlova said that he was ready to stay.",
          "“He told me the truth,” said Anna Belova.",
          "Anna Belova said he was right, Lebedev told reporters."],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]imself|[Hh]erself)\b")
_MALE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b")
_FEMALE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_GENDER = {"he": "m", "himself": "m", "she": "f", "herself": "f"}
_SWAP = {"he": "she", "she": "he", "himself": "herself", "herself": "himself"}
_RELATIVE = frozenset({"who", "that", "which"})


class PronounGenderDetector:
    name = "pronouns-agreement"
    rules = (PRONOUN_GENDER,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _CANDIDATE.search(text):
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quoted = [q.outer for q in doc.quotes]
        known = glossary_spans(doc, ctx, types=("person",))
        things = glossary_spans(doc, ctx, types=("place", "organisation", "outlet"))
        todo = []  # (sentence index, pronoun offsets)
        for i, sent in enumerate(doc.sentences):
            offsets = [m.start() for m in _CANDIDATE.finditer(text, sent.start, sent.end)
                       if m.start() not in flagged and not any(q.start <= m.start() < q.end for q in quoted)
                       and _may_clash(doc, i, known, things, m)]
            if offsets:
                todo.append((i, offsets))
        if not todo:
            return
        from mtaudit.detectors.pronouns_syntax import _PersonTest

        parses = ctx.syntax.parse_many(doc, [doc.sentences[i] for i, _ in todo])
        for (i, offsets), parsed in zip(todo, parses):
            sent = doc.sentences[i]
            people = _PersonTest(parsed, person_mentions(text, sent.start, sent.end, known))
            for off in offsets:
                tok = parsed.token_at(off)
                if tok is None or tok.lower_ not in _GENDER:
                    continue
                mine = _GENDER[tok.lower_]
                who, gender = _gendered(_antecedent(tok), people)
                if not gender or gender == mine:
                    continue
                if tok.lower_ in ("he", "she") and _named_before(doc, known, sent.end, mine, off):
                    continue  # a man (woman) named earlier may be the one meant
                replacement = _SWAP[tok.lower_]
                if tok.text[0].isupper():
                    replacement = replacement.capitalize()
                start, end = parsed.offset(tok), parsed.end_offset(tok)
                flagged.add(start)
                yield PRONOUN_GENDER.finding(
                    doc, start, end,
                    f"“{tok.text}” for “{who.text}”, with nobody of that gender nearby: Russian "
                    f"drops the subject (or uses genderless “себя”) and MT chose the default; "
                    f"“{replacement}” is meant",
                    fix=Fix.replace(start, end, replacement, Applicability.UNSAFE, f"use “{replacement}”"))


def _may_clash(doc, i: int, known, things, m) -> bool:
    """Cheap pre-check (no parse): someone of the other gender nearby, nobody of this gender,
    no name of unknown gender (the same test as MT315's)."""
    from mtaudit.detectors.pronouns_syntax import _genders_nearby

    male, female, unknown = _genders_nearby(doc, i, known, m.start())
    mine = _GENDER[m.group().casefold()]
    if unknown or not (female and not male if mine == "m" else male and not female):
        return False
    return not _unknown_name(doc, i, known, things)


def _unknown_name(doc, i: int, known, things) -> bool:
    """A capitalised word in this or the previous sentence that may be a name of unknown gender:
    not an ordinary English word, not a glossary place or organisation, not part of a person
    named with a gender (a surname the text gave in full earlier keeps that gender)."""
    from mtaudit.detectors.pronouns_antecedent import _CAPITALISED, _ordinary
    from mtaudit.detectors.pronouns_syntax import _CALENDAR, _surname_mentions

    text = doc.text
    lo, hi = doc.sentences[i - 1 if i else i].start, doc.sentences[i].end
    gendered = [(p.start, p.end) for p in person_mentions(text, lo, hi, known) if p.gender]
    for k in {max(i - 1, 0), i}:
        gendered += [(p.start, p.end) for p in _surname_mentions(doc, doc.sentences[k], known) if p.gender]
    for w in _CAPITALISED.finditer(text, lo, hi):
        if any(a <= w.start() < b for a, b in gendered) or any(a <= w.start() < b for a, b in things):
            continue
        if not _ordinary(w.group()) and w.group().casefold() not in _CALENDAR:
            return True
    return False


def _gendered(subjects, people):
    """(token, gender) for the subject phrases: the gender when their words agree on one
    ("The TV presenter Marina Orlova", however the parser split it), else (None, None). A
    pronoun's own antecedent is not known here, so he/she/him/her decide nothing."""
    genders, who = set(), None
    for subject in subjects:
        for t in _phrase(subject):
            if t.lower_ in ("he", "she", "him", "her", "his", "hers"):
                return None, None
            g = people.gender(t)
            if g:
                genders.add(g)
                who = t
            elif g == "" and not _title_before_name(t, people):
                return None, None
    return (who, genders.pop()) if len(genders) == 1 else (None, None)


def _title_before_name(t, people) -> bool:
    """A role noun right before a gendered name is that person's title ("the presenter Marina
    Orlova"), not a second person of unknown gender."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.pos_ == "NOUN" and nxt is not None and nxt.pos_ == "PROPN" and bool(people.gender(nxt))


def _phrase(tok):
    """The words of a noun phrase without its relative and participle clauses."""
    yield tok
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl", "punct"):
            yield from _phrase(child)


def _antecedent(tok):
    """The subject phrases the syntax makes the pronoun's antecedent (none when it does not
    say): a reflexive's clause subject (through a relative “who” to its noun), a reported
    clause's reporter (the parser may split "the presenter Marina Orlova" in two)."""
    from mtaudit.detectors.pronouns_syntax import _clause_subject, _report_verbs

    low = tok.lower_
    if low in ("himself", "herself"):
        if tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.pos_ != "VERB":
            # a small clause the parser made of "considers herself a patriot"
            return _antecedent_of_verb(tok, tok.head.head)
        if tok.dep_ not in ("dobj", "pobj", "dative", "npadvmod", "oprd", "attr") or \
                tok.head.pos_ not in ("VERB", "AUX", "ADP"):
            return []  # an emphatic "the minister himself" is no reflexive
        return _antecedent_of_verb(tok, tok.head.head if tok.head.pos_ == "ADP" else tok.head)
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _report_verbs() | {"admit", "promise", "confirm"}:
        return [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _antecedent_of_verb(tok, verb):
    """A reflexive's binder: the subject of its clause, through a relative "who" to its noun."""
    from mtaudit.detectors.pronouns_syntax import _clause_subject

    subject = _clause_subject(verb)
    if subject is not None and subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head
    return [subject] if subject is not None and subject.i < tok.i else []


def _named_before(doc, known, end: int, gender: str, skip: int) -> bool:
    """A person of this gender named (or a person noun of it) anywhere in text[:end]."""
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    text = doc.text
    if any(p.gender == gender for p in person_mentions(text, 0, end, known)):
        return True
    nouns = _person_nouns()
    return any(nouns.get(w.casefold()) == gender for w in re.findall(r"[A-Za-z]+", text[:end]))


DETECTOR = PronounGenderDetector()
