"""Which documents a command audits: files, directories searched recursively, or standard input.

The CLI's view of its inputs, kept apart from `io` (which reads one file exactly as it is):
  - a named file is read as given (an empty or unreadable one is an error: the user asked for it);
  - a named directory is searched recursively for `*.txt`, skipping the directories every tool
    skips (version control, virtual environments, caches, build output, hidden ones), and an
    empty file found there is skipped with a warning rather than failing the run;
  - `-` is standard input, labelled with `--stdin-filename` when given (as ruff does).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from mtaudit.text.document import Document
from mtaudit.core.errors import InputError, UserError
from mtaudit.core.io import DEFAULT_MAX_BYTES, decode_as, doc_id_for
from mtaudit.text.document import read_document

STDIN = "-"

# ruff's default excludes, plus the places mtaudit itself writes outputs.
DEFAULT_EXCLUDES = frozenset("""
.bzr .direnv .eggs .git .git-rewrite .hg .ipynb_checkpoints .mypy_cache .nox .pants.d .pyenv
.pytest_cache .pytype .ruff_cache .svn .tox .venv .vscode __pypackages__ _build buck-out build
dist node_modules site-packages venv __pycache__
""".split())


@dataclass
class Item:
    """One input: a document to audit, or why there is none (error) or a skip (warning)."""

    label: str
    doc: Document | None = None
    error: str | None = None
    warning: str | None = None
    path: Path | None = None       # None for standard input


def _excluded(name: str, extra: frozenset[str]) -> bool:
    return name in DEFAULT_EXCLUDES or name in extra or name.startswith(".")


def walk(directory: Path, exclude: frozenset[str] = frozenset()) -> list[Path]:
    """The *.txt files under `directory`, recursively and sorted, skipping excluded directories."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _excluded(d, exclude))
        found += [Path(root) / f for f in files
                  if f.endswith(".txt") and not f.startswith(".") and f not in exclude]
    return sorted(found)


def read_stdin(encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES,
               stdin_filename: str | None = None) -> Document:
    """Standard input as one document; its id and path come from --stdin-filename when given."""
    label = stdin_filename or STDIN
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    data = stream.read(max_bytes + 1)
    if isinstance(data, str):  # a text stream (CliRunner without bytes input)
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise InputError(f"standard input is over the {max_bytes:,}-byte limit (raise it with --max-bytes)", label)
    if not data:
        raise InputError("empty input", label)
    doc_id = doc_id_for(Path(stdin_filename)) if stdin_filename else "stdin"
    text, codec = decode_as(data, label, encoding)
    doc = Document(text, doc_id=doc_id, path=stdin_filename)
    doc.encoding = codec  # `check --fix -` writes back the BOM and byte order it read
    return doc


def iter_inputs(paths: list[str], encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES,
                stdin_filename: str | None = None,
                exclude: frozenset[str] = frozenset()) -> Iterator[Item]:
    """Every input named on the command line, read; problems come back as items, never raised."""
    if paths.count(STDIN) > 1:
        raise UserError("standard input ('-') can be read only once")
    for raw in paths:
        if raw == STDIN:
            try:
                yield Item(stdin_filename or STDIN, read_stdin(encoding, max_bytes, stdin_filename))
            except UserError as exc:
                yield Item(stdin_filename or STDIN, error=exc.render())
            continue
        p = Path(raw)
        if p.is_dir():
            files = walk(p, exclude)
            if not files:
                yield Item(str(p), error=InputError("directory has no .txt files", str(p)).render(), path=p)
            for f in files:
                if f.stat().st_size == 0:
                    yield Item(str(f), warning=f"{f}: empty file, skipped", path=f)
                    continue
                yield _read(f, encoding, max_bytes)
        elif p.exists():
            yield _read(p, encoding, max_bytes)
        else:
            yield Item(str(p), error=InputError("no such file or directory", str(p)).render(), path=p)


def _read(path: Path, encoding: str, max_bytes: int) -> Item:
    try:
        return Item(str(path), read_document(path, encoding=encoding, max_bytes=max_bytes), path=path)
    except UserError as exc:
        return Item(str(path), error=exc.render(), path=path)
