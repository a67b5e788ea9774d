"""Russian case endings that leak into transliterated names ("Putina", "Lavrovym").

An MT system that transliterates an inflected Russian name keeps its case
ending. From a name's nominative Latin form we generate the transliterated
oblique forms, by the declension class its ending implies.
"""

from __future__ import annotations

MIN_STEM = 4  # shorter names give too many accidental words ("Kima", "Lee-u")

# Adjectival surnames: Zelensky / Zelenskiy / Navalny -> Zelenskogo, Zelenskomu, Zelenskim ...
_ADJECTIVAL = ("iy", "yi", "ii", "y")
_ADJECTIVAL_ENDINGS = ("ogo", "omu", "im", "ym", "om")
# Possessive surnames: Putin, Lavrov, Medvedev, Sobyanin -> Putina, Putinu, Putinym, Putine
_POSSESSIVE = ("ov", "ev", "yov", "in", "yn")
_POSSESSIVE_ENDINGS = ("a", "u", "ym", "im", "e", "om")
# Feminine -ova/-eva/-ina surnames: Zakharova -> Zakharovoy, Zakharovoi, Zakharovu
_FEMININE = ("ova", "eva", "ina", "yna")
_FEMININE_ENDINGS = ("oy", "oi", "u")
# Other consonant-final names: Trump -> Trumpa, Trumpu, Trumpom, Trumpe
_CONSONANT_ENDINGS = ("a", "u", "om", "e", "y")
# Other -a names: Obama -> Obamy, Obame, Obamu, Obamoy
_A_ENDINGS = ("y", "i", "e", "u", "oy", "oi")
_VOWELS = set("aeiouy")


def case_forms(name: str) -> list[str]:
    """Transliterated Russian oblique-case forms of a one-word Latin name; [] if indeclinable."""
    if " " in name or not name.isalpha() or len(name) < MIN_STEM:
        return []
    low = name.lower()
    adjectival = next((e for e in _ADJECTIVAL if low.endswith(e)), "")
    if adjectival and len(low) - len(adjectival) >= 3 and low[-len(adjectival) - 1] not in _VOWELS:
        stem = name[:len(name) - len(adjectival)]
        forms = [stem + e for e in _ADJECTIVAL_ENDINGS]
    elif low.endswith(_FEMININE):
        forms = [name[:-1] + e for e in _FEMININE_ENDINGS]
    elif low.endswith(_POSSESSIVE):
        forms = [name + e for e in _POSSESSIVE_ENDINGS]
    elif low[-1] == "a":
        forms = [name[:-1] + e for e in _A_ENDINGS]
    elif low[-1] not in _VOWELS:
        forms = [name + e for e in _CONSONANT_ENDINGS]
    else:
        forms = []  # -o, -u, -e, -i names (Shoigu, Matviyenko) do not decline
    return [f for f in forms if f.lower() != low]
