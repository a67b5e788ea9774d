"""Reading files exactly as they are (bytes, decoding, JSONL, paths), and writing outputs atomically."""

from __future__ import annotations

import codecs
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from mtaudit.core.errors import InputError, UserError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1 << 20
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass
class ReadOptions:
    """What every file the tool reads is held to: the CLI's --max-bytes and --encoding.

    Documents get both; references get both; glossaries, rule files, word lists, config and
    decisions files get the byte limit (they are UTF-8 by definition). Set once per command
    by the shared options (mtaudit.commands.options), read by every loader.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str = "utf-8"


READ = ReadOptions()


def codec_for(data: bytes, encoding: str) -> str:
    """The codec that decodes `data` exactly and encodes the text back to the same bytes.

    A UTF-16/32 byte-order mark decides the codec when the encoding is the default UTF-8 or a
    byte-order-less UTF-16/32; the explicit-order codec keeps U+FEFF in the text, so offsets
    index the file as read and `fix` writes the same BOM and byte order back (Python's plain
    "utf-16" would drop the BOM on reading and add a little-endian one on writing)."""
    name = codecs.lookup(encoding).name
    if name in ("utf-8", "utf-16", "utf-32"):
        for bom, codec in _BOMS:
            if data.startswith(bom) and (name == "utf-8" or codec.startswith(name)):
                if codec.startswith("utf-16") and data.startswith(codecs.BOM_UTF32_LE) and name != "utf-32":
                    continue
                return codec
        if name in ("utf-16", "utf-32"):
            return name + "-le"  # what Python assumes without a BOM; no BOM is written back either
    return encoding


def decode(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """Decode without any newline or BOM translation, so offsets index the bytes as read."""
    return decode_as(data, path, encoding)[0]


def decode_as(data: bytes, path: str, encoding: str = "utf-8") -> tuple[str, str]:
    """(text, codec used): see codec_for."""
    try:
        codec = codec_for(data, encoding)
    except LookupError:
        raise UserError(f"unknown encoding {encoding!r}") from None
    if b"\x00" in data[:8192] and codecs.lookup(codec).name == "utf-8":
        raise InputError("binary file (contains NUL bytes), not text; UTF-16 without a byte-order mark "
                         "needs --encoding utf-16-le or utf-16-be", path)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {exc.encoding} at byte offset {exc.start}: {exc.reason} "
                         f"(use --encoding if the file is not UTF-8)", path) from None
    except (LookupError, TypeError):
        raise UserError(f"unknown encoding {encoding!r}") from None
    if not _encodable(text):  # unicode_escape, utf-7 ... can produce lone surrogates
        raise InputError(f"decoding as {encoding} gives a lone surrogate (\\ud800-\\udfff): not valid text",
                         path)
    return text, codec


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_limited(path: str | Path, max_bytes: int | None = None, what: str = "file",
                 error=UserError) -> bytes:
    """The bytes of `path`, refused once more than `max_bytes` have been read.

    The limit applies while reading, not from the size `stat` reports: a FIFO, /dev/stdin or
    /dev/zero says size 0 and would otherwise be read to exhaustion."""
    limit = READ.max_bytes if max_bytes is None else max_bytes
    p = str(path)
    try:
        with open(p, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise error("is a directory", p)
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise error(f"{what} is {info.st_size:,} bytes, over the {limit:,}-byte limit "
                            f"(raise it with --max-bytes)", p)
            parts, total = [], 0
            while chunk := fh.read(min(_CHUNK, limit + 1 - total)):
                parts.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise error(f"{what} is over the {limit:,}-byte limit (raise it with --max-bytes)", p)
            if stat.S_ISREG(info.st_mode):
                remember_input(p, info)
    except FileNotFoundError:
        raise error("no such file", p) from None
    except IsADirectoryError:
        raise error("is a directory", p) from None
    except PermissionError:
        raise error("permission denied", p) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", p) from None
    return b"".join(parts)


# --- inputs are never outputs -----------------------------------------------------------------

_INPUTS: dict[tuple[int, int], str] = {}  # (device, inode) of every regular file read -> its path


def remember_input(path: str, info: os.stat_result | None = None) -> None:
    try:
        info = info or os.stat(path)
    except OSError:
        return
    _INPUTS[(info.st_dev, info.st_ino)] = path


def input_behind(path: str | Path) -> str | None:
    """The input file that `path` is (the same inode: a hard link, a symlink, another name), or
    None. An inode is only trusted while the input's own path still has it."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    src = _INPUTS.get((info.st_dev, info.st_ino))
    if src is None:
        return None
    try:
        again = os.stat(src)
    except OSError:
        return None
    return src if (again.st_dev, again.st_ino) == (info.st_dev, info.st_ino) else None


def read_json_lines(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file; every problem
    (missing file, bad UTF-8, bad JSON, not an object) is a `file:line: message`."""
    name = str(path)
    data = read_limited(path, what="JSONL file")
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise UserError(f"invalid UTF-8 at byte {exc.start} of the line", name, lineno) from None
        except ValueError as exc:
            raise UserError(f"invalid JSON: {str(exc)[:200]}", name, lineno) from None
        except RecursionError:
            raise UserError("invalid JSON: nested too deeply", name, lineno) from None
        if not isinstance(obj, dict):
            raise UserError(f"each line must be a JSON object, not {type(obj).__name__}", name, lineno)
        if "\\u" in raw.decode("utf-8") and not _encodable(json.dumps(obj, ensure_ascii=False)):
            raise UserError("a \\ud800-\\udfff escape makes a lone surrogate: not valid text", name, lineno)
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


def write_atomic(path: str | Path, data: str | bytes | Iterable[bytes], encoding: str = "utf-8",
                 in_place: bool = False) -> None:
    """Write via a temporary file in the same directory and rename, so a reader never
    sees a half-written output and a crash never leaves a torn file.

    Refused: an output that is a symlink (planted in a shared directory it would redirect the
    write) and an output that is one of the inputs under another name (a hard link). With
    `in_place` the output IS an input: a symlink is followed to the file it names (the link
    stays a link) and a file with several hard links is refused, since the rename would
    silently detach it from its other names."""
    p = Path(path)
    p = _checked_target(p, in_place)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(p, data.encode(encoding) if isinstance(data, str) else data, _mode_for(p))
    except OSError as exc:  # an unwritable place, disk full, a directory in the way: the user's to fix
        raise UserError(f"cannot write: {exc.strerror or exc}", str(p)) from None


def replace_atomically(path: Path, data: bytes | Iterable[bytes], mode: int = 0o600) -> None:
    """The one atomic write: a temporary file in the same directory (created owner-only), the
    data, fsync, `mode`, rename over `path`. A reader sees the old file or the new one, never a
    torn one; on any failure the temporary file is removed and the error raised (OSError for the
    caller to report, or to ignore when the file is only a cache)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                for part in data:  # a long output streamed, never joined in memory
                    fh.write(part)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def cache_dir(*parts: str) -> Path:
    """The one cache directory rule: $MTAUDIT_CACHE_DIR, else $XDG_CACHE_HOME/mtaudit, else
    ~/.cache/mtaudit; `parts` name a sub-directory. Nothing is created here."""
    root = os.environ.get("MTAUDIT_CACHE_DIR")
    base = Path(root) if root else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mtaudit"
    return base.joinpath(*parts)


def caching_enabled() -> bool:
    """False when MTAUDIT_NO_CACHE is set: every cache is then neither read nor written."""
    return not os.environ.get("MTAUDIT_NO_CACHE")


def check_output(path: str | Path) -> None:
    """Refuse now what write_atomic would refuse later (several outputs are checked before
    any of them is written, so a refusal never leaves half of them)."""
    _checked_target(Path(path), False)


def _checked_target(p: Path, in_place: bool) -> Path:
    try:
        info = os.lstat(p)
    except FileNotFoundError:
        return p
    except OSError as exc:
        raise UserError(f"cannot write: {exc.strerror or exc}", str(p)) from None
    if stat.S_ISLNK(info.st_mode):
        if not in_place:
            raise UserError("is a symbolic link; refusing to write through it (remove it or "
                            "choose another output)", str(p))
        real = Path(os.path.realpath(p))
        return _checked_target(real, in_place) if real != p else real
    if stat.S_ISDIR(info.st_mode):
        raise UserError("is a directory", str(p))
    if in_place:
        if info.st_nlink > 1:
            raise UserError(f"has {info.st_nlink} hard links; --in-place would detach it from the "
                            "others (write with -o instead)", str(p))
        return p
    src = input_behind(p)
    if src is not None:
        raise UserError(f"is the input {src} under another name; refusing to overwrite an input",
                        str(p))
    return p
