"""The data model every detector, fixer and report shares.

Offsets are always Python string indices (code points) into the document text
exactly as read; nothing here ever holds a rewritten copy of the text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class _OrderedEnum(str, Enum):
    """A string enum whose members compare by declaration order (rank)."""

    @property
    def rank(self) -> int:
        return list(type(self)).index(self)

    def __str__(self) -> str:  # so f-strings print the value, not the class name
        return self.value


class Applicability(_OrderedEnum):
    """How safely a fix can be applied without a person looking at it (ruff's model)."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


class Confidence(_OrderedEnum):
    """How sure the detector is that the span is an artifact. Separate from fix safety."""

    CERTAIN = "certain"
    LIKELY = "likely"
    POSSIBLE = "possible"

    def at_least(self, floor: "Confidence") -> bool:
        """True when this confidence is `floor` or surer."""
        return self.rank <= floor.rank


class Severity(_OrderedEnum):
    """MQM severity of an issue; the score's formula lives in mtaudit.report.quality."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


DEFAULT_WEIGHTS: dict[str, float] = {"minor": 1.0, "major": 5.0, "critical": 10.0}  # MQM penalty per severity


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A half-open [start, end) range of code points."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def trimmed(self, text: str, trailing: str = "") -> "Span":
        """This span of `text` without outer whitespace, nor the marks in `trailing` at its end
        (the one trim: sentences and paragraphs, quoted words, foreign quotes)."""
        start, end = self.start, self.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
            end -= 1
        return Span(start, end)


@dataclass(frozen=True, order=True, slots=True)
class Edit:
    """Replace text[start:end] with `replacement` (empty replacement = deletion)."""

    start: int
    end: int
    replacement: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Fix:
    """One or more exact edits that together correct a finding."""

    edits: tuple[Edit, ...]
    applicability: Applicability
    title: str

    @classmethod
    def replace(cls, start: int, end: int, replacement: str,
                applicability: Applicability, title: str) -> "Fix":
        return cls((Edit(start, end, replacement),), applicability, title)

    @property
    def span(self) -> Span:
        return Span(min(e.start for e in self.edits), max(e.end for e in self.edits))


@dataclass(frozen=True, slots=True)
class Finding:
    """One likely artifact: where it is, what it is, why, and how to fix it."""

    doc: str
    code: str
    name: str
    category: str
    start: int
    end: int
    text: str
    message: str
    confidence: Confidence
    severity: Severity
    fix: Fix | None = None
    fingerprint: str = ""
    evidence: tuple[str, ...] = field(default=())
    source_start: int | None = None   # the source span (--source) this finding compares with
    source_end: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def its_type(self) -> str:
        from mtaudit.core.categories import CATEGORIES

        return CATEGORIES[self.category].its_type

    @property
    def applicability(self) -> Applicability | None:
        return self.fix.applicability if self.fix else None

    @property
    def correction(self) -> str | None:
        """The text the fix puts in place of [start, end); None when there is no fix, or when
        the fix is a display-only note that puts the same text back ("transliterate the
        original name": what to write is unknown, and the span itself is no correction).

        Edits outside the finding's span widen nothing: detectors keep their
        edits inside the span, and the text between edits is kept as it is. A deletion that
        reaches past the span (a footnote line removed with its line break) deletes the part
        inside it; any other edit that reaches past the span is left out.
        """
        if self.fix is None:
            return None
        out, cursor = [], self.start
        for edit in sorted(self.fix.edits):
            start, end = edit.start, edit.end
            if start < self.start or end > self.end:
                if edit.replacement or end <= self.start or start >= self.end:
                    continue
                start, end = max(start, self.start), min(end, self.end)
            if start < cursor:
                continue
            out.append(self.text[cursor - self.start:start - self.start])
            out.append(edit.replacement)
            cursor = end
        out.append(self.text[cursor - self.start:])
        corrected = "".join(out)
        if corrected == self.text and self.fix.applicability is Applicability.DISPLAY_ONLY:
            return None
        return corrected

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record: the gold keys first, then everything else."""
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "correction": self.correction,
            "confidence": self.confidence.value,
            "code": self.code,
            "name": self.name,
            "message": self.message,
            "severity": self.severity.value,
            "applicability": self.applicability.value if self.applicability else None,
            "its_type": self.its_type,
            "fingerprint": self.fingerprint,
            "evidence": list(self.evidence),
            "fix": None if self.fix is None else {
                "title": self.fix.title,
                "applicability": self.fix.applicability.value,
                "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement}
                          for e in self.fix.edits],
            },
        } | ({} if self.source_start is None else
             {"source_start": self.source_start, "source_end": self.source_end})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        fix_data = data.get("fix")
        fix = None
        if fix_data:
            fix = Fix(
                tuple(Edit(e["start"], e["end"], e["replacement"]) for e in fix_data["edits"]),
                Applicability(fix_data["applicability"]),
                fix_data.get("title", ""),
            )
        return cls(
            doc=data["doc"], code=data["code"], name=data["name"], category=data["category"],
            start=data["start"], end=data["end"], text=data["text"], message=data["message"],
            confidence=Confidence(data["confidence"]), severity=Severity(data["severity"]),
            fix=fix, fingerprint=data.get("fingerprint", ""),
            evidence=tuple(data.get("evidence", ())),
            source_start=data.get("source_start"), source_end=data.get("source_end"),
        )


def fingerprint(doc: str, code: str, text: str, occurrence: int) -> str:
    """A fingerprint that survives edits elsewhere in the text.

    It hashes what was flagged and the how-many-th such flag it is, never the
    offsets, so accepting one fix does not change the others' fingerprints.
    """
    key = "\x1f".join((doc, code, " ".join(text.split()).casefold(), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]  # ids from JSON may hold one
