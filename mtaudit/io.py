"""Reading documents exactly as they are, and writing outputs atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterator

from .document import Document
from .errors import InputError, UserError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def decode(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """Decode without any newline or BOM translation, so offsets index the bytes as read."""
    if b"\x00" in data[:8192] and encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        raise InputError("binary file (contains NUL bytes), not text", path)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {exc.encoding} at byte offset {exc.start}: {exc.reason} "
                         f"(use --encoding if the file is not UTF-8)", path) from None
    except LookupError:
        raise UserError(f"unknown encoding {encoding!r}") from None


def read_document(path: str | Path, encoding: str = "utf-8",
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                             f"(raise it with --max-bytes)", str(p))
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(p)) from None
    except IsADirectoryError:
        raise InputError("is a directory", str(p)) from None
    except PermissionError:
        raise InputError("permission denied", str(p)) from None
    if not data:
        raise InputError("empty file", str(p))
    return Document(decode(data, str(p), encoding), doc_id=doc_id_for(p), path=str(p))


def read_json_lines(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file; every problem
    (missing file, bad UTF-8, bad JSON, not an object) is a `file:line: message`."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError("no such file", name) from None
    except OSError as exc:
        raise UserError(f"cannot read: {exc.strerror or exc}", name) from None
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise UserError(f"invalid UTF-8 at byte {exc.start} of the line", name, lineno) from None
        except ValueError as exc:
            raise UserError(f"invalid JSON: {exc}", name, lineno) from None
        if not isinstance(obj, dict):
            raise UserError(f"each line must be a JSON object, not {type(obj).__name__}", name, lineno)
        yield lineno, obj


def doc_id_for(path: Path) -> str:
    """The document id: the file name without `.txt` (as in the gold files)."""
    return path.name[:-4] if path.name.endswith(".txt") else path.name


def expand_paths(paths: list[str]) -> Iterator[Path | InputError]:
    """Files named directly, and the *.txt files of named directories (sorted).

    Problems are yielded as errors, not raised, so the other files still get audited.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(x for x in p.glob("*.txt") if x.is_file())
            if not files:
                yield InputError("directory has no .txt files", str(p))
            yield from files
        elif p.exists():
            yield p
        else:
            yield InputError("no such file or directory", str(p))


def _mode_for(path: Path) -> int:
    """Keep an existing file's mode; a new file gets what open() would give it (0666 - umask),
    not mkstemp's owner-only 0600."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write via a temporary file in the same directory and rename, so a reader never
    sees a half-written output and a crash never leaves a torn file."""
    p = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:  # an unwritable or impossible output place is the user's to fix
        raise UserError(f"cannot write: {exc.strerror or exc}", str(p)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(p))
        os.replace(tmp, p)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):  # disk full, a directory in the way, ...
            raise UserError(f"cannot write: {exc.strerror or exc}", str(p)) from None
        raise
