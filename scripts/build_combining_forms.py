"""Rebuild mtaudit/data/combining_form_words.txt: the fused words English writes with a Russian
combining form of calque_terms.yaml (`combining_forms:`, MT2826): electromagnetic, videoconference,
agroindustrial, motocross (and the fused-only forms: velodrome,
ecotourism). A hyphen form whose fused spelling is not here is not an English word
(electro-charging, avia-company) and is flagged. The words come from wordfreq's English list
(zipf frequency at least MIN_ZIPF); wordfreq is read here only, never at audit time.

Usage: python scripts/build_combining_forms.py
"""

from __future__ import annotations

from pathlib import Path

import yaml
from wordfreq import iter_wordlist, zipf_frequency

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
MIN_ZIPF = 1.0


def main() -> None:
    spec = yaml.safe_load((DATA / "calque_terms.yaml").read_text(encoding="utf-8"))["combining_forms"]
    forms = tuple(spec["forms"]) + tuple(spec.get("fused_only") or ())
    found = sorted({w for w in iter_wordlist("en", wordlist="large")
                    if w.isalpha() and w.startswith(forms) and len(w) > 5
                    and any(w.startswith(f) and len(w) - len(f) >= 3 for f in forms)
                    and zipf_frequency(w, "en") >= MIN_ZIPF})
    header = ("# fused words English writes with a Russian combining form (MT2826), built by\n"
              "# scripts/build_combining_forms.py from wordfreq; do not edit by hand\n")
    (DATA / "combining_form_words.txt").write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(len(found), "words")


if __name__ == "__main__":
    main()
