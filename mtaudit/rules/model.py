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
    """--select / --ignore by code prefix ("MT2" selects MT200-MT299; "MT" is every rule)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        selected = not self.select or any(code.startswith(p) for p in self.select)
        ignored = any(code.startswith(p) for p in self.ignore)
        return selected and not ignored
