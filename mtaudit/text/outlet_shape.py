"""A Russian regional outlet's name read by its shape, for outlets that no list knows.

Regional Russian outlets are named in a few ways: an agency's abbreviation before a place
("RIA Sura", "IA Penza-Online": РИА, ИА), an ending on a place's or a word's stem ("Sura-Inform",
"Penzapress", "YakutiaMedia", "Kuban24"), or a newspaper word with an adjective or a genitive
("Penzenskaya Pravda", "Pravda Severa"). MT transliterates them; the gloss families (MT324-MT326)
need to know an outlet to read a credit, and a list of names finds only its own members. The forms
are data (data/outlet_shapes.tsv); `PATTERN` is a regex fragment (no groups) for embedding and
`is_outlet` the check a detector applies to what the fragment matched: an ending on an English word
("WordPress", "SocialMedia", "Express") names no Russian outlet.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for form, kind in lexicon.rows("outlet_shapes.tsv"):
        out.setdefault(kind, []).append(form)
    return {k: tuple(longest_first(v)) for k, v in out.items()}


def _alt(forms) -> str:
    return "|".join(re.escape(f) for f in forms)


_CAP = r"[A-Z][a-z][\w'’]*"


@lru_cache(maxsize=1)
def pattern() -> str:
    """The regex fragment of a shaped outlet name (no capturing groups)."""
    f = _forms()
    suffix = _alt(f["suffix"])
    # a suffix written on (lowercase or capitalised) or hyphenated to a stem of three letters or more
    glued = (rf"[A-Z][A-Za-z]{{2,}}?(?:-(?i:{suffix})|(?i:{suffix}))(?:-[A-Z][A-Za-z]*)?"
             r"(?![\w-])")
    prefixed = rf"(?:{_alt(f['prefix'])})[ ]{_CAP}(?:-{_CAP})?(?![\w-])"
    heads = _alt(f["head"])
    headed = rf"(?:(?:{_CAP}[ ]){{1,2}}(?:{heads})|(?:{heads})[ ]{_CAP})(?![\w-])"
    return rf"(?:{prefixed}|{headed}|{glued})"


@lru_cache(maxsize=1)
def _full() -> re.Pattern:
    return re.compile(rf"(?:{pattern()})")


@lru_cache(maxsize=1)
def _glued_split() -> re.Pattern:
    suffix = _alt(_forms()["suffix"])
    return re.compile(rf"^(?P<stem>[A-Z][A-Za-z]{{2,}}?)-?(?i:{suffix})(?:-[A-Z][A-Za-z]*)?$")


def is_outlet(name: str) -> bool:
    """`name` has an outlet's shape (“Sura-Inform”, “RIA Sura”, “Penzenskaya Pravda”) and is not built
    on an English word (“WordPress”, “Express”, “SocialMedia”, “Daily Vesti”)."""
    name = " ".join(name.split())
    if not _full().fullmatch(name):
        return False
    f = _forms()
    if " " in name:
        words = name.split()
        if words[0] in f["prefix"]:
            return True  # "RIA Sura", "IA Regnum": the agency's abbreviation says it
        # "Penzenskaya Pravda", "Pravda Severa": the word beside the newspaper's is no English word
        others = [w for w in words if w not in f["head"]]
        return bool(others) and not any(is_common_word(w.lower()) for w in others)
    m = _glued_split().match(name)
    if not m or is_common_word(name.lower()):
        return False
    # "Sura-Inform": a hyphen joins the ending; "Penzapress", "YakutiaMedia": written on, the stem
    # must be no English word ("WordPress", "SocialMedia"), unless the ending is none either: a Russian
    # word ("Yarnovosti", "Tomskvesti") makes no English compound whatever the stem
    if "-" in name or not is_common_word(m.group("stem").lower()):
        return True
    ending = name[len(m.group("stem")):].split("-")[0].lower()
    return not is_common_word(ending)


def shaped_names(text: str) -> list[str]:
    """The shaped outlet names in `text`, whether `is_outlet` accepts them or not."""
    return [m.group() for m in _full().finditer(text)]
