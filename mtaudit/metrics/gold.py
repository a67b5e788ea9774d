"""Score findings against gold spans (the gold format: one JSON object a line, see `mtaudit eval`).

Match: spans share at least half of the shorter span and a quarter of the longer
(a zero-length span matches a span it touches). Precision counts findings in
documents with gold; documents without gold are negatives, scored as false
alarms per 1,000 words. Fix accuracy compares a 60-character window rewritten
with the gold correction and with the matching findings' own corrections.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

WINDOW = 60


@dataclass(frozen=True)
class GoldItem:
    doc: str
    start: int
    end: int
    text: str
    category: str
    correction: str | None
    confidence: str


@dataclass(frozen=True)
class Pred:
    doc: str
    start: int
    end: int
    category: str
    correction: str | None


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    (a0, a1), (b0, b1) = a, b
    la, lb = a1 - a0, b1 - b0
    if la == 0 or lb == 0:
        return a0 <= b1 and b0 <= a1
    overlap = max(0, min(a1, b1) - max(a0, b0))
    return overlap >= 0.5 * min(la, lb) and overlap >= 0.25 * max(la, lb)


@dataclass
class Score:
    findings: int = 0
    correct: int = 0
    artifacts: int = 0
    found: int = 0
    per_category: dict = field(default_factory=dict)
    fix_eligible: int = 0
    fix_correct: int = 0
    negative_docs: int = 0
    negative_words: int = 0
    false_alarms: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.artifacts if self.artifacts else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fix_accuracy(self) -> float:
        return self.fix_correct / self.fix_eligible if self.fix_eligible else 0.0

    @property
    def false_alarms_per_kword(self) -> float:
        return 1000 * self.false_alarms / self.negative_words if self.negative_words else 0.0

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "findings": self.findings, "correct": self.correct,
            "artifacts": self.artifacts, "found": self.found,
            "fix_accuracy": round(self.fix_accuracy, 4),
            "fix_eligible": self.fix_eligible, "fix_correct": self.fix_correct,
            "negative_docs": self.negative_docs, "negative_words": self.negative_words,
            "false_alarms": self.false_alarms,
            "false_alarms_per_1000_words": round(self.false_alarms_per_kword, 3),
            "per_category": self.per_category,
            "missed": self.missed, "spurious": self.spurious,
        }


def score(gold: Iterable[GoldItem], preds: Iterable[Pred], texts: dict[str, str],
          word_counts: dict[str, int]) -> Score:
    """Score predictions for the documents in `texts` (doc id -> text)."""
    gold_by_doc: dict[str, list[GoldItem]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g.doc].append(g)
    preds_by_doc: dict[str, list[Pred]] = defaultdict(list)
    for p in preds:
        preds_by_doc[p.doc].append(p)

    s = Score()
    cat: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc, text in sorted(texts.items()):
        golds, ps = gold_by_doc.get(doc, []), preds_by_doc.get(doc, [])
        if not golds:
            s.negative_docs += 1
            s.negative_words += word_counts.get(doc, 0)
            s.false_alarms += len(ps)
            s.spurious.extend({"doc": doc, "start": p.start, "end": p.end, "category": p.category,
                               "text": text[p.start:p.end]} for p in ps)
            continue
        for p in ps:
            s.findings += 1
            cat[p.category]["findings"] += 1
            if any(spans_match((p.start, p.end), (g.start, g.end)) for g in golds):
                s.correct += 1
                cat[p.category]["correct"] += 1
            else:
                s.spurious.append({"doc": doc, "start": p.start, "end": p.end,
                                   "category": p.category, "text": text[p.start:p.end]})
        for g in golds:
            s.artifacts += 1
            cat[g.category]["artifacts"] += 1
            matching = [p for p in ps if spans_match((p.start, p.end), (g.start, g.end))]
            if not matching:
                s.missed.append({"doc": doc, "start": g.start, "end": g.end,
                                 "category": g.category, "text": g.text})
                continue
            s.found += 1
            cat[g.category]["found"] += 1
            if g.confidence == "certain" and g.correction is not None:
                s.fix_eligible += 1
                if fix_matches(text, g, matching):
                    s.fix_correct += 1
    for name, c in cat.items():
        c["recall"] = round(c["found"] / c["artifacts"], 4) if c.get("artifacts") else None
        c["precision"] = round(c["correct"] / c["findings"], 4) if c.get("findings") else None
    s.per_category = {k: dict(v) for k, v in sorted(cat.items())}
    return s


def _rewrite(text: str, lo: int, hi: int, edits: list[tuple[int, int, str]]) -> str:
    out, cursor = [], lo
    for start, end, replacement in edits:
        out.append(text[cursor:start])
        out.append(replacement)
        cursor = end
    out.append(text[cursor:hi])
    return " ".join("".join(out).split())


def fix_matches(text: str, g: GoldItem, matching: list[Pred]) -> bool:
    """Rewrite a window around the gold span with gold's and the findings' corrections."""
    edits, cursor = [], -1
    for p in sorted((p for p in matching if p.correction is not None), key=lambda p: (p.start, p.end)):
        if p.start >= cursor:
            edits.append((p.start, p.end, p.correction))
            cursor = p.end
    if not edits:
        return False
    lo = max(0, min(g.start, edits[0][0]) - WINDOW)
    hi = min(len(text), max(g.end, edits[-1][1]) + WINDOW)
    return _rewrite(text, lo, hi, [(g.start, g.end, g.correction or "")]) == _rewrite(text, lo, hi, edits)


def format_text(s: Score) -> str:
    lines = [
        f"precision {s.precision:.3f} ({s.correct}/{s.findings})   "
        f"recall {s.recall:.3f} ({s.found}/{s.artifacts})   F1 {s.f1:.3f}",
        f"fix accuracy {s.fix_accuracy:.3f} ({s.fix_correct}/{s.fix_eligible} certain artifacts with a correction)",
        f"negatives: {s.negative_docs} documents, {s.negative_words} words, {s.false_alarms} false alarms "
        f"= {s.false_alarms_per_kword:.2f} per 1,000 words",
        "",
        f"{'category':<24}{'artifacts':>10}{'found':>7}{'recall':>8}{'findings':>10}{'correct':>9}{'precision':>11}",
    ]
    for name, c in s.per_category.items():
        rec = "-" if c.get("recall") is None else f"{c['recall']:.2f}"
        prec = "-" if c.get("precision") is None else f"{c['precision']:.2f}"
        lines.append(f"{name:<24}{c.get('artifacts', 0):>10}{c.get('found', 0):>7}{rec:>8}"
                     f"{c.get('findings', 0):>10}{c.get('correct', 0):>9}{prec:>11}")
    if s.missed:
        lines += ["", "missed:"] + [f"  {m['doc']}:{m['start']}-{m['end']} {m['category']}: {m['text']!r}"
                                    for m in s.missed]
    if s.spurious:
        lines += ["", "unmatched findings:"] + [
            f"  {m['doc']}:{m['start']}-{m['end']} {m['category']}: {m['text']!r}" for m in s.spurious]
    return "\n".join(lines) + "\n"
