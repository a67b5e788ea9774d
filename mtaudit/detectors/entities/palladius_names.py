"""Chinese names back-transliterated through Russian (MT112).

Russian writes Chinese names in the Palladius system (Ван Сюэ, Чжан Вэй, Ли Сяолун); MT turns the
Cyrillic into Latin letters, so the English text carries "Van Syuy", "Chzhan Vey", "Li Syaolun"
where English writes the pinyin (Wang Xue, Zhang Wei, Li Xiaolun). The signature is the SPELLING:
a run of two or three capitalised words, each of which splits whole into the Palladius syllables of
data/palladius_syllables.tsv, one of which is a spelling only Palladius gives (sya, syu, tsz,
chzh, tsy: no English word and no pinyin syllable has them). The fix proposes the pinyin syllable by
syllable (unsafe: the Russian soft sign is lost, so Van may be Wan or Wang).

Quiet: Russian names with "sya"/"tsy" (Vasya Petrov, Tsyganov): some word of the run does not split
into Chinese syllables; pinyin itself (Zhang Wei, Xi Jinping) holds no Palladius-only spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon

PALLADIUS_NAME = rule(
    "MT112", "chinese-name-via-russian", "entity-mistranslation",
    summary="A Chinese name in the Russian (Palladius) spelling (“Chzhan Vey”, “Van Syuy”)",
    why="Russian spells Chinese names in the Palladius system (Чжан Вэй, Ван Сюэ); MT romanises the "
        "Cyrillic. English writes the pinyin: Zhang Wei, Wang Xue.",
    confidence="likely",
    bad=["The Chinese skater Chzhan Vey won the silver medal in Harbin.",
         "Coach Van Syuy said the team was ready.",
         "The forward Li Syaolun scored twice."],
    good=["The Chinese skater Zhang Wei won the silver medal in Harbin.",
          "Vasya Petrov and Tsyganov scored twice.",
          "Xi Jinping met Li Qiang in Beijing."],
    applicability="unsafe",
)

_RUN = re.compile(r"(?<![\w’'-])([A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2})(?![\w’'-])")


@lru_cache(maxsize=1)
def _syllables() -> dict[str, tuple[str, bool]]:
    return {r[0]: (r[1], r[2] == "1") for r in lexicon.rows("palladius_syllables.tsv") if len(r) >= 3}


def _split(word: str):
    """(pinyin, marked) of the word split whole into Palladius syllables (longest first), or None."""
    table = _syllables()
    word = word.lower().replace("-", "")

    @lru_cache(maxsize=None)
    def walk(i: int):
        if i == len(word):
            return ("", False)
        for j in range(min(len(word), i + 6), i, -1):
            hit = table.get(word[i:j])
            if hit is None:
                continue
            rest = walk(j)
            if rest is not None:
                return (hit[0] + rest[0], hit[1] or rest[1])
        return None

    return walk(0)


class PalladiusNameDetector:
    name = "palladius-names"
    rules = (PALLADIUS_NAME,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for m in _RUN.finditer(text):
            words = m.group(1).split(" ")
            parts = [_split(w) for w in words]
            # the Chinese stretch of the run ("Coach Van Syuy": the title stays out)
            i = 0
            while i < len(parts) and parts[i] is None:
                i += 1
            j = i
            while j < len(parts) and parts[j] is not None:
                j += 1
            if j - i < 2 or j < len(parts) or not any(p[1] for p in parts[i:j]):
                continue
            pinyin = " ".join(p[0][:1].upper() + p[0][1:] for p in parts[i:j])
            start = m.start(1) + sum(len(w) + 1 for w in words[:i])
            end = m.end(1)
            name = text[start:end]
            yield PALLADIUS_NAME.finding(
                doc, start, end,
                f"“{name}” is a Chinese name in the Russian (Palladius) spelling: write the pinyin, "
                f"“{pinyin}”?",
                fix=Fix.replace(start, end, pinyin, Applicability.UNSAFE, f"write “{pinyin}”"))


DETECTOR = PalladiusNameDetector()
