"""“he”/“she”/“his”/“her” with nobody in the text they could stand for.

Russian nouns have grammatical gender, and gender-blind MT carries it into English: a find
(“находка”, feminine) becomes “her”, a village or a plan (masculine) becomes “he”. When the
translation then says “she” or “he”, there is often no person of that gender anywhere before:
the pronoun has no antecedent in the English text at all. A human writer never does that (a
news text names a person before it says “he”), so the test is cheap and needs no parse:
everything before the pronoun, and the rest of its own sentence (“After his arrest, Ivanov …”),
is searched for a possible antecedent —

* a pronoun of the same gender (a chain started earlier), a person mention of that gender or of
  unknown gender (first name + surname, a title, a glossary person), a singular person noun
  (“the lawyer”, “a spokeswoman”);
* or any capitalised word that is not an ordinary English word, an acronym, a glossary place or
  organisation: it may be a surname we do not know (“Gladkov wrote”). The words of a person
  already known to be of the other gender (“Irina Sokolova” for a “he”) are hers, not an
  unknown name: a “he” in a quotation spoken by a woman, with no man anywhere before, is still
  flagged (MT often writes “he” for the Russian plural or for a masculine noun there).

Only when none exists is the pronoun flagged. A pronoun in the text's first sentence is left
alone: a text that opens with “He” is an excerpt whose antecedent lies outside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.span_index import SpanIndex
from mtaudit.text.views import PRONOUNS_FLAGGED

GENDERED_WITHOUT_ANTECEDENT = rule(
    "MT317", "gendered-pronoun-without-antecedent", "pronoun",
    summary="“he”/“she”/“his”/“her” with no person of that gender (or any possible name) before it",
    why="Russian nouns have grammatical gender; gender-blind MT renders “он/она/его/её” for a "
        "thing (a find, a village, a plan) as “he”/“she”/“his”/“her”. With nobody in the text "
        "the pronoun could stand for, “it”/“its” (or “they”) is meant.",
    confidence="likely",
    bad=["Archaeologists opened a stone vault near the river last summer. Experts dated her to the "
         "second century.",
         "The new bridge across the bay cost three billion roubles. He was opened to traffic in May.",
         "The museum received an old clock from a private collection. His mechanism still works.",
         "The dig by the lake ended in August. “Once we removed the top layer, he showed a ring of "
         "ditches,” said Olga Sokolova of the regional museum.",
         "The dig by the lake ended in August. “Under the top layer he showed a ring of ditches,” "
         "said the expedition's curator Olga Sokolova."],
    good=["Archaeologists opened a stone vault near the river. Experts dated it to the second century.",
          "One of the drivers lost control on the ice. The car rolled into a ditch. He was not injured.",
          "Anna Volkova opened the exhibition. She said the vault was unique.",
          "Petrenko opened the bridge in May. He called it a gift to the city.",
          "After his arrest in March, the former mayor refused to testify.",
          "The minister arrived late. He apologised to the journalists.",
          "The museum received a clock. The donor said his father had bought it in Vienna.",
          "He called it a provocation in front of many people.",
          "The dig by the lake ended in August. “Once we removed the top layer, Petrenko showed us "
          "a ring of ditches,” said Olga Sokolova. He said it was unique."],
    applicability="unsafe",
)

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_MALE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][A-Za-z’'-]*")
_WORD = re.compile(r"[A-Za-z]+")
_FIX = {"he": "it", "she": "it", "him": "it", "his": "its", "himself": "itself", "herself": "itself"}


class AntecedentPronounDetector:
    name = "pronouns-antecedent"
    rules = (GENDERED_WITHOUT_ANTECEDENT,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        # Only the first pronoun of each gender is judged: a later one continues a chain begun
        # earlier, whose first link was judged there. So the scan stops once both are found
        # (a long text has thousands of pronouns; each was tested against the text before it).
        firsts: dict[str, re.Match] = {}
        for m in _PRONOUN.finditer(text):
            firsts.setdefault("m" if _MALE.fullmatch(m.group()) else "f", m)
            if len(firsts) == 2:
                break
        if not firsts:
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        things = None
        first = doc.sentences[0].end if doc.sentences else 0
        for gender, m in sorted(firsts.items(), key=lambda kv: kv[1].start()):
            if m.start() in flagged or m.start() < first:
                continue  # a text that opens with "He" is an excerpt: its antecedent is outside
            sent = doc.sentence_at(m.start())
            end = sent.end if sent is not None else m.end()
            if things is None:
                things = SpanIndex(glossary_spans(doc, ctx, types=("place", "organisation", "outlet")))
            if _has_antecedent(doc, ctx, m, end, gender, things):
                continue
            low = m.group().casefold()
            replacement = _FIX.get(low)
            message = (f"“{m.group()}” has nobody to stand for: no {'man' if gender == 'm' else 'woman'} "
                       f"and no possible name before it; Russian grammatical gender carried over "
                       f"(“it”/“its” or “they” is meant)")
            fix = None
            if replacement:
                if m.group()[0].isupper():
                    replacement = replacement.capitalize()
                fix = Fix.replace(m.start(), m.end(), replacement, Applicability.UNSAFE, f"use “{replacement}”")
            flagged.add(m.start())
            yield GENDERED_WITHOUT_ANTECEDENT.finding(doc, m.start(), m.end(), message, fix=fix)


def _has_antecedent(doc, ctx, m, end: int, gender: str, things, start: int = 0) -> bool:
    """A person of this gender (or unknown) or a possible name in text[start:end] outside the
    pronoun.

    `things` (a SpanIndex of the glossary's places and organisations) and the other gender's
    mentions are asked once per word by bisection: a scan of every span per capitalised word was
    quadratic (7 CPU-s for one 240k-character stretch of places with a late "she")."""
    text = doc.text
    known = named_people(doc, ctx)
    other = []  # the words of a person of the other gender are that person's, not an unknown name
    for p in person_mentions(text, start, end, known):
        if p.gender in (gender, "") and not (p.start <= m.start() < p.end):
            return True
        other.append((p.start, p.end))
    theirs = SpanIndex(other)
    named_at = {a for a, _ in other}
    from mtaudit.detectors.pronouns_opening import _one_of_people
    if _one_of_people(text[start:end]):
        return True  # "One of the drivers ...": someone of either gender
    nouns = _person_nouns()
    for w in _WORD.finditer(text, start, end):
        g = nouns.get(w.group().casefold())
        if g is not None and g in (gender, "") and not _title_of(text, w.end(), named_at):
            return True
    for w in _CAPITALISED.finditer(text, start, end):
        at = w.start()
        if at == m.start() or things.overlaps(at, at + 1) or theirs.overlaps(at, at + 1):
            continue
        if not _ordinary(w.group()):
            return True
    return False


def _title_of(text: str, end: int, named_at) -> bool:
    """Whether the person noun ending at `end` is the title of a person of the other gender
    named right after it ("project manager Irina Sokolova"; `named_at`: where those persons'
    mentions start): then it is hers, not a second possible antecedent."""
    return text[end:end + 1] == " " and end + 1 in named_at


def named_people(doc, ctx) -> list[tuple[int, int]]:
    """The glossary's person spans that name someone: a full name, or one word that is no
    ordinary English word ("May" the month is not Theresa May)."""
    text = doc.text
    return [(a, b) for a, b in glossary_spans(doc, ctx, types=("person",))
            if " " in text[a:b] or not _ordinary(text[a:b])]


def _ordinary(word: str) -> bool:
    """An ordinary English word in any inflection (so a capital only marks a sentence start or
    a title word), not a possible surname."""
    from mtaudit.text.english_words import is_common_word

    low = word.casefold().replace("’", "'")
    if low in _function_words():
        return True
    for cut in ("", "s", "es", "ed", "d", "ing", "ies", "'s"):
        if cut and not low.endswith(cut):
            continue
        stem = low[:len(low) - len(cut)] if cut else low
        if cut == "ies":
            stem += "y"
        if len(stem) > 1 and is_common_word(stem):
            return True
    return False


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return lexicon.folded_words("common_lowercase.txt")


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, str]:
    from mtaudit.detectors.pronouns_syntax import _person_nouns as nouns

    return nouns()


DETECTOR = AntecedentPronounDetector()
