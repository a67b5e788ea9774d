"""A count noun left in the singular after a number above one (MT2632): "22 new museum",
"8274 kilogram", "4873 calf were born".

Russian counts with the singular after 21, 31 ... and with the genitive singular after 2-4 (два
музея, двадцать один музей, 8274 килограмма); MT that translates the numeral and the noun apart
keeps the noun singular. English puts every count above one in the plural. The shape is read,
not listed: a figure, at most two adjectives (lemminflect's table knows them as adjectives and
no nouns), and a noun the table knows only as a noun, whose plural it knows ("calf" -> "calves").
The noun must end the phrase: punctuation or a closed-class word follows ("of", "and", "were"),
so a figure that modifies a compound ("a 12 ton truck", "100 metre race") stays quiet; so do a
figure after an article ("a 5 star hotel"), a label ("route 5", "the FTSE 250 index", "No. 3
seed": a capitalised word or a label noun of data/count_singular_spare.txt before it), a year
(1800-2100), and the nouns English counts unchanged (head of cattle, percent, dozen, foot).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import lemmas_by_pos

COUNT_SINGULAR = rule(
    "MT2632", "count-noun-singular-after-number", "calque",
    summary="“22 new museum”, “8274 kilogram of milk”, “4873 calf”: a count noun left singular after "
            "a number above one",
    why="Russian counts with the singular after 21, 31 … and the genitive singular after 2-4 (двадцать "
        "два музея, 8274 килограмма); MT keeps the noun singular. English puts every count above one "
        "in the plural: “22 museums”, “8,274 kilograms”.",
    confidence="likely",
    bad=["Over the spring 22 new museum opened in the region.",
         "Each cow gave 8274 kilogram of milk last year.",
         "The farms of the district got 4873 calf, a year earlier 4891.",
         "The volunteers planted 350 seedlings and 40 bush along the river."],
    good=["Over the spring 22 new museums opened in the region.",
          "A 12 ton truck and a 5 star hotel; the 100 metre race was won in 10.2 seconds.",
          "Wolves killed 300 head of cattle, about 5 percent of the herd.",
          "The FTSE 250 index fell, and route 5 bus was late; No. 3 seed won.",
          "The 1912 streetcar and the 2008 freeze, when prices fell.",
          "He scored 9 goals in 2 matches; the bill came to 14 march."],
    applicability="unsafe",
)

_FIGURE = re.compile(r"(?<![\w.,/#№$£€+-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=[ \u00a0][a-z])")
_WORD_AFTER = re.compile(r"[ \u00a0](?P<word>[a-z]+)\b(?![-'’])")
_NEXT = re.compile(r"\s*(?P<punct>[.,;:!?)]|$)|\s+(?P<word>[A-Za-z]+)")
_PREV = re.compile(r"(?P<word>[\w.&]+)\s*$")
# prepositions the closed-class list leaves out, which end a counted phrase as well
_MORE_ENDS = frozenset({"along", "near", "around", "behind", "beyond", "per", "towards", "toward",
                        "past", "last", "ago", "each", "apiece", "already", "more", "less"})
_CONJ = frozenset({"and", "or", "&"})
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "each",
                       "every", "per", "one"})


@lru_cache(maxsize=1)
def _spare() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows("count_singular_spare.txt") if len(r) >= 2}


@lru_cache(maxsize=1)
def _closed() -> frozenset[str]:
    return lexicon.folded_words("closed_class_words.txt")


def _only(word: str, pos: str) -> bool:
    lemmas = lemmas_by_pos(word)
    return bool(lemmas) and set(lemmas) == {pos} and word in lemmas[pos]


@lru_cache(maxsize=4096)
def plural_of(noun: str) -> str | None:
    """The table's plural of a singular noun the table knows only as a noun, or None."""
    if not _only(noun, "NOUN"):
        return None
    stems = [noun + "s", noun + "es"]
    if noun.endswith("y"):
        stems.append(noun[:-1] + "ies")
    if noun.endswith("f"):
        stems.append(noun[:-1] + "ves")
    if noun.endswith("fe"):
        stems.append(noun[:-2] + "ves")
    if noun.endswith("um"):
        stems.append(noun[:-2] + "a")
    for form in stems:
        lemmas = lemmas_by_pos(form)
        if lemmas and noun in lemmas.get("NOUN", ()):
            return form
    return None


def _label_before(text: str, start: int) -> bool:
    """A word before the figure that makes it a label or a modifier, not a count."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _PREV.search(text, line_start, start)
    if m is None:
        return False
    word = m.group("word")
    low = word.lower().rstrip(".")
    if low in _ARTICLES or _spare().get(low) == "label":
        return True
    if word[:1].isupper():
        before = text[line_start:m.start()].rstrip()
        at_sentence_start = not before or before[-1] in ".!?:\"“”"
        return word.isupper() or not at_sentence_start
    return False


def _ends_phrase(text: str, end: int) -> bool:
    m = _NEXT.match(text, end)
    if m is None:
        return False
    if m.group("punct") is not None:
        return m.group("punct") != "," or not _plural_ahead(text, m.end())
    word = m.group("word").lower()
    if word in _CONJ:
        return not _plural_ahead(text, m.end())
    lemmas = lemmas_by_pos(word)
    return word in _closed() or word in _MORE_ENDS or (bool(lemmas) and set(lemmas) == {"VERB"})


def _plural_ahead(text: str, at: int) -> bool:
    """A plural noun in the next three words: the counted noun is further on and the singular
    before the "and" is its modifier ("40 food and craft stalls", "300 oak and hazel seedlings")."""
    for w in re.finditer(r"[A-Za-z]+", text[at:at + 60]):
        word = w.group().lower()
        nouns = (lemmas_by_pos(word) or {}).get("NOUN", ())
        if nouns and word not in nouns:
            return True
        if w.start() > 40:
            break
    return False


class CountSingularDetector:
    name = "calques-count-singular"
    rules = (COUNT_SINGULAR,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for m in _FIGURE.finditer(text):
            num = m.group("num")
            if float(num.replace(",", "")) == 1 or (num.isdigit() and len(num) == 4 and 1800 <= int(num) <= 2100):
                continue
            found = self._noun_after(text, m.end())
            if found is None or not _ends_phrase(text, found[1]) or _label_before(text, m.start()):
                continue
            noun_start, end, noun, plural = found
            start = m.start()
            yield COUNT_SINGULAR.finding(
                doc, start, end,
                f"“{text[start:end]}” leaves the noun singular after a number above one: Russian counts "
                f"with the singular (21 музей, 2 килограмма); English: “{text[start:noun_start]}{plural}”",
                fix=Fix.replace(noun_start, end, plural, Applicability.UNSAFE, f"write “{plural}”"))

    @staticmethod
    def _noun_after(text: str, at: int) -> tuple[int, int, str, str] | None:
        """(start, end, noun, plural) of the singular count noun after at most two adjectives."""
        for _ in range(3):
            w = _WORD_AFTER.match(text, at)
            if w is None:
                return None
            word = w.group("word")
            if _only(word, "ADJ"):
                at = w.end()
                continue
            if len(word) < 3 or word in _spare():
                return None
            plural = plural_of(word)
            return None if plural is None else (w.start("word"), w.end(), word, plural)
        return None


DETECTOR = CountSingularDetector()
