"""English initials of a Russian name left unexpanded: "students of the NSU", "cases of ARVI" (MT607).

Russian news abbreviates institutions and terms (НГУ, ОРВИ, РАН, СВО, ЖКХ, РБ). MT, or a Russian
site's English page, gives the initials of the English rendering (NSU, ARVI, RAS, SMO, HCS) or the
Russian letters of a republic (RB, RD) and never spells them out; English news writes such initials
only after the full name ("Novosibirsk State University (NSU)"). MT606 finds the transliterated
Russian abbreviations (NGU, ORVI, UrFU); this finds the English-looking ones, which no
transliteration test can: they are listed with their full names in mtaudit/data/ru_initialisms.tsv.

A listed initialism is flagged, once, in a text about Russia when the text never introduces it
("(NSU)", "NSU (") and its full name does not stand right before it ("Novosibirsk State University,
or NSU"): English introduces initials in brackets; a full name paragraphs earlier does not tell
the reader that the bare initials are it. A republic's letters ("body" rows) only right
after a body's name ("the Ministry of Education RB", "the Government of the RD"), where Russian
puts them and English two-letter tokens do not stand.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.abbreviation_tokens import (
    _capitals_line, _dateline, never_english, russian_abbreviations, shaped, unknown_token)
from mtaudit.detectors.russian_setting import about_russia
from mtaudit.rules.model import rule
from mtaudit.detectors.entities.context import entity_context
from mtaudit.text import lexicon

UNEXPANDED_INITIALISM = rule(
    "MT607", "russian-initialism-unexpanded", "untranslated",
    summary="English initials of a Russian name or term, never spelled out (“students of the NSU”, "
            "“cases of ARVI”, “the Ministry of Education RB”)",
    why="Russian news abbreviates its institutions and terms (НГУ, ОРВИ, РАН, СВО, ЖКХ, РБ); MT gives "
        "the initials of the English rendering (NSU, ARVI, RAS, SMO, HCS) or the Russian letters of a "
        "republic, and never the full name. English news writes such initials only after the full "
        "name, so a reader outside Russia cannot expand a bare one. The initialisms are data "
        "(ru_initialisms.tsv); a text that introduces one or writes its full name is left alone.",
    confidence="likely",
    bad=["The players of the NSU took two prizes at the Russian futsal cup in Novosibirsk.",
         "In the Kursk region of Russia, 18,000 cases of flu and ARVI were registered over the week.",
         "Scientists of the RAS and TSU counted the birds along the Ob in the Russian Tomsk region.",
         "As the Ministry of Education RB explains, 226 graduates in Ufa failed the Russian exams.",
         "Fighters returning from the SMO were given plots of land in the Kursk region of Russia.",
         "The Government of the RD in Makhachkala will pay 2,000 roubles to each family."],
    good=["Scientists of Novosibirsk State University (NSU) in Russia won the grant; NSU said.",
          "In the Kursk region, 18,000 cases of acute respiratory viral infections (ARVI) were registered.",
          "The Russian Academy of Sciences, or RAS, said its members would vote in Moscow in May.",
          "A Russian pilot flew RB-47 copies; the RB of the Green Bay team ran for 100 yards.",
          "The Michigan State University (MSU) team beat PSU in the US.",
          "RUSSIAN STUDENTS USE THE NEW LAB IN TOMSK\nThe rector of Tomsk State University (TSU) said so."],
    applicability="unsafe",
)

# a body's name before a republic's letters: "the Ministry of Education RB", "Government of the RD"
_BODY_BEFORE = re.compile(
    r"\b(?:Ministry|Government|Cabinet(?:\s+of\s+Ministers)?|Head|President|Parliament|State\s+Council|"
    r"State\s+Assembly|People'?s\s+Assembly|Supreme\s+Court|Court|Prosecutor(?:[’']s|\s+General[’']s)?\s+Office|"
    r"Committee|Administration|Department|Service|Council|Chamber|Fund|Agency|Inspectorate|Office|"
    r"Ombudsman|Commissioner|Directorate|Minister|Ministries|Mufti(?:ate)?|Constitution|Republic)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Za-z][\w’'-]*){0,4}?)?"
    r"(?:\s+of)?(?:\s+the)?\s+$")


@lru_cache(maxsize=1)
def initialisms() -> dict[str, tuple[str, str]]:
    """Initialism -> (its English full name, "bare" or "body"), from ru_initialisms.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for cols in lexicon.rows("ru_initialisms.tsv"):
        if len(cols) >= 3 and cols[2] in ("bare", "body"):
            out[cols[0]] = (cols[1], cols[2])
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    keys = longest_first(initialisms())
    if not keys:
        return None
    return re.compile(r"(?<![\w’'@#/.-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w’'@/-])")


def _full_name_words(full: str) -> list[str]:
    """The capitalised words of the full name, for a loose "is it written out" test."""
    words = re.findall(r"[A-Za-z][\w-]+", re.sub(r"\(.*?\)", "", full))
    return [w for w in words if w.lower() not in ("the", "of", "and", "for", "or")]


def _written_out(text_folded: str, full: str) -> bool:
    words = _full_name_words(full)
    if not words:
        return False
    return re.search(r"\b" + r"\W+(?:(?:the|of|and|for)\W+)*".join(re.escape(w.lower()) for w in words),
                     text_folded) is not None


def _handled_by_mt606(token: str, known_here: bool) -> bool:
    """A transliterated Russian abbreviation, or a token no list knows: MT606 judges it (unless the
    glossary knows the spelling here as an English form, "ARVI", which MT606 then leaves alone)."""
    return token in russian_abbreviations() or shaped(token) or never_english(token) or (
        unknown_token(token) and not known_here)


class UnexpandedInitialismDetector:
    name = "russian-initialism-unexpanded"
    rules = (UNEXPANDED_INITIALISM,)
    needs = frozenset()

    def detect(self, doc, ctx):
        pattern = _pattern()
        if pattern is None:
            return
        text = doc.text
        hits = list(pattern.finditer(text))
        if not hits:
            return
        if not about_russia(doc, ctx):  # the same test MT606 uses
            return
        folded = text.casefold()
        table = initialisms()
        done: set[str] = set()
        for m in hits:
            token = m.group()
            if token in done:
                continue
            full, where = table[token]
            if f"({token})" in text or f"{token} (" in text:
                done.add(token)
                continue
            if _written_out(folded[max(0, m.start() - 80):m.start()], full):
                continue  # "Novosibirsk State University, the NSU": the name stands right before it
            if _capitals_line(text, m.start()) or _dateline(text, m.start(), m.end()):
                continue
            ec = entity_context(doc, ctx)
            known_here = bool(ec) and ec.spans.overlaps(m.start(), m.end())
            if where == "bare" and _handled_by_mt606(token, known_here):
                done.add(token)
                continue
            if where == "body" and _BODY_BEFORE.search(text, max(0, m.start() - 120), m.start()) is None:
                continue
            done.add(token)
            one = "(" not in full and " or " not in full  # one full name: the fix writes it
            yield UNEXPANDED_INITIALISM.finding(
                doc, m.start(), m.end(),
                f"“{token}” is the initials of a Russian name or term ({full}) that the text never "
                f"introduces; English writes the full name first, the initials after it in brackets",
                fix=Fix.replace(m.start(), m.end(), full, Applicability.UNSAFE, f"write “{full}”") if one else None)


DETECTOR = UnexpandedInitialismDetector()
