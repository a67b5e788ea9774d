"""Build mtaudit/data/translit_model.npz: a character n-gram model of transliterated Russian.

Why: MT leaves Russian words it cannot translate in Latin letters ("obyazatelstva",
"dekorativnoi"). A hand list of such words never ends; their letter sequences are
distinctive. This script trains a naive-Bayes log-ratio over hashed character n-grams:

- Russian side: word forms of the OpenCorpora dictionary shipped by `pymorphy3-dicts-ru`
  (a deterministic sample), each run through several transliteration schemes of `iuliia`
  (Wikipedia, Moscow metro, Telegram, BGN/PCGN, GOST 7.79 B, ICAO, Yandex.Money, MVD 310,
  GOST 7034): MT engines and outlets use all of these spellings.
- English side: the lowercase alphabetic words of the `english-words` package (web2 + gcide).

Run it once after changing anything here (needs `pip install pymorphy3 pymorphy3-dicts-ru
iuliia`, the `build-data` extra); the audit itself only loads the .npz (numpy), so nothing
is downloaded or trained at run time. The same hashing lives in mtaudit/models/translit.py.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mtaudit.models.translit import BUCKETS, features  # noqa: E402

SCHEMES = ("WIKIPEDIA", "MOSMETRO", "TELEGRAM", "BGN_PCGN", "GOST_779_ALT", "ICAO_DOC_9303",
           "YANDEX_MONEY", "MVD_310", "GOST_7034")
SAMPLE = 150_000       # Russian word forms (of ~3 million) run through every scheme
SMOOTHING = 0.5
_ASCII_WORD = re.compile(r"^[a-z]{2,}$")


def russian_forms() -> list[str]:
    import pymorphy3

    words = pymorphy3.MorphAnalyzer().dictionary.words
    forms = sorted({w for w, _ in words.items() if w.isalpha() and len(w) >= 3})
    random.Random(7).shuffle(forms)
    return forms[:SAMPLE]


def transliterated(forms: list[str]) -> list[str]:
    import iuliia

    out = []
    for name in SCHEMES:
        schema = getattr(iuliia, name)
        for form in forms:
            latin = re.sub(r"['’`ʹʺ”\"]", "", schema.translate(form)).lower()
            if _ASCII_WORD.match(latin):
                out.append(latin)
    return out


def english_words() -> list[str]:
    from english_words import get_english_words_set

    return sorted(w for w in get_english_words_set(["web2", "gcide"], lower=True, alpha=True)
                  if _ASCII_WORD.match(w))


def counts(words: list[str]) -> np.ndarray:
    table = np.zeros(BUCKETS, dtype=np.float64)
    for word in words:
        for h in features(word):
            table[h] += 1
    return table


def main() -> None:
    t0 = time.time()
    ru = transliterated(russian_forms())
    en = english_words()
    print(f"{len(ru)} transliterated Russian forms, {len(en)} English words ({time.time() - t0:.0f} s)")
    c_ru, c_en = counts(ru), counts(en)
    p_ru = (c_ru + SMOOTHING) / (c_ru.sum() + SMOOTHING * BUCKETS)
    p_en = (c_en + SMOOTHING) / (c_en.sum() + SMOOTHING * BUCKETS)
    weights = np.log(p_ru) - np.log(p_en)
    out = Path(__file__).resolve().parents[1] / "mtaudit" / "data" / "translit_model.npz"
    np.savez_compressed(out, weights=weights.astype(np.float16))
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB, {time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
