"""Language identification behind one small interface, with two interchangeable backends.

`identify(text, backend)` returns (ISO 639-1 code, probability). Backends load
lazily, once per process: lingua (restricted to the languages that show up in
Russian-English news, which makes it both faster and surer; low-accuracy mode
by default, "lingua-high" for its full models) and langdetect
(seeded, because it is random otherwise). bench/langid_compare.py measures both;
the faster-and-more-accurate one is the default.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

BACKENDS = ("lingua", "lingua-high", "langdetect")
DEFAULT_BACKEND = "lingua"
# English plus what leaks into English output of Russian news: Slavic languages
# (and the Latin-script look of transliterated Russian), and major European ones.
LANGUAGES = ("en", "ru", "uk", "be", "bg", "sr", "pl", "cs", "hr", "sl", "de", "fr", "es", "it",
             "pt", "nl", "tr", "lv", "lt", "et")

Identifier = Callable[[str], tuple[str, float, float]]


def identify(text: str, backend: str = DEFAULT_BACKEND) -> tuple[str, float]:
    """The most probable language of `text` and its probability ("" and 0.0 when unsure)."""
    lang, prob, _ = identifier(backend)(text)
    return lang, prob


def english_probability(text: str, backend: str = DEFAULT_BACKEND) -> float:
    """How probable it is that `text` is English (0.0 to 1.0)."""
    return identifier(backend)(text)[2]


@lru_cache(maxsize=None)
def identifier(backend: str = DEFAULT_BACKEND) -> Identifier:
    """The identification function of a backend, built on first use."""
    if backend in ("lingua", "lingua-high"):
        return _lingua(high_accuracy=backend == "lingua-high")
    if backend == "langdetect":
        return _langdetect()
    from mtaudit.core.errors import UserError

    raise UserError(f"unknown language identifier {backend!r}; choose one of {', '.join(BACKENDS)}")


def _lingua(high_accuracy: bool) -> Identifier:
    """lingua's low-accuracy mode (trigrams only) loads in milliseconds and is meant for
    texts of a sentence or more, which is all MT604 asks; high accuracy loads ~14 s of models."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    detector = (builder if high_accuracy else builder.with_low_accuracy_mode()).build()

    @lru_cache(maxsize=8192)  # lingua is deterministic: a text seen again (a dateline, a byline,
    def run(text: str) -> tuple[str, float, float]:  # a boilerplate line in a batch) is not re-scored
        values = detector.compute_language_confidence_values(text)
        if not values:
            return "", 0.0, 0.0
        top = values[0]
        english = next((v.value for v in values if v.language.iso_code_639_1.name == "EN"), 0.0)
        return top.language.iso_code_639_1.name.lower(), float(top.value), float(english)

    return run


def _langdetect() -> Identifier:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is random without a seed

    def run(text: str) -> tuple[str, float, float]:
        try:
            found = detect_langs(text)
        except LangDetectException:
            return "", 0.0, 0.0
        english = next((x.prob for x in found if x.lang == "en"), 0.0)
        return found[0].lang.split("-")[0], float(found[0].prob), float(english)

    return run
