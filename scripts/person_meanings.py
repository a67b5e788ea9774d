"""List glossary people whose Russian surname is also a Russian common word (pymorphy3).

Why: MT translates such a surname by its meaning (Песков -> "Sands", Навальный ->
"Bulk"). This script finds the candidates; a person then adds the English
renderings by hand to the concept's `wrong:` list in glossary/people-*.yaml
(cue: required for plain English words). Output: TSV on stdout —
id, Russian surname, the common-word lemma, its part of speech, the grammatical case.
Run: pip install pymorphy3 && python scripts/person_meanings.py > /tmp/meanings.tsv
"""

from __future__ import annotations

from pathlib import Path

import pymorphy3
import yaml

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"
_NAME_TAGS = {"Surn", "Name", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}


def common_readings(morph, word: str):
    """Parses of `word` as a common noun or adjective (not a proper-name reading), best first."""
    out = []
    for p in morph.parse(word.lower()):
        tags = set(str(p.tag).replace(" ", ",").split(","))
        if tags & _NAME_TAGS or p.tag.POS not in ("NOUN", "ADJF", "ADJS", "VERB", "INFN", "PRTF"):
            continue
        if p.score < 0.05 or p.normal_form == word.lower() and p.tag.POS == "NOUN" and "Surn" in tags:
            continue
        out.append((p.normal_form, p.tag.POS, p.tag.case or ""))
    return out


def main() -> None:
    morph = pymorphy3.MorphAnalyzer()
    for path in sorted(GLOSSARY.glob("people-*.yaml")) + [GLOSSARY / "core.yaml"]:
        data = yaml.safe_load(path.read_text("utf-8"))
        for concept in data.get("concepts", data) if isinstance(data, dict) else data:
            if concept.get("type") != "person":
                continue
            ru = concept.get("ru") or []
            surnames = [r for r in ([ru] if isinstance(ru, str) else ru) if " " not in r]
            for surname in surnames[:1]:
                readings = common_readings(morph, surname)
                if readings:
                    lemma, pos, case = readings[0]
                    print(f"{concept['id']}\t{surname}\t{lemma}\t{pos}\t{case}")


if __name__ == "__main__":
    main()
