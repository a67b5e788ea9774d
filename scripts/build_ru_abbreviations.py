"""Build mtaudit/data/ru_abbreviations.tsv: Russian abbreviations as MT leaves them in Latin letters.

Why: MT keeps a Russian abbreviation it does not know and transliterates it letter by letter
(ОРВИ -> "ORVI", РАН -> "RAN", ЖКХ -> "ZhKKh"); a hand list of them never ends. The OpenCorpora
dictionary of `pymorphy3-dicts-ru` tags abbreviations `Abbr`; this script takes every noun lemma so
tagged (3 to 7 letters: two-letter ones collide with English too often and are left to the shape
test of the detector, mtaudit/detectors/abbreviations.py), transliterates it with the `iuliia`
schemes MT engines and outlets use, and writes each Latin spelling in the two casings MT prints
("ZhKKh" and "ZHKKH").

Left out: spellings English itself uses. `wordfreq` (English frequencies from many sources)
says which: a spelling whose lowercase form is frequent in English and is not an ordinary English
word is an acronym English has adopted (NATO, NASA, FIFA, UNESCO, KGB, FSB, TASS); an ordinary word
("ran", "pro", "so", "mid") says nothing about the acronym, so such a spelling is kept only for a
lemma the dictionary tags as an organisation (`Orgn`: РАН, МИД), where the capitals make the
abbreviation plain. Truncations of adjectives ("англ.", "рус.") are not nouns and stay out.

The bundled glossary adds its own: every `ru` form in capitals (ЦБ, ПАО, БПЛА, РКН) in the same
spellings, with the same exclusions, and also without the spellings English writes for that
concept (its canonical, short and variant forms and their words: ФСБ -> "FSB" is English). A
two-letter one is kept only in a spelling with a transliteration digraph ("TsB"), which no
English acronym has; a spelling that is an English word, or more frequent in English than
GLOSSARY_ACRONYM_ZIPF, is dropped. The detector then offers the concept's English form as the fix.

Territorial bodies: a federal agency's regional and district branches are abbreviated by a fixed
administrative scheme, a branch prefix before the agency's own abbreviation (У "directorate" of a
region, ГУ "main directorate", О "department" of a district: УМВД, ГУ МЧС -> ГУМЧС, ОМВД, УФСБ,
УФСИН, УФНС, УФАС). The dictionary lists only some of them, so each prefix of TERRITORIAL_PREFIXES
is composed with the bodies that have such branches: every federal service of the glossary (an
organisation of the glossary's Russian state bodies whose abbreviation starts with Ф, "Федеральная ...": ФСБ, ФНС, ФСИН, ФССП, ФАС) and
the ministries with regional directorates (TERRITORIAL_MINISTRIES); the composed spellings are kept
under the same English exclusions (source column "composed").

Frequent abbreviations the dictionary lacks (НПЗ "refinery", КРС "cattle", МФЦ, СНТ, ТСЖ): the
Russian frequencies of `wordfreq` list the short tokens Russian text writes; a token of 3 to 6
letters (2 with a transliteration digraph) that is at least RU_ABBREVIATION_ZIPF frequent, that
pymorphy3 does not know as a word (or knows only as `Abbr`), and that is shaped as an abbreviation
(at most 5 letters, at most one vowel: names and loanwords in Cyrillic, "кличко", "ланч", have more) is added in the same
spellings (source column "wordfreq"), unless English writes the spelling about as often
(ENGLISH_ACRONYM_ZIPF) or it is an English word. The
detector flags these only in a text about Russia (they are frequent tokens, not dictionary nouns).

Stricter for the "wordfreq" rows: a token with Ь, Ъ or Й, or with ДЖ (English "j"), is a foreign
name or a truncated word in Cyrillic ("ДЖЕФФ", "БЛЕЙК", "ЧТОЛЬ"), never an initialism, and a
spelling English writes at ENGLISH_ACRONYM_ZIPF or more is left out however often Russian writes
its abbreviation (BMP, MRT, DPS: English writes them too).

Relaxed shapes (also "wordfreq"): a frequent Russian token of three letters may have two vowels
(УИК "precinct election commission", ЮАР) and one down to RELAXED_RU_ZIPF frequent may be listed
(РНФ), but only in spellings English text practically never writes (below RARE_ENGLISH_ZIPF): the
looser shape lets truncations and syllables of foreign names in, which an English text never
prints in capitals. Every "wordfreq" spelling below RARE_ENGLISH_ZIPF is tagged "wordfreq,rare": the
detector needs less context for it (a text about Russia, and a noun after it does not make it an
English acronym before its noun).

Run once after changing anything here or the glossary's abbreviations (needs the `build-data`
extra: pymorphy3, pymorphy3-dicts-ru, iuliia, wordfreq); the audit reads only the .tsv.
Output columns: latin<TAB>cyrillic<TAB>source (dictionary tags "Abbr,Orgn"…, or "glossary").
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SCHEMES = ("WIKIPEDIA", "BGN_PCGN", "YANDEX_MONEY", "MOSMETRO", "ICAO_DOC_9303", "TELEGRAM")
ENGLISH_ACRONYM_ZIPF = 2.5   # wordfreq Zipf of a non-word at or above which English uses it
# The glossary's abbreviations are chosen by hand, so only a spelling English uses more often
# than this is dropped ("PAO", 3.1, is a surname's frequency, not an acronym's; "CB" is 3.7).
GLOSSARY_ACRONYM_ZIPF = 3.3
COMMON_WORD_ZIPF = 4.0       # an English word this frequent hides what its capitals are ("RAN")
MIN_LETTERS, MAX_LETTERS = 3, 7
RU_ABBREVIATION_ZIPF = 2.3   # wordfreq Zipf (ru) a frequent abbreviation reaches (НПЗ 3.3, КРС 2.9)
RELAXED_RU_ZIPF = 2.0        # the relaxed shapes: РНФ 2.1, ОГЭ 2.1
RARE_ENGLISH_ZIPF = 1.5      # ... kept only in spellings English writes less than this (UIK 0, RNF 1.1)
MAX_VOWELS = 1               # НПЗ, ФАП, МФЦ; names and loanwords in Cyrillic have more ("кличко")
_RU_VOWELS = set("аеёиоуыэюя")
_NOT_INITIALISM = re.compile("[ьъй]|дж")  # letters and pairs an initialism does not spell
OUT = Path(__file__).resolve().parents[1] / "mtaudit" / "data" / "ru_abbreviations.tsv"
_CYRILLIC_WORD = re.compile(r"^[а-яё]+$")
_CYRILLIC_CAPITALS = re.compile(r"^[А-ЯЁ]{2,7}$")
_DIGRAPH = re.compile(r"[A-Z](?:h|s|hch)")
# Branch prefixes of Russian territorial bodies (the scheme of federal agencies' regional offices).
TERRITORIAL_PREFIXES = ("У", "ГУ", "О")
TERRITORIAL_MINISTRIES = ("МВД", "МЧС", "ГИБДД")
AGENCY_FILES = ("agencies-ru", "institutions-ru")  # the glossary files of Russian state bodies
GLOSSARY = Path(__file__).resolve().parents[1] / "glossary"
_LATIN = re.compile(r"^[A-Za-z]+$")


def abbreviation_lemmas() -> dict[str, set[str]]:
    """Noun lemmas tagged Abbr -> the name tags (Orgn, Geox) any of their parses carries."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    dictionary = morph.dictionary
    tags: dict[tuple[int, int], object] = {}
    out: dict[str, set[str]] = {}
    for word, (para_id, idx) in dictionary.words.items():
        if idx != 0 or not (MIN_LETTERS <= len(word) <= MAX_LETTERS) or not _CYRILLIC_WORD.match(word):
            continue
        tag = tags.get((para_id, idx))
        if tag is None:
            tag = tags[(para_id, idx)] = dictionary.build_tag_info(para_id, idx)
        grammemes = tag.grammemes
        if "Abbr" in grammemes and tag.POS == "NOUN":
            out.setdefault(word, set()).update(g for g in ("Orgn", "Geox") if g in grammemes)
    return out


def frequent_abbreviations(known: set[str]) -> dict[str, float]:
    """Cyrillic capitals -> Russian Zipf: short tokens wordfreq's Russian list writes often that
    pymorphy3 does not know as words (or knows only as abbreviations), abbreviation-shaped."""
    import pymorphy3
    from wordfreq import top_n_list, zipf_frequency

    morph = pymorphy3.MorphAnalyzer()
    out: dict[str, float] = {}
    for word in top_n_list("ru", 200_000):
        if not (2 <= len(word) <= 6) or not _CYRILLIC_WORD.match(word) or word.upper() in known:
            continue
        zipf = zipf_frequency(word, "ru")
        if zipf < RELAXED_RU_ZIPF:
            break  # the list is in frequency order
        vowels = sum(c in _RU_VOWELS for c in word)
        if vowels > MAX_VOWELS + (len(word) == 3) or len(word) > 5:
            continue
        if (vowels > MAX_VOWELS or zipf < RU_ABBREVIATION_ZIPF) and not _rare_in_english(word.upper()):
            continue  # a relaxed shape: only where English never writes the spelling
        if _NOT_INITIALISM.search(word):
            continue  # a foreign name or a truncated word in Cyrillic ("джефф", "блейк", "чтоль")
        parses = morph.parse(word)
        if any(p.is_known and "Abbr" not in p.tag for p in parses):
            continue  # a word ("так", "мир"), a name or a truncation pymorphy knows
        out[word.upper()] = zipf
    return out


def _rare_in_english(cyrillic: str) -> bool:
    """Every capitals spelling of the abbreviation is below RARE_ENGLISH_ZIPF in English."""
    from wordfreq import zipf_frequency

    return all(zipf_frequency(s.lower(), "en") < RARE_ENGLISH_ZIPF for s in spellings(cyrillic) if s.isupper())


def spellings(cyrillic: str) -> set[str]:
    """The Latin spellings of an abbreviation: each scheme's, in title-cased digraphs and in capitals."""
    import iuliia

    out = set()
    for name in SCHEMES:
        latin = re.sub(r"['’`ʹʺ”\"]", "", getattr(iuliia, name).translate(cyrillic.upper()))
        if _LATIN.match(latin):
            out.update({latin, latin.upper()})
    return out


def english_uses(latin: str, organisation: bool, threshold: float = ENGLISH_ACRONYM_ZIPF) -> bool:
    from wordfreq import zipf_frequency

    from mtaudit.text.english_words import is_common_word

    low = latin.lower()
    zipf = zipf_frequency(low, "en")
    if is_common_word(low) and zipf >= COMMON_WORD_ZIPF:
        return not organisation  # "ran", "mid": the word's frequency, not the acronym's
    return zipf >= threshold


def glossary_abbreviations(types: dict[str, str] | None = None) -> dict[str, set[str]]:
    """All-capitals Cyrillic `ru` forms of the bundled glossary -> the English words of their concepts
    (and, into `types` when given, each form -> its concept's type)."""
    import yaml

    out: dict[str, set[str]] = {}
    for path in sorted(GLOSSARY.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        concepts = data.get("concepts", []) if isinstance(data, dict) else data
        for concept in concepts or []:
            ru = concept.get("ru") or []
            english = [concept.get("canonical") or "", concept.get("short") or ""]
            variants = concept.get("variants") or []
            english += [variants] if isinstance(variants, str) else variants
            words = {w for form in english for w in re.split(r"[\s.-]+", form) if w}
            for form in [ru] if isinstance(ru, str) else ru:
                if _CYRILLIC_CAPITALS.match(form):
                    out.setdefault(form, set()).update(words)
                    if types is not None and path.stem in AGENCY_FILES:
                        types.setdefault(form, concept.get("type") or "")
    return out


def composed_territorial(types: dict[str, str], known: set[str]) -> set[str]:
    """Branch prefix + an organisation's abbreviation (УМВД, ГУМЧС, УФСИН), not already listed."""
    out = set()
    for form, kind in types.items():
        if kind != "organisation" or len(form) < 3 or not (
                form.startswith("Ф") or form in TERRITORIAL_MINISTRIES):
            continue
        for prefix in TERRITORIAL_PREFIXES:
            word = prefix + form
            if word not in known and len(word) <= MAX_LETTERS:
                out.add(word)
    return out


def main() -> None:
    from wordfreq import zipf_frequency

    from mtaudit.text.english_words import is_common_word

    t0 = time.time()
    rows: dict[str, str] = {}
    types: dict[str, str] = {}
    glossary = glossary_abbreviations(types)
    english_names = {w.upper() for words in glossary.values() for w in words}  # MVD, VTB, KHL
    for cyrillic, name_tags in sorted(abbreviation_lemmas().items()):
        organisation = "Orgn" in name_tags or "Geox" in name_tags
        if {s.upper() for s in spellings(cyrillic)} & english_names:
            continue  # the glossary's English for a concept (VTB, KHL): every spelling stays out
        if any(english_uses(s, organisation) for s in spellings(cyrillic) if s.isupper()):
            continue  # English writes this one in capitals (НАТО -> NATO): every spelling stays out
        for latin in sorted(spellings(cyrillic)):
            rows[latin] = f"{latin}\t{cyrillic.upper()}\t{','.join(['Abbr', *sorted(name_tags)])}"
    for cyrillic, english in sorted(glossary.items()):
        forms = spellings(cyrillic)
        if {s.upper() for s in forms} & english_names:
            continue  # ФСБ -> FSB, ВТБ -> VTB: the spelling is the English name
        for latin in sorted(forms):
            if len(cyrillic) < MIN_LETTERS and not _DIGRAPH.search(latin):
                continue  # two capitals: too many English acronyms ("AP", "UK")
            if english_uses(latin, False, GLOSSARY_ACRONYM_ZIPF):
                continue  # this spelling is English ("CB", "OAK"); another may not be ("TsB")
            rows[latin] = f"{latin}\t{cyrillic}\tglossary"
    for cyrillic in sorted(composed_territorial(types, set(glossary) | {c.upper() for c in abbreviation_lemmas()})):
        forms = spellings(cyrillic)
        if {s.upper() for s in forms} & english_names:
            continue
        for latin in sorted(forms):
            if latin not in rows and not english_uses(latin, False):
                rows[latin] = f"{latin}\t{cyrillic}\tcomposed"
    listed = {c.upper() for c in abbreviation_lemmas()} | set(glossary)
    for cyrillic in sorted(frequent_abbreviations(listed)):
        forms = spellings(cyrillic)
        if {s.upper() for s in forms} & english_names:
            continue
        for latin in sorted(forms):
            if latin in rows or (len(cyrillic) < MIN_LETTERS and not _DIGRAPH.search(latin)):
                continue
            en_zipf = zipf_frequency(latin.lower(), "en")
            if is_common_word(latin.lower()) or en_zipf >= ENGLISH_ACRONYM_ZIPF:
                continue
            rare = ",rare" if en_zipf < RARE_ENGLISH_ZIPF else ""  # English practically never writes it
            rows[latin] = f"{latin}\t{cyrillic}\twordfreq{rare}"
    header = ["# Russian abbreviations (nouns tagged Abbr in pymorphy3-dicts-ru) in the Latin spellings MT",
              "# leaves them in; GENERATED by scripts/build_ru_abbreviations.py: do not edit by hand.",
              '# latin<TAB>cyrillic<TAB>source: dictionary tags (Abbr, Orgn, Geox), glossary, composed or wordfreq (",rare": a spelling English practically never writes)']
    OUT.write_text("\n".join(header + [rows[k] for k in sorted(rows)]) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} spellings, {time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
