"""“he”/“his” (or “she”/“her”) for a country, an organisation or a place, where a person
is near — decided by the language model, the mirror of MT316.

Russian nouns have grammatical gender (Россия and деревня are feminine, район and Кремль are
masculine), and gender-blind MT carries it into English: “Russia began a campaign to cover his
tracks”, “in the village of X, he was shelled twice”. MT314 and MT317 catch the pronoun when
no person is anywhere near; but news names people in nearly every sentence (“According to the
governor, …”), and then a rule cannot tell the village's “he” from the governor's.

Syntax proposes, the language model decides. A pronoun is a candidate when the parse gives it a
thing for its nearest antecedent and no person between the two:

* a possessive “his”/“her” whose clause subject (climbing through
  infinitive and coordinated clauses: “Russia began a campaign to … cover his tracks”) is a
  country, an organisation or a place — a glossary place/organisation/outlet, an acronym, or an
  organisation or place noun (data: organisation_nouns.txt, place_nouns.txt);
* a subject “he”/“she” whose nearest noun before it in the sentence is such a thing (“in the
  village of X, he was attacked twice”).

The previous and the current sentence are then scored as written and with “it”/“its” (and with
“they”/“their”, for a body of several members); when the neutral reading is more probable by
more than LM_THING_MARGIN nats the pronoun is flagged. A man named nearby keeps the written
reading likely where it is right (“Putin arrived in Minsk, where he met …”): the model has seen
people do what “he” does there, and things do not.

Calibration: bench/pronoun_thing_lm.py (texts we wrote, none from the measurement corpus).
Without the language model this rule is silent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.rules.model import Example, rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

LM_THING_MARGIN = 2.0

_LM = (("lm", "shipped"),)  # the example runs with the shipped language model (tests inject it)

GENDERED_FOR_THING_LM = rule(
    "MT3101", "gendered-pronoun-for-thing-lm", "pronoun",
    summary="“he”/“his” (or “she”/“her”) for a country, an organisation or a place next to "
            "a named person (language-model check)",
    why="Russian nouns have grammatical gender, so gender-blind MT writes “he”/“his” or “she”/“her” "
        "for Russia, a ministry or a village. When the syntax gives the pronoun a thing for its "
        "antecedent, an English language model compares the sentence with “it”/“its”.",
    confidence="possible",
    bad=[Example("Spokesman Oleg Markov spoke after the summit. In his view, Turkey wants to use the "
                 "crisis to strengthen his position in the region.", settings=_LM),
         Example("Governor Pavel Sedov said that the storm had cut off the village of Ozyorki, and "
                 "he had no electricity for three days.", settings=_LM),
         Example("According to Senator Ellis, China wants to use the trade war to expand his "
                 "influence in Asia.", settings=_LM)],
    good=[Example("President Orlov arrived in Minsk, where he met the prime minister.", settings=_LM),
          Example("The ministry dismissed Ivan Belov in May, and his deputy took over.", settings=_LM),
          Example("Russia granted the whistleblower Mark Evans asylum and later extended his "
                  "residence permit.", settings=_LM),
          Example("The company hired Pavel Sedov as director, and he will start in June.",
                  settings=_LM),
          Example("Senator Ellis visited the village of Krasnaya Polyana, where he spoke with the "
                  "residents.", settings=_LM),
          Example("Ukraine began a campaign to hide its losses.", settings=_LM)],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er)\b")
_WORD = re.compile(r"[A-Za-z]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative"})
_TIME_NOUNS = frozenset("century centuries year years month months week weeks day days hour hours "
                        "minute minutes morning evening night weekend decade decades time".split())
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "dobj", "pobj", "relcl"})


class ThingPronounLMDetector:
    name = "pronouns-thing-lm"
    rules = (GENDERED_FOR_THING_LM,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        if not _CANDIDATE.search(doc.text):
            return
        lm = ctx.language_model  # checked first: without the model nothing here runs
        if lm is None:
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        things = glossary_spans(doc, ctx, types=("place", "organisation", "outlet"))
        todo = [i for i in range(len(doc.sentences)) if _candidate_sentence(doc, i, flagged, things)]
        if not todo:
            return
        known = glossary_spans(doc, ctx, types=("person",))
        parses = ctx.syntax.parse_many(doc, [doc.sentences[i] for i in todo])
        trials = []  # (start, end, written, owner, replacement, [window, repaired])
        for i, parsed in zip(todo, parses):
            sent = doc.sentences[i]
            people = [(p.start, p.end) for p in person_mentions(doc.text, sent.start, sent.end, known)]
            lo = doc.sentences[i - 1].start if i else sent.start
            window = doc.text[lo:sent.end]
            for tok in parsed.doc:
                start = parsed.offset(tok)
                if start in flagged or not _CANDIDATE.fullmatch(tok.text):
                    continue
                owner = _thing_owner(tok, parsed, people, things)
                if owner is None:
                    continue
                rel = start - lo
                for word in _neutral(tok):
                    if tok.text[0].isupper():
                        word = word.capitalize()
                    repaired = window[:rel] + word + window[rel + len(tok.text):]
                    trials.append((start, start + len(tok.text), tok.text, owner.text, word, (window, repaired)))
        if not trials:
            return
        scores = lm.logprobs([x for t in trials for x in t[5]])
        best: dict[int, tuple[float, tuple]] = {}
        for k, trial in enumerate(trials):
            gain = scores[2 * k + 1] - scores[2 * k]
            if gain > LM_THING_MARGIN and (trial[0] not in best or gain > best[trial[0]][0]):
                best[trial[0]] = (gain, trial)
        for start in sorted(best):
            gain, (s, e, written, owner, word, _) = best[start]
            flagged.add(s)
            yield GENDERED_FOR_THING_LM.finding(
                doc, s, e,
                f"“{written}” for “{owner}”: Russian grammatical gender carried over by the "
                f"translation; the language model ({lm.name}) reads “{word}” as {gain:.1f} nats "
                f"more likely",
                fix=Fix.replace(s, e, word, Applicability.UNSAFE, f"use “{word}”"))


def _candidate_sentence(doc, i: int, flagged, things) -> bool:
    """Regex pre-check (no parse): an unflagged he/his/him/she/her after a possible thing
    (an organisation or place noun, an acronym, a glossary place or organisation) in the
    same sentence."""
    text, sent = doc.text, doc.sentences[i]
    for m in _CANDIDATE.finditer(text, sent.start, sent.end):
        if m.start() in flagged:
            continue
        if any(sent.start <= a < m.start() for a, _ in things) or \
                _ACRONYM.search(text, sent.start, m.start()) is not None:
            return True
        nouns = _thing_nouns()
        if any(w.group().casefold() in nouns for w in _WORD.finditer(text, sent.start, m.start())):
            return True
    return False


def _neutral(tok) -> tuple[str, ...]:
    low = tok.lower_
    if low == "his" or (low == "her" and tok.tag_ == "PRP$"):
        return ("its", "their")
    if low in ("he", "she"):
        return ("it", "they")
    return ()


def _thing_owner(tok, parsed, people, things):
    """The thing the syntax makes the pronoun's nearest antecedent, or None."""
    low = tok.lower_
    if low in ("he", "she"):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for t in reversed(parsed.doc[:tok.i]):
            if t.tag_ in ("PRP", "PRP$") and t.lower_ in ("he", "him", "his", "she", "her"):
                return None  # a chain of person pronouns: the earlier one was judged there
            if t.tag_ not in _NOMINAL or t.dep_ not in _NOUN_ROLES or t.lower_ in _TIME_NOUNS:
                continue  # "in the third century, he": a time is nobody's antecedent
            if _is_person(t, parsed, people):
                return None
            # "the village of X": the proper name's head noun decides
            head = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and \
                t.head.head.tag_ in _NOMINAL else t
            return head if _is_thing(head, parsed, people, things) or \
                _is_thing(t, parsed, people, things) else None
        return None
    if tok.tag_ != "PRP$":
        return None  # an object "him"/"her" rarely stands for its own clause's subject
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    owner = _clause_subject(verb)
    if owner is not None and owner.tag_ == "WDT" and owner.head.dep_ == "relcl":
        owner = owner.head.head  # "the federation, which has doubled his budget"
    if owner is None or owner.i > tok.i or not _is_thing(owner, parsed, people, things):
        return None
    for t in parsed.doc[owner.i + 1:tok.i]:
        if (t.tag_ in _NOMINAL or t.lower_ in ("he", "him", "she", "her")) and _is_person(t, parsed, people):
            return None  # a person between the thing and the pronoun is the nearer owner
        if t.tag_ in ("NNP", "NNPS") and not _is_thing(t, parsed, people, things) and not _ordinary(t.text):
            return None  # so may an unknown name ("granted Evans asylum and extended his permit")
    return owner


def _clause_subject(verb):
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep_ in _CLIMB and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


def _ordinary(word: str) -> bool:
    from mtaudit.detectors.pronouns_antecedent import _ordinary as ordinary

    return ordinary(word)


def _is_person(tok, parsed, people) -> bool:
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    if tok.lower_ in ("he", "him", "she", "her"):
        return True
    start = parsed.offset(tok)
    if any(a <= start < b for a, b in people):
        return True
    return tok.lower_ in _person_nouns()


def _is_thing(tok, parsed, people, things) -> bool:
    """A glossary country/organisation/place/outlet, an acronym, or an organisation or place
    noun — never a person."""
    if tok.pos_ == "PRON" or _is_person(tok, parsed, people):
        return False
    if tok.lower_ in _thing_nouns() and tok.tag_ in ("NN", "NNS"):
        return True
    start = parsed.offset(tok)
    if any(a <= start < b for a, b in things):
        return True
    return tok.pos_ == "PROPN" and len(tok.text) > 1 and tok.text.isupper()


@lru_cache(maxsize=1)
def _thing_nouns() -> frozenset[str]:
    return lexicon.folded_words("organisation_nouns.txt") | lexicon.folded_words("place_nouns.txt")


DETECTOR = ThingPronounLMDetector()
