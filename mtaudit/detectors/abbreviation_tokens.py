"""The tokens MT606 judges and the shipped data it reads: Russian abbreviations in Latin letters.

The capitals-token pattern (transliteration digraphs allowed inside: "ZhKKh", "YaNAO"), the shape
tests a transliteration alone passes, the generated tables (ru_abbreviations.tsv,
english_acronyms.txt, ru_abbreviation_cues.tsv, ru_abbreviation_variants.tsv) and the Latin
spellings of a Cyrillic abbreviation. The detector (detectors.abbreviations) decides in context.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.text import lexicon

# Capitals, with transliteration digraphs allowed inside: ZhKKh, MChS, TsB, ORVI.
_TOKEN = re.compile(r"(?<![\w’'@#/.-])(?:[A-Z]|Zh|Kh|Ts|Ch|Shch|Sh|Ya|Yu|Ye|Yo)(?:[A-Z]|Zh|Kh|Ts|Ch|Shch|Sh|Ya|Yu|Ye|Yo)+"
                    r"(?:(?=-\d)|(?![\w’'@/-]))")
_DIGRAPH = re.compile(r"[A-Z][hs]")
# Я, Ю, Е, Ё written "Ya", "Yu", "Ye", "Yo" inside capitals (ЯНАО "YaNAO", ДЮСШ "DYuSSh"): with at
# least three capitals, so that English "YoY" (year on year) stays quiet.
_Y_DIGRAPH = re.compile(r"Y[aueo]")
# Russian-only shapes besides inner digraphs: НИИ "research institute" at the end (ЦНИИ, ААНИИ,
# ВНИИ) and a final Ц after a vowel (ТЭЦ "TETs", АЦ): an English plural "CTs" has a consonant there.
_RUSSIAN_ENDING = re.compile(r"(?:[A-Z]{1,4}NIII?|[A-Z]*[AEIOUY]Ts)$")
_NUMBERED = re.compile(r"-\d")
_RF_AFTER = re.compile(r"[ \t]+RF\b(?![’'-])(?![ \t]+(?:signal|signals|energy|power|amplifier|frequenc|band|chip|module|circuit|output|input|exposure|field|transmitter|receiver|filter|ablation|connector|cable|engineer))")
_TWO_LETTER = re.compile(r"(?<![\w’'@#/.-])[A-Z]{2}(?![\w’'@/-])")
_ENGLISH_PLACE_BEFORE = re.compile(
    r"\b(?:in|to|from|across|throughout|outside|into|within|around|visit|visited|leave|left|"
    r"and|or|with|for|than|between|against|via|towards?|like|US|EU)[ \t]+(?:the[ \t]+)?$", re.I)
# A university or institute abbreviation in mixed case: a capitalised syllable of a place name and
# capitals (УрФУ "UrFU", СибФУ "SibFU", СПбГУ "SPbGU"). Brands of the автозавод family end in "AZ"
# (KamAZ, BelAZ: company names English keeps) and are left out.
# A regional or field stem before the capitals is the same kind: КамчатНИРО "KamchatNIRO", ЮУрГУ
# "YuUrGU", СахНИРО "SakhNIRO" (a stem of up to eight letters, or two syllables, then 2-5 capitals).
_MIXED = re.compile(r"(?<![\w’'@#/.-])(?:[A-Z]{1,2}[a-z]{1,3}|[A-Z][a-z]{1,7}(?:[A-Z][a-z]{1,3})?)[A-Z]{2,5}"
                    r"(?<!AZ)(?![\w’'@/-])")
# A plural English adds to a Russian abbreviation ("NPZs", "MFTss" is not written): capitals + "s".
_PLURAL = re.compile(r"(?<![\w’'@#/.-])[A-Z]{3,5}s(?![\w’'@/-])")
# The Russian "имени" tail of an institution's name ("GMII named after Pushkin", "MGU named after
# Lomonosov"): the untranslated abbreviation is the whole name, its tail included.
_NAMED_AFTER = re.compile(r"[ \t]+named[ \t]+after[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}")
# A power plant's abbreviation (АЭС "AES", ГЭС "GES" after a place's initials: ЛАЭС "LAES", КАЭС)
# is read aloud as a word but is a run of initials.
_PLANT_ENDING = re.compile(r"[A-Z]{1,3}[AG]ES$")
# Capitals joined by the lower-case Russian conjunction "и" (УЭБиПК -> "UEBiPK", ОБиПК).
_JOINED = re.compile(r"(?<![\w’'@#/.-])[A-Z]{2,}(?:i[A-Z]+)+(?![\w’'@/-])")
# Letters no transliteration of Cyrillic capitals produces: W Q X J, an H outside Zh/Kh/Ch/Sh, a
# C outside Ch/Ts-style digraphs (scripts/build_english_acronyms.py lists only spellable ones).
_NOT_TRANSLITERATION = re.compile(r"[wqxj]|(?<![zkcs])h|c(?![hs])")
_DATELINE_AFTER = re.compile(r",[ \t]+(?:[A-Z][a-z]+|\w+[ \t]+\d)|[ \t]*(?:\(|[-—–][ \t])")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


_NAME_AFTER = re.compile(r"[ \t]+[«“\"]?[A-Z][a-z]")


@lru_cache(maxsize=1)
def legal_forms() -> dict[str, str]:
    """Latin spelling -> the Russian legal form (ru_legal_forms.tsv: OOO -> ООО)."""
    return {cols[0]: cols[1] for cols in lexicon.rows("ru_legal_forms.tsv") if len(cols) >= 2}


@lru_cache(maxsize=1)
def legal_form_english() -> dict[str, str]:
    """Latin spelling -> the English a report writes for the legal form (ru_legal_forms.tsv's third
    column: IP -> "sole trader"), for a finding whose form the glossary does not know."""
    return {cols[0]: cols[2] for cols in lexicon.rows("ru_legal_forms.tsv") if len(cols) >= 3}


def legal_form(text: str, token: str, end: int, about_russia) -> str | None:
    """The Russian legal form a token spells when it stands before a firm's name ("OOO Northern
    Crown") in a text about Russia (`about_russia`, asked only then), else None."""
    cyrillic = legal_forms().get(token)
    if cyrillic is None:
        return None
    if _coordinated(text, end - len(token), end):
        return cyrillic if about_russia() else None  # "small companies and IP", "the number of IP and OOO"
    if not _NAME_AFTER.match(text, end) or not about_russia():
        return None
    if token in _person_forms() and not _person_after(text, end):
        return None  # "IP Australia", "IP Telephony": a sole trader's form names a person after it
    return cyrillic


# A legal form counted as a kind of business, beside another one or a business noun ("small fishing
# companies and IP", "the number of IP and OOO", "IP, farms and legal entities"): Russian counts sole
# traders and companies by their forms' abbreviations; English names the kinds.
_BUSINESS_NOUN = (r"(?:companies|firms|enterprises|entrepreneurs|businesses|businessmen|legal[ \t]+entities|"
                  r"sole[ \t]+(?:traders|proprietors)|farms|farmers|cooperatives|co-ops)")


@lru_cache(maxsize=1)
def _coordination() -> tuple[re.Pattern, re.Pattern]:
    forms = "|".join(re.escape(f) for f in sorted(legal_forms(), key=len, reverse=True))
    other = rf"(?:{_BUSINESS_NOUN}|(?:{forms}|ZAO|OAO|PAO|KFKh|KFH)(?![\w-]))"
    link = r"[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]+"
    return (re.compile(rf"(?<![\w-]){other}{link}$"), re.compile(rf"{link}(?:the[ \t]+)?(?:[a-z]+[ \t]+)?{other}"))


def _coordinated(text: str, start: int, end: int) -> bool:
    before, after = _coordination()
    return bool(before.search(text, max(0, start - 60), start)) or bool(after.match(text, end))


_AFTER_NAME = re.compile(r"[ \t]+(?P<name>[«“\"][^»”\"\n]{1,40}[»”\"]|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})")


def legal_form_after(text: str, token: str, end: int) -> tuple[int, str] | None:
    """For a type English writes after the name ("IA Vladimir-Press": the Vladimir-Press news agency,
    ru_legal_forms.tsv's "after"): the end of the name and the English order, else None."""
    rows = {cols[0]: cols for cols in lexicon.rows("ru_legal_forms.tsv") if len(cols) >= 4 and cols[3] == "after"}
    m = _AFTER_NAME.match(text, end) if token in rows else None
    if m is None:
        return None
    name = m.group("name").rstrip(".")
    bare = name.strip("«»“”\"")
    return m.start("name") + len(name), f"{bare} {rows[token][2]}"


@lru_cache(maxsize=1)
def _person_forms() -> frozenset[str]:
    return frozenset(cols[0] for cols in lexicon.rows("ru_legal_forms.tsv") if len(cols) >= 4 and cols[3] == "person")


_NAME_WORDS = re.compile(r"[ \t]+[«“\"]?((?:[A-Z][a-z’'-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z’'-]+|[A-Z]\.)){0,2})")


def _person_after(text: str, end: int) -> bool:
    """The capitalised words after `end` name a person: a known first name or a Russian surname's
    ending ("Timur Rakhimov", "Rakhimova", "Rakhimov T.")."""
    from mtaudit.detectors._people import name_gender

    m = _NAME_WORDS.match(text, end)
    return m is not None and bool(name_gender(m.group(1)))


@lru_cache(maxsize=1)
def russian_abbreviations() -> dict[str, str]:
    """Latin spelling -> the Russian abbreviation (mtaudit/data/ru_abbreviations.tsv, then the
    regional-news ones of ru_abbreviations_news.tsv the generated table lacks)."""
    table = {cols[0]: cols[1] for cols in lexicon.rows("ru_abbreviations.tsv") if len(cols) >= 2}
    for latin, (cyrillic, _) in news_abbreviations().items():
        table.setdefault(latin, cyrillic)
    return table


@lru_cache(maxsize=1)
def news_abbreviations() -> dict[str, tuple[str, str]]:
    """Latin spelling -> (Russian, English) of the regional-news abbreviations of
    ru_abbreviations_news.tsv ("FAP" -> ФАП, "rural health post"; "SanPiN" -> СанПиН), in the
    iuliia spellings and the Russian's own casing; three letters at least, and no spelling English
    writes (an all-capitals English acronym or word: СНиП "SNIP" stays out, "SNiP" stays in)."""
    out: dict[str, tuple[str, str]] = {}
    generated = {cols[1] for cols in lexicon.rows("ru_abbreviations.tsv") if len(cols) >= 2}
    for cols in lexicon.rows("ru_abbreviations_news.tsv"):
        if len(cols) < 2 or " " in cols[0] or len(cols[0]) < 3:
            continue
        cyrillic, english = cols[0], cols[1]
        known = cyrillic.upper() in generated  # the generated table has its capitals spellings
        for latin in _latin_spellings(cyrillic):
            if known and latin.isupper():
                continue
            if latin.isupper() and english_writes(latin):
                continue
            if not latin.isupper() and (english_writes(latin) and latin[1:].islower()):
                continue
            out.setdefault(latin, (cyrillic.upper(), english))
    return out


@lru_cache(maxsize=1)
def news_mixed_pattern() -> re.Pattern | None:
    """The mixed-case news spellings no capitals pattern finds ("SanPiN", "KoAP")."""
    mixed = longest_first((t for t in news_abbreviations() if not t.isupper()))
    if not mixed:
        return None
    return re.compile(r"(?<![\w’'@#/.-])(?:" + "|".join(map(re.escape, mixed)) + r")(?![\w’'@/-])")


@lru_cache(maxsize=1)
def table_sources() -> dict[str, str]:
    """Latin spelling -> the source column of ru_abbreviations.tsv ("Abbr,Orgn", "wordfreq,rare")."""
    return {cols[0]: cols[2] for cols in lexicon.rows("ru_abbreviations.tsv") if len(cols) >= 3}


@lru_cache(maxsize=1)
def frequent_only() -> frozenset[str]:
    """The .tsv spellings known only from wordfreq's Russian frequencies, and the regional-news ones:
    flagged about Russia only."""
    return frozenset(cols[0] for cols in lexicon.rows("ru_abbreviations.tsv")
                     if len(cols) >= 3 and cols[2].startswith("wordfreq")) | frozenset(news_abbreviations())


@lru_cache(maxsize=1)
def rare_in_english() -> frozenset[str]:
    """The wordfreq spellings English practically never writes (source "wordfreq,rare": "UIK"), and
    the regional-news ones (English spellings were left out of them)."""
    return frozenset(cols[0] for cols in lexicon.rows("ru_abbreviations.tsv")
                     if len(cols) >= 3 and cols[2] == "wordfreq,rare") | frozenset(news_abbreviations())


def spellable(token: str) -> bool:
    """Letters a transliteration of Cyrillic capitals can produce ("FFKK" yes; "CDC", "WHO" no)."""
    return not _NOT_TRANSLITERATION.search(token.lower())


def english_writes(token: str) -> bool:
    """English text writes this string: an ordinary word, or a 4-6 letter token wordfreq finds
    often enough (mtaudit/data/english_acronyms.txt: NTSB, IFRS, FTSE)."""
    from mtaudit.text.plain_english import is_english_word

    low = token.lower()
    return low in lexicon.words("english_acronyms.txt") or is_english_word(low)


# Capitals read as a word, consonant and vowel in turn ("IKAR", "SOGAZ", "SIBUR"): a company writes its
# name so, and English news keeps it; an abbreviation MT left is a run of initials ("GTRK", "MBOU").
_SPOKEN_AS_A_WORD = re.compile(r"(?:[BCDFGHKLMNPRSTVZ]?[AEIOUY])+[BCDFGHKLMNPRSTVZ]?")


def unknown_token(token: str) -> bool:
    """4-6 capitals (or capitals joined by "i", or a mixed-case "UrFU") English never writes,
    spellable as a transliteration, and not a name in capitals read as a word."""
    if _MIXED.fullmatch(token):
        return spellable(token) and not english_writes(token) and len(token) >= 4
    letters = token.replace("i", "") if not token.isupper() else token
    spoken = _SPOKEN_AS_A_WORD.fullmatch(letters) and not _PLANT_ENDING.search(letters)
    return 4 <= len(letters) <= 6 and letters.isupper() and spellable(token) and not english_writes(letters) \
        and not english_writes(token) and not spoken


def _dateline(text: str, start: int, end: int) -> bool:
    """A dateline in capitals at a line's start ("KAZAN, Russia, Oct 7 -", "YAKUTSK (Reuters) -")."""
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text, end) is not None


def _capitals_line(text: str, at: int) -> bool:
    """The line around `at` is mostly capitals (a headline in capitals)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    letters = [c for c in text[start:len(text) if end < 0 else end] if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters)


def never_english(token: str) -> bool:
    """A shape English never writes (a mixed-case "UrFU", a plant's "LAES"): judged, like the tokens
    English rarely writes, in any text about Russia."""
    return bool(_MIXED.fullmatch(token) or (token.isupper() and len(token) >= 4 and _PLANT_ENDING.search(token)))


def named_after_end(text: str, end: int) -> int:
    """The end of an abbreviation's "named after <Name>" tail, or `end` when none follows."""
    m = _NAMED_AFTER.match(text, end)
    return m.end() if m else end


def shaped(token: str) -> bool:
    """Capitals with a transliteration digraph inside and at least two capitals ("TsB", "MChS"),
    or a Russian-only ending ("AANII", "TETs")."""
    if _RUSSIAN_ENDING.search(token) and len(token) >= 4:
        return True
    capitals = sum(c.isupper() for c in token)
    if _Y_DIGRAPH.search(token) and capitals >= 3:
        return True
    return bool(_DIGRAPH.search(token)) and capitals >= 2 and not token.endswith("s")


@lru_cache(maxsize=1)
def ambiguous_abbreviations() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """Latin -> [(Russian, English, cue stems)]: the ones English also writes (ru_abbreviation_cues.tsv)."""
    out: dict[str, list] = {}
    for cols in lexicon.rows("ru_abbreviation_cues.tsv"):
        if len(cols) >= 4:
            out.setdefault(cols[0], []).append((cols[1], cols[2], tuple(cols[3].split("|"))))
    return out


_SCHEMES = ("WIKIPEDIA", "BGN_PCGN", "YANDEX_MONEY", "MOSMETRO", "ICAO_DOC_9303")


def _latin_spellings(cyrillic: str) -> set[str]:
    """The capitals spellings MT leaves a Cyrillic abbreviation in (iuliia schemes; "SPCh", "SPCH")."""
    import iuliia

    out = set()
    for name in _SCHEMES:
        latin = re.sub(r"['’`ʹʺ”\"]", "", getattr(iuliia, name).translate(cyrillic))
        if latin.isascii() and latin.replace(" ", "").isalpha():
            out.update({latin, latin.upper()})
    return out


@lru_cache(maxsize=1)
def variant_abbreviations() -> dict[str, tuple[str, str]]:
    """Glossary acronyms that spell a Russian abbreviation and English rarely writes ("SNT", "OGE",
    "FNS") -> (the Cyrillic, the concept id) (ru_abbreviation_variants.tsv,
    scripts/build_abbreviation_variants.py): accepted forms only once a document introduces them."""
    return {cols[0]: (cols[1], cols[2]) for cols in lexicon.rows("ru_abbreviation_variants.tsv") if len(cols) >= 3}
