"""Thresholds of the reference checks a team may tune in its configuration (`thresholds = {...}`
in [tool.mtaudit]).

Defaults are the calibrated values documented in mtaudit.references.quote_drift and
mtaudit.references.date_number; a configuration file overrides them by name.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Thresholds:
    quote_meaning_min: float = 0.65   # cosine above which a quote means the same as a reference quote (calibrated on the corpus references)
    quote_surface_max: float = 80.0   # chrF below which its wording has drifted
    date_align_min: float = 0.70      # cosine above which two sentences report the same event
    date_near_min: float = 0.85       # cosine above which days, weekdays and numbers are compared

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def from_settings(cls, settings: dict) -> "Thresholds":
        """The defaults with the configured values applied (names were validated on load)."""
        given = settings.get("thresholds") or {}
        return replace(cls(), **{k: float(v) for k, v in given.items()})
