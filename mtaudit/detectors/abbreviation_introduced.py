"""A Russian abbreviation introduced after its English name: "African swine fever (AChS)" (MT606).

English introduces an abbreviation in brackets after the name it abbreviates, and the brackets hold
the English initials ("African swine fever (ASF)", "the Deposit Insurance Agency (DIA)"). MT
translates the name and keeps the Russian abbreviation letter by letter (АЧС -> "AChS", АСВ ->
"ASV"), so the brackets no longer spell the words before them. An abbreviation a text introduces
is otherwise trusted ("the State Television and Radio Company (GTRK)"); this judges the introduced
ones that are certainly Russian: a transliteration digraph inside (shaped) or an abbreviation of
the Russian dictionary (pymorphy3's `Abbr` nouns, three letters) whose letters the three English
words before it do not spell. Glossary forms English introduces so ("Federal Tax Service
(FNS)", "(FSIN)") are left to the glossary. The fix is the English initials of the name, when the
words before the brackets are as many as the Russian abbreviation has letters.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.abbreviation_tokens import shaped, table_sources
from mtaudit.detectors.entities.context import entity_context
from mtaudit.text import lexicon

_MINOR_START = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})


def introduced(text: str, start: int, end: int) -> bool:
    """The token at [start, end) stands alone in brackets right after a word: "fever (AChS)"."""
    return (start >= 2 and text[start - 1] == "(" and text[end:end + 1] == ")"
            and text[start - 2] == " " and start >= 3 and text[start - 3].isalpha())


def judged_source(source: str, token: str) -> bool:
    """Only the Russian dictionary's three-letter abbreviations are judged by their source: the
    glossary's and wordfreq's rows hold tokens English introduces too ("federal loan bonds (OFZ)"
    in finance copy), and English keeps a longer Russian one as the body's name ("(GTRK)",
    "(MGIMO)", "(GLONASS)"); three letters after three English words are the English initials'
    place."""
    return source.startswith("Abbr") and len(token) == 3


def english_initials(text: str, start: int, letters: int) -> tuple[str, str] | None:
    """(initials, name) of the `letters` content words right before "(" at `start`, or None when
    the words there are not a name of that length ("the", a digit or punctuation first)."""
    from mtaudit.detectors.casing import _phrase_before

    minor = lexicon.folded_words("acronym_minor_words.txt")
    words = _phrase_before(text, max(0, start - 160), start - 2)
    picked, count = [], 0
    for w in reversed(words):
        if w[2].casefold() in _MINOR_START:
            break
        picked.insert(0, w)
        if w[2].casefold() not in minor:
            count += 1
        if count == letters:
            break
    while picked and picked[0][2].casefold() in minor:
        picked.pop(0)
    if count != letters or not picked:
        return None
    initials = "".join(w[2][0].upper() for w in picked if w[2].casefold() not in minor)
    return initials, text[picked[0][0]:picked[-1][1]]


def spelled_out(text: str, start: int, token: str) -> bool:
    """The English words before the brackets spell the token ("Federal Security Service (FSS)")."""
    from mtaudit.detectors.casing import _phrase_before, _spelled_by_initials

    minor = lexicon.folded_words("acronym_minor_words.txt")
    words = _phrase_before(text, max(0, start - 160), start - 2)
    return _spelled_by_initials(token.upper(), words, minor) is not None


def russian_letters(token: str, cyrillic: str | None) -> int:
    """How many letters the Russian abbreviation has (АЧС: 3; "AChS" without a table row: its capitals)."""
    if cyrillic:
        return sum(c.isalpha() for c in cyrillic)
    return sum(c.isupper() for c in token)


def letters_differ(token: str, initials: str) -> bool:
    """The Latin token is not the English initials (case and digraphs aside)."""
    return re.sub(r"[^A-Z]", "", token.upper()) != initials


def introduced_finding(doc, ctx, m, cyrillic, variant, rule, about_russia):
    """"African swine fever (AChS)": a Russian abbreviation in brackets after its English name
    (the module's docstring); the fix is the English initials. `rule` is MT606 and
    `about_russia` the detector's test that the document is about Russia (passed in: no import cycle)."""
    text, token = doc.text, m.group()
    source = table_sources().get(token, "")
    if variant is not None or not introduced(text, m.start(), m.end()) \
            or not (shaped(token) or judged_source(source, token)) or spelled_out(text, m.start(), token):
        return None
    ec = entity_context(doc, ctx)
    if ec and (ec.spans.overlaps(m.start(), m.end()) or token in ctx.glossary.accept):
        return None  # the glossary knows this spelling
    if not about_russia(doc, ctx):
        return None
    named = english_initials(text, m.start(), russian_letters(token, cyrillic))
    if named is None and not shaped(token) or named is not None and not letters_differ(token, named[0]):
        return None
    what = f"the Russian abbreviation {cyrillic}" if cyrillic else "a Russian abbreviation"
    if named is None:
        return rule.finding(
            doc, m.start(), m.end(),
            f"“{token}” is {what} in Latin letters, introduced after an English name; use "
            f"the English initials", fix=Fix.replace(m.start(), m.end(), token, Applicability.DISPLAY_ONLY,
                                                     "translate the abbreviation"))
    initials, name = named
    return rule.finding(
        doc, m.start(), m.end(),
        f"“{token}” is {what} in Latin letters; English abbreviates “{name}” as “{initials}”",
        fix=Fix.replace(m.start(), m.end(), initials, Applicability.UNSAFE, f"replace with “{initials}”"))
