"""Run the selected detectors over a Document and return sorted, fingerprinted findings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from .context import AuditContext
from .document import Document
from .rules_model import Detector, Selection
from .types import Confidence, Finding, fingerprint


@dataclass
class AuditResult:
    doc: Document
    findings: list[Finding]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (detector, reason)


def audit(doc: Document, ctx: AuditContext | None = None, selection: Selection | None = None,
          detectors: tuple[Detector, ...] | None = None,
          min_confidence: Confidence = Confidence.POSSIBLE) -> AuditResult:
    """Audit one document. Findings are sorted by position, deduplicated and fingerprinted."""
    from .detectors import DETECTORS

    ctx = ctx or AuditContext()
    selection = selection or Selection()
    found: list[Finding] = []
    skipped: list[tuple[str, str]] = []
    for detector in detectors if detectors is not None else DETECTORS:
        rules = detector.rules_for(ctx) if hasattr(detector, "rules_for") else detector.rules
        if not any(selection.enabled(r.code) for r in rules):
            continue
        reason = ctx.missing(detector.needs)
        if reason:
            skipped.append((detector.name, reason))
            continue
        for finding in detector.detect(doc, ctx):
            if selection.enabled(finding.code) and finding.confidence.at_least(min_confidence):
                found.append(finding)
    skipped += doc.cache.pop("engine.skipped", [])  # rules that timed out on part of the text
    return AuditResult(doc, _fingerprinted(_deduplicated(found)), skipped)


def _deduplicated(findings: list[Finding]) -> list[Finding]:
    seen: dict[tuple[str, int, int], Finding] = {}
    for f in findings:
        key = (f.code, f.start, f.end)
        if key not in seen or f.confidence.rank < seen[key].confidence.rank:
            seen[key] = f
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.code))


def _fingerprinted(findings: list[Finding]) -> list[Finding]:
    occurrences: Counter = Counter()
    out = []
    for f in findings:
        key = (f.code, " ".join(f.text.split()).casefold())
        out.append(replace(f, fingerprint=fingerprint(f.doc, f.code, f.text, occurrences[key])))
        occurrences[key] += 1
    return out
