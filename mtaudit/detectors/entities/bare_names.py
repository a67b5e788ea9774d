"""Russian names of clubs, airlines, banks, farms, resorts and settlements translated by meaning and
standing BARE, with no type head beside them (part of MT111).

MT renders Локомотив "Locomotive", the airline Победа "Victory", the farm Рассвет "Dawn", the
village Зелёный Луг "Green Meadow" and the city Орёл "Eagle", and the text often names the type
nowhere near: "Locomotive beat Torch", "new routes of Victory", "in Eagle". A capitalised common
word is a proper name by its SLOT, the slot only a name fills in English prose:

* an organisation (club, airline, bank, farm, resort): subject of a finite verb with no article
  ("Locomotive beat", "Victory announced"), after "against"/"over"/"beat"/"of"/"by" with no article
  ("flights of Victory"), a possessor ("Victory's"), before a role noun of its class ("Locomotive
  defender", "Victory flights"), or after a city ("Yaroslavl Locomotive");
* a place (town, settlement): after "in"/"near"/"from"/"outside"/"to" with no article, before
  "region"/"district", or a possessor;
* a name of two or more words from the table ("Green Meadow", "the Savings Bank") in any slot;
* an organisation in quotes, as Russian writes a name (the opposite of "Torch" Pavel Sizov).

The word must be the meaning of a Russian name of that class (entity_word_forms.tsv, or a place
of name_meanings_derived.tsv), the document must name something Russian, and for organisations it
must be on that class's beat (two words of entity_class_contexts.tsv: flights and passengers for an
airline). Quiet: a word after an article or determiner ("the victory", "a locomotive"), part of a
longer name ("Victory Day", "Dawn Patrol"), English names that are in no table (Arsenal, Shell).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.detectors.entities.slots import is_finite_verb
from mtaudit.text import lexicon
from mtaudit.text.position import DASHES, POSITION_MARKS, capitalised_by_position

ORGANISATIONS = frozenset({"club", "airline", "bank", "farm", "resort"})
PLACES = frozenset({"settlement", "town"})

_RUN = re.compile(r"(?<![\w’'.@#/-])([A-Z][a-z]+(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][a-z]+){0,3})(?![\w@/-])")
_TOKEN_AFTER = re.compile(r"[ \t]*([A-Za-z][A-Za-z’'-]*|[^\s\w])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z’'-]*)[ \t]+$")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\W))([Tt]he[ \t]+)$")
_DETERMINERS = frozenset("the a an this these those his her its their our my your no any every some "
                         "each one another".split())
# Words after which an organisation's name stands bare: its opponent, its owner, its agent.
_ORG_BEFORE = frozenset("against over beat beats defeated edged hosted hosts visited versus vs of by "
                        "with from and or to for".split())
_PLACE_BEFORE = frozenset("in near from outside to".split())
_PLACE_AFTER = frozenset("region district oblast area residents".split())
# ", X region" / ", X Krai": a Russian locator after a settlement; any other ", Name" the glossary does not
# know as a place is the English "Town, State" ("Eagle, Idaho"), which names a foreign town.
_LOCATOR = re.compile(r",[ \t]+([A-Z][A-Za-z’'-]+)(?:[ \t]+([A-Za-z]+))?")
_RUSSIAN_UNITS = frozenset("region oblast krai territory republic district okrug province".split())
_OPEN_QUOTES = "«“\""
_CLOSE_QUOTES = "»”\""
_TEAM_VERBS = frozenset("beat beats defeated won lost drew played scored conceded hosted leads led overcame "
                        "outplayed thrashed edged routed".split())


@lru_cache(maxsize=1)
def _contexts() -> dict[str, frozenset[str]]:
    """Class -> the words of its beat (entity_class_contexts.tsv)."""
    return {cols[0]: frozenset(cols[1].split("|")) for cols in lexicon.rows("entity_class_contexts.tsv")
            if len(cols) >= 2}


def _beat_words(classes: frozenset[str]) -> frozenset[str]:
    out = frozenset().union(*(_contexts().get(c, frozenset()) for c in classes))
    return out | lexicon.words("entity_sport_words.txt") if "club" in classes else out


def on_beat(text_words: set[str], cls: str) -> bool:
    """The document is on the class's beat: two distinct words of it ("flights", "passengers")."""
    if cls in PLACES:
        return True
    return len(_beat_words(frozenset({cls})) & text_words) >= 2


_WORD = re.compile(r"[A-Za-z]+")


def candidates(text: str, table: dict, places: dict):
    """(start, end, rendering or place, classes, (i, j, n)) of every capitalised run's words i..j
    that are a name of the tables, the longest first; n is the run's length in words."""
    for m in _RUN.finditer(text):
        spans = [(w.start(), w.end()) for w in _WORD.finditer(text, m.start(1), m.end(1))]
        words = [text[a:b] for a, b in spans]
        i = 0
        while i < len(words):
            found = None
            for j in range(len(words), i, -1):
                key = " ".join(words[i:j]).lower()
                hit = table.get(key)
                classes = hit.classes & (ORGANISATIONS | PLACES) if hit else frozenset()
                if classes:
                    found = (hit, classes, j)
                elif key in places:
                    found = (places[key], frozenset({"town"}), j)
                if found:
                    break
            if found and words[found[2] - 1][:1].isupper():
                hit, classes, j = found
                yield spans[i][0], spans[j - 1][1], hit, classes, (i, j, len(words))
                i = j
            else:
                i += 1


def bare_slot(text: str, start: int, end: int, classes: frozenset[str], multiword: bool,
              position: tuple[int, int, int], place_names: frozenset[str]) -> str | None:
    """Why the name at text[start:end] stands in a slot only a proper name fills, or None."""
    i, j, n = position
    after_m = _TOKEN_AFTER.match(text, end, min(len(text), end + 40))
    after = after_m.group(1) if after_m else ""
    before_m = _TOKEN_BEFORE.search(text, max(0, start - 30), start)
    before = before_m.group(1) if before_m else ""
    if j < n or after.lower() == "of":
        return None  # part of a longer name ("Victory Day", "Dawn of the Dead")
    if i > 0 and not (i == 1 and before in place_names and classes & ORGANISATIONS):
        return None  # the tail of a longer name, except a club after its city ("Yaroslavl Locomotive")
    if i == 1:
        return f"after the city “{before}”"
    if multiword:
        return "a name of several words"
    if start > 0 and text[start - 1] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES and \
            classes & ORGANISATIONS:
        return "in quotes, as Russian writes a name"  # the opposite of "Torch" Pavel Sizov
    low_before = before.lower()
    if low_before in _DETERMINERS:
        return None  # "the victory", "a locomotive": the common noun
    at_start = capitalised_by_position(text, start, marks=POSITION_MARKS + DASHES)
    possessive = text.startswith(("'s", "’s"), end)
    low_after = after.lower()
    if classes & ORGANISATIONS:
        if low_after in _TEAM_VERBS or (is_finite_verb(low_after) and low_after not in ("then", "also")):
            return f"subject of “{after}”"
        if at_start:
            return None
        if possessive:
            return "a possessor"
        if low_before in _ORG_BEFORE:
            return f"after “{before}” with no article"
        if low_after in _beat_words(classes & ORGANISATIONS):
            return f"before “{after}”"
    if classes & PLACES and not at_start and foreign_locator(text, end, place_names) is None:
        if low_before in _PLACE_BEFORE:
            return f"after “{before}” with no article"
        if low_after in _PLACE_AFTER or possessive:
            return f"before “{after}”" if not possessive else "a possessor"
    return None


def foreign_locator(text: str, end: int, place_names: frozenset[str]) -> str | None:
    """The "State" of an English "Town, State" right after text[:end], or None: a capitalised name after
    a comma that the glossary does not know as a place and that no Russian unit word follows."""
    m = _LOCATOR.match(text, end, min(len(text), end + 60))
    if m is None or m.group(1) in place_names or (m.group(2) or "").lower() in _RUSSIAN_UNITS:
        return None
    return m.group(1)


def article_start(text: str, start: int) -> int:
    """Start of a "the " right before a multi-word name ("the Savings Bank" -> "Sber")."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    return m.start(1) if m else start
