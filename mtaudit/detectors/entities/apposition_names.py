"""Russian names of firms, clubs and places translated by meaning in the apposition slot after their
type noun (part of MT111).

Russian names an organisation after a generic type noun: компания «Морские ворота», холдинг
«Башкирский факел», ООО «Северная корона», таксопарк «Муравей». MT keeps the order, drops the quotes
and translates the words: "the company Sea Gate", "the holding Bashkir Torch", "OOO Northern
Crown", "the taxi park Ant". English writes the transliteration (Morskiye Vorota, Bashfakel,
Severnaya Korona, Muravei). The signature is the SLOT and the word class: right after a head of
data/name_apposition_heads.txt (the generic type nouns of Russian, not the descriptors English
journalism puts before a name it keeps: "the carmaker General Motors", "the bank First Republic"),
a run of one to three capitalised words that are all ordinary English words (Webster's lowercase
entries; a Russian regional adjective of data/name_region_adjectives.txt may open it).

Quiet: a run that goes on into a longer name ("the company Sun Microsystems"), one ending in an
organisation noun (an official English name: "the company United Aircraft Corporation"), a role
noun after the head ("the club President said"), names English keeps (names_english_keeps.txt),
glossary names and documents that name no Russian place (the detector checks). The run may be
followed by a person's name only in the Russian "director of the <type> <Name> <Person>" shape.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word

_ACRONYM_HEADS = frozenset("LLC OOO JSC OJSC CJSC PJSC ZAO OAO PAO AO SPK "
                           # Russian state and municipal institutions and unitary enterprises (МКУ, МУП,
                           # ГБУ, ФГУП, АНО): written in capitals only, as the legal form, never the word
                           "MKU MUP GUP GBU GAU MBU MAU MKP FGUP FGBU FKU ANO".split())
_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?"
_RUN = re.compile(r"[ \t]+[«“\"]?(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})(?![\w’'&-])")
_GOES_ON = re.compile(r"[»”\"]?[ \t]*(?:[A-Z0-9&]|of\b|-\w|and[ \t]+[A-Z])")
# The Russian genitive field of the head before the name: "the festival of folk music <Name>".
_FIELD = re.compile(r"[ \t]+of[ \t]+((?:[a-z]+[ \t]+){0,2}[a-z]+)(?=[ \t]+[«“\"]?[A-Z])")
_FIELD_STOPS = frozenset("the a an this that its his her their our my your all every each some any no "
                         "and or but year month week day season".split())
# "The director of the taxi park Ant Ilsur Gimranov": a person named after the firm that employs them.
_SEASON = re.compile(r"\b(?:in|during|since|until|till|by|through|this|last|next|every|early|late|of)[ \t]+"
                     r"(?:the[ \t]+)?$", re.IGNORECASE)
_ROLE_OF = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def heads() -> dict[str, int]:
    """Head (lower case) -> the fewest words of a name read after it."""
    return {cols[0].lower(): int(cols[1]) for cols in lexicon.rows("name_apposition_heads.txt") if len(cols) >= 2}


@lru_cache(maxsize=1)
def _quoted_only() -> frozenset[str]:
    """Heads whose name counts only in quotes (the Russian «»): "the brand "Wild Meadow"", while
    "the brand Lucky Strike", "the ski resort Big Sky" are English."""
    return frozenset(cols[0].lower() for cols in lexicon.rows("name_apposition_heads.txt")
                     if len(cols) >= 3 and cols[2] == "quoted")


@lru_cache(maxsize=1)
def _region_adjectives() -> frozenset[str]:
    return lexicon.words("name_region_adjectives.txt")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternatives = sorted(heads(), key=len, reverse=True)
    head = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in alternatives)
    return re.compile(r"(?<![\w-])(" + head + r")(?=[ \t])", re.IGNORECASE)


def _name_word(word: str, first: bool) -> bool:
    if word in lexicon.first_names():
        return False  # "the enterprise Konstantin Lebed": its director, not its name
    low = word.lower()
    return _common(low) or (first and word in _region_adjectives()) or \
        (low.endswith("s") and _common(low[:-1]) and not first)  # "Northern Lights"


_BRITISH = ((r"re$", "er"), (r"our$", "or"), (r"ise$", "ize"), (r"yse$", "yze"), (r"ogue$", "og"))


def _common(low: str) -> bool:
    """An ordinary English word in either spelling: the word list is American ("Northern Fibre")."""
    return is_common_word(low) or any(re.search(pat, low) and is_common_word(re.sub(pat, rep, low))
                                      for pat, rep in _BRITISH)


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Words after a head that are not a name: roles, parts of an organisation, English keeps."""
    return (frozenset(lexicon.person_heads()) | lexicon.words("organisation_nouns.txt")
            | lexicon.words("names_english_keeps.txt"))


def candidates(text: str):
    """(start, end, name, head) of every name of ordinary English words in a head's apposition slot."""
    for h in _pattern().finditer(text):
        written = h.group(1)
        head = re.sub(r"\s+", " ", written)
        if head.upper() in _ACRONYM_HEADS:
            if written != head.upper():
                continue  # "Ao", "llc": not the legal form
        elif not written[:1].islower() and not _sentence_start(text, h.start()):
            continue  # "Plant Director", "Club Med": a capitalised head is itself a name
        m = _RUN.match(text, h.end())
        if m is None:  # "the festival of folk music Silver Bellows": the head's genitive field first
            f = _FIELD.match(text, h.end())
            if f is not None and not any(w in _FIELD_STOPS or not is_common_word(w) for w in f.group(1).split()):
                m = _RUN.match(text, f.end())
        if m is None or (head.lower() == "spring" and _SEASON.search(text, max(0, h.start() - 20), h.start())):
            continue
        quoted = m.start(1) > m.start() and text[m.start(1) - 1] in "«“\""
        if head.lower() in _quoted_only() and not quoted:
            continue
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(1))]
        words = [m.group(1)[a:b] for a, b in spans]
        n = 0
        while n < len(words) and _name_word(words[n], n == 0):
            n += 1
        if n < heads()[head.lower()] or words[0].lower() in _stops() or words[n - 1].lower() in _stops():
            continue
        start, end = m.start(1), m.start(1) + spans[n - 1][1]
        if text[start:end].lower() in _stops():
            continue
        if (n < len(words) or _GOES_ON.match(text, end)) and \
                not _person_follows(text, h.start(), words[n:]):
            continue
        yield start, end, text[start:end], head.lower()


def _person_follows(text: str, head_start: int, rest) -> bool:
    """A person's name after the firm's name, in the Russian "director of the <type> <Name> <Person>"."""
    if not rest:
        return False
    role = _ROLE_OF.search(text, max(0, head_start - 60), head_start)
    return role is not None and role.group(1).lower() in lexicon.person_heads()


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"“«'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


@lru_cache(maxsize=1)
def _noun_spellings() -> dict[str, str]:
    """English meaning (lower case) -> the Latin spelling of the Russian noun lemma it renders
    (toponym_forms.tsv: "lighthouse" -> Mayak), the Wikipedia-style spelling with "y" preferred."""
    out: dict[str, str] = {}
    for cols in lexicon.rows("toponym_forms.tsv"):
        if len(cols) < 4 or cols[3] != "noun" or cols[0].lower() != _plain(cols[2]):
            continue
        for meaning in cols[1].split("|"):
            old = out.get(meaning.lower())
            if old is None or cols[0].count("y") > old.count("y"):
                out[meaning.lower()] = cols[0]
    return out


def _plain(lemma: str) -> str:
    """The lemma's letters in a rough Latin reading, to keep a noun's lemma form only (not "Balki")."""
    return lemma.translate(_ROUGH).lower()


_ROUGH = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
                        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
                        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
                        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
                        "я": "ya"})


def back_translation(name: str) -> str | None:
    """The transliteration a one-word name undoes to, when the toponym forms know its noun."""
    if " " in name:
        return None
    return _noun_spellings().get(name.lower())
