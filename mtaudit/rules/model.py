"""Rule metadata and the detector interface.

A Rule is what a user sees (`mtaudit rules`): a code that is never reused, a
name, a category, why it exists and examples that the test-suite runs. A
Detector is code that emits findings for one or more rules.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Protocol

from mtaudit.core.categories import check_category
from mtaudit.core.types import Applicability, Confidence, Finding, Fix, Severity
from mtaudit.text import lexicon

if TYPE_CHECKING:
    from mtaudit.audit.context import AuditContext
    from mtaudit.text.document import Document

CODE_PATTERN = re.compile(r"^MT\d{3,4}$")  # MT + 3 digits; calque families MT2000-MT2999
NAME_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Example:
    """A text a rule must flag (bad) or leave alone (good); `refs` for reference checks,
    `source` (the Russian original) for source-aware checks."""

    text: str
    refs: tuple[str, ...] = ()
    source: str | None = None
    settings: tuple[tuple[str, str], ...] = ()  # audit settings the example needs (("style", "ap"),)
    origin: str = field(default="", compare=False)  # file:line of a rule file's example


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    summary: str
    why: str
    confidence: Confidence
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    severity: Severity | None = None
    applicability: Applicability | None = None  # of its fix; None = no fix
    origin: str = ""  # file:line of its declaration (a rule file entry, or the rule() call in a detector)

    def __post_init__(self) -> None:
        if not CODE_PATTERN.match(self.code):
            raise ValueError(f"{self.origin}: rule code {self.code!r} is not MT + 3 or 4 digits")
        if not NAME_PATTERN.match(self.name):
            raise ValueError(f"{self.origin}: rule name {self.name!r} is not kebab-case")
        check_category(self.category)

    @property
    def effective_severity(self) -> Severity:
        return self.severity or check_category(self.category).default_severity

    def finding(self, doc: "Document", start: int, end: int, message: str, *,
                fix: Fix | None = None, confidence: Confidence | None = None,
                severity: Severity | None = None, evidence: Iterable[str] = (),
                source_span: tuple[int, int] | None = None) -> Finding:
        """Build a finding of this rule over doc.text[start:end] (fingerprint set by the engine)."""
        return Finding(
            doc=doc.doc_id, code=self.code, name=self.name, category=self.category,
            start=start, end=end, text=doc.text[start:end], message=message,
            confidence=confidence or self.confidence,
            severity=severity or self.effective_severity,
            fix=fix, evidence=tuple(evidence),
            source_start=source_span[0] if source_span else None,
            source_end=source_span[1] if source_span else None,
        )


def rule(code: str, name: str, category: str, summary: str, why: str, confidence: str,
         bad: Iterable[str | Example], good: Iterable[str | Example],
         applicability: str | None = None, severity: str | None = None,
         origin: str = "") -> Rule:
    """Shorthand for Python detectors to declare a rule with plain strings."""
    as_examples = lambda xs: tuple(x if isinstance(x, Example) else Example(x) for x in xs)  # noqa: E731
    if ":" not in origin:  # a module name or nothing: the declaration's own file:line
        origin = declared_at(sys._getframe(1))
    return Rule(code=code, name=name, category=category, summary=summary, why=why,
                confidence=Confidence(confidence), bad=as_examples(bad), good=as_examples(good),
                severity=Severity(severity) if severity else None,
                applicability=Applicability(applicability) if applicability else None,
                origin=origin)


def declared_at(frame) -> str:
    """`mtaudit/detectors/casing.py:28`: where a Python rule is declared, shown from the repository
    root as rule files are (an installed package shows its path inside site-packages' mtaudit/)."""
    path = Path(frame.f_code.co_filename)
    root = Path(__file__).resolve().parent.parent.parent
    try:
        shown = path.resolve().relative_to(root).as_posix()
    except ValueError:
        shown = path.as_posix()
    return f"{shown}:{frame.f_lineno}"


class Detector(Protocol):
    """Code that finds artifacts of one concern. `needs` names the context it requires
    ("glossary", "references", "parser": see AuditContext.missing); without it the engine
    skips the detector and says why. Shared derived data comes from declared views
    (mtaudit.text.views), never from ad-hoc caches."""

    name: str
    rules: tuple[Rule, ...]
    needs: frozenset[str]

    def detect(self, doc: "Document", ctx: "AuditContext") -> Iterable[Finding]: ...


@dataclass
class Selection:
    """--select / --ignore by code or prefix.

    A full code names one rule; a retired code (mtaudit/data/code_redirects.tsv) names the
    rule that replaced it. Prefixes, so that a family is selected by its prefix although
    three-digit (MT201) and four-digit (MT2001) codes share leading digits:
      MT            every rule
      MT2           every code whose first digit is 2, three- and four-digit alike
      MT21, MT10    codes of the same digit count first: three-digit codes starting so (MT10 is
                    MT100-MT109). Four-digit codes too only when that three-digit range was
                    retired into them (the redirect table holds codes starting so): MT21 is the
                    titles family MT2100-MT2199. A three-digit entry (MT210) is one code.
      MT21XX, MT31X trailing X's fix the width: MT31XX is MT3100-MT3199 and MT31X is MT310-MT319,
                    whatever exists.
    An opt-in rule (mtaudit/data/opt_in_rules.tsv) runs only when a selection names its full code.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        from mtaudit.rules.redirects import canonical

        self.select = tuple(canonical(s.upper()) for s in self.select)
        self.ignore = tuple(canonical(s.upper()) for s in self.ignore)

    def enabled(self, code: str) -> bool:
        hit = self._cache.get(code)
        if hit is None:
            if code in opt_in_codes() and code not in self.select:
                hit = self._cache[code] = False  # an opt-in rule runs only when named in full
                return hit
            selected = not self.select or any(selector_matches(p, code) for p in self.select)
            ignored = any(selector_matches(p, code) for p in self.ignore)
            hit = self._cache[code] = selected and not ignored
        return hit


def selector_matches(selector: str, code: str) -> bool:
    """Whether a --select/--ignore entry (upper case, redirects applied) covers `code`;
    the rule is in Selection's docstring and CONTRIBUTING.md."""
    if selector == "MT" or code == selector:
        return True
    digits, width = selector[2:], len(code) - 2
    if "X" in digits:
        return width == len(digits) and code[2:].startswith(digits.rstrip("X"))
    if not code.startswith(selector) or len(digits) >= width:
        return False
    if len(digits) == 1 or width == 3:
        return True
    # a two-digit prefix reaches four-digit codes when its three-digit range was retired into them
    return len(digits) == 2 and any(old.startswith(selector) and len(old) == 5 for old in _redirects())


def opt_in_codes() -> frozenset[str]:
    """Rules that run only when selected by their full code (mtaudit/data/opt_in_rules.tsv)."""
    return lexicon.words("opt_in_rules.tsv")


def _redirects() -> dict[str, str]:
    from mtaudit.rules.redirects import redirects

    return redirects()
