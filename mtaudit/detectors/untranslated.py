"""Untranslated text: Cyrillic runs, mixed-script words, transliterated leftovers, foreign sentences.

MT leaves what it cannot translate in the source script, mixes Cyrillic
homoglyphs into Latin words ("Мoscow"), transliterates Russian abbreviations
("5 tys."), or passes whole sentences through. Word lists are data; the
sentence check uses a language identifier (mtaudit.text.langid), loaded on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.detectors._people import introduced_surnames
from mtaudit.text import lexicon
from mtaudit.text.plain_english import is_english_word, surely_english, unknown_words
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.rules.model import rule
from mtaudit.text.span_index import GrowingSpans
from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.text.position import LINE_BREAKS, SENTENCE_ENDS, capitalised_by_position

_CYRILLIC = "\u0400-\u04FF\u0500-\u052F"
_CYRILLIC_CHAR = re.compile(rf"[{_CYRILLIC}]")
# A run of Cyrillic words with the punctuation and figures between them (a headline
# "Имя: делаю всё, чтобы ...", a dateline "24 мая 2022, 11:58"): separators and letters are
# disjoint classes, so the pattern stays linear.
_CYRILLIC_RUN = re.compile(
    rf"(?:(?<![\w.,])\d{{1,4}}[ \t\u00a0])?[{_CYRILLIC}]+"
    rf"(?:[\s\-–—,.:;!?«»„“”\"()0-9]+[{_CYRILLIC}]+)*(?:,?[ \t\u00a0]+\d[\d:.]*(?<![.:]))*")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_MIXED_WORD = re.compile(rf"\b(?=[\w’'-]*[{_CYRILLIC}])(?=[\w’'-]*[A-Za-z])[\w’'-]+")
_WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 40          # shorter texts are misidentified too often
MIN_RUNNING_LETTERS = 20  # letters in lowercase words: names alone say nothing of the language
MAX_ENGLISH_PROB = 0.2    # flag only when the identifier gives English this little

CYRILLIC_TEXT = rule(
    "MT601", "cyrillic-text", "untranslated",
    summary="Cyrillic text left untranslated",
    why="An MT system leaves words it cannot translate (rare names, slang, typos) in the source script.",
    confidence="certain",
    bad=["The minister called it a провокация in his speech.",
         "Shoigu said the Министерство обороны would respond."],
    good=["The minister called it a provocation in his speech.",
          "Mixed-script words such as Мoscow are a separate rule."],
)

MIXED_SCRIPT = rule(
    "MT602", "mixed-script-word", "untranslated",
    summary="A word mixing Cyrillic and Latin letters (“Мoscow” with a Cyrillic М)",
    why="Homoglyphs from the source text survive MT; they break search, spell-checking and names.",
    confidence="certain",
    bad=["Talks were held in Мoscow on Friday.", "The Kremlin said Putin spoke to Trumр."],
    good=["Talks were held in Moscow on Friday.", "He used the word провокация."],
    applicability="safe",
)

TRANSLIT_LEFTOVER = rule(
    "MT603", "transliterated-leftover", "untranslated",
    summary="A Russian abbreviation or word left transliterated (“5 tys.”, “2017 g.”, “Gosduma”)",
    why="MT transliterates abbreviations it does not know instead of translating them.",
    confidence="likely",
    bad=["The fine is 300 tys. roubles.", "The law was passed in 2017 g. by parliament.",
         "The bill was sent to the Gosduma on Monday."],
    good=["The fine is 300,000 roubles.", "The law was passed in 2017 by the State Duma.",
          "The siloviki in the oblast were unhappy."],
    applicability="unsafe",
)

TRANSLIT_WORD = rule(
    "MT605", "transliterated-word", "untranslated",
    summary="A Russian word left in Latin letters (“obyazatelstva”, “dekorativnoi”, “pickupu”)",
    why="MT transliterates Russian words it cannot translate. A character n-gram model trained "
        "on Russian word forms run through the usual transliteration schemes, against English "
        "words, tells them from English; loanwords English uses (oblast, siloviki) are allowed, and "
        "so is a word the text glosses (“kulebyaka, a layered fish pie”, “what locals call chebak”).",
    confidence="likely",
    bad=["The regulator accused the bank of breaking its obyazatelstva to depositors.",
         "Traffic on the Kuznetsky Trakt has doubled this summer, the Altai road service said.",
         "“We rasschityvaem that the talks will resume in May,” the minister said.",
         "Officials said the city would return to its prezhnei life by summer.",
         "A drone struck a pickupu near the border, the ministry said.",
         "The governor described the vzyatka as a misunderstanding.",
         "“Sostoyanie of the roads is poor,” the mayor said.",
         "Polling closed on Sunday.\n\nThe vyborka covered 1,600 voters in twelve regions.",
         "The launch was moved to May, the Goskorporatsiya said on Friday.",
         "The Minselhoz expects a smaller harvest, and Mintsyfry will test the new app.",
         "Rules for drone pilots were drafted by the Minsvyaz, and a regional aviakompaniya flew the fire crews.",
         "Trading on the Sankt-Peterburgskaya Birzha closed early on Friday.",
         "The parade was held on the Tsentralnaya ploshchad of the town.",
         "The clinic hired a medsestra for the night shift.",
         "Farmers pay the arenda for the land in autumn.",
         "The wooden body is made of cedar, but the grifel is still imported.",
         "The steppe eagle is listed in the Krasnaya kniga of the region.",
         "The new mebel for the school arrived in August.",
         "The new velopark on the embankment opened on Saturday, the city administration said.",
         "Guests drank tea with Vyazma pryaniki after the concert."],
    good=["The regulator accused the bank of breaking its obligations to depositors.",
          "Stalls at the fair sold kimchi, borscht and shiitake from local growers.",
          "The bakery sells kulebyaka, a layered fish pie, and on Fridays the kulebyaka sells out by noon.",
          "The shop stocks pastila, the fruit sweets that families eat with tea, and vatrushki, cheese buns baked daily.",
          "Anglers on the lake catch the small fish that locals call chebak.",
          "The sawmill is run by Airat Minlesov and his two sons.",
          "Fishing for omul in Lake Baikal stays banned.",
          "The shelter is run by Marina Sedykh. Sedykh asked residents to bring old blankets.",
          "Traffic on the Kuznetsky Trakt, the old road east of the city, has doubled, the Altai road service said.",
          "Rescuers stayed overnight in the village of Kamennaya Balka.",
          "ASTRAKHAN, 12 March. The enterprise “Lesnoy Dvor” invested 46 million roubles in the bakery.",
          "The pencil lead is imported; the Red Book lists the eagle; the family spent July at the dacha.",
          "The kart was rebuilt, the pasta was cold, and Anna kniga said nothing.",
          "Subscribers used 40 gigabytes of mobile data a month, and the new skatepark opened.",
          "The ecotourism centre and the autoimmune clinic opened beside the minivan depot.",
          "The siloviki in the oblast were unhappy with the governor.",
          "Spokesperson Maria Zakharova said the policymakers had overreacted.",
          "The court in Kazakhstan ruled on Monday. Kazakh officials declined to comment.",
          "The late-night sitcom drew critics of its absurdist plot and of a ketamine joke.",
          "The function was attended by the district MP K. Ramasami and the collector.",
          "Peskov said the Kremlin had no comment.",
          "Security Council secretary Nikolai patrushev met the envoy.",
          "The archery prize went to Dorzho tsybikov of the Kizhinga district.",
          "The Lastochka train and the Oreshnik missile were shown; Novaya Gazeta and the Prosveshcheniye publisher reported it.",
          "Officials in Minsk, the minister Kuzma Minin and Aviastar said Rosstat and Rosneft agreed.",
          "Krasnaya Zvezda and Novaya Gazeta wrote about the Nevsky Prospekt and Krasnaya Polyana.",
          "The diaspora heard the orchestra's programme on the coronavirus and the sportsmen's trolleybus."],
    applicability=None,
)

FOREIGN_SENTENCE = rule(
    "MT604", "non-english-sentence", "untranslated",
    summary="A sentence that is not English (a passage MT left untranslated or transliterated)",
    why="MT sometimes passes a sentence through untranslated or in transliteration.",
    confidence="likely",
    bad=["The talks ended. Ya ne znayu, chto budet dalshe s nashimi peregovorami i s nashey stranoy.",
         "He quoted the paper. Die Bundesregierung hat die Sanktionen gegen Russland verlängert."],
    good=["The talks ended without agreement, and the delegations left Geneva on Friday evening.",
          "Ja. Nein. Da.",
          "Sabalenka beats Rybakina to reach Wuhan semifinals",
          "The organisation of the regatta cost the region 12,5 million roubles.",
          "“It was the best season of my life,” — wrote ksenia morozova in her blog."],
)


class UntranslatedDetector:
    name = "untranslated"
    rules = (CYRILLIC_TEXT, MIXED_SCRIPT, TRANSLIT_LEFTOVER, TRANSLIT_WORD, FOREIGN_SENTENCE)
    needs = frozenset()

    def detect(self, doc, ctx):
        for m in _cyrillic_runs(doc.text):
            if _inside_latin_word(doc.text, m.start(), m.end()):
                continue  # a homoglyph inside a Latin word: MT602
            yield CYRILLIC_TEXT.finding(doc, m.start(), m.end(),
                                        f"untranslated Cyrillic text “{m.group()}”")
        yield from _mixed_script_words(doc)
        leftovers = list(_translit_leftovers(doc))
        yield from leftovers
        foreign = list(_foreign_sentences(doc, _language_identifier(ctx)))
        yield from foreign
        words = [f for f in _translit_words(doc)
                 if not any(g.start <= f.start and f.end <= g.end for g in foreign)]
        yield from words
        yield from _institution_words(doc, ctx)
        yield from _compound_words(doc, ctx, [*leftovers, *foreign, *words])
        yield from _adjective_noun_pairs(doc, ctx, [*foreign, *words])


def _cyrillic_runs(text: str):
    """What `_CYRILLIC_RUN.finditer(text)` yields, trying the pattern only near Cyrillic letters.

    Every match has a Cyrillic character within its first six (an optional number of up to four
    digits and a space, then the letters), so only the positions up to five before each one
    can start a match; an English text has few, where the pattern's optional number and
    lookbehind made `finditer` try every position. Positions are tried in order and each once,
    from the end of the last match on, so the first that matches is finditer's next match."""
    cursor, tried = 0, -1
    for cyrillic in _CYRILLIC_CHAR.finditer(text):
        at = cyrillic.start()
        if at < cursor:
            continue
        for pos in range(max(cursor, at - 5, tried + 1), at + 1):
            tried = pos
            m = _CYRILLIC_RUN.match(text, pos)
            if m is not None:
                yield m
                cursor = m.end()
                break


class _Span:
    """The part of a match object _mixed_script_words uses."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(_LATIN_LETTER.match(before) or _LATIN_LETTER.match(after))


_WORD_RUN = re.compile(r"[\w’'-]+")
_WORD_CHAR = re.compile(r"\w")
_HAS_CYRILLIC = re.compile(rf"[{_CYRILLIC}]")
_HAS_LATIN = re.compile(r"[A-Za-z]")


_RUN_CHAR = re.compile(r"[\w’'-]")
_CYRILLIC_WORD_CHAR = re.compile(rf"(?=\w)[{_CYRILLIC}]")


def _mixed_words(text: str):
    """The spans _MIXED_WORD finds, in linear time: it matches each run of word characters,
    hyphens and apostrophes from its first word character to its end when that stretch holds
    both scripts; run as a regex its lookaheads rescanned the run from every word boundary
    ("a-a-a-…" was quadratic).

    Only the runs that hold a Cyrillic word character are visited (found by one regex scan,
    each run walked back to its start once): in English text they are few, where a visit of
    every word cost more than the rest of MT602."""
    cursor = 0
    for cyrillic in _CYRILLIC_WORD_CHAR.finditer(text):
        at = cyrillic.start()
        if at < cursor:
            continue  # inside the run just judged
        start = at
        while start > 0 and _RUN_CHAR.match(text, start - 1):
            start -= 1
        run = _WORD_RUN.match(text, start)
        cursor = run.end()
        first = _WORD_CHAR.search(text, run.start(), run.end())
        start, end = first.start(), run.end()  # first <= at: the Cyrillic character is a word character
        if _HAS_LATIN.search(text, start, end):
            yield start, end


def _mixed_script_words(doc):
    homoglyphs = {k: v[0] for k, v in lexicon.table("homoglyphs.txt").items() if v}
    for start, end in _mixed_words(doc.text):
        m = _Span(doc.text, start, end)
        word = m.group()
        cyrillic = [c for c in word if _CYRILLIC_CHAR.match(c)]
        fix = None
        if all(c in homoglyphs for c in cyrillic):
            latin = "".join(homoglyphs.get(c, c) for c in word)
            fix = Fix.replace(m.start(), m.end(), latin, Applicability.SAFE,
                              f"use Latin letters: “{latin}”")
        yield MIXED_SCRIPT.finding(
            doc, m.start(), m.end(),
            f"“{word}” mixes scripts: Cyrillic {', '.join(dict.fromkeys(cyrillic))} among Latin letters",
            fix=fix)


@lru_cache(maxsize=1)
def _leftover_patterns() -> list[tuple[re.Pattern, str, str, str]]:
    contexts = {"number": r"(?<=\d)\s?", "year": r"(?<=\b(?:1[89]|20)\d\d)\s?", "any": r"\b"}
    out = []
    for form, cols in lexicon.table("translit_leftovers.txt").items():
        context, replacement, meaning = (list(cols) + ["", "", ""])[:3]
        pattern = re.compile(contexts[context] + re.escape(form) + r"(?!\w)")
        out.append((pattern, replacement, meaning, form))
    return out


def _at_form(pattern: re.Pattern, text: str, form: str):
    """What `pattern.finditer(text)` yields, trying the pattern only where it can start: at
    each occurrence of `form` and at the character before it (the optional space the number
    and year contexts take). "g." stands inside many words, but a scan of the pattern's
    lookbehind at every position of the text cost more."""
    starts: list[int] = []
    at = text.find(form)
    while at >= 0:
        if at and (not starts or starts[-1] < at - 1):
            starts.append(at - 1)
        starts.append(at)
        at = text.find(form, at + 1)
    cursor = 0
    for start in starts:
        if start < cursor:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            cursor = m.end()


def _translit_leftovers(doc):
    taken: set[int] = set()  # "tys." and "tys" match at one place: the longer form wins
    for pattern, replacement, meaning, form in sorted(_leftover_patterns(), key=lambda p: -len(p[0].pattern)):
        if form not in doc.text:
            continue  # a substring test is far cheaper than the context-first pattern
        for m in _at_form(pattern, doc.text, form):
            start, end = m.start(), m.end()
            if start in taken:
                continue
            taken.add(start)
            new = (" " + replacement if replacement else "") if m.group().startswith(" ") else replacement
            yield TRANSLIT_LEFTOVER.finding(
                doc, start, end, f"“{m.group().strip()}” is a transliterated Russian {meaning}",
                fix=Fix.replace(start, end, new, Applicability.UNSAFE,
                                f"replace with “{replacement}”" if replacement else "remove it"))


TRANSLIT_MIN = 0.0        # model score above which a lowercase non-English word is Russian
TRANSLIT_DICTIONARY_MIN = -1.0  # below TRANSLIT_MIN, a word that reads back into a Russian noun
TRANSLIT_MIN_LETTERS = 6  # shorter words carry too few n-grams to judge by the model alone
TRANSLIT_SHORT_MIN_LETTERS = 4  # 4-5 letters: judged when they read back into a Russian noun


def _short_noun(part: str) -> str | None:
    """The ordinary Russian noun a short or model-doubtful Latin word reads back into ("kniga"
    книга, "grifel" грифель, "mebel" мебель), when the model does not take it for English (score
    above TRANSLIT_DICTIONARY_MIN: "cafe", "blogger", "rumba" score below) and no surname shares it."""
    from mtaudit.detectors.translit_readings import russian_noun
    from mtaudit.models.translit import score

    if score(part) < TRANSLIT_DICTIONARY_MIN or part.capitalize() in lexicon.words("surnames_common_words.txt"):
        return None
    return russian_noun(part)


# the endings of Russian, Ukrainian, Georgian and Armenian surnames as MT romanises them
_SURNAME_SHAPE = re.compile(r"(?:ov|ev|yov|in|yn|ova|eva|yova|ina|yna|sky|skiy|skii|ski|skaya|ska|enko|ko|uk"
                            r"|yuk|chuk|ykh|ikh|yan|ian|dze|shvili|ich|vich|ovich|evich|ovna|evna)$")


def _lowered_surname(prev: str, word: str) -> bool:
    """The lowercase word after a capitalised one reads as a lowercased surname: the capitalised
    word is a first name ("Nikolai patrushev", "Anna kniga"), or the word has a surname's ending
    ("Dorzho tsybikov"). After anything else but a Russian adjective (a town: "Tula pryaniki",
    "Vologda kruzhevo") it is a common word, judged as any other."""
    return prev in lexicon.first_names() or _SURNAME_SHAPE.search(word) is not None \
        or word.capitalize() in lexicon.words("surnames_common_words.txt")


def _russian_adjective_word(word: str) -> bool:
    """A capitalised Russian adjective ("Leninsky", "Kerchensky"): the words after it are a name's
    (the adjective-noun pair rules and the casing rules judge them), not a common word on its own."""
    from mtaudit.detectors.translit_readings import russian_adjective

    return russian_adjective(word) is not None


def _closed_class_word(word: str) -> bool:
    """A capitalised closed-class English word ("We", "Our", "Every" opening a quote) is no first
    name: the lowercase word after it is not a surname the casing rules own ("“We
    orientirueshsya that …”"), while "Khan shaykhun" still is."""
    return word.lower() in lexicon.words("closed_class_words.txt")


def _russian_adjective_before(text: str, prev) -> bool:
    """The capitalised word before a lowercase one is a transliterated Russian adjective that no
    English word or name spells ("Krasnaya kniga", "Zelyonaya zona"): not a lowercased surname after
    a first name."""
    from mtaudit.detectors.translit_readings import russian_adjective

    word = prev.group().strip()
    return not is_english_word(word.lower()) and russian_adjective(word) is not None \
        and word.lower().endswith(("aya", "yaya", "iy", "yy", "oye", "oe", "ye", "ie", "ii", "yi", "oy", "oi"))
# An English noun with a Russian case ending ("pickupu", "departmentu"): MT inflects a loan
# the Russian way. Endings only Russian adds to a consonant-final English stem.
_CASE_ENDINGS = ("u", "om", "ami", "akh", "ov", "oi", "oy")
# The capitalised word before a lowercase one marks a name ("Nikolai patrushev") unless it is
# capitalised only because it opens a sentence, a line or a paragraph ("The vyborka"); after a
# quote it still reads as a name, so quotes are not among the position marks here.
_PREV_CAPITALISED = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_PREV_POSITION_MARKS = SENTENCE_ENDS + ":" + LINE_BREAKS
# A word of a web address is a name ("kazanfirst.ru", "vologda-portal.ru"): Russian regional news
# names its source by its site, and MT keeps it. A dot with a letter right after it joins a word to
# its address, never to the next sentence.
_NOT_IN_ADDRESS = r"(?!\.[^\W\d_])"
_LOWER_WORD = re.compile(r"(?<![\w’'@#/.-])[a-z]+(?:-[a-z]+)*(?![\w’'@/-])" + _NOT_IN_ADDRESS)


# Endings of Russian nouns, adjectives and verbs that Russian names and places do not take:
# a capitalised word that opens a sentence is judged only with one of them ("Sostoyanie").
_RUSSIAN_ONLY_ENDINGS = ("nie", "niye", "stvo", "stva", "ami", "yami", "akh", "ykh", "ogo",
                         "shsya", "tsya", "yutsya", "etsya", "ennye", "ennyi")
_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[“\"«]))(?P<w>[A-Z][a-z]{5,})(?![\w’'-])" + _NOT_IN_ADDRESS, re.MULTILINE)


def _surname_elsewhere(text: str, word: str) -> bool:
    """The text writes `word` after a first name somewhere ("Oksana Belykh"): it is a surname."""
    names = lexicon.first_names()
    return any(m.group(1) in names
               for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(word)}(?![\w’'-])", text))


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{5,}(?![\w’'-])")
_AFTER_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.[ \t]+$")


def _opening_words(text: str):
    """The `_OPENING_WORD` matches of `text` whose word has an ending only Russian words take,
    in order. The capitalised words are found first (a scan without the pattern's lookbehinds
    at every position) and kept by their ending; `_OPENING_WORD` then confirms the few left at
    their position (its lookbehinds read the text before it). A match cannot start inside
    another candidate: its letters after the first are lowercase. A word after a one-letter
    initial ("MP P. Velusami") is a surname, not a sentence opener."""
    for candidate in _CAPITALISED_WORD.finditer(text):
        if candidate.group().lower().endswith(_RUSSIAN_ONLY_ENDINGS):
            m = _OPENING_WORD.match(text, candidate.start())
            if m is not None and not _AFTER_INITIAL.search(text, max(0, m.start() - 4), m.start()):
                yield m


def _demonym(text: str, word: str) -> bool:
    """ "Kazakh" beside "Kazakhstan", "Bashkir" beside "Bashkiria": the people's or the country's
    adjective is the stem of a country the text names (-stan "land of", -ia/-iya), English's own
    word for it, not a Russian word left in Latin letters."""
    return re.search(rf"\b{re.escape(word)}(?:i?stan|i?ya|ia)\b", text) is not None


# A word the text itself explains is English usage, not a leftover: a culture word written with a
# gloss ("shubat, a sour drink made from camel milk", "sbiten (a hot honey drink)", "Shubat is a
# traditional drink"), or named as what people call it ("the smelt, which locals call koryushka",
# "the so-called gorodki"; not "known as postanovleniye 1432", a name left). Once glossed, every use of the word in the text is the reader's.
_GLOSSED_AFTER = re.compile(
    r"(?<![\w’'-])([A-Za-z][a-z-]{3,})(?:[ \t]*,[ \t]+|[ \t]+[—–][ \t]+|[ \t]*\([ \t]*)(?:a|an)[ \t]+[a-z]")
_GLOSSED_DEFINED = re.compile(
    r"(?:^|(?<=[.!?(][ \t])|(?<=\())([A-Z]?[a-z][a-z-]{3,})[ \t]+(?:is|are)[ \t]+(?:a|an)[ \t]+[a-z]", re.MULTILINE)
# an appositive plural gloss with a relative clause or a participle after it ("sushki, the small
# ring-shaped biscuits that …", "pryaniki, spiced honey biscuits baked by …")
_GLOSSED_APPOSITION = re.compile(
    r"(?<![\w’'-])([A-Za-z][a-z-]{3,})[ \t]*,[ \t]+(?:the[ \t]+)?(?:[a-z][a-z-]*[ \t]+){0,3}[a-z]+s[ \t]+"
    r"(?:that|which|made|baked|brewed|cooked|eaten|served|filled|stuffed|fried|boiled|dried|smoked|sold)\b")
_GLOSSED_NAMED = re.compile(
    r"\b(?:call|calls|called|so-called|dubbed|nicknamed)[ \t]+(?:the[ \t]+|a[ \t]+)?[\"“«']?"
    r"([A-Za-z][a-z-]{3,})(?![\w’'-])")


# what no gloss licenses: a name ("Galina tyurina, a postwoman": a capitalised word before it, or a
# Russian surname's ending: "According to reshetnikov, a hotline …") and a word used as an English
# count noun ("received a podarok, a set of encyclopedias": MT's gap, glossed or not)
_GLOSS_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\b(?:a|an))[ \t]+$")
_SURNAME_END = re.compile(r"(?:ov|ev|in|ova|eva|ina|enko|sky|skaya|skiy)$")


def _glossed_words(text: str) -> frozenset[str]:
    """The words (casefolded) that `text` glosses or introduces as what something is called."""
    out = set()
    for pattern in (_GLOSSED_AFTER, _GLOSSED_APPOSITION, _GLOSSED_DEFINED, _GLOSSED_NAMED):
        for m in pattern.finditer(text):
            word = m.group(1)
            if _SURNAME_END.search(word.casefold()) or (
                    pattern is not _GLOSSED_DEFINED and _GLOSS_NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))):
                continue
            out.add(word.casefold())
    return frozenset(out)


def _translit_words(doc):
    """Latin words that are not English and read as transliterated Russian (MT605): lowercase
    words, and a capitalised sentence opener with an ending only Russian words take."""
    from mtaudit.models.translit import score
    from mtaudit.detectors.casing_name_parts import lowercase_brand

    allowed = lexicon.folded_words("translit_allowed.txt")
    english_usage = lexicon.folded_words("translit_english_common.txt") | _glossed_words(doc.text)
    for m in _opening_words(doc.text):
        word = m.group("w")
        low = word.lower()
        if is_english_word(low) or low in allowed or low in english_usage or score(low) < TRANSLIT_MIN \
                or _demonym(doc.text, word):
            continue
        if _surname_elsewhere(doc.text, word):
            continue  # "Oksana Belykh noted … Belykh asked": the person's surname, not a word
        yield TRANSLIT_WORD.finding(doc, m.start("w"), m.end("w"),
                                    f"“{word}” is not English: a Russian word in Latin letters "
                                    f"(model score {score(low):.2f}); translate it")
    for m in _lower_words_to_judge(doc.text, allowed):
        offset = m.start()
        after_name = None  # "Nikolai patrushev": a lowercased name, the casing rules' job
        pair_start = None
        for part in m.group().split("-"):
            start, end = offset, offset + len(part)
            offset = end + 1
            if len(part) < TRANSLIT_SHORT_MIN_LETTERS or is_english_word(part) or part in allowed \
                    or part.rstrip("s") in allowed or lowercase_brand(part):
                continue  # a brand in lower case ("vkontakte") is MT414's: a name, not a Russian word
            if after_name is None:  # looked up only for the few words that get this far
                prev = _PREV_CAPITALISED.search(doc.text, max(0, m.start() - 40), m.start())
                after_name = prev is not None and not capitalised_by_position(
                    doc.text, prev.start(), marks=_PREV_POSITION_MARKS, max_blanks=1) \
                    and not _closed_class_word(prev.group().strip())
                pair_start = prev.start() if after_name and _russian_adjective_before(doc.text, prev) else None
                if after_name and not _lowered_surname(prev.group().strip(), m.group()) \
                        and not _russian_adjective_word(prev.group().strip()):
                    after_name = False  # "Tula pryaniki": a place's product, not "Nikolai patrushev"
            if pair_start is not None and start == m.start() and pair_start > 0 \
                    and doc.text[pair_start - 1] != "-" and score(part) <= TRANSLIT_MIN:
                # (a noun the model reads as Russian is translit_phrases' pair: "Tsentralnaya ploshchad")
                noun = _short_noun(part)
                if noun is not None:  # "the Krasnaya kniga": a Russian adjective, not a first name
                    from mtaudit.detectors.translit_readings import russian_adjective

                    adjective = russian_adjective(doc.text[pair_start:m.start()].strip())
                    yield TRANSLIT_WORD.finding(
                        doc, pair_start, end, f"“{doc.text[pair_start:end]}” is not English: it reads "
                        f"back into the Russian “{adjective} {noun}”; translate it")
                    break
            if part in english_usage:
                continue  # a word English text writes often ("kimchi", "tatami"): English usage
            if len(part) < TRANSLIT_MIN_LETTERS:
                # a short word ("kniga", "grifel", "mebel", "efir"): too few n-grams for the model
                # alone; it must read back into an ordinary Russian noun
                if not after_name and not lemmas_by_pos(part) \
                        and part not in lexicon.folded_words("translit_english_usage.txt"):
                    noun = _short_noun(part)
                    if noun is not None:
                        yield TRANSLIT_WORD.finding(
                            doc, start, end, f"“{part}” is not English: it reads back into the Russian "
                            f"word “{noun}”; translate it")
                continue
            if after_name or lemmas_by_pos(part) or _english_compound(part) \
                    or part.capitalize() in introduced_surnames(doc):  # looked up only when needed
                continue  # a lowercased name (MT401's), or an English word newer than the word list
            stem = next((part[:-len(e)] for e in _CASE_ENDINGS
                         if part.endswith(e) and len(part) - len(e) >= 4
                         and is_english_word(part[:-len(e)]) and part[-len(e) - 1] not in "aeiouy"), None)
            value = score(part)
            reading = None
            if stem is None and value < TRANSLIT_MIN:
                # a Russian dictionary noun or adjective the model scores low ("tresta" треста,
                # "pensionerka"): read back through the schemes, never a name (pymorphy3)
                from mtaudit.models.translit import russian_common_word

                if value < TRANSLIT_DICTIONARY_MIN or len(part) < 5 or lemmas_by_pos(part) \
                        or part in lexicon.folded_words("translit_english_usage.txt"):
                    continue  # "programme", "sportsmen": English lemmas the word list lacks

                reading = russian_common_word(part, prefixed=True) or _short_noun(part)
                if reading is None:
                    continue
            why = (f"the English “{stem}” with a Russian case ending" if stem
                   else f"it reads back into the Russian word “{reading}”" if reading
                   else f"its letters read as transliterated Russian (model score {value:.2f})")
            yield TRANSLIT_WORD.finding(doc, start, end,
                                        f"“{part}” is not English: {why}; translate it")


# A capitalised Russian institution noun left in Latin letters mid-sentence ("the Goskorporatsiya
# said", "the Prokuratura", "Upravleniye"): the word reads back (models.translit.cyrillic_readings)
# into an ordinary noun of the Russian dictionary that is never a name, and ends in a suffix of
# abstract and institutional nouns (-ция, -ние, -ство, -ура). Brands and weapons named by concrete
# nouns (Lastochka, Oreshnik, Pobeda) have other endings; a word inside a run of capitalised
# words or quotation marks is a name ("Novaya Gazeta", «Prosveshcheniye»); the glossary's accepted
# forms and the allowed loanwords stay quiet.
_INSTITUTION_SUFFIXES = ("ция", "ние", "ство", "ура")
_MIDSENTENCE_CAPITALISED = re.compile(r"(?<=[a-z,;][ \t])(?P<w>[A-Z][a-z]{8,})(?![\w’'-])")
_NAME_NEIGHBOUR_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|This|That|Its|Their|Our)[ \t])[A-Z][\w’'-]*[ \t]+$|[«“\"][ \t]*$")
_NAME_NEIGHBOUR_AFTER = re.compile(r"[ \t]+[A-Z]|[»”\"]")


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _english_compound(word: str) -> bool:
    """Two English words written as one, the first of four letters or more and the second of three
    or more ("skatepark", "snowmobile", "dashcam"; four or more after a Russian ending: "loginova"):
    lemminflect's table knows both halves, as it knows no half of "vodokanal" or "kartodrom"."""
    last = len(word) - 3 if _RUSSIAN_ENDING.search(word) else len(word) - 2
    return any(lemmas_by_pos(word[:i]) and lemmas_by_pos(word[i:]) for i in range(4, last))


# a Russian surname's or adjective's ending: a three-letter "half" there is the ending ("login|ova")
_RUSSIAN_ENDING = re.compile(r"(?:ova|eva|ina|yna|aya|iya|oy|ogo|ego|omu|sky|skiy)$")


def _noun_after(text: str, end: int) -> bool:
    """The next word is a noun and not a verb (lemminflect's table, the `parse` extra): "publisher",
    not "said"."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    lemmas = lemmas_by_pos(m.group(1))
    return bool(lemmas) and "NOUN" in lemmas and "VERB" not in lemmas


def _institution_words(doc, ctx):
    """Capitalised Russian institution nouns in Latin letters mid-sentence (MT605)."""
    from mtaudit.models.translit import russian_common_word, score

    text = doc.text
    allowed = lexicon.folded_words("translit_allowed.txt")
    accept = getattr(ctx.glossary, "accept", ()) if ctx.glossary is not None else ()
    for m in _MIDSENTENCE_CAPITALISED.finditer(text):
        word = m.group("w")
        low = word.lower()
        if is_english_word(low) or low in allowed or word in accept or score(low) < 0.5:
            continue
        if _NAME_NEIGHBOUR_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _NAME_NEIGHBOUR_AFTER.match(text, m.end()):
            continue
        if _noun_after(text, m.end()):
            continue  # a name before its head noun: "the Prosveshcheniye publisher"
        reading = russian_common_word(word)
        if reading is None or not reading.endswith(_INSTITUTION_SUFFIXES):
            continue
        yield TRANSLIT_WORD.finding(doc, m.start(), m.end(),
                                    f"“{word}” is not English: the Russian noun “{reading}” in Latin "
                                    f"letters, capitalised as a name; translate it")


def _compound_words(doc, ctx, found):
    """Russian compound agency names in Latin letters ("Minzdrav"; detectors.compound_agencies)."""
    from mtaudit.detectors.compound_agencies import compound_agencies

    for start, end, word, reading in compound_agencies(doc, ctx):
        if not any(f.start <= start and end <= f.end for f in found):
            yield TRANSLIT_WORD.finding(doc, start, end,
                                        f"“{word}” is not English: the Russian compound name “{reading}” "
                                        f"in Latin letters; write the body's English name")


def _adjective_noun_pairs(doc, ctx, found):
    """A transliterated Russian adjective + noun ("Moskovskaya Birzha"; detectors.translit_phrases)."""
    from mtaudit.detectors.translit_phrases import adjective_noun_pairs

    for start, end, adjective, noun in adjective_noun_pairs(doc, ctx):
        if not any(f.start < end and start < f.end for f in found):
            yield TRANSLIT_WORD.finding(doc, start, end,
                                        f"“{doc.text[start:end]}” is not English: the Russian “{adjective} "
                                        f"{noun}” in Latin letters; translate it")


MAX_JUDGED_FORMS = 300  # more distinct words to judge than this: one scan of every word instead


def _judged_part(part: str, allowed) -> bool:
    """A hyphen-separated part of a lowercase word that MT605 looks at further."""
    return not (len(part) < TRANSLIT_SHORT_MIN_LETTERS or is_english_word(part) or part in allowed
                or part.rstrip("s") in allowed)


_JUDGED: dict[str, bool] = {}   # lowercase word -> a part of it is judged, for _JUDGED_FOR's list
_JUDGED_FOR: list = [None]      # the allowed-word list those answers were computed with


def _judged_word(word: str, allowed) -> bool:
    """Whether some hyphen-separated part of `word` is judged, remembered across documents
    (articles share most of their words; the list of allowed words is the same in a run)."""
    if _JUDGED_FOR[0] is not allowed:
        _JUDGED.clear()
        _JUDGED_FOR[0] = allowed
    known = _JUDGED.get(word)
    if known is None:
        if len(_JUDGED) > 200_000:
            _JUDGED.clear()
        known = _JUDGED[word] = any(_judged_part(p, allowed) for p in word.split("-"))
    return known


def _lower_words_to_judge(text: str, allowed):
    """The _LOWER_WORD matches of `text` with a part MT605 judges, in order. The words are
    judged once per distinct form (a document repeats its words); only the occurrences of the
    few forms left are visited, each found by a substring search and confirmed by the pattern
    at that position (a match there is the match `finditer` makes: a match cannot start inside
    another, whose letter or hyphen would stand right before it)."""
    forms = {w for w in set(_LOWER_WORD.findall(text)) if len(w) >= TRANSLIT_SHORT_MIN_LETTERS and _judged_word(w, allowed)}
    if not forms:
        return []
    if len(forms) > MAX_JUDGED_FORMS:
        return [m for m in _LOWER_WORD.finditer(text) if m.group() in forms]
    found = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            m = _LOWER_WORD.match(text, at)
            if m is not None and m.end() - at == len(form):
                found.append(m)
            at = text.find(form, at + 1)
    found.sort(key=lambda m: m.start())
    return found


def _language_identifier(ctx):
    """The configured backend (ctx.langid); langdetect when lingua is not installed."""
    from mtaudit.text.langid import DEFAULT_BACKEND, identifier

    backend = ctx.langid or DEFAULT_BACKEND
    try:
        return identifier(backend)
    except ImportError as exc:
        ctx.warn(f"language identifier {backend!r} unavailable ({exc}); using langdetect")
        return identifier("langdetect")


# A web address or e-mail address ("ngs.ru", "www.tomsk-obzor.ru/news", "press@mvd.ru"): left out of
# the text a language identifier reads, since its letters are a name's, not the sentence's language.
_WEB_ADDRESS = re.compile(r"(?:https?://)?[\w.+-]*[\w-]\.[a-zа-яё]{2,10}(?:/[^\s,;)]*)?(?![\w-])")


def _foreign_sentences(doc, identify):
    """Quotes first (an English attribution around a foreign quote dilutes the sentence), then
    the sentences that do not overlap a flagged quote."""
    text = doc.text
    flagged = GrowingSpans()  # flagged spans never overlap: each is checked before it is added
    units = [(q.inner.start, q.inner.end, "quote") for q in doc.quotes if q.depth == 0]
    units += [(s.start, s.end, "sentence") for s in doc.sentences]
    for start, end, kind in units:
        if flagged.overlaps(start, end):
            continue
        chunk = text[start:end]
        if surely_english(chunk):  # (masking an address only adds to the share of English words)
            continue
        chunk = _WEB_ADDRESS.sub(" ", chunk)  # a site's name is no language
        chunk = _unnamed(chunk)  # "— wrote daniil kovalenko": a name MT102 reads
        if surely_english(chunk) or unknown_words(chunk) < 2 or not judgeable(chunk):  # spares the identifier
            continue
        lang, prob, english = identify(chunk)
        if is_foreign(lang, english) and _running_words_foreign(chunk, identify):
            trimmed = Span(start, end).trimmed(text, ",;:")  # the marks a quote ends with inside
            start, end = trimmed.start, trimmed.end
            flagged.add(start, end)
            yield FOREIGN_SENTENCE.finding(
                doc, start, end,
                f"this {kind} does not look English (identified as “{lang}”, p={prob:.2f}; "
                f"English p={english:.2f})")


_LOWER_NAME = re.compile(r"\b([a-z][a-z]+)\s+([a-z][a-z'-]+)\b")


def _unnamed(chunk: str) -> str:
    """`chunk` with each person's name left in lower case ("daniil kovalenko": a first name
    and the word after it, neither an English word) blanked: its letters are a name's, not the
    sentence's language."""
    out = chunk
    for m in re.finditer(r"\b[a-z][a-z]+\b", chunk):
        first = m.group()
        nxt = _LOWER_NAME.match(chunk, m.start())
        if nxt is None or first.capitalize() not in lexicon.first_names() or is_english_word(first) \
                or is_english_word(nxt.group(2)):
            continue
        out = out[:m.start()] + " " * (nxt.end() - m.start()) + out[nxt.end():]
    return out


def _running_words_foreign(chunk: str, identify) -> bool:
    """Confirm on the lowercase words alone: a headline of names ("Medvedev beats Rublev to
    reach Shanghai semifinals") looks Czech to trigram models, its running words do not."""
    running = " ".join(w for w in _WORD.findall(chunk) if w[0].islower())
    lang, _, english = identify(running)
    return is_foreign(lang, english)


def judgeable(chunk: str) -> bool:
    """Long enough, not mostly names ("Editing by Mark Heinrich"), not Cyrillic (MT601's job)."""
    letters = [c for c in chunk if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    if sum(len(w) for w in _WORD.findall(chunk) if w[0].islower()) < MIN_RUNNING_LETTERS:
        return False
    return sum(1 for c in letters if _CYRILLIC_CHAR.match(c)) <= len(letters) / 5


def is_foreign(lang: str, english_probability: float) -> bool:
    """The MT604 decision: identified as another language and English improbable."""
    return bool(lang) and lang != "en" and english_probability < MAX_ENGLISH_PROB


DETECTOR = UntranslatedDetector()
