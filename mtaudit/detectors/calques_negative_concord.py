"""Russian negative concord rendered word for word (MT2290) wherever it stands in the clause:
"the mayor said no delay on the programme will not be", "The inspectors did not find nothing",
"Nobody actually did not come". MT2204 reads the sentence-initial shape by pattern ("No evidence
was not provided"); this reads the parse, so an object, a clause after "that" or a word between
is found too, and MT2204 keeps the finding where both fire (data/code_supersedes.tsv).

Russian negates the verb as well as the negative pronoun (никто не пришёл, ничего не найдено,
никаких задержек не будет); MT renders both, and the English clause cancels itself or reads as
dialect. Standard English keeps one negation: "No evidence was found", "Nobody came". So this
reads the parse of the few sentences where a negative word (no, nothing, nobody, no one, none,
never, nowhere) comes before or after "not"/"n't": flagged is a clause whose own verb carries
"not" while the negative word is its subject, its object, a determiner of either, or its adverb.

Spared by the parse: "not" in another clause ("No one who was not invited came": a relative
clause; "He never stopped, but had not finished": another verb), "no" that is not a determiner
("no longer", "no more", "no sooner"), an interjection ("No, he did not"), and the English
litotes "nothing if not", "not for nothing".
"""

from __future__ import annotations

import re

from mtaudit.core.types import Span
from mtaudit.rules.model import rule

NEGATIVE_CONCORD = rule(
    "MT2290", "negative-concord-clause", "calque",
    summary="“No evidence of his flight was not found”: a Russian double negation (ничего не, никто "
            "не) kept, so the English clause negates itself",
    why="Russian negates both the pronoun and the verb (никто не пришёл, никаких задержек не будет); "
        "MT keeps both negations and the English clause cancels itself. English writes one: "
        "“Nobody came”, “There will be no delay”.",
    confidence="likely",
    bad=["No evidence of his flight abroad was not found by the investigators.",
         "According to the mayor, no delay on the programme will not be.",
         "Nobody from the district administration did not come to the hearing.",
         "The inspectors did not find nothing dangerous in the cargo."],
    good=["No evidence of his flight abroad was found by the investigators.",
          "No one who was not invited could enter the hall.",
          "He never stopped painting but had simply not shown his work.",
          "The road is no longer closed, and buses do not wait there.",
          "No, the council did not approve the plan.",
          "She was nothing if not persistent."],
)

_NEG_WORDS = frozenset({"no", "nothing", "nobody", "none", "never", "nowhere", "noone"})
_CANDIDATE = re.compile(
    r"\b(?:no|nothing|nobody|none|never|nowhere|no[ \t]+one)\b.*\b(?:not|cannot)\b|n't\b"
    r"|\b(?:not|cannot)\b.*\b(?:no|nothing|nobody|none|never|nowhere)\b|n't\b.*\b(?:no|nothing|nobody|none|never)\b",
    re.IGNORECASE)
_LITOTES = re.compile(r"\bnothing[ \t]+if[ \t]+not\b|\bnot[ \t]+for[ \t]+nothing\b|\bnot[ \t]+no\b[ \t]*,",
                      re.IGNORECASE)
_ARGS = ("nsubj", "nsubjpass", "dobj", "obj", "attr", "expl", "advmod", "npadvmod", "dative")


class NegativeConcordDetector:
    name = "negative-concord-clause"
    rules = (NEGATIVE_CONCORD,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        todo = [s for s in doc.body_sentences
                if _has_both(text[s.start:s.end]) and not _LITOTES.search(text, s.start, s.end)]
        if not todo:
            return
        parses = ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo])
        for parsed in parses:
            for neg_word, verb, neg in _concords(parsed.doc):
                first, last = sorted((neg_word, neg), key=lambda t: t.i)
                start, end = parsed.offset(first), parsed.end_offset(last)
                if end - start > 120:
                    start, end = parsed.offset(neg_word), parsed.end_offset(neg_word)
                yield NEGATIVE_CONCORD.finding(
                    doc, start, end,
                    f"“{neg_word.text}” and “{neg.text}” negate the same verb “{verb.text}”: Russian "
                    f"negative concord (никто не, ничего не); English keeps one negation")


def _has_both(sentence: str) -> bool:
    """Regex only: a negative word and "not" in one sentence."""
    return bool(_CANDIDATE.search(sentence))


def _clause_verb(token):
    """The verb whose clause the negative word belongs to: its own head for a pronoun or an
    adverb, the head of its noun for the determiner "no"; None when it hangs elsewhere."""
    if token.lower_ == "no":
        if token.dep_ != "det":
            return None  # "no longer", "No, ...": not a determiner of a noun
        noun = token.head
        if noun.dep_ not in _ARGS:
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
                return noun.head.head  # "on no account does not ...": the verb of the phrase
            return None
        return noun.head
    if token.dep_ not in _ARGS:
        return None
    return token.head


def _negation(verb):
    """The "not" of this verb: on the verb itself or on its auxiliary chain's head."""
    for child in verb.children:
        if child.dep_ == "neg":
            return child
    if verb.dep_ in ("aux", "auxpass") and verb.head is not verb:
        return next((c for c in verb.head.children if c.dep_ == "neg"), None)
    return None


def _concords(sent):
    """(negative word, verb, not) of each clause negated twice."""
    for token in sent:
        word = token.lower_
        if word not in _NEG_WORDS and not (word == "one" and token.i > 0 and sent[token.i - 1].lower_ == "no"):
            continue
        if word == "one":
            token = sent[token.i - 1]  # "no one": the negative word is "no" + "one"
            head = token.head if token.head.lower_ == "one" else token
            verb = head.head if head.dep_ in _ARGS else None
        else:
            verb = _clause_verb(token)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        neg = _negation(verb)
        if neg is None or neg.i == token.i:
            continue
        yield token, verb, neg
DETECTOR = NegativeConcordDetector()
