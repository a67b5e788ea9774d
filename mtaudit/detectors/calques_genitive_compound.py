"""MT2410 — a Russian genitive where English writes one compound: "the day of birth" (день
рождения) for birthday, "the room of class" for classroom, "the maker of wine" for winemaker.

Russian names a kind of thing by its head and a genitive (день рождения, производитель вина);
MT keeps the genitive word for word, with the dependent bare as Russian has no article.
English names the same kind with one lexical unit, the dependent first (birthday, winemaker). The
pairs are not a list of phrases: scripts/build_genitive_compounds.py derives them from WordNet
(a compound noun that splits into two common nouns and is a kind of its second part, with no
English "N1 of N2" in WordNet's lemmas or glosses, no container or part as head) into
data/genitive_compounds.tsv. The detector asks the dependent to stand bare (no article, no
determiner: "the day of the week" and "the owner of the land" are English shapes), singular and
lower case, ending its phrase, in a text set in Russia. A closed compound (birthday) is one
lexical unit and enough; a two-word compound (water level, fire station) counts only inside a
Russian genitive chain, the bare dependent followed by another "of" ("the station of fire of the
district") with no modifier of the head before it: "a teacher of mathematics" alone is
English too.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import rows as lexicon_rows

PAIRS_FILE = "genitive_compounds.tsv"

GENITIVE_COMPOUND = rule(
    "MT2410", "genitive-for-compound", "calque",
    summary="“the day of birth”, “the room of class”: a Russian genitive where English writes one "
            "compound (birthday, classroom)",
    why="Russian names a kind by its head and a genitive (день рождения, производитель вина); "
        "MT keeps the genitive word for word, the dependent bare because Russian has no "
        "article. English names the kind with one compound, the dependent first: birthday, "
        "winemaker. The pairs come from WordNet (data/genitive_compounds.tsv, built by "
        "scripts/build_genitive_compounds.py): a compound that is a kind of its head, whose "
        "“of” form English's own definitions never use.",
    confidence="likely",
    bad=["TOMSK, 4 March. The pensioner celebrated the day of birth of her great-grandson in the village.",
         "Kazan, 2 May. The maker of wine from the Kuban region showed ten new labels at the fair.",
         "BARNAUL, 1 April. The station of fire of the Oktyabrsky district sent two engines."],
    good=["TOMSK, 4 March. The pensioner celebrated the birthday of her great-grandson in the village.",
          "TOMSK, 4 March. The pensioner spent the day of the election in the village.",
          "The pensioner celebrated the day of birth of her great-grandson in the village.",
          "BARNAUL, 1 April. A teacher of mathematics from the town won the prize."],
    applicability="unsafe",
)

# the dependent ends the noun phrase: punctuation, or one of these words after it
_AFTER = frozenset("""of in at on for to from with by and or but was were is are will would has have
had which that who where when as near among this last next after before during since until
because""".split())


_OPENERS = frozenset("""the a an his her their its our my your this that these those of in at on to for
by from with""".split())


def _bare_head(text: str, pos: int) -> bool:
    """The head has no modifier of its own before it (a determiner, a preposition or nothing):
    "emergency landings of aircraft of" would stack a third noun on the compound."""
    before = regex.search(r"([\p{L}'’-]+)\s+$", text[max(0, pos - 30):pos])
    return before is None or before.group(1).lower() in _OPENERS


@lru_cache(maxsize=1)
def pairs() -> dict[tuple[str, str], str]:
    """(head, dependent) -> the compound, and the head's plural to the same compound."""
    out: dict[tuple[str, str], str] = {}
    for r in lexicon_rows(PAIRS_FILE):
        if len(r) == 3:
            head, dep, compound = r
            if " " not in out.get((head, dep), " "):
                continue  # a closed compound (schoolteacher) over its open spelling (school teacher)
            plural = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else \
                head + ("es" if head.endswith(("s", "sh", "ch", "x")) else "s")
            out[(head, dep)], out[(plural, dep)] = compound, compound + "s"
    return out


_CANDIDATE = regex.compile(r"\b(?=(?P<head>\p{Ll}+)\s+of\s+(?P<dep>\p{Ll}+)\b(?P<after>\s+[\p{L}'’-]+|[^\p{L}\s]|\s*$))")


class GenitiveCompoundDetector:
    name = "calques-genitive-compound"
    rules = (GENITIVE_COMPOUND,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        text = doc.text
        if " of " not in text:
            return
        table = pairs()
        hits = []
        for m in _CANDIDATE.finditer(text):
            compound = table.get((m.group("head"), m.group("dep")))
            if compound is None:
                continue
            after = m.group("after").strip().lower()
            if after[:1].isalpha() and after not in _AFTER:
                continue
            if " " in compound and (after != "of" or not _bare_head(text, m.start("head"))):
                continue
            hits.append((m.start("head"), m.end("dep"), compound))
        if not hits:
            return
        from mtaudit.detectors.russian_setting import near_russia

        if not near_russia(doc, ctx):
            return
        for start, end, compound in hits:
            written = text[start:end]
            yield GENITIVE_COMPOUND.finding(
                doc, start, end,
                f"“{written}” keeps a Russian genitive word for word; English names this with one "
                f"compound: “{compound}”",
                fix=Fix.replace(start, end, compound, Applicability.UNSAFE, f"write “{compound}”"))


DETECTOR = GenitiveCompoundDetector()
