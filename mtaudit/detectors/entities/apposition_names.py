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

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_common_word_or_plural, lemmas_by_pos
from mtaudit.text.word_led import WordLed

_ACRONYM_HEADS = frozenset("LLC OOO JSC OJSC CJSC PJSC ZAO OAO PAO AO SPK "
                           # Russian state and municipal institutions and unitary enterprises (МКУ, МУП,
                           # ГБУ, ФГУП, АНО): written in capitals only, as the legal form, never the word
                           "MKU MUP GUP GBU GAU MBU MAU MKP FGUP FGBU FKU ANO "
                           # the same legal forms left in Cyrillic ("the contractor ООО Reliable Roof")
                           "ООО ОАО ЗАО ПАО АО".split())
_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?(?:['’]s)?"
_RUN = re.compile(r"[ \t]+[«“\"]?(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})(?![\w’'&-])")
# MT keeps the Russian quotes and the Russian sentence case of a name: «Русское поле» -> "Russian
# field", «Золотая нива» -> "Golden cornfield". Only inside quotes do lowercase words continue a name.
_SENTENCE_CASE = re.compile(r"[ \t]+[«“\"](" + _WORD + r"(?:[ \t]+[a-z]+(?:['’]s)?){1,3})(?=[»”\"])")
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
def class_heads() -> frozenset[str]:
    """Type nouns of protected areas and associations of people, from WordNet's classes
    (data/name_class_heads.tsv, scripts/build_name_class_heads.py): "the reserve Salt Shore", "the
    national park Snow Ridge", "the association of hunters Sea Wolf". Read only after "the" and
    with a name of two words or more, as Russian order: English writes "the Salt Shore reserve"."""
    return frozenset(cols[0] for cols in lexicon.rows("name_class_heads.tsv") if len(cols) >= 2) - set(heads())


@lru_cache(maxsize=1)
def _quoted_only() -> frozenset[str]:
    """Heads whose name counts only in quotes (the Russian «»): "the brand "Wild Meadow"", while
    "the brand Lucky Strike", "the ski resort Big Sky" are English."""
    return frozenset(cols[0].lower() for cols in lexicon.rows("name_apposition_heads.txt")
                     if len(cols) >= 3 and cols[2] == "quoted")


@lru_cache(maxsize=1)
def _region_adjectives() -> frozenset[str]:
    return lexicon.words("name_region_adjectives.txt")


# "the chain of workshops Wheel Yard", "a network of filling stations Sea Breeze": сеть мастерских
# «Колёсный двор». English puts a name it keeps before the plural ("the Halfords chain of workshops"),
# so a name after "chain of <plural>" is the Russian apposition.
_CHAIN = r"(?:chain|network)[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z-]+(?<!s)s"
# "The factory, known as Flame, stopped": the Russian «фабрика, известная как "Пламя"».
_KNOWN_AS = re.compile(r",?[ \t]+(?:(?:better|also|locally|widely)[ \t]+)?(?:known[ \t]+as|called|named)(?=[ \t])")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternatives = longest_first(set(heads()) | class_heads())
    head = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in alternatives)
    return re.compile(r"(?<![\w-])(" + _CHAIN + "|" + head + r")(?=[ \t,])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _head_scan() -> WordLed:
    """`_pattern()` tried only at the words that open a head: the detector's largest cost otherwise."""
    return WordLed(_pattern(), set(heads()) | class_heads() | {"chain", "network"})


def _min_words(head: str) -> int:
    return 1 if re.match(_CHAIN, head, re.IGNORECASE) else heads().get(head.lower(), 2)


_THE_BEFORE = re.compile(r"(?<![\w-])the[ \t]+$")


def composed_run(words: list[str], n: int = 0) -> int:
    """How many leading words form a Russian name composed word by word from the name lexicon
    (name_words.py: "Ural Frost" -> Uralsky Moroz, "Red Guelder Rose" -> Krasnaya Kalina), when that
    run is longer than the `n` ordinary words already read; 0 when none. A proper adjective of a
    Russian river or region (Ural, Kama) or a lexicon word English does not list (Guelder) counts
    only inside such a composed run."""
    from mtaudit.detectors.entities import name_words

    if not words or words[0] in lexicon.first_names():
        return 0
    for k in range(min(len(words), 4), n, -1):
        if k >= 2 and name_words.transliteration(" ".join(words[:k])) is not None:
            return k
    return 0


def _type_noun(word: str) -> bool:
    """A name's last word that is itself a type noun ("Park", "Society", "Reserve"): a full name."""
    low = word.lower()
    return low in heads() or low in class_heads() or low in lexicon.words("organisation_nouns.txt") \
        or low in lexicon.words("place_nouns.txt")


def _composed_whole(words: list[str]) -> bool:
    """A run of two words or more that composes whole into a Russian name from the name lexicon
    ("White Steppe" -> Belaya Step): Russian even unquoted after a head English uses ("the brand
    White Steppe"; "the brand Lucky Strike" composes into nothing)."""
    return len(words) >= 2 and composed_run(words) == len(words)


def _proper_opening(word: str) -> bool:
    """The proper adjective of a Russian river, lake or region that opens a Russian name (Ural, Kama,
    Vyatka, Oka): an adjective of the name lexicon that English lists in no common sense, or one
    English keeps in official names of its own ("Ural Airlines", whose noun the lexicon lacks)."""
    from mtaudit.detectors.entities import name_words

    low = word.lower()
    return word not in lexicon.first_names() and name_words.is_adjective(low) and \
        (not _common(low) or low in lexicon.words("names_english_keeps.txt"))


def _name_word(word: str, first: bool, wide: bool = False) -> bool:
    """An ordinary English word in a name; `wide` (after a WordNet class head) takes WordNet's nouns
    and adjectives too ("Sea Hunters"), which the word list misses."""
    if word in lexicon.first_names():
        return False  # "the enterprise Konstantin Lebed": its director, not its name
    low = re.sub(r"['’]s$", "", word.lower())  # "Merchant's Yard" (Купеческий двор)
    return _common(low) or (first and word in _region_adjectives()) or \
        (low.endswith("s") and _common(low[:-1]) and not first) or \
        (wide and bool({"NOUN", "ADJ"} & set(lemmas_by_pos(low) or ())))  # "Northern Lights"


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


# A town's name shaped as a Russian adjective ("Yuzhny", "Zarechny") is itself a name's first word
# ("OOO Yuzhny Dom"), not a town standing as an attribute.
_ADJECTIVE_ENDINGS = ("y", "i", "aya", "oye", "oe", "ye")


def _natural_head(word: str) -> bool:
    """A noun of a natural thing or a place (data/name_word_heads.txt, from WordNet), the last word
    of a firm's name by meaning ("Lipetsk Fish", "Kaluga Wings"), not of an official one ("Kirov
    Electric Transport")."""
    low = word.lower()
    heads_ = lexicon.words("name_word_heads.txt")
    return low in heads_ or (low.endswith("s") and low[:-1] in heads_)


def candidates(text: str, places: frozenset[str] = frozenset()):
    """(start, end, name, head) of every name of ordinary English words in a head's apposition slot.
    `places` are the Russian places the text names: one may open a name as its attribute, the way a
    Russian adjective of a town does ("the farm Lipetsk Fish", Липецкая рыба), when ordinary words
    follow it."""
    for h in _head_scan().finditer(text):
        written = h.group(1)
        head = re.sub(r"\s+", " ", written)
        if head.upper() in _ACRONYM_HEADS:
            if written != head.upper():
                continue  # "Ao", "llc": not the legal form
        elif not written[:1].islower() and not _sentence_start(text, h.start()):
            continue  # "Plant Director", "Club Med": a capitalised head is itself a name
        if head.lower() in class_heads() and (not written.islower() or
                                              not _THE_BEFORE.search(text, max(0, h.start() - 8), h.start())):
            continue  # a WordNet class head: only "the reserve <Name>", never "a nature park" or "Park"
        chain = re.match(_CHAIN, head, re.IGNORECASE) is not None
        k = _KNOWN_AS.match(text, h.end())
        m = _SENTENCE_CASE.match(text, k.end() if k else h.end()) or _RUN.match(text, k.end() if k else h.end())
        if m is None and text[h.end():h.end() + 1] == ",":
            continue
        if m is None:  # "the festival of folk music Silver Bellows": the head's genitive field first
            f = _FIELD.match(text, h.end())
            if f is not None and not any(w in _FIELD_STOPS or not is_common_word_or_plural(w) for w in f.group(1).split()):
                m = _RUN.match(text, f.end())
        if m is None or (head.lower() == "spring" and _SEASON.search(text, max(0, h.start() - 20), h.start())):
            continue
        quoted = m.start(1) > m.start() and text[m.start(1) - 1] in "«“\""
        if not chain and head.lower() in _quoted_only() and not quoted and k is None and \
                not (head.lower() in _RUSSIAN_ORDER_QUOTED and len(m.group(1).split()) >= 2) and \
                not (head.lower() in _COMPOSED_UNQUOTED and _composed_whole(m.group(1).split())):
            continue
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(1))]
        words = [m.group(1)[a:b] for a, b in spans]
        n = 0
        sentence_case = m.re is _SENTENCE_CASE
        wide = head.lower() in class_heads()
        town = len(words) >= 2 and words[0] in places and _name_word(words[1], False, wide) and \
            _natural_head(words[-1]) and not words[0].endswith(_ADJECTIVE_ENDINGS)
        while n < len(words) and (_name_word(words[n], n == 0, wide) or (sentence_case and n == 0 and words[0] == "Russian")
                                  or (n == 0 and town)):
            n += 1  # "Russian field" in quotes is «Русское поле»; "the company Russian Railways" is English
        composed = composed_run(words)
        n = max(n, composed)
        # "Ural Frost", "Kama Bank": Russian by composition; not "Ural Road Concession", which goes on
        proper = composed >= 2 and composed == n and _proper_opening(words[0])
        if n < (1 if k else _min_words(head)) or (words[0].lower() in _stops() and not proper) or \
                (words[n - 1].lower() in _stops() and not proper):
            continue
        start, end = m.start(1), m.start(1) + spans[n - 1][1]
        if text[start:end].lower() in _stops():
            continue
        if head.lower() in class_heads() and _type_noun(words[n - 1]):
            continue  # "the park Central Park", "the society Royal Geographical Society": an English full name
        if (n < len(words) or _GOES_ON.match(text, end)) and \
                not _person_follows(text, h.start(), words[n:]):
            continue
        yield start, end, text[start:end], head.lower()
    yield from _before_heads(text)
    yield from _role_of_quoted(text)
    yield from _comma_apposition(text)


# "The largest management company of the city, Cozy House, serves 1,200 buildings" (крупнейшая
# управляющая компания города «Уютный дом»): MT puts the Russian name in a comma apposition after
# its type noun and the noun's genitive field. English writes such appositions too ("the largest
# company in the region, United Utilities,"), so only a name whose every word is the meaning of a
# Russian name word and that composes into a Russian name (name_words.transliteration: Cozy House ->
# Uyutny Dom) counts, closed by a comma, a full stop or a bracket.
_COMMA_NAME = re.compile(r"(?:[ \t]+(?:of|in)[ \t]+the[ \t]+(?:city|town|region|district|village|republic))?"
                         r",[ \t]+(" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,2})(?=[ \t]*[,.;)(])")
# "the centre for the rescue of hedgehogs Prickly Friend" (центр спасения ежей «Колючий друг»): a
# centre's Russian genitive field, then the name.
_CENTRE_FOR = re.compile(r"(?<![\w-])(?:centre|center|fund|foundation)[ \t]+for[ \t]+(?:the[ \t]+)?"
                         r"(?:rescue|protection|rehabilitation|support|development|treatment|care|help|"
                         r"adaptation)[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z-]+(?=[ \t]+[«“\"]?[A-Z])")


def _comma_apposition(text: str):
    from mtaudit.detectors.entities import name_words

    for h in _head_scan().finditer(text):
        if not h.group(1)[:1].islower():
            continue
        m = _COMMA_NAME.match(text, h.end())
        if m is None:
            continue
        name = m.group(1)
        words = name.split()
        if any(w in lexicon.first_names() or w.lower() in _stops() for w in words):
            continue
        if name_words.transliteration(name) is not None:
            yield m.start(1), m.end(1), name, re.sub(r"\s+", " ", h.group(1)).lower()
    for h in _CENTRE_FOR.finditer(text):
        m = _RUN.match(text, h.end())
        if m is None:
            continue
        words = m.group(1).split()
        n = 0
        while n < len(words) and _name_word(words[n], n == 0):
            n += 1
        if n == 0 or n < len(words) or words[0].lower() in _stops() or words[-1].lower() in _stops() \
                or _GOES_ON.match(text, m.end(1)):
            continue
        yield m.start(1), m.end(1), m.group(1), "centre"


# "the general director of "Russian field" Andrei Rogozhkin" (генеральный директор «Русского поля»): a
# quoted name of ordinary words after a person's role and "of" names the firm the person runs.
_ROLE_QUOTED = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?[«“\"](" + _WORD + r"(?:[ \t]+(?:" + _WORD +
                          r"|[a-z]+(?:['’]s)?)){0,3})[»”\"]")


def _role_of_quoted(text: str):
    for m in _ROLE_QUOTED.finditer(text):
        if m.group(1).lower() not in lexicon.person_heads():
            continue
        words = m.group(2).split()
        if len(words) < 2:
            continue  # "the coach of "Rotor"": a one-word club name English keeps as it is
        if not all(_name_word(w, i == 0) or (i == 0 and w == "Russian") for i, w in enumerate(words)) or \
                words[0].lower() in _stops() or words[-1].lower() in _stops():
            continue
        yield m.start(2), m.end(2), m.group(2), m.group(1).lower() + " of"


# Quoted-only heads whose unquoted name of two words or more is still the Russian order: English writes
# "the Whole Foods chain" and "the chain Whole Foods" rarely; "the chain Sea Kingdom" is сеть
# «Морское царство».
_RUSSIAN_ORDER_QUOTED = frozenset({"chain", "retail chain"})
# Quoted-only heads of a product's name, whose unquoted name counts when it composes whole into a
# Russian name ("the brand White Steppe": Belaya Step); "the ski resort Big Sky" composes too, but
# English writes a resort's name after its type noun.
_COMPOSED_UNQUOTED = frozenset({"brand", "trademark"})


@lru_cache(maxsize=1)
def _before_pattern() -> re.Pattern:
    """"the Sea Kingdom dolphinarium": a name of ordinary words between an article and a head of
    data/name_prehead_heads.txt (the type nouns of Russian firms and venues English puts after a
    name it keeps: "the Kamskiye Uvaly nature reserve", "the Morskoye Tsarstvo dolphinarium")."""
    alternatives = longest_first((cols[0] for cols in lexicon.rows("name_prehead_heads.txt")))
    head = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in alternatives)
    return re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \t]+((?:" + _WORD + r"[ \t]+){1,3})(" + head +
                      r")(?![\w-])")


@lru_cache(maxsize=1)
def _before_min() -> dict[str, int]:
    return {cols[0].lower(): int(cols[1]) for cols in lexicon.rows("name_prehead_heads.txt") if len(cols) >= 2}


@lru_cache(maxsize=1)
def _proper_adjectives() -> frozenset[str]:
    """Capitalised adjectives English writes before a type noun ("the Soviet sanatorium", "the
    Arctic reserve", "the Christmas fair"): not a name."""
    return frozenset(w.lower() for w in lexicon.words("name_prehead_stops.txt"))


def _before_heads(text: str):
    for m in _before_pattern().finditer(text):
        words = m.group(1).split()
        head = re.sub(r"\s+", " ", m.group(2)).lower()
        if len(words) < _before_min().get(head, 2):
            continue
        # "the Kama Shore company": a river's adjective opens a name composed whole from the lexicon
        proper = composed_run(words) == len(words) and _proper_opening(words[0])
        if not proper and any(w.lower() in _proper_adjectives() or not _name_word(w, i == 0)
                              for i, w in enumerate(words)):
            continue
        if not proper and (words[0].lower() in _stops() or words[-1].lower() in _stops()):
            continue
        start = m.start(1)
        end = start + len(m.group(1).rstrip())
        yield start, end, text[start:end], head


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
