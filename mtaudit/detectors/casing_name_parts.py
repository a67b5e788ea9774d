"""A name's generic part left in lower case (“the Sirenevy park”, MT413) and a brand in lower case
(“in his telegram channel”, “on vkontakte”, MT414).

MT413. Russian writes the generic part of a place's name in lower case (Сиреневый парк, Ивановское
водохранилище, улица Ленина); MT keeps it after the transliterated name: “the Sirenevy park”, “the
Ivanovsky reservoir”. English capitalises the generic part of a proper name: Gorky Park, the Rybinsk
Reservoir. The slot: a capitalised word that reads as transliterated Russian (the transliteration
model's score, `models/translit.py`), that neither English's dictionary nor the glossary's places
hold unless it has a Russian adjective's ending (“a Tomsk park” is a park in Tomsk; “the Zarechny
park” a name even where a town is called Zarechny), then one of the generic parts
English capitalises in a name (data/name_generic_parts.txt: park, square, street, reservoir, ...).
Parts that native writers lower-case after a Russian name are not in it (measured on human news:
“the Luzhniki stadium”, “the Bolshoi theatre”, “the Kama river”, “Pulkovo airport”, “the Meshchansky
district court”); nor are institutions (MT406/MT410 read those). Only in a document set in Russia.

MT414. A brand is a name: English capitalises Telegram, VKontakte, WhatsApp, YouTube. The brands are
data: the platforms of data/calque_platforms.txt, the platforms and services Russian news names
(data/brand_names.txt) and the world brands of data/foreign_brands_ru.tsv. A brand's lower-case form that is no English word
(“vkontakte”, “whatsapp”) is flagged anywhere in prose; one that is an English word (“telegram”, a
message) only where it names the platform: before a platform noun (“telegram channel”, “twitter
account”: data/platform_nouns.txt) or bare after “in/on/via” (“on telegram”), where the
countable noun would need an article (“a telegram from the king” stays quiet). A web address, a
handle or a hashtag (“t.me/…”, “@telegram”, “#youtube”) is no prose and stays quiet.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.russian_setting import near_russia
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_common_word_or_plural, is_proper_entry, lemmas_by_pos
from mtaudit.text.web_tokens import touches_web_mark

LOWERCASE_GENERIC_PART = rule(
    "MT413", "lowercase-generic-part", "name-casing",
    summary="A place's name with its generic part in lower case (“the Sirenevy park”, “the Ivanovsky reservoir”)",
    why="Russian writes the generic part of a name in lower case (Сиреневый парк, Ивановское "
        "водохранилище); MT keeps it. English capitalises it as part of the name: Gorky Park, the "
        "Ivanovsky Reservoir.",
    confidence="likely",
    bad=["TOMSK, 4 May. Volunteers planted 200 lindens in the Zarechny park on Saturday.",
         "Anglers were warned about thin ice on the Ivanovsky reservoir near Tver.",
         "The rally gathered on Teatralnaya square in Kursk; the march went along Pervomaiskaya street."],
    good=["TOMSK, 4 May. Volunteers planted 200 lindens in the Zarechny Park on Saturday.",
          "TOMSK, 4 May. Volunteers planted lindens in a Tomsk park and along the Tom river.",
          "Fans filled the Luzhniki stadium in Moscow for the final.",
          "Children played in the Victory park near the school in Omsk."],
    applicability="safe",
)

LOWERCASE_BRAND = rule(
    "MT414", "lowercase-brand", "name-casing",
    summary="A brand or platform in lower case (“in his telegram channel”, “on vkontakte”)",
    why="Russian writes some platforms in lower case in running text (телеграм-канал, вконтакте); "
        "MT keeps it. A brand is a name, and English capitalises it: Telegram, VKontakte, WhatsApp.",
    confidence="likely",
    bad=["The governor wrote about the repairs in his telegram channel on Monday.",
         "Residents may send photos on whatsapp or leave a comment on vkontakte.",
         "The club posts every match on youtube.",
         "The news spread on telegram within an hour."],
    good=["The governor wrote about the repairs in his Telegram channel on Monday.",
          "A telegram from the king arrived on her hundredth birthday.",
          "She sent the news by telegram in 1941.",
          "The link t.me/telegram and the tag #youtube were shared."],
    applicability="safe",
)

_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?")
# a Russian adjective's endings: "Zarechny park" names the park even where a town is called Zarechny;
# a town's own name before a part ("a Tomsk park") is a park in that town
_ADJECTIVE_ENDINGS = ("y", "iy", "yi", "oy", "aya", "oye", "oe", "ye", "ya")
_TRANSLIT_MIN = 0.3  # the model's score above which a word reads as transliterated Russian


@lru_cache(maxsize=1)
def _generic_pattern() -> re.Pattern:
    parts = "|".join(re.escape(p) for p in longest_first(lexicon.words("name_generic_parts.txt")))
    return re.compile(rf"(?<![\w’'.-])(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)[ ](?P<part>{parts})(?![\w’'-])")


def _glossary_places(ctx) -> frozenset[str]:
    try:
        return ctx.glossary.names_by_type.get("place", frozenset())
    except Exception:  # noqa: BLE001 - optional: without a glossary no place is known
        return frozenset()


@lru_cache(maxsize=4096)
def _transliterated(word: str) -> bool:
    """A capitalised word that reads as a transliterated Russian name, not an English word."""
    from mtaudit.models.translit import score

    low = word.lower()
    if is_common_word_or_plural(low) or is_proper_entry(word) or len(low) < 4:
        return False
    return score(low.replace("-", "")) > _TRANSLIT_MIN


def _generic_parts(doc, ctx):
    text = doc.text
    places = _glossary_places(ctx)
    for m in _generic_pattern().finditer(text):
        name = m.group("name")
        if (name in places and not name.endswith(_ADJECTIVE_ENDINGS)) or not _transliterated(name):
            continue
        start, end = m.start("part"), m.end("part")
        part = m.group("part")
        yield LOWERCASE_GENERIC_PART.finding(
            doc, m.start(), end,
            f"“{m.group()}”: the generic part of a name in lower case, as Russian writes it; English "
            f"capitalises it: “{name} {part.capitalize()}”",
            fix=Fix.replace(start, end, part.capitalize(), Applicability.SAFE, "capitalise the generic part"))


@lru_cache(maxsize=1)
def _brands() -> dict[str, str]:
    """Lower-case form -> the brand as written, of one-word brands of four letters or more."""
    names = set(_platforms())
    # a world brand that is an English word ("Shell", "Total", "Metro") names the brand only by its capital
    names.update(row[0] for row in lexicon.rows("foreign_brands_ru.tsv") if not _english(row[0].lower()))
    return {n.lower(): n for n in names if re.fullmatch(r"[A-Z][A-Za-z]{3,}", n) and not n.isupper()}


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    return lexicon.words("calque_platforms.txt") | lexicon.words("brand_names.txt")


def _english(low: str) -> bool:
    return is_common_word_or_plural(low) or is_common_word(low) or bool(lemmas_by_pos(low))


@lru_cache(maxsize=1)
def _brand_pattern() -> re.Pattern:
    words = longest_first(_brands())
    return re.compile(r"(?<![\w@#/.’'-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w’'-]|\.\w)")


# what may follow a bare brand after in/on ("on telegram within an hour"): no noun it would modify
_AFTER_BARE = frozenset("""and or but to with for at within in on by after before from about that where since until
during via than as""".split())
_PLATFORM_NEXT = re.compile(r"[ -](?P<noun>[a-z]+)")
_BARE_BEFORE = re.compile(r"(?:^|[^\w])(?:in|on|via|through)[ ]$")


def _names_platform(text: str, start: int, end: int) -> bool:
    """A brand that is also an English word names the platform: a platform noun follows it
    (“telegram channel”), or it stands bare after in/on/via/through (“on telegram”)."""
    nxt = _PLATFORM_NEXT.match(text, end)
    if nxt is not None and nxt.group("noun") in lexicon.words("platform_nouns.txt"):
        return True
    return bool(_BARE_BEFORE.search(text[max(0, start - 9):start])) and \
        (nxt is None or nxt.group("noun") in _AFTER_BARE)


def lowercase_brand(word: str) -> bool:
    """The lower-case form of a bundled platform or world brand that is no English word (“vkontakte”)."""
    return word in _brands() and not is_common_word_or_plural(word)


def _lower_brands(doc, ctx):
    text = doc.text
    brands = _brands()
    platforms = {p.lower() for p in _platforms()}
    russian = None
    for m in _brand_pattern().finditer(text):
        low = m.group()
        brand = brands[low]
        if touches_web_mark(text, m.start(), m.end()):
            continue
        if _english(low) and not _names_platform(text, m.start(), m.end()):
            continue  # "a telegram from the king": the English word
        if low not in platforms:  # a world brand ("intel", "uber" are slang too): only in Russian news
            russian = near_russia(doc, ctx) if russian is None else russian
            if not russian:
                continue
        yield LOWERCASE_BRAND.finding(
            doc, m.start(), m.end(),
            f"“{low}” is the brand {brand}, written in lower case; English capitalises a brand",
            fix=Fix.replace(m.start(), m.end(), brand, Applicability.SAFE, f"write “{brand}”"))


class NamePartCasingDetector:
    name = "name-part-casing"
    rules = (LOWERCASE_GENERIC_PART, LOWERCASE_BRAND)
    needs = frozenset()

    def detect(self, doc, ctx):
        yield from _lower_brands(doc, ctx)
        if near_russia(doc, ctx):
            yield from _generic_parts(doc, ctx)


DETECTOR = NamePartCasingDetector()
