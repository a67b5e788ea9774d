"""Build mtaudit/data/toponym_forms.tsv: the Latin spellings of Russian toponym words, with meanings.

Why: a Russian place name is often made of ordinary words (Старый Оскол, Минеральные Воды, Нижний
Тагил) and MT translates them ("Old Oskol", "Mineral Waters", "Lower Tagil"). To recognise such a
rendering of ANY place the gazetteer knows, the detector (mtaudit/detectors/entities/places_composed.py)
reads each known name word by word in its Latin spelling ("Stary", "Mineralnye", "Vody") and needs
what each word means. This script makes that table from the hand-curated lemmas of
mtaudit/data/toponym_words.tsv: pymorphy3 inflects each lemma into the nominative forms names use
(an adjective in the masculine, feminine, neuter and plural: старый, старая, старое, старые; a noun
in the singular and plural: вода, воды), iuliia spells each form in the schemes the gazetteer and
MT use, and lemminflect puts a noun's meaning in the plural for a plural form (воды -> "Waters").

Run once after changing toponym_words.tsv (needs the `build-data` extra and lemminflect); the audit
reads only the .tsv. Output columns: latin<TAB>meanings ("|"-separated, the usual first)<TAB>lemma<TAB>
kind (adj | noun | compound).

Compound names (Железногорск, Солнечногорск, Зеленоград) join an adjective's stem to a place noun;
MT translates both halves ("Iron Mountain", "Sunny Mountain", "Green City"). For every adjective of
toponym_words.tsv the script writes the compound with each ending of COMPOUND_ENDINGS (kind
`compound`, the meaning already two words).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCHEMES = ("WIKIPEDIA", "BGN_PCGN", "YANDEX_MAPS", "MOSMETRO", "ICAO_DOC_9303", "GOST_52535", "TELEGRAM")
WORDS = ROOT / "mtaudit" / "data" / "toponym_words.tsv"
OUT = ROOT / "mtaudit" / "data" / "toponym_forms.tsv"
_LATIN = re.compile(r"^[A-Za-z]+$")
# The place-noun endings of compound names and what MT makes of them (-горск "mountain", -град "city").
COMPOUND_ENDINGS = {"горск": "Mountain|Mount|Hill", "град": "City|Town", "город": "City|Town",
                    "озёрск": "Lake", "озерск": "Lake", "морск": "Sea", "дольск": "Valley",
                    "реченск": "River"}


def compound_stem(morph, lemma: str) -> str | None:
    """The stem an adjective lends a compound name: its short neuter form (железный -> железно)."""
    parse = next((p for p in morph.parse(lemma) if p.tag.POS == "ADJF"), None)
    if parse is None:
        return None
    short = parse.inflect({"ADJS", "neut", "sing"})
    if short is not None and short.word.endswith(("о", "е")):
        return short.word  # a soft stem keeps its -е: нижний -> нижне(камск), верхний -> верхне(уральск)
    return lemma[:-2] + "о" if lemma.endswith(("ый", "ий", "ой")) else None


def forms(morph, lemma: str, kind: str) -> list[tuple[str, bool]]:
    """(nominative form, plural?) of a lemma as place names use it."""
    parse = next((p for p in morph.parse(lemma)
                  if p.tag.POS == ("ADJF" if kind == "adj" else "NOUN")), None)
    if parse is None:
        return [(lemma, False)]
    wanted = ([{"masc", "nomn"}, {"femn", "nomn"}, {"neut", "nomn"}, {"plur", "nomn"}] if kind == "adj"
              else [{"sing", "nomn"}, {"plur", "nomn"}])
    out = []
    for grammemes in wanted:
        form = parse.inflect(grammemes)
        if form is not None:
            out.append((form.word, "plur" in grammemes and kind == "noun"))
    return out or [(lemma, False)]


def spellings(word: str) -> set[str]:
    import iuliia

    out = set()
    for name in SCHEMES:
        latin = re.sub(r"['’`ʹʺ”\"]", "", getattr(iuliia, name).translate(word.capitalize()))
        if _LATIN.match(latin):
            out.add(latin)
    return out


def plural(meaning: str) -> str:
    from lemminflect import getInflection

    words = meaning.split()
    inflected = getInflection(words[-1].lower(), "NNS")
    if not inflected:
        return meaning
    last = inflected[0]
    return " ".join(words[:-1] + [last[:1].upper() + last[1:] if words[-1][:1].isupper() else last])


def main() -> None:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    rows: dict[str, str] = {}
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, meanings, kind = line.split("\t")[:3]
        if kind not in ("adj", "noun"):
            continue
        for form, is_plural in forms(morph, lemma.replace("ё", "е") if "ё" in lemma and not
                                     morph.word_is_known(lemma) else lemma, kind):
            english = "|".join(plural(m) if is_plural and not m.endswith("s") else m
                               for m in meanings.split("|"))
            for latin in sorted(spellings(form)):
                rows.setdefault(latin, f"{latin}\t{english}\t{lemma}\t{kind}")
        if kind == "adj":
            stem = compound_stem(morph, lemma)
            for ending, nouns in (COMPOUND_ENDINGS.items() if stem else ()):
                english = "|".join(f"{m} {n}" for m in meanings.split("|")[:2] for n in nouns.split("|"))
                for latin in sorted(spellings(stem + ending)):
                    rows.setdefault(latin, f"{latin}\t{english}\t{lemma}\tcompound")
    header = ["# Latin spellings of the Russian toponym words of toponym_words.tsv in the nominative forms",
              "# place names use, with the English meaning MT puts in; GENERATED by",
              "# scripts/build_toponym_forms.py: do not edit by hand. latin<TAB>meanings<TAB>lemma<TAB>kind"]
    OUT.write_text("\n".join(header + [rows[k] for k in sorted(rows)]) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} spellings)")


if __name__ == "__main__":
    main()
