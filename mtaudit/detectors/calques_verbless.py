"""A sentence in Russian order that English cannot read as a clause (MT2507).

Russian may put the verb before its subject after a fronted place ("На месте аварии работают
пять бригад": at the site of the accident work five crews) and may open a sentence with an
adverbial noun phrase ("В последний раз Сийярто посещал Москву прошлой осенью": the last time
Szijjártó visited Moscow last autumn). MT keeps the order. An English reader, and a parser, then
find no main clause: "work" reads as a noun, "The last time X visited Moscow" as a noun phrase
whose verb sits in a relative clause. So this reads a dependency parse (mtaudit.models.parser) of
the few sentences that open with a preposition or with "The last/first/previous/next time" and
flags those whose root is not a verb at all: the sentence has no main clause.

Russian also fronts the object ("Датировку учёные уточнят": the dating the scientists will
specify); word for word, English reads "The dating the scientists will specify …" as a noun
with a relative clause, or the first noun as a second subject. Sentences that open with "The
<noun> the <noun> <verb>" are parsed too and flagged when the object-first order is all there
is: a noun root whose relative clause has a noun subject and no object, or a verb with two
subjects in a row.

Spared: a verb the tagger read as a noun after its subject ("In total the restoration cost 2
million roubles": a root that can be a verb, a determined noun before it and an object after it);
sentences whose root is a verb (English locative inversion "In the corner stood a piano"
is a clause; the subjectless kind is MT2315's), headline lines, questions, short fragments
(under six words), and lines with no closing full stop (captions, datelines, list items).
"""

from __future__ import annotations

import re

from mtaudit.detectors._candidates import parsed_candidates
from mtaudit.rules.model import rule

VERBLESS_SENTENCE = rule(
    "MT2507", "verbless-russian-order", "calque",
    summary="“At the site of the accident work five emergency crews.”, “The last time he visited "
            "Moscow in the past autumn.”: Russian order that leaves English with no main clause",
    why="Russian fronts a place and puts the verb before its subject (на месте работают пять "
        "бригад), or opens with an adverbial noun phrase (в последний раз он посещал Москву "
        "осенью). Word for word, English has no main clause: the verb reads as a noun or sits in "
        "a relative clause. English puts the subject first (“Five crews are working at the "
        "site”, “He last visited Moscow in the autumn”).",
    confidence="likely",
    bad=["Water flooded the road. At the site of the accident work five emergency crews of the "
         "city utility, who dug a pit.",
         "The last time the minister visited Beijing in the past spring.",
         "On the bridge work two cranes which lift the beams.",
         "The exact cause of the fire the investigators will establish after the examination."],
    good=["Water flooded the road. Five emergency crews are working at the site of the accident.",
          "The last time the minister visited Beijing, he met the premier.",
          "The first time the team won the cup was in 1998.",
          "In the corner stood an old piano.",
          "In the final the team that won the cup last year met Spartak.",
          "At least 12 people were killed.",
          "The man the police arrested was released on bail.",
          "The next day the police arrested two more suspects.",
          "In total the repair cost 4,5 million roubles.",
          "In all the new roof cost the parish 900,000 roubles."],
)

_PREPS = (r"In|At|On|Among|Near|From|Over|Under|Inside|Outside|Within|Across|Throughout|Along|"
          r"Behind|Beyond|Around|During|After|Before|Between")
_OPENING = re.compile(
    rf"^\W{{0,3}}(?:(?:{_PREPS})\s|The\s+(?:last|first|previous|next|only)\s+time\s)")
# "The dating the scientists will …": a noun phrase, then "the" and a noun, then a verb
_OBJECT_FIRST = re.compile(
    r"^\W{0,3}The\s+(?:(?!(?:of|in|on|at|for|to|by|with|from|and|or|as|than|that|which|who|into|"
    r"about|over|under|after|before|between|during|is|are|was|were|has|have|had|will)\s)[\w-]+\s+){1,3}"
    r"(?:of\s+(?:the\s+)?[\w-]+\s+)?the\s+[\w-]+\s+(?:will|would|can|could|must|should|may|plan|plans|intend|intends|[a-z]+ed|"
    r"[a-z]+s)\b")
_TIME_NOUNS = {"time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
               "morning", "evening", "night", "afternoon", "moment", "weekend", "season", "minute",
               "hour", "hours", "decade", "way", "instant", "second", "period", "spring",
               "summer", "autumn", "fall", "winter"}
_TIME_OPENING = re.compile(r"^\W{0,3}The\s+\w+\s+time\s")
_MIN_WORDS = 6
_FIRST_BREAK = re.compile(r"[,;:—–(]")
_NUMBER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                     r"twenty|thirty|forty|fifty|hundred|dozens?|several|hundreds|thousands)\b",
                     re.IGNORECASE)


class VerblessSentenceDetector:
    name = "calques-verbless"
    rules = (VERBLESS_SENTENCE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        for parsed in parsed_candidates(doc, ctx, _candidate):
            sent = parsed.doc
            if not _verbless(sent):
                continue
            words = [t for t in sent if not t.is_punct]
            first = words[0]
            # up to the first comma, or the whole sentence without its stop
            stop = next((t for t in sent if t.text in (",", ";", "—", "–") and t.i > first.i), None)
            last = max((t for t in words if stop is None or t.i < stop.i), key=lambda t: t.i)
            if _object_first_opening(sent.text):  # "The dating the scientists will specify"
                last = _object_first_verb(sent) or last
            start, end = parsed.offset(first), parsed.end_offset(last)
            phrase = doc.text[start:end]
            yield VERBLESS_SENTENCE.finding(
                doc, start, end,
                f"“{phrase}” has no main clause in English: Russian order (на месте работают пять "
                f"бригад, в последний раз он посещал Москву осенью); put the subject and its verb "
                f"first (“Five crews are working at the site”, “He last visited Moscow in the "
                f"autumn”)")


def _candidate(sentence: str) -> bool:
    """Regex only: opens with a preposition or "The last time", ends with a full stop, is long
    enough to be meant as a sentence, and (after a place) holds a number before its first comma:
    the subject that came after its verb is counted ("work five crews")."""
    text = sentence.strip()
    if not text.endswith(".") or len(text.split()) < _MIN_WORDS:
        return False
    if _object_first_opening(text):
        return True
    if _OPENING.match(text) is None:
        return False
    if _TIME_OPENING.match(text):
        return True
    # a fronted place: the verb and its numbered subject stand before the first comma
    head = _FIRST_BREAK.split(text, 1)[0]
    return len(head.split()) >= _MIN_WORDS and _NUMBER.search(head) is not None


def _verbless(sent) -> bool:
    """True when the sentence's root is neither a verb nor an auxiliary, and a verb or a
    numeral stands in it (so it is not a plain title or a list of nouns)."""
    roots = [t for t in sent if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    if _object_first_opening(sent.text):
        return _object_first(sent, root)
    if root.pos_ in ("VERB", "AUX"):
        return False
    finite = [t for t in sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    if _TIME_OPENING.match(sent.text):
        # "The last time X visited Moscow." : the noun "time" is the root, the only finite
        # verb is in its relative clause
        return root.lower_ == "time" and len(finite) >= 1 and all(t.dep_ == "relcl" or t.head.dep_ == "relcl"
                                                                   for t in finite)
    # "At the site of the accident work five crews": a noun root with a numeral on it or on its
    # object, read where a verb should have been
    nummod = any(t.dep_ == "nummod" and (t.head == root or t.head.head == root) for t in sent)
    return nummod and root.pos_ in ("NOUN", "PROPN") and not _subject_then_verb(root)


def _subject_then_verb(root) -> bool:
    """"In total the restoration cost 1.45 million roubles": the tagger read the verb "cost" as a
    noun and "the restoration" as its modifier. A root that can be a verb, with a determined noun
    before it (a subject with its article) and an object after it, is English order: Russian
    order puts a bare verb after the fronted phrase's own noun ("On the bridge work two cranes")."""
    from mtaudit.text.english_words import lemmas_by_pos

    if not (lemmas_by_pos(root.lower_) or {}).get("VERB"):
        return False
    left = [c for c in root.children if c.i < root.i and c.dep_ in ("compound", "nmod", "amod")]
    determined = any(any(d.dep_ in ("det", "poss") and d.i < c.i for d in c.children) for c in left) \
        or any(c.dep_ in ("det", "poss") for c in root.children)
    after = any(c.dep_ in ("dobj", "npadvmod", "attr") and c.i > root.i for c in root.children)
    return determined and after


def _object_first(sent, root) -> bool:
    """"The dating the scientists will specify": either a noun root whose relative clause has a
    noun subject and no object of its own (the root noun is that object) and no other finite
    verb, or a verb root with a clausal or nominal subject and, right after it, a second noun
    subject (the parser's reading of the fronted object)."""
    finite = [t for t in sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    if any(t.lower_ in _TIME_NOUNS for t in sent[:4]):
        return False  # "The whole time the crew worked", "The same day the governor signed"
    if root.pos_ in ("NOUN", "PROPN"):
        rel = [c for c in root.children if c.dep_ == "relcl" and c.i > root.i]
        if len(rel) != 1:
            return False
        verb = rel[0]
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not subj or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children):
            return False
        # the verb is the sentence's only finite verb (its own auxiliary aside)
        return all(t == verb or t.head == verb for t in finite)
    if root.pos_ != "VERB" or root.tag_ not in ("VB", "VBD", "VBZ", "VBP"):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "csubj") and c.i < root.i]
    if len(subjects) != 2 or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in root.children):
        return False
    first, second = subjects
    return second.pos_ == "NOUN" and first.i == 1 and all(not t.is_punct for t in sent[:root.i])



def _object_first_opening(text: str) -> bool:
    """"The dating the scientists will …", but not "The last time the envoy visited …"."""
    return _OBJECT_FIRST.match(text) is not None and _TIME_OPENING.match(text) is None


def _object_first_verb(sent):
    """The verb whose object was fronted: the relative verb of a noun root, or the root."""
    root = next(t for t in sent if t.dep_ == "ROOT")
    if root.pos_ in ("NOUN", "PROPN"):
        return next((c for c in root.children if c.dep_ == "relcl"), None)
    return root


DETECTOR = VerblessSentenceDetector()
