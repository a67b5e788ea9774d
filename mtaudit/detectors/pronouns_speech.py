"""MT313 on the parse: reported speech left in the first person outside quotation marks.

Russian indirect speech keeps the speaker's own person ("он сказал, что наши инженеры будут",
"по её словам, мы рекомендуем"); English shifts it. A pronoun of the first person ("we
recommend") or a first-person possessive on the clause's subject ("our engineers will") is
flagged when the clause reports a third person's words: the complement of a past reporting verb
("said that …", also a clause coordinated with that report: "said that A, and we will build B"),
or a clause fronted by "According to him/X,"; a subject "you" in a clause that hangs on the
to-clause of a past urging ("urged residents to call a doctor, because otherwise you risk …").
A reporter the parser hung on a fronted phrase ("At the talks petrov said that we") still
reports; so does an "I" in a relative clause of a noun of the reported clause ("said that
every knife I make is fitted"; a "we" there may be the paper's: "the plan we drafted"). Quotations, a "me"/"us" hearer ("told us that we")
and nouns every reader owns ("our planet", data: inclusive_possessed_nouns.txt) stay quiet, but
never after "my" ("in my country" is the speaker's); a "my" on the reported subject counts after a
present report of one person too ("Utegenov says that my grandfather kept camels").
A bare "remind"/"inform" without its hearer reports in any tense ("The organisers remind that
you can vote": Russian "напоминают, что"); a plural "Experts advise that you" is English advice.
The span runs from the pronoun over its clause (_clause_reach): the object of "want"/"expect"
("we want every child to hear") is the speaker's clause too, and the clause's first
prepositional phrase, begun within the reach, is finished ("money for a new electric fence").
The rule (REPORTED_SPEECH_PERSON) and its examples live in pronouns_syntax, which parses.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Edit, Fix
from mtaudit.detectors.pronouns_syntax import (
    _FIRST_SECOND, _HUMAN_HEARER_OBJECTS, REPORTED_SPEECH_PERSON, _age_as_noun, _inside, _report_verbs,
    _subject, _surname_mentions)
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.text.views import NARRATOR_SPEAKS

# spaCy's closed class of pronouns that may be capitalised: anything else tagged PRON and
# written with a capital is a name the tagger mistook
_PRONOUN_WORDS = frozenset("i we you he she it they me us him her them this that these those who "
                           "whom what which one everyone someone anyone nobody everybody somebody "
                           "anybody none each both all either neither another other others".split())


def _inclusive(poss) -> bool:
    """"our"/"your" before a noun every reader owns ("our planet"); never "my": "my country" is
    the speaker's alone (inclusive_possessed_nouns.txt)."""
    return poss.lower_ != "my" and \
        poss.head.lower_ in lexicon.folded_words("inclusive_possessed_nouns.txt")


# verbs of knowing and perceiving: "found that we", "realised that you" report no words
_KNOWING = frozenset("know learn find discover see realise realize understand notice hear feel forget "
                     "remember show prove demonstrate read sense smell observe perceive ignore accept "
                     "appreciate grasp comprehend establish verify check ascertain determine record "
                     "translate imagine mind trust will make set call tell order choose opt prefer "
                     "block break bury control dig seal swallow suppress repress work".split())
# adjectives of a speaker's certainty: "is convinced/sure/confident that we will"
_CERTAIN = frozenset({"convinced", "sure", "confident", "certain", "hopeful"})


@lru_cache(maxsize=1)
def _saying_lemmas() -> frozenset[str]:
    """The verbs whose "that"-clause reports a speaker's words or view: report_verb_lemmas.txt
    and WordNet's verbs of communication ("boasted that", "hinted that", "shared that") and of
    cognition with a "that" frame ("reasoned that", "estimated that"), from quotative_verbs.tsv,
    less the verbs of knowing and perceiving ("found that", "realised that")."""
    out = set()
    for cols in lexicon.table("quotative_verbs.tsv").values():
        lemma = cols[0] if cols else ""
        if len(cols) > 1 and (cols[1] in ("communication", "both") or len(cols) > 2 and cols[2] == "clause") \
                and " " not in lemma:
            out.add(lemma.casefold())
    return frozenset(out - _KNOWING) | _report_verbs()


def _reporting(report, clause) -> bool:
    """A past report of a speaker: a verb of report_verb_lemmas.txt in the past ("said"), or of
    the wider class with "that" ("boasted that"; "he responded, I lied" may be a quotation whose
    marks the text lost), or a copula's adjective of certainty ("is convinced that")."""
    if report.tag_ not in ("VBD", "VBN") and report.dep_ != "acomp":
        return False
    lemma = report.lemma_.lower()
    if lemma in _report_verbs():
        return report.tag_ in ("VBD", "VBN")
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and \
            not (clause.left_edge.lower_ == "that" and clause.left_edge.i > report.i):
        return False  # ("shared with the correspondent that I bought": the parser made "that"
        # the object of the clause's verb, but the clause still opens with it)
    if report.lower_ in _CERTAIN:
        return True
    return lemma in _saying_lemmas()


def _reports_before(clause, tok) -> bool:
    """`clause` is a past reporting verb of a third person with a "that"-complement before `tok`:
    a first-person clause coordinated after it continues the report ("Sedov said that she is in
    form, and we will build …"), as the parser attaches it to the reporting verb itself."""
    if clause.lemma_.lower() not in _report_verbs() or clause.tag_ != "VBD":
        return False
    return any(c.dep_ == "ccomp" and c.i < tok.i and (
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or
        # "told in an interview that ticks woke …, and we expect": the parser made "that" the
        # clause's subject, but the clause still opens with it
        c.left_edge.lower_ == "that" and c.left_edge.i > clause.i) for c in clause.children)


def reported_speech(doc, parsed, people, quoted):
    """The findings of _reported_speech, less one inside another's span ("I wanted to show the
    people of my generation": the "my" is the same clause's speaker), and one that goes on the
    same reported words after another joined to it ("said that I dedicate this win to my coach and
    my father": one report kept in the first person, one artifact, its span the whole clause)."""
    kept = []
    for f in _reported_speech(doc, parsed, people, quoted):
        if any(k.start <= f.start and f.end <= k.end for k in kept):
            continue
        if kept and _same_report(doc.text, kept[-1], f):
            kept[-1] = _joined(doc, kept[-1], f)
            continue
        kept.append(f)
    yield from kept


# what may stand between two pieces of one reported clause: no new report, no new sentence
_NEW_REPORT = re.compile(r"[;:.!?“”\"«»]|\b(?:said|says|told|tells|added|adds|noted|stated|explained|"
                         r"according|recalled|stressed|believes?|thinks?)\b|(?:\band|,)[ \t]+that\b")
# ("said that A, and that B": two reported clauses, each its own report)


def _same_report(text: str, a, b) -> bool:
    """`b` starts after `a` within 60 characters, with no reporting verb or stop between them."""
    return a.start < b.start and 0 <= b.start - a.end <= 60 and \
        _NEW_REPORT.search(text, a.end, b.start) is None


def _joined(doc, a, b):
    """One finding for the two: the span from `a`'s start to the further end, with both fixes'
    edits (no fix when either has none: half a fix would leave the other pronoun as it was)."""
    fix = None
    if a.fix is not None and b.fix is not None and \
            all(e.end <= x.start or x.end <= e.start for e in a.fix.edits for x in b.fix.edits):
        fix = Fix(a.fix.edits + b.fix.edits, a.fix.applicability, a.fix.title)
    return REPORTED_SPEECH_PERSON.finding(doc, a.start, max(a.end, b.end), a.message, fix=fix)


def _reported_speech(doc, parsed, people, quoted):
    for tok in parsed.doc:
        low = tok.lower_
        owner = None  # "our specialists will assess", "your sons will call": the subject's owner
        if low in _POSSESSIVE_SHIFT and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.pos_ == "NOUN" and not _inclusive(tok):
            owner, tok, low = tok, tok.head, _POSSESSIVE_SHIFT[low]
        elif low in ("our", "my") and tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and \
                not _inclusive(tok) and \
                not _inside(quoted, parsed.offset(tok)):
            found = _reported_owner(tok)  # "She says that for our pensioners the office is …"
            if found is None and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
                # "According to her, in our villages every family has": a fronted phrase of the
                # clause that "according to" gives to a third person
                root = tok.head.head.head
                if root.pos_ in ("VERB", "AUX") and tok.head.head.i < root.i:
                    found = _according_to(root, tok)
            if found is not None:
                yield _owner_finding(doc, parsed, people, tok, found)
            continue
        if low in ("us", "me") and tok.dep_ in ("dobj", "pobj", "dative") and \
                not _inside(quoted, parsed.offset(tok)):
            found = _reported_object(tok)  # "According to her, people wait for us"
            if found is not None and not _narrator_speaks(doc, quoted):
                yield _object_finding(doc, parsed, people, tok, *found)
            continue
        if low not in _FIRST_SECOND or (low == "i" and tok.text != "I" and owner is None):
            continue
        start = parsed.offset(owner if owner is not None else tok)
        if _inside(quoted, start):
            continue
        if tok.dep_ in ("nsubj", "nsubjpass"):
            clause = tok.head
            while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
            if low == "you" and _generic_condition(clause) and not _instruction_reported(clause) and \
                    not ((src := _according_to(clause, tok)) is not None and _one_speaker(src)):
                continue  # "if you read that literature, you could easily be fooled, said Ravitch":
                # "if you …, you …" is the generic second person, anyone's case, in English too
            report = clause.head
            continued = clause.i != tok.head.i and _reports_before(clause, tok)
            if continued:
                report = clause  # "said that she is in form, and we will build": one report
            if (clause.dep_ == "ccomp" or continued) and (
                    _reporting(report, clause) or
                    _my_in_present_report(owner, report) or
                    low == "you" and _instruction_reported(clause) or
                    _expects_that(report, clause, low)) and \
                    not report.text[0].isupper():  # past reporting only ("Doctors say you should"
                # is generic English advice); "Kremlin Says We …" is a headline's style
                reporter = _reporter(report) or _stray_reporter(report) or _body_in(report)
                if reporter is not None and _third_person(reporter) and \
                        not any(c.lower_ in _HUMAN_HEARER_OBJECTS for c in report.children):
                    if owner is not None:
                        yield _owner_finding(doc, parsed, people, owner, reporter)
                    else:
                        yield _speech_finding(doc, parsed, people, tok, report, reporter)
            elif (told := _told_that(clause)) is not None and not told.text[0].isupper():
                report = told  # "told the publication that you have to choose", the
                reporter = _reporter(report)  # "that"-clause misread as a relative one
                if reporter is not None and _third_person(reporter):
                    if owner is not None:
                        yield _owner_finding(doc, parsed, people, owner, reporter)
                    else:
                        yield _speech_finding(doc, parsed, people, tok, report, reporter)
            elif tok.dep_ in ("nsubj", "nsubjpass") and \
                    (addressed := _addressed_report(tok, first=low != "you")) is not None:
                report, reporter = addressed  # "urged residents to call a doctor, because
                # otherwise you risk infecting others"; "asked residents not to throw away
                # blankets, because we use them"; "Residents are asked …, and if you found"
                if owner is not None:
                    yield _owner_finding(doc, parsed, people, owner, reporter)
                else:
                    yield _speech_finding(doc, parsed, people, tok, report, reporter)
            elif low == "i" and tok.dep_ == "nsubj" and owner is None and clause.dep_ == "relcl" and \
                    (reporter := _reported_owner(tok)) is not None:
                # "said that every knife I make is fitted …": the speaker's clause inside a noun
                # of the reported clause; news has no writer's "I" ("the plan we drafted" may be
                # the paper's or the country's "we", so only "I")
                yield _speech_finding(doc, parsed, people, tok, reporter.head, reporter)
            elif low in ("i", "we") and tok.dep_ == "nsubj" and owner is None and \
                    (reporter := _that_before(tok)) is not None:
                # "He added that in autumn we will scatter baits": a parse that lost the clause
                yield _speech_finding(doc, parsed, people, tok, reporter.head, reporter)
            elif low in ("i", "we") and tok.dep_ == "nsubj" and owner is None and \
                    (embedded := _embedded_report(clause, tok)) is not None:
                # "said that in spring the road becomes so bad that I have to leave", "said that
                # the demand grew after we started selling": the speaker's clause inside the
                # reported one, a clause of reason, time or degree on it
                yield _speech_finding(doc, parsed, people, tok, *embedded)
            elif (colon := _report_before_colon(clause, tok)) is not None:
                report, reporter = colon  # "noted that offenders risk a ban: you will be
                # blocked" (the parser hangs the report on the clause after the colon)
                if owner is not None:
                    yield _owner_finding(doc, parsed, people, owner, reporter)
                else:
                    yield _speech_finding(doc, parsed, people, tok, report, reporter)
            elif low == "you" and tok.dep_ == "nsubj" and \
                    (source := _according_to(clause, tok)) is not None and _one_speaker(source):
                # "According to her, you should not feed the swans": the speaker's advice to her
                # listeners kept in the second person (Russian "по её словам, вы не должны")
                yield _speech_finding(doc, parsed, people, tok, source.head.head, source)
            elif low in ("i", "we") and tok.dep_ in ("nsubj", "nsubjpass"):
                source = _according_to(clause, tok)
                if source is not None and owner is not None:  # "According to him, our sailors must"
                    yield _owner_finding(doc, parsed, people, owner, source)
                elif source is not None and tok.dep_ == "nsubj":  # "According to the mayor, we will"
                    yield _speech_finding(doc, parsed, people, tok, source.head.head, source)
        elif low == "you" and tok.dep_ in ("dobj", "dative") and \
                tok.head.lemma_.lower() in _report_verbs() | {"ask", "urge", "call"}:
            subj = _subject(tok.head)
            if subj is not None and _third_person(subj):
                # from the verb through the rest of its clause: "told you not to arrest his client"
                verb_at = parsed.offset(tok.head)
                reach = _clause_reach(parsed, verb_at, parsed.end_offset(tok), tok.i, anchor=tok.head)
                yield REPORTED_SPEECH_PERSON.finding(
                    doc, verb_at, reach,
                    f"“{tok.head.text} you” addresses the reader: Russian indirect speech keeps the "
                    f"speaker’s person; English shifts it (he/she/they) or quotes the words")


# verbs of advice: Russian "напомнили/посоветовали/рекомендуют, что если вы …, то вы можете …"
# keeps the readers' "you" in the reported instruction; English names them ("reminded residents
# that those who …") or quotes the advice
_ADVICE_VERBS = frozenset({"remind", "advise", "recommend", "warn", "urge", "caution", "explain",
                           "note", "say", "stress", "emphasise", "emphasize", "add", "clarify", "inform"})
# verbs English never uses without the hearer as object ("remind residents that"): bare, they
# render Russian "напоминают, что", "информируют, что"
_HEARER_VERBS = frozenset({"remind", "inform"})
_ADVICE_MODALS = frozenset({"can", "could", "should", "must", "may", "need", "have", "ought"})


def _instruction_reported(clause) -> bool:
    """`clause` is an instruction to the readers reported in indirect speech: the "that"-clause
    of a verb of saying or advice written before it ("The mayor's office advised that if you
    see a dangerous tree, you can leave a request"; "The ministry reminds that you must keep
    …"), with a modal of permission or duty ("can", "should", "must", "need to", "have to"). A
    reporter after the words ("if you read it, you could be fooled, said Ravitch") is English's
    paraphrase of a quotation; a present "say" ("Doctors say you should") is English advice.
    The hearer unnamed is the Russian construction: "reminded residents that if they …"."""
    report = clause.head
    if clause.dep_ != "ccomp" or report.i > clause.i or report.lemma_.lower() not in _ADVICE_VERBS:
        return False
    if report.tag_ not in ("VBD", "VBN") and not (report.tag_ == "VBZ" and report.lemma_.lower() != "say") \
            and not (report.tag_ == "VBP" and report.lemma_.lower() in _HEARER_VERBS):
        return False  # a plural "remind"/"inform" with no hearer is Russian ("напоминают, что")
        # in any tense; "Experts advise that you" is English advice
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in report.children):
        return False  # "reminded residents that if you …": a hearer named, English's own mix
    return any(c.dep_ == "aux" and c.lower_ in _ADVICE_MODALS for c in clause.children) or \
        any(c.dep_ == "xcomp" and c.i > clause.i for c in clause.children if clause.lemma_ in ("need", "have"))


def _generic_condition(clause) -> bool:
    """`clause` holds a condition whose own subject is "you" ("if you read …, you could be
    fooled"): a "you" of anyone, not a hearer the speaker addressed."""
    return any(c.dep_ == "advcl" and
               any(m.dep_ == "mark" and m.lower_ in ("if", "when", "whenever", "once", "unless") for m in c.children) and
               any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "you" for s in c.children)
               for c in clause.children)


_OPENING_DEPS = frozenset({"prep", "pobj", "det", "amod", "advmod", "nummod", "compound", "punct"})


def _that_before(tok):
    """The third-person reporter of a past reporting verb followed by "that" and then, before
    `tok`, only a fronted adverbial ("added that in autumn we", "said that, after the rains, we")
    or nothing ("said that we still use X, only Y is now made in Z": the parser hung the clause
    on the one after it), whatever the parser made of the clause; None otherwise. A noun right after "that" may head a
    relative clause ("said that the plan we drafted"), so the words between must open with a
    preposition or an adverb."""
    words = tok.doc
    i = tok.i - 1
    while i > 0 and words[i].lower_ != "that" and words[i].dep_ in _OPENING_DEPS and tok.i - i <= 8:
        i -= 1
    if i <= 0 or words[i].lower_ != "that":
        return None
    first = words[i + 1]
    if i + 1 < tok.i and first.pos_ not in ("ADP", "ADV") and first.lower_ != ",":
        return None  # "that we" itself is the report's clause, whatever the parse hung it on
    verb = words[i - 1]
    if verb.lemma_.lower() not in _saying_lemmas() or verb.tag_ != "VBD" or verb.text[0].isupper() or \
            any(c.lower_ in _HUMAN_HEARER_OBJECTS for c in verb.children):
        return None
    subj = _reporter(verb)
    return subj if subj is not None and _third_person(subj) else None


# how a clause may hang inside a reported clause and still be the speaker's: a clause of
# reason, time, condition or degree ("because we", "after we", "so bad that I"), a complement or a
# conjunct; never a relative clause ("the plan we drafted" may be the paper's)
_EMBEDDING_DEPS = frozenset({"advcl", "ccomp", "conj", "xcomp", "pcomp", "pobj", "prep", "acomp", "dobj"})


def _embedded_report(clause, tok):
    """(report, reporter) when the clause of `tok` lies inside the "that"-clause of a past
    reporting verb of a third person, one to four links down (a clause of reason, time or degree,
    a conjunct; the parser's prepositions and objects between): "Lukkonen said that in spring
    the road becomes so bad that I have to leave". None when a relative clause, a quotation mark
    or a hearer "me"/"us" comes between, or the link is a condition with "if"/"when" on a "you"."""
    node = clause
    for _ in range(5):
        if node.dep_ not in _EMBEDDING_DEPS or node.head.i == node.i:
            return None
        parent = node.head
        if node.dep_ == "ccomp" and parent.pos_ in ("VERB", "AUX") and parent.i < node.i and \
                node is not clause and \
                (any(m.dep_ == "mark" and m.lower_ == "that" for m in node.children) or
                 node.left_edge.lower_ == "that"):
            if parent.lemma_.lower() not in _report_verbs() or parent.tag_ not in ("VBD", "VBN") or \
                    parent.text[0].isupper() or \
                    any(c.lower_ in _HUMAN_HEARER_OBJECTS for c in parent.children):
                return None
            if any(t.text in '"“”«»' for t in tok.doc[parent.i:tok.i]):
                return None
            reporter = _reporter(parent) or _stray_reporter(parent)
            if reporter is None or not _third_person(reporter):
                return None
            return parent, reporter
        node = parent
    return None


def _my_in_present_report(owner, report) -> bool:
    """A "my" on the subject of what one third person says now ("Utegenov says that my father
    kept sheep"): "my" is nobody's but the speaker's (unlike "we", which may take in the
    reader: "Doctors say we should"), so a present report keeps the speaker's person too."""
    if owner is None or owner.lower_ != "my" or report.tag_ != "VBZ" or \
            report.lemma_.lower() not in _report_verbs():
        return False
    reporter = _reporter(report)
    return reporter is not None and (reporter.tag_ in ("NN", "NNP") or reporter.lower_ in ("he", "she")) and \
        not any(c.lower_ in ("our", "my") for c in reporter.children)


def _reported_owner(tok):
    """The third-person reporter whose "that"-clause holds the noun phrase of the possessive
    `tok` in any role ("says that for our pensioners the post office is", "said that the cuts
    hit our schools"): a past reporting verb, or a present one of a single speaker (not "Doctors
    say that our …"); None otherwise."""
    node = tok.head
    for _ in range(6):
        if node.dep_ == "ccomp" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in node.children):
        return None
    report = node.head
    if report.lemma_.lower() not in _report_verbs() or report.text[0].isupper() or \
            any(c.lower_ in _HUMAN_HEARER_OBJECTS for c in report.children):
        return None
    reporter = _reporter(report)
    if reporter is None or not _third_person(reporter):
        return None
    if report.tag_ in ("VBD", "VBN"):
        return reporter
    single = reporter.tag_ in ("NN", "NNP") or reporter.lower_ in ("he", "she", "it")
    return reporter if report.tag_ == "VBZ" and single and \
        not any(c.lower_ in ("our", "my") for c in reporter.children) else None


# prepositions of a time or place phrase that may stand between a reporting verb and its
# "that"-clause ("said after the match that", "noted at the meeting that")
_ADVERBIAL_PREPS = frozenset({"after", "at", "in", "on", "during", "before", "following", "upon",
                              "from", "over"})
_TELL_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "convince", "promise"})


def _told_that(clause):
    """The past verb of telling whose hearer a "that"-clause hangs on as if it were a relative
    clause ("told the publication that you have to choose": the parser reads "that" as the
    relative pronoun, but after a hearer of "tell" it opens what was told); None otherwise."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "that" and c.i == clause.left_edge.i
                                         for c in clause.subtree):
        return None
    hearer = clause.head
    # "shared with the correspondent of TASS that I bought": the hearer's of-chain carries the clause
    while hearer.dep_ == "pobj" and hearer.head.lower_ == "of" and hearer.head.head.dep_ == "pobj":
        hearer = hearer.head.head
    verb = hearer.head
    if hearer.dep_ == "pobj" and verb.lower_ in ("to", "with") and verb.dep_ == "prep" and \
            verb.head.lemma_.lower() in _report_verbs() and verb.head.tag_ == "VBD" and \
            hearer.lower_ not in _HUMAN_HEARER_OBJECTS:
        # "admitted to journalists that I waited", "said to reporters that we": the hearer of a
        # reporting verb's "to", the "that"-clause misread as a relative one on it
        return verb.head if _may_hear(hearer) else None
    if hearer.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _ADVERBIAL_PREPS and \
            verb.head.lemma_.lower() in _report_verbs() and verb.head.tag_ == "VBD" and \
            verb.head.i < verb.i and hearer.i + 1 == clause.left_edge.i and \
            clause.left_edge.i + 1 < len(clause.doc) and \
            _first_person_subject_at(clause.doc[clause.left_edge.i + 1]):
        # "said after the finish that I wanted", "admitted at the meeting that we lost": a time
        # or place phrase between the reporting verb and its "that"-clause, whose noun the parser
        # gave the clause as a relative one; "that" straight before a first-person subject
        return verb.head
    if hearer.dep_ not in ("dobj", "dative") or hearer.lower_ in _HUMAN_HEARER_OBJECTS or \
            verb.lemma_.lower() not in _TELL_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return None
    return verb if _may_hear(hearer) else None


def _first_person_subject_at(tok) -> bool:
    """`tok` opens the clause's subject in the first or second person: the pronoun ("that I
    wanted") or its possessive ("that my elbow hurt", "that our team lost")."""
    if tok.lower_ in _FIRST_SECOND and tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.lower_ in ("my", "our") and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")


def _may_hear(tok) -> bool:
    """Someone who can be told: a name, a person noun, an outlet or body ("the publication",
    "reporters", "RIA Novosti"); not "the story that you know"."""
    from mtaudit.detectors.pronouns_salience import _speaking
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    low = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or low in _person_nouns() or tok.lower_ in _person_nouns() or \
        _speaking().get(low) in ("org", "doc")


def _address_verbs() -> frozenset[str]:
    return lexicon.folded_words("address_verb_lemmas.txt")


# what opens the clause that gives the asker's own reason or condition: "because we use them",
# "since at night our patrols cannot", "otherwise we will have to", "if you found a chick"
_REASON_MARKS = frozenset({"because", "since", "as", "otherwise", "if", "unless", "so", "when",
                           "while", "until", "or", "cause", "lest"})


def _addressed_report(tok, first: bool = False):
    """(verb, asker) for the past verb of urging, asking or promising by a third person whose
    to-clause (or a clause that hangs on it: "because otherwise", "if") holds `tok`, a subject
    "you" ("urged residents not to go …, because otherwise you risk") or, with `first`, a subject
    "we"/"I" or a noun owned by "our"/"my" ("asked residents not to throw away blankets, because
    we use them": Russian "попросила …, так как мы используем их"). The reader was never
    addressed and the narrator owns nothing: the asker's own words kept their person. Also a
    passive "Residents are asked/advised …, and if you found …" (Russian "жителей просят …, а
    если вы нашли …"). None if there is none within a few clause steps."""
    node = tok.head
    reason = first is False or any(c.dep_ in ("mark", "advmod") and c.lower_ in _REASON_MARKS
                                   for c in node.children)
    if first and node.dep_ == "ROOT" and reason:
        # "The director called on parents to vaccinate, otherwise we will have to close": the
        # parser hung the request as a clause of the first-person one
        for c in node.children:
            if c.dep_ == "ccomp" and c.i < tok.i and c.lemma_.lower() in _address_verbs() and \
                    c.tag_ == "VBD" and not c.text[0].isupper():
                subj = _subject(c)
                if subj is not None and subj.dep_ == "nsubj" and _third_person(subj) and \
                        _hearer(c) is not None:
                    return c, subj
        return None
    if not reason:
        return None
    for _ in range(5):
        if node.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() not in _address_verbs() or node.text[0].isupper():
            continue
        subj = _subject(node)
        if subj is None:
            continue
        if subj.dep_ == "nsubj" and node.tag_ == "VBD" and _hearer(node) is not None:
            if any(c.lower_ in ("our", "my") for c in subj.children):
                return None  # "Our correspondent asked the mayor, because we wanted": the outlet's
            return (node, subj) if _third_person(subj) else None
        if subj.dep_ == "nsubjpass" and node.tag_ in ("VBN", "VBD") and \
                subj.pos_ in ("NOUN", "PROPN") and subj.i < node.i and \
                subj.lower_ not in _HUMAN_HEARER_OBJECTS and \
                any(c.dep_ == "xcomp" for c in node.children):
            return node, subj  # "Residents are asked not to destroy the nests, and if you"
    return None


def _hearer(verb):
    """The one asked or promised: a noun object ("urged residents"), or the object of "call
    on" / "appeal to" ("called on parents")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return None


# a third person's present view of what "we" will do: "Orlov expects that we will restore" (Russian
# "рассчитывает, что мы восстановим"); the narrator of a news text has no "we" to expect things of
_EXPECT_VERBS = frozenset({"expect", "believe", "hope", "think", "assume", "fear", "predict",
                           "reckon", "suppose", "count"})


def _expects_that(report, clause, low: str) -> bool:
    """A present "expects/believes/hopes that we …" of a named third person (not "you": "Doctors
    think you should" is English advice), with the "that" written."""
    if low not in ("we", "i") or report.tag_ != "VBZ" or report.lemma_.lower() not in _EXPECT_VERBS:
        return False
    subj = _subject(report)
    return subj is not None and subj.tag_ in ("NNP", "NN") and \
        not any(c.lower_ in ("our", "my") for c in subj.children) and \
        any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)  # "Our analyst thinks that we" is ours


def _body_in(report):
    """The body of a subjectless Russian "В союзе добавили, что …" rendered "In the union added
    that": the "In X" before the verb, when X is an organisation noun or a name."""
    from mtaudit.detectors.pronouns_syntax import _org_nouns

    if _subject(report) is not None:
        return None
    for c in report.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i < report.i:
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and (body.pos_ == "PROPN" or body.lemma_.lower() in _org_nouns()):
                return body
    return None


def _report_before_colon(clause, tok):
    """(verb, reporter) for a past reporting verb of a third person with a "that"-clause, which
    the parser hung on the clause of `tok` as its complement, before a colon that precedes
    `tok`: "Borisenko noted that offenders risk a ban: you will be blocked". None otherwise."""
    if clause.dep_ != "ROOT":
        return None
    for c in clause.children:
        if c.dep_ != "ccomp" or c.i >= tok.i or c.lemma_.lower() not in _report_verbs() or \
                c.tag_ != "VBD" or c.text[0].isupper():
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" for g in c.children for m in g.children) and \
                not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        if not any(t.text == ":" for t in tok.doc[c.i:tok.i]) or \
                any(g.lower_ in _HUMAN_HEARER_OBJECTS for g in c.children):
            continue
        reporter = _reporter(c)
        if reporter is not None and _third_person(reporter):
            return c, reporter
    return None


def _stray_reporter(report):
    """A name the parser hung elsewhere right before a subjectless reporting verb ("At the end
    of the consultations verkhov said that we"): the reporter in Russian word order."""
    if report.i == 0 or _subject(report) is not None:
        return None
    before = report.doc[report.i - 1]
    return before if before.pos_ == "PROPN" and before.ent_type_ not in ("DATE", "TIME") else None


def _according_to(clause, tok):
    """The source of a fronted "According to X," on the clause of `tok` (a third person), or
    None: Russian "по словам X, мы …" keeps the speaker's "we"; a generic "you" after "according
    to experts" is English and is not asked for here. A clause coordinated with the one the
    source fronts is still his ("According to him, the squad is adapting, and we need")."""
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.i < clause.i:
        head = clause.head
        if any(c.dep_ == "prep" and c.lower_ == "according" for c in head.children):
            clause = head
            break
        clause = head
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "according" and c.i < tok.i:
            for to in c.children:
                for src in to.children:
                    if to.lower_ == "to" and src.dep_ == "pobj" and _source_person(src):
                        return src
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < tok.i:
            source = _in_the_words_of(c)
            if source is not None:
                return source
    return None


def _one_speaker(src) -> bool:
    """The source of "according to" is one person who spoke: "her", "him", a name, a surname MT
    left lower case, or a singular person noun ("the director"). English writes "According to
    experts/doctors/the manufacturer, you should ..." of advice in general: those stay quiet."""
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    if src.lower_ in ("his", "her", "him", "he", "she"):
        return True
    if src.tag_ in ("NNS", "NNPS") or src.lower_ in ("them", "their", "they", "it", "its"):
        return False
    if src.pos_ == "PROPN":
        return src.ent_type_ in ("PERSON", "") or src.text.islower()
    if src.pos_ in ("NUM", "ADJ", "X", "NOUN") and src.is_alpha and src.text.islower() and \
            not is_dictionary_word(src.text):
        return True  # "According to mikheeva,": a surname MT left lower case
    return src.pos_ == "NOUN" and src.lemma_.lower() in _person_nouns()


def _who(reporter) -> str:
    """The speaker as a message names him: “Ivanova”, or the person "his words" stand for."""
    objective = {"his": "he", "her": "she", "their": "they"}.get(reporter.lower_)
    return objective or f"“{reporter.text}”"


def _source_person(src) -> bool:
    """The source of "according to": a third person, or a surname MT left lower case, which
    the tagger takes for a number or an adjective ("According to terekhova, we will")."""
    return _third_person(src) or (src.is_alpha and src.pos_ in ("NUM", "ADJ", "X")
                                  and src.lower_ not in _PRONOUN_WORDS)


# what "по словам / по мнению / по оценке X" renders: "in his words", "in the opinion of X",
# "in her estimate"
_VIEW_NOUNS = frozenset({"words", "opinion", "view", "estimate", "estimation", "assessment"})


def _in_the_words_of(prep):
    """The other renderings of "по словам X": "in his words", "in her words", "in the words of
    the director", and of "по мнению/по оценке X": "in the opinion of the director", "in his
    view" (the possessive or the "of" phrase is the source)."""
    for words in prep.children:
        if words.dep_ != "pobj" or words.lower_ not in _VIEW_NOUNS:
            continue
        for c in words.children:
            if c.dep_ == "poss" and c.lower_ in ("his", "her", "their"):
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                for src in c.children:
                    if src.dep_ == "pobj" and _source_person(src):
                        return src
    return None


def _reporter(report):
    """Who reports: the subject of the reporting verb, through coordination ("confirmed …, but
    said that") and a copula ("is convinced that": the subject of "is")."""
    node = report
    for _ in range(4):
        subj = _subject(node)
        if subj is None:  # "X is convinced that": the parser may hang X on "is"
            subj = next((s for c in node.children if c.dep_ in ("aux", "auxpass") and c.i < node.i
                         for s in [_subject(c)] if s is not None), None)
        if subj is not None:
            return subj
        if node.dep_ in ("conj", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        return _participle_subject(node)
    return None


def _participle_subject(report):
    """The subject the parser hung on a title misread as a participle before the reporting verb
    ("The head of the jury, honoured artist of Russia Yuri Drozdov, said that": "head" became the
    subject of "honoured", an adverbial clause of "said"). Only a bare participle, with no
    auxiliary and no conjunction of its own, set off by a comma right before the verb."""
    for c in report.children:
        if c.dep_ == "advcl" and c.i < report.i and c.tag_ == "VBN" and \
                not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children) and \
                report.i > 0 and report.doc[report.i - 1].text == ",":
            subj = _subject(c)
            if subj is not None and subj.i < c.i:
                return subj
    return None


# How far a finding reaches into its clause. Reviewers mark reported speech two ways: the
# pronoun with its verb and a few words ("told you not to arrest", 22 characters; "allow you
# to", 12) or the whole reported clause to the end of its sentence ("we sell the crayfish alive
# to restaurants ..., and the orders are booked ...", 45-117). The scorer matches two spans
# that start together when the shorter is at least a quarter of the longer and they share half
# of the shorter: a span of L characters from the pronoun finds a short mark of L/4 or more and
# a whole clause of 4L or less. The span ends on a content word at most 42 characters on: it
# finds marks from 11 characters and clauses to 168 (a span cut on a word boundary may be ten
# characters shorter: still a quarter of the 117-character clauses marked so far).
_CLAUSE_REACH = 42
_PHRASE_REACH = 50  # a phrase begun within _CLAUSE_REACH is finished up to here
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "NUM", "VERB", "PRON"})
_CLAUSE_STOP_DEPS = frozenset({"punct", "cc", "conj", "mark", "advcl", "ccomp", "parataxis", "relcl"})


def _stops(t) -> bool:
    """A token that opens another clause; not a bare "-ing" form the parser hung on the verb as
    an adverbial clause ("we carry out blasting strictly": the object read as a clause)."""
    if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i and t.doc[t.i - 1].dep_ in ("prt", "ROOT") and \
            not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in t.children):
        return False
    if t.dep_ == "ccomp" and t.tag_ == "VB" and t.head.i < t.i and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and \
            not any(c.dep_ == "mark" or c.is_punct for c in t.children) and \
            not any(x.is_punct for x in t.doc[t.head.i:t.i]):
        return False  # the object of "want"/"ask"/"expect": "we want every child to hear" is one
        # clause of the speaker's, not a clause of its own
    return t.dep_ in _CLAUSE_STOP_DEPS


_TIME_NOUNS = frozenset("morning afternoon evening night day days week weeks month months year "
                        "years season spring summer autumn fall winter weekend hour hours minute "
                        "minutes time moment end beginning start decade century".split())


def _when_or_how_much(pobj) -> bool:
    """A prepositional object of time or quantity ("on Monday morning", "by March", "at 38
    degrees"): an adjunct that English marks apart from the clause's core."""
    import calendar

    words = list(pobj.subtree)
    return any(w.like_num or w.pos_ == "NUM" for w in words) or \
        pobj.lemma_.lower() in _TIME_NOUNS or \
        any(w.text in calendar.month_name[1:] or w.text in calendar.day_name[:] for w in words)


def _clause_reach(parsed, start: int, end: int, last: int, anchor=None) -> int:
    """The span's end carried past token `last` over the words of its own clause that follow
    ("we buy" -> "we buy milk only from three farms"), to _CLAUSE_REACH characters from
    `start`, ending on a content word; never across punctuation, a conjunction or a subordinate
    clause. The clause is the one of `anchor` (default: token `last`): "told you not to arrest
    his client" runs on the words of "told"."""
    doc = parsed.doc
    anchor = doc[last] if anchor is None else anchor
    for t in doc[last + 1:]:
        if _stops(t) or t.is_punct or t.is_quote:
            break
        node, inside = t, False
        for _ in range(12):
            if node.i == anchor.i or node.i == anchor.head.i and anchor.dep_ in ("aux", "auxpass"):
                inside = True
                break
            if _stops(node) or node.head.i == node.i:
                break
            node = node.head
        if not inside:
            break
        if parsed.end_offset(t) - start > _CLAUSE_REACH:
            # the clause's first prepositional phrase, begun inside the reach, ends with its
            # noun, not cut off before it: "we do not have money for a new electric fence", never
            # "… money"; a second one is an adjunct the core does without ("I got lost at the
            # fifth checkpoint", not "… in Karelia")
            prep = t.head if t.head.dep_ == "prep" else t.head.head if t.head.dep_ == "pobj" and \
                t.head.head.dep_ == "prep" else None
            if prep is not None and parsed.offset(prep) - start <= _CLAUSE_REACH and prep.head.i < prep.i \
                    and not any(x.dep_ in ("prep", "agent") and parsed.offset(x) >= start
                                for x in doc[last + 1:prep.i]):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i >= t.i and not _when_or_how_much(pobj) and \
                        parsed.end_offset(pobj) - start <= _PHRASE_REACH and \
                        not any(_stops(x) or x.is_punct or x.is_quote for x in doc[t.i:pobj.i + 1]):
                    end = parsed.end_offset(pobj)
            break
        if t.pos_ in _CONTENT and t.dep_ not in ("aux", "auxpass", "neg") and t.head.i <= t.i:
            end = parsed.end_offset(t)  # never on "any", "to", "from": "we will not accept any"
    return end


# the least share of the rest of the sentence a reported-speech span covers: the reported clause
# runs on to the sentence's end ("we expected about five thousand participants, but the halls were
# overfilled"), and a span of the pronoun and its verb alone ("we expected") shows a reviewer too
# little of it; a longer one, the whole rest, drowns the pronoun and verb it is about (the gold of
# the blind sets draws both: "we will", and the whole clause, which this share meets)
_REPORTED_SHARE = 0.3


def _reported_end(doc, start: int, end: int) -> int:
    """`end`, or later: the end of the word that brings the span to _REPORTED_SHARE of the way
    from `start` to the sentence's end (its closing marks left out)."""
    sent = doc.sentence_at(start)
    if sent is None:
        return end
    text = doc.text
    stop = sent.end
    while stop > end and (text[stop - 1].isspace() or text[stop - 1] in ".!?;:,\"”»’)"):
        stop -= 1
    want = start + math.ceil(_REPORTED_SHARE * (stop - start))
    if want <= end:
        return end
    m = re.compile(r"[\s,;:()\"“”«»—–]").search(text, want, stop)
    return m.start() if m else stop


# the speaker's other words in the span shift with its subject: "we want to make our own
# leads" -> "they want to make their own leads"
_OBJECT_SHIFT = {"our": "their", "ours": "theirs", "us": "them", "ourselves": "themselves",
                 "my": {"m": "his", "f": "her", "": "their", "plural": "their"},
                 "me": {"m": "him", "f": "her", "": "them", "plural": "them"},
                 "myself": {"m": "himself", "f": "herself", "": "themselves", "plural": "themselves"}}


_YOU_SHIFT = {"your": "their", "yours": "theirs", "yourself": "themselves",
              "yourselves": "themselves", "you": "they"}


def _speaker_edits(parsed, lo: int, hi: int, gender: str, you: bool = False):
    """Edits that shift the speaker's possessives and objects between offsets lo and hi (with
    `you`, the listeners' "your child" and "if you" of an instruction)."""
    edits = []
    for t in parsed.doc:
        at = parsed.offset(t)
        if at < lo or parsed.end_offset(t) > hi:
            continue
        word = (_YOU_SHIFT if you else _OBJECT_SHIFT).get(t.lower_)
        if you and t.lower_ == "you" and t.dep_ not in ("nsubj", "nsubjpass"):
            word = "them"
        if isinstance(word, dict):
            word = word.get(gender, word[""])
        if word is None or t.lower_ in ("us", "me") and t.text != t.lower_:
            continue  # "US" is the country
        if t.text[0].isupper():
            word = word.capitalize()
        edits.append(Edit(at, parsed.end_offset(t), word))
    return edits


def _speech_finding(doc, parsed, people, tok, report, reporter):
    """The finding covers the pronoun with its verb group ("I expect", "we did not play"); the
    fix rewrites both in the third person, backshifted after a past reporting verb."""
    from mtaudit.detectors._speech_shift import shifted, verb_group

    group = verb_group(tok)
    start = parsed.offset(tok)
    end = parsed.end_offset(parsed.doc[group[1]]) if group else parsed.end_offset(tok)
    fix_end = end
    if group:  # with a semi-modal's verb and a particle: "we had to go", "we walk home"
        last = parsed.doc[group[1]]
        for _ in range(2):
            nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
            if nxt is None:
                break
            if last.lemma_.lower() in ("have", "need", "get") and nxt.dep_ == "aux" and \
                    nxt.lower_ == "to" and nxt.head.dep_ == "xcomp" and \
                    nxt.head.head.i == last.i and nxt.head.i == nxt.i + 1:
                last = nxt.head
            elif nxt.head.i == last.i and (nxt.dep_ == "prt" or nxt.dep_ == "advmod" and
                                           nxt.lower_ in ("home", "abroad", "away", "back")):
                last = nxt
            else:
                break
        end = parsed.end_offset(last)
    end = _clause_reach(parsed, start, end, group[1] if group else tok.i)
    past = report.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                       for c in report.children)
    gender = people.gender(reporter) or ""
    if not gender and reporter.pos_ == "PROPN":  # "Zueva said" after "Marina Zueva": her gender
        at = parsed.offset(reporter)
        sent = doc.sentence_at(at)
        gender = next((m.gender for m in (_surname_mentions(doc, sent, ()) if sent is not None else ())
                       if m.start <= at < m.end), "")
    if reporter.tag_ in ("NNS", "NNPS"):
        gender = "plural"
    replacement = shifted(tok, group[1], gender, past) if group else None
    fix = None
    if replacement:
        edits = (Edit(start, fix_end, replacement),
                 *_speaker_edits(parsed, fix_end, end, "plural" if tok.lower_ in ("we", "you") else gender,
                                 you=tok.lower_ == "you"))
        fix = Fix(edits, Applicability.UNSAFE, f"write “{replacement}”")
    lead = start
    if tok.lower_ == "you" and (_instruction_reported(tok.head) or report.lower_ == "according" or
                                report.lower_ == "in"):
        # the condition is the instruction's too: "if you see a dangerous tree, you can leave"
        cond = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i and
                any(m.dep_ == "mark" and m.lower_ in ("if", "when", "whenever", "once") for m in c.children)]
        if cond:
            lead = min(parsed.offset(t) for t in cond[0].subtree)
            if fix is not None:  # "if your child was injured" -> "if their child"
                fix = Fix(fix.edits + tuple(_speaker_edits(parsed, lead, start, "plural", you=True)),
                          fix.applicability, fix.title)
    return REPORTED_SPEECH_PERSON.finding(
        doc, lead, _reported_end(doc, lead, end),
        f"“{tok.text}” in what {_who(reporter)} said: Russian indirect speech keeps the speaker’s "
        f"person; English shifts it" + (f" (“{replacement}”)" if replacement else " (he/she/they)")
        + " or quotes the words", fix=fix)


# past verbs of asking or promising whose to-clause is the asker's own act or wish:
# "asked to wait for us" (Russian "попросил подождать нас", nobody asked named)
_ASKING = frozenset({"ask", "request", "urge", "promise", "call", "beg", "invite", "plead"})


def _reported_object(tok):
    """(reporting verb, reporter) when the object "us"/"me" at `tok` belongs to what a third
    person said: the clause is the "that"-complement of a past reporting verb ("said that the
    region supported us"), is fronted by "According to X," ("According to her, people wait for
    us"), or is the to-clause of a past asking verb with nobody asked ("asked to wait for us").
    None for the hearer of the reporting verb itself ("told us", "said to us", "asked us")."""
    verb = tok.head
    if tok.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None  # ("told us", "asked us" as the report itself have no report above them)
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "xcomp":
        asker = clause.head
        if asker.lemma_.lower() in _ASKING and asker.tag_ in ("VBD", "VBN") and \
                not asker.text[0].isupper() and \
                not any(c.dep_ in ("dobj", "dative") for c in asker.children) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            subj = _reporter(asker)
            if subj is not None and _third_person(subj):
                return asker, subj
        return None
    if clause.dep_ == "ccomp":
        report = clause.head
        if report.lemma_.lower() in _report_verbs() and report.tag_ in ("VBD", "VBN") and \
                not report.text[0].isupper() and \
                not any(c.lower_ in _HUMAN_HEARER_OBJECTS for c in report.children):
            reporter = _reporter(report)
            if reporter is not None and _third_person(reporter):
                return report, reporter
        return None
    source = _according_to(clause, tok)
    if source is not None:
        return source.head.head, source
    return None


# the narrator in the first person outside quotations: a reporter who writes "we asked",
# "told us" speaks for the paper, and an "us" in what others said may be the paper's too
_NARRATOR = re.compile(r"\b(?:(?:told|asked|showed|assured|reminded|informed|promised|wrote to|said to|"
                       r"explained to|sent) (?:us|me)|(?:I|[Ww]e) (?:asked|spoke|visited|met|called|"
                       r"contacted|reached|talked|interviewed|went|saw|found|learned|learnt)|"
                       r"(?:[Oo]ur|[Mm]y) (?:correspondent|reporter|newspaper|paper|editorial|readers?|"
                       r"journalists?|colleagues|sources?|publication|magazine|outlet))\b")


def _narrator_speaks(doc, quoted) -> bool:
    """The text speaks in its own first person somewhere outside quotation marks: one scan of
    the document (a view), not one per candidate "us"; `quoted` is the document's spoken
    stretches, the same for every sentence (pronouns_syntax computes them once a document)."""
    return doc.view(NARRATOR_SPEAKS,
                    lambda: any(not _inside(quoted, m.start()) for m in _NARRATOR.finditer(doc.text)))


def _object_finding(doc, parsed, people, tok, report, reporter):
    """“wait for us” in what a third person said: the span runs from the pronoun's verb (with
    its preposition) to the pronoun when that is short, else the pronoun alone."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    start, end = parsed.offset(tok), parsed.end_offset(tok)
    if verb.i < tok.i and end - parsed.offset(verb) <= 30:
        start = parsed.offset(verb)
    gender = people.gender(reporter) or ""
    word = "them" if tok.lower_ == "us" or reporter.tag_ in ("NNS", "NNPS") else \
        {"m": "him", "f": "her"}.get(gender)
    fix = None
    if word:
        fix = Fix.replace(parsed.offset(tok), end, word, Applicability.UNSAFE, f"write “{word}”")
    lead = start
    if tok.lower_ == "you" and _instruction_reported(tok.head):
        # the condition is the instruction's too: "if you see a dangerous tree, you can leave"
        cond = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i and
                any(m.dep_ == "mark" and m.lower_ in ("if", "when", "whenever", "once") for m in c.children)]
        if cond:
            lead = min(parsed.offset(t) for t in cond[0].subtree)
    return REPORTED_SPEECH_PERSON.finding(
        doc, lead, _reported_end(doc, lead, end),
        f"“{tok.text}” in what {_who(reporter)} said: Russian indirect speech keeps the speaker’s "
        f"person; English shifts it" + (f" (“{word}”)" if word else "") + " or quotes the words",
        fix=fix)


def _third_person(tok) -> bool:
    low = tok.lower_
    if low in ("i", "we", "you", "me", "us"):
        return False
    if tok.pos_ == "PRON" and tok.is_title and low not in _PRONOUN_WORDS:
        return True  # a surname the tagger took for a pronoun ("Ivanova also said that we …")
    if low == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "One of the passengers told the portal that we had"
    if _age_as_noun(tok):
        return True  # "the 38-year-old said that I": an age standing for its person
    # "it" too: a reporter whom MT made "it" ("It also said that you can get a vaccine")
    return tok.pos_ in ("NOUN", "PROPN") or low in ("he", "she", "they", "it", "him", "her", "them")


_POSSESSIVE_SHIFT = {"our": "we", "my": "i", "your": "you"}
_OWNER_SHIFT = {"our": "their", "your": "their", "my": {"m": "his", "f": "her", "": "their"}}


def _owner_finding(doc, parsed, people, owner, reporter):
    """“our specialists will assess” after “he said that”: the possessive of the reported
    clause's subject is the speaker's own; English shifts it (“their”, “his”/“her”)."""
    head = owner.head
    start, end = parsed.offset(owner), parsed.end_offset(head)
    word = _OWNER_SHIFT[owner.lower_]
    if isinstance(word, dict):
        word = word.get(people.gender(reporter) or "", "their")
    if owner.text[0].isupper():
        word = word.capitalize()
    replacement = word + doc.text[parsed.end_offset(owner):end]
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i else None
    reach = end
    fronted = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    subject = next((c for c in fronted.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > head.i),
                   None) if fronted is not None and fronted.pos_ in ("VERB", "AUX") else None
    if subject is not None:
        # a fronted phrase: "in my country such walls are painted": the phrase and the
        # subject it stands before show the reported clause
        reach = parsed.end_offset(subject)
    elif verb is not None and parsed.end_offset(verb) - start <= _CLAUSE_REACH:
        reach = _clause_reach(parsed, start, parsed.end_offset(verb), verb.i)  # "my girls trained"
    elif verb is None:
        reach = _clause_reach(parsed, start, end, head.i)
    gender = "plural" if owner.lower_ in ("our", "your") else people.gender(reporter) or ""
    edits = (Edit(start, end, replacement), *_speaker_edits(parsed, end, reach, gender))
    return REPORTED_SPEECH_PERSON.finding(
        doc, start, _reported_end(doc, start, reach),
        f"“{owner.text} {head.text}” in what {_who(reporter)} said: Russian indirect speech keeps "
        f"the speaker’s person; English shifts it (“{replacement}”) or quotes the words",
        fix=Fix(edits, Applicability.UNSAFE, f"write “{replacement}”"))
