"""A transliterated Russian adjective with a transliterated Russian noun ("Moskovskaya Birzha",
"Zemsky uchitel", "Verkhne-Volzhskaya naberezhnaya"): a name or a term MT left in Latin letters (MT605).

Capitalised as a name, or right after one, such a noun escapes the lowercase-word check (a
lowercased surname after a first name reads the same). The pair is the evidence: the first word reads
back (detectors.translit_readings) into a Russian adjective, the second into an ordinary Russian
noun, and English does not keep that noun in transliteration. English news writes the names whose
head noun it knows (Novaya Gazeta, Krasnaya Polyana, Nevsky Prospekt: mtaudit/data/
translit_english_usage.txt, from wordfreq by scripts/build_translit_english_usage.py) and
translates the others: "the Moscow Exchange", "the Rural Teacher programme", "the Embankment".
"""

from __future__ import annotations

import re

from mtaudit.text import lexicon
from mtaudit.text.plain_english import is_english_word

_WORD = re.compile(r"(?<![\w’'@#/.-])[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*(?![\w’'@/])")
_BETWEEN = re.compile(r"[ \t]+")
MIN_LETTERS = 4
# A company's or a shop's name the text treats as one: a legal form or a trade noun just before it
# ("PAO Severnaya Korzina", "the bakery chain Khlebnaya Lavka") or a possessive after it
# ("Severnaya Korzina's profit"), a producer's kind too ("the enterprise «Rybny Dvor»", "the
# dairy Zelyonaya Dolina"). English keeps a brand in transliteration; every mention of such a
# pair in the document stays quiet.
_COMPANY_BEFORE = re.compile(
    r"\b(?:PAO|OAO|ZAO|AO|OOO|PJSC|JSC|OJSC|CJSC|LLC|chain|retailer|brand|company|firm|store|shop|"
    r"bakery|cafe|café|restaurant|label|group|holding|producer|maker|operator|developer|publisher|"
    r"enterprise|plant|factory|farm|cooperative|fishery|dairy|mill|brewery|winery|smokehouse)"
    r"[ \t]+(?:[«“\"][ \t]*)?$")
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
# A settlement's name the text introduces as one ("the village of Osinovaya Rechka", "in the
# settlement Sosnovy Bor", "Kamennaya Balka village", "the metro station «Chistye Prudy»"): English keeps a place's name in
# transliteration, so a capitalised pair after (or before) a settlement noun stays quiet.
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:village|villages|settlement|settlements|hamlet|town|township|khutor|stanitsa|selo|"
    r"posyolok|station|microdistrict|district|suburb)(?:[ \t]+of)?[ \t]+(?:[«“\"][ \t]*)?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:village|settlement|hamlet|station|microdistrict)\b")


def _company_names(text: str, pairs) -> set[str]:
    """The pairs some mention of which the text marks as a company's name."""
    out = set()
    for start, end, name in pairs:
        if _POSSESSIVE_AFTER.match(text, end) or _COMPANY_BEFORE.search(text, max(0, start - 40), start):
            out.add(name)
    return out


# A capitalised pair the writer glosses in English right after it ("the Chuysky Trakt, the main
# road through the region,", "Krasnaya Polyana (Red Glade)"): a native writer keeping a name and
# explaining it; MT renders the name, it does not explain it.
_GLOSS_AFTER = re.compile(r",[ \t]+(?:the|a|an)[ \t]+[a-z][^,.;:!?\n]{2,60}[,)]|[ \t]+\((?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3}\)")


def _glossed_names(text: str, pairs) -> set[str]:
    """The capitalised pairs some mention of which an English gloss follows."""
    return {name for start, end, name in pairs
            if all(w[:1].isupper() for w in name.split()) and _GLOSS_AFTER.match(text, end)}


def _settlement_names(text: str, pairs) -> set[str]:
    """The capitalised pairs some mention of which follows or precedes a settlement noun."""
    out = set()
    for start, end, name in pairs:
        if not all(w[:1].isupper() for w in name.split()):
            continue
        if _SETTLEMENT_BEFORE.search(text, max(0, start - 40), start) or _SETTLEMENT_AFTER.match(text, end):
            out.add(name)
    return out


def _foreign(part: str, allowed, usage) -> bool:
    """Not an English word, not a loanword English uses, and read as Russian by the n-gram model."""
    from mtaudit.models.translit import score

    low = part.lower()
    return len(low) >= MIN_LETTERS and not is_english_word(low) and low not in allowed \
        and low.rstrip("s") not in allowed and low not in usage and score(low) > 0


def adjective_noun_pairs(doc, ctx):
    """(start, end, adjective reading, noun reading) of each transliterated adjective + noun pair."""
    from mtaudit.detectors.translit_readings import russian_adjective, russian_noun

    text = doc.text
    allowed = lexicon.folded_words("translit_allowed.txt")
    usage = lexicon.folded_words("translit_english_usage.txt")
    accept = getattr(ctx.glossary, "accept", ()) if ctx.glossary is not None else ()
    words = list(_WORD.finditer(text))
    ec = None
    found = []
    for first, second in zip(words, words[1:]):
        if not _BETWEEN.fullmatch(text, first.end(), second.start()):
            continue
        adjective = first.group().split("-")[-1]
        noun = second.group()
        if "-" in noun or not (noun.islower() or noun[1:].islower()):
            continue
        if not (_foreign(adjective, allowed, usage) and _foreign(noun, allowed, usage)):
            continue
        if f"{first.group()} {noun}" in accept or noun in accept or first.group() in accept:
            continue
        adjective_reading = russian_adjective(adjective)
        noun_reading = russian_noun(noun) if adjective_reading else None
        if noun_reading is None:
            continue
        if ec is None:
            from mtaudit.detectors.entities.context import entity_context

            ec = entity_context(doc, ctx) or False
        if ec and ec.spans.overlaps(first.start(), second.end()):
            continue  # a form the glossary lists: its rules judge it
        found.append((first.start(), second.end(), adjective_reading, noun_reading))
    named = [(s, e, text[s:e]) for s, e, _, _ in found]
    companies = _company_names(text, named) | _settlement_names(text, named) | _glossed_names(text, named)
    for start, end, adjective_reading, noun_reading in found:
        if text[start:end] not in companies:
            yield start, end, adjective_reading, noun_reading
