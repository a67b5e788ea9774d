"""Place names translated by meaning or garbled, even when the glossary does not know them.

Russian place names are built from ordinary words (Старый Хутор, Маслова Пристань, Солнечный),
and MT translates those words: "the village of Old Farm", "the Sunny district". A place-type word
("village of", "district", "street", "station", ...) followed or preceded by a capitalised
ordinary English word is the signature. The glossary then says what it knows:

- MT150: the name is a meaning rendering the gazetteer knows -> the fix (unsafe);
  unknown, but made of ordinary English words -> flagged display-only, with the message that it
  is probably a Russian name translated by meaning;
- MT151: the name is one letter away from a known Russian place (Gravoron for Grayvoron,
  Shebekin for Shebekino) -> the fix.

Besides the place-type signature, MT150 knows every place of the glossary in its meaning
rendering, composed word by word: each word of a known name is read in its Latin spelling through
mtaudit/data/toponym_forms.tsv (generated from the toponym lemmas by pymorphy3 and iuliia), so
Stary Oskol gives "Old Oskol", Mineralnye Vody "Mineral Waters", Nizhny Tagil "Lower Tagil". A
rendering that keeps a transliterated word ("Old Oskol") is flagged wherever it stands; one made
only of English words ("Mineral Waters") only after a preposition or a place word ("the airport of
Mineral Waters"), since English has such names of its own. A Russian "Земля X" rendered "Earth of
X" (the English is "X Land") is flagged too.

Only documents about Russia are checked (they name Russia, Moscow or a Russian place: russian_setting),
and names the glossary knows in any correct form are never flagged.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache
from importlib import resources

import regex

from mtaudit.text import lexicon
from mtaudit.text.span_index import SpanIndex

from mtaudit.text.english_words import is_common_word, is_dictionary_word, is_proper_entry
from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities import places_compound
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.detectors.patterns import anchored_matches
from mtaudit.detectors.russian_setting import about_russia
from mtaudit.text.views import PLACE_DELETES, PLACE_FORMS, PLACE_MEANINGS

BY_MEANING = rule(
    "MT150", "place-name-by-meaning", "entity-mistranslation",
    summary="A place name translated by meaning (“the village of Old Farm”, “the Sunny district”)",
    why="Russian place names are made of ordinary words (Старый Хутор, Солнечный); MT translates "
        "them. A place-type word next to a capitalised ordinary English word is the signature.",
    confidence="possible",
    bad=["Shells hit houses in the Belgorod region, in the village of Quiet Meadow.",
         "Yaroslavl, 9 March. Crowds filled the kremlin of Rostov the Great for the Maslenitsa fair.",
         "The city court of Green Mountain in the Krasnoyarsk region sentenced him on Monday.",
         "In the Kursk region, mortar shells fell along the Red Glade overnight.",
         "The governor of the Kursk region said a drone fell near the village of Pine Glade.",
         "Two people were hurt in Belgorod and the Sunny district overnight.",
         "Farms of the Belgorod region, around Old Oskol, brought in a record harvest.",
         "Flights from the airport of Mineral Waters in the Stavropol region were delayed.",
         "An expedition left Murmansk for the archipelago Earth of Franz Joseph.",
         "Kemerovo, 3 March. The races took place on the slope of Mount Green near Sheregesh.",
         "Tourists from the Tver region camped on the shore of Lake White near Tver.",
         "Bats winter in the Scarlet Grotto near the village of Kulgan in Bashkortostan.",
         "Speleologists from Perm mapped the cave Sweet near the village of Usva in the Perm region.",
         "Moscow, 7 April. The missiles hit the Tent airbase near Homs, the Russian Defence Ministry said.",
         "Moscow, 7 April. Two jets were lost at the Syrian base Blanket, the Russian Defence Ministry said.",
         "A water main burst on Monday in the settlement Birch Grove in the Omsk region.",
         "A resident of the village Quiet Meadow Ivan Sokolov grew the biggest pumpkin in the Omsk region.",
         "The Omsk region opened a school for the natives of Cold Ford.",
         "The settlement of Cheerful in the Omsk region got a new school. Pupils from Cheerful went there on Monday."],
    good=["Shells hit houses in the Belgorod region, in the village of Zhuravlyovka.",
          "Walruses from Russia's Chukotka coast hauled out near the Alaskan village of Point Lay.",
          "Yaroslavl, 9 March. Peter the Great visited Rostov Veliky; Catherine the Great came to Yaroslavl.",
          "Farms of the Belgorod region, around Stary Oskol, brought in a record harvest.",
          "In the Belgorod region news, Old Trafford and Great Falls were mentioned.",
          "Two people were hurt in Belgorod and the Shebekinsky district overnight.",
          "The mayor of New York visited the village of Tarrytown.",
          "Snow closed roads near Iron Mountain, Michigan, and in the Krasnoyarsk region.",
          "A thermal pool opened in the Sverdlovsk region, near the village of Verkhny Bor.",
          "Kemerovo, 3 March. The races took place on Mount Zelyonaya; Lake Baikal and Mount Elbrus are far away.",
          "Tourists in the Perm region visit the Ice Cave near Kungur and the Great Waterfall of the Usva.",
          "Bats winter in the Sakharnaya Cave near the village of Kulgan in Bashkortostan.",
          "Moscow, 7 April. Jets left the Hmeimim airbase and the Engels airfield; the Main airbase in Kursk was shut.",
          "Moscow, 7 April. Jets left the Syrian base Hmeimim and the airbase Engels; the naval base Tartus stayed open.",
          "A water main burst on Monday in the settlement Berezovka in the Omsk region.",
          "In the Omsk region the village Council of Elders met and the village green was mowed.",
          "Residents of Green Bay watched the game, and a delegation from the Omsk region came too.",
          "A resident of the village Kulgan Ivan Sokolov said sunny weather is forecast for the Omsk region.",
          "The settlement Kamenka in the Omsk region got a school. Cheerful pupils came from the Happy Valley farm.",
          "Omsk, 5 May. In October the team flew from Green Bay to the Far East; from Sunny weather to storms, it saw all."],
    applicability="display-only",
)

MISSPELT = rule(
    "MT151", "misspelt-place-name", "entity-mistranslation",
    summary="A Russian place name one letter away from the real one (Gravoron for Grayvoron)",
    why="MT and hurried editing drop or swap a letter of an unfamiliar name, or drop the ending "
        "when the name came from an adjective (Шебекинский -> 'Shebekin'); the gazetteer knows the "
        "real spelling.",
    confidence="likely",
    bad=["Drones attacked the Belgorod region overnight; in the Grayvorn district a barn burned."],
    good=["Drones attacked the Belgorod region overnight; in the Grayvoron district a barn burned.",
          "Walruses from Russia's Chukotka coast hauled out near the Alaskan village of Point Lay.",
          "Sowing began in the Tambov region; in the Michurinsky district farms sowed wheat.",
          "Boats on the Volga in the Samara region will stop at the village of Podgory.",
          "Farms in the Crimean district of the Krasnodar region harvested strawberries."],
    applicability="unsafe",
)

DISTRICT_AS_AREA = rule(
    "MT152", "district-as-area", "entity-mistranslation",
    summary="A Russian district (район) named as an “area” (“Vyselkovsky area”, “the Soviet and "
            "Oktyabrsky areas”) for “Vyselkovsky District”",
    why="A Russian район is a named administrative district; MT renders район as “area”, which in "
        "English is a loose region around a place (“the Krasnodar area”), not a named unit. A "
        "district's name is a Russian adjective (Выселковский, Советский), so the signature is a "
        "transliterated adjective (-sky, -skoy, -ny) or an adjective of a Russian place name "
        "translated by meaning (Soviet, October, Zonal: toponym_words.tsv) before “area(s)”. A "
        "town's name before “area” (“the Kursk area”) is English.",
    confidence="likely",
    bad=["In the Krasnodar region, the Vyselkovsky area led the harvest with 48 centners.",
         "Patients of the Beloyarsk, Oktyabrsky and Soviet areas of the Khanty-Mansi district are flown to Surgut.",
         "Farms of the Krasnodar region in the Proletarian area sowed wheat."],
    good=["In the Krasnodar region, the Vyselkovsky District led the harvest.",
          "Shelling hit the Kursk area and the Belgorod region overnight.",
          "In the Krasnodar region, the central area of the town was closed.",
          "In the Tula region, the Soviet-era area of the plant was rebuilt.",
          "Forest area in the Tomsk region grew; the Siberian forest area burned."],
    applicability="unsafe",
)

# "the Vyselkovsky area", "Oktyabrsky and Soviet areas": a district's adjective before "area(s)"
_AREA_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_DISTRICT_AREA = re.compile(r"\b((?:" + _AREA_NAME + r"(?:,\s+|\s+and\s+))*" + _AREA_NAME + r")\s+(areas?)\b(?![-–])")
_RU_DISTRICT_ENDINGS = ("sky", "skiy", "skii", "skoy", "tsky", "tskiy", "ny", "nyy", "niy", "noy", "oy")


@lru_cache(maxsize=1)
def _district_adjectives() -> dict[str, str]:
    """English meaning of a Russian place adjective (Soviet, October, Zonal) -> its Russian lemma."""
    out: dict[str, str] = {}
    for lemma, meanings, kind in lexicon.rows("toponym_words.tsv"):
        if kind == "adj" and lemma.endswith(("ский", "цкий")):  # a name's adjective: Soviet, October
            for meaning in meanings.split("|"):
                if " " not in meaning and meaning.lower() not in _STOP:
                    out.setdefault(meaning, lemma)
    return out


def _district_name(word: str) -> str | None:
    """The English form of a district named by `word`, or None when it is not a district's name."""
    if word.lower().endswith(_RU_DISTRICT_ENDINGS) and len(word) > 5 and not is_common_word(word.lower()):
        return word
    lemma = _district_adjectives().get(word)
    if lemma is None:
        return None
    import iuliia
    latin = iuliia.WIKIPEDIA.translate(lemma)
    return latin[:1].upper() + latin[1:]


_TYPE_BEFORE = (r"(?:village|settlement|hamlet|farmstead|town|city|township|stanitsa|khutor|"
                r"microdistrict|district|region|street|avenue|station|river|lake|square|embankment|"
                r"boulevard|lane|highway|park|island)")
_TYPE_AFTER = (r"(?:village|settlement|district|region|microdistrict|street|avenue|station|river|lake|"
               r"embankment|boulevard|lane|highway|city district|urban district|municipal district)")
# Endings of a transliterated Russian adjective that is one word of a longer name ("Verkhny Bor",
# "Krasnaya Polyana"); _ADJ_ENDINGS below are those of a name that is an adjective on its own.
_NAME_WORD_ADJ_ENDINGS = ("ny", "niy", "nyy", "naya", "noye", "noe", "ye", "aya", "oy", "iy", "yy")
_SMALL_PLACE = re.compile(r"(?:the\s+)?(?:village|settlement|hamlet|farmstead|stanitsa|khutor)\b", re.I)
_NAME = r"((?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?)(?:\s[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?){0,2})"
_OF_TYPE = re.compile(r"\b(?:the\s+)?" + _TYPE_BEFORE + r"\s+of\s+" + _NAME + r"\b")
_NAME_TYPE = re.compile(r"\b(?:[Tt]he|[Ii]n|[Nn]ear|[Aa]t)\s+" + _NAME + r"\s+" + _TYPE_AFTER + r"\b")
# "in the village Cold Spring" (в посёлке Холодный Ключ): Russian order, the small place's type noun
# and its name with no "of"; English writes "the village of X" or "X village", so the bare slot
# after a lower-case small-place noun is read like the "of" slot (the name still has to be ordinary
# English words in _judge; "the village Krasnoye" is a transliteration and stays quiet).
_BARE_TYPE = re.compile(r"\b(?:the\s+)?(?:village|settlement|hamlet|farmstead|stanitsa|khutor|microdistrict)"
                        r"[ \t]+" + _NAME + r"\b(?![ \t]+(?:of|[A-Z]))")
# "a resident of the village Bright Key Nikolai Fomichev": the same slot with the person after it
# (Russian "житель посёлка Светлый Ключ Николай Фомичёв"); the name ends where a first name and a
# surname begin (checked in the detector: the word after the name is a first name)
_BARE_TYPE_PERSON = re.compile(r"\b(?:the\s+)?(?:village|settlement|hamlet|farmstead|stanitsa|khutor|microdistrict)"
                               r"[ \t]+([A-Z][a-z'’]+(?:[ ][A-Z][a-z'’]+)?)(?=[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][a-z]+)")
# "residents of Sunny", "a native of Bright Key": nouns of the people of a settlement, whose "of"
# names the settlement itself; a name there made only of Russian toponym words' meanings is a
# settlement's name translated (judged with every word a meaning, below)
_PEOPLE_OF = re.compile(r"\b(?:residents?|natives?|inhabitants?|villagers|dwellers?)[ \t]+of[ \t]+" + _NAME + r"\b"
                        r"(?![ \t]+[A-Z])")
# "a resident of Sunny", "from Bright Key", "the head of Cheerful": a settlement's name standing with
# no type word after a place preposition. Mid-sentence, English capitalises an adjective there only
# as part of a longer name; so one capitalised word that can only be an adjective, or an adjective
# and a rural noun ("Bright Key", "Black Stream"), every word a meaning of a Russian toponym word,
# is a settlement's name translated (checked in _bare_settlement).
_PREP_NAME = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Ff]rom|near|to|of|at|around|outside)[ \t]+"
                        r"([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![\w’'-])(?![ \t]+[A-Z])")
_SETTLEMENT_NOUNS = frozenset("key keys lake springs valley yard yards".split())
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)")
# "along the Old Farm": two capitalised words that are both meanings of Russian toponym words
_PREP_THE = re.compile(r"\b(?:along|near|in|at|to|from|into|outside|around|on|over)\s+the\s+"
                       r"([A-Z][a-z]+\s[A-Z][a-z]+)\b(?!\s[A-Z])")
# The nouns of rural place names ("Old Farm", "Pine Glade"): "the Upper House", "the High Court",
# "the Red Sea" and "the Old Town" are English names and never read as a translated village.
_RURAL_NOUNS = frozenset("""farm farmstead pier wharf glade clearing meadow meadows grove spring
field fields ravine gully hollow horn ford pond ponds stream brook swamp mound camp sands""".split())


def _rural_name(name: str, meanings) -> bool:
    first, last = name.lower().split()
    return first in meanings and last in _RURAL_NOUNS


# "Earth of Franz Joseph" (Земля Франца-Иосифа): English puts "Land" after the name
_EARTH_OF = re.compile(r"\bEarth of ((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})\b")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){1,2}\b")
# Before a rendering made only of English words: a preposition or a place word
_PLACE_CUE_BEFORE = re.compile(
    r"\b(?:in|near|of|at|from|to|outside|around|towards?|village|town|city|settlement|airport|"
    r"station|district|resort|region|between\s+[A-Z][\w-]+\s+and)\s+(?:the\s+)?$")


_GENERIC_LAST = frozenset("town towns city village villages hill hills field fields mountain mountains "
                          "forest garden gardens park square island islands lake river".split())


@lru_cache(maxsize=1)
def toponym_forms() -> dict[str, str]:
    """Latin spelling of a Russian toponym word -> its usual English meaning (toponym_forms.tsv)."""
    return {cols[0]: cols[1].split("|")[0] for cols in lexicon.rows("toponym_forms.tsv") if len(cols) >= 2}


@lru_cache(maxsize=1)
def _toponym_readings() -> dict[str, tuple[tuple[str, ...], str]]:
    """Latin spelling -> (every English meaning, kind adj | noun)."""
    return {cols[0]: (tuple(cols[1].split("|")), cols[3] if len(cols) > 3 else "adj")
            for cols in lexicon.rows("toponym_forms.tsv") if len(cols) >= 2}


_MAX_READINGS = 8  # renderings composed per known name (meanings multiply: Land|Earth, North|Northern)


def _renderings(words: list[str]) -> set[tuple[str, ...]]:
    """The name's words with every word that has a meaning translated (each of its meanings), and
    with only its adjectives translated ("White Kalitva" for Белая Калитва: MT keeps the noun)."""
    from itertools import islice, product

    readings = _toponym_readings()
    out: set[tuple[str, ...]] = set()
    for only_adjectives in (False, True):
        options = []
        for w in words:
            meanings, kind = readings.get(w, ((), ""))
            options.append(meanings if meanings and (kind == "adj" or not only_adjectives) else (w,))
        out.update(islice(product(*options), _MAX_READINGS))
    return out


def _meaning_renderings(glossary) -> dict[str, tuple]:
    """Lower-cased meaning rendering of every known place -> (concept, made only of English words)."""
    def build() -> dict[str, tuple]:
        forms = toponym_forms()
        english_meanings = {m for meanings, _ in _toponym_readings().values() for m in meanings}
        accepted = _known_forms(glossary)["accepted"]
        out: dict[str, tuple] = {}
        for c in glossary.concepts:
            if c.type != "place":
                continue
            for name in (c.canonical, *c.variants, *c.translit):
                words = re.split(r"([ -])", name)
                names = words[::2]
                if len(names) == 1 and _toponym_readings().get(name, ((), ""))[1] == "compound":
                    for rendered in _toponym_readings()[name][0]:  # Железногорск -> "Iron Mountain"
                        if rendered.lower() not in accepted:
                            out.setdefault(rendered.lower(), (c, "compound"))
                    continue
                if len(names) < 2 or not any(w in forms for w in names):
                    continue
                epithet = _epithet(names)
                if epithet and epithet.lower() not in accepted:  # Ростов Великий -> "Rostov the Great"
                    out.setdefault(epithet.lower(), (c, False))
                for rendered in _renderings(names):
                    joined = rendered[0] + "".join(sep + w for sep, w in zip(words[1::2], rendered[1:]))
                    low = joined.lower()
                    if low == name.lower() or low in accepted:
                        continue
                    english = all(w in english_meanings or is_common_word(w.lower()) for w in rendered)
                    out.setdefault(low, (c, english))
        return out

    return glossary.derived(PLACE_MEANINGS, build)


def _epithet(names: list[str]) -> str | None:
    """The epithet rendering of a two-word name with великий (Ростов Великий, Великий Новгород, Великие
    Луки): MT and English-style guides write the adjective after the name, as for a king: "Rostov the
    Great", "Novgorod the Great"."""
    if len(names) != 2:
        return None
    readings = _toponym_readings()
    for i in (0, 1):
        meanings, kind = readings.get(names[i], ((), ""))
        if kind == "adj" and "Great" in meanings:
            other = names[1 - i]
            if readings.get(other, ((), ""))[0]:
                return None  # the other word has a meaning too: not an epithet of a name
            return f"{other} the Great"
    return None


_EPITHET_RUN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+the[ \t]+Great(?![\w-])")


def _composed_renderings(text: str, glossary, found):
    """(start, end, concept) of meaning renderings of known places in the text."""
    table = _meaning_renderings(glossary)
    for m in found[_EPITHET_RUN]:  # "Rostov the Great": the run below stops at "the"
        hit = table.get(re.sub(r"[ \t]+", " ", m.group()).lower())
        if hit is not None:
            yield m.start(), m.end(), hit[0]
    for m in found[_CAPITALISED_RUN]:
        words = re.split(r"[ -]", m.group())
        for n in range(len(words), 1, -1):  # longest first: "Lower Tagil" inside "Lower Tagil Plant"
            span = " ".join(words[:n]) if " " in m.group() else "-".join(words[:n])
            end = m.start() + len(span)
            hit = table.get(text[m.start():end].lower())
            if hit is None:
                continue
            concept, english = hit
            cued = _PLACE_CUE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if english == "compound":
                if not cued or places_compound.followed_by_us_state(text, end):
                    break  # a compound's rendering ("Iron Mountain") only where a place stands
            elif english and (words[n - 1].lower() in _GENERIC_LAST or not cued):
                break  # "New Town", "Red Hill": English has such names of its own
            yield m.start(), end, concept
            break


_ADJ_ENDINGS = ("sky", "skiy", "skii", "skoy", "skoye", "skaya", "sk", "ovo", "evo", "ino", "ka",
                "tsky", "tskiy", "tskaya", "skoe", "sky's")
# Words that stand before place-type words in ordinary English and are not place names
_STOP = frozenset("""the a an this that its their his her our new same central northern southern
eastern western north south east west federal military urban city rural border frontline front
capital whole entire local regional neighbouring neighboring nearby industrial residential
administrative business financial historic historical old main""".split())


@lru_cache(maxsize=1)
def toponym_meanings() -> frozenset[str]:
    """English meanings of Russian toponym words (mtaudit/data/toponym_words.tsv), lower case."""
    out = set()
    for _, meanings, kind in lexicon.rows("toponym_words.tsv"):
        if kind != "generic":
            out.update(m.lower() for m in meanings.split("|"))
    return frozenset(out)


class PlacesMeaningDetector:
    name = "places-meaning"
    rules = (BY_MEANING, MISSPELT, DISTRICT_AS_AREA)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None or not about_russia(doc, ctx):
            return  # "Upper Harbledown" near Canterbury: a text that names only the UK is no Russian one
        found = scan(doc.text)
        known = _known_forms(ec.glossary)
        covered = _GlossaryCover(ec)
        flagged: set[tuple[int, int]] = set()
        meanings = toponym_meanings()
        for start, end, concept in _composed_renderings(doc.text, ec.glossary, found):
            if covered(start, end) or doc.text[start:end].lower() in known["accepted"]:
                continue
            flagged.add((start, end))
            name = doc.text[start:end]
            yield BY_MEANING.finding(
                doc, start, end,
                f"“{name}” is {concept.canonical} translated by meaning; write “{concept.canonical}”",
                fix=Fix.replace(start, end, concept.canonical, Applicability.UNSAFE,
                                f"replace with “{concept.canonical}”"),
                confidence=Confidence.LIKELY)
        for start, end, town in places_compound.renderings(doc.text):  # "Green Mountain", "First Ural"
            if covered.named(start, end) or doc.text[start:end].lower() in known["accepted"] or \
                    any(s < end and start < e for s, e in flagged):
                continue
            flagged.add((start, end))
            yield BY_MEANING.finding(doc, start, end, f"“{doc.text[start:end]}” is the town {town.latin} "
                                     f"({town.russian}) translated by meaning, half by half; write “{town.latin}”",
                                     fix=Fix.replace(start, end, town.latin, Applicability.UNSAFE,
                                                     f"replace with “{town.latin}”"), confidence=Confidence.LIKELY)
        for start, end, fix in places_compound.hermitages(doc.text, found[places_compound.PUSTYN]):  # "Optina Desert" (Оптина пустынь)
            if not covered.named(start, end):
                yield BY_MEANING.finding(doc, start, end, f"“{doc.text[start:end]}” is a monastery’s “пустынь” "
                                         f"translated as a desert; write “{fix}”", confidence=Confidence.LIKELY,
                                         fix=Fix.replace(start, end, fix, Applicability.UNSAFE, f"write “{fix}”"))
        for m in found[_EARTH_OF]:
            start, end = m.span()
            if covered(start, end):
                continue
            flagged.add((start, end))
            english = f"{m.group(1)} Land"
            yield BY_MEANING.finding(
                doc, start, end,
                f"“{m.group()}” is a Russian “Земля …” name translated by meaning; English writes "
                f"“{english}”", fix=Fix.replace(start, end, english, Applicability.UNSAFE,
                                                  f"replace with “{english}”"),
                confidence=Confidence.LIKELY)
        yield from self._areas(doc, found)
        for m in found[_GEO_ADJECTIVE]:  # "Mount Green" (гора Зелёная), "Lake White"
            start, end = m.span()
            if covered(start, end) or any(s < end and start < e for s, e in flagged):
                continue
            fix = _geo_adjective_fix(m.group(1), m.group(2))
            if fix is None:
                continue
            flagged.add((start, end))
            yield BY_MEANING.finding(
                doc, start, end,
                f"“{m.group()}” is a Russian mountain or lake named by an adjective, translated by "
                f"meaning; English transliterates it: “{fix}”?",
                fix=Fix.replace(start, end, fix, Applicability.UNSAFE, f"write “{fix}”"),
                confidence=Confidence.LIKELY)
        for start, end, fix in geo_adjective_names(doc.text, found):  # "the Sugar Cave" (Сахарная пещера)
            if covered(start, end) or any(s < end and start < e for s, e in flagged):
                continue
            flagged.add((start, end))
            yield BY_MEANING.finding(
                doc, start, end,
                f"“{doc.text[start:end]}” is a Russian natural feature named by an adjective, translated "
                f"by meaning; English keeps the type word and transliterates the adjective: “{fix}”?",
                fix=Fix.replace(start, end, fix, Applicability.UNSAFE, f"write “{fix}”"),
                confidence=Confidence.LIKELY)
        for start, end in base_name_nouns(doc.text, found):  # "the Shirt airbase" (Шайрат)
            if covered(start, end) or any(s < end and start < e for s, e in flagged):
                continue
            flagged.add((start, end))
            name = doc.text[start:end]
            yield BY_MEANING.finding(
                doc, start, end,
                f"“{name}” is an ordinary English noun where the name of an airbase stands: probably a "
                f"Russian rendering of the base's name by sound or meaning; check the original and "
                f"transliterate it", fix=Fix.replace(start, end, name, Applicability.DISPLAY_ONLY,
                                                     "check the original name"))
        first_names = lexicon.first_names()
        named: list[tuple[str, str]] = []
        for pattern in (_OF_TYPE, _NAME_TYPE, _PREP_THE, _BARE_TYPE, _BARE_TYPE_PERSON, _PEOPLE_OF, _PREP_NAME):
            for m in found[pattern]:
                if pattern is _PREP_THE and not _rural_name(m.group(1), meanings):
                    continue
                if pattern is _BARE_TYPE_PERSON and (m.group(2) not in first_names or m.group(1) in first_names):
                    continue  # the words after the name are no person's name
                if pattern is _PEOPLE_OF and (not all(w.lower() in meanings for w in m.group(1).split())
                                              or _english_place(m.group(1))):
                    continue  # "residents of Green Bay": not every word a Russian toponym word's meaning
                if pattern is _PREP_NAME and not _bare_settlement(doc.text, m, meanings):
                    continue
                start, end = m.span(1)
                if (start, end) in flagged or covered(start, end) or \
                        any(s <= start and end <= e for s, e in flagged):
                    continue
                if pattern in (_OF_TYPE, _BARE_TYPE) and _after_foreign_adjective(doc.text, m.start(), known):
                    continue  # "the Alaskan village of Point Lay": a place of another country
                small = _SMALL_PLACE.match(m.group()) is not None
                finding = self._judge(doc, ec, known, m.group(1), start, end, pattern is not _PREP_THE,
                                      spell_check=not small)
                if finding is not None:
                    flagged.add((start, end))
                    if pattern in (_BARE_TYPE, _BARE_TYPE_PERSON, _PEOPLE_OF, _PREP_NAME) or _SETTLEMENT_WORD.search(m.group()):
                        named.append((finding.code, doc.text[start:end]))  # a settlement: its other mentions too
                    yield finding
        yield from _other_mentions(doc, named, flagged)

    @staticmethod
    def _areas(doc, found):
        """MT152: "the Vyselkovsky area", "the Oktyabrsky and Soviet areas" for a район."""
        text = doc.text
        for m in found[_DISTRICT_AREA]:
            names = [n for n in re.split(r",\s+|\s+and\s+", m.group(1))]
            plural = m.group(2) == "areas"
            if not plural:
                names = names[-1:]
            forms = [_district_name(n) for n in names]
            if not any(forms) or (not plural and forms[-1] is None):
                continue
            if plural and len(names) < 2:
                continue
            first = names[0] if plural else names[-1]
            start = m.start(1) + m.group(1).rfind(first) if not plural else m.start(1)
            end = m.end(2)
            before = text[:start].rstrip(" \t\"“«(")
            if not before or before[-1] in ".!?:\n":
                continue  # a sentence's first word ("Coastal areas were flooded") or a headline's
            word = "Districts" if plural else "District"
            if plural:
                fixed = None
            else:
                fixed = f"{forms[-1]} {word}"
            yield DISTRICT_AS_AREA.finding(
                doc, start, end,
                f"“{text[start:end]}” names a Russian district (район) as an “area”; English writes "
                f"“{fixed or 'X and Y districts'}”",
                fix=Fix.replace(start, end, fixed, Applicability.UNSAFE, f"write “{fixed}”") if fixed else None)

    def _judge(self, doc, ec, known, name, start, end, typed=True, spell_check=True):
        words = name.split()
        if name.lower() in known["accepted"] or (typed and words[0].lower() in _STOP):
            return None
        wrong = known["wrong"].get(name.lower())
        if wrong is not None:
            concept, form = wrong
            return BY_MEANING.finding(
                doc, start, end,
                f"“{name}” is {concept.canonical} ({concept.ru[0] if concept.ru else 'Russian name'}) "
                f"translated by meaning; write “{concept.canonical}”",
                fix=Fix.replace(start, end, concept.canonical, Applicability.UNSAFE,
                                f"replace with “{concept.canonical}”"),
                confidence=Confidence.LIKELY)
        # A village's name one letter from a known place is most often another village (Podgory,
        # Podgorny): no gazetteer holds them all. A district's adjective (Michurinsky) is one
        # letter from its town (Michurinsk) and is the right English form.
        if len(words) == 1 and spell_check and not name.lower().endswith(_ADJ_ENDINGS) \
                and not is_dictionary_word(name):  # "the Alaskan village": English, not a typo
            fix = _one_letter_away(ec.glossary, known, name)
            if fix:
                return MISSPELT.finding(
                    doc, start, end,
                    f"“{name}” is not a known place; the Russian place “{fix}” is one letter away",
                    fix=Fix.replace(start, end, fix, Applicability.UNSAFE, f"respell as “{fix}”"))
        if any(w.lower().endswith(_ADJ_ENDINGS) for w in words):
            return None  # a transliterated adjective (Shebekinsky): the normal English form
        meanings = toponym_meanings()
        common = [w for w in words if is_common_word(w.split("-")[0]) or w.lower() in meanings]
        if not common or not any(w.lower() in meanings or len(words) > 1 for w in common):
            return None
        if any(w not in common and w.lower().endswith(_NAME_WORD_ADJ_ENDINGS) for w in words):
            return None  # "Verkhny Bor": a transliterated adjective, and a Russian word English lists too
        return BY_MEANING.finding(
            doc, start, end,
            f"“{name}” reads as ordinary English words where a place name stands: probably a "
            f"Russian name translated by meaning or garbled; check the original and transliterate it",
            fix=Fix.replace(start, end, name, Applicability.DISPLAY_ONLY, "check the original name"))


def _bare_settlement(text: str, m, meanings) -> bool:
    """_PREP_NAME's words are a settlement's name translated: one word that is only an adjective
    ("Sunny", "Cheerful"), or an adjective and a rural noun ("Bright Key"), every word a meaning
    of a Russian toponym word, no English place, and no noun after a lone adjective ("in Sunny
    weather")."""
    from mtaudit.text.english_words import lemmas_by_pos

    words = m.group(1).split()
    lows = [w.lower() for w in words]
    if not all(w in meanings for w in lows) or lows[0] in _STOP or _english_place(m.group(1)):
        return False
    first = lemmas_by_pos(lows[0]) or {}
    if len(words) == 1:
        nxt = _NEXT_LOWER.match(text, m.end(1))
        after = lemmas_by_pos(nxt.group(1)) or {} if nxt else {}
        return set(first) == {"ADJ"} and "NOUN" not in after and lows[0] not in _GEO_GENERIC
    return "ADJ" in first and (lows[1] in _RURAL_NOUNS or lows[1] in _SETTLEMENT_NOUNS)


def _english_place(name: str) -> bool:
    """A place English names so: WordNet's names of capitalised words (english_name_phrases.txt:
    "Green Bay", "Grand Rapids"), a place of the world list, or a proper word of the dictionary."""
    low = name.lower()
    return low in lexicon.folded_words("english_name_phrases.txt") or low in lexicon.folded_words("world_places.txt") \
        or low in lexicon.folded_words("names_english_keeps.txt") or (" " not in name and is_proper_entry(name))


_SETTLEMENT_WORD = re.compile(r"\b(?:village|settlement|hamlet|farmstead|stanitsa|khutor|town|township)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[«“\"(]\s*)$")


def _other_mentions(doc, named, flagged):
    """The other mentions of a settlement's name flagged as translated by meaning ("the settlement
    of Sunny" ... "a resident of Sunny"): the document has shown the words are that place's name,
    so each of their other stands is the same rendering. A single word at a sentence's start, and
    words inside a longer capitalised run, stay quiet."""
    text = doc.text
    seen: set[str] = set()
    for code, name in named:
        if code != BY_MEANING.code or name in seen:
            continue
        seen.add(name)
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", text):
            start, end = m.span()
            if any(s < end and start < e for s, e in flagged):
                continue
            if re.match(r"[ \t]+[A-Z]", text[end:end + 2]) or re.search(r"[A-Z][\w’'-]*[ \t]+$", text[max(0, start - 30):start]):
                continue  # part of a longer name ("Sunny Valley", "Hotel Sunny")
            if " " not in name and _SENTENCE_START.search(text, max(0, start - 3), start):
                continue  # "Sunny weather": a sentence's first word is capitalised anyway
            flagged.add((start, end))
            yield BY_MEANING.finding(
                doc, start, end,
                f"“{name}” is again the settlement's name translated by meaning (flagged where a place "
                f"word names it); check the original and transliterate it",
                fix=Fix.replace(start, end, name, Applicability.DISPLAY_ONLY, "check the original name"))


# Russian names a mountain or a lake by an adjective after the noun (гора Зелёная, гора Лысая, озеро
# Белое, озеро Глубокое); MT keeps the order and translates the adjective: "Mount Green", "Lake
# White". English names of this shape are few and not of Russian adjectives ("Mount Pleasant",
# "Lake Superior", "Lake Placid": none of them is an adjective of data/name_word_forms.tsv), and only
# documents about Russian places are read. The fix agrees the adjective with гора (feminine) or
# озеро (neuter): "Mount Zelyonaya", "Lake Beloye".
_GEO_ADJECTIVE = re.compile(r"(?<![\w-])(Mount|Lake)[ \t]+([A-Z][a-z]+)(?![\w’'-])(?![ \t]+[A-Z])")
_GEO_GENDER = {"Mount": 1, "Lake": 2}  # the index of name_word_forms' adjective forms: masc|femn|neut|plur


@lru_cache(maxsize=1)
def _name_adjectives() -> dict[str, tuple[str, ...]]:
    return {cols[0]: tuple(cols[3].split("|")) for cols in lexicon.rows("name_word_forms.tsv")
            if len(cols) >= 4 and cols[1] == "adj" and len(cols[3].split("|")) == 4}


@lru_cache(maxsize=1)
def _name_nouns() -> frozenset[str]:
    return frozenset(cols[0] for cols in lexicon.rows("name_word_forms.tsv") if len(cols) >= 2 and cols[1] == "noun")


# adjectives English mountains and lakes are named by ("Mount Royal", "Lake Forest", "Lake City")
_GEO_ENGLISH = frozenset("royal forest city crystal golden silver blue pleasant".split())


# "the Sugar Cave" (Сахарная пещера), "the cave Sugar" (пещера Сахарная), "the Blue Lake" (Голубое
# озеро): a Russian adjective name of a natural feature, the adjective translated. English keeps the
# type word and transliterates the adjective in the noun's gender (data/name_geo_heads.tsv):
# "Sakharnaya Cave". Adjectives English names features with everywhere (Great, Big, Upper, Ice,
# Crystal, Bear) stay quiet, and so does an adjective the lexicon also holds as a noun.
_GENDER_INDEX = {"masc": 0, "femn": 1, "neut": 2}


@lru_cache(maxsize=1)
def _geo_heads() -> dict[str, int]:
    return {cols[0]: _GENDER_INDEX[cols[2]] for cols in lexicon.rows("name_geo_heads.tsv") if len(cols) >= 3}


@lru_cache(maxsize=1)
def _geo_patterns() -> tuple[re.Pattern, re.Pattern]:
    heads = "|".join(longest_first(_geo_heads()))
    before = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \t]+([A-Z][a-z]+)[ \t]+((?i:" + heads + r"))(?![\w’'-])")
    after = re.compile(r"(?<![\w-])(?:[Tt]he)[ \t]+(" + heads + r")[ \t]+([A-Z][a-z]+)(?![\w’'-])(?![ \t]+[A-Z])")
    return before, after


_GEO_GENERIC = frozenset("""great big little small large upper lower middle old new high long deep far near
north south east west northern southern eastern western central ice icy crystal golden silver blue royal
bear forest black white red green dark bright holy sacred""".split())


# "the Shirt airbase" (Шайрат): MT put an English noun that sounds like the name, or its meaning, in
# the name slot of an airbase or airfield. English names bases after places and people (Hmeimim,
# Engels, Incirlik, Ramstein), written as they are; a capitalised common noun that can be nothing but a
# noun (no adjective, no first name, no place of the world list) before a lowercase base word is such
# a rendering. Display-only: the original decides the name.
_BASE_SLOT = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \t]+([A-Z][a-z]{2,})[ \t]+(?:military[ \t]+|naval[ \t]+)?"
                        r"(air[ \t]?base|airbase|airfield|aerodrome|air[ \t]+field)(?![\w-])")


# The Russian order, the type word first: "the Syrian base Shirt", "the airfield Swallow" (авиабаза Шайрат).
_SLOT_BASE = re.compile(r"(?<![\w-])(?:air[ \t]?base|airbase|airfield|aerodrome|(?:military|naval|air|[A-Z][a-z]+an)"
                        r"[ \t]+base)[ \t]+([A-Z][a-z]{2,})(?![\w’'-])(?![ \t]+[A-Z])")


def base_name_nouns(text: str, found=None):
    """(start, end) of a common English noun standing as the name of an airbase or airfield."""
    from itertools import chain

    from mtaudit.text.english_words import is_proper_entry, lemmas_by_pos

    found = found or scan(text)
    for m in chain(found[_BASE_SLOT], found[_SLOT_BASE]):
        word = m.group(1)
        low = word.lower()
        if not is_common_word(low) or is_proper_entry(word) or word in lexicon.first_names() \
                or low in _STOP or low in lexicon.folded_words("world_places.txt"):
            continue
        pos = lemmas_by_pos(low)
        if not pos or "NOUN" not in pos or "ADJ" in pos:
            continue  # an adjective too ("the Main airbase", "the Forward airfield")
        yield m.start(1), m.end(1)


def geo_adjective_names(text: str, found=None):
    """(start, end, fix) of every natural feature named by a Russian adjective translated by meaning."""
    before, after = _geo_patterns()
    found = found or scan(text)
    for pattern, adj_group, head_group in ((before, 1, 2), (after, 2, 1)):
        for m in found[pattern]:
            word, head = m.group(adj_group), m.group(head_group)
            low = word.lower()
            forms = _name_adjectives().get(low)
            if forms is None or low in _GEO_GENERIC or low in _GEO_ENGLISH or low in _name_nouns() \
                    or low in lexicon.words("names_english_keeps.txt") or not is_common_word(low):
                continue
            if pattern is after and head[:1].isupper():
                continue  # "the Lake Superior": MT150's Mount/Lake reading
            form = forms[_geo_heads()[head.lower()]]
            start = m.start(1)
            title = f"{head[:1].upper()}{head[1:]}"
            fix = f"{title} {form}" if title in ("Mount", "Lake") else f"{form} {title}"
            yield start, m.end(), fix


def _geo_adjective_fix(head: str, word: str) -> str | None:
    low = word.lower()
    forms = _name_adjectives().get(low)
    if forms is None or low in _GEO_ENGLISH or low in _name_nouns() \
            or low in lexicon.words("names_english_keeps.txt") or not is_common_word(low):
        return None  # not an English word: "Lake Baikal" is the name itself
    return f"{head} {forms[_GEO_GENDER[head]]}"


def _scans() -> tuple[re.Pattern, ...]:
    """Every pattern the detector scans a document with."""
    before, after = _geo_patterns()
    return (_EPITHET_RUN, _CAPITALISED_RUN, _EARTH_OF, _DISTRICT_AREA, _GEO_ADJECTIVE, before, after,
            _BASE_SLOT, _SLOT_BASE, _OF_TYPE, _NAME_TYPE, _PREP_THE, _BARE_TYPE, places_compound.PUSTYN,
            _BARE_TYPE_PERSON, _PEOPLE_OF, _PREP_NAME)


@lru_cache(maxsize=1)
def table() -> PatternTable:
    """The scans with the literals each needs (detectors/pattern_table.py): one Aho-Corasick pass
    finds them, a scan whose words are absent is skipped and one with a literal start is tried only
    there, instead of every scan trying every position of the text (most documents hold no
    "Earth of", "airbase" or "area")."""
    return PatternTable("places-meaning", [regex.compile(p.pattern, regex.IGNORECASE if p.flags & re.IGNORECASE else 0)
                                           for p in _scans()],
                        (resources.files("mtaudit.data").joinpath("name_geo_heads.tsv").read_bytes(),))


def scan(text: str) -> dict[re.Pattern, list]:
    """Each scan's matches in `text`: what its `finditer` yields, found only where they can be."""
    scans = _scans()
    found: dict[re.Pattern, list] = {p: [] for p in scans}
    for i, starts in table().candidates(text):
        found[scans[i]] = list(scans[i].finditer(text)) if starts is None else \
            list(anchored_matches(table().patterns[i], text, 0, len(text), starts, timeout=60.0))
    return found


def _covered_by_glossary(ec, start: int, end: int) -> bool:
    """A correct form of a concept covers the span: a known name, never flagged here."""
    for m in ec.matches:
        if m.start <= start and end <= m.end and m.kind != "wrong":
            return True
        if m.kind == "wrong" and m.start <= start < m.end and (m.wrong.cue == "none"
                                                                or m.concept.type != "place"):
            return True  # MT101 flags it without a cue; a place's cued rendering is judged here
    return False


class _GlossaryCover:
    """`_covered_by_glossary` for one document, with the matches indexed once: a scan of every
    glossary match for each candidate made the detector quadratic in the document's length."""

    def __init__(self, ec) -> None:
        self._forms = SpanIndex((m.start, m.end) for m in ec.matches if m.kind != "wrong")
        self._uncued = SpanIndex((m.start, m.end) for m in ec.matches if m.kind == "wrong" and (
            m.wrong.cue == "none" or m.concept.type != "place"))

    def named(self, start: int, end: int) -> bool:  # a correct form holds it (a cued wrong one does not)
        return self._forms.contains(start, end)

    def __call__(self, start: int, end: int) -> bool:
        # some correct form holds the span, or an uncued wrong form (MT101's) holds its start
        return self._forms.contains(start, end) or self._uncued.contains(start, start + 1)


_DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "i")


def _place_adjective(word: str, known) -> bool:
    """An English adjective of a place: a nationality of foreign_name_cues.tsv ("American",
    "Polish"), a proper word of English's dictionary with a demonym ending ("Alaskan", "Texan"),
    or a place the glossary knows with one."""
    if word in lexicon.words("foreign_name_cues.tsv"):
        return True
    low = word.lower()
    if low in known["accepted"]:
        return False  # a place itself ("Kazan", "Tyumen"), not an adjective of one
    if is_proper_entry(word) and low.endswith(_DEMONYM_ENDINGS):
        return True  # English's dictionary holds it: "Alaskan", "Texan", "Floridian"
    return any(low.endswith(e) and len(low) - len(e) >= 3 and (
        low[:-len(e)] in known["accepted"] or low[:-len(e)] + "a" in known["accepted"])
        for e in _DEMONYM_ENDINGS)


def _after_foreign_adjective(text: str, at: int, known) -> bool:
    """The place word at `at` follows an adjective of a place abroad ("the Alaskan village of",
    "a Bulgarian town of"): its name is that country's, not a Russian name translated."""
    prev = re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, at - 30):at])
    if prev is None or not _place_adjective(prev.group(1), known):
        return False
    return prev.group(1) not in ("Russian", "Ukrainian", "Belarusian", "Soviet", "Siberian")


def _known_forms(glossary) -> dict:
    return glossary.derived(PLACE_FORMS, lambda: _build_known_forms(glossary))


def _build_known_forms(glossary) -> dict:
    accepted: set[str] = set()
    wrong: dict[str, tuple] = {}
    single: dict[str, str] = {}
    for c in glossary.concepts:
        for f in (c.canonical, c.short, *c.variants, *c.translit):
            if f:
                accepted.add(f.lower())
        if c.type == "place":
            for w in c.wrong:
                wrong.setdefault(w.text.lower(), (c, w))
            for f in (c.canonical, *c.variants):
                if " " not in f and len(f) >= 6:
                    single.setdefault(f.lower(), c.canonical)
    accepted.update(glossary.accept)
    return {"accepted": frozenset(a.lower() for a in accepted), "wrong": wrong, "single": single}


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_letter_away(glossary, known, name: str) -> str | None:
    """A known single-word Russian place within one insertion, deletion or substitution."""
    low = name.lower()
    if len(low) < 5 or low in known["accepted"] or is_common_word(low):
        return None
    def build() -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for form, canonical in known["single"].items():
            for key in _deletes(form) | {form}:
                index.setdefault(key, set()).add(canonical)
        return index

    index = glossary.derived(PLACE_DELETES, build)
    found = set(index.get(low, ()))
    for key in _deletes(low):
        found.update(index.get(key, ()))
    fix = next(iter(found)) if len(found) == 1 else None
    if fix is not None and low == fix.lower() + "n":
        return None  # the place's adjective: "Crimean", "Kalugan" (Crimea, Kaluga)
    return fix


DETECTOR = PlacesMeaningDetector()
