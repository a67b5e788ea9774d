"""A subject that cannot do what its verb says and a doer after the verb: Russian object-first
order read from the parse (MT2521).

Russian marks roles by case, so the object may open the clause and the doer close it: "Такое
решение принял родительский комитет" (such a decision took the parents' committee), "Такие данные
приводит Омскстат" (such data cites Omskstat), "Рейсы будет выполнять компания" (flights will
carry out the company), "Чин освящения совершил епископ" (the rite of consecration performed the
bishop). MT keeps the order and English reads the object as the doer. The same order with a verb
of happening puts the event after it: "После освящения состоялась первая служба" (after the
consecration took place the first service).

One mechanism over the dependency parse and WordNet classes (no word lists of examples):
* the subject before the verb is a noun that cannot be the doer: an artifact, an object, an act
  or an event, a text (noun.communication), an idea (noun.cognition), or a group that does not
  act ("data", "flights") (calque_order_words.tsv, calque_patient_nouns.tsv); not a person, a
  body, an instrument, a building or a document English lets act ("the camera caught", "the
  school hired", "the report cites");
* the verb is active and takes a doer as its subject in its first senses (calque_patient_verbs.tsv:
  WordNet's verbs of making, social acts, possession, competition, saying; calque_agent_verbs.txt;
  calque_ovs_act_verbs.txt), and the pair is one a thing of that class cannot do
  (calque_patient_pairs.tsv: a text says and obliges in English, it does not prepare; an act does
  not cite); verbs a thing does to people stay out (calque_ovs_effect_verbs.txt, WordNet's verbs
  of feeling, body and state: "the decision angered the residents");
* the object after the verb is a doer in the shape Russian order puts last: a person or a body
  noun with its article, genitive or name ("the naming commission of the town duma", "the local
  company Onega Sky", "Bishop Alexy of Plesetsk"), a first and last name, or, after a thing or an
  idea, a bare name ("Omskstat"), and it closes the clause (a comma, the end, a time or place phrase).
The verb of happening: an intransitive verb (WordNet's first sense takes no object: occur, happen,
take place), then an event noun phrase where English has nothing ("took place the first divine
service"), after a fronted phrase or an "after"/"before" clause the parser reads as the subject's.
Spared: passives, pronoun and name subjects, a/an subjects ("A falling tree …": no known topic),
effect and host verbs, a count of people as the object ("the project employed 300 workers"), a
second object or a complement ("won the skier a medal", "took the committee by surprise"), time
phrases after a verb of happening ("took place the next day"), English locative inversion with a verb of
position or motion ("Behind the office lies the old market": calque_fronted_skip_verbs.txt less the
verbs of happening), questions, quotes and headlines.
MT2510 (calques_inverted_subject.py) reads the narrower shapes with its own lists and wins where
both fire (code_supersedes.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.detectors._candidates import noun_phrase_end, parsed_candidates
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import first_names, folded_words, person_heads, rows

PATIENT_SUBJECT = rule(
    "MT2521", "patient-subject-doer-object", "calque",
    summary="“Such a decision took the parents' committee”, “Such data cites Omskstat”, “Flights will "
            "carry out the local company Onega Sky”, “After the consecration took place the first "
            "service”: a thing that cannot act before the verb and the doer after it, in Russian order",
    why="Russian marks the object by case and may put it first and the doer last (такое решение принял "
        "комитет; такие данные приводит Омскстат; рейсы будет выполнять компания), or put the event "
        "after a verb of happening (после освящения состоялась служба). MT keeps the order, so English "
        "reads the decision as the one who took something. English: “The parents' committee took this "
        "decision”, “Omskstat cites these figures”, “The first service was held after the consecration”.",
    confidence="likely",
    bad=["Such a decision took the parents' committee together with the school administration.",
         "Such data cites the regional statistics office.",
         "Such statistics cites Tomskstat.",
         "Flights will carry out the local company Sever Avia.",
         "The list of candidates prepared the naming commission of the village council.",
         "The rite of blessing performed Bishop Nikon of Kotlas, who arrived in the morning.",
         "After the blessing took place the first liturgy in the new church.",
         "The repairs of the roof will finance the regional ministry of culture."],
    good=["The parents' committee took this decision together with the school administration.",
          "The decision took effect on Monday.",
          "Such data shows a rise in prices.",
          "The list includes the naming commission of the village council.",
          "The report cites the regional statistics office.",
          "The decision angered the residents of the district.",
          "The project employed 300 workers from the region.",
          "The decision took the committee by surprise.",
          "The law obliges the administration of the district to publish the figures.",
          "This took courage from the volunteers.",
          "A falling tree injured the driver of the bus.",
          "The first liturgy took place after the blessing.",
          "The vote took place the next day.",
          "Flights were carried out by the local company Sever Avia.",
          "The company prepared the list of candidates."],
    applicability="unsafe",
)

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_BLOCKING = frozenset({"dative", "oprd", "xcomp", "ccomp", "acomp", "neg", "auxpass", "agent"})
_NEW_REFERENT = frozenset({"a", "an", "another", "each", "every", "no", "any", "his", "her", "its", "their", "our",
                           "my", "your", "some", "which", "what", "whose"})
_CLAUSE_END = frozenset({"during", "in", "at", "on", "over", "since", "throughout", "within", "after", "before",
                         "from", "near", "across", "around", "this", "last", "for", "together", "back", "already",
                         "again", "yesterday", "today"})
_FRONT_MARKS = frozenset({"after", "before", "during", "following", "since", "until", "upon"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ORGANISATIONS = folded_words("organisation_nouns.txt")
_PLACE_WORDS = frozenset({"city", "town", "village", "region", "district", "street", "river", "lake", "republic",
                          "territory", "krai", "oblast", "square", "park", "island", "mountain", "airport"})


@lru_cache(maxsize=1)
def _order() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in rows("calque_order_words.tsv"):
        if len(r) > 1:
            out.setdefault(r[0], set()).add(r[1])
    return {w: frozenset(c) for w, c in out.items()}


@lru_cache(maxsize=1)
def _patient_nouns() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("calque_patient_nouns.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def _patient_verbs() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in rows("calque_patient_verbs.tsv"):
        if len(r) > 1:
            out.setdefault(r[0], set()).add(r[1])
    for v in folded_words("calque_agent_verbs.txt"):
        out.setdefault(v, set()).add("agent")
    for v in folded_words("calque_ovs_act_verbs.txt"):
        out.setdefault(v, set()).add("act")
    return {w: frozenset(c) for w, c in out.items()}


@lru_cache(maxsize=1)
def _pairs() -> dict[str, frozenset[str]]:
    """subject class -> the verb classes a noun of that class cannot do (calque_patient_pairs.tsv)."""
    return {r[0]: frozenset(r[1].split()) for r in rows("calque_patient_pairs.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def _spared_verbs() -> frozenset[str]:
    """Verbs of feeling, body, perception and state (WordNet), and what an event or a course does to
    people in English: hosts, gathers, trains, helps (calque_patient_spared_verbs.txt)."""
    effect = {w for w, c in _order().items() if "effect" in c}
    return frozenset(effect | {r[0] for r in rows("calque_patient_spared_verbs.txt") if len(r) == 1})


@lru_cache(maxsize=1)
def _event_spared_verbs() -> frozenset[str]:
    """What an event, a course or a text does to people and a thing does not: hosts, gathers, counts."""
    return frozenset(r[0] for r in rows("calque_patient_spared_verbs.txt") if len(r) > 1 and r[1] == "event")


_THING_EFFECT = folded_words("calque_ovs_effect_verbs.txt")  # a thing carries, takes, houses people


def _subject_class(tok) -> str | None:
    """text, idea, act, thing or tool for a noun that cannot be a doer; None otherwise."""
    for w in (tok.lemma_.lower(), tok.lower_):
        own = _patient_nouns().get(w)
        if own in ("person", "time"):
            return None
        if own:
            return own
        kinds = _order().get(w)
        if kinds:
            if kinds & {"doer", "cause"}:
                return None
            if "tool" in kinds:
                return "tool"
            if "thing" in kinds:
                return "thing"
            if "act" in kinds:
                return "act"
    return None


def _doer_noun(tok) -> bool:
    from mtaudit.detectors.calques_inverted_subject import _is_doer_any

    if not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())):
        return False
    if _patient_nouns().get(tok.lemma_.lower()) == "time":
        return False  # "Such success takes years of work": a time is no doer
    return _is_doer_any(tok) or "doer" in _order().get(tok.lemma_.lower(), _order().get(tok.lower_, frozenset())) or (
        _patient_nouns().get(tok.lemma_.lower()) == "person")


def _person_noun(tok) -> bool:
    """One person or people, not a body: "the volunteers", "the head of the district"."""
    from mtaudit.detectors.calques_inverted_subject import _BODIES, _GROUPS

    words = {tok.lower_, tok.lemma_.lower()}
    if words & (folded_words("person_nouns.txt") | set(person_heads())) or any(
            _patient_nouns().get(w) == "person" for w in words):
        return True
    return any("doer" in _order().get(w, ()) for w in words) and not words & (_GROUPS | _ORGANISATIONS | _BODIES)


def _people(o) -> bool:
    """People, not a body: a person noun, a share of them, a person's name."""
    from mtaudit.detectors.calques_inverted_subject import _share_of_doers

    if o.pos_ == "PROPN":
        return o.text in first_names() or any(c.dep_ == "compound" and c.text in first_names() for c in o.children)
    return _person_noun(o) or _share_of_doers(o)


def _title_word(tok) -> bool:
    """A person or body word, capitalised as a title or not ("Bishop", "company", "coach")."""
    low = tok.lower_
    return low in person_heads() or "doer" in _order().get(low, frozenset()) or (
        tok.pos_ == "NOUN" and _doer_noun(tok))


def _doer_object(o, bare_name_ok: bool) -> bool:
    """The doer in the shape Russian order puts last: a person or body noun with its article, its
    genitive, a possessive or a name; a title and a name; a first and last name; a bare name after
    a thing or an idea."""
    kids = list(o.children)
    dets = {c.lower_ for c in kids if c.dep_ in ("det", "predet")}
    if dets & _NEW_REFERENT:
        return False
    if o.pos_ == "NOUN" or (o.pos_ == "PROPN" and o.text.islower()):
        from mtaudit.detectors.calques_inverted_subject import _share_of_doers

        if _share_of_doers(o):
            return True  # "the majority of the deputies"
        if not _doer_noun(o):
            return _named(o)  # "the 16-year-old jumper from Chaikovsky Maxim Orlov"
        if any(c.dep_ == "nummod" for c in kids) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
            return False  # "employed 300 workers": a count of people is a host's
        return bool(dets & {"the", "all"} or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in kids) or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids))
    if o.pos_ != "PROPN" or not o.text[:1].isupper():
        return False
    before = [c for c in kids if c.dep_ in ("compound", "amod", "nmod") and c.i < o.i]
    if any(_title_word(c) for c in before) or (o.dep_ == "appos" and _title_word(o.head)):
        return True  # "Bishop Alexy", "the company Onega Sky"
    if any(c.text in first_names() for c in before):
        return True  # "Anna Petrova"
    if dets & {"the"} and o.lower_ in _ORGANISATIONS and any(c.dep_ == "compound" for c in before):
        return True  # "the Industry Development Fund"
    if o.lower_ in _PLACE_WORDS or any(c.lower_ in _PLACE_WORDS for c in kids):
        return False
    return bare_name_ok and not before and not dets and o.i + 1 < len(o.doc) and o.doc[o.i + 1].is_punct


def _name_tail(o) -> int:
    """The index of the surname when a first name and a surname close the clause after the noun
    ("the 16-year-old jumper from Chaikovsky Maxim Orlov": the parser hangs the name on the
    preposition), else -1."""
    doc = o.doc
    j = o.i + 1
    while j < len(doc) and not (doc[j].is_punct and doc[j].text not in ("-", "'", "’")) and j - o.i < 12:
        j += 1
    last = j - 1
    if last - 1 <= o.i or doc[last].pos_ != "PROPN" or doc[last - 1].pos_ != "PROPN":
        return -1
    if not (doc[last - 1].text in first_names() or doc[last].text in first_names()):
        return -1
    if any(t.pos_ in ("VERB", "AUX") for t in doc[o.i + 1:last]):
        return -1
    return last


def _named(o) -> bool:
    """A common noun whose phrase closes with a first name and a surname: the name is the doer."""
    return _name_tail(o) > o.i


def _opens_clause(sent, verb, s) -> bool:
    """Only a connective, an adverb, punctuation or a fronted phrase of the verb before the subject."""
    fronted = {t.i for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod", "tmod", "advcl") and c.i < s.i
               for t in c.subtree}
    start = sent.start if verb.dep_ not in ("ccomp", "conj") else min(t.i for t in verb.subtree)
    if verb.dep_ == "conj":
        start = max(start, verb.head.right_edge.i + 1) if verb.head.i < s.i else start
        start = max([t.i + 1 for t in sent.doc[start:s.left_edge.i] if t.lower_ in ("and", "but", ",")] or [start])
    return not any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ") or t.i in fronted)
                   for t in sent.doc[start:s.left_edge.i])


def _verb_lemma(verb) -> str:
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{verb.lemma_.lower()} {prt[0]}" if prt else verb.lemma_.lower()


def _clause_hits(sent):
    """(first token, last token) of each object-first clause in the parsed sentence."""
    doc = sent.doc
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        kids = list(verb.children)
        acl_root = verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN"
        if not acl_root:
            if verb.dep_ not in ("ROOT", "conj", "ccomp") or (verb.dep_ == "conj" and verb.head.pos_ != "VERB"):
                continue
            if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBN"):
                continue
            aux = [c for c in kids if c.dep_ == "aux"]
            if verb.tag_ == "VB" and not any(c.tag_ == "MD" for c in aux):
                continue
            if verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in aux):
                continue
            if any(c.lemma_ == "be" for c in aux) or any(c.dep_ in _BLOCKING for c in kids):
                continue
        lemma = _verb_lemma(verb)
        if any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids) and verb.lemma_.lower() == "take":
            hit = _happening(sent, verb, kids, after_place=True)
            if hit:
                yield hit
            continue
        if "occur" in _patient_verbs().get(lemma, ()) and not (
                lemma in folded_words("calque_fronted_skip_verbs.txt") and lemma not in folded_words("calque_fronted_event_verbs.txt")):
            # a verb of happening, not of position or motion: "Behind the office lies the market"
            # is English locative inversion
            hit = _happening(sent, verb, kids, after_place=False)
            if hit:
                yield hit
            continue
        if acl_root:
            s = verb.head
            if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") and t is not verb for t in sent):
                continue
        else:
            subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
            if len(subj) != 1 or subj[0].i > verb.i:
                continue
            s = subj[0]
        if s.pos_ != "NOUN" or s.tag_ not in ("NN", "NNS"):
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in _NEW_REFERENT and not any(
                p.dep_ == "predet" and p.lower_ == "such" for p in s.children) for c in s.children) or any(
                c.dep_ == "poss" for c in s.children):
            continue  # "A falling tree", "its decision"; "such a decision" is the known topic
        kind = _subject_class(s)
        if kind is None or _doer_noun(s):
            continue
        vclasses = _patient_verbs().get(lemma, frozenset())  # "carry out" is not "carry"
        if "move" in vclasses and not vclasses & {"make", "social", "own", "compete", "say", "act"}:
            continue  # "the case reached the courts": a thing moves to people in English
        if (lemma in _spared_verbs() and not (kind == "act" and "act" in vclasses)) or (
                kind != "thing" and lemma in _event_spared_verbs()) or (
                lemma == verb.lemma_.lower() and kind in ("thing", "tool") and lemma in _THING_EFFECT):
            continue  # "the decision angered", "the festival gathered", "the bus took"; an act is
            # held, opened, carried out by its doer whatever else the verb does (calque_ovs_act_verbs.txt)
        if not vclasses & _pairs().get(kind, frozenset()):
            continue
        objs = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
        if len(objs) != 1:
            continue
        o = objs[0]
        if not _doer_object(o, bare_name_ok=kind in ("thing", "idea")):
            continue
        if kind == "tool" and not (_named(o) or (o.pos_ == "NOUN" and _person_noun(o)) or (
                o.pos_ == "PROPN" and _doer_object(o, bare_name_ok=False))):
            continue  # "the printing house prints the newspaper of the institute": a tool makes
            # things for bodies; only a person after it is the maker ("the puppets made the artist")
        if vclasses & {"reaches", "tells"} and _people(o) and not _named(o):
            continue  # "The decision surprised the members of the committee", "the law protects the
            # tenants", "the data convinced the members": a thing does it to people, or tells them
        if "whom" in vclasses and o.pos_ == "NOUN" and _person_noun(o) and not any(
                c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children) and not _named(o):
            continue  # "The course prepared the volunteers": the verb takes people as its object;
            # "the architects of the Moscow bureau" with their genitive are Russian order's doer
        if any(t.is_punct and t.text not in ("'", "’", "-") for t in doc[s.i:verb.i]) and not acl_root:
            continue  # "The head of the district, X, thanked …"
        if not acl_root and not _opens_clause(sent, verb, s):
            continue
        last = max(noun_phrase_end(o), _name_tail(o))
        nxt = doc[last + 1] if last + 1 < len(doc) else None
        if nxt is not None and not (nxt.is_punct or nxt.lower_ in _CLAUSE_END):
            continue  # "took the committee by surprise"
        if nxt is not None and nxt.lower_ == "together":
            j = last + 1
            while j + 1 < len(doc) and not doc[j + 1].is_punct:
                j += 1
            last = j  # "… together with the administration" closes the clause too
        yield doc[s.left_edge.i], doc[last]


def _happening(sent, verb, kids, after_place: bool):
    """"After the consecration took place the first divine service": a verb of happening, then an
    event noun phrase where English has nothing; the clause before it is a fronted phrase or an
    after/before clause (the parser's subject of the verb is then that phrase's noun)."""
    doc = sent.doc
    i = verb.i + 1
    if after_place:
        if i >= len(doc) or doc[i].lower_ != "place":
            return None
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("DET", "NUM", "ADJ") or doc[i].lower_ in ("this", "that", "last", "next"):
        return None
    head = None
    for t in doc[i:]:
        if t.pos_ == "NOUN" and t.head.i != t.i + 1 and not (t.head.pos_ == "NOUN" and t.head.i > t.i and t.dep_ == "compound"):
            head = t
            break
        if t.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN") and t.text not in ("-",):
            return None
    if head is None or _subject_class(head) not in ("act",) or head.tag_ not in ("NN", "NNS"):
        return None
    subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
    marked = any(c.dep_ == "mark" and c.lower_ in _FRONT_MARKS for c in kids)
    if subj and not marked:
        return None
    if marked and verb.dep_ != "ROOT":
        return None
    last = noun_phrase_end(head)
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in _CLAUSE_END):
        return None
    start = min([t.i for t in verb.subtree] + [sent.start])
    return doc[start], doc[last]


@lru_cache(maxsize=1)
def _doer_words() -> frozenset[str]:
    """Every one-word person, body and group noun the parse test may accept, for the word test."""
    from mtaudit.detectors.calques_inverted_subject import _AGENT_SET, _GROUPS, _PERSON_NOUNS

    return frozenset(set(person_heads()) | _AGENT_SET | _GROUPS | _PERSON_NOUNS | _ORGANISATIONS)


def _candidate(sentence: str) -> bool:
    """Words only: a closing full stop, no question, no quote; a noun WordNet gives a thing, act,
    text or idea class, then a later word that may be a doer (a person or body noun, a capitalised
    word) or "took place"/"occurred" and a determiner."""
    s = sentence.rstrip()
    if not s.endswith((".", '."', ".”", ".»")) or "?" in s:
        return False
    words = _WORD.findall(s)
    if len(words) < 4:
        return False
    seen_subject = False
    order, own, doers = _order(), _patient_nouns(), _doer_words()
    for k, w in enumerate(words):
        low = w.lower()
        if seen_subject and k > 1 and _after_preposition(words, k):
            continue  # "rose in May", "met in Kazan": a preposition's object is never the verb's doer
        if seen_subject and k > 1 and (w[0].isupper() or low in doers or low[:-1] in doers or own.get(low) == "person"
                                        or own.get(low[:-1]) == "person"
                                        or "doer" in order.get(low, ()) or "doer" in order.get(low[:-1], ())):
            return True
        if not seen_subject and (own.get(low, "person") not in ("person", "time") or order.get(low, frozenset()) & {"act", "thing", "tool"}
                                 or own.get(low[:-1], "person") not in ("person", "time")
                                 or order.get(low[:-1], frozenset()) & {"act", "thing", "tool"}):
            seen_subject = True
    return bool(re.search(r"\b(?:took|take|takes|taken|will\s+take)\s+place\s+(?:the|a|an|\d)", s))


_PREPOSITIONS = frozenset("""in on at from to into onto by near since until till during for with without
about over under after before across through around behind beyond between among""".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())


def _after_preposition(words: list[str], k: int) -> bool:
    """Word k is a preposition's object: right after it, or after it and a determiner."""
    before = words[k - 1].lower()
    return before in _PREPOSITIONS or (k > 1 and before in _DETERMINERS and words[k - 2].lower() in _PREPOSITIONS)


def _in_quote(text: str, sentence_start: int, start: int) -> bool:
    """An open quotation between the sentence start and the hit: quoted speech keeps its order."""
    before = text[sentence_start:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("«") > before.count("»")


class PatientSubjectDetector:
    name = "calques-patient-subject"
    rules = (PATIENT_SUBJECT,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        for parsed in parsed_candidates(doc, ctx, _candidate):
            for sent in parsed.doc.sents:
                for first, last in _clause_hits(sent):
                    start, end = parsed.offset(first), parsed.end_offset(last)
                    if _in_quote(doc.text, parsed.start, start):
                        continue
                    phrase = doc.text[start:end]
                    yield PATIENT_SUBJECT.finding(
                        doc, start, end,
                        f"“{phrase}” puts what was done first and the doer after the verb, in Russian "
                        f"order (такое решение принял комитет; после освящения состоялась служба); "
                        f"English names the doer first (“the committee took this decision”) or makes "
                        f"the event the subject (“the first service was held”)")
                    break


DETECTOR = PatientSubjectDetector()
