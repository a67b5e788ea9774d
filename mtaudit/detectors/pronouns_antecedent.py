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
    # the surname of a person of the other gender, met again alone ("Oleg Sukhov … Sukhov said")
    their_names: set[str] = set()
    for p in person_mentions(text, start, end, known):
        words = text[p.start:p.end].split()
        if p.gender == "" and len(words) == 1 and words[0] in their_names:
            pass  # hers (his) again
        elif p.gender in (gender, "") and not (p.start <= m.start() < p.end):
            return True
        elif len(words) > 1:
            their_names.add(words[-1])
        other.append((p.start, p.end))
    theirs = SpanIndex(other)
    named_at = {a for a, _ in other}
    from mtaudit.detectors.pronouns_opening import _one_of_people
    if _one_of_people(text[start:end]):
        return True  # "One of the drivers ...": someone of either gender
    nouns = _person_nouns()
    for w in _WORD.finditer(text, start, end):
        g = nouns.get(w.group().casefold())
        if g is None and w.group().islower() and w.group() in _wordnet_beings():
            g = ""  # "a former county treasurer", "the female cub", "a grey colt"
        if g is not None and g in (gender, "") and not _title_of(text, w.end(), named_at) and \
                not _noun_modifier(text, w.end()):
            return True
    for w in _CAPITALISED.finditer(text, start, end):
        at = w.start()
        if at == m.start() or things.overlaps(at, at + 1) or theirs.overlaps(at, at + 1):
            continue
        if w.group() in their_names:
            continue
        if not _ordinary(w.group()) and not _no_name(doc, w):
            return True
    return False


_NUMBER_NEAR = re.compile(r"\d")
_TIME_BEFORE = re.compile(r"(?:\b(?:in|on|of|since|until|till|by|from|to|last|next|this|early|late|mid|every)\s+|-)$",
                          re.I)


def _no_name(doc, w) -> bool:
    """A capitalised word no person's name can be, read from where it stands (data-free but for
    the type nouns): a month or a weekday in a date ("11 April 2029", "on Saturday"); a
    sentence's first word the text also writes in lower case ("Microplastic forms …" where
    "microplastics" stands elsewhere); the name of a thing after its type noun ("the lake
    Shartash", "the village of Yablochnoye", "the journal Pravda"); a modifier before a type noun
    ("the Yunarmiya movement", "the Leninsky district court", "Plekhanovskaya Street"). Each
    shape names a place, a body or a time: a surname in it would be read as a thing's name too."""
    import calendar

    text, word = doc.text, w.group()
    if word in _WEEKDAYS:
        return True
    if word in _MONTHS and (_NUMBER_NEAR.search(text, max(0, w.start() - 4), w.start()) or
                            _NUMBER_NEAR.search(text[w.end():w.end() + 3]) or
                            _TIME_BEFORE.search(text, max(0, w.start() - 8), w.start())):
        return True
    if _sentence_first(doc, w.start()) and re.search(
            rf"(?<![A-Za-z]){re.escape(word.lower())}(?:s|es)?(?![A-Za-z])", text) and \
            word not in lexicon.first_names():
        return True
    before = text[max(0, w.start() - 40):w.start()]
    b = _TYPE_BEFORE.search(before)
    if b and b.group(1).casefold() in _type_nouns():
        return True
    return _before_type_noun(text, w.end())


def _before_type_noun(text: str, end: int) -> bool:
    """A type noun follows within three words, with only modifiers between (no verb, no function
    word): "X movement", "X dairy union", "X district court", "X Street"."""
    from mtaudit.text.english_words import lemmas_by_pos

    words = _NEXT_WORDS.match(text, end)
    if words is None:
        return False
    for k, word in enumerate(words.group().split()[:3]):
        low = word.casefold()
        if low in _type_nouns():
            return True
        if not word.islower() or low in _function_words():
            return False
        pos = lemmas_by_pos(low)
        if not pos or "VERB" in pos:
            return False
    return False


_WEEKDAYS = frozenset(("Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split())
_MONTHS = frozenset(("January February March April May June July August September October November "
                     "December").split())
_TYPE_BEFORE = re.compile(r"\b([a-z]+)(?: of)? (?:the )?$")
_NEXT_WORDS = re.compile(r"(?: [A-Za-z][a-z]+\b(?!['’-])){1,3}")


def _sentence_first(doc, at: int) -> bool:
    sent = doc.sentence_at(at)
    if sent is None:
        return False
    return not re.search(r"[A-Za-z0-9]", doc.text[sent.start:at])


@lru_cache(maxsize=1)
def _type_nouns() -> frozenset[str]:
    """Nouns of a kind of place, body or work that a name stands before or after ("the lake X",
    "the X movement"), none of them a person (data: place, organisation, street and name-head
    lists)."""
    words: set[str] = set()
    for name in ("place_nouns.txt", "organisation_nouns.txt", "prenominal_place_nouns.txt",
                 "street_nouns.txt", "name_heads.txt", "name_heads_generic.txt", "outlet_nouns.txt"):
        words |= lexicon.folded_words(name)
    words |= {w.casefold() for w in lexicon.table("natural_feature_nouns.tsv")}
    words |= {"movement", "journal", "magazine", "plant", "factory", "works", "school", "gymnasium",
              "lyceum", "stadium", "park", "square", "prospekt", "street", "embankment"}
    people = _person_nouns()
    return frozenset(w for w in words if w not in people)


def _noun_modifier(text: str, end: int) -> bool:
    """The person noun ending at `end` modifies a noun after it, naming no one: "the first cadet
    class", "a pilot project" (a singular noun followed by a base-form noun, which no verb of
    that subject is)."""
    from mtaudit.text.english_words import lemmas_by_pos

    nxt = re.match(r" ([a-z]+)\b(?![-'’])", text[end:end + 30])
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in _function_words():
        return False
    pos = lemmas_by_pos(word)
    if not pos or "NOUN" not in pos or word not in pos["NOUN"]:
        return False
    verbs = pos.get("VERB", ())
    return not verbs or word in verbs  # "form" is a verb too, but "the cadet form" is no clause


def _title_of(text: str, end: int, named_at) -> bool:
    """Whether the person noun ending at `end` is the title of a person of the other gender
    named right after it ("project manager Irina Sokolova", or after the body the title is of:
    "the analyst of the Siberian dairy union Oleg Sukhov"; `named_at`: where those persons'
    mentions start): then it is hers, not a second possible antecedent."""
    if text[end:end + 1] == " " and end + 1 in named_at:
        return True
    gap = next((text[end:at] for at in named_at if end < at <= end + 80 and
                _TITLE_GAP.fullmatch(text, end, at)), None)
    if gap is None:
        return False
    from mtaudit.text.english_words import lemmas_by_pos

    for word in re.findall(r"\b[a-z]+\b", gap):
        if word in ("of", "the", "a", "an", "and"):
            continue
        pos = lemmas_by_pos(word)
        if not pos or "VERB" in pos:
            return False  # a verb may stand between: "the analyst told Oleg Sukhov"
    return True


# a title's body before the name: " of the Siberian dairy union "
_TITLE_GAP = re.compile(r" of (?:the )?(?:[A-Za-z][a-z]+ ){1,5}")


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
def _wordnet_beings() -> frozenset[str]:
    """Nouns whose first sense is a person (WordNet's noun.person: person_trade_nouns.txt, the
    words that are nouns only) and
    animals English calls "he"/"she" (animal_nouns.txt, WordNet's sexed and young animals of
    species_nouns.tsv, "female", "male"): somebody a "he"/"she" may stand for beyond
    person_nouns.txt's titles ("a former county treasurer", "the female cub", "a grey colt")."""
    from mtaudit.text.english_words import lemmas_by_pos

    people = set()
    for w in lexicon.folded_words("person_trade_nouns.txt"):
        pos = lemmas_by_pos(w)
        if pos and set(pos) == {"NOUN"}:
            people.add(w)  # a noun only: not "federal", "natural", "have", "ward"
    animals = lexicon.folded_words("animal_nouns.txt") | {"female", "male"} | {
        w for w, cols in lexicon.table("species_nouns.tsv").items()
        if len(cols) > 1 and cols[0] == "animal" and {"sex", "young"} & set(cols[1].split(","))}
    return frozenset(people | animals)


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, str]:
    from mtaudit.detectors.pronouns_syntax import _person_nouns as nouns

    return nouns()


DETECTOR = AntecedentPronounDetector()
