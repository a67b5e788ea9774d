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

from mtaudit.core.ordering import longest_first

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
         "Owners of Mitsubisi crossovers queued at the service centre in Omsk.",
         "Dealers of Khavejl and Chery sold a record number of crossovers in Tver.",
         'The company "Baikal Treiding" won the tender for coal deliveries.'],
    good=["Tyres of the Korean brand Hankook sold out in several shops.",
          "The dealer sold 300 Volkswagen cars in Kazan last month.",
          "The Kholmogory cattle breed comes from the Arkhangelsk region.",
          "Trains to Dzhankoy were delayed on Monday.",
          "Khankuk smiled and went on reading.",
          'The company "Baikal Trading" won the tender for coal deliveries.'],
    applicability="unsafe")

_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def _key(spelling: str) -> str:
    """A spelling with the letters romanisations swap folded (x/kh, j/y), so that a spelling mixing two
    schemes ("Khavejl": kh of one, j of another) meets the table."""
    return re.sub(r"[ \t]+", " ", spelling).lower().replace("x", "kh").replace("j", "y")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Folded spelling -> native, for brands (a whole name)."""
    return {_key(r[0]): r[1] for r in lexicon.rows("foreign_brand_spellings.tsv")
            if len(r) >= 3 and r[2] != "name-word"}


@lru_cache(maxsize=1)
def _name_words() -> dict[str, str]:
    """Folded spelling -> native, for English words inside a firm's name ("Alfa Treiding")."""
    return {_key(r[0]): r[1] for r in lexicon.rows("foreign_brand_spellings.tsv")
            if len(r) >= 3 and r[2] == "name-word"}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    """Capitalised words (one to three) that may be a spelling of the table, by their folded key."""
    if not _table():
        return None
    return re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+){0,2})(?![\w-])")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    words = longest_first(lexicon.words("foreign_brand_cues.txt"))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


class ForeignBrandDetector:
    name = "foreign-brand-via-russian"
    rules = (FOREIGN_BRAND,)
    needs = frozenset()

    @staticmethod
    def _name_word(doc, text, run):
        return _name_word_finding(doc, text, run)

    def detect(self, doc, ctx):
        text = doc.text
        pattern = _pattern()
        if pattern is None:
            return
        table = _table()
        for run in pattern.finditer(text):
            hit = _longest(run.group(1), table)
            if hit is None:
                yield from self._name_word(doc, text, run)
                continue
            start, end = run.start(1), run.start(1) + len(hit)
            sentence = _sentence_of(text, start, end)
            if not _cue().search(sentence):
                continue
            native = table[_key(hit)]
            yield FOREIGN_BRAND.finding(
                doc, start, end,
                f"“{hit}” is the brand {native} in its romanised Russian spelling; write “{native}”",
                fix=Fix.replace(start, end, native, Applicability.UNSAFE, f"write “{native}”"),
                evidence=["spelling: Russian name of a world brand", "cue: a product or firm word in the sentence"])


def _name_word_finding(doc, text, run):
    """An English word of a firm's name in its Russian spelling, after the name's first word ("Hyperion
    Liding", "Alfa Treiding"), in a sentence that speaks of firms."""
    words = _name_words()
    for w in list(re.finditer(r"[A-Z][a-z]+", run.group(1)))[1:]:
        native = words.get(_key(w.group()))
        if native is None:
            continue
        start, end = run.start(1) + w.start(), run.start(1) + w.end()
        if not _cue().search(_sentence_of(text, start, end)):
            continue
        yield FOREIGN_BRAND.finding(
            doc, start, end,
            f"“{w.group()}” is the English word {native} of a firm's name in its romanised Russian spelling; "
            f"write “{native}”",
            fix=Fix.replace(start, end, native, Applicability.UNSAFE, f"write “{native}”"),
            evidence=["spelling: Russian spelling of an English name word", "cue: a firm word in the sentence"])


def _longest(run: str, table: dict[str, str]) -> str | None:
    """The longest opening of a run of capitalised words that is a spelling of the table ("Dzhon Dir"
    before "Dzhon"); a spelling inside a longer name is that name's business, not a brand's."""
    words = re.split(r"([ \t]+)", run)
    for n in range(len(words), 0, -2):
        head = "".join(words[:n])
        if _key(head) in table:
            return head if n == len(words) else None
    return None


def _sentence_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
            text.rfind("? ", 0, start))
    b = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[a + 1:start] + " " + text[end:b]


DETECTOR = ForeignBrandDetector()
