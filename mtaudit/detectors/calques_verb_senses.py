"""A Russian verb of several senses rendered by its commonest English verb, read by the class of
the noun in its slot (MT2840): "the prize fund made 300,000 roubles" (составил: amounted to),
"the fire was liquidated" (ликвидирован: put out), "the village noted its anniversary" (отметил:
celebrated), "graduates handed over the exam" (сдали: passed), "the funds were mastered"
(освоены: spent), "the boiler house is exploited" (эксплуатируется: operated), "realized 230
tons of milk" (реализовал: sold), "appealed to the hospital" (обратились: went to).

Listing the phrases finds the listed phrases only. The English verb is right in its own sense
("made a profit", "liquidated the company", "noted that", "handed over the papers", "mastered
the violin", "exploited a weakness", "realized the plan", "appealed to the court"); what shows
the Russian sense is the CLASS of the noun in the verb's slot: an amount as the subject of
"made" with a figure for object, a fire or an accident as what is liquidated, an anniversary as
what is noted, an exam as what is handed over. So one mechanism reads the parse of the sentences
that hold a listed verb: it finds the verb's slot (its object or its passive subject, its
subject, or the object of its "to"/"for" phrase; a relative clause or a participle reads the
noun it modifies, a conjoined verb its first verb's subject) and looks the slot's head noun up
in WordNet classes (data/calque_verb_sense_nouns.tsv, built by
scripts/build_verb_sense_nouns.py; data/calque_frame_words.tsv for events). The verbs, their
slots, classes and English are data (data/calque_verb_senses.yaml); the fix is the English verb
inflected as the one it replaces, left to the writer where English has several.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from mtaudit.core.lazyregex import LazyPattern
from mtaudit.core.types import Applicability, Fix
from mtaudit.core.yamlsafe import load_data
from mtaudit.detectors.calques_collocations import flags_span as collocation_flags, subject_tail
from mtaudit.rules.model import rule
from mtaudit.rules.safety import checked_pattern
from mtaudit.text import lemma_table, lexicon
from mtaudit.text.lexicon import one_or_many

DATA_FILE = "calque_verb_senses.yaml"
NOUN_FILE = "calque_verb_sense_nouns.tsv"

VERB_SENSE = rule(
    "MT2840", "russian-verb-sense", "calque",
    summary="“the prize fund made 300,000 roubles”, “the fire was liquidated”, “the village noted its "
            "anniversary”, “handed over the exam”, “the funds were mastered”, “the bridge is "
            "exploited”: a Russian verb by its commonest English verb, wrong for the noun in its slot",
    why="Russian составить, ликвидировать, отметить, сдать, освоить, эксплуатировать, реализовать, "
        "обратиться have several senses; MT gives the English verb of the commonest one (make, "
        "liquidate, note, hand over, master, exploit, realize, appeal), which English does not use "
        "with that noun: an amount is not “made”, a fire is not “liquidated”, an anniversary is not "
        "“noted”, funds are not “mastered”. The noun's class (WordNet, "
        "data/calque_verb_sense_nouns.tsv) in the verb's slot decides, so a new amount, mishap or "
        "holiday needs no entry; the verbs and their slots are data (data/calque_verb_senses.yaml).",
    confidence="likely",
    bad=["The prize fund of the tournament made 300,000 roubles.",
         "The consequences of the storm were liquidated within two days.",
         "This year the village noted its 300th anniversary with a fair.",
         "The boiler house has been exploited since 1968 without a major overhaul."],
    good=["The company made $5 million in profit last year.",
          "The company was liquidated in 2012 after the bankruptcy.",
          "She noted that the holiday falls on a Monday this year.",
          "The hackers exploited a weakness in the software."],
    applicability="unsafe",
)

_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_RELATIVES = frozenset("which that who whom".split())
_OF_HEADS = frozenset("percent per cent % part share half third quarter most all some much many "
                      "rest majority bulk remainder tons tonnes volume number amount course".split())
_PARTICLE_BLOCKS = frozenset("on onto into to under off out away aside together forward back down up "
                             "through behind ahead across over around".split())


@dataclass(frozen=True)
class VerbSense:
    ru: str
    lemmas: frozenset[str]        # the verb's lemmas ("hand", "surrender", "deliver")
    particles: dict               # lemma -> the particle it needs ("hand" -> "over"), or absent
    forms: regex.Pattern          # any inflected form, for the sentence prefilter
    slot: str
    cls: str
    number_object: bool
    no_object: bool
    passive: bool
    bare: bool
    also: tuple[tuple[str, str], ...]  # (slot, class): one of them must hold too
    no_particle: bool
    spare: regex.Pattern | None
    require: regex.Pattern | None
    say: str
    fixable: bool
    bads: tuple[str, ...]
    goods: tuple[str, ...]


def _compile(source: str | None, where: str) -> regex.Pattern | None:
    return checked_pattern(source, f"{DATA_FILE}: {where}", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _lemminflect():
    """lemminflect, imported on first use: it imports spaCy, which every start-up would otherwise
    pay; it is needed only when the parser (the same `parse` extra) audits a document."""
    import lemminflect

    return lemminflect


def _inflections(lemma: str) -> set[str]:
    """The verb's forms, from lemminflect's lemma table read without importing lemminflect (which
    imports spaCy): the sentence prefilter runs on every document, the parser only on candidates."""
    return set(lemma_table.verb_forms(lemma))


@lru_cache(maxsize=1)
def senses() -> tuple[VerbSense, ...]:
    data = load_data(resources.files("mtaudit.data").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    out = []
    for item in data["senses"]:
        lemmas, particles, forms = set(), {}, set()
        for verb in one_or_many(item["verb"]):
            lemma, _, particle = verb.partition(" ")
            lemmas.add(lemma)
            if particle:
                particles[lemma] = particle
            forms |= _inflections(lemma)
        pattern = r"(?<![\w'’-])(?:" + "|".join(sorted(map(regex.escape, forms))) + r")(?![\w'’-])"
        out.append(VerbSense(
            ru=item["ru"], lemmas=frozenset(lemmas), particles=particles,
            forms=LazyPattern(pattern, regex.IGNORECASE),  # compiled after _any_form's hit
            slot=item["slot"], cls=item["class"],
            number_object=item.get("object") == "number",
            no_object=item.get("object") == "none",
            passive=item.get("voice") == "passive",
            bare=bool(item.get("bare")),
            also=tuple((w["slot"], w["class"]) for w in item.get("with") or ()),
            no_particle=bool(item.get("no_particle")),
            spare=_compile(item.get("spare"), item["ru"]),
            require=_compile(item.get("require"), item["ru"]),
            say=item["say"], fixable=item.get("fix", True) is not False,
            bads=one_or_many(item.get("bad")), goods=one_or_many(item.get("good")),
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, frozenset[str]]:
    found = dict(lexicon.classes(NOUN_FILE))
    found["event"] = lexicon.classes("calque_frame_words.tsv").get("event", frozenset())
    return found


@lru_cache(maxsize=1)
def _any_form() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{s.forms.pattern})" for s in senses()), regex.IGNORECASE)


def _in_class(noun, words: frozenset[str], depth: int = 0) -> bool:
    """The noun, its compound ("prize fund", "emergency room") or its lemma is in the class;
    "40 percent of the funds", "230 tons of milk": the noun after "of" when the head is a part."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if noun.pos_ == "PROPN" and not noun.text.isupper() and noun.lower_ not in words:
        compound = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound")
        if not compound or f"{compound} {noun.lower_}" not in words:
            return False
    keys = [noun.lower_, noun.lemma_.lower()]
    first = noun.i
    while first > noun.left_edge.i and noun.doc[first - 1].dep_ in ("compound", "amod", "nummod", "punct"):
        first -= 1
    if first < noun.i:  # "distance learning", "a four-day week", "the prize fund"
        phrase = noun.doc[first:noun.i + 1].text.lower()
        keys[:0] = [phrase, f"{noun.doc[noun.i - 1].lower_} {noun.lower_}"]
    if noun.dep_ == "dobj" and noun.head.dep_ == "xcomp" and noun.head.i == noun.i - 1:
        keys.insert(0, f"{noun.head.lower_} {noun.lower_}")  # "to distance learning" as an infinitive
    if any(k in words for k in keys):
        return True
    if depth == 0 and (noun.lower_ in _OF_HEADS or noun.pos_ == "NUM"):
        for prep in noun.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return any(_in_class(p, words, 1) for p in prep.children if p.dep_ == "pobj")
    return False


def _resolve(noun, verb):
    """A relative pronoun stands for the noun its clause modifies."""
    if noun is not None and noun.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return noun


def _patient(verb):
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return _resolve(c, verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head  # "the buses exploited on the route"
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        return _patient(verb.head)
    return None


def _agent(verb):
    for c in verb.children:
        if c.dep_ == "nsubj":
            return _resolve(c, verb)
    if verb.dep_ == "conj":
        return _agent(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        return verb.head  # "Two firefighters suffered in the fire." read as a noun phrase
    return None


_PREPS = {"to": ("to", "for"), "at": ("at", "in", "on"), "in": ("in", "during", "at")}


def _prep_object(verb, slot: str):
    """The object of the verb's "to"/"for" (slot to), "at"/"in"/"on" (at) or "in"/"during" (in)
    phrase; a Russian fronted phrase ("To the extinguishing … were attracted") counts too."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in _PREPS[slot]:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
        if slot == "to" and c.dep_ == "dobj" and verb.lemma_.lower() == "address":
            return c
    return None


def _slot(verb, slot: str):
    if slot == "patient":
        return _patient(verb)
    if slot == "agent":
        return _agent(verb)
    noun = _prep_object(verb, slot)
    if noun is None and slot == "to":
        # "translated to distance learning" parsed as an infinitive ("to distance"): its object
        for c in verb.children:
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                noun = next((o for o in c.children if o.dep_ == "dobj"), None)
    return noun


def _has_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "oprd") or
               (c.dep_ == "prep" and c.lower_ in ("into", "from")) for c in verb.children)


def _number_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "attr") and
               any(t.like_num or t.text in ("%", "$", "€", "£") for t in c.subtree)
               for c in verb.children)


def _particle(verb):
    for c in verb.children:
        if c.dep_ == "prt":
            return c
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ in _PARTICLE_BLOCKS and nxt.dep_ in ("prt", "prep", "advmod"):
        return nxt
    return None


def _blocked(verb) -> bool:
    """"put on a play", "made up 40 percent", "put the record straight", "put it on hold"."""
    for c in verb.children:
        if c.dep_ == "prt" or c.dep_ in ("oprd", "xcomp", "ccomp", "acomp"):
            return True
        if c.dep_ in ("prep", "advmod") and c.lower_ in _PARTICLE_BLOCKS:
            return True
    return _particle(verb) is not None


def _inflect(lemma_phrase: str, verb) -> str:
    head, _, rest = lemma_phrase.strip().partition(" ")
    tag = verb.tag_ if verb.tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB") else "VB"
    forms = _lemminflect().getInflection(head, tag) or (head,)
    word = forms[0]
    if verb.text[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{word} {rest}".strip()


_SLOT_REACH = 12  # tokens: a slot noun further from its verb is not joined to the span


def _with_slot(parsed, verb, noun, start: int, end: int) -> tuple[int, int]:
    """The span of the verb and its slot's noun phrase: "The prize fund of the championship
    made" (a subject, from its first word), "mastered the previously empty land" (an object, to
    its head noun). A noun reached through a relative clause or far away leaves the verb alone."""
    if noun is None or abs(noun.i - verb.i) > _SLOT_REACH:
        return start, end
    if noun.i < verb.i:
        if noun.head.i != verb.i and not (noun.head.head.i == verb.i and noun.head.dep_ == "prep"):
            return start, end
        left = noun.left_edge
        if any(t.text in (",", ";", "(", "—", "–") for t in verb.doc[left.i:verb.i]):
            left = noun  # "47 dumps, from them 39 are liquidated": the head and its own words
            while left.i > 0 and verb.doc[left.i - 1].dep_ in ("det", "amod", "compound", "nummod", "poss") \
                    and verb.doc[left.i - 1].head.i == noun.i:
                left = verb.doc[left.i - 1]
        return parsed.offset(left), end
    return start, max(end, parsed.end_offset(noun))


_FIGURE_AFTER = regex.compile(r"[ \t]+(?:(?:about|around|approximately|nearly|almost|over|more than|less than|"
                              r"only|just|some|at least|up to|roughly|on average)[ \t]+)?[$€£]?\d(?:[\d,. ]*\d)?"
                              r"(?:-\d(?:[\d,. ]*\d)?)?")


def _amount_span(text: str, start: int, end: int, slot_span: tuple[int, int]) -> tuple[int, int]:
    """An amount frame (составила: "the cost of the works made 84 million") spans the subject's last
    word, the verb and the figure's digits ("works made 84"), as MT2820's amount entry does
    (calques_collocations.subject_tail): gold marks it as the verb with its figure or as subject and
    verb, and this span meets both; the figure's own artifacts are the number rules'."""
    m = _FIGURE_AFTER.match(text, end)
    if m is None:
        return slot_span
    return subject_tail(text, start), m.end()


class VerbSenseDetector:
    name = "calques-verb-senses"
    rules = (VERB_SENSE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _any_form().search(text):
            return
        entries = senses()
        todo = []
        for s in doc.body_sentences:
            hits = [e for e in entries if e.forms.search(text, s.start, s.end)]
            if hits:
                todo.append((s, hits))
        if not todo:
            return
        classes = noun_classes()
        syntax = getattr(ctx, "syntax", None)
        if syntax is None:
            return
        parses = syntax.parse_many(doc, [s for s, _ in todo])
        seen: set[int] = set()
        for (s, hits), parsed in zip(todo, parses):
            sentence = text[s.start:s.end]
            for sense in hits:
                if sense.spare is not None and sense.spare.search(sentence):
                    continue
                if sense.require is not None and not sense.require.search(sentence):
                    continue
                words = classes.get(sense.cls, frozenset())
                for verb in parsed.doc:
                    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in sense.lemmas:
                        continue
                    start = parsed.offset(verb)
                    if start in seen:
                        continue
                    found = self._reads(sense, verb, words)
                    if found is None:
                        continue
                    end, noun = found
                    end = parsed.end_offset(end)
                    lo, hi = _with_slot(parsed, verb, noun, start, end)
                    if sense.number_object:
                        lo, hi = _amount_span(text, start, end, (lo, hi))
                    if collocation_flags(text, lo, hi):
                        continue
                    seen.add(start)
                    yield self._finding(doc, sense, verb, (lo, hi), start, end, noun)

    def _reads(self, sense: VerbSense, verb, words):
        """(the last token of the verb's span, the slot noun) when the slot shows the Russian
        sense; else None."""
        needed = sense.particles.get(verb.lemma_.lower())
        last = verb
        if needed:
            p = _particle(verb)
            if p is None or p.lower_ != needed:
                return None
            last = p if p.i == verb.i + 1 else verb
        elif any(c.dep_ == "prt" for c in verb.children) or (sense.no_particle and _blocked(verb)):
            return None  # "carried out the service", "made up 40 percent": another verb
        if sense.slot == "agent" and any(c.dep_ in _PASSIVE_SUBJECTS for c in verb.children):
            return None
        noun = _slot(verb, sense.slot)
        if not _in_class(noun, words):
            return None
        if sense.bare and any(c.dep_ in ("det", "poss") for c in noun.children):
            return None
        if sense.number_object and not _number_object(verb):
            return None
        if sense.no_object and _has_object(verb):
            return None
        if sense.passive and not (any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)
                                  or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
            return None
        if sense.also:
            classes = noun_classes()
            if not any(_in_class(_slot(verb, slot), classes.get(cls, frozenset()))
                       for slot, cls in sense.also):
                return None
        return last, noun

    def _finding(self, doc, sense, verb, span, start, end, noun):
        phrase = doc.text[start:end]
        first = sense.say.split("|")[0].strip()
        fix = None
        if sense.fixable:
            english = _inflect(first, verb)
            fix = Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
        hint = "”, “".join(a.strip() for a in sense.say.split("|"))
        return VERB_SENSE.finding(
            doc, span[0], span[1],
            f"“{phrase}” renders “{sense.ru}” by its commonest English verb, which English does "
            f"not use with “{noun.text}”; English says “{hint}”",
            fix=fix)


DETECTOR = VerbSenseDetector()
