"""The transliteration a Russian name translated by meaning undoes to, composed word by word.

MT translates a Russian name made of ordinary words (ООО «Чистое поле» -> "Clean Field", сеть «Морское
царство» -> "Sea Kingdom", подрядчик «Северный щит» -> "Northern Shield"). The original is unknown,
but when every English word is the meaning of a Russian name word (data/name_word_forms.tsv, built
by scripts/build_name_word_forms.py from toponym_words.tsv and name_words_business.tsv), the likely
original is composed: the last word is the noun, the words before it adjectives that agree with the
noun's gender and number (Clean Field -> Chistoye Pole, Northern Shield -> Severny Shchit, Green
Valley -> Zelyonaya Dolina, Sea Kingdom -> Morskoye Tsarstvo). A name with a word the table lacks, or
of a shape this does not model (two nouns: "House of Bread"), gets no transliteration.
"""

from __future__ import annotations

from functools import lru_cache

from mtaudit.text import lexicon

_GENDERS = ("masc", "femn", "neut", "plur")


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(english lower case, kind) -> (gender, forms)."""
    out = {}
    for cols in lexicon.rows("name_word_forms.tsv"):
        if len(cols) >= 4:
            out[(cols[0], cols[1])] = (cols[2], tuple(cols[3].split("|")))
    return out


def is_adjective(word: str) -> bool:
    """`word` (lower case) is the English meaning of an adjective of Russian names (Ural, Kama, Red)."""
    return (word, "adj") in _table()


def transliteration(name: str) -> str | None:
    """The Russian name "Clean Field" renders, in Latin letters (Chistoye Pole), or None."""
    words = name.replace("’", "'").split()
    if not words or len(words) > 4:
        return None
    table = _table()
    # The noun: the longest run of words at the end that the table knows as a noun ("Pine Forest").
    for k in range(min(2, len(words)), 0, -1):
        noun = table.get((" ".join(words[-k:]).lower(), "noun"))
        if noun is not None:
            break
    else:
        return None
    gender, forms = noun
    out = [forms[0]]
    rest = words[:-k]
    while rest:
        for k in range(min(2, len(rest)), 0, -1):
            adj = table.get((" ".join(rest[-k:]).lower(), "adj"))
            if adj is not None:
                break
        else:
            return None
        out.insert(0, adj[1][_GENDERS.index(gender)])
        rest = rest[:-k]
    return " ".join(out)
