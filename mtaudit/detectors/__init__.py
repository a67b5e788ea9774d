"""The detector registry: one explicit tuple, in the order they run.

Each detector module owns one concern and declares its rules; rules-as-data
(YAML) are served by the detectors that implement their kinds.
"""

from __future__ import annotations

from . import untranslated

DETECTORS = (
    untranslated.DETECTOR,
)
