"""Every rule the tool knows: the built-in ones (gathered from the detectors, Python and YAML
alike) and the user's rule files (--rules), checked for clashes with file:line.

Each rule's `origin` is the file:line that declares it. A user rule may not reuse a built-in
code or name, and its bad and good examples are run when it loads."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from mtaudit.core.errors import UserError
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


def rules_with(user: "UserRules | None" = None) -> dict[str, Rule]:
    """Every rule by code, sorted: the built-in ones and the user's (codes never clash: refused at load)."""
    if user is None or not user.data_rules:
        return all_rules()
    return dict(sorted((all_rules() | {r.code: r for r in user.rules}).items()))


def find_rule(code_or_name: str, user: "UserRules | None" = None) -> Rule | None:
    """A rule by code, name or retired code (which leads to the rule that replaced it)."""
    from mtaudit.rules.redirects import canonical

    key = code_or_name.strip()
    rules = rules_with(user)
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


# --- the user's rule files --------------------------------------------------------------------

USER_RULES_KIND_DETECTOR = "patterns"  # the detector whose kind engine runs rule files


@dataclass(frozen=True)
class UserRules:
    """The rules of the user's rule files (--rules), checked against every built-in rule.

    `digest` names the files' content in the run signature ("" without any)."""

    paths: tuple[str, ...] = ()
    data_rules: tuple = ()      # mtaudit.rules.loader.DataRule
    digest: str = ""

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(d.rule for d in self.data_rules)

    def rules_served_by(self, detector_name: str) -> tuple[Rule, ...]:
        return self.rules if detector_name == USER_RULES_KIND_DETECTOR else ()


NO_USER_RULES = UserRules()


def load_user_rules(paths) -> UserRules:
    """Load the user's rule files. A code or name a built-in rule already has (a YAML rule or a
    Python detector's, e.g. MT401), a bad example the rule does not flag or a good one it does:
    each is a UserError `file:line`, before any document is read."""
    paths = tuple(str(p) for p in paths or ())
    if not paths:
        return NO_USER_RULES
    from mtaudit.core.io import read_limited
    from mtaudit.rules.loader import load_rule_files

    known = list(all_rules().values())
    bundled = {r.code: r.origin for r in known} | {r.name: r.origin for r in known}
    extra = load_rule_files(paths, bundled=False).rules
    for data_rule in extra:
        for key in (data_rule.rule.code, data_rule.rule.name):
            if key in bundled:
                path, line = _where(data_rule.rule.origin)
                raise UserError(f"rule {key} already defined at {bundled[key]}", path, line)
        _check_examples(data_rule)
    digest = hashlib.sha256()
    for path in paths:
        digest.update(read_limited(path, None, what="rule file"))
    return UserRules(paths, tuple(extra), digest.hexdigest()[:8])


def _check_examples(data_rule) -> None:
    """A user rule's bad examples must each be flagged by it, its good ones never."""
    from mtaudit.detectors.patterns import run_rule
    from mtaudit.text.document import Document

    r = data_rule.rule
    for examples, wanted, what in ((r.bad, True, "bad example is not flagged by the rule"),
                                   (r.good, False, "good example is flagged by the rule")):
        for example in examples:
            found = any(f.code == r.code for f in run_rule(data_rule, Document(example.text, doc_id="example")))
            if found != wanted:
                path, line = _where(example.origin or r.origin)
                raise UserError(f"{r.code} {what}: {example.text!r}", path, line)


def _where(origin: str) -> tuple[str, int | None]:
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if line.isdigit() else (origin, None)
