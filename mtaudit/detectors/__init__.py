"""The detector registry: one explicit tuple, in the order they run.

Each detector module owns one concern and declares its rules; rules-as-data
(YAML) are served by the detectors that implement their kinds.
"""

from __future__ import annotations

from . import (casing, entities, entities_casing, entities_forms, entities_fuzzy, glosses, numbers, patterns,
               pronouns, pronouns_syntax, reference, untranslated)
from . import house_style, places_meaning  # noqa: E402  (glossary-beats)

DETECTORS = (
    untranslated.DETECTOR,
    glosses.DETECTOR,
    numbers.DETECTOR,
    pronouns.DETECTOR,
    pronouns_syntax.DETECTOR,
    casing.DETECTOR,
    entities.DETECTOR,
    entities_casing.DETECTOR,
    entities_forms.DETECTOR,
    entities_fuzzy.DETECTOR,
    house_style.DETECTOR,
    reference.DETECTOR,
    patterns.DETECTOR,
)
DETECTORS += (places_meaning.DETECTOR,)  # glossary-beats
