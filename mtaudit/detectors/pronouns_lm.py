"""“it”/“its”/“itself” for a person, decided by the language model where syntax cannot.

Russian “он/она/его/её/свой” are gendered like the nouns they replace, and gender-blind MT
writes “it”/“its” for a man or a woman in every role: subject (“Before that, it worked as a
teacher”), object (“the court released it on bail”), after a preposition (“a protest made
against it”), possessive (“because of its illness”), reflexive. The syntax rules
(pronouns_syntax, MT312) catch the structural cases — the subject of what a person said —
but most roles have no structural tell: “sold it two years later” is fine English.

What decides is which reading English makes likely, given who was just named. So: for every
“it”/“its”/“itself” with a person named before it in the same or the previous sentence (first
name and surname, a title, a surname the document named in full earlier, a person noun such as
“the lawyer”, a glossary person), the previous and current sentence are scored as written and
with the person pronoun of the right role and gender (he/him/his/himself, she/her/…); when the
person reading is more probable by more than LM_PRONOUN_MARGIN nats, the pronoun is flagged.

Measured while calibrating, on sentences we wrote: person uses gain 3.4–15 nats, thing
uses (“sold it”, “praised China and its economy”) at most +0.5, so the margin of 2.5 leaves room
on both sides. Cost: a sentence reaches the parser and the model only when it holds one of the
three words and a person is named within two sentences; expletive “it” (“it is clear that”,
“it was decided to”) is dropped on the parse before the model sees it.

Without the language model (not installed, --no-lm, MTAUDIT_NO_LM=1) this rule is silent:
the rule-only figures are those of the other pronoun rules.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import person_mentions
from mtaudit.rules.model import Example, rule
from mtaudit.text.views import PRONOUNS_FLAGGED

LM_PRONOUN_MARGIN = 2.5

_LM = (("lm", "shipped"),)  # the example runs with the shipped language model (tests inject it)

IT_FOR_PERSON_LM = rule(
    "MT316", "it-for-person-lm", "pronoun",
    summary="“it”/“its”/“itself” for a person just named, in any role (language-model check)",
    why="Russian pronouns follow grammatical gender, so gender-blind MT writes “it”/“its” for a "
        "man or a woman as subject, object, possessive or after a preposition. Where syntax "
        "cannot tell, an English language model compares the sentence with the person pronoun.",
    confidence="likely",
    bad=[Example("Former senator Anna Kovaleva was detained on Tuesday. The court later released "
                 "it on bail.", settings=_LM),
         Example("Natalia Petrova became a deputy in 2016. Before that, it worked as a teacher in "
                 "Tver.", settings=_LM),
         Example("The singer Alla Mironova cancelled the tour because of its illness.", settings=_LM),
         Example("The court sentenced the former mayor Igor Belov to five years, finding it guilty "
                 "of bribery.", settings=_LM),
         Example("Maxim Lebedev was born in Samara. Its father worked at the aircraft plant.",
                 settings=_LM)],
    good=[Example("Irkutsk, 3 May. Tatyana Orlova, who runs a fishing cooperative in the village, said it had "
                  "switched to perch.", settings=_LM),
          Example("Smith bought the house in 2010 and sold it two years later.", settings=_LM),
          Example("President Putin praised China and its economy.", settings=_LM),
          Example("Maria Ivanova found the letter and gave it to the police.", settings=_LM),
          Example("When asked about the deal, Angela Merkel said it would be signed next week.",
                  settings=_LM),
          Example("Vladimir Putin signed the law on Friday. It comes into force in January.",
                  settings=_LM),
          Example("Sergei Lavrov called the report a fabrication and said it had no basis.",
                  settings=_LM),
          Example("Aeroflot chief executive Sergei Alexandrovsky spoke on Monday. Its shares fell "
                  "by 4 percent.", settings=_LM),
          Example("Oleg Petrov met the coach. “It looks like you have given him a chance,” he said.",
                  settings=_LM),
          Example("Ivanov tried to win the seat and failed. It did not work.", settings=_LM),
          Example("The council refused to register the activist Pavel Orlov. About it the BBC was "
                  "told by a source in the administration.", settings=_LM)],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Ii]tself)\b")
_WORD = re.compile(r"[A-Za-z]+")
# a person noun as the first part of a hyphenated modifier ("queen-size", "woman-led", "man-made"),
# not of a person's own compound ("runner-up", "president-elect", "editor-in-chief")
_COMPOUND_MODIFIER = re.compile(r"-(?!(?:up|elect|designate|in|at|general|to)\b)[a-z]")
# Replacements by role and gender ("" = unknown: both are tried, the better one is kept).
_FORMS = {
    "subject": {"m": "he", "f": "she"},
    "object": {"m": "him", "f": "her"},
    "its": {"m": "his", "f": "her"},
    "itself": {"m": "himself", "f": "herself"},
}
# "it" as the subject of these, with a clause or complement after, is the dummy subject of
# English ("it is clear that", "it seems to", "it took years to"): no person is meant.
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "happen", "matter", "remain", "take",
                              "become", "turn", "cost", "follow", "mean"})
# Verbs of saying that take no addressee as object: in "it clarifies the Agency", "as it writes
# Reuters" the source stands after the verb (Russian inverted attribution, "уточняет агентство")
# and the "it" is MT's filler, not a person ("it told TASS" keeps its reading: told has a listener).
_SOURCE_AFTER_VERBS = frozenset({"clarify", "write", "report", "note", "add", "specify", "stress",
                                 "emphasize", "emphasise", "say", "state", "explain", "recall"})
# The reading a person reading must beat besides the text as written: "it" standing for a
# statement or an event ("About it said …" for "Об этом", "It did not work") reads better as
# "this"; "its" for two people or a body reads better as "their".
_NEUTRAL = {"subject": "this", "object": "this", "its": "their"}


class LanguageModelPronounDetector:
    name = "pronouns-lm"
    rules = (IT_FOR_PERSON_LM,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        if not _CANDIDATE.search(doc.text):
            return
        lm = ctx.language_model  # checked first: without the model nothing here runs
        if lm is None:
            return
        candidates = list(self._candidates(doc, ctx))
        if not candidates:
            return
        parses = ctx.syntax.parse_many(doc, [doc.sentences[i] for i in dict.fromkeys(c[0] for c in candidates)])
        parsed_of = {p.start: p for p in parses}
        trials = []  # (offset, end, written, person, replacement, [window, repaired, neutral])
        for i, m, person, gender, person_end in candidates:
            sent = doc.sentences[i]
            parsed = parsed_of[sent.start]
            tok = parsed.token_at(m.start())
            if tok is None or tok.text.casefold() != m.group().casefold():
                continue
            role = _role(tok)
            if role is None:
                continue
            if role == "its" and _employer_named(doc.text, person_end - len(person)):
                continue  # "BlackBerry CEO John Chen … its shares": the company is named too
            if role != "its" and _thing_in_own_relative(parsed, tok):
                continue  # "Anna Orlova, who runs a cooperative, said it had switched": the thing
                # her own relative clause names is the nearer referent
            lo = doc.sentences[i - 1].start if i else sent.start
            window, rel = doc.text[lo:sent.end], m.start() - lo

            def put(word, _w=window, _r=rel, _m=m):
                if _m.group()[0].isupper():
                    word = word.capitalize()
                return word, _w[:_r] + word + _w[_r + len(_m.group()):]

            neutral = put(_NEUTRAL[role])[1] if role in _NEUTRAL else window
            for g in ((gender,) if gender else ("m", "f")):
                word, repaired = put(_FORMS[role][g])
                trials.append((m.start(), m.end(), m.group(), person, word, (window, repaired, neutral)))
        if not trials:
            return
        # Two passes: the person reading must beat the text as written AND the neutral reading,
        # so the neutral reading is scored only for the candidates that pass the first test
        # (most do not); the findings are those of scoring all three at once, at 2/3 the cost.
        first = lm.logprobs([x for t in trials for x in t[5][:2]])
        alive = [k for k in range(len(trials)) if first[2 * k + 1] - first[2 * k] > LM_PRONOUN_MARGIN]
        neutral_of = dict(zip(alive, lm.logprobs([trials[k][5][2] for k in alive]) if alive else []))
        best: dict[int, tuple[float, tuple]] = {}
        for k, trial in enumerate(trials):
            if k not in neutral_of:
                continue
            written, repaired, neutral = first[2 * k], first[2 * k + 1], neutral_of[k]
            gain = repaired - max(written, neutral)
            if gain > LM_PRONOUN_MARGIN and (trial[0] not in best or gain > best[trial[0]][0]):
                best[trial[0]] = (gain, trial)
        for start in sorted(best):
            gain, (s, e, written, person, word, _) = best[start]
            yield IT_FOR_PERSON_LM.finding(
                doc, s, e,
                f"“{written}” after a person (“{person}”): gender-blind MT of a Russian personal "
                f"pronoun; the language model ({lm.name}) reads “{word}” as {gain:.1f} nats more "
                f"likely",
                fix=Fix.replace(s, e, word, Applicability.UNSAFE, f"use “{word}”"))

    @staticmethod
    def _candidates(doc, ctx):
        """(sentence index, match, person text, gender) for every it/its/itself with a person
        named before it in this or the previous sentence — regex and word lists only."""
        text = doc.text
        flagged = doc.views.peek(PRONOUNS_FLAGGED, default=set())
        known = None
        for i, sent in enumerate(doc.sentences):
            matches = [m for m in _CANDIDATE.finditer(text, sent.start, sent.end) if m.start() not in flagged]
            if not matches:
                continue
            if known is None:
                from mtaudit.detectors.pronouns_antecedent import named_people

                # a one-word glossary person that is also an English word is mostly the word
                # ("May" the month, not Theresa May)
                known = named_people(doc, ctx)
            lo = doc.sentences[i - 1].start if i else sent.start
            for m in matches:
                person = _last_person(doc, lo, m.start(), known)
                if person is not None:
                    yield i, m, person[0], person[1], person[2]


def _last_person(doc, start: int, end: int, known):
    """The last person named in text[start:end] as (text, gender, end offset), or None."""
    from mtaudit.detectors.pronouns_syntax import _person_nouns, _surname_mentions

    text = doc.text
    found = [(p.start, text[p.start:p.end], p.gender) for p in person_mentions(text, start, end, known)]
    sent = doc.sentence_at(start)
    if sent is not None:
        for s in (sent, doc.sentence_at(end - 1) if end > start else None):
            if s is not None:
                found += [(p.start, text[p.start:p.end], p.gender) for p in _surname_mentions(doc, s, known)
                          if start <= p.start < end]
    nouns = _person_nouns()
    for w in _WORD.finditer(text, start, end):
        low = w.group().casefold()
        if low in nouns and w.group().islower() and not _COMPOUND_MODIFIER.match(text, w.end()):
            found.append((w.start(), w.group(), nouns[low]))  # "a queen-size quilt": no queen
    if not found:
        return None
    start, who, gender = max(found)
    return who, gender, start + len(who)


def _role(tok) -> str | None:
    """The role of the pronoun token, or None for the dummy "it" of English."""
    low = tok.lower_
    if low == "its":
        return "its"
    if low == "itself":
        return "itself"
    if tok.dep_ == "expl":
        return None
    if tok.dep_ in ("nsubj", "nsubjpass"):
        head = tok.head
        if head.lemma_.lower() in _EXPLETIVE_HEADS and \
                any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children):
            return None  # "it is clear that", "it seems to", "it took years to"
        if appearance_dummy(tok):
            return None  # "it looks like you have won"
        if head.lemma_.lower() == "do" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children):
            return None  # an elliptic "it did not", "it does": an event, not a person
        if head.pos_ not in ("VERB", "AUX"):
            return "object"  # a small clause: "found it guilty", "consider it ready"
        if source_after_verb(head):
            return None  # "it clarifies the Agency": the named source after the verb is the subject
        return "subject"
    return "object"


_APPEARANCE_VERBS = frozenset({"look", "sound", "feel", "seem", "appear", "smell"})


def appearance_dummy(tok) -> bool:
    """"It looks like you have given him a chance", "it sounds as if they agreed": "it" before a
    verb of appearance and "like"/"as if" with a clause of its own is English's dummy subject."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_.lower() not in _APPEARANCE_VERBS or head.i + 1 >= len(head.doc):
        return False
    if head.doc[head.i + 1].lower_ not in ("like", "as"):
        return False
    return any(t.i > head.i + 1 and t.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) for t in head.subtree)


# "BlackBerry CEO John Chen", "Gazprom's chief executive Alexei Miller": the person is named with
# the body he works for, which is the nearer owner of an "its" (its shares, its plant)
_EMPLOYER_BEFORE = re.compile(r"\b[A-Z][\w&.-]*(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+)?(?P<title>[A-Za-z]+)[ \t]+$")


def _thing_in_own_relative(parsed, tok) -> bool:
    """The pronoun's clause hangs on a subject whose "who" clause has a common-noun object, and the
    pronoun comes after that clause: English reads the pronoun as that object ("Anna Orlova, who
    runs a fishing cooperative, said it had switched to perch")."""
    verb = tok.head
    while verb.dep_ in ("ccomp", "conj", "xcomp") and verb.head.i != verb.i and verb.head.i < verb.i:
        verb = verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i):
        for rel in (c for c in subj.children if c.dep_ == "relcl" and c.i < tok.i):
            if any(w.lower_ == "who" for w in rel.children) and any(
                    o.dep_ in ("dobj", "pobj") and o.pos_ == "NOUN" and o.tag_ == "NN" and o.i < tok.i
                    for o in rel.subtree):
                return True
    return False


def _employer_named(text: str, person_start: int) -> bool:
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    m = _EMPLOYER_BEFORE.search(text, max(0, person_start - 60), person_start)
    return m is not None and m.group("title").casefold() in _person_nouns()


def source_after_verb(head) -> bool:
    """A verb of saying with a named source after it ("it clarifies the Agency", "writes
    Reuters"): Russian inverted attribution, whose "it" is a filler, not a person."""
    return head.lemma_.lower() in _SOURCE_AFTER_VERBS and any(
        c.i > head.i and c.dep_ in ("dobj", "nsubj", "attr")
        and any(t.pos_ == "PROPN" or t.ent_type_ for t in c.subtree) for c in head.children)


DETECTOR = LanguageModelPronounDetector()
