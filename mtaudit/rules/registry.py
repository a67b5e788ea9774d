"""Every rule the tool knows, gathered from the detectors, checked for clashes."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from mtaudit.rules.model import Rule


@lru_cache(maxsize=1)
def all_rules() -> dict[str, Rule]:
    """Rules by code, sorted. Fails loudly when two rules share a code or a name."""
    from mtaudit.detectors import DETECTORS

    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for detector in DETECTORS:
        for r in detector.rules:
            if r.code in rules:
                raise ValueError(f"rule code {r.code} defined twice ({rules[r.code].origin}, {r.origin})")
            if r.name in names:
                raise ValueError(f"rule name {r.name} used by {names[r.name]} and {r.code}")
            rules[r.code] = r
            names[r.name] = r.code
    return dict(sorted(rules.items()))


def find_rule(code_or_name: str) -> Rule | None:
    """A rule by code, name or retired code (which leads to the rule that replaced it)."""
    from mtaudit.rules.redirects import canonical

    key = code_or_name.strip()
    rules = all_rules()
    if canonical(key.upper()) in rules:
        return rules[canonical(key.upper())]
    return next((r for r in rules.values() if r.name == key.lower()), None)


@lru_cache(maxsize=1)
def ruleset_hash() -> str:
    """A short hash of every rule definition, for the run signature."""
    from mtaudit.detectors import DETECTORS

    payload = []
    for detector in DETECTORS:
        payload.append(getattr(detector, "fingerprint_data", lambda: "")())
    for r in all_rules().values():
        payload.append([r.code, r.name, r.category, r.confidence.value,
                        [e.text for e in r.bad], [e.text for e in r.good]])
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]
