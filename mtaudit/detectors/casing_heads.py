"""A title or institution capitalised on its head noun only: “the press Secretary”.

Russian writes titles and most institutions in lower case (“пресс-секретарь”, “комитет по
вооружённым силам”); an MT system that half remembers an English name capitalises its head and
leaves the modifiers as they were: “press Secretary of the Pentagon”, “the armed services
Committee”, “people's Deputy”, “defense Ministers”. English writes such a phrase either whole in
capitals (a name) or whole in lower case (a description), never half and half — except after
words of time and status (“the former Secretary”, “shadow Chancellor”).

Candidates are a lowercase word before a head noun of data/institution_heads.txt; the parse of
the candidate sentence (only those are parsed) tags the lowercase words before the head as
nouns or adjectives (“met Secretary Rubio” is a verb and its object). A head that starts a name the glossary knows (“Council of Europe”) is left
to the glossary. Which way to mend it is the writer's choice, so there is no fix.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re

from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word
from mtaudit.text.headlines import in_headline_lines

HALF_CAPITALISED_TITLE = rule(
    "MT405", "half-capitalised-title", "institution-casing",
    summary="A title or institution capitalised on its head noun only (“the press Secretary”)",
    why="Russian writes titles and institutions in lower case; MT that half remembers an English "
        "name capitalises the head noun and not its modifiers. English writes the phrase whole "
        "in capitals or whole in lower case.",
    confidence="likely",
    bad=["The press Secretary of the ministry declined to comment.",
         "The bill goes to the budget Committee of the regional parliament next week.",
         "Earlier the defence Ministers of both countries met in Minsk.",
         "The people’s Deputy from Kharkiv voted against the bill.",
         "According to the ministry's press-Secretary, the plant will reopen.",
         "The people’s Deputy of Ukraine Olga Stepanenko voted against it."],
    good=["The press secretary of the ministry declined to comment.",
          "The bill goes to the Budget Committee next week.",
          "The former Secretary of State spoke at the forum.",
          "She met Secretary Rubio in Washington on Tuesday.",
          "He told Council members that the vote would be delayed.",
          "Opponents, including the state Chamber of Commerce, warned of job losses.",
          "Russia Appoints New Defence Minister"],
    applicability="display-only",
)

_MODIFIER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN"})
_NAME_GOES_ON = re.compile(r"[ ]+(?:of|for|on)[ ]+([A-Z][a-z]+)\b")
_CASE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _candidates():
    heads = longest_first(lexicon.words("institution_heads.txt"))
    return re.compile(r"\b[a-z][\w’']*(?:[ ]+|-)(" + "|".join(map(re.escape, heads)) + r")\b")


class HalfCapitalisedTitleDetector:
    name = "casing-heads"
    rules = (HALF_CAPITALISED_TITLE,)
    needs = frozenset({"parser"})

    def __init__(self) -> None:
        self._pattern = None

    def detect(self, doc, ctx):
        if self._pattern is None:
            self._pattern = _candidates()
        text = doc.text
        free = lexicon.folded_words("institution_heads_free_modifiers.txt")
        found, headlines = [], {}
        for m in self._pattern.finditer(text):
            before = text[m.start():m.start(1)].rstrip(" -")
            if before.casefold() in free or _name_goes_on(text, m.end(1)):
                continue  # a status word, or "the state Chamber of Commerce": a descriptor before a whole name
            sent = doc.sentence_at(m.start(1))
            if sent is not None and not in_headline_lines(text, sent, headlines):
                found.append((m.start(1), m.end(1), sent))
        if not found:
            return
        names = _glossary_names(doc, ctx)
        found = [f for f in found if not any(s < f[1] and f[0] < e for s, e in names)]
        sentences = list(dict.fromkeys(sent for _, _, sent in found))
        parses = dict(zip(sentences, ctx.syntax.parse_many(doc, sentences)))
        for start, end, sent in found:
            parsed = parses[sent]
            head = parsed.token_at(start)
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                continue
            first = _first_lowercase_modifier(head, free)
            if first is None:
                continue
            span_start = parsed.offset(first)
            if any(s < end and span_start < e for s, e in names):
                continue
            phrase = text[span_start:end]
            yield HALF_CAPITALISED_TITLE.finding(
                doc, span_start, end,
                f"“{phrase}” capitalises the head “{head.text}” but not the words before it: "
                f"write the whole phrase in capitals (a name) or in lower case (a description)")


def _first_lowercase_modifier(head, free):
    """The leftmost token of the unbroken run of lowercase nouns and adjectives just before
    `head`, else None. The tags decide, not the arcs: a half-capitalised phrase is exactly what
    the small model mis-attaches ("the defence Ministers" parses "defence" as an object), while
    its tags stay right. A plural noun right after a verb is the verb's object ("told reporters
    Secretary Rubio …"), not a modifier."""
    doc = head.doc
    first = None
    i = head.i - 1
    while i >= 0:
        tok = doc[i]
        if (tok.text in _CASE_MARKS and tok.tag_ == "POS") or (tok.text == "-" and first is None):
            i -= 1  # the possessive mark of "people’s", the hyphen of "press-Secretary"
            continue
        if not (tok.text[:1].islower() and tok.tag_ in _MODIFIER_TAGS
                and tok.text.casefold() not in free):
            if first is not None and tok.text.casefold() in free:
                return None  # "the former defence Minister": a status word opens the phrase
            break
        first = tok
        i -= 1
    if first is not None and first.tag_ == "NNS" and first.i > 0 and doc[first.i - 1].tag_.startswith("VB"):
        return None
    return first


def _glossary_names(doc, ctx) -> list[tuple[int, int]]:
    """Spans of glossary concepts written with capitals: names the glossary detectors judge
    themselves (“Council of Europe”, “Foreign Minister”). A title the glossary writes in lower
    case (“press secretary”) is no name, so a capital on it is this rule's business."""
    try:
        from mtaudit.glossary import matches

        return [(m.start, m.end) for m in matches(doc, ctx.glossary)
                if not m.concept.canonical.islower()]
    except Exception as exc:  # noqa: BLE001 - the glossary detector reports its own problems
        ctx.warn(f"half-capitalised titles checked without the glossary ({exc})")
        return []


def _name_goes_on(text: str, end: int) -> bool:
    """The head opens a longer name: "of"/"for"/"on" and a capitalised common word follow
    ("Chamber of Commerce", "Court of Appeals"); not a place or a person ("Deputy of Ukraine",
    "press Secretary of Russian leader …") and not "of the …"."""
    m = _NAME_GOES_ON.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return is_common_word(word) or (word.endswith("s") and is_common_word(word[:-1]))


DETECTOR = HalfCapitalisedTitleDetector()
