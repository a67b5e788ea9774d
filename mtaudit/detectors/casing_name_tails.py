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

import re

from mtaudit.core.types import Applicability, Fix
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


def university_findings(doc, rule, known):
    """MT406 findings of `state_universities` that no glossary name covers."""
    text = doc.text
    for start, lo, end in state_universities(text):
        if known.contains(start, end):
            continue
        fixed = capitalised(text[lo:end])
        yield rule.finding(doc, start, end, f"“{text[start:end]}” is a university's name: write “{text[start:lo]}{fixed}”",
                           fix=Fix.replace(lo, end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


def tail_end(doc, ctx, end: int) -> int:
    """`field_end` with the parse of the sentence when the parser is there."""
    if not doc.text.startswith((" of ", " for "), end):
        return end
    sentence = doc.sentence_at(end) if ctx.syntax is not None else None
    parsed = ctx.syntax.parse_many(doc, [sentence])[0] if sentence is not None else None
    return field_end(doc.text, end, parsed)
