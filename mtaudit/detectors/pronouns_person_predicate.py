"""MT3109: "it"/"its" for a person whom the predicate or the possession shows, a few sentences on.

Russian "он/она/его/её" stand for a man or a woman as for any noun of that gender, and
gender-blind MT writes "it": "It started the business after working for ten years as an
engineer", "It graduated from the conservatory in 1998", "Its two-room flat has turned into a
hospital", "Its farm was inherited from his father". MT3102 resolves "it" by salience and keeps
quiet whenever a thing is named in the sentence before; here the predicate decides instead:
nothing but a person works as an engineer, graduates, is born or retires, owns a flat or a
childhood, or has "his father" in the same clause as "its" owner (data: person_only_predicates.txt,
person_only_possessions.txt, kin of person_possessions.txt). The antecedent is the last person
named in the pronoun's sentence or the five before (or after it in its own sentence) (names, surnames, person nouns); without
one, or after an animal is named (animals are "it" in English and have kin and birthdays), or
inside quotation marks, the rule keeps quiet.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import name_gender
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

IT_FOR_PERSON_PREDICATE = rule(
    "MT3109", "it-for-person-by-predicate", "pronoun",
    summary="“it”/“its” for a person the predicate shows (“It graduated”, “Its flat”, “its … his father”)",
    why="Russian “он/она/его/её” follow grammatical gender; gender-blind MT writes “it” for a "
        "man or a woman named a few sentences before. Only a person works as an engineer, "
        "graduates, is born, owns a flat or a childhood: “he/his” or “she/her” is meant, whatever "
        "thing the text named in between.",
    confidence="likely",
    bad=["Farmer Rustam Aliev breeds crayfish near Astrakhan. The pools are heated in winter. "
         "It started the business after working for ten years as an engineer.",
         "Pianist Vera Orlova gave a recital in Tver. The hall was full. It graduated from the "
         "Moscow conservatory in 1998.",
         "Volunteer Anna Belova feeds the birds in the park. The shelter has no budget. Its "
         "two-room flat has turned into a hospital.",
         "Nikolai Vasin runs the hop farm near Yadrin. Its farm was inherited from his father.",
         "Captain Oleg Rudnev has sailed for thirty years. The ferry leaves at dawn. It was born "
         "in Murmansk in 1961.",
         "The museum is run by Irina Sokolova. It worked as a teacher in the village school for "
         "twenty years.",
         "Coach Pavel Zimin led the team to the final. The club paid for the trip. Its wife "
         "travelled with the team.",
         "Ivan Lobov moved to the village in 2010. The house needed a new roof. It grew up in "
         "Perm.",
         "Baker Oleg Sitnikov opened the shop with his wife in 2005. It graduated from the food "
         "college in Tver."],
    good=["Farmer Rustam Aliev breeds crayfish near Astrakhan. The farm started as a hobby.",
          "Pianist Vera Orlova gave a recital in Tver. The hall was built in 1890. It served as "
          "a hospital in the war.",
          "The zoo keeper Anna Belova feeds the young lynx by hand. It was born in May; its mother "
          "refused to feed it.",
          "Nikolai Vasin runs the hop farm. Its fields were planted by his father.",
          "The company was founded by Oleg Rudnev in 1995. It began as a small workshop.",
          "Irina Sokolova heads the fund. Its sister fund opened in Kazan.",
          "“It grew up with me,” said Ivan Lobov of the old oak.",
          "The flat of Olga Reznik was flooded. Its owner is suing the firm."],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Ii]t|[Ii]ts)\b")
_FORMS = {"subject": {"m": "he", "f": "she", "": "he or she"},
          "its": {"m": "his", "f": "her", "": "his or her"}}
# sentences before the pronoun's that may name its person: the predicate has ruled out every
# thing, so the person may stand a paragraph back ("Farmer X launched the farm. The crayfish
# live in … There are twelve pools … This season it sold … It started the business after
# working as an engineer")
_WINDOW = 5
_KIN_EXTRA = frozenset({"family", "parents", "children", "relatives", "kids", "grandchildren"})


@lru_cache(maxsize=1)
def _predicates() -> dict[str, tuple[str, frozenset[str]]]:
    out = {}
    for word, cols in lexicon.table("person_only_predicates.txt").items():
        frame = cols[0] if cols else "-"
        wanted = frozenset(cols[1].split()) if len(cols) > 1 else frozenset()
        out[word.casefold()] = (frame, wanted)
    return out


@lru_cache(maxsize=1)
def _possessions() -> frozenset[str]:
    return lexicon.folded_words("person_only_possessions.txt")


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    from mtaudit.detectors.pronouns_salience import _kin as kin

    return frozenset(w for w, k in kin().items() if k == "person") | _KIN_EXTRA


@lru_cache(maxsize=1)
def _animals() -> re.Pattern:
    words = longest_first(lexicon.folded_words("animal_nouns.txt"))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?:s|es)?\b", re.I)


def _person_noun(tok) -> bool:
    from mtaudit.detectors.pronouns_syntax import _person_nouns

    nouns = _person_nouns()
    trades = lexicon.folded_words("person_trade_nouns.txt")  # WordNet's: "apprentice", "welder"
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns or tok.lower_ in trades or \
        tok.lemma_.lower() in trades


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _frame_holds(verb, passive: bool) -> str | None:
    """The frame of person_only_predicates.txt that `verb` fills, or None."""
    entry = _predicates().get(verb.lemma_.lower())
    if entry is None:
        return None
    frame, wanted = entry
    is_passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and passive
    if frame == "pass":
        return frame if is_passive and verb.tag_ == "VBN" else None
    if is_passive:
        return None
    if frame == "-":
        return frame
    if frame == "prt":
        return frame if any(c.dep_ == "prt" and c.lower_ in wanted for c in verb.children) else None
    if frame == "obj":
        return frame if any(c.dep_ == "dobj" and (c.lemma_.lower() in wanted or c.lower_ in wanted)
                            and (c.lower_ == "birth" or any(p.dep_ == "poss" for p in c.children))
                            for c in verb.children) else None
    for c in verb.subtree:
        if c.dep_ != "prep" or _verb_of(c).i != verb.i:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if frame == "as" and c.lower_ == "as" and _person_noun(g) and \
                    not any(p.dep_ == "poss" for p in g.children):
                return frame  # "worked as an engineer", not "serves as its director's office"
            if frame == "at" and c.lower_ in ("at", "from", "in") and g.lemma_.lower() in wanted:
                return frame
            if frame == "kin" and c.lower_ in ("from", "with", "to") and g.lower_ in _kin() and \
                    any(p.dep_ == "poss" and p.lower_ in ("his", "her") for p in g.children):
                return frame  # "inherited it from his father", "moved with her family"
    return None


def _verb_of(tok):
    """The nearest verb above `tok` ("as" in "working for ten years as an engineer": working)."""
    node = tok.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _sharing(verb):
    """Verbs that share the subject of `verb`: an adverbial or coordinated verb without its own
    subject ("after working as", "and graduated"), through a preposition too."""
    for c in verb.children:
        if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB":
            yield c
        elif c.dep_ == "prep":
            yield from (g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB")


def _person_predicate(tok) -> str | None:
    """For a subject "it": the frame of its verb, or of a verb that shares the subject (an
    adverbial "after working as an engineer", a coordinated "and graduated")."""
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    passive = tok.dep_ == "nsubjpass"
    frames = [_frame_holds(verb, passive)]
    for c in _sharing(verb):
        if not _has_subject(c) and \
                c.tag_ in ("VBG", "VBD", "VBZ", "VB") and \
                not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            found = _frame_holds(c, False)
            if found and found != "pass":
                frames.append(found)
    frames = [f for f in frames if f]
    # "It was born in Ufa and worked as a vet": what no animal does decides over "born"
    return next((f for f in frames if f not in ("pass", "prt")), frames[0] if frames else None)


# what passes from a parent to a child: "Its farm was inherited from his father" (the owner is
# the father's child), not "Its fields were planted by his father" (the farm's fields)
_HANDED_DOWN = frozenset({"inherit", "bequeath", "pass", "hand", "will"})


def _its_person(tok) -> str | None:
    """For "its": "own" when its noun is a person's possession or kin ("its flat", "its
    wife"); "kin" when the same clause gives the owner a relative ("Its farm was inherited from
    his father")."""
    owned = tok.head
    if owned.pos_ != "NOUN" or tok.dep_ != "poss":
        return None
    low, lemma = owned.lower_, owned.lemma_.lower()
    if low in _possessions() or lemma in _possessions() or low in _kin():
        return "own"
    if owned.dep_ in ("nsubj", "nsubjpass") and not _person_noun(owned):
        verb = owned.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _HANDED_DOWN and any(
                t.lower_ in ("his", "her") and t.dep_ == "poss" and t.head.lower_ in _kin() and
                t.i > tok.i for t in verb.subtree):
            return "kin"
    return None


# what an animal has or does too in English: a mother, a father, a family, a birthday at a zoo,
# a youth; being born; growing up ("Its mother was injured" of a falcon chick). A son, a wife, a
# granddaughter, a flat or a pension are a person's.
_ANIMAL_TOO = frozenset({"mother", "father", "parents", "parent", "family", "brother", "sister",
                         "brothers", "sisters", "birthday", "childhood", "youth", "kids"})


def _animal_too(kind: str, tok) -> bool:
    if kind in ("pass", "prt"):
        return True
    if kind == "own":
        owned = tok.head
        return owned.lower_ in _ANIMAL_TOO or owned.lemma_.lower() in _ANIMAL_TOO
    return False


def _antecedent(doc, lo: int, end: int, known):
    """The last person named in text[lo:end] who is not someone's relative ("founded the centre
    with his wife. It was born in Ufa": the founder, not the wife), with the gender of an earlier
    mention of the same surname when this one has none ("Gennady Rozhkov … Rozhkov")."""
    from mtaudit.detectors._people import person_mentions
    from mtaudit.detectors.pronouns_lm import _last_person

    text = doc.text
    cut = end
    for _ in range(4):
        person = _last_person(doc, lo, cut, known)
        if person is None:
            return None
        who, gender, stop = person
        begin = stop - len(who)
        if re.search(r"\b(?:his|her|its|their|our|my)\s+$", text[max(lo, begin - 8):begin], re.I):
            cut = begin  # "his wife", "her son": a relative of the one meant; "our correspondent"
            continue
        if not gender:
            last = who.split()[-1]
            gender = next((p.gender for p in reversed(person_mentions(text, 0, begin, known))
                           if p.gender and text[p.start:p.end].split()[-1] == last), "")
        return who, gender, stop
    return None


class PersonPredicatePronounDetector:
    name = "pronouns-person-predicate"
    rules = (IT_FOR_PERSON_PREDICATE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _CANDIDATE.search(text):
            return
        from mtaudit.detectors.pronouns_antecedent import named_people
        from mtaudit.detectors.pronouns_lm import _last_person
        from mtaudit.detectors.pronouns_roles import Quoted

        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quoted = Quoted([q.outer for q in doc.quotes])
        known = None
        for i, sent in enumerate(doc.sentences):
            matches = [m for m in _CANDIDATE.finditer(text, sent.start, sent.end)
                       if m.start() not in flagged and not quoted.holds(m.start())]
            if not matches:
                continue
            lo = doc.sentences[max(0, i - _WINDOW)].start
            if known is None:
                known = named_people(doc, ctx)
            parsed = None
            for m in matches:
                # the last person before; else one named after it in its sentence ("Its farm
                # was inherited from his father, the director Nikolai Vasin told reporters")
                person = _antecedent(doc, lo, m.start(), known) or \
                    _last_person(doc, m.end(), sent.end, known)
                if person is None:
                    continue
                if parsed is None:
                    parsed = ctx.syntax.parse(doc, sent)
                tok = parsed.token_at(m.start())
                if tok is None or tok.text.casefold() != m.group().casefold():
                    continue
                if tok.lower_ == "its":
                    kind, role = _its_person(tok), "its"
                elif tok.dep_ in ("nsubj", "nsubjpass"):
                    kind, role = _person_predicate(tok), "subject"
                else:
                    continue
                if kind is None:
                    continue
                if _animal_too(kind, tok) and _animals().search(text, lo, m.start()):
                    continue  # "The lynx cub … its mother", "It was born in May": an animal's
                who, gender, _ = person
                gender = gender if gender in ("m", "f") else name_gender(who)
                word = _FORMS[role][gender]
                if m.group()[0].isupper():
                    word = word[0].upper() + word[1:]
                flagged.add(m.start())
                yield IT_FOR_PERSON_PREDICATE.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group()}” for a person (“{who}”): only a person "
                    + ("owns this" if kind == "own" else "has this predicate")
                    + f"; gender-blind MT of a Russian personal pronoun; use “{word}”",
                    fix=Fix.replace(m.start(), m.end(), word, Applicability.UNSAFE, f"use “{word}”"))


DETECTOR = PersonPredicatePronounDetector()
