"""Audit a list of paths: read each file, audit it, collect per-file errors and go on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import AuditResult, audit
from mtaudit.core.errors import UserError
from mtaudit.core.io import DEFAULT_MAX_BYTES, expand_paths
from mtaudit.text.document import read_document
from mtaudit.rules.model import Selection
from mtaudit.core.types import Confidence


@dataclass
class RunOutcome:
    results: list[AuditResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def audit_paths(paths: list[str], ctx: AuditContext, selection: Selection,
                encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES,
                min_confidence: Confidence = Confidence.POSSIBLE,
                on_error: Callable[[str], None] | None = None) -> RunOutcome:
    outcome = RunOutcome()
    for item in expand_paths(paths):
        if isinstance(item, UserError):
            outcome.errors.append(item.render())
        else:
            try:
                doc = read_document(item, encoding=encoding, max_bytes=max_bytes)
            except UserError as exc:
                outcome.errors.append(exc.render())
            else:
                outcome.results.append(audit(doc, ctx, selection, min_confidence=min_confidence))
                continue
        if on_error:
            on_error(outcome.errors[-1])
    return outcome
