"""Reviewer decisions: accept or reject individual fixes, named by finding fingerprint.

The file (written by the review page's "export decisions", or by hand):

    {"mtaudit_decisions": 1,
     "doc": "000_5a787b1c74becfcd",
     "decisions": [
       {"fingerprint": "3f2a9c0d1e2b4a5c", "verdict": "accept", "code": "MT201", "text": "writes Reuters"},
       {"fingerprint": "9b8c7d6e5f4a3b2c", "verdict": "reject", "code": "MT101", "text": "trump"}]}

"accept" applies a fix even when it is unsafe (never a display-only one); "reject" keeps the
text as it is even for a safe fix. `code` and `text` are optional and checked when present.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from mtaudit.rules.redirects import canonical
from mtaudit.core.errors import UserError
from mtaudit.core.types import Finding

FORMAT_VERSION = 1
VERDICTS = ("accept", "reject")
_FINGERPRINT = re.compile(r"^[0-9a-f]{16}\Z")
MAX_BYTES = 20 * 1024 * 1024  # a review of any real article is far smaller


@dataclass(frozen=True)
class Decision:
    fingerprint: str
    verdict: str
    code: str | None = None
    text: str | None = None
    line: int | None = None


@dataclass
class Decisions:
    doc: str
    items: list[Decision]
    path: str = "<decisions>"
    warnings: list[str] = field(default_factory=list)

    @property
    def verdicts(self) -> dict[str, str]:
        return {d.fingerprint: d.verdict for d in self.items}


def load_decisions(path: str | Path) -> Decisions:
    """Read and validate a decisions file; mistakes raise UserError as `file:line: message`."""
    from mtaudit.core.io import READ, read_limited

    p = str(path)
    data = read_limited(path, min(MAX_BYTES, READ.max_bytes), "decisions file")  # /dev/zero too
    try:
        raw = data.decode("utf-8-sig")  # a BOM that an editor added is not a mistake
    except UnicodeDecodeError as exc:
        raise UserError(f"invalid UTF-8 at byte offset {exc.start}", p, data.count(b"\n", 0, exc.start) + 1) from None
    return parse_decisions(raw, p)


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs):
    """json object hook: a key given twice is ambiguous (which verdict wins?), so refuse it."""
    out = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def parse_decisions(raw: str, path: str = "<decisions>") -> Decisions:
    try:
        data = json.loads(raw, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise UserError(f"invalid JSON: {exc.msg} (column {exc.colno})", path, exc.lineno) from None
    except _DuplicateKey as exc:
        raise UserError(f"key {str(exc)!r} given twice in one object", path, _line_of_key(raw, str(exc))) from None
    except RecursionError:
        raise UserError("invalid JSON: nested too deeply", path) from None
    except ValueError as exc:  # e.g. an integer of 5,000 digits
        raise UserError(f"invalid JSON: {str(exc)[:120]}", path) from None
    if not isinstance(data, dict):
        raise UserError("a decisions file is a JSON object with mtaudit_decisions, doc and decisions", path, 1)
    top = lambda key: _line_of_key(raw, key)  # noqa: E731
    version = data.get("mtaudit_decisions")
    if type(version) is not int or version != FORMAT_VERSION:  # noqa: E721 -- true == 1 in Python
        raise UserError(f'"mtaudit_decisions" must be {FORMAT_VERSION} (is this a decisions file?)',
                        path, top("mtaudit_decisions") or 1)
    if not isinstance(data.get("doc"), str) or not data["doc"]:
        raise UserError('"doc" must be the document id (a non-empty string)', path, top("doc") or 1)
    entries = data.get("decisions")
    if not isinstance(entries, list):
        raise UserError('"decisions" must be a list', path, top("decisions") or 1)
    lines = _element_lines(raw)
    items: list[Decision] = []
    seen: dict[str, Decision] = {}
    for i, entry in enumerate(entries):
        line = lines[i] if lines and i < len(lines) else None
        d = _decision(entry, path, line)
        if d.fingerprint in seen:
            if seen[d.fingerprint].verdict != d.verdict:
                raise UserError(f"fingerprint {d.fingerprint} is both accepted and rejected", path, line)
            continue
        seen[d.fingerprint] = d
        items.append(d)
    return Decisions(data["doc"], items, path)


def _decision(entry, path: str, line: int | None) -> Decision:
    if not isinstance(entry, dict):
        raise UserError("each decision must be an object with fingerprint and verdict", path, line)
    fp, verdict = entry.get("fingerprint"), entry.get("verdict")
    if not isinstance(fp, str) or not _FINGERPRINT.match(fp):
        raise UserError(f"fingerprint must be 16 lowercase hex digits, got {_short(fp)}", path, line)
    if not isinstance(verdict, str) or verdict not in VERDICTS:
        raise UserError(f"verdict must be accept or reject, got {_short(verdict)}", path, line)
    for key in ("code", "text"):
        if key in entry and entry[key] is not None and not isinstance(entry[key], str):
            raise UserError(f"{key} must be a string", path, line)
    unknown = sorted(set(entry) - {"fingerprint", "verdict", "code", "text", "category", "correction"})
    if unknown:
        raise UserError(f"unknown key {unknown[0]!r} in a decision", path, line)
    return Decision(fp, verdict, entry.get("code"), entry.get("text"), line)


def check_against(decisions: Decisions, doc_id: str, findings: list[Finding]) -> list[str]:
    """Refuse decisions that do not belong to these findings; return warnings for partial misses.

    A file for another document, or one none of whose fingerprints names a finding (a stale
    file: the text or the rules changed), is refused rather than silently ignored.
    """
    if decisions.doc != doc_id:
        raise UserError(f"decisions are for document {decisions.doc!r}, not {doc_id!r}", decisions.path)
    by_fp = {f.fingerprint: f for f in findings}
    missing = []
    for d in decisions.items:
        f = by_fp.get(d.fingerprint)
        if f is None:
            missing.append(d)
        elif d.code is not None and canonical(d.code) != f.code:  # a retired code names its successor
            raise UserError(f"fingerprint {d.fingerprint} names a {f.code} finding, not {_short(d.code)[1:-1]}",
                            decisions.path, d.line)
        elif d.text is not None and " ".join(d.text.split()) != " ".join(f.text.split()):
            raise UserError(f"fingerprint {d.fingerprint} names the text {_short(f.text)}, not "
                            f"{_short(d.text)}", decisions.path, d.line)
    if decisions.items and len(missing) == len(decisions.items):
        raise UserError(f"none of the {len(missing)} decisions matches a finding of {doc_id!r} "
                        f"(stale file, or the text or rules changed); review again", decisions.path)
    return [_render_miss(decisions.path, d) for d in missing]


def _render_miss(path: str, d: Decision) -> str:
    what = f" ({d.code} “{d.text}”)" if d.code else ""
    where = f"{path}:{d.line}" if d.line else path
    return f"{where}: decision {d.fingerprint}{what} matches no finding; ignored"


def dump_decisions(doc_id: str, findings_and_verdicts: list[tuple[Finding, str]]) -> str:
    """The file format, as `mtaudit fix --decisions` reads it."""
    payload = {"mtaudit_decisions": FORMAT_VERSION, "doc": doc_id, "decisions": [
        {"fingerprint": f.fingerprint, "verdict": v, "code": f.code, "text": f.text}
        for f, v in findings_and_verdicts]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _short(value, limit: int = 60) -> str:
    """A value for a message, never longer than `limit` (a hostile file controls it)."""
    text = ascii(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _line_of_key(raw: str, key: str) -> int | None:
    m = re.search(r'"%s"\s*:' % re.escape(key), raw)
    return raw.count("\n", 0, m.start()) + 1 if m else None


def _element_lines(raw: str) -> list[int] | None:
    """The line where each element of the "decisions" array starts (None if it cannot tell)."""
    m = re.search(r'"decisions"\s*:\s*\[', raw)
    if not m:
        return None
    decoder, pos, lines = json.JSONDecoder(), m.end(), []
    line, counted = raw.count("\n", 0, pos) + 1, pos  # counted incrementally: linear in the file
    try:
        while True:
            while pos < len(raw) and raw[pos] in " \t\r\n,":
                pos += 1
            if pos >= len(raw) or raw[pos] == "]":
                return lines
            line += raw.count("\n", counted, pos)
            counted = pos
            lines.append(line)
            _, pos = decoder.raw_decode(raw, pos)
    except (ValueError, RecursionError):
        return None
