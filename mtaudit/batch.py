"""Batch JSONL: reading input lines, building output records, resuming, writing.

Streaming by design: the input is read a line at a time and each output record
is written with one `write` + `flush` as soon as it is ready, so memory stays
flat in corpus size and a killed run leaves at most one torn last line, which
`--resume` truncates. Output records come in input order, so a killed run's
output is always a prefix of the full output.

Record shapes (one per non-blank input line):
  {"id": ..., "line": N, "findings": [...], "summary": {...}, "error": null}
  {"id": ..., "line": N, "error": "why the line could not be audited"}
An object without the id field gets its 1-based line number as id; a line that
is not a JSON object at all gets "id": null. Blank lines are not records.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from . import engine
from .document import Document
from .errors import UserError
from .report.summary import document_summary


@dataclass(frozen=True)
class WorkItem:
    """One document to audit: where it came from, its id as given, its text."""

    line: int
    id: Any
    text: str
    source: str | None = None   # the Russian original (the record's `source` field), if any


def error_record(line: int, doc_id: Any, message: str) -> dict:
    return {"id": doc_id, "line": line, "error": message}


def parse_line(raw: bytes, line: int, text_field: str = "text", id_field: str = "id",
               encoding: str = "utf-8", max_bytes: int | None = None) -> WorkItem | dict | None:
    """A work item, an error record for a bad line, or None for a blank line."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode(encoding))
    except UnicodeDecodeError as exc:
        return error_record(line, None, f"invalid {encoding} at byte {exc.start} of the line")
    except ValueError as exc:
        return error_record(line, None, f"invalid JSON: {exc}")
    if not isinstance(obj, dict):
        return error_record(line, None, f"not a JSON object but {type(obj).__name__}")
    doc_id = obj.get(id_field, line)
    if text_field not in obj:
        return error_record(line, doc_id, f"missing text field {text_field!r}")
    text = obj[text_field]
    if not isinstance(text, str):
        return error_record(line, doc_id, f"text field {text_field!r} is {type(text).__name__}, not a string")
    if not _encodable(text):
        return error_record(line, doc_id, "text holds a lone surrogate (\\ud800-\\udfff): not valid Unicode")
    if max_bytes is not None and len(text) > max_bytes // 4 and len(text.encode("utf-8")) > max_bytes:
        return error_record(line, doc_id, f"text is over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    source = obj.get("source")
    if source is not None and (not isinstance(source, str) or not _encodable(source)):
        return error_record(line, doc_id, "source field must be a string of valid Unicode")
    return WorkItem(line, doc_id, text, source or None)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def iter_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, raw line) without reading the whole input."""
    for number, raw in enumerate(fh, 1):
        yield number, raw


def read_items(fh: IO[bytes], state: "ResumeState", text_field: str = "text", id_field: str = "id",
               encoding: str = "utf-8", max_bytes: int | None = None) -> Iterator[WorkItem | dict]:
    """Work items and error records from the input, minus those an earlier run wrote."""
    for number, raw in iter_lines(fh):
        item = parse_line(raw, number, text_field, id_field, encoding, max_bytes)
        if item is None:
            continue
        key = resume_key(item) if isinstance(item, dict) else resume_key({"id": item.id, "line": item.line})
        if not state.skip(key):
            yield item


def audit_item(item: WorkItem | dict, setup) -> dict:
    """The output record for one item (`setup`: a parallel.AuditSetup); an error
    record passes through unchanged.

    A detector crashing on one document becomes that document's error record,
    so one odd article never stops a corpus run.
    """
    if isinstance(item, dict):
        return item
    doc = Document(item.text, doc_id=str(item.id))
    if item.source is not None:
        from .source import source_from_text

        doc.cache["source"] = source_from_text(item.source, doc_id=f"{item.id}.source")
    try:
        result = engine.audit(doc, setup.ctx, setup.selection, min_confidence=setup.min_confidence)
        summary = document_summary(result, setup.weights)
    except Exception as exc:  # noqa: BLE001 -- reported in the record, the run goes on
        return error_record(item.line, item.id, f"internal error: {type(exc).__name__}: {exc}")
    return {"id": item.id, "line": item.line, "findings": [f.to_dict() for f in result.findings],
            "summary": summary, "error": None}


def resume_key(record: dict) -> str:
    """What identifies a record for --resume: its id, or its line when it has none."""
    if record.get("id") is None:
        return f"line:{record.get('line')}"
    return json.dumps(record["id"], sort_keys=True, ensure_ascii=False)


@dataclass
class ResumeState:
    """What an earlier (possibly killed) run already wrote."""

    done: Counter
    records: int = 0
    with_findings: int = 0
    truncated_bytes: int = 0

    def skip(self, key: str) -> bool:
        """True (once per written record) when this id was already written.

        A multiset, not a set: an id that occurs twice in the input is written
        twice, and a resume skips exactly as many occurrences as were written.
        """
        if self.done[key] > 0:
            self.done[key] -= 1
            return True
        return False


def load_resume_state(path: str | Path) -> ResumeState:
    """Read the existing output, truncating a torn last line (a crash mid-write)."""
    state = ResumeState(Counter())
    p = Path(path)
    if not p.exists():
        return state
    good_end = 0
    with open(p, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                break  # torn last line: never completed, so never counted
            try:
                record = json.loads(raw)
            except ValueError:
                raise UserError("not a batch output line; refusing to resume into it", str(p), number) from None
            if not isinstance(record, dict) or "line" not in record:
                raise UserError("not a batch output record; refusing to resume into it", str(p), number)
            state.done[resume_key(record)] += 1
            state.records += 1
            state.with_findings += bool(record.get("findings"))
            good_end += len(raw)
    size = p.stat().st_size
    if size > good_end:
        state.truncated_bytes = size - good_end
        with open(p, "r+b") as fh:
            fh.truncate(good_end)
    return state


class RecordWriter:
    """Writes each record as one line with a single write and a flush."""

    def __init__(self, path: str | Path | None, append: bool = False) -> None:
        if path is None:
            self._fh = sys.stdout.buffer
            self._owned = False
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(path, "ab" if append else "wb", buffering=0)
            self._owned = True

    def write(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        if not _encodable(line):  # an id with a lone surrogate: write it \u-escaped, not crash the run
            line = json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n"
        data = line.encode("utf-8")
        view = memoryview(data)
        while view:  # an unbuffered write may be partial; finish the line before going on
            written = self._fh.write(view)
            view = view[written:] if written is not None else view[len(view):]
        self._fh.flush()

    def close(self) -> None:
        if self._owned:
            self._fh.close()


def count_lines(path: str | Path) -> int | None:
    """A quick line count for the progress total; None when the input is not a regular file."""
    p = Path(path)
    if str(path) == "-" or not p.is_file():
        return None
    count, last = 0, b"\n"
    with open(p, "rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def open_input(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UserError("no such file", path) from None
    except IsADirectoryError:
        raise UserError("is a directory, not a JSONL file", path) from None
    except PermissionError:
        raise UserError("permission denied", path) from None

