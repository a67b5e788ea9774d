"""Foreign names back-transliterated through Russian (MT113).

Russian writes a Polish, Swedish, Latvian, Turkish, Spanish... name in Cyrillic by its own
practical transcription (Янушь Ковальский, Юхан Свенссон, Андрис Калныньш, Йылдыз Асансёр,
Хуан); MT romanises the Cyrillic, so the English text carries "Yanush Kovalsky", "Yukhan
Svensson", "Andris Kalninsh", "Yyldyz Asansyor", "Khuan" where English news writes the native
Latin spelling (Janusz Kowalski, Johan Svensson, Andris Kalniņš, Yıldız Asansör, Juan).

Two pieces of evidence, both data:
* **a nationality cue** (data/foreign_name_cues.tsv): a Latin-script nation or country just before
  the name ("the Polish ornithologist", "the Turkish company", "the Latvian") or just after it
  ("(Poland)", "from Sweden"); it names the language whose spelling the name should have;
* **a Russian letter shape in the name** for that language (data/foreign_name_spelling.tsv): kh,
  zh, dzh, yy anywhere; per language what its own spelling never makes (Polish -sky for -ski, sz
  written "sh", j written "y"; Latvian -š written "-sh"; Turkish ö/ü written "yo"/"yu" after a
  consonant), or a first name in its Russian spelling (data/foreign_first_names_ru.tsv: Yanush ->
  Janusz, Khuan -> Juan, Zhan-Pol -> Jean-Paul; the ones no Russian or Central Asian name shares
  need no cue).

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

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
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
         "The Italian tenor Dzhuzeppe Verdi-Rossi sang in Perm."],
    good=["The Polish ornithologist Janusz Kowalski said the number of storks is growing.",
          "The Swedish coach Johan Svensson works with the national team.",
          "The Latvian Andris Kalniņš finished third.",
          "The Ukrainian coach Oleksandr Kovalchuk and the Kazakh skier Zhanibek Tsygankov took part.",
          "The Latvian politician Tatyana Zhdanok spoke in Riga.",
          "The British mayor Sadiq Khan met the Spanish winger Yeremy Pino.",
          "German Khan said the deal was closed.",
          "The Polish delegation met Governor Vladimir Zhuravlev in Kaliningrad."],
    applicability="unsafe",
)

_WORD = r"[A-Z][a-z\u00c0-\u024f]+(?:-[A-Za-z][a-z\u00c0-\u024f]+)?"
_RUN = re.compile(rf"(?<![\w’'-])({_WORD}(?:[ ]{_WORD}){{0,3}})(?![\w’'-])")
# the words between a cue and the name: lowercase words ("ornithologist", "company") or none
_BETWEEN = r"((?:[ \t]+[a-z][a-z’'-]*){0,4})[ \t]+$"
_AFTER = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]+(?:of|from)[ \t]+|[ \t]+(?:of|from)[ \t]+)(\w+)")
_SLAVIC_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|enko|chuk|yuk|uk|vich|vna)$")
_NOT_BETWEEN = frozenset("""the a an and or but of to in on at by for from with as than that which who
was were is are be been has had have will would said says told met signed beat joined""".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows("foreign_name_cues.tsv") if len(r) >= 2}


@lru_cache(maxsize=1)
def _cue_before() -> re.Pattern:
    words = "|".join(sorted(_cues(), key=len, reverse=True))
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


class ForeignNameDetector:
    name = "foreign-names"
    rules = (FOREIGN_NAME,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        ec = None
        for m in _RUN.finditer(text):
            words = m.group(1).split(" ")
            offsets = []
            at = m.start(1)
            for w in words:
                offsets.append(at)
                at += len(w) + 1
            # the name: from the first word that is not an English word or a cue, up to the next such word
            i = 0
            while i < len(words) and (is_english_word(words[i].lower()) or words[i] in _cues()) \
                    and not _known_first(words[i]):
                i += 1
            j = i
            while j < len(words) and (_known_first(words[j]) or (
                    not is_english_word(words[j].lower()) and words[j] not in _cues())):
                j += 1
            if j == i:
                continue
            if _known_first(words[i]):  # a person: "Zhan-Lui Mare" (an English-looking surname)
                while j < len(words) and words[j] not in _cues() \
                        and words[j].lower() not in lexicon.words("organisation_nouns.txt"):
                    j += 1
            name_words = words[i:j]
            start = offsets[i]
            end = offsets[j - 1] + len(words[j - 1])
            lang = self._cue(text, start, end, words[:i])
            if lang == "-":
                continue  # a Georgian, Kazakh, Ukrainian...: English writes the Russian-style romanisation
            first = _first_name(name_words[0], lang)
            if lang is None:
                if first is None or len(name_words) < 2:
                    continue  # no cue: only a first name no Russian shares, with a surname
                lang = first[1][0]
            if first is None:
                if name_words[0] in _russian_first_names():
                    continue  # a Russian abroad: "the Latvian politician Tatyana Zhdanok"
                if len(name_words) >= 2 and _SLAVIC_SURNAME.search(name_words[-1].lower()) and lang != "hr":
                    continue
                if not any(_shaped(w, lang) for w in name_words):
                    continue
            if ec is None:
                ec = entity_context(doc, ctx) or False
            if ec:
                evidence = [k for k, w in enumerate(name_words)
                            if (k == 0 and first is not None) or _shaped(w, lang)]
                if all(ec.spans.overlaps(offsets[i + k], offsets[i + k] + len(name_words[k])) for k in evidence):
                    continue  # the glossary knows the telling word ("Yandex"): its rules judge it
            native = [first[0] if (k == 0 and first is not None) else _rewrite(w, lang)
                      for k, w in enumerate(name_words)]
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

    @staticmethod
    def _cue(text: str, start: int, end: int, lead: list[str]) -> str | None:
        """The language a nationality cue just before or just after the name gives, or None."""
        cues = _cues()
        for w in reversed(lead):  # "Swedish Yukhan" inside the run itself
            if w in cues:
                return cues[w] if lead.index(w) > 0 or _ARTICLE_BEFORE.search(
                    text, max(0, start - len(" ".join(lead)) - 12), start - len(" ".join(lead))) else None
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
        if am is not None and am.group(1) in cues:
            return cues[am.group(1)]
        return None


DETECTOR = ForeignNameDetector()
