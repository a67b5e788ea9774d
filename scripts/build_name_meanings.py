"""Build mtaudit/data/name_meanings_derived.tsv: the Russian names an English word can be a translation of.

Why: MT translates a Russian name whose letters spell a word (Волков, the genitive plural of
"волк" -> "Wolves"; Любовь -> "Love"; Мирный -> "Peaceful"). mtaudit/data/name_meanings.tsv keeps
only the meaning of each word, by hand; this script derives the names with pymorphy3's
dictionary (OpenCorpora), which tags surnames `Surn`, first names `Name` and places `Geox`:

- surnames: the word's stem (from its genitive singular, so that fleeting vowels drop:
  заяц -> зайц-, орёл -> орл-) with the Russian surname suffixes (-ов, -ев, -ёв, -ин, -ын; -ой
  for an adjective: толстый -> Толстой), kept when the dictionary knows that surname; its
  feminine form (-ова, -ая) too;
- first names and places: the word itself, when the dictionary knows it as one.

Each name is transliterated with the Wikipedia scheme of `iuliia` (the correction) and the other
schemes news uses (spellings to recognise in a document). English plurals are generated (wolf ->
wolves, goose -> geese is written in the table). Run once after changing name_meanings.tsv
(needs the `build-data` extra); the audit reads only the generated .tsv.
Output columns: english<TAB>kind (surname|first|place)<TAB>russian<TAB>latin<TAB>spellings (|).
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "mtaudit" / "data"
SOURCE, OUT = DATA / "name_meanings.tsv", DATA / "name_meanings_derived.tsv"
SCHEMES = ("WIKIPEDIA", "BGN_PCGN", "YANDEX_MAPS", "MOSMETRO", "ICAO_DOC_9303", "GOST_52535", "MVD_310")
SURNAME_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын")
_PLURAL_F = {"f": "ves", "fe": "ves"}


def plurals(word: str) -> list[str]:
    if word == "goose":
        return ["geese"]
    if word.endswith("fe"):
        return [word[:-2] + "ves"]
    if word.endswith("f"):
        return [word[:-1] + "ves"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("s", "sh", "ch", "x")):
        return [word + "es"]
    return [word + "s"]


def _has(morph, word: str, grammeme: str) -> bool:
    """The dictionary knows `word` (capitalised) as a nominative name of this kind."""
    low = word.lower().replace("ё", "е")
    if not morph.word_is_known(word.lower()):
        return False  # the parser guesses a surname for any unknown word ending in -ов
    for p in morph.parse(word):
        if grammeme in p.tag.grammemes and "nomn" in p.tag.grammemes \
                and p.normal_form.replace("ё", "е") == low:
            return True
    return False


def stems(morph, lemma: str) -> set[str]:
    out = {lemma.rstrip("аяоеьйы")}
    for p in morph.parse(lemma):
        if p.normal_form != lemma or p.tag.POS not in ("NOUN", "ADJF"):
            continue
        gent = p.inflect({"gent", "sing"}) if p.tag.POS == "NOUN" else None
        if gent is not None:
            out.add(gent.word.rstrip("аяуюиы"))
    return {s for s in out if len(s) >= 2}


def derived(morph, lemma: str) -> list[tuple[str, str]]:
    """(kind, Russian name) pairs the dictionary confirms for this word."""
    found: list[tuple[str, str]] = []
    cap = lemma[:1].upper() + lemma[1:]
    if _has(morph, cap, "Name"):
        found.append(("first", cap))
    if _has(morph, cap, "Geox"):
        found.append(("place", cap))
    if lemma.endswith(("ый", "ий", "ой")):
        base = cap[:-2]
        for end, fem in (("ой", "ая"), ("ий", "ая"), ("ый", "ая")):
            if _has(morph, base + end, "Surn"):
                found += [("surname", base + end), ("surname", base + fem)]
                break
    for stem in sorted(stems(morph, lemma)):
        for suffix in SURNAME_SUFFIXES:
            name = stem[:1].upper() + stem[1:] + suffix
            if _has(morph, name, "Surn") and ("surname", name) not in found:
                found += [("surname", name), ("surname", name + "а")]
    return found


def spellings(name: str) -> list[str]:
    import iuliia

    out: list[str] = []
    for scheme in SCHEMES:
        latin = getattr(iuliia, scheme).translate(name).replace("'", "").replace("ʹ", "")
        if latin.isalpha() and latin not in out:
            out.append(latin)
    return out


def main() -> None:
    import pymorphy3

    sys.path.insert(0, str(DATA.parents[1]))
    morph = pymorphy3.MorphAnalyzer()
    rows = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, meanings = line.split("\t")[:2]
        names = derived(morph, lemma)
        english = []
        for meaning in meanings.split("|"):
            english += [meaning] + plurals(meaning)
        for kind, name in names:
            forms = spellings(name)
            for word in dict.fromkeys(english):
                if kind != "surname" and word not in meanings.split("|"):
                    continue  # a first name or a place is translated in the singular
                rows.append(f"{word}\t{kind}\t{name}\t{forms[0]}\t{'|'.join(forms)}")
    header = ["# English words that translate a Russian name, GENERATED by scripts/build_name_meanings.py",
              "# from name_meanings.tsv and pymorphy3's name tags: do not edit by hand.",
              "# english<TAB>kind<TAB>russian<TAB>latin (Wikipedia scheme)<TAB>spellings"]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
