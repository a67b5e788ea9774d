"""MQM-style quality score: severity-weighted penalty per 1,000 words.

penalty = sum(weight[severity]) over findings, normalised per 1,000 words;
score = max(0, 100 - normalised penalty). Reports state the formula and weights.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from mtaudit.core.types import DEFAULT_WEIGHTS, Finding
FORMULA = "score = max(0, 100 - 1000 * sum(weight[severity]) / words)"


def penalty(findings: Iterable[Finding], weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> float:
    return sum(weights[f.severity.value] for f in findings)


def per_thousand_words(penalty_points: float, words: int) -> float:
    """Penalty points per 1,000 words (infinite for a penalty on no words at all)."""
    if words:
        return 1000.0 * penalty_points / words
    return 0.0 if penalty_points == 0 else float("inf")


def score_of(per_kword: float) -> float:
    """The MQM score for a normalised penalty: 100 minus it, never below 0 (see FORMULA)."""
    return max(0.0, 100.0 - per_kword)


def mqm_score(findings: Iterable[Finding], words: int,
              weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> dict:
    """The score with everything needed to recompute it."""
    if not isinstance(findings, Sequence):
        findings = list(findings)  # a sequence (a big fix result's, read as needed) is read twice, not copied
    raw = penalty(findings, weights)
    per_kword = per_thousand_words(raw, words)
    score = score_of(per_kword)
    return {
        "score": round(score, 2),
        "penalty": raw,
        "penalty_per_1000_words": round(per_kword, 3) if per_kword != float("inf") else None,
        "words": words,
        "issues": len(findings),
        "weights": dict(weights),
        "formula": FORMULA,
    }
