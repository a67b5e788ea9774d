"""MT3107: "he"/"she"/"his"/"her"/"him" for the thing the clause before it, in the same sentence, is about.

Russian compound sentences go on about a thing with a pronoun of its grammatical gender: "Тополь
упал на остановку; к счастью, он никого не задел", "Вода добывается из скважины; она относится к
…", "Препарат сертифицирован; он безопасен для людей". Gender-blind MT writes "he"/"she"/"his"
for the poplar, the water, the drug. English resolves a pronoun in a later clause of a sentence to
the subject of the clause before it; when that subject is a thing, only "it" can follow.

The rule is MT3104's own-sentence case made independent of who is named further back — MT3104
falls silent when a man or a woman stands anywhere in the paragraph before, and in news one
nearly always does. What replaces that guard is data: the thing must be one whose Russian noun
has the pronoun's gender (data: russian_gender_things.tsv, English nouns with the genders of
the Russian nouns they render: poplar m, water f, drug m/n, tyre f). So a flagged pronoun is one
that agrees with the thing in Russian and cannot agree with it in English.

A candidate: a pronoun outside quotation marks, the subject (or a possessive, or an object) of a
clause that follows another clause of the same sentence; that clause's subject (the nearest
subject before the pronoun) is a singular thing of the data with the pronoun's gender, or,
when that subject is some other thing, its object is ("The republic uses a drone;
he can spray"). Kept quiet:
* anybody before the pronoun in its sentence: a name that may be a person's, a singular person
  noun, a he/she of its gender, a "who", a group of people ("The couple received a cup; he");
* a predicate of people and agents ("he said", "she signed", "he asked shoppers to"), a person's
  possession ("his wife"), what is done to people ("arrested him");
* an "it"/"its" after the pronoun in its sentence (the thing is "it" there: "The car was old,
  but he kept it");
* "she"/"her" for a ship (English style), animals and countries (not in the data).

A pronoun of the same thing goes on with it: a he/she this detector found to be a thing's,
subject of the clause before, carries the thing to the next one ("In 1930 she was used as a
store, and in 1990 she was returned"). A name of the other gender keeps nothing quiet: "the
merchant Gabdulla Sayfullin" (first name, else surname ending) is no "she" (named_gender).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import person_mentions
from mtaudit.detectors.pronouns import one_animal_between, sexed_animal
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

GENDER_THING = rule(
    "MT3107", "russian-gender-pronoun-for-thing-in-sentence", "pronoun",
    summary="“he”/“she”/“his”/“her” for the thing the clause before it is about (Russian gender)",
    why="Russian pronouns take the grammatical gender of the noun (тополь — он, вода — она, "
        "препарат — он); gender-blind MT writes “he”/“she” for a poplar, the water, a drug. "
        "After a clause about a thing, English refers a pronoun to that thing: “it” is meant.",
    confidence="likely",
    bad=["Pavel Sidorov inspected the park. In May a 20-metre poplar fell on a bus stop; "
         "fortunately, he did not hurt anyone.",
         "Anna Lebedeva runs the plant. The water is taken from a well 400 metres deep; she "
         "belongs to the sulphate type.",
         "Oleg Ivanov spoke at the meeting. The drug is certified for use in parks; he is safe "
         "for people and pets.",
         "The new route was the hardest of the season; she had 40 holds and a long overhang.",
         "Irina Popova heads the depot. The old tram was repaired in March, and now his speed "
         "reaches 60 kilometres an hour.",
         "Experts remind that a summer tyre wears out quickly; otherwise she loses grip on wet roads.",
         "The town council bought a new snowmobile; he can carry four rescuers.",
         "Ivan Sokolov showed the barn. The old roof was replaced in April: she had leaked since 2019.",
         "The bell was cast in Voronezh in 1890, and him was hung on the tower in 1891.",
         "Ivan Sokolov heads the railway. The old diesel locomotive was repaired at a depot in "
         "Omsk, and he received a new engine."],
    good=["The bell was cast in Voronezh in 1890; it was hung on the tower in 1891.",
          "Pavel Sidorov bought the car in May. The car was old, but he kept it for ten years.",
          "The bridge was finished in March; he said it was late.",
          "Anna Lebedeva opened the fair. The weather was cold, and she thanked the visitors.",
          "The ferry was refitted in Kaliningrad; she will sail to Riga in May.",
          "Oleg Ivanov arrived at the farm; he inspected the barn.",
          "The couple received a crystal cup; they thanked the organisers.",
          "The female lynx crossed the road; she was followed by two kittens.",
          "When the bridge opened, he was the first to cross it.",
          "Anna Orlova runs the depot. The company signed the contract in May, and she said the "
          "trains would come by 2027.",
          "“The drug is safe; he knows it,” the doctor said of her husband.",
          "The court sentenced the driver; his wife was in the courtroom.",
          "The car park was full by noon, and he asked shoppers to come by bus next week."],
    applicability="unsafe",
)

GENDER_THING_OPENING = rule(
    "MT3108", "russian-gender-pronoun-for-thing-opening", "pronoun",
    summary="“He”/“She”/“His”/“Her” opening a sentence after a sentence about a thing of that "
            "Russian gender, with nobody of the pronoun's gender named in the two sentences before",
    why="Russian goes on about a thing with the pronoun of its noun's gender (“Сорт … . Он "
        "созревает за 80 дней”); gender-blind MT writes “He ripens”. After a sentence about a "
        "thing, with no person in it or in the sentence before whom the pronoun could stand for "
        "(a man does not take “she”), English can only mean the thing.",
    confidence="likely",
    bad=["Oleg Ivanov grows melons near Astrakhan.\n\nThe harvest began on Monday. The variety "
         "Kholodok remains the most popular among growers. He ripens in 80 days.",
         "Anna Sokolova runs the museum.\n\nThe collection opened in May. The oldest exhibit is a "
         "copper samovar of 1778. He was made by a master from Tula.",
         "Pavel Orlov heads the works.\n\nThe embankment will be rebuilt in two stages. The new "
         "section will stretch for two kilometres. She will connect the centre with the port.",
         "Ivan Sidorov spoke at the forum.\n\nThe tournament was held in Kazan. The bouts took place "
         "on a new table made in Perm. He is adjusted to the height of each athlete.",
         "Ivan Sidorov heads the water utility.\n\nThe town got a new pumping station. The old pump "
         "had worked since 1975. He broke down twice in one winter.",
         "The chapel was built in 1901 with money from the miller Foma Kuzin. In Soviet years she "
         "served as a club, and after the war she was turned into a store."],
    good=["Anna Sokolova runs the museum.\n\nThe oldest exhibit is a copper samovar of 1778. "
          "She bought it at a fair.",
          "Oleg Ivanov joined the firm in 2001. The firm was then a small shop. He became its "
          "director in 2010.",
          "Pavel Orlov heads the works.\n\nThe new section will stretch for two kilometres. He "
          "said it would open in May.",
          "The variety Kholodok remains popular. It ripens in 80 days.",
          "The ferry was built in Vyborg. She carries 300 passengers.",
          "Oleg Ivanov grows melons.\n\nThe variety Kholodok remains popular. His farm sells it in "
          "Moscow.",
          "Rescuers freed two passengers, the station chief Oleg Lapin said.\n\nAccording to him, a "
          "motor boat capsized near the island. He hit a floating log while swimming to the shore.",
          "Anna Lebedeva runs the boat station.\n\nIn May a motor boat was bought for the station. "
          "She sailed it to the island herself.",
          "The chapel was built in 1901 with money from the widow Agafya Kuzina. In 1930 she moved "
          "to Kazan."],
    applicability="unsafe",
)

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")
_FIX = {"he": "it", "him": "it", "his": "its", "she": "it", "her": "it"}
# the Russian genders a pronoun may stand for: его is masculine or neuter
_AGREES = {"he": "m", "she": "f", "him": "mn", "his": "mn", "her": "f"}
_SAME = {"he": ("he", "him", "his", "himself"), "him": ("he", "him", "his", "himself"),
         "his": ("he", "him", "his", "himself"),
         "she": ("she", "her", "herself"), "her": ("she", "her", "herself")}
_THE_THING = frozenset({"it", "its", "itself"})


@lru_cache(maxsize=1)
def _genders() -> dict[str, tuple[str, bool]]:
    """noun -> (Russian genders, a ship English may call "she")."""
    return {w.casefold(): (cols[0] if cols else "", len(cols) > 1 and cols[1] == "ship")
            for w, cols in lexicon.table("russian_gender_things.tsv").items()}


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    """Singular nouns for a group of people: a "he"/"she" after them is one of its members."""
    return frozenset({"couple", "pair", "duo", "trio", "family", "team", "crew", "squad", "band",
                      "group", "brigade", "delegation", "jury", "choir", "ensemble", "orchestra",
                      "staff", "class", "party"})


_ANIMAL_REACH = 1500  # characters back in which an animal of a stated sex may be the pronoun's


class GenderThingPronounDetector:
    name = "pronouns-gender-thing"
    rules = (GENDER_THING, GENDER_THING_OPENING)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _PRONOUN.search(text):
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        genders = _genders()
        things = {}  # offset of a pronoun found to be a thing's -> the thing
        sexed = sexed_animal(text)  # "The male cub … He is still nervous": an animal's he/she
        for i, sent in enumerate(doc.sentences):
            opening = _opening_pronoun(doc, ctx, i, sent, flagged, quotes)
            if opening is not None and sexed and one_animal_between(text, max(0, sent.start - _ANIMAL_REACH), sent.start):
                opening = None
            if opening is not None:
                m, low, found = opening
                things[m.start(1)] = found
                yield _finding(GENDER_THING_OPENING, doc, m, low, found, flagged,
                               f"“{m.group(1)}” opens a sentence after one about “{found[0]}”, with nobody "
                               f"of that gender named in the two sentences before")
            for m in _PRONOUN.finditer(text, sent.start, sent.end):
                if m.start() in flagged or any(q.start <= m.start() < q.end for q in quotes):
                    continue
                low = m.group().casefold()
                before = text[sent.start:m.start()]
                if not any(c in before for c in ",;:—–") or \
                        not any(set(genders.get(w.casefold(), ("",))[0]) & set(_AGREES[low])
                                for w in re.findall(r"[A-Za-z]+", before)) and \
                        not any(sent.start <= x < m.start() for x in things):
                    continue  # cheap: no clause break, or no thing of the pronoun's gender before it
                if sexed and one_animal_between(text, max(0, m.start() - _ANIMAL_REACH), m.start()):
                    continue
                found = _antecedent(doc, ctx, sent, m, low, quotes, things=things)
                if found is None:
                    continue
                things[m.start()] = found
                yield _finding(GENDER_THING, doc, m, low, found, flagged,
                               f"“{m.group()}” follows a clause about “{found[0]}” in the same sentence, "
                               f"with nobody before it")


def thing_pronoun(doc, ctx, at: int) -> bool:
    """The he/him/his/she/her at offset `at` is one MT3107 reads as a thing's (the subject of the
    clause before it in its sentence is a thing of its Russian gender: "The company installed a
    platform, and she was occupied within a day"), found before MT3107 runs: other rules then
    count it as no person ("… . He is visited by tourists" is not that woman)."""
    m = _PRONOUN.match(doc.text, at)
    sent = doc.sentence_at(at) if m else None
    if sent is None:
        return False
    quotes = [q.outer for q in doc.quotes]
    if any(q.start <= at < q.end for q in quotes):
        return False
    low = m.group().casefold()
    before = doc.text[sent.start:at]
    genders = _genders()
    if not any(c in before for c in ",;:—–") or \
            not any(set(genders.get(w.casefold(), ("",))[0]) & set(_AGREES[low])
                    for w in re.findall(r"[A-Za-z]+", before)):
        return False
    if sexed_animal(doc.text) and one_animal_between(doc.text, max(0, at - _ANIMAL_REACH), at):
        return False
    return _antecedent(doc, ctx, sent, m, low, quotes, things={}) is not None


def _finding(rule_, doc, m, low, found, flagged, what):
    g = m.lastindex or 0  # the pronoun's group: MT3108's match holds a fronted adverbial too
    start, end, written = m.start(g), m.end(g), m.group(g)
    word = _FIX[low]
    if low == "her" and found[1]:
        word = "its"
    if written[0].isupper():
        word = word.capitalize()
    flagged.add(start)
    return rule_.finding(
        doc, start, end,
        f"{what}: the Russian noun's gender carried over; “{word}” is meant",
        fix=Fix.replace(start, end, word, Applicability.UNSAFE, f"use “{word}”"))


_OPENING = re.compile(r"(?:(?!(?:He|She|His|Her)\b)[A-Z][a-z]+,? (?:[A-Za-z0-9]+,? ){0,3}?(?=(?:he|she|his|her)\b))?"
                      r"([Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _opening_pronoun(doc, ctx, i: int, sent, flagged, quotes, of_gender=None, agent=None):
    """(match, pronoun, (thing, possessive)) for a "He"/"She"/"His"/"Her" that opens sentence i
    (or follows a short fronted adverbial: "This year she …", "In frost his …") and stands for
    the thing the sentence before is about, else None. The sentence before is in the same
    paragraph and names nobody the pronoun could stand for (a person of its gender or of an
    unknown one: "According to him, a boat capsized. She hit a log" is the boat), nor does the
    one before it (in the paragraph); its main subject
    is a singular thing of the data with the pronoun's Russian gender, or — when that subject
    is some other thing or a plural — the object, complement or prepositional object of its
    main verb is. `of_gender` (token, pronoun) -> token or None replaces the thing test and
    `agent` (parsed, offset) -> bool the test of a person's act (MT3110 passes its kinds of
    animals and plants, and the acts of speech only: a kind of animal leaves, feeds, hunts)."""
    from mtaudit.detectors.pronouns_opening import _agent_verb
    from mtaudit.detectors.pronouns_salience import _kin, _person_possessions
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    text = doc.text
    m = _OPENING.match(text, sent.start)
    if i == 0 or m is None or m.start(1) == sent.start and m.group(1).islower():
        return None
    at = m.start(1)
    if at in flagged or any(q.start <= at < q.end for q in quotes):
        return None
    para = doc.paragraph_at(sent.start)
    prev = doc.sentences[i - 1]
    if para is None or prev.start < para.start:
        return None  # a paragraph's first sentence may go back to anyone
    low = m.group(1).casefold()
    window = [prev] + ([doc.sentences[i - 2]] if i >= 2 and doc.sentences[i - 2].start >= para.start else [])
    if any(q.start < prev.end and q.end > window[-1].start for q in quotes):
        return None  # a quotation: its speaker is near
    # only a person the pronoun may stand for keeps it quiet: "According to him, a motor boat
    # capsized. She hit a log" has a man in reach, and "She" cannot be him
    own = _MALE if low in ("he", "his") else _FEMALE
    if any(mention_gender(text, p) in (own, "") for p in person_mentions(text, window[-1].start, at, ())) or \
            _SAME_GENDER[own].search(text, window[-1].start, at) or _WHO.search(text, window[-1].start, at):
        return None
    parsed = ctx.syntax.parse(doc, sent)
    tok = parsed.token_at(at)
    if tok is None or tok.lower_ != low or any(t.i < tok.i and t.pos_ in ("NOUN", "PROPN", "PRON")
                                               and not _time_word(t) and not _attribution(t)
                                               for t in parsed.doc):
        return None  # "In Kazan he …" names a place; only adverbs and times may come first
    possessive = tok.dep_ == "poss"
    if low in ("he", "she"):
        if tok.dep_ not in ("nsubj", "nsubjpass") or (agent or _agent_verb)(parsed, at):
            return None
        people = _PersonTest(parsed, [])
        if _addresses_people(tok.head, people):
            return None
    elif not possessive or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    elif tok.head.lower_ in _person_possessions() or tok.head.lemma_.lower() in _person_possessions() or \
            _kin().get(tok.head.lower_) == "person":
        return None
    if any(t.lower_ in _THE_THING for t in parsed.doc if t.i > tok.i):
        return None
    for s in window:
        p = ctx.syntax.parse(doc, s)
        people = _PersonTest(p, [])
        if any(t.tag_ in ("NN", "NNP") and people.gender(t) in (own, "") and named_gender(t) in (own, "") or
               t.lower_ in _groups() or _maybe_name(p, t, people) and named_gender(t) in (own, "")
               for t in p.doc):
            return None
    p = ctx.syntax.parse(doc, prev)
    people = _PersonTest(p, [])
    root, subject = main_subject(p)
    if root is None:
        return None
    test = of_gender or _of_gender
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") and not _noun_in_noun_slot(subject):
        return None
    thing = test(subject, low)
    if thing is None:
        if _animal(subject):
            return None
        other = _FEMALE if own == _MALE else _MALE
        named = subject.tag_ in ("NNP", "NNPS") and not subject.is_lower
        if named and named_gender(subject) != other:
            return None  # a name: maybe a person's or a firm's
        if named or subject.tag_ == "NN" and people.gender(subject) == other:
            # a man when "she" follows (a woman when "he" does): the pronoun is not that person's,
            # and the thing of its Russian gender that person spoke of is meant ("Sukhov does not
            # expect the price to fall. According to him, she will stabilise by summer")
            thing = next((t for t in p.doc if t.i != subject.i and t.pos_ == "NOUN" and
                          test(t, low) is not None), None)
            if thing is None:
                return None
            return m, low, (thing.text, possessive)
        own = [c for c in root.children if c.dep_ in ("dobj", "attr")] + \
            [g for c in root.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
        if subject.tag_ in ("NNS", "NNPS") or subject.dep_ == "nsubj" and root.lemma_ == "be":
            pass  # "The seeds are delivered to the plant", "The oldest exhibit is a samovar"
        else:
            own = [c for c in own if c.dep_ == "attr"]
        thing = next((o for o in own if test(o, low) is not None), None)
        if thing is None:
            return None
    return m, low, (thing.text, possessive)


def _attribution(t) -> bool:
    """`t` is part of a fronted "According to him," (a source, not an antecedent)."""
    node = t
    while node.head.i != node.i and node.dep_ in ("pobj", "prep", "pcomp", "compound", "det", "poss"):
        if node.lower_ == "according":
            return True
        node = node.head
    return node.lower_ == "according" or t.lower_ == "according"


def main_subject(parsed):
    """(the root verb, its subject) of a parsed sentence; a sentence the parser read as one noun
    phrase, its past verb taken for a participle ("The thunderstorm weakened by midnight": ROOT
    "thunderstorm", acl "weakened"), gives the verb and the noun."""
    root = next((t for t in parsed.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None, None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and root.pos_ == "NOUN" and root.tag_ == "NN":
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and
                     c.i == root.i + 1 and not any(w.dep_ == "dobj" for w in c.children)), None)
        if verb is not None and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ != "acl"
                                        for t in parsed.doc):
            return verb, root
    return root, subject


_TIMES = frozenset("year years month months week weeks day days morning evening night afternoon "
                   "time summer winter spring autumn fall season future past moment hour hours "
                   "weekend decade century frost frosts heat rain weather cold snow drought "
                   "dark darkness daylight".split())  # "In hot weather she closes …"


def _time_word(t) -> bool:
    """A word of a fronted time adverbial: "This summer she", "In frost his range falls",
    "In March he"; "this"/"that" before a time noun."""
    import calendar

    if t.lemma_.lower() in _TIMES or t.lower_ in _TIMES or t.dep_ == "npadvmod" and t.pos_ == "NOUN":
        return True
    return t.pos_ == "PROPN" and t.text in set(calendar.month_name[1:]) | set(calendar.day_name)


_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b")
_WHO = re.compile(r"\b(?:who|whom)\b")
_MALE, _FEMALE = "m", "f"
_SAME_GENDER = {_MALE: re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
                _FEMALE: re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b")}


def mention_gender(text: str, p) -> str:
    """A person mention's gender; for a title whose name does not tell by a first name ("the
    merchant Gabdulla Sayfullin"), the surname's ending (not through "of": "head of Kazan")."""
    from mtaudit.detectors._people import name_gender

    if p.gender or " of " in text[p.start:p.end]:
        return p.gender
    words = text[p.start:p.end].split()
    return name_gender(" ".join(words[1:])) if len(words) > 1 and words[1][:1].isupper() else ""


def named_gender(t) -> str:
    """The gender a name tells for `t`, a name or a person noun before one ("the merchant
    Gabdulla Sayfullin", "Sayfullin"): its first name, else its surname's ending; "" when
    nothing tells (a man does not take "she" because the noun "merchant" has no gender)."""
    from mtaudit.detectors._people import name_gender

    doc = t.doc
    lo = hi = t.i
    if t.pos_ != "PROPN":
        if t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN" or doc[t.i + 1].is_lower:
            return ""
        lo = hi = t.i + 1  # the name right after the person noun
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and not doc[lo - 1].is_lower:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and not doc[hi + 1].is_lower:
        hi += 1
    return name_gender(doc[lo:hi + 1].text)


def _maybe_name(parsed, t, people) -> bool:
    """A capitalised name that may be a person's (not a month, an acronym, a place word)."""
    from mtaudit.detectors.pronouns_local_thing import _person_like

    if t.pos_ != "PROPN" or t.is_lower or t.i == 0 or not _person_like(parsed, t, people, None):
        return False
    head = t
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    first = min(w.i for w in head.subtree if w.pos_ == "PROPN" and w.i <= head.i) if head.i >= t.i else t.i
    before = parsed.doc[first - 1] if first > 0 else None
    named = head.dep_ == "appos" and head.head.pos_ == "NOUN" or \
        before is not None and before.pos_ == "NOUN" and before.is_lower
    return not (named and people.gender(head.head if head.dep_ == "appos" else before) is None)
    # a name given to a thing: "the variety Kholodok", "the chain Sea Kingdom" (not "the
    # director Ivan Petrov", whose noun is a person's)


def _antecedent(doc, ctx, sent, m, low: str, quotes, of_gender=None, agent=None,
                things=None) -> tuple[str, bool] | None:
    """(the thing, whether "her" is a possessive) when the pronoun at `m` stands for the thing
    the clause before it is about, else None; `of_gender` as for _opening_pronoun."""
    from mtaudit.detectors.pronouns_local_thing import _clause_root, _person_like, _quoted
    from mtaudit.detectors.pronouns_opening import _agent_verb
    from mtaudit.detectors.pronouns_salience import _kin, _person_objects, _person_possessions
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    parsed = ctx.syntax.parse(doc, sent)
    tok = parsed.token_at(m.start())
    if tok is None or tok.lower_ != low:
        return None
    possessive = tok.dep_ == "poss"
    if low in ("he", "she") and tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if possessive:
        owned = tok.head
        if owned.lower_ in _person_possessions() or owned.lemma_.lower() in _person_possessions() or \
                _kin().get(owned.lower_) == "person":
            return None  # "his wife", "her career"
    elif low in ("him", "her") and tok.head.lemma_.lower() in _person_objects():
        return None  # "arrested him"
    if any(t.lower_ in _THE_THING for t in parsed.doc if t.i > tok.i):
        return None  # "The car was old, but he kept it": the thing is "it" here
    own = _clause_root(tok)
    if own.dep_ in ("relcl", "acl"):
        return None  # "The plant, which he built"
    shared = {own.i}
    node = own
    while node.dep_ == "conj" and node.head.i != node.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
        shared.add(node.i)
    mentions = person_mentions(doc.text, sent.start, parsed.offset(tok), ())
    if mentions:
        return None  # "Oleg Ivanov arrived; he …"
    people = _PersonTest(parsed, mentions)
    same = _SAME[low]
    chained = None  # the subject of the clause before is a pronoun found to be a thing's
    for t in parsed.doc:
        if t.i >= tok.i:
            break
        if _quoted(parsed, t, quotes):
            continue
        if things and parsed.offset(t) in things and t.lower_ in same:
            chained = (t, things[parsed.offset(t)])  # "In 1930 she was used as a warehouse, and in
            continue                                 # 1990 she was returned": the same thing
        if of_gender is not None and (t.dep_ == "pobj" and t.head.lower_ in _RANGE_PREPS or
                                      t.dep_ in ("amod", "compound") and t.head.i < tok.i and
                                      of_gender(t.head, low) is not None):
            continue  # the kind's own name and range: "the European bison", "animal of Europe"
        if t.lower_ in same or t.lower_ in ("who", "whom") or t.lower_ in _groups() or \
                t.tag_ in ("NN", "NNP") and people.gender(t) is not None or \
                not t.is_lower and _person_like(parsed, t, people, None):
            return None  # somebody the pronoun may stand for
    subjects = [t for t in parsed.doc if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                and (t.pos_ in ("NOUN", "PROPN") or _noun_in_noun_slot(t)) and t.head.i not in shared
                and _clause_root(t).i not in shared and _clause_root(t).dep_ not in ("relcl", "acl")
                and not _quoted(parsed, t, quotes)]
    if chained is not None and chained[0].dep_ in ("nsubj", "nsubjpass") and chained[0].head.i not in shared \
            and (not subjects or subjects[-1].i < chained[0].i):
        if low in ("he", "she") and ((agent or _agent_verb)(parsed, m.start()) or
                                     _addresses_people(tok.head, people)):
            return None
        return chained[1][0], possessive
    if not subjects:
        return None
    subject = subjects[-1]
    test = of_gender or _of_gender
    thing = test(subject, low)
    if thing is None:
        if not _singular_common(subject) or people.gender(subject) is not None or \
                subject.lower_ in _groups() or _animal(subject):
            return None
        verb = subject.head
        thing = next((o for o in verb.children if o.dep_ == "dobj" and o.i < tok.i and
                      test(o, low) is not None), None)
        if thing is None:
            return None
    if low in ("he", "she") and ((agent or _agent_verb)(parsed, m.start()) or
                                 _addresses_people(tok.head, people)):
        return None  # "he said", "she signed": a person's act (a body's too, but a person may be meant)
    return thing.text, possessive


# prepositions of a kind's range ("the heaviest animal of Europe", "lives in Kamchatka"): a name
# after them is a place, not somebody a pronoun may stand for (MT3110)
_RANGE_PREPS = frozenset({"of", "in", "across", "throughout", "around", "near", "along"})


# verbs of addressing people: with a person as object only a person (or a body) is the subject
_ADDRESSING = frozenset({"tell", "thank", "greet", "congratulate", "warn", "remind", "welcome", "meet",
                         "inform", "address", "assure", "reassure", "promise", "hug", "praise"})


def _addresses_people(verb, people) -> bool:
    """The pronoun's verb acts on people or asks them to act: "he asked shoppers to use the
    park-and-ride", "she thanked the volunteers", "he urged residents to stay at home"."""
    from mtaudit.detectors.pronouns_salience import _CONTROL_VERBS
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    from mtaudit.detectors.pronouns_salience import _person_objects

    nouns = _person_nouns()
    lemma = verb.lemma_.lower()
    social = lemma in _CONTROL_VERBS or lemma in _person_objects() or lemma in _ADDRESSING
    for c in verb.children:
        if social and c.dep_ in ("dobj", "dative") and (
                people.gender(c) is not None or c.lemma_.lower() in nouns or c.lower_ in nouns):
            return True
        if c.dep_ == "xcomp" and verb.lemma_.lower() in _CONTROL_VERBS:
            return True
    return False


def _of_gender(t, low: str):
    """`t` when it is a singular thing of the data whose Russian gender agrees with the pronoun."""
    if not _singular_common(t) or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children):
        return None
    entry = _genders().get(t.lemma_.lower()) or _genders().get(t.lower_)
    if entry is None:
        return None
    from mtaudit.detectors.pronouns_thing_class import is_craft

    genders, ship = entry
    if (ship or is_craft(t.lower_) or is_craft(t.lemma_)) and low in ("she", "her"):
        return None  # English calls a ship, and a boat of its own history, "she"
    return t if any(g in _AGREES[low] for g in genders) else None


def _animal(t) -> bool:
    """An animal English may call "he"/"she" ("The female lynx crossed the road; she ...")."""
    animals = lexicon.folded_words("animal_nouns.txt")
    return t.lower_ in animals or t.lemma_.lower() in animals


def _singular_common(t) -> bool:
    """A singular common noun; the tagger reads some British spellings as names ("a winter
    tyre/NNP"): a lowercase NNP is a common noun; and a noun that is an adjective too after a
    modifier noun ("the diesel locomotive/JJ", "the electric generator") as an adjective: one
    the parse puts in a noun's slot (subject, object) is the noun."""
    return t.tag_ == "NN" or t.tag_ == "NNP" and t.is_lower or _noun_in_noun_slot(t)


_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _noun_in_noun_slot(t) -> bool:
    """An adjective the parse made the subject or object: the tagger misread a noun."""
    return t.tag_ == "JJ" and t.dep_ in _NOUN_SLOTS and t.is_lower and \
        any(w.dep_ == "det" and w.i < t.i for w in t.subtree)  # "the diesel locomotive"


DETECTOR = GenderThingPronounDetector()
