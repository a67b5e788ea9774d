"""A pickle cache that only this user can have written: for work that is slow to redo at
every start (the compiled rule set, the parsed word list ...), keyed by a digest of what
it was built from.

Unpickling runs code, so a cache file is read only when (issue 18):
* its directory and the file belong to this user and no one else can write them (checked on
  the open descriptor, no symlink followed), and
* the SHA-256 written in front of the payload matches the payload (a torn or altered file is
  rebuilt, never loaded).
Anything else -- a shared or foreign directory, a read-only home, a stale or broken file --
means "no cache": the caller rebuilds, and the run is the same, only slower. The bundled
glossary is cached here too (mtaudit/glossary/loader.py).

`MTAUDIT_NO_CACHE` turns every cache off; `MTAUDIT_CACHE_DIR` (else `$XDG_CACHE_HOME/mtaudit`,
else `~/.cache/mtaudit`) says where the files go.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from functools import lru_cache
from pathlib import Path

from mtaudit.core import io
from mtaudit.core.gcwork import paused

_MAGIC = b"mtaudit-cache 1\n"


def cache_dir() -> Path | None:
    """The folder of the caches (core.io.cache_dir), or None when caching is off."""
    return io.cache_dir() if io.caching_enabled() else None


def cache_path(kind: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key}.pickle"


def digest(*parts: bytes | str) -> str:
    """A short key over `parts` (each one framed, so ("ab", "c") and ("a", "bc") differ)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()[:24]


def _private(info: os.stat_result) -> bool:
    """Owned by this user and writable by no one else: nobody else can have put it there."""
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def read(path: Path, expect: type | tuple[type, ...]):
    """The cached object, or None (not there, not private, altered, stale, or not an `expect`)."""
    try:
        if not _private(os.stat(path.parent)):
            return None
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not (stat.S_ISREG(info.st_mode) and _private(info)):
                return None
            data = fh.read()
        if not data.startswith(_MAGIC):
            return None
        sha, _, payload = data[len(_MAGIC):].partition(b"\n")
        if hashlib.sha256(payload).hexdigest().encode() != sha:
            return None
        with paused():  # unpickling makes only live objects: no collection (core/gcwork.py)
            value = pickle.loads(payload)
        return value if isinstance(value, expect) else None
    except Exception:  # noqa: BLE001 -- a stale or broken cache file: the caller rebuilds it
        return None


def write(path: Path, value) -> None:
    """Store `value` atomically (mkstemp, mode 0600, then os.replace); never fails the run."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(os.stat(path.parent)):
            return  # a shared or foreign directory: run without the cache rather than trust it
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        io.replace_atomically(path, _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload, 0o600)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass  # a read-only home, a full disk, or something that does not pickle: no cache


def load(kind: str, key: str, expect: type | tuple[type, ...]):
    """The object cached as `kind` under `key`, or None."""
    path = cache_path(kind, key)
    return None if path is None else read(path, expect)


def store(kind: str, key: str, value) -> None:
    path = cache_path(kind, key)
    if path is not None:
        write(path, value)


def memo(kind: str, parts: tuple[bytes | str, ...], build, expect: type | tuple[type, ...]):
    """`build()`, or the value it gave before for the same `parts`: everything the value is
    derived from (the data files' bytes, the code that reads them), so a changed file or
    reader is a new key and a stale value is never read."""
    key = digest(*parts)
    value = load(kind, key, expect)
    if value is None:
        value = build()
        if value is not None:
            store(kind, key, value)
    return value


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of mtaudit's own files (code and data, not bytecode) and of Python's version: the
    most a value the package derives from its bundled data can depend on (~25 ms to read)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(sys.version.encode())
    for path in sorted(p for p in root.rglob("*") if "__pycache__" not in p.parts and p.is_file()):
        data = path.read_bytes()
        name = path.relative_to(root).as_posix().encode()
        h.update(len(name).to_bytes(8, "little") + name + len(data).to_bytes(8, "little") + data)
    return h.hexdigest()[:24]


def memo_bundled(kind: str, build, expect: type | tuple[type, ...], *parts: bytes | str):
    """`memo` for a value built from the bundled data by the package's code: keyed on every file
    of the package (`package_digest`) and `parts` (the versions of the libraries it uses), so no
    change of a data file or of the code that reads it can leave a stale value."""
    return memo(kind, (package_digest(), *parts), build, expect)

