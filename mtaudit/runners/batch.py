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

import errno
import fcntl
import json
import os
import stat
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from mtaudit.audit.engine import audit
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.report.summary import document_summary


@dataclass(frozen=True)
class WorkItem:
    """One document to audit: where it came from, its id as given, its text."""

    line: int
    id: Any
    text: str
    source: str | None = None   # the Russian original (the record's `source` field), if any
    refs: tuple | None = None   # the record's own reference (--ref-field), see bank.record_reference_spec


def error_record(line: int, doc_id: Any, message: str) -> dict:
    return {"id": doc_id, "line": line, "error": message}


def parse_line(raw: bytes, line: int, text_field: str = "text", id_field: str = "id",
               encoding: str = "utf-8", max_bytes: int | None = None,
               ref_field: str | None = None) -> WorkItem | dict | None:
    """A work item, an error record for a bad line, or None for a blank line."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode(encoding))
    except UnicodeDecodeError as exc:
        return error_record(line, None, f"invalid {encoding} at byte {exc.start} of the line")
    except ValueError as exc:
        return error_record(line, None, f"invalid JSON: {str(exc)[:200]}")
    except RecursionError:
        return error_record(line, None, "invalid JSON: nested too deeply")
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
    refs = None
    if ref_field is not None:
        from mtaudit.references.bank import record_reference_spec

        try:
            refs = record_reference_spec(obj.get(ref_field))
        except ValueError as exc:
            return error_record(line, doc_id, f"reference field {ref_field!r} {exc}")
        if refs is not None and not _encodable(json.dumps(refs, ensure_ascii=False)):
            return error_record(line, doc_id, f"reference field {ref_field!r} holds a lone surrogate")
    return WorkItem(line, doc_id, text, source or None, refs)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_LINE_SLACK = 64 * 1024


def line_limit(max_bytes: int | None) -> int | None:
    """The longest JSONL line read whole: twice the text limit (JSON escapes) plus the fields."""
    return None if max_bytes is None else 2 * max_bytes + _LINE_SLACK


class LongLine(bytes):
    """Marks a line that was over the limit; holds only its first bytes, the rest was skipped."""


def iter_lines(fh: IO[bytes], limit: int | None = None) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, raw line) without reading the whole input, and without ever
    holding more than `limit` bytes of one line: a longer line is skipped in chunks and
    yielded as a LongLine (its head only)."""
    number = 0
    while True:
        raw = fh.readline(limit + 1) if limit is not None else fh.readline()
        if not raw:
            return
        number += 1
        if limit is not None and len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # drain the rest of this line without keeping it
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield number, LongLine(raw[:64])
            continue
        yield number, raw


def read_items(fh: IO[bytes], state: "ResumeState", text_field: str = "text", id_field: str = "id",
               encoding: str = "utf-8", max_bytes: int | None = None,
               ref_field: str | None = None) -> Iterator[WorkItem | dict]:
    """Work items and error records from the input, minus those an earlier run wrote."""
    for number, raw in iter_lines(fh, line_limit(max_bytes)):
        if isinstance(raw, LongLine):
            item = error_record(number, None, f"line is over {line_limit(max_bytes):,} bytes (twice the "
                                f"{max_bytes:,}-byte text limit); not read (raise it with --max-bytes)")
        else:
            item = parse_line(raw, number, text_field, id_field, encoding, max_bytes, ref_field)
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
        from mtaudit.source import source_from_text

        doc.cache["source"] = source_from_text(item.source, doc_id=f"{item.id}.source")
    ctx = setup.ctx
    if item.refs is not None:
        try:
            ctx = setup.context_for(item.refs, line=item.line)
        except UserError as exc:
            return error_record(item.line, item.id, f"reference: {exc.render()}")
    try:
        result = audit(doc, ctx, setup.selection, min_confidence=setup.min_confidence)
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


def load_resume_state(path: str | Path, fd: int | None = None) -> ResumeState:
    """Read the existing output, truncating a torn last line (a crash mid-write).

    With `fd` (the locked output, see RecordWriter) it is read and truncated through that
    descriptor, so what is read is what will be appended to."""
    state = ResumeState(Counter())
    p = Path(path)
    if fd is None and not p.exists():
        return state
    good_end = 0
    with (os.fdopen(os.dup(fd), "rb") if fd is not None else open(p, "rb")) as fh:
        fh.seek(0)
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
    size = os.fstat(fd).st_size if fd is not None else p.stat().st_size
    if size > good_end:
        state.truncated_bytes = size - good_end
        if fd is not None:
            os.ftruncate(fd, good_end)
        else:
            with open(p, "r+b") as fh:
                fh.truncate(good_end)
    return state


OUTPUT_FDS: set[int] = set()  # locked output descriptors a forked worker must not keep open


class RecordWriter:
    """Writes each record as one line with a single write and a flush.

    The output file is never opened by following a symlink (O_NOFOLLOW), never the input
    under another name (same device and inode), and held under an exclusive lock (flock)
    for the whole run, so two runs on one output refuse instead of interleaving.
    - new (default): the file must not exist (O_EXCL); records stream into it, so a killed
      run leaves complete records plus at most one torn line, which --resume drops;
    - append (--resume): records are appended after the locked file's complete records;
    - overwrite (--overwrite): records stream into a temporary file beside it, renamed over
      the old output only when the run completes, so a killed run leaves the old file whole.
    """

    def __init__(self, path: str | Path | None, append: bool = False, overwrite: bool = False,
                 input_path: str | None = None) -> None:
        self._tmp: str | None = None
        self._lock_fd: int | None = None
        self.path = None if path is None else str(path)
        if path is None:
            self._fd = None
            self._fh = sys.stdout.buffer
            self._owned = False
            return
        self._owned = True
        p = Path(path)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            base = os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
            if append:
                fd = os.open(p, base | os.O_CREAT | os.O_RDWR | os.O_APPEND, 0o666)
            elif overwrite:  # the old output, opened only to hold its lock
                fd = os.open(p, base | os.O_RDONLY) if os.path.lexists(p) else None
            else:
                fd = os.open(p, base | os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            raise UserError("the output exists; use --resume to continue it or --overwrite to replace it",
                            str(p)) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UserError("is a symbolic link; refusing to write through it", str(p)) from None
            raise UserError(f"cannot write: {exc.strerror or exc}", str(p)) from None
        try:
            if fd is not None:
                self._lock(fd, p)
                self._not_the_input(fd, p, input_path)
            if overwrite:
                self._lock_fd = fd
                tfd, self._tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".partial", dir=p.parent)
                os.chmod(self._tmp, _mode_for(p))
                fd = tfd
            self._fd = fd
            self._fh = os.fdopen(fd, "ab" if append else "wb", buffering=0)
        except BaseException:
            if fd is not None:
                os.close(fd)
            raise

    @staticmethod
    def _lock(fd: int, p: Path, wait_s: float = 3.0) -> None:
        deadline = time.monotonic() + wait_s  # a killed run's workers may take a moment to exit
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise UserError("another mtaudit batch is writing this output (it is locked); wait "
                                    "for it or choose another output", str(p)) from None
                time.sleep(0.1)
        OUTPUT_FDS.add(fd)  # worker processes close it (parallel._init_worker): the lock is ours
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserError("the output is not a regular file", str(p))
        try:
            now = os.lstat(p)
        except OSError:
            now = None
        if now is None or (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            raise UserError("the output was replaced while it was being opened; run again", str(p))

    @staticmethod
    def _not_the_input(fd: int, p: Path, input_path: str | None) -> None:
        if input_path is None or input_path == "-":
            return
        try:
            src = os.stat(input_path)
        except OSError:
            return
        out = os.fstat(fd)
        if (src.st_dev, src.st_ino) == (out.st_dev, out.st_ino):
            raise UserError("the output is the input (the same file under another name); refusing to "
                            "overwrite it", str(p))

    @property
    def fd(self) -> int | None:
        return self._fd if self._owned and self._tmp is None else None

    def write(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        if not _encodable(line):  # an id with a lone surrogate: write it \u-escaped, not crash the run
            line = json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n"
        data = line.encode("utf-8")
        view = memoryview(data)
        try:
            while view:  # an unbuffered write may be partial; finish the line before going on
                written = self._fh.write(view)
                view = view[written:] if written is not None else view[len(view):]
            self._fh.flush()
        except OSError as exc:  # disk full, file too big, a closed pipe ...
            raise UserError(f"cannot write: {exc.strerror or exc}", self.path or "<stdout>") from None

    def close(self, completed: bool = True) -> None:
        """Close; an --overwrite run replaces the old output only when it completed."""
        if not self._owned:
            return
        try:
            if self._tmp is not None and completed:
                os.fsync(self._fh.fileno())
        finally:
            OUTPUT_FDS.discard(self._fd)
            self._fh.close()
        if self._tmp is not None:
            if completed:
                os.replace(self._tmp, self.path)
            else:
                try:
                    os.unlink(self._tmp)
                except FileNotFoundError:
                    pass
            self._tmp = None
        if self._lock_fd is not None:
            OUTPUT_FDS.discard(self._lock_fd)
            os.close(self._lock_fd)
            self._lock_fd = None


def _mode_for(p: Path) -> int:
    from mtaudit.core.io import _mode_for as mode

    return mode(p)


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

