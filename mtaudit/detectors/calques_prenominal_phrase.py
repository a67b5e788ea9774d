"""A participle or adjective with its own complement before its noun: Russian pre-nominal order (MT2514).

Russian puts a participle or an adjective together with everything that depends on it before the
noun it describes: «расположенное в центре здание» (the located in the centre building),
«открытый в прошлом году парк» (the opened last year park), «построенный в 1905 году дом» (the
built in 1905 house), «пострадавшие от паводка жители» (the affected by the flood residents),
«известный по всей стране бренд» (the famous throughout the country brand), «популярный у
туристов маршрут» (the popular among tourists route), «принятый Думой закон» (the adopted by
the Duma law). MT keeps the order. English allows a bare participle or adjective before its noun
("the renovated building") but puts one with a complement after it ("the building located in the
centre", "the park opened last year", "the route popular with tourists").

The mechanism is a dependency parse (mtaudit.models.parser) of the few sentences a regex picks
out (a determiner, then a word that can be a participle or an adjective, then a preposition or
a time word). Two readings of the parser count:
* it sees the order: a noun with a determiner has a participle or adjective before it, and that
  word has a complement of its own (a prepositional phrase, an agent, a time phrase such as
  "last year") that also stands before the noun;
* it takes the participle for the noun ("The located in the centre building" -> "located" the
  subject, "building" the object of "in"): the determiner belongs to the participle, the
  participle has a prepositional phrase right after it, and that phrase ends in two nouns
  ("the centre building", "May festival", "1905 house"): the last is the real head.
Spared: English nominal adjectives and participles ("the injured in the car crash", "the
accused in the murder case", "the elderly in rural areas": calque_nominal_adjectives.txt and
any word the lexicon knows as a noun, "the original in the museum collection"), comparatives
with "than" or "as" ("a larger than expected loss"), hyphenated compounds ("a hard-to-find
book"), "those interested in the summer course" (a pronoun, not a determiner), superlatives
and ordinals with a place (MT2513's: "the largest in Russia plant"), and quotation marks or
commas inside the phrase.
"""

from __future__ import annotations

import regex

from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.lexicon import words

PRENOMINAL_PHRASE = rule(
    "MT2514", "participle-phrase-before-noun", "calque",
    summary="“the located in the centre building”, “the opened last year park”, “the affected by "
            "the flood residents”: a participle or adjective with its complement before the noun",
    why="Russian puts a participle or adjective with its complement before its noun («расположенное "
        "в центре здание», «открытый в прошлом году парк», «пострадавшие от паводка жители»); MT "
        "keeps the order. English puts a modifier with a complement after the noun: “the building "
        "located in the centre”, “the park opened last year”, “residents affected by the flood”.",
    confidence="likely",
    bad=["The located in the centre building will be demolished next year.",
         "The opened last year park attracts many visitors.",
         "The built in 1905 house is in a dangerous condition.",
         "The held in May festival gathered 10,000 guests.",
         "The damaged by the storm roofs will be repaired by Friday.",
         "The affected by the flood residents will receive compensation.",
         "The famous throughout the country brand was sold to investors.",
         "The popular among tourists route was closed for the winter.",
         "The adopted by the duma law comes into force in March.",
         "Rescuers evacuated the situated on the bank of the river sanatorium.",
         "The planned for next year repair will cost 40 million roubles.",
         "The founded in 1998 workshop of master Ivan Petrov casts about 300 bells a year.",
         "The installed last year cameras helped to detect more than 400 fires."],
    good=["The building located in the centre will be demolished next year.",
          "The park opened last year attracts many visitors.",
          "The injured in the car crash were taken to the regional hospital.",
          "The accused in the murder case denied the charges.",
          "The original in the museum collection is larger.",
          "Those interested in the summer course should apply by May.",
          "The company reported a larger than expected loss in the third quarter.",
          "She found a hard-to-find book in the village library.",
          "The elderly in rural areas often live alone.",
          "The renovated building opened in May.",
          "The largest in Russia plant makes gloves.",
          "He kept a little in the savings account.",
          "The portrait that hung for years in one of its tea rooms was sold.",
          "The council chose the cheaper of two designs for the bridge.",
          "Farmers say the drought is the worst in twenty years.",
          "The cameras installed last year helped to detect more than 400 fires.",
          "Renovated last year, the station reopened in May."],
    applicability="unsafe",
)

_CAND = regex.compile(
    r"\b(?:[Tt]he|[Aa]|[Aa]n|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+"
    r"(?:(?:most|more|less|least|very|so|well|widely|newly|recently|specially|especially|particularly|"
    r"currently|previously|already|still|only|also)\s+)?"
    r"(?P<m>\p{Ll}[\p{Ll}]+)\s+"
    r"(?:in|on|at|by|for|from|with|near|under|among|throughout|across|along|to|into|over|since|after|"
    r"during|last|this|next|before|around|inside|outside|within|beyond|between|behind|about|against|"
    r"back|recently|earlier|ago|of)\s")
_EXTRA_SUPERLATIVES = frozenset({"first", "only", "sole", "unique", "leading", "main", "second", "third",
                                 "fourth", "fifth", "last", "foremost", "next", "previous"})
_COMPLEMENT_DEPS = ("prep", "agent", "npadvmod")
_NO_PREPS = frozenset({"than", "as", "like", "of"})  # "the cheaper of two designs": a nominal comparative
_TIME_WORDS = frozenset({"year", "week", "month", "summer", "winter", "spring", "autumn", "fall", "day",
                         "season", "decade", "century", "time", "night", "morning", "evening"})


def _modifier(word: str) -> bool:
    """True for a word that can only be a participle or an adjective here: an inflected verb form
    that is no -ing or -s form ("located", "held", "built"), or an adjective the lexicon does not
    also know as a noun ("famous", "popular"; not "original", "high")."""
    if word in words("calque_nominal_adjectives.txt") or word in _EXTRA_SUPERLATIVES:
        return False
    pos = lemmas_by_pos(word)
    if not pos:
        return False
    if any(lemma != word for lemma in pos.get("ADJ", ())):
        return False  # a superlative (MT2513's with a place; "the worst in twenty years") or a comparative ("the cheaper of two")
    if any(lemma != word for lemma in pos.get("VERB", ())) and not word.endswith(("s", "ing")):
        return True
    return "ADJ" in pos and "NOUN" not in pos and "VERB" not in pos


class PrenominalPhraseDetector:
    name = "calques-prenominal-phrase"
    rules = (PRENOMINAL_PHRASE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        todo = []
        for s in doc.body_sentences:
            sent = text[s.start:s.end]
            if any(_modifier(m.group("m")) for m in _CAND.finditer(sent)):
                todo.append(s)
        if not todo:
            return
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            done = set()
            for tok in parsed.doc:
                if tok.i in done or not _modifier(tok.lower_) or tok.text != tok.lower_:
                    continue
                hit = _in_order(tok) or _taken_for_noun(tok)
                if hit is None:
                    continue
                det, mod, comp_end, noun = hit
                sent = parsed.doc
                toks = sent[det.i:noun.i + 1]
                if any(t.is_punct or t.is_quote or "-" in t.text for t in toks):
                    continue
                done.update(t.i for t in toks)
                start, end = parsed.offset(det), parsed.end_offset(noun)
                fix = None
                head = sent[comp_end.i + 1:noun.i + 1]
                if len(head) == 1 or all(t.dep_ in ("compound", "amod") for t in head[:-1]):
                    middle = sent[det.i + 1:mod.i]  # "most", "newly": they stay with the participle
                    new = f"{det.text} {head.text} {(middle.text + ' ') if len(middle) else ''}{sent[mod.i:comp_end.i + 1].text}"
                    fix = Fix.replace(start, end, new, Applicability.UNSAFE, "put the noun first")
                phrase = text[start:end]
                yield PRENOMINAL_PHRASE.finding(
                    doc, start, end,
                    f"“{phrase}” puts “{mod.text}” with its complement before the noun, in Russian "
                    f"order (расположенное в центре здание); English puts it after the noun "
                    f"(“the building located in the centre”)",
                    fix=fix)


def _determiner(mod):
    """The determiner right before the modifier (or before a degree adverb in front of it)."""
    i = mod.i - 1
    sent = mod.doc
    while i >= 0 and sent[i].dep_ == "advmod" and sent[i].head.i == mod.i:
        i -= 1
    if i < 0 or sent[i].lower_ not in ("the", "a", "an", "this", "its", "their", "his", "her", "our"):
        return None
    if sent[i].dep_ not in ("det", "poss"):
        return None  # "that hung for years in …": a relative pronoun, not a determiner
    return sent[i]


def _complement(mod, before: int):
    """The last token of the modifier's complement (a preposition with its object, an agent, a
    time phrase) when one starts right after it and ends before index `before`."""
    kids = [c for c in mod.children if c.i > mod.i and c.dep_ in _COMPLEMENT_DEPS]
    if not kids:
        # "The installed last year cameras": the parser hangs the time phrase on the noun
        sent = mod.doc
        if (mod.tag_ == "VBN" and mod.i + 3 <= before and sent[mod.i + 1].lower_ in ("last", "this", "next")
                and sent[mod.i + 2].lower_ in _TIME_WORDS):
            return sent[mod.i + 2]
        return None
    first = min(kids, key=lambda t: t.i)
    if first.i != mod.i + 1 and not (first.dep_ == "npadvmod" and first.left_edge.i == mod.i + 1):
        return None
    if first.dep_ in ("prep", "agent"):
        if first.lower_ in _NO_PREPS or not any(c.dep_ == "pobj" for c in first.children):
            return None
    elif not (first.lower_ in _TIME_WORDS or any(c.lower_ in _TIME_WORDS for c in first.subtree)):
        return None  # "opened last year": only a time phrase as a bare noun complement
    last = max((c.right_edge for c in kids), key=lambda t: t.i)
    return last if last.i < before else None


def _in_order(mod):
    """(det, mod, complement end, noun) when the parser sees the Russian order as it is."""
    if mod.dep_ not in ("amod", "acl") or mod.head.pos_ not in ("NOUN", "PROPN") or mod.head.i < mod.i:
        return None
    noun = mod.head
    det = _determiner(mod)
    if det is None or det.head.i not in (noun.i, mod.i):
        return None
    end = _complement(mod, noun.i)
    if end is None:
        return None
    if any(t.dep_ not in ("compound", "amod", "nmod") or t.head.i != noun.i for t in mod.doc[end.i + 1:noun.i]):
        return None
    if noun.tag_ not in ("NN", "NNS"):
        return None
    return det, mod, end, noun


def _direct_head(mod):
    """The real head noun when it is the object of the modifier's own first preposition and has
    a noun or number before it that ends the complement ("The founded in 1998 workshop of master
    X": "workshop", with its own "of" phrase after it)."""
    preps = [c for c in mod.children if c.dep_ in ("prep", "agent") and c.i == mod.i + 1]
    if not preps or preps[0].lower_ in _NO_PREPS:
        return None
    obj = next((c for c in preps[0].children if c.dep_ == "pobj"), None)
    if obj is None or obj.tag_ not in ("NN", "NNS") or obj.i < mod.i + 3:
        return None
    before = obj.doc[obj.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "NUM") or before.dep_ not in ("compound", "nummod", "amod", "nmod"):
        return None
    if any(t.is_punct for t in obj.doc[mod.i:obj.i]):
        return None
    return obj


def _taken_for_noun(mod):
    """(det, mod, complement end, noun) when the parser took the modifier for the noun: its
    prepositional phrase ends in two nouns, the last of which is the real head."""
    det = _determiner(mod)
    if det is None:
        return None
    if not (det.head.i == mod.i or (mod.dep_ == "acl" and mod.head.i == det.i)):
        return None
    if mod.dep_ in ("amod", "compound"):
        return None
    direct = _direct_head(mod)
    if direct is not None:
        return det, mod, direct.doc[direct.i - 1], direct
    noun = mod.right_edge
    if noun.i <= mod.i + 2 or noun.tag_ not in ("NN", "NNS") or noun.dep_ != "pobj":
        return None
    before = noun.doc[noun.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "NUM") or before.dep_ not in ("compound", "nummod", "amod", "nmod"):
        return None
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].tag_ == "POS":
        return None
    end = _complement(mod, noun.i + 1)
    if end is None:
        return None
    return det, mod, noun.doc[noun.i - 1], noun


DETECTOR = PrenominalPhraseDetector()
