"""An English initialism spelled out by its letters' Russian names and transliterated back:
"Bi-bi-si" for BBC, "Si-en-en" for CNN, "Ef-bi-ai" for FBI, "Pi-ar" for PR (MT608).

Russian writes many Western initialisms by the names of their letters (Би-би-си, Си-эн-эн,
Эн-би-эй, Ай-ти, Пи-ар); MT transliterates the word instead of giving the initials back. The letter
names and their scheme spellings are data (letter_names_ru.tsv): a hyphenated word whose every
part is a letter name reads back into the initialism, which is the fix. Two parts that repeat one
name ("Bi-Bi", a nickname) are left alone; so are words English writes with a hyphen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.plain_english import is_english_word

LETTER_NAME_ACRONYM = rule(
    "MT608", "initialism-spelled-by-letter-names", "untranslated",
    summary="an English initialism spelled by its letters' Russian names (“Bi-bi-si” for BBC, "
            "“Si-en-en” for CNN, “Pi-ar” for PR)",
    why="Russian writes Western initialisms by the names of their letters (Би-би-си, Си-эн-эн, "
        "Эф-би-ай, Пи-ар); MT transliterates that word, which no English reader knows. Read the "
        "letter names back (letter_names_ru.tsv) and the initials come out.",
    confidence="likely",
    bad=["The Russian service of the Bi-bi-si said the talks had failed.",
         "The senator told Si-en-en that the vote would be held in May.",
         "An agent of the Ef-bi-ai questioned the banker in Miami.",
         "The governor's team spent millions on pi-ar before the vote.",
         "The anchor left En-bi-si after ten years."],
    good=["The Russian service of the BBC said the talks had failed.",
          "Bi-Bi waved to the crowd in Tel Aviv.",
          "The hi-fi shop on the corner closed.",
          "A bi-annual report on the El-Al airline was published."],
    applicability="safe",
)

_HYPHENATED = re.compile(r"(?<![\w’'@#/.-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w’'@/-])")


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    return {cols[0]: cols[1] for cols in lexicon.rows("letter_names_ru.tsv") if len(cols) >= 2}


def initialism(word: str) -> str | None:
    """The initialism a hyphenated word of letter names spells ("Bi-bi-si" -> "BBC"), or None."""
    letters = _letters()
    low = word.lower()
    for two in ("dabl-yu", "dabl-ju"):  # W is the one name with a hyphen of its own
        low = low.replace(two, two.replace("-", ""))
    parts = low.split("-")
    if len(parts) < 2 or any(p not in letters for p in parts):
        return None
    if len(parts) == 2 and parts[0] == parts[1]:
        return None  # "Bi-Bi", "Ti-Ti": a nickname
    if is_english_word(low.replace("-", "")) and len(parts) == 2:
        return None  # "Ai-ai"? an English word written with a hyphen
    return "".join(letters[p] for p in parts)


class LetterNameAcronymDetector:
    name = "initialism-spelled-by-letter-names"
    rules = (LETTER_NAME_ACRONYM,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for m in _HYPHENATED.finditer(text):
            found = initialism(m.group())
            if found is None:
                continue
            yield LETTER_NAME_ACRONYM.finding(
                doc, m.start(), m.end(),
                f"“{m.group()}” spells the initialism {found} by its letters' Russian names; write {found}",
                fix=Fix.replace(m.start(), m.end(), found, Applicability.SAFE, f"write “{found}”"))


DETECTOR = LetterNameAcronymDetector()
