"""MT3112: "he"/"she"/"his"/"her" for a thing by WordNet's class of its noun (Russian gender).

Russian goes on about a thing with the pronoun of its noun's gender: "Штора весит 900 граммов;
она сшита …", "Гейзер выбрасывает столб воды, и он извергается …". Gender-blind MT writes
"he"/"she". MT3107/MT3108 flag it for the nouns whose Russian gender is listed
(russian_gender_things.tsv); this rule reads the antecedent the same way (the subject of the
clause before the pronoun, or of the sentence before an opening "He"/"She", with nobody the
pronoun could stand for in reach) and asks only whether that noun is a thing: WordNet's first
sense an artifact, a food, a natural object (a geyser, a stone) or a substance, and no sense a
person's, an animal's or a group's (data: pronoun_thing_nouns.tsv, built by
scripts/build_thing_nouns.py). English never says "he"/"she" for such a thing, except "she"
for a ship or an aircraft (WordNet's craft: kept quiet) and a thing given a name of its own.

An object "him"/"her" is read by binding, not salience: English binds no object pronoun to
the subject of its own clause ("Orlov bought the roaster and brought him home" cannot mean
Orlov), so when nobody else it could mean stands in its sentence, the sentence before or its
paragraph, the nearest thing of a clause joined to its own is meant — an object like it, or any
thing when WordNet's frames give the pronoun's verb no person object ("turned him to the side").
A noun is a thing here by the classes above, by its Russian gender (russian_gender_things.tsv),
or by the verb that takes it ("bought the roaster": thing_object_verbs.tsv, WordNet's frames,
built by scripts/build_thing_object_verbs.py); a verb no person is ever object of ("decided to
expand him") reaches the subject of the sentence before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.detectors._people import person_mentions
from mtaudit.detectors.pronouns_gender_thing import _PRONOUN, _finding, _genders, _singular_common, mention_gender
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

THING_CLASS = rule(
    "MT3112", "gendered-pronoun-for-thing-by-class", "pronoun",
    summary="“he”/“she”/“his”/“her” for a thing (WordNet: an artifact, a food, an object, a "
            "substance) the clause or sentence before is about",
    why="Russian pronouns take the grammatical gender of the noun (штора — она, гейзер — он); "
        "gender-blind MT writes “he”/“she” for a curtain, a geyser, a cake. English gives "
        "“he”/“she” to people and animals (and “she” to a ship), never to such a thing: “it” is meant.",
    confidence="likely",
    bad=["Pavel Orlov showed the station. The old clock was repaired in June, and now he strikes "
         "every hour.",
         "The new kettle was tested in the lab, and then she was packed in a box.",
         "Each locker is fitted with a lock, and when the code is wrong, he beeps loudly.",
         "Oleg Markov heads the museum.\n\nThe main attraction is a huge quilt. Her patches come from "
         "40 villages.",
         "The press can bend 40 tonnes of steel a day. Pavel Orlov bought the press in Minsk and brought "
         "him to Kursk by rail.",
         "The volunteers cleaned the old bench in April and moved her to the park.",
         "The bakery opened in 2019. This year the owners decided to expand him to a second floor."],
    good=["The old clock was repaired in June, and now it strikes every hour.",
          "Pavel Orlov bought a kettle in May, and he uses it every day.",
          "The icebreaker was launched in May; she will escort ships along the coast.",
          "The fountain was switched off in May, and he said it would be repaired.",
          "His kettle broke in May, and he bought a new one.",
          "The doll called Masha was sewn in 1900, and she is the pride of the museum.",
          "Pavel Orlov was hurt on Monday. Rescuers found the car in a ditch and took him to hospital.",
          "Ivan Sokolov met the new coach at the station and drove him to the hotel.",
          "Anna Petrova sold the flat in May and thanked her lawyer.",
          "The court gave it a fine and deprived him of the right to drive.",
          "The yacht was repaired in May, and the crew sailed her to Riga."],
    applicability="unsafe",
)


@lru_cache(maxsize=1)
def _things() -> dict[str, tuple[str, bool]]:
    """noun -> (WordNet class, a craft English may call "she")."""
    return {w: (cols[0], len(cols) > 1 and cols[1] == "craft")
            for w, cols in lexicon.table("pronoun_thing_nouns.tsv").items()}


def is_craft(noun: str) -> bool:
    """A ship or an aircraft (WordNet's craft): English may call it "she"."""
    entry = _things().get(noun.lower())
    return bool(entry and entry[1])


def _thing(t, low: str):
    """`t` when it is a singular, unnamed thing noun that no "he"/"she" of English may mean."""
    if not _singular_common(t) or not t.is_lower or t.dep_ == "compound":
        return None
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") or c.dep_ == "poss" or
           c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > t.i for c in t.children):
        return None  # "two lamps", "his car", "the doll Masha"
    entry = _things().get(t.lower_) or _things().get(t.lemma_.lower())
    if entry is None:
        return None
    ship = entry[1] or (_genders().get(t.lower_, ("", False))[1])
    if ship and low in ("she", "her"):
        return None  # English calls a ship "she"
    if _NAMED.search(t.sent.text):
        return None
    return t


_PERSONAL = frozenset({"it", "its", "he", "his", "him", "she", "her", "they", "them", "their"})
_OBJECT = re.compile(r"\b(?:and|but|then)\b.*\b(?:him|her)\b")
_NAMED = re.compile(r"\b(?:named|called|nicknamed|dubbed|christened)\b")


class ThingClassPronounDetector:
    name = "pronouns-thing-class"
    rules = (THING_CLASS,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _PRONOUN.search(text):
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        for i, sent in enumerate(doc.sentences):
            if any(q.start <= sent.start < q.end or sent.start <= q.start < sent.end for q in quotes):
                continue  # a quotation in the sentence: its speaker is near
            words = {w.casefold() for w in re.findall(r"[A-Za-z]+", text[sent.start:sent.end])}
            prev_words = {w.casefold() for w in re.findall(r"[A-Za-z]+", text[doc.sentences[i - 1].start:
                                                                               doc.sentences[i - 1].end])} if i else set()
            if not (words | prev_words) & _things().keys() and not _OBJECT.search(text, sent.start, sent.end):
                continue
            for m in _PRONOUN.finditer(text, sent.start, sent.end):
                if m.start() in flagged:
                    continue
                low = m.group().casefold()
                if low in ("him", "her"):
                    found = _object(doc, ctx, i, sent, m, low)
                    if found is not None:
                        yield _finding(THING_CLASS, doc, m, low, (found.text, False), flagged,
                                       f"“{m.group()}” is the object of a clause joined to one about "
                                       f"“{found.text}”, a thing, with nobody else it could stand for")
                        continue
                    if low == "him":
                        continue
                found = _in_sentence(doc, ctx, sent, m, low) if words & _things().keys() else None
                what = "follows a clause about"
                if found is None and i:
                    found = _opening(doc, ctx, i, sent, m, low)
                    what = "opens a sentence after one about"
                if found is None:
                    continue
                yield _finding(THING_CLASS, doc, m, low, (found.text, low == "her"), flagged,
                               f"“{m.group()}” {what} “{found.text}”, a thing, with nobody it could "
                               f"stand for before it")


_SAME = {"he": ("he", "him", "his", "himself"), "his": ("he", "him", "his", "himself"),
         "she": ("she", "her", "herself", "hers"), "her": ("she", "her", "herself", "hers")}
_THE_THING = frozenset({"it", "its", "itself"})


def _pronoun_token(parsed, m, low):
    """The pronoun's token when it is a subject "he"/"she" or a possessive "his"/"her" of a
    subject, else None (an object "her" may be anybody's)."""
    from mtaudit.detectors.pronouns_salience import _kin, _person_possessions

    tok = parsed.token_at(m.start())
    if tok is None or tok.lower_ != low:
        return None
    if low in ("he", "she"):
        return tok if tok.dep_ in ("nsubj", "nsubjpass") else None
    if tok.dep_ != "poss" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owned = tok.head
    if owned.lower_ in _person_possessions() or owned.lemma_.lower() in _person_possessions() or \
            _kin().get(owned.lower_) == "person":
        return None  # "his wife", "her career"
    return tok


def _acts_as_person(parsed, tok, people) -> bool:
    """The pronoun's verb is a person's act: saying, intent, feeling, addressing people."""
    from mtaudit.detectors.pronouns_gender_thing import _addresses_people
    from mtaudit.detectors.pronouns_opening import _agent_verb

    if tok.dep_ == "poss":
        return False
    return _agent_verb(parsed, parsed.offset(tok)) or _addresses_people(tok.head, people)


def _somebody(parsed, t, low, people, thing=None) -> bool:
    """`t` is somebody a "he"/"she" may stand for: a he/she of its gender, a "who", a singular
    person noun, a group of people, a name that may be a person's (not the thing's own name:
    "the geyser Velikan", "the geyser, Velikan,")."""
    from mtaudit.detectors.pronouns_gender_thing import _groups
    from mtaudit.detectors.pronouns_local_thing import _person_like

    if t.lower_ in _SAME[low] or t.lower_ in ("who", "whom") or t.lower_ in _groups():
        return True
    from mtaudit.detectors.pronouns_gender_thing import named_gender

    other = "f" if low in ("he", "his") else "m"
    if t.tag_ in ("NN", "NNP") and t.is_lower and people.gender(t) is not None:
        return named_gender(t) != other  # "the merchant Foma Kuzin" is no "she"
    if t.is_lower or t.pos_ != "PROPN":
        return people.gender(t) not in (None,) and t.tag_ in ("NN", "NNP")
    if named_gender(t) == other:
        return False
    node = t
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "appos" and node.head.pos_ == "NOUN" and _thing(node.head, low) is not None:
        return False  # the thing's own name
    return _person_like(parsed, t, people, None)


def _in_sentence(doc, ctx, sent, m, low):
    """The thing the pronoun at `m` stands for when a clause before it in its sentence has a
    thing for subject (the nearest such subject; a person noun, a name or a he/she of the
    pronoun's gender before it keeps it quiet), else None."""
    from mtaudit.detectors.pronouns_local_thing import _clause_root
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    parsed = ctx.syntax.parse(doc, sent)
    tok = _pronoun_token(parsed, m, low)
    if tok is None or any(t.lower_ in _THE_THING for t in parsed.doc if t.i > tok.i):
        return None  # "The car was old, but he kept it": the thing is "it" there
    own = _clause_root(tok)
    if own.dep_ in ("relcl", "acl"):
        return None
    mentions = person_mentions(doc.text, sent.start, m.start(), ())
    people = _PersonTest(parsed, mentions)
    if any(_somebody(parsed, t, low, people) for t in parsed.doc if t.i < tok.i):
        return None
    shared = {own.i}
    node = own
    while node.dep_ == "conj" and node.head.i != node.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
        shared.add(node.i)
    subjects = [t for t in parsed.doc if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass") and
                t.head.i not in shared and _clause_root(t).dep_ not in ("relcl", "acl")]
    thing = next((s for s in reversed(subjects) if _thing(s, low) is not None), None)
    if thing is None or _acts_as_person(parsed, tok, people):
        return None
    return thing


def _opening(doc, ctx, i, sent, m, low):
    """The thing an opening "He"/"She"/"His"/"Her" (first in its sentence or after a fronted
    adverbial phrase with no name in it: "Despite its size, she …") stands for: the main subject
    of the sentence before, or its complement after "is", when that is a thing and neither that
    sentence nor the one before it (in the paragraph) names anybody of the pronoun's gender."""
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    text = doc.text
    para = doc.paragraph_at(sent.start)
    prev = doc.sentences[i - 1]
    if para is None or prev.start < para.start:
        return None  # a paragraph's first sentence may go back to anyone
    parsed = ctx.syntax.parse(doc, sent)
    tok = _pronoun_token(parsed, m, low)
    if tok is None:
        return None
    head = tok if tok.dep_ != "poss" else tok.head
    verb = head.head
    for t in parsed.doc[:tok.i]:
        node = t
        while node.head.i != node.i and node.head.i != verb.i:
            node = node.head
        if node.head.i != verb.i or node.dep_ not in ("prep", "advmod", "npadvmod", "punct", "advcl") or \
                t.pos_ == "PROPN" or t.lower_ in _SAME[low] or t.pos_ == "PRON" and t.lower_ not in _THE_THING:
            return None  # only a fronted adverbial may come first: "In May she", "Despite its size, she"
    if any(t.lower_ in _THE_THING for t in parsed.doc if t.i > tok.i):
        return None
    window = [prev] + ([doc.sentences[i - 2]] if i >= 2 and doc.sentences[i - 2].start >= para.start else [])
    own = "m" if low in ("he", "his") else "f"
    if any(mention_gender(text, p) in (own, "") for p in person_mentions(text, window[-1].start, m.start(), ())):
        return None
    for s in window:
        p = ctx.syntax.parse(doc, s)
        people = _PersonTest(p, [])
        if any(_somebody(p, t, low, people) for t in p.doc):
            return None
    if _acts_as_person(parsed, tok, _PersonTest(parsed, [])):
        return None
    from mtaudit.detectors.pronouns_gender_thing import main_subject

    p = ctx.syntax.parse(doc, prev)
    root, subject = main_subject(p)
    if root is None or subject is None:
        return None
    if _thing(subject, low) is not None:
        return subject
    if root.lemma_ == "be" and subject.tag_ in ("NN", "NNS") and subject.is_lower:
        return next((c for c in root.children if c.dep_ == "attr" and _thing(c, low) is not None), None)
    return None


@lru_cache(maxsize=1)
def _thing_object_verbs() -> dict[str, frozenset[str]]:
    """lemma -> {"first"} (its first sense takes a thing object, not a person: "buy", "repair"),
    {"never"} (no sense takes a person: "expand", "launch") or both (thing_object_verbs.tsv)."""
    return {w.casefold(): frozenset(cols[0].split(",")) if cols else frozenset()
            for w, cols in lexicon.table("thing_object_verbs.tsv").items()}


def _verb_chain(verb) -> set[int]:
    """The verbs coordinated with `verb` (either way, through "to"-infinitives they govern):
    "hold the championship … and to make him", "closed the embankment … and fenced her off"."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return {t.i for t in node.subtree if t.pos_ in ("VERB", "AUX") and
            t.dep_ in ("conj", "xcomp", "ROOT", "ccomp", "advcl") or t.i == node.i}


def _object_thing(t, low):
    """`t`, a singular noun a "him"/"her" may go back to, when it is a thing: a thing noun of
    WordNet's classes, one whose Russian noun agrees with the pronoun, or the object of a verb
    whose object is a thing ("bought the roaster")."""
    from mtaudit.detectors.pronouns_gender_thing import _animal, _of_gender

    if not _singular_common(t) or not t.is_lower or t.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") or \
            _animal(t):
        return None
    if _thing(t, low) is not None or _of_gender(t, low) is not None:
        return t
    if t.dep_ == "dobj" and "first" in _thing_object_verbs().get(t.head.lemma_.lower(), ()) and \
            not any(c.dep_ == "poss" for c in t.children):
        return t
    return None


def _object(doc, ctx, i, sent, m, low):
    """The thing an object "him"/"her" stands for: English binds no object pronoun to the
    subject of its own clause ("Orlov bought the roaster and brought him home": not Orlov), so
    when nobody else of its gender stands before it in the sentence, the sentence before or its
    paragraph, and a clause joined to its own has a thing for object or prepositional object,
    that thing is meant. None when the pronoun's verb is one done to people (arrest, thank, ask
    to), an "it" follows, or the thing is an animal or (for "her") a ship."""
    from mtaudit.detectors.pronouns_gender_thing import _ADDRESSING, _SAME_GENDER, _WHO, _groups
    from mtaudit.detectors.pronouns_salience import _CONTROL_VERBS, _person_objects
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    text = doc.text
    if _WHO.search(text, sent.start, m.start()):
        return None
    parsed = ctx.syntax.parse(doc, sent)
    tok = parsed.token_at(m.start())
    if tok is None or tok.lower_ != low or tok.tag_ != "PRP":
        return None
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "nsubj" and tok.head.pos_ not in ("VERB", "AUX"):
        verb = tok.head.head  # a small clause: "make him an interregional one"
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in _person_objects() or lemma in _ADDRESSING or lemma in _CONTROL_VERBS or \
            any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and tok not in c.subtree for c in verb.children):
        return None  # "arrested him", "thanked her", "asked him to", "told her that"
    if any(t.lower_ in _THE_THING for t in parsed.doc if t.i > tok.i):
        return None
    kinds = _thing_object_verbs().get(lemma, frozenset())
    # the subject of the pronoun's clause (its own, or the one its coordinated verbs share)
    node, subject = verb, None
    for _ in range(6):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    bound = {t.i for t in subject.subtree} if subject is not None else set()
    if any(t.pos_ == "PRON" and t.lower_ in _PERSONAL and t.i not in bound for t in parsed.doc if t.i < tok.i):
        return None  # "the court gave it a fine and deprived him of": a chain of pronouns is somebody's
    own = "m" if low == "him" else "f"
    named = {w.casefold() for t in parsed.doc if t.i in bound for w in [t.text] if not t.is_lower}
    mentions = person_mentions(text, sent.start, m.start(), ())
    if any(mention_gender(text, p) in (own, "") and not {w.casefold() for w in text[p.start:p.end].split()} & named
           for p in mentions):
        return None
    people = _PersonTest(parsed, mentions)
    if any(t.i not in bound and _somebody(parsed, t, "he" if own == "m" else "she", people)
           for t in parsed.doc if t.i < tok.i):
        return None
    para = doc.paragraph_at(sent.start)
    lo = para.start if para is not None else sent.start
    if i and doc.sentences[i - 1].start < lo:
        lo = doc.sentences[i - 1].start  # the sentence before, across a paragraph break too
    if lo < sent.start:
        if _SAME_GENDER[own].search(text, lo, sent.start) or _WHO.search(text, lo, sent.start) or \
                any(mention_gender(text, p) in (own, "") and
                    not {w.casefold() for w in text[p.start:p.end].split()} & named
                    for p in person_mentions(text, lo, sent.start, ())):
            return None
        prev = doc.sentences[i - 1]
        pp = ctx.syntax.parse(doc, prev)
        ppeople = _PersonTest(pp, [])
        if any(_somebody(pp, t, "he" if own == "m" else "she", ppeople) and t.text.casefold() not in named
               for t in pp.doc):
            return None
    from mtaudit.detectors.pronouns_gender_thing import _animal, _time_word
    from mtaudit.detectors.pronouns_local_thing import _clause_root

    chain = _verb_chain(verb)
    for t in reversed(parsed.doc[:tok.i]):
        if t.i in bound or not _singular_common(t) or not t.is_lower or _time_word(t) or \
                _clause_root(t).i not in chain:
            continue
        if _animal(t):
            return None
        if _object_thing(t, low) is not None and (t.dep_ == "dobj" or "thing1" in kinds):
            return t  # the nearest thing of the joined clauses: an object like the pronoun, or
            # any thing when the pronoun's verb takes no person ("turned him to the other side")
    if tok.dep_ != "dobj" or "never" not in kinds or \
            i == 0 or lo == sent.start:
        return None
    # a verb no person is object of ("decided to expand him"): the thing the sentence before is about
    pp = ctx.syntax.parse(doc, doc.sentences[i - 1])
    root = next((t for t in pp.doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None or not _singular_common(subject) or not subject.is_lower or _animal(subject) or \
            _PersonTest(pp, []).gender(subject) is not None or subject.lower_ in _groups():
        return None
    return subject


DETECTOR = ThingClassPronounDetector()
