"""MT2411 — a Russian genitive chain naming a body, programme or event: “the fund of support of
entrepreneurship” (фонд поддержки предпринимательства), “the centre of rehabilitation of wild
animals”, “the department of protection of the population”, “a programme of development of tourism”.

Russian names a body by what it does: the head (fund, centre, department, programme, festival,
day), the action in the genitive, and the action's object in the genitive again. MT keeps both
genitives word for word. English names such a body with a compound, the object first and the
action next (the entrepreneurship support fund, the wild animal rehabilitation centre), or links
the action with “for” (the Centre for the Protection of ...). What shows the calque is the chain
itself: a head of WordNet's organisation, institution, facility, plan, social-event, fund or
observance-day classes, “of”, a bare deverbal action noun (WordNet's noun.act, noun.process or
noun.cognition with a verb it derives from: support, development, protection, prevention), “of”
again, and a lower-case object (“the Ministry of Defence of Russia”, “the Museum of Modern Art”,
“the Declaration of Independence”, “the centre of the city”, “a programme of reforms” have no
such chain). The classes are data (data/institution_chain_words.tsv, built by
scripts/build_institution_chain_words.py). Russian setting only; the compound is proposed
(unsafe) when the object is short, otherwise the chain is only flagged.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import rows as lexicon_rows

WORDS_FILE = "institution_chain_words.tsv"
PERSONS_FILE = "bare_genitive_heads.tsv"

INSTITUTION_CHAIN = rule(
    "MT2411", "institution-genitive-chain", "calque",
    summary="“the fund of support of entrepreneurship”, “the centre of rehabilitation of wild "
            "animals”: a Russian genitive chain naming a body where English writes a compound",
    why="Russian names a body, programme or event by its head, the action in the genitive and the "
        "action's object in the genitive again (фонд поддержки предпринимательства, центр "
        "реабилитации диких животных); MT keeps both genitives. English writes a compound, the "
        "object first (the entrepreneurship support fund, the wild animal rehabilitation centre), "
        "or links the action with “for”. The head and action classes come from WordNet "
        "(data/institution_chain_words.tsv).",
    confidence="likely",
    bad=["IZHEVSK, 3 May. The fund of support of entrepreneurship of the republic gave loans to forty farms.",
         "Kirov, 2 June. The centre of rehabilitation of wild animals released three young foxes.",
         "Samara, 7 July. A programme of development of rural tourism will run until 2030, the region said.",
         "Orel, 1 June. Pupils drew posters for the day of protection of children in the village of Lugovoe."],
    good=["IZHEVSK, 3 May. The regional business support fund gave loans to forty farms.",
          "Kirov, 2 June. The Ministry of Defence of Russia said three drones were shot down.",
          "Kirov, 2 June. The centre of the city was closed for the parade.",
          "Samara, 7 July. The Centre for the Protection of Wild Animals released three foxes.",
          "A programme of development of rural tourism will run until 2030, the county said."],
    applicability="unsafe",
)

_WORD = r"[\p{L}][\p{L}'’-]*"
# head of act (and act)? of [the|a|an] object (1-4 words, "and" inside) [of [the] place]
_CHAIN = regex.compile(
    r"(?<![\p{L}'’-])(?P<head>" + _WORD + r")\s+of\s+(?P<act>\p{L}+)(?:\s+and\s+(?P<act2>\p{L}+))?"
    r"\s+of\s+(?P<det>(?:the|a|an)\s+)?(?P<obj>" + _WORD + r"(?:\s+(?:and\s+)?" + _WORD + r"){0,3})")
# words that end the object's noun phrase (the object stops before them)
_STOP = frozenset("""of in at on for to from with by or but was were is are will would has have had
which that who where when as near among this last next after before during since until because
than into over under about through against between within without across per via the a an its
their his her our my your these those be been being can could may might must shall should do does
did not no also said says one two three four five six seven eight nine ten eleven twelve hundred
thousand million billion""".split())
# determiners and quantifiers that cannot open the object
_NOT_OBJECT = frozenset("""the a an this that these those his her their its our my your which what
all some any each every many much more most other such one two three four five six seven eight
nine ten""".split())
# the place after the object: a capitalised name or a Russian unit's common noun
_PLACE_NOUNS = frozenset("""region city town village district republic territory country area oblast
krai okrud okrug municipality settlement federation""".split())
_PLACE_NOUN = "(?:" + "|".join(sorted(_PLACE_NOUNS)) + ")"
_TAIL = regex.compile(r"\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+" + _PLACE_NOUN +
                      r")?|" + _PLACE_NOUN + r")(?![\p{L}'’-])")
# bodies the head may belong to that the head class leaves out (as heads they are English:
# "the Ministry of Defence")
_OWNERS = frozenset("administration government ministry mayoralty duma parliament".split())
# heads that name a trade, the object of support rather than its owner ("support of the business")
_TRADES = frozenset("business industry enterprise economy agriculture trade".split())
_IRREGULAR = {"children": "child", "people": "people", "women": "women", "men": "men"}


@lru_cache(maxsize=1)
def classes() -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns and the action nouns."""
    heads, acts = set(), set()
    for r in lexicon_rows(WORDS_FILE):
        if len(r) == 2:
            (heads if r[1] == "head" else acts if r[1] == "act" else set()).add(r[0])
    return frozenset(heads), frozenset(acts)


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    """Nouns for a person (WordNet's noun.person, data/bare_genitive_heads.tsv)."""
    return frozenset(r[0] for r in lexicon_rows(PERSONS_FILE) if len(r) == 2 and r[1] == "person")


def _singular(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _pos(word: str) -> frozenset[str]:
    from mtaudit.text.english_words import lemmas_by_pos

    return frozenset(lemmas_by_pos(word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word) or ())


def _object(words: list[str]) -> list[str]:
    """The object's words up to the first word that ends its phrase: a function word, a
    capitalised word, a word that is only a verb ("... of wild animals released"), or a verb's
    -s or -ed form after a noun ("... of animals works")."""
    out: list[str] = []
    for w in words:
        if w.lower() in _STOP or not w.islower():
            break
        pos = _pos(w) if w != "and" else frozenset({"CCONJ"})
        if pos and not pos & {"NOUN", "ADJ", "CCONJ", "PROPN"}:
            break
        if out and (w.endswith("ed") or ("VERB" in pos and w.endswith("s"))) and "NOUN" in _pos(out[-1]):
            break
        out.append(w)
    while out and (out[-1] == "and" or (_pos(out[-1]) and "NOUN" not in _pos(out[-1]))):
        out.pop()
    return out


def _compound(head: str, acts: list[str], obj: list[str]) -> str:
    """Object first, the action next, the head last: the wild animal rehabilitation centre."""
    words = obj[:-1] + [_singular(obj[-1])] if obj and not obj[-1].endswith(("'s", "’s")) else obj
    return " ".join(words + [" and ".join(acts), head.lower()])


class InstitutionChainDetector:
    name = "calques-institution-chain"
    rules = (INSTITUTION_CHAIN,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        text = doc.text
        if " of " not in text:
            return
        heads, acts = classes()
        hits = []
        for m in _CHAIN.finditer(text, overlapped=True):
            if hits and m.start() < hits[-1][2]:
                continue
            head, act, act2 = m.group("head"), m.group("act"), m.group("act2")
            # lower case (a head may open the sentence): a capitalised name is MT406's concern
            if head.lower() not in heads or not head[1:].islower():
                continue
            if act not in acts or (act2 and act2 not in acts):
                continue
            obj = _object(m.group("obj").split())
            if not obj or obj[0].lower() in _NOT_OBJECT or obj[0] == "and":
                continue
            if m.group("det") and len(obj) == 1 and obj[0] in _persons():
                continue  # "the fund of support of the governor": a person's, English too
            obj_end = m.start("obj")
            for w in obj:
                obj_end = text.index(w, obj_end) + len(w)
            tail = _TAIL.match(text, obj_end)
            end = tail.end() if tail else obj_end
            if m.group("det") and (obj[-1] in _OWNERS or (
                    obj[-1] in heads and obj[-1] not in acts and obj[-1] not in _TRADES)):
                # "the department of improvement of the city administration": the body the
                # department belongs to, not the action's object
                obj_end = m.end("act2") if act2 else m.end("act")
                obj = []
            hits.append((m.start("head"), obj_end, end, head, [act] + ([act2] if act2 else []), obj))
        if not hits:
            return
        from mtaudit.detectors.russian_setting import near_russia

        if not near_russia(doc, ctx):
            return
        for start, obj_end, end, head, acts_, obj in hits:
            written = text[start:end]
            fix = None
            if len(obj) <= 4:
                compound = _compound(head, acts_, obj)
                if head[:1].isupper():
                    compound = compound[:1].upper() + compound[1:]
                fix = Fix.replace(start, obj_end, compound, Applicability.UNSAFE, f"write “{compound}”")
                message = (f"“{written}” keeps a Russian genitive chain (фонд поддержки "
                           f"предпринимательства); English names the body with a compound: “{compound}”")
            else:
                message = (f"“{written}” keeps a Russian genitive chain (фонд поддержки "
                           "предпринимательства); English names the body with a compound, the object first")
            yield INSTITUTION_CHAIN.finding(doc, start, end, message, fix=fix)


DETECTOR = InstitutionChainDetector()
