"""Build mtaudit/data/english_ings_plurals.txt: the plurals in -ings English writes (findings,
tastings, earnings, proceedings), for MT2828 (detectors/calques_russian_derivations.py): a plural
in -ings of a verb's -ing form that is not here is a Russian count noun by its gloss ("dryings",
сушки). From wordfreq's English list at zipf >= MIN_ZIPF; wordfreq is read here only.

Usage: python scripts/build_english_ings_plurals.py
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "mtaudit" / "data" / "english_ings_plurals.txt"
MIN_ZIPF = 1.0


def main() -> None:
    found = sorted({w for w in iter_wordlist("en", wordlist="large")
                    if w.isalpha() and w.isascii() and w.endswith("ings") and len(w) >= 7
                    and zipf_frequency(w, "en") >= MIN_ZIPF})
    header = ("# plurals in -ings English writes (MT2828), built by scripts/build_english_ings_plurals.py\n"
              "# from wordfreq (zipf >= 1.0); do not edit by hand\n")
    OUT.write_text(header + "".join(w + "\n" for w in found), encoding="utf-8")
    print(f"{len(found)} words -> {OUT}")


if __name__ == "__main__":
    main()
