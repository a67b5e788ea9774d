"""World brands back-transliterated through Russian (MT114).

Russian news writes a foreign brand in Cyrillic by its Russian name (Ханкук, Фольксваген, Мицубиси,
Леруа Мерлен, Кока-Кола); an MT system that does not recognise it romanises the Cyrillic, so the
English text carries "Khankuk", "Folksvagen", "Mitsubisi", "Lerua Merlen" where English writes the
brand as its owner does (Hankook, Volkswagen, Mitsubishi, Leroy Merlin). The spellings are derived,
not listed: data/foreign_brand_spellings.tsv is built by scripts/build_foreign_brand_spellings.py,
which runs the Russian spelling of each brand of data/foreign_brands_ru.tsv through the
romanisations MT uses and keeps only spellings that are neither the native name, an English word,
nor a name people write (a first name, a surname of names-dataset's countries, a city).

Evidence: the spelling, capitalised, as a whole word, in a sentence that speaks of products or firms
(data/foreign_brand_cues.txt: brand, company, tyres, cars, smartphones, dealer, chain, ...). The fix
is the native name (unsafe: a Russian firm may have borrowed the sound on purpose).

Quiet: the native spelling (Hyundai, Toyota), Russian names that share letters with a spelling
(Kholmogory, Dzhankoy: in no table), a spelling in a sentence with no product or firm word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon

FOREIGN_BRAND = rule(
    "MT114", "foreign-brand-via-russian", "entity-mistranslation",
    summary="A world brand in its romanised Russian spelling (“Khankuk” for Hankook, “Folksvagen” for "
            "Volkswagen)",
    why="Russian writes foreign brands in Cyrillic (Ханкук, Фольксваген); MT that does not know the brand "
        "romanises the Cyrillic. English writes the brand as its owner does: Hankook, Volkswagen.",
    confidence="likely",
    bad=["Perm, 12 October. Tyres of the Korean brand Khankuk sold out in several shops.",
         "The dealer sold 300 Folksvagen cars in Kazan last month.",
         "A new Lerua Merlen hypermarket opened in Tula on Friday.",
         "Farmers in the Altai region bought 40 tractors of the Dzhon Dir brand.",
         "Owners of Mitsubisi crossovers queued at the service centre in Omsk."],
    good=["Tyres of the Korean brand Hankook sold out in several shops.",
          "The dealer sold 300 Volkswagen cars in Kazan last month.",
          "The Kholmogory cattle breed comes from the Arkhangelsk region.",
          "Trains to Dzhankoy were delayed on Monday.",
          "Khankuk smiled and went on reading."],
    applicability="unsafe")

_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows("foreign_brand_spellings.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    spellings = sorted(_table(), key=len, reverse=True)
    if not spellings:
        return None
    alternatives = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in spellings)
    return re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    words = sorted(lexicon.words("foreign_brand_cues.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


class ForeignBrandDetector:
    name = "foreign-brand-via-russian"
    rules = (FOREIGN_BRAND,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        pattern = _pattern()
        if pattern is None:
            return
        table = _table()
        for m in pattern.finditer(text):
            sentence = _sentence_of(text, m.start(), m.end())
            if not _cue().search(sentence):
                continue
            spelling = re.sub(r"[ \t]+", " ", m.group(1))
            native = table[spelling]
            yield FOREIGN_BRAND.finding(
                doc, m.start(1), m.end(1),
                f"“{m.group(1)}” is the brand {native} in its romanised Russian spelling; write “{native}”",
                fix=Fix.replace(m.start(1), m.end(1), native, Applicability.UNSAFE, f"write “{native}”"),
                evidence=["spelling: Russian name of a world brand", "cue: a product or firm word in the sentence"])


def _sentence_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
            text.rfind("? ", 0, start))
    b = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[a + 1:start] + " " + text[end:b]


DETECTOR = ForeignBrandDetector()
