"""Where a half-cased institution name ends, and the named-university kind (helpers of MT406).

Russian writes a long name in lower case after its first word (Единый реестр российских программ
для электронных вычислительных машин и баз данных, Фонд развития территорий); MT keeps it: "the
Unified register of Russian programs for electronic computers and databases". MT406 finds the
capitalised word and the lowercase head; `field_end` carries the name on through "of"/"for" and
the nouns and adjectives after it (the parse says where a verb or a clause begins), so the finding
covers, and the fix capitalises, the whole name.

`state_universities` finds the Russian "<Place> state <...> university" kind written in lower case
after the place ("Pskov state university", "the Ural federal university"): English capitalises such
a name (Pskov State University). "a state university in Pskov" has no place before it and stays quiet.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re

from mtaudit.core.types import Applicability, Fix
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_common_word_or_plural

LINKS = frozenset({"of", "for", "and", "the"})
_STOP = frozenset({"a", "an", "this", "that", "these", "those", "which", "who", "as", "is", "was", "are",
                   "were", "has", "have", "had", "will", "would", "to", "in", "on", "at", "by", "with",
                   "from", "after", "before", "since", "said", "says", "its", "his", "her", "their"})
_WORD = re.compile(r"[ ]([A-Za-z][\w’'-]*)")
_NAME_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "IN", "CC", "DT"})
_MAX_WORDS = 10


def field_end(text: str, end: int, parsed=None) -> int:
    """The end of the name's tail after a head ending at `end` ("register| of Russian programs for
    electronic computers and databases"), or `end` when no "of"/"for" field follows."""
    if not text.startswith((" of ", " for "), end):
        return end
    last = end
    pos = end
    words = 0
    lowercase = False
    while words < _MAX_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in _STOP or low == "the" or (low not in LINKS and not (word[:1].isupper() or is_common_word_or_plural(low))):
            break  # "the Holy synod of the Russian Orthodox Church": "of the" names another body
        if parsed is not None:
            tok = parsed.token_at(m.start(1))
            if tok is None or tok.tag_ not in _NAME_TAGS or (tok.tag_ in ("IN", "DT", "CC") and low not in LINKS):
                break
        if low not in LINKS:
            last = m.end(1)
            lowercase = lowercase or word.islower()
        pos = m.end(1)
        words += 1
    return last if lowercase else end  # a tail with nothing to capitalise is left out


def capitalised(phrase: str) -> str:
    """Every word capitalised but the links ("register of programs" -> "Register of Programs")."""
    return " ".join(w if w in LINKS else w[:1].upper() + w[1:] for w in phrase.split(" "))


_UNIVERSITY = re.compile(
    r"(?<![\w’'-])([A-Z][a-z’'-]+)[ ]((?:state|federal|national)(?:[ ](?:research|technical|medical|"
    r"pedagogical|agrarian|agricultural|polytechnic|economic|humanitarian|linguistic|law|oil|mining|"
    r"aviation|aerospace|transport|railway|construction|architectural|music|art|forestry|veterinary|"
    r"academic|social|industrial|energy|power|engineering|maritime|marine|university))?[ ]"
    r"(?:university|institute|academy|conservatory|conservatoire))(?![\w’'-])")
_NOT_NAME_BEFORE = re.compile(r"(?:^|[^\w])(?:a|an|any|every|each|another|one|some)[ ]+$", re.IGNORECASE)


def state_universities(text: str):
    """(start, lowercase start, end) of "<Place> state university" names left in lower case."""
    for m in _UNIVERSITY.finditer(text):
        if is_common_word(m.group(1).lower()) or _NOT_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Oil state university"? a common word is no place; "a Pskov state university"
        yield m.start(), m.start(2), m.end()


_LEVELS = r"(?:regional|city|district|republican|interdistrict|municipal|oblast|krai|territorial)"
_INNER_STOP = _STOP | LINKS | frozenset({"or", "but", "not", "no", "also", "where", "when", "new", "old"})


@lru_cache(maxsize=1)
def _regional_heads() -> dict[str, int]:
    return {r[0]: int(r[1]) for r in lexicon.rows("name_regional_heads.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def _regional_pattern() -> re.Pattern:
    heads = "|".join(longest_first(map(re.escape, _regional_heads())))
    return re.compile(
        r"(?<![\w’'-])(?P<place>(?:(?!(?:The|A|An|In|At|Of|From|To|By|On|For|And|But|This|That)[ ])[A-Z][a-z’'-]+[ ])?"
        r"[A-Z][a-z’'-]+)[ ](?P<level>" + _LEVELS + r")"
        r"(?P<inner>(?:[ ][a-z][a-z’'-]*){0,4}?)[ ](?P<head>" + heads + r")(?![\w’'-])"
        r"(?P<no>[ ]No\.?[ ]?\d+)?")


_OFFICE_OF_REGION = re.compile(
    r"(?<![\w’'-])(?P<head>prosecutor['’]s office|legislative assembly|arbitration court|election commission|"
    r"electoral commission|investigative department|regional duma)[ ]of[ ]the[ ]"
    r"(?:(?P<place>[A-Z][a-z’'-]+(?:[ ][A-Z][a-z’'-]+)?)[ ](?P<unit>region|territory|krai|oblast)"
    r"|Republic[ ]of[ ](?P<republic>[A-Z][a-z’'-]+(?:[ ][A-Z][a-z’'-]+)?))(?![\w’'-])")


def regional_institutions(text: str):
    """(start, lowercase start, end) of Russian regional institutions written as Russian cases them:
    "the Sverdlovsk regional blood transfusion station", "the Kursk regional philharmonic",
    "the prosecutor's office of the Novosibirsk region". A place that is a common word ("Central
    city hospital"), an article "a" before, or too few words for a head English also uses as a
    description ("the Belgorod regional hospital") keep it quiet."""
    for m in _regional_pattern().finditer(text):
        place = m.group("place")
        if any(is_common_word(w.lower()) for w in place.split(" ")) \
                or _NOT_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        inner = m.group("inner").split()
        if any(w in _INNER_STOP or w.endswith("ly") for w in inner):
            continue
        if len(inner) < _regional_heads()[m.group("head")] and not m.group("no"):
            continue
        yield m.start(), m.start("level"), m.end("no") if m.group("no") else m.end("head")
    for m in _OFFICE_OF_REGION.finditer(text):
        if any(is_common_word(w.lower()) for w in (m.group("place") or m.group("republic")).split(" ")):
            continue
        yield m.start(), m.start(), m.end()


# a city's institution named by the city's adjective (Самарский университет, Курская филармония):
# MT writes "Samara university"; with no article before the place, it is the name, not a description
# ("a Samara university", "the Kursk philharmonic's hall" read otherwise)
_CITY_INSTITUTION = re.compile(
    r"(?<![\w’'-])(?:of|at|from|in|to|by|with|for|into)[ ](?P<the>the[ ])?(?P<place>[A-Z][a-z’'-]+)[ ]"
    r"(?P<head>university|philharmonic|conservatory|conservatoire)(?![\w’'-])(?!['’]s)")
# after "the", only a head that closes its phrase names the institution ("students of the Samara
# university won"); a word after it may make the phrase a description ("the Samara university
# where he taught", "the Kazan university team")
_CLOSES = re.compile(r"\s*[.,;:)]|[ ](?:won|was|were|is|are|has|have|had|will|would|and|in|at|on|to|for|with|from|"
                     r"since|took|opened|held|hosted|became|received|said|says|announced|reported)\b")


def city_institutions(text: str, known=None):
    """(start, lowercase start, end) of "<Place> university" with no article before the place, or
    with "the" and nothing after the head that could make it a description."""
    for m in _CITY_INSTITUTION.finditer(text):
        if is_common_word(m.group("place").lower()) and not (known is not None and known.contains(*m.span("place"))):
            continue  # "at Central university", "of Russian university": a word, not a place the
            # glossary knows (Samara is a word too: the winged fruit)
        if m.group("the") and not _CLOSES.match(text, m.end("head")):
            continue
        yield m.start("place"), m.start("head"), m.end("head")


def university_findings(doc, rule, known):
    """MT406 findings of `state_universities`, `regional_institutions` and `city_institutions`
    that no glossary name covers."""
    from mtaudit.text.house_casing import british_style

    text = doc.text
    found = [(s, lo, e, False) for s, lo, e in state_universities(text)]
    found += [(s, lo, e, True) for s, lo, e in regional_institutions(text)]
    taken = [(s, e) for s, _, e, _ in found]
    found += [(s, lo, e, True) for s, lo, e in city_institutions(text, known)
              if not any(a < e and s < b for a, b in taken)]
    for start, lo, end, regional in found:
        if known.contains(start, end) or (regional and british_style(doc, start, end)):
            continue
        fixed = capitalised(text[lo:end])
        what = "an institution's" if regional else "a university's"
        yield rule.finding(doc, start, end, f"“{text[start:end]}” is {what} name: write “{text[start:lo]}{fixed}”",
                           fix=Fix.replace(lo, end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


def tail_end(doc, ctx, end: int) -> int:
    """`field_end` with the parse of the sentence when the parser is there."""
    if not doc.text.startswith((" of ", " for "), end):
        return end
    sentence = doc.sentence_at(end) if ctx.syntax is not None else None
    parsed = ctx.syntax.parse_many(doc, [sentence])[0] if sentence is not None else None
    return field_end(doc.text, end, parsed)
