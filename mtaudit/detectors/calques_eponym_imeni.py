"""An institution's eponym with Russian "имени" word for word (MT2123): "the library named after
Herzen", "the Theater named after Mossoveta", "the planetarium of the name of K. E. Tsiolkovsky",
"the museum A. N. Radishchev's name", "the lyceum them. Pushkin".

Russian names a theatre, a school, a library or an institute after a person with "имени" and the
person's name in the genitive (театр имени Моссовета, институт имени А. А. Трофимука). The word is
part of the name: MT renders it "named after", "of the name of", "'s name", or keeps the
abbreviation им. as "them."/"im.". English puts the eponym before the head ("the Herzen Library",
"the Mossovet Theatre", "the Trofimuk Institute of Petroleum Geology").

One mechanism: an institution head (data/name_eponym_heads.txt, data/calque_numbered_heads.txt,
data/calque_imeni_heads.txt), nothing between it and the link ("named after", "of the name of",
"them."/"im.", or the name with "'s name" after it), then a capitalised name, possibly after
initials; the head may be an acronym (the SShOR, the GMII) or take an "of" complement (the
Institute of Permafrost Science named after Melnikov). English describes with the same words only outside the name: after a comma ("the
school, named after him, ..."), after a verb ("the hall was named after her"), after an
indefinite head ("a new school named after Captain Tom"): all three spared. Only in a text set
near Russia.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import regex

from mtaudit.rules.model import rule
from mtaudit.text import lexicon

EPONYM_IMENI = rule(
    "MT2123", "institution-named-after", "calque",
    summary="“the library named after Herzen”, “the Theater named after Mossoveta”, “the planetarium "
            "of the name of Tsiolkovsky”: Russian “имени” inside an institution's name",
    why="Russian names an institution after a person with “имени” and the name in the genitive "
        "(театр имени Моссовета, библиотека имени Герцена); MT renders the word (“named after”, "
        "“of the name of”, “'s name”, “them.”). English puts the eponym before the head: “the "
        "Herzen Library”, “the Mossovet Theatre”, “the Trofimuk Institute”.",
    confidence="likely",
    bad=["Tver, 3 May. The regional library named after Herzen will buy a new bus for Tver villages.",
         "Kazan, 2 June. Scientists of the Institute of Archaeology named after A. Kh. Khalikov found a "
         "hoard near Kazan.",
         "Samara, 4 July. The drama theatre named after Gorky opened its season in Samara.",
         "Kirov, 5 May. The Kirov planetarium of the name of K. E. Tsiolkovsky reopened after repairs.",
         "Saratov, 6 May. The art museum A. N. Radishchev's name showed 40 icons in Saratov.",
         "Ufa, 7 May. Pupils of the lyceum them. Pushkin won the olympiad in Ufa."],
    good=["Tver, 3 May. The Herzen regional library will buy a new bus for Tver villages.",
          "Samara, 4 July. The theatre, named after Gorky in 1932, opened its season in Samara.",
          "Samara, 4 July. The theatre was named after Gorky in 1932, Samara's archive says.",
          "Kazan, 2 June. A new school named after the pilot opened in Kazan.",
          "Kazan, 2 June. A school named after Yuri Gagarin opened in Kazan this week.",
          "Omsk, 2 June. The festival named after him will return to Omsk next year.",
          "Tver, 3 May. The library named after Herzen in 1960 will buy a bus for Tver villages.",
          "Leeds, 3 May. The hospital named after Florence Nightingale opened a ward in Leeds."],
)

_HEADS = ("name_eponym_heads.txt", "calque_numbered_heads.txt", "calque_imeni_heads.txt")
_INITIALS = r"(?:\p{Lu}\.\s?(?:\p{Lu}\p{Ll}?\.\s?){0,2})"
_NAME = rf"(?:{_INITIALS}?\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?(?:\s\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)?)"
_PATTERN = None
# "a", "an", "one", "another" before the head (up to three modifiers between): an English
# description, not a name ("a new school named after the pilot")
_INDEFINITE = regex.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+"
                            r"(?:(?!(?:of|the|in|at|for|from|by|with|on|to)\s)[\p{L}’'-]+\s+){0,3}$",
                            regex.V1)


def _pattern():
    heads = set()
    for name in _HEADS:
        heads |= {w.casefold() for w in lexicon.words(name)}
    alt = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in longest_first(heads))
    return regex.compile(
        rf"\b(?P<head>(?i:{alt})|\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,4}}\p{{Lu}})(?:s)?"
        rf"\s+(?:(?:of\s+(?:the\s+)?(?:[\p{{L}}-]+\s+(?:and\s+)?){{0,4}}[\p{{L}}-]+\s+)?"
        rf"(?P<link>named\s+after|of\s+the\s+name\s+of)\s+[\"“«]?(?P<name>{_NAME})"
        rf"|(?-i:them|im)\.\s?(?P<name3>{_NAME})"
        rf"|(?P<name2>{_INITIALS}\p{{Lu}}\p{{Ll}}+)[’']s\s+name\b)", regex.V1)


def imeni_spans(text: str):
    """(start, end, head, name) of each institution head with its eponym linked the Russian way."""
    global _PATTERN
    if _PATTERN is None:
        _PATTERN = _pattern()
    for m in _PATTERN.finditer(text):
        name = m.group("name") or m.group("name2") or m.group("name3")
        if _INDEFINITE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "a new school named after Captain Tom": a description, not the name
        after = text[m.end():m.end() + 12]
        if regex.match(r"\s+in\s+\d{4}\b|\s*,?\s+who\b", after):
            continue  # "named after Herzen in 1960": the naming told as an event
        yield m.start("head"), m.end(), m.group("head"), name


class EponymImeniDetector:
    name = "calques-eponym-imeni"
    rules = (EPONYM_IMENI,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        from mtaudit.detectors.russian_setting import near_russia

        text = doc.text
        if not regex.search(r"named\s+after|name\s+of|[’']s\s+name|\b(?:them|im)\.\s", text):
            return
        if not near_russia(doc, ctx):
            return
        for start, end, head, name in imeni_spans(text):
            yield EPONYM_IMENI.finding(
                doc, start, end,
                f"“{text[start:end]}” renders Russian “имени” inside the name (… имени {name}); English "
                f"puts the eponym, in its own form, before the head: “the {name.split()[-1]} {head}”")


DETECTOR = EponymImeniDetector()
