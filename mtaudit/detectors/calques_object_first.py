"""A clause whose object stands first and whose subject follows, in Russian order (MT2509).

Russian orders words by topic, so the object may open a clause: "их состояние врачи оценивают
как стабильное" (their condition the doctors assess as stable), "угрозы населённым пунктам
извержение не представляет" (a threat to the settlements the eruption does not represent),
"письма в архив передала правнучка купца" (the letters to the archive handed over the merchant's
great-granddaughter). MT keeps the order. English reads the fronted noun as a head with a
relative clause ("their condition [that] the doctors assess") or the verb as a participle
("the letters handed over …"), and is left with no clause for that noun.

Whether the noun is an argument of anything is a question of syntax, so this reads a dependency
parse (mtaudit.models.parser) of the few sentences a regex picks out: a clause-opening noun
phrase, then a determiner and a noun and a verb (object - subject - verb), or a noun phrase and
a past verb with a determiner after it (object - verb - subject). Flagged:
* object-subject-verb: a noun that is no verb's argument (the root of the sentence, or a conjunct
  of a clause) carries, itself or through its "of/to" phrase, a relative clause with no marker
  ("that", "which"), a noun subject and no object of its own: the noun is that object;
* object-verb-subject: the root is a noun, and a past verb on it (the parser's reduced relative)
  takes a direct object: a passive participle has none, so the verb is active and the noun
  after it its subject;
* verb-final: two noun phrases open the sentence, the second headed by a doer that no
  preposition governs, and the clause closes with a verb a person does to something
  (WordNet's frames) with no object and no main verb after it ("The results of the contest the
  jury will announce in June"): read from the tags, since the parser mangles the arcs.
Spared: a relative clause on a subject or an object ("The man the police arrested was
released", "The price the buyers paid was high"), commas ("Their condition, the doctors said,
is stable"), headlines, questions, short fragments and lines with no closing full stop, and the
sentence-opening "The X the Y will …" that MT2507 reads as a sentence with no main clause.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Span
from mtaudit.detectors.calques_verbless import _object_first, _object_first_opening
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import folded_words

FRONTED_OBJECT = rule(
    "MT2509", "fronted-object-before-subject", "calque",
    summary="“their condition the doctors assess as stable”, “A threat to the villages the eruption "
            "does not pose”, “The letters to the archive handed over the merchant’s "
            "great-granddaughter”: the object first, in Russian order",
    why="Russian may open a clause with its object and put the subject after it, or after the "
        "verb (их состояние врачи оценивают как стабильное; письма в архив передала правнучка). "
        "MT keeps the order, so English reads the object as a noun with a relative clause or a "
        "participle and the clause has no verb of its own. English puts the subject first (“the "
        "doctors assess their condition as stable”, “the great-granddaughter handed the letters "
        "over to the archive”).",
    confidence="likely",
    bad=["The winning try scored in the final minute the young winger Ivan Orlov.",
         "The pumps were repaired in June, and their capacity the engineers estimate at 400 "
         "litres a second.",
         "Any danger to the residents the flood no longer poses, the mayor said.",
         "The dam was finished in May, and the spillway the builders have already tested twice.",
         "The icon to the monastery returned the descendants of the last abbot.",
         "The old printing press to the museum donated the grandson of the typesetter.",
         "The distance of 5,000 metres the winners covered in 14 minutes.",
         "The main reason the city authorities call the shortage of land for new schools.",
         "The harvest this year he evaluates as excellent.",
         "New buses the city received in May.",
         "The old bridge the authorities plan to demolish next year.",
         "Most of the trees the workers have already cut down.",
         "These plans the governor announced at the meeting on Monday.",
         "The new rules the deputies adopted in the first reading.",
         "The repair of the road the district plans to finish by October.",
         "Most of them the firefighters extinguished within the first day.",
         "The results of the contest the jury will announce in June.",
         "His collection of coins the pensioner keeps in a bank vault.",
         "The new timetable of the suburban trains passengers will be able to see on the station boards."],
    good=["The man the police arrested was released on bail.",
          "“The first quilt my daughter still keeps on her bed,” she said.",
          "The price the buyers paid was too high.",
          "The bridge the builders have already tested will open in May.",
          "Their condition, the doctors said, is stable.",
          "The pumps were repaired, and the engineers estimate their capacity at 400 litres a second.",
          "The letters were handed over to the archive by the merchant's great-granddaughter.",
          "The icon returned to the monastery after a century abroad.",
          "The trip to the coast gave the children a week of sun.",
          "The letter to the editor sent the readers into a frenzy.",
          "The plan the ministry approved in May will cost 2 billion roubles.",
          "The governor of the Tver region Pavel Sokolov wrote in his channel that the road is open.",
          "The distance the winners covered in 14 minutes was a record.",
          "The main cause the inspectors cite is the faulty wiring in the attic.",
          "The bridge the authorities plan to demolish was built in 1950.",
          "Most of the trees the workers cut down were diseased.",
          "The plans the governor announced on Monday include two new schools.",
          "The harvest, he says, is excellent this year.",
          "The new rules adopted by the deputies in the first reading.",
          "The book the author plans to publish next year is about the war.",
          "Most of them, the firefighters said, were put out within a day.",
          "The main contractor handed over the new pool three weeks early.",
          "The book the teacher gave me is on the shelf.",
          "The meeting of the two mayors in Lyon lasted three hours.",
          "The way the patients were fed improved in May.",
          "The road the residents complain about is closed.",
          "This year the farmers expect a record harvest."],
)

_DETS = r"the|a|an|their|his|her|its|this|these|those|such|our|any|no|every"
# a clause opening (sentence start, or after ", and", ", but", ";") and a noun phrase, then a
# determiner, a noun (or two) and a verb group: object - subject - verb
# a fronted object with no determiner: a quantifier or a plain adjective ("Most of the trees the
# workers cut down", "New buses the city received in May")
_QUANT_OPENERS = r"most|part|half|some|much|many|all|several|new|old|such|both|other|additional|further|used|fresh"
_OSV = re.compile(
    rf"(?:^\W{{0,3}}|[,;]\s+(?:and|but|while|whereas)\s+|;\s+)(?:{_DETS}|{_QUANT_OPENERS})\s+[\w'’-]+(?:\s+(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w'’-]+(?:[,.]\d+)*){{0,8}}?"
    rf"\s+(?:(?:the|its|their|local|many|most|some)\s+[a-z-]+(?:\s+[a-z-]+)?|he|she|they|we)\s+(?:will|would|can|could|do|does|did|must|should|may|might|[a-z]+s|[a-z]+ed|[a-z]+)\b",
    re.IGNORECASE)
# a sentence that opens with a noun phrase and has a past verb, a particle maybe, then a
# determiner: object - verb - subject ("The letters to the archive handed over the …")
_OVS = re.compile(
    rf"^\W{{0,3}}(?:{_DETS})\s+(?:[\w'’-]+\s+){{1,7}}?(?:[a-z]+ed|gave|sent|brought|took|made|found|sold|bought|built|wrote|drew|won|paid|kept|held|showed|left|lent|sent)\s+"
    rf"(?:(?:over|out|up|back|away|down|on)\s+)?(?:(?:in|at|on|during|from|with|after|before|for|within|over)\s+(?:[\w'’-]+\s+){{1,5}}?)?"
    rf"(?:the|a|an|his|her|their|its|two|three|several)\s", re.IGNORECASE)
_MIN_WORDS = 6
_FINITE = {"VBD", "VBZ", "VBP"}
# verbs of handing over ("передала", "подарил", "вернули"): their subject gives, their object is
# a thing
_TRANSFER = {"hand", "donate", "give", "return", "transfer", "send", "pass", "bring", "present",
             "bequeath", "sell", "lend", "deliver"}
_KIN = {"descendant", "heir", "child", "children", "granddaughter", "grandson", "relative", "family",
        "collector", "resident", "inhabitant", "enthusiast", "pilgrim", "parishioner", "veteran", "sponsor",
        "patron", "benefactor", "donor", "local", "daughter", "son", "niece", "nephew", "widow"}
_MARKERS = {"that", "which", "who", "whom", "whose", "where", "when", "why", "how"}


class ObjectFirstDetector:
    name = "calques-object-first"
    rules = (FRONTED_OBJECT,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        todo = [s for s in doc.body_sentences if _candidate(doc.text[s.start:s.end])
                or (_verb_final_candidate(doc.text[s.start:s.end]) and not _quoted(doc.text, s.start))]
        if not todo:
            return
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            hit = (_object_subject_verb(parsed.doc) or _two_subjects(parsed.doc) or _apposed_subject(parsed.doc)
                   or _object_verb_subject(parsed.doc) or _transfer_to_person(parsed.doc)
                   or _verb_phrase_doer(parsed.doc) or _verb_final(parsed.doc))
            if hit is None:
                continue
            first, last = hit
            start, end = parsed.offset(first), parsed.end_offset(last)
            phrase = doc.text[start:end]
            yield FRONTED_OBJECT.finding(
                doc, start, end,
                f"“{phrase}” puts the object first and its subject after it, in Russian order "
                f"(их состояние врачи оценивают; письма передала правнучка); English puts the "
                f"subject first (“the doctors assess their condition”)")


def _candidate(sentence: str) -> bool:
    """Regex only: a closing full stop, six words or more, no question, and one of the shapes."""
    text = sentence.strip()
    if not text.endswith(".") or len(text.split()) < _MIN_WORDS:
        return False
    return bool(_OSV.search(text) or _OVS.match(text))


def _object_subject_verb(sent):
    """(first, last) token of "their condition the doctors assess", or None."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not (
                verb.dep_ in ("relcl", "acl")
                or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
                    and verb.head.i < verb.i)):
            continue  # a relative clause, or "These plans the governor announced" (read as a complement)
        kids = list(verb.children)
        aux = [c for c in kids if c.dep_ in ("aux", "neg") and c.i < verb.i]
        # a past verb the tagger read as a participle ("the winners covered"): it counts only
        # in a sentence with no main verb at all (below)
        bare_past = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids)
        if verb.tag_ not in _FINITE and not (verb.tag_ == "VB" and any(c.tag_ in _FINITE | {"MD"} for c in aux)) \
                and not (verb.tag_ == "VBN" and any(c.lemma_ == "have" and c.tag_ in _FINITE for c in aux)) \
                and not bare_past:
            continue  # a finite verb, a modal or "do" and a verb, or a perfect ("have estimated")
        subj = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN") or subj[0].lower_ in _MARKERS:
            continue
        verbless = _no_main_verb(sent, verb)
        if bare_past and not verbless:
            continue
        if any(c.dep_ in ("ccomp", "attr", "nsubjpass", "mark", "dative") for c in kids):
            continue
        if any(c.dep_ == "xcomp" and not (verbless and _to_infinitive(c)) for c in kids):
            continue  # "The old bridge the authorities plan to demolish": only in a sentence with no main verb
        if any(c.dep_ == "dobj" and not _time_object(c) for c in kids) and not (
                verbless and verb.lemma_.lower() in folded_words("calque_object_complement_verbs.txt")):
            continue  # "The main reason the authorities call the construction": call X Y, and no main verb
        if any(t.lower_ in _MARKERS for t in sent[subj[0].left_edge.i - 1:subj[0].left_edge.i] if t.i >= 0):
            continue
        # the fronted noun: the head, or the noun whose "of/to/for" phrase holds the head
        top = verb.head
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and (
                top.head.head.pos_ in ("NOUN", "PROPN") or top.head.head.lower_ in _QUANTIFIERS):
            top = top.head.head
        if (top.pos_ not in ("NOUN", "PROPN") and top.lower_ not in _QUANTIFIERS) or top.i > verb.i:
            continue  # "Most of the trees the workers have cut down": a quantifier heads the object
        if subj[0].pos_ == "PROPN" and top.lower_ in folded_words("calque_speaker_titles.txt"):
            continue  # "The governor of the region Ivan Petrov wrote": a title chain (MT2401's), its name the subject
        if not (top.dep_ in ("ROOT", "dep") or (top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"))):
            continue  # an argument of a verb: "The man the police arrested was released"
        first = top.left_edge
        if any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[first.i:verb.i]):
            continue
        if top.dep_ == "ROOT" and first.i == _opening(sent) and _object_first_opening(sent.text) \
                and not any(c.dep_ == "dobj" for c in kids) and _object_first(sent, top):
            continue  # MT2507's sentence with no main clause (it leaves a verb with an object here)
        return first, verb
    return None


# The verb-final shape (order28): two noun phrases open the sentence and the verb closes it with no
# object ("The recipe of his pie the master keeps in secret", "The next eclipse in the region
# residents will be able to see only in 2030"). The parser mangles these (an apposition, a
# compound, a verb read in a foreign word), so the mechanism reads the tags, not the arcs: the
# words before the first finite verb are noun phrases and prepositions only; the first noun is no
# person; a later noun phrase that no preposition governs is headed by a doer (WordNet's people
# and groups: calque_order_words.tsv) or is he/she/they/we; the verb group ends in a verb a person
# does to something (calque_transitive_verbs.txt, WordNet's frames) with no object after it and no
# finite verb after it in the clause ("The man the police arrested was released" has its main verb
# after; "The book the teacher gave me" has an object).
_VF_OPEN = frozenset({"the", "this", "these", "its", "his", "her", "their", "our", "such"})
_VF_PRONOUNS = frozenset({"he", "she", "they", "we"})
_VF_STOP = frozenset({"of", "in", "to", "for", "by", "with", "from", "at", "on", "among", "about", "and", "or", "that",
                      "who", "which", "whom", "as", "than", "into", "over", "under", "after", "before", "between",
                      "is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been"})
_VF_WH = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why", "how", "what", "if", "whether",
                    "because", "as", "than"})
_VF_WORD = re.compile(r"[\w'’-]+|,")


def _quoted(text: str, start: int) -> bool:
    """The sentence is speech: it opens with a quotation mark, or stands inside a quotation opened
    before it in its paragraph; speech may front its object ("This I know", "“The first one my
    son still uses,” she said")."""
    if text[start:start + 2].lstrip()[:1] in ('"', "“", "«", "'", "‘"):
        return True
    before = text[max(0, start - 2000):start].rpartition("\n")[2]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _doer_word(word: str) -> bool:
    from mtaudit.detectors.calques_inverted_subject import _AGENT_SET, _BODIES, _PERSON_NOUNS, _order_classes
    from mtaudit.text.lexicon import person_heads
    classes = _order_classes()
    if word in _VF_PRONOUNS:
        return True
    return any("doer" in classes.get(w, ()) or w in _PERSON_NOUNS or w in _AGENT_SET or w in _BODIES
               or w in person_heads() for w in ({word, word[:-1]} if word.endswith("s") else {word}))


def _verb_final_candidate(sentence: str) -> bool:
    """Words only: an opening determiner, and a doer word (not after a preposition) within the first
    sixteen words with no comma before it."""
    text = sentence.strip()
    if not text.endswith("."):
        return False
    words = _VF_WORD.findall(text[:200])
    if len(words) < _MIN_WORDS or words[0].lower() not in _VF_OPEN:
        return False
    for k in range(2, min(len(words), 16)):
        word = words[k]
        if word == ",":
            return False
        low = word.lower()
        if (word[0].isupper() and low not in _VF_PRONOUNS) or low in _TIME_GAP or low.rstrip("s") in _TIME_GAP:
            continue
        if _doer_word(low) and words[k - 1].lower() not in _VF_STOP:
            return True
    return False


def _vf_doer(token) -> bool:
    """A common noun of a person or a group of people (WordNet's doers, person_nouns.txt), or he/she/they/we."""
    from mtaudit.detectors.calques_inverted_subject import _is_agent, _noun_class
    if token.lower_ in _VF_PRONOUNS:
        return True
    if token.pos_ != "NOUN" or _time_object(token):
        return False
    return _is_person(token) or _is_agent(token) or "doer" in _noun_class(token)


def _verb_final(sent):
    """(first, last) of "The recipe of his pie the master of the bakery keeps in secret": see above."""
    toks = list(sent)
    vi = next((t.i for t in toks if t.tag_ in _FINITE | {"MD"} and t.pos_ in ("VERB", "AUX")), None)
    if vi is None or vi < 3 or toks[0].lower_ not in _VF_OPEN:
        return None
    pre = toks[:vi]
    if any((t.is_punct and t.text not in ("-", "'", "’")) or t.lower_ in _VF_WH or t.pos_ in ("AUX", "CCONJ", "SCONJ")
           or (t.pos_ == "VERB" and t.tag_ != "VB") for t in pre):
        return None  # a participle or a clause before the verb: "The letters handed over …" is MT2509's other shape
    heads = [t for t in pre if t.pos_ in ("NOUN", "PROPN")
             and not (t.i + 1 < len(toks) and (toks[t.i + 1].pos_ in ("NOUN", "PROPN") or toks[t.i + 1].text == "-"))]
    from mtaudit.detectors.calques_inverted_subject import _is_agent
    if not heads or any(_time_object(t) for t in pre[:heads[0].i + 1]) or _vf_doer(heads[0]) \
            or _is_agent(heads[0]) or heads[0].lemma_.lower() in _DOERS:
        return None  # a person or a time first: "This year the company will produce …", "The Governor of …"
    who = None
    for k, t in enumerate(pre):
        if t.i <= heads[0].i or not _vf_doer(t):
            continue
        if t.i + 1 < len(toks) and (toks[t.i + 1].pos_ == "NOUN" or toks[t.i + 1].tag_ == "POS"
                                    or toks[t.i + 1].text in ("'", "’")):
            continue  # a modifier or a possessor, not a head: "the owners' association", "the city budget"
        j = k  # the left edge of its noun phrase: determiners, adjectives, compounds ("the Leningrad region")
        while j > 0 and (pre[j - 1].dep_ in ("det", "amod", "nummod", "poss", "quantmod", "case")
                         or (pre[j - 1].dep_ == "compound" and pre[j - 1].tag_ == "NNP")
                         or pre[j - 1].tag_ == "PRP$") and (pre[j - 1].head.i > pre[j - 1].i or pre[j - 1].dep_ == "case"):
            j -= 1  # a name modifies its noun ("the Leningrad region"); "the population scientists" is two phrases
            if pre[j].dep_ == "det" or pre[j].tag_ == "PRP$":
                break
        if j > 0 and pre[j - 1].pos_ != "ADP":
            who = t  # no preposition governs it: the subject of the verb
            break
    if who is None:
        return None
    # the verb group: auxiliaries, adverbs, "be able to", "plans to"
    i, last = vi, None
    while i < len(toks):
        t = toks[i]
        if t.pos_ in ("AUX", "PART", "ADV") or t.tag_ == "MD" or t.lower_ == "able":
            i += 1
            continue
        if t.pos_ == "VERB":
            last, i = t, i + 1
            if i < len(toks) and toks[i].lower_ == "to":
                i += 1
                continue
        break
    if last is None or last.lemma_.lower() not in folded_words("calque_transitive_verbs.txt"):
        return None
    if last.tag_ == "VBN" and any(t.lemma_ == "be" for t in toks[vi:last.i]):
        return None  # a passive: "The way the lads were treated"
    nxt = toks[i] if i < len(toks) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("ADP", "ADV", "SCONJ")):
        return None  # an object after the verb: "The book the teacher gave me"
    if nxt is not None and nxt.pos_ == "ADP" and (i + 1 >= len(toks) or toks[i + 1].is_punct):
        return None  # a stranded preposition: "The things the residents complain about"
    for t in toks[i:]:
        if t.is_punct and t.text in (",", ";", ":", "—", "–"):
            break
        if t.tag_ in _FINITE | {"MD"}:
            return None  # a main verb after: "The man the police arrested was released"
    return toks[0], last


def _no_main_verb(sent, verb) -> bool:
    """True when no finite verb or modal stands outside the verb's own clause: the sentence is
    the fronted noun and its would-be relative clause, nothing else."""
    inside = {t.i for t in verb.subtree}
    return not any(t.tag_ in _FINITE | {"MD"} and t.i not in inside for t in sent)


def _object_verb_subject(sent):
    """(first, last) token of "The letters to the archive handed over the great-granddaughter",
    or None: a noun root whose past verb (read as a reduced relative) takes a direct object."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != _opening(sent):
        return None
    if any(t.tag_ in _FINITE | {"MD"} and t.dep_ in ("ROOT", "conj") for t in sent):
        return None
    for verb in root.subtree:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.i > verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
            continue
        obj = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i]
        if not obj:
            obj = _doer_after_phrase(sent, root, verb)
        if not obj:
            continue
        if _doer(root) and not _doer(obj[0]):
            continue  # "The general contractor handed over the building": a person first and a thing
            # after the verb is English order the parser misread; the fronted object is a thing
        if any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[root.left_edge.i:obj[0].i]):
            continue
        return root.left_edge, obj[0]
    return None


# the words a verb's own phrase may open with before the doer: "scored in the last minute the forward"
_PHRASE_PREPS = frozenset({"in", "at", "on", "during", "from", "with", "after", "before", "for", "within", "over"})


def _doer_after_phrase(sent, root, verb):
    """[doer] for "The decisive goal scored in the last minute the young forward Ivan Petrov": the
    parser hangs the doer on the phrase (an apposition), so the past verb of a fronted thing or act
    shows no object. Read: the verb's own phrases, right after it, then a determiner's noun phrase
    headed by a doer (a person, a name, a group, a body: WordNet's classes) that closes the clause."""
    from mtaudit.detectors.calques_inverted_subject import _is_doer_any, _noun_class
    if root.pos_ != "NOUN" or "doer" in _noun_class(root) or _is_doer_any(root):
        return None  # "The man detained in the evening …": a person may be the reduced relative's head
    j = verb.i + 1
    phrases = 0
    while j < len(sent) and sent[j].dep_ == "prep" and sent[j].head.i == verb.i and sent[j].lower_ in _PHRASE_PREPS:
        j = _phrase_end(sent[j]) + 1
        phrases += 1
    if not phrases or j >= len(sent) or sent[j].dep_ not in ("det", "nummod", "poss") or sent[j - 1].is_punct:
        return None  # "after one of the protesters, 29-year-old Zamir N., was killed": an apposition
    head = sent[j]
    while head.head.i != head.i and head.head.left_edge.i == j and head.head.i > j:
        head = head.head
    if head.left_edge.i != j or head.dep_ == "pobj" or not _is_doer_any(head):
        return None
    nxt = head.right_edge.i + 1
    if nxt < len(sent) and not sent[nxt].is_punct:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj", "ROOT") for t in sent[nxt:]):
        return None  # a second clause follows: the noun phrase may be its subject
    last = head  # the doer's name after its title ("the young defender Oleg Sidorov"), to a comma
    while last.i + 1 <= head.right_edge.i and not sent[last.i + 1].is_punct and sent[last.i + 1].dep_ != "relcl":
        last = sent[last.i + 1]
    return [last]


def _phrase_end(prep) -> int:
    """The last token of a prepositional phrase, leaving out an apposition the parser hung on it
    (the doer after the phrase: "in the second half the young defender")."""
    def inside(t):
        while t.i != prep.i:
            if t.dep_ == "appos":
                return False
            t = t.head
        return True
    return max(t.i for t in prep.subtree if inside(t))


def _verb_phrase_doer(sent):
    """(first, last) of "The only goal of the match scored in the second half the young defender
    Oleg Sidorov": the parser reads the fronted object as the subject of a bare past verb and hangs
    the doer after the verb's phrase on that phrase; English has no clause that ends so."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN"):
        return None
    kids = list(root.children)
    if any(c.dep_ in ("aux", "auxpass", "agent", "dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "neg")
           for c in kids):
        return None
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].i > root.i or subj[0].left_edge.i != _opening(sent):
        return None
    if any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[subj[0].left_edge.i:root.i]):
        return None
    obj = _doer_after_phrase(sent, subj[0], root)
    return (subj[0].left_edge, obj[0]) if obj else None


def _two_subjects(sent):
    """(first, last) of "their capacity the engineers estimate": a finite verb the parser gave
    two noun subjects in a row, the second with its determiner, and no object."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in _FINITE | {"VB"} or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            continue
        kids = list(verb.children)
        subj = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subj) != 2 or any(c.dep_ in ("dobj", "ccomp", "attr") for c in kids) \
                or any(c.dep_ == "xcomp" and not _to_infinitive(c) for c in kids):
            continue
        if any(c.dep_ == "xcomp" for c in kids) and any(
                t.tag_ in _FINITE | {"MD"} and t.i != verb.i and not (t.head.i == verb.i and t.dep_ in ("aux", "auxpass")) for t in sent):
            continue  # "The book the author plans to publish next year is about …": a main verb after
        obj, who = subj
        if (obj.pos_ != "NOUN" and obj.lower_ not in _QUANTIFIERS) or who.pos_ not in ("NOUN", "PRON"):
            continue  # "Most of them the firefighters extinguished": a quantifier object
        gap = sent[obj.right_edge.i + 1:who.left_edge.i]
        if len(gap) and not all(t.dep_ in ("npadvmod", "det", "amod") and (t.lower_ in _TIME_GAP or t.head.lower_ in _TIME_GAP)
                                for t in gap):
            continue  # only a time phrase between them: "The harvest this year he evaluates"
        if who.pos_ == "PRON" and who.lower_ not in ("he", "she", "they", "we"):
            continue
        if who.pos_ == "NOUN" and not any(c.dep_ == "det" for c in who.children):
            continue
        first = obj.left_edge
        if any(t.is_punct for t in sent[first.i:verb.i]):
            continue
        if first.i == _opening(sent) and _object_first_opening(sent.text) and _object_first(sent, verb):
            continue  # MT2507's
        return first, verb
    return None


def _apposed_subject(sent):
    """(first, last) of "The new rules the deputies adopted in the first reading": a sentence with
    no finite verb whose opening noun has the subject as an apposition (with its determiner, no
    comma) and the verb as the apposition's past participle with no agent, object or auxiliary:
    the parser's reading of object - subject - verb."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN" or root.left_edge.i != _opening(sent):
        return None
    if any(t.tag_ in _FINITE | {"MD"} for t in sent):
        return None
    for who in root.children:
        if who.dep_ != "appos" or who.pos_ != "NOUN" or who.i < root.i \
                or not any(c.dep_ == "det" for c in who.children):
            continue
        if any(t.is_punct for t in sent[root.left_edge.i:who.i]):
            continue
        for verb in who.children:
            if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i != who.i + 1:
                continue
            if any(c.dep_ in ("agent", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
                continue
            if not _is_person(who) and who.lower_ not in folded_words("calque_apposition_bodies.txt") \
                    and who.lemma_.lower() not in _DOERS:
                continue
            return root.left_edge, verb
    return None


def _transfer_to_person(sent):
    """(first, last) of "The icon to the monastery returned the descendants of the abbot": a
    thing with its destination ("to the monastery", Russian "в монастырь") as the subject of a
    verb of handing over whose object is a person: the person is the real subject."""
    for verb in sent:
        if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or verb.lemma_.lower() not in _TRANSFER:
            continue
        kids = list(verb.children)
        subj = [c for c in kids if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        obj = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
        if len(subj) != 1 or len(obj) != 1 or not _is_person(obj[0]):
            continue
        if any(c.i > obj[0].i and not c.is_punct for c in kids):
            continue  # "The trip to the coast left the children exhausted": a predicate follows
        thing = subj[0]
        if _is_person(thing) or not any(c.dep_ == "prep" and c.lower_ == "to" for c in thing.children):
            continue
        first = thing.left_edge
        if any(t.is_punct and t.text not in ("-", "'", "’") for t in sent[first.i:obj[0].i]):
            continue
        return first, obj[0]
    return None


def _doer(token) -> bool:
    """A person noun, or a noun WordNet's first sense makes a doer (calque_order_words.tsv)."""
    from mtaudit.detectors.calques_inverted_subject import _noun_class

    return _is_person(token) or "doer" in _noun_class(token)


def _is_person(token) -> bool:
    """A noun of a person (person_nouns.txt, kin words with "grand-"/"great-" taken off)."""
    lemma = token.lemma_.lower()
    for prefix in ("great-", "great", "grand", "step", "-"):
        if lemma.startswith(prefix) and len(lemma) > len(prefix) + 2:
            lemma = lemma[len(prefix):]
    return lemma in folded_words("person_nouns.txt") or lemma in _KIN


# the doers of a public act that may stand as the subject ("the deputies adopted", "the council
# approved"): people, and the bodies of calque_apposition_bodies.txt
_DOERS = {"deputy", "council", "court", "government", "city", "region", "district", "company", "ministry",
          "parliament", "duma", "commission", "committee", "administration", "authority", "police", "team"}
_QUANTIFIERS = {"most", "many", "some", "all", "half", "much", "part", "none", "each", "several"}
_TIME_GAP = {"year", "week", "month", "summer", "winter", "spring", "autumn", "season", "time", "day",
             "morning", "evening", "night", "weekend"}


def _to_infinitive(token) -> bool:
    """A "to" infinitive ("plan to demolish", "promises to hand over")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _time_object(token) -> bool:
    """A time noun the parser took for an object ("bought a month in advance")."""
    return token.lower_ in _TIME_GAP or token.lemma_.lower() in _TIME_GAP


def _opening(sent) -> int:
    """The index of the first word (after any opening punctuation)."""
    return next((t.i for t in sent if not t.is_punct), 0)


DETECTOR = ObjectFirstDetector()
