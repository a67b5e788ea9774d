"""A thing as the subject and people as the object, the roles swapped: Russian order (MT2519),
decided by the language model.

Russian marks roles by case and may put the object first and the doer last: "Первые сто билетов
уже получили ветераны города" (the first hundred tickets [acc.] have already received veterans of
the city [nom.]), "Главный приз конкурса получила школьница из Казани" (the main prize of the
contest received a schoolgirl from Kazan), "Рекорд области установили пловцы местного клуба" (the
record of the region set swimmers of the local club). MT keeps the order and English reads it as
subject - verb - object: a ticket that receives veterans. MT2510 reads this order from word classes and verb lists (a thing or an act
first, a verb only people do); its lists cannot hold every pair ("receive" is a host's verb in
"the resort received guests", "set" a thing's in "the decision set a precedent").

Syntax proposes, the language model decides. The parse gives a clause whose subject is a common
noun that is no person, group, body or place (WordNet's classes: calque_order_words.tsv, the person
and agent lists) and whose direct object is one that closes the clause; the verb is active, with
no particle, complement or second object ("the fall in prices dragged down other firms", "the
protests forced the mayor to …"). The sentence is then scored as written and with the two noun phrases
swapped ("Veterans of the city have already received the first hundred tickets"); when the swapped
reading is more probable by more than LM_SWAP_MARGIN nats, and the bare pair with people as the
doer and the thing as the object ("They have received the tickets.") is more probable than the
pair as written ("The tickets have received them.") by more than LM_PROBE_MARGIN nats, the roles
were swapped. The bare pair asks the model what the verb does with the noun, free of the rest of
the sentence (a small model reads a whole sentence's order loosely); the swapped sentence keeps a
noun that may well act in its own sentence quiet. English that means what it says keeps its order
likely: "The blaze killed three workers", "The festival gathered 40 bands", "The ski centre
receives 3,000 visitors on a Saturday", "The new bakery served 900 customers" (the model has seen
fires kill and resorts receive). Calibration: the verb-final and swapped pairs written for session 28, and the
sweep of every eval set, real MT and human news. Without the language model this rule is silent.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._candidates import parsed_candidates
from mtaudit.rules.model import Example, rule

LM_SWAP_MARGIN = 4.0   # the sentence with the two noun phrases swapped, over the sentence as written
LM_PROBE_MARGIN = 8.0  # "They received the tickets." over "The tickets received them."

_LM = (("lm", "shipped"),)  # the examples run with the shipped language model (tests inject it)

SWAPPED_ROLES_LM = rule(
    "MT2519", "thing-subject-person-object-lm", "calque",
    summary="“The first hundred tickets have already received veterans of the city”, “The main prize "
            "of the contest received a schoolgirl from Kazan”: object first, doer last, in Russian order "
            "(language-model check)",
    why="Russian marks the object by case and may put it first and the doer last (билеты получили "
        "ветераны; приз получила школьница). MT keeps the order, so a thing becomes the English subject and "
        "the people who acted on it the object. A language model compares the sentence with the two "
        "noun phrases swapped (“Veterans of the city have already received the first hundred tickets”).",
    confidence="possible",
    bad=[Example("The main prize of the contest received a schoolgirl from Kazan.", settings=_LM),
         Example("The first hundred tickets have already received veterans from the city.", settings=_LM)],
    good=[Example("The blaze killed three workers.", settings=_LM),
          Example("The festival gathered 40 bands from 12 countries.", settings=_LM),
          Example("The races drew 300 skiers from the region.", settings=_LM),
          Example("The ski centre receives about 3,000 visitors on a Saturday.", settings=_LM),
          Example("The new rules will help pensioners from the northern districts.", settings=_LM),
          Example("The new bakery served 900 customers on its first weekend.", settings=_LM),
          Example("The decision angered residents of the district.", settings=_LM),
          Example("The protests forced the mayor to change his plan.", settings=_LM),
          Example("The fall in prices dragged down other small firms.", settings=_LM)],
    applicability="unsafe",
)

_WORD = re.compile(r"[\w'’-]+")
_PAST = re.compile(r"(?:ed|en)$")
_PRONOUN_DOERS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_BLOCKING = frozenset({"prt", "xcomp", "ccomp", "oprd", "dative", "acomp", "neg", "auxpass", "agent"})
_NEW_REFERENT = frozenset({"a", "an", "another", "each", "every", "no", "any", "his", "her", "its", "their", "our",
                           "my", "your", "some"})


class SwappedRolesLMDetector:
    name = "calques-object-verb-subject-lm"
    rules = (SWAPPED_ROLES_LM,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        lm = ctx.language_model  # checked first: without the model nothing here runs
        if lm is None:
            return
        trials = []  # (start, end, swapped span text or None, [written, swapped])
        for parsed in parsed_candidates(doc, ctx, _candidate):
            hit = _swapped(parsed.doc)
            if hit is None:
                continue
            first, last, swapped, clean = hit[:4]
            start, end = parsed.offset(first), parsed.end_offset(last)
            written = parsed.doc.text
            trials.append((start, end, swapped if clean else None,
                           (written, _swap_sentence(parsed.doc, hit)) + _probes(parsed.doc, hit)))
        if not trials:
            return
        scores = lm.logprobs([x for t in trials for x in t[3]])
        for k, (start, end, replacement, _) in enumerate(trials):
            gain = scores[4 * k + 1] - scores[4 * k]
            if gain <= LM_SWAP_MARGIN or scores[4 * k + 2] - scores[4 * k + 3] <= LM_PROBE_MARGIN:
                continue
            phrase = doc.text[start:end]
            fix = None
            if replacement is not None:
                fix = Fix.replace(start, end, replacement, Applicability.UNSAFE, f"write “{replacement}”")
            yield SWAPPED_ROLES_LM.finding(
                doc, start, end,
                f"“{phrase}” has a thing for its subject and people for its object: Russian order "
                f"(билеты получили ветераны), the doer last; the language model ({lm.name}) reads the two "
                f"noun phrases swapped as {gain:.1f} nats more likely; English names the doer first",
                fix=fix)


def _doer_word(word: str) -> bool:
    from mtaudit.detectors.calques_inverted_subject import _AGENT_SET, _PERSON_NOUNS, _order_classes
    classes = _order_classes()
    for w in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        if "doer" in classes.get(w, ()) or w in _PERSON_NOUNS or w in _AGENT_SET:
            return True
    return False


def _candidate(sentence: str) -> bool:
    """Words only: a closing full stop, and a lower-case word that may be a finite verb (a past,
    a third person) followed within six words by a word for people."""
    from mtaudit.detectors.calques_inverted_subject import _IRREGULAR_PAST
    text = sentence.strip()
    if not text.endswith(".") or "?" in text:
        return False
    words = _WORD.findall(text)
    if len(words) < 5:
        return False
    verb_at = -99
    for i, w in enumerate(words):
        low = w.lower()
        if 2 <= i and i - verb_at <= 6 and w.islower() and low not in _PRONOUN_DOERS and _doer_word(low):
            return True
        if i >= 1 and w.islower() and (_PAST.search(low) or low in _IRREGULAR_PAST or low.endswith("s")):
            verb_at = i
    return False


def _phrase(tok) -> tuple[int, int]:
    """The first and last index of a noun phrase (or a "from" phrase): its subtree, cut before a
    relative clause, a dash, or a comma that no list of names continues."""
    lo = tok.left_edge.i
    hi = tok.i
    for t in tok.doc[tok.i + 1:tok.right_edge.i + 1]:
        if t.dep_ in ("relcl", "acl") and t.head.i >= tok.i:
            break
        if t.is_punct and t.text not in ("-", "'", "’") and not (
                t.text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "conj"):
            break
        hi = t.i
    return lo, hi


def _swapped(sent):
    """(first, last, swapped span text, clean, subject, verb) for "The first hundred tickets have already
    received veterans from the city": an active verb, a common noun that is no doer as its subject, a doer as its object
    closing the clause; or None."""
    from mtaudit.detectors.calques_inverted_subject import (_CLAUSE_END_PREPS, _HOST_VERBS, _PLACES, _is_agent,
                                                            _is_doer_any, _is_group, _share_of_doers)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBN"):
            continue
        if verb.dep_ not in ("ROOT", "conj", "ccomp") or (verb.dep_ == "conj" and verb.head.pos_ != "VERB"):
            continue
        if verb.lemma_.lower() in _HOST_VERBS:
            continue  # an event draws, gathers, attracts people in English: "The championships drew 200 athletes"
        kids = list(verb.children)
        if any(c.dep_ in _BLOCKING for c in kids):
            continue
        aux = [c for c in kids if c.dep_ == "aux"]
        if verb.tag_ in ("VB", "VBN") and not aux:
            continue  # an imperative, an infinitive, a participle
        if verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in aux):
            continue
        subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(subj) != 1 or len(objs) != 1 or not subj[0].i < verb.i < objs[0].i:
            continue
        s, o = subj[0], objs[0]
        if s.pos_ != "NOUN" or s.tag_ not in ("NN", "NNS") or s.ent_type_:
            continue
        if _is_doer_any(s) or _is_group(s) or _is_agent(s) or {s.lower_, s.lemma_.lower()} & _PLACES:
            continue  # a person, a group, a body or a place acts: "the farm received 40 calves"
        if {c.lower_ for c in s.children if c.dep_ in ("det", "poss")} & _NEW_REFERENT:
            continue
        if not (_is_doer_any(o) or _share_of_doers(o)) or o.pos_ not in ("NOUN", "PROPN") or o.ent_type_ in ("GPE", "LOC"):
            continue
        if {c.lower_ for c in o.children if c.dep_ in ("det", "poss")} & {"his", "her", "its", "their"}:
            continue  # "… moved their owners": a possessor
        # the subject opens the clause: a fronted phrase of the verb, an adverb or a connective before it
        fronted = {t.i for c in kids if c.dep_ in ("npadvmod", "prep", "advmod", "tmod", "advcl") and c.i < s.i
                   for t in c.subtree}
        start = verb.sent.start if verb.dep_ != "ccomp" else min(t.i for t in verb.subtree)
        if any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ") or t.i in fronted) for t in sent[start:s.left_edge.i]):
            continue
        slo, shi = _phrase(s)
        olo, ohi = _phrase(o)
        if ohi + 1 < len(sent) and sent[ohi + 1].lower_ == "from" and sent[ohi + 1].head.i in (verb.i, o.i):
            ohi = _phrase(sent[ohi + 1])[1]  # "veterans from the city": the doer's origin (ветераны из города)
        if shi >= verb.i or any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[slo:verb.i]):
            continue
        nxt = sent[ohi + 1] if ohi + 1 < len(sent) else None
        if nxt is not None and not (nxt.is_punct or nxt.lower_ in _CLAUSE_END_PREPS or nxt.lower_ == "from"):
            continue
        middle = sent[shi + 1:olo]
        if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ not in ("aux",) for t in middle):
            continue
        clean = ohi + 1 >= len(sent) or (ohi + 2 == len(sent) and nxt.is_punct)  # the object closes the sentence
        return sent[slo], sent[ohi], _swap_span(sent, (slo, shi), (olo, ohi)), clean, s, verb
    return None


def _swap_span(sent, s_span, o_span) -> str:
    """The words from the subject to the object with the two noun phrases exchanged."""
    slo, shi = s_span
    olo, ohi = o_span
    s_txt = sent[slo:shi + 1].text
    o_txt = sent[olo:ohi + 1].text
    mid = sent[shi + 1:olo].text
    if sent[slo].pos_ != "PROPN":
        s_txt = s_txt[:1].lower() + s_txt[1:]
    if slo == 0 or all(t.is_punct for t in sent[:slo]):
        o_txt = o_txt[:1].upper() + o_txt[1:]
    return f"{o_txt} {mid} {s_txt}".replace("  ", " ")


def _probes(sent, hit) -> tuple[str, str]:
    """("They have received the tickets.", "The tickets have received them."): the verb group
    (its auxiliaries and negation, no adverbs) with people as the doer and the thing as the object,
    and as written."""
    s, verb = hit[4], hit[5]
    group = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb]
    words = " ".join(t.lower_ for t in sorted(group, key=lambda t: t.i))
    head = words.split()[0]
    who = "She" if head in ("has", "is", "was", "does") or (len(group) == 1 and verb.tag_ == "VBZ") else "They"
    noun = f"the {s.lower_}"
    return f"{who} {words} {noun}.", f"{noun[:1].upper()}{noun[1:]} {words} them."


def _swap_sentence(sent, hit) -> str:
    """The whole sentence with the subject and the object swapped (the text the model scores)."""
    first, last, swapped = hit[0], hit[1], hit[2]
    text = sent.text
    return text[:first.idx] + swapped + text[last.idx + len(last.text):]


DETECTOR = SwappedRolesLMDetector()
