"""How much a Latin-script word looks like transliterated Russian rather than English.

A naive-Bayes log-ratio over hashed character n-grams (2 to 5 letters, with word-boundary
marks), trained by scripts/build_translit_model.py on the OpenCorpora word forms of
`pymorphy3-dicts-ru` run through nine `iuliia` transliteration schemes, against the
`english-words` lists. The weights ship as mtaudit/data/translit_model.npz (numpy only at
run time). `score(word)` is the mean log-ratio of the word's n-grams: above 0 leans Russian;
real English words score well below 0, transliterated Russian words well above.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from importlib import resources

BUCKETS = 1 << 18
ORDERS = (2, 3, 4, 5)


def features(word: str) -> list[int]:
    """Hashed character n-grams of `word` (lowercase, with ^ and $ marking its edges)."""
    padded = f"^{word}$"
    out = []
    for n in ORDERS:
        for i in range(len(padded) - n + 1):
            out.append(zlib.crc32(padded[i:i + n].encode()) % BUCKETS)
    return out


@lru_cache(maxsize=1)
def _weights():
    import numpy as np

    with resources.files("mtaudit.data").joinpath("translit_model.npz").open("rb") as fh:
        return np.load(fh)["weights"].astype(np.float32)


@lru_cache(maxsize=65536)
def score(word: str) -> float:
    """Mean log-ratio P(n-gram | transliterated Russian) / P(n-gram | English)."""
    weights = _weights()
    feats = features(word.lower())
    return float(sum(weights[h] for h in feats) / len(feats)) if feats else 0.0
