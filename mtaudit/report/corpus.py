"""Corpus report: aggregate a `mtaudit batch` output (streamed) into totals and charts' data.

Memory is flat in corpus size: counters per category and rule, a bounded heap
of the worst documents and fixed histogram buckets.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from pathlib import Path

from mtaudit.core.errors import UserError
from mtaudit.report.quality import FORMULA, per_thousand_words, score_of

BUCKETS = [(lo, lo + 10) for lo in range(0, 100, 10)]  # [lo, hi); a perfect 100 has its own bucket
MAX_DETAILS = 50  # findings kept per worst document, for the report's details
_FINDING_KEYS = {"doc", "code", "start", "end"}


def _brief(f: dict) -> dict:
    """What the report shows of one finding of a worst document."""
    return {k: f.get(k) for k in ("code", "name", "category", "text", "correction", "message", "start")}


def _bucket_label(lo: int, hi: int) -> str:
    return f"{lo}–{hi}"


class CorpusTally:
    """Running totals over batch records; `add` one record at a time, `result` at the end."""

    def __init__(self, worst: int = 10) -> None:
        self.documents = self.errors = self.words = self.findings = self.with_findings = 0
        self.penalty = 0.0
        self.score_sum = 0.0
        self.by_category: Counter = Counter()
        self.by_rule: Counter = Counter()
        self.rule_docs: Counter = Counter()
        self.rule_info: dict[str, tuple[str, str]] = {}
        self.histogram = [0] * (len(BUCKETS) + 1)
        self.error_samples: list[dict] = []
        self.unscored = 0
        self._worst: list = []  # max-heap by badness via negated keys, size <= worst
        self._worst_n = worst

    def add(self, record: dict) -> None:
        if record.get("error"):
            self.errors += 1
            if len(self.error_samples) < 10:
                self.error_samples.append({k: record.get(k) for k in ("id", "line", "error")})
            return
        quality = record["summary"]["quality"]
        score, findings = quality["score"], record["findings"]
        self.documents += 1
        self.words += quality["words"] or 0
        self.penalty += quality["penalty"]
        self.findings += len(findings)
        self.with_findings += bool(findings)
        if score is None:  # findings without word counts: no score
            self.unscored += 1
        else:
            self.score_sum += score
            self.histogram[min(int(score // 10), len(BUCKETS)) if score < 100 else len(BUCKETS)] += 1
        for code in {f["code"] for f in findings}:
            self.rule_docs[code] += 1
        for f in findings:
            self.by_category[f["category"]] += 1
            self.by_rule[f["code"]] += 1
            self.rule_info.setdefault(f["code"], (f.get("name") or "", f["category"]))
        if not findings:
            return  # a clean document is never among the worst
        # keep the N lowest scores (or highest penalties when there is no score):
        # heap of (-score, findings, -line) pops the best of the kept
        key = (-score if score is not None else quality["penalty"], len(findings), -record.get("line", 0))
        entry = (key, {"id": record["id"], "line": record.get("line"), "score": score,
                       "findings": len(findings), "words": quality["words"],
                       "details": [_brief(f) for f in findings[:MAX_DETAILS]]})
        if len(self._worst) < self._worst_n:
            heapq.heappush(self._worst, _Worst(entry))
        elif _Worst(entry) > self._worst[0]:
            heapq.heapreplace(self._worst, _Worst(entry))

    def result(self) -> dict:
        per_kword = per_thousand_words(self.penalty, self.words)
        scored = self.documents - self.unscored
        worst = sorted((w.entry for w in self._worst), key=lambda e: e[0], reverse=True)
        return {
            "documents": self.documents,
            "error_records": self.errors,
            "words": self.words,
            "findings": self.findings,
            "documents_with_findings": self.with_findings,
            "corpus_quality": {"score": round(score_of(per_kword), 2) if self.words else None,
                               "penalty": self.penalty,
                               "penalty_per_1000_words": round(per_kword, 3) if self.words else None,
                               "formula": FORMULA},
            "mean_document_score": round(self.score_sum / scored, 2) if scored else None,
            "by_category": dict(sorted(self.by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
            "by_rule": [{"code": code, "name": self.rule_info[code][0], "category": self.rule_info[code][1],
                         "findings": n, "documents": self.rule_docs[code]}
                        for code, n in sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))],
            "worst_documents": [e[1] for e in worst],
            "score_histogram": [{"bucket": _bucket_label(lo, hi), "from": lo, "to": hi,
                                 "documents": n} for (lo, hi), n in zip(BUCKETS, self.histogram)]
                               + [{"bucket": "100", "from": 100, "to": 100, "documents": self.histogram[-1]}],
            "error_samples": self.error_samples,
        }


class _Worst:
    """Heap entry ordered so the heap's top is the least bad of the kept documents."""

    __slots__ = ("entry",)

    def __init__(self, entry) -> None:
        self.entry = entry

    def __lt__(self, other: "_Worst") -> bool:
        return self.entry[0] < other.entry[0]

    def __gt__(self, other: "_Worst") -> bool:
        return self.entry[0] > other.entry[0]


def _records_from_findings(first: dict, rest, weights=None) -> list[dict]:
    """Batch-like records built from `check --format jsonl` findings, one per document.

    That output has no word counts, so scores stay unknown (None); penalties, counts per
    category and rule, and the worst documents (by penalty) are all there.
    """
    from mtaudit.report.quality import DEFAULT_WEIGHTS

    weights = weights or DEFAULT_WEIGHTS
    docs: dict[str, list[dict]] = {}
    for f in [first, *rest]:
        if not isinstance(f, dict) or not _FINDING_KEYS <= f.keys():
            raise ValueError("mixed")
        docs.setdefault(str(f["doc"]), []).append(f)
    out = []
    for n, (doc, findings) in enumerate(docs.items(), 1):
        penalty = sum(weights.get(f.get("severity", "minor"), 1.0) for f in findings)
        out.append({"id": doc, "line": n, "findings": findings, "error": None,
                    "summary": {"quality": {"score": None, "words": None, "penalty": penalty}}})
    return out


def summarize(path: str | Path, worst: int = 10) -> dict:
    """Read a batch output (or `check --format jsonl` findings) and return the corpus report.

    Every record is checked for the shape the report reads before it is counted, so a
    malformed, hand-edited or hostile file stops with `file:line: what was wrong` (exit 2),
    never a traceback; a line longer than twice --max-bytes (a batch line's allowance) is
    refused without being read whole."""
    from mtaudit.core.io import READ

    tally = CorpusTally(worst)
    p = Path(path)
    try:
        fh = open(p, "rb")
    except FileNotFoundError:
        raise UserError("no such file", str(p)) from None
    except IsADirectoryError:
        raise UserError("is a directory, not a batch output file", str(p)) from None
    except OSError as exc:
        raise UserError(f"cannot read: {exc.strerror or exc}", str(p)) from None
    kind = "batch"
    limit = 2 * READ.max_bytes
    findings: list[tuple[int, dict]] = []
    number = 0
    with fh:
        while True:
            raw = fh.readline(limit + 1)
            if not raw:
                break
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                raise UserError(f"line over the {limit:,}-byte limit (twice --max-bytes)", str(p), number)
            if not raw.strip():
                continue
            record = _json_line(raw, str(p), number)
            if not findings and tally.documents == tally.errors == 0 and _is_finding(record) and "line" not in record:
                kind = "findings"
            if kind == "findings":
                problem = "" if _is_finding(record) else "not a finding of `mtaudit check --format jsonl` (doc, code, start, end)"
                problem = problem or _finding_problem(record, need_category=True)
                if problem:
                    raise UserError(problem, str(p), number)
                findings.append((number, record))
                continue
            problem = _record_problem(record)
            if problem:
                raise UserError(problem, str(p), number)
            tally.add(record)
    if kind == "findings":
        for record in _records_from_findings(findings[0][1], [f for _, f in findings[1:]]):
            tally.add(record)
    report = tally.result()
    report["source"] = str(p)
    report["input"] = kind
    if kind == "findings":
        report["note"] = ("findings of `mtaudit check --format jsonl`: documents without findings and word counts "
                          "are not in that output, so there are no scores; `mtaudit batch` gives them")
    return report


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _json_line(raw: bytes, path: str, number: int):
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # bad JSON, bad UTF-8, a 5,000-digit number, deep nesting
        why = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise UserError(f"not a JSON line ({why}); a killed batch run? finish it with --resume", path, number) from None


def _is_finding(record) -> bool:
    return isinstance(record, dict) and _FINDING_KEYS <= record.keys()


def _number(value, *, none: bool = False, integer: bool = False) -> bool:
    """A finite JSON number (not a boolean), or None when allowed."""
    if value is None:
        return none
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if integer and not isinstance(value, int):
        return False
    return value == value and abs(value) != float("inf")


_TEXT_KEYS = ("name", "text", "correction", "message", "severity")


def _finding_problem(f, need_category: bool = True) -> str:
    """Why one finding cannot be counted and shown, or ''."""
    if not isinstance(f, dict):
        return "a finding is not a JSON object"
    if not isinstance(f.get("code"), str) or (need_category and not isinstance(f.get("category"), str)):
        return "a finding without a string `code` and `category`"
    for key in _TEXT_KEYS:
        if not (f.get(key) is None or isinstance(f.get(key), str)):
            return f"a finding's `{key}` is not a string"
    if not (_number(f.get("start"), none=True, integer=True)):
        return "a finding's `start` is not an integer"
    return ""


def _record_problem(record) -> str:
    """Why one batch record cannot be counted, or '' (the fields CorpusTally.add reads)."""
    bad = "not a `mtaudit batch` output record nor a `mtaudit check --format jsonl` finding"
    if not isinstance(record, dict) or "line" not in record:
        return bad
    if not _number(record.get("line"), integer=True):
        return "the record's `line` is not an integer"
    if "id" not in record:
        return "the record has no `id`"
    if record.get("error"):
        return ""
    summary = record.get("summary")
    if not isinstance(summary, dict):
        return bad
    quality = summary.get("quality")
    if not isinstance(quality, dict):
        return "the record's summary has no `quality` object"
    missing = [k for k in ("score", "words", "penalty") if k not in quality]
    if missing:
        return f"the record's quality has no `{missing[0]}`"
    if not _number(quality.get("score"), none=True):
        return "the record's quality `score` is not a finite number"
    if not _number(quality.get("words"), none=True, integer=True) or (quality.get("words") or 0) < 0:
        return "the record's quality `words` is not a count"
    if not _number(quality.get("penalty")):
        return "the record's quality `penalty` is not a finite number"
    findings = record.get("findings")
    if not isinstance(findings, list):
        return "the record's `findings` is not a list"
    for f in findings:
        problem = _finding_problem(f)
        if problem:
            return problem
    return ""


def _n(value) -> str:
    """A number for people; '-' when unknown."""
    if value is None:
        return "-"
    return f"{value:,}" if isinstance(value, int) else str(value)


def render_text(report: dict) -> str:
    """A plain-text report for a terminal or a log."""
    q = report["corpus_quality"]
    out = [f"corpus report: {report['source']}",
           *([f"note: {report['note']}"] if report.get("note") else []),
           f"documents: {report['documents']:,} audited, {report['documents_with_findings']:,} with findings, "
           f"{report['error_records']:,} error records",
           f"words: {_n(report['words'] if report.get('input') != 'findings' else None)}   findings: {report['findings']:,}",
           f"corpus MQM score: {_n(q['score'])} ({_n(q['penalty_per_1000_words'])} penalty points per 1,000 words); "
           f"mean document score: {_n(report['mean_document_score'])}", "", "findings by category:"]
    out += [f"  {cat:<24} {n:>8,}" for cat, n in report["by_category"].items()] or ["  (none)"]
    out += ["", "findings by rule:"]
    out += [f"  {r['code']:<7} {r['name']:<32} {r['findings']:>8,} in {r['documents']:,} docs"
            for r in report["by_rule"]] or ["  (none)"]
    out += ["", "worst documents (lowest score):"]
    out += [f"  {json.dumps(w['id'], ensure_ascii=False):<24} line {w['line']:<7} score {_n(w['score']):>6} "
            f"{w['findings']:>4} findings / {_n(w['words'])} words" for w in report["worst_documents"]] or ["  (none)"]
    out += ["", "quality score distribution:"]
    top = max((b["documents"] for b in report["score_histogram"]), default=0) or 1
    out += [f"  {b['bucket']:>7}  {b['documents']:>8,}  {'#' * round(30 * b['documents'] / top)}"
            for b in report["score_histogram"]]
    if report["error_samples"]:
        out += ["", "error records (first ones):"]
        out += [f"  line {e['line']}: {e['error']}" for e in report["error_samples"]]
    return "\n".join(out) + "\n"
