"""Load glossary files (YAML, TSV/CSV, TBX), merge them, and cache the bundled one.

Bundled files must not share ids (that is a data bug); a user's --glossary file
overrides a bundled concept with the same id. The parsed bundled glossary, with
its automaton, is pickled in the user cache dir keyed by the files' hash, so
start-up does not re-parse YAML and rebuild the index on every run.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

from mtaudit import __version__
from mtaudit.core.errors import UserError
from mtaudit.core.io import read_limited
from mtaudit.glossary.model import Concept, Glossary

CACHE_REVISION = "3"  # bump when the pickled classes change shape (3: the hash is pickled too)
_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".tsv": "tsv", ".csv": "csv", ".tbx": "tbx", ".xml": "tbx"}


def bundled_dir() -> Path | None:
    """The bundled glossary: the repo's top-level glossary/ (source checkout or editable
    install), else the copy a wheel installs under <prefix>/share/mtaudit/glossary."""
    import site

    candidates = [Path(__file__).resolve().parents[2] / "glossary",
                  Path(sys.prefix) / "share" / "mtaudit" / "glossary",
                  Path(site.USER_BASE or sys.prefix) / "share" / "mtaudit" / "glossary"]
    return next((p for p in candidates if p.is_dir() and any(p.glob("*.yaml"))), None)


def bundled_files() -> list[Path]:
    folder = bundled_dir()
    return sorted(folder.glob("*.yaml")) if folder else []


def format_of(path: Path, fmt: str | None = None) -> str:
    """The file format by explicit choice or by suffix."""
    if fmt:
        return fmt
    try:
        return _SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise UserError(f"unknown glossary format {path.suffix or '(no suffix)'!r}; "
                        f"use .yaml, .tsv, .csv or .tbx", str(path)) from None


def read_file(path: Path, fmt: str | None = None, trusted: bool = False) -> tuple[list[Concept], list[str]]:
    """Concepts and accepted strings of one file, validated. A user's file is held to
    --max-bytes; the bundled ones (`trusted`) are not."""
    kind = format_of(path, fmt)
    data = read_limited(path, 1 << 30 if trusted else None, what="glossary")
    if kind == "tbx":
        from mtaudit.glossary.tbx import parse_tbx

        return parse_tbx(data, str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"not UTF-8 (byte {exc.start})", str(path)) from None
    if kind == "yaml":
        from mtaudit.glossary.schema import parse_yaml

        return parse_yaml(text, str(path))
    from mtaudit.glossary.tabular import parse_table

    return parse_table(text, str(path), kind)


def load_glossary(paths: tuple[Path, ...] = (), bundled: bool = True) -> Glossary:
    """The bundled glossary (unless bundled=False) with each file in `paths` merged over it."""
    base = load_bundled() if bundled else Glossary([])
    if not paths:
        return base
    concepts = {c.id: c for c in base.concepts}
    accept = set(base.accept)
    for path in paths:
        path = Path(path)
        more, accepted = read_file(path)
        for concept in more:
            concepts[concept.id] = concept  # same id: the user's entry wins
        accept.update(accepted)
    return Glossary(list(concepts.values()), frozenset(accept),
                    base.files + tuple(str(p) for p in paths))


def load_bundled() -> Glossary:
    files = bundled_files()
    return _load_bundled(tuple(str(f) for f in files), _files_hash(files))


def merge_bundled(files: list[Path]) -> Glossary:
    """Merge files that must not share ids (an id defined twice is an error)."""
    seen: dict[str, Concept] = {}
    accept: set[str] = set()
    for path in files:
        concepts, accepted = read_file(path, trusted=True)
        for concept in concepts:
            if concept.id in seen:
                file, _, line = concept.origin.rpartition(":")
                raise UserError(f"duplicate id {concept.id!r} (also at {seen[concept.id].origin})",
                                file, int(line))
            seen[concept.id] = concept
        accept.update(accepted)
    return Glossary(list(seen.values()), frozenset(accept), tuple(str(p) for p in files))


def _files_hash(files: list[Path]) -> str:
    """Key of the pickled bundled glossary: the data files, and the code that shapes the pickle."""
    h = hashlib.sha256(f"{__version__}|{CACHE_REVISION}|{_lexicon_marker()}".encode())
    for module in ("model.py", "index.py", "inflect.py", "schema.py", "style.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    from mtaudit.glossary.style import table_bytes

    h.update(table_bytes())
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:20]


def _lexicon_marker() -> str:
    try:
        from importlib.metadata import version

        return version("english-words")
    except Exception:
        return "none"


@lru_cache(maxsize=4)
def _load_bundled(files: tuple[str, ...], key: str) -> Glossary:
    """The merged bundled glossary, from the private pickle cache (core/privatecache.py) when
    it holds this exact build."""
    from mtaudit.core import privatecache

    glossary = privatecache.load("glossary", key, Glossary)
    if glossary is not None:
        return glossary
    glossary = merge_bundled([Path(f) for f in files])
    glossary.index  # build the automaton once, so the pickle carries it
    glossary.hash  # and the content hash of the run signature (0.1 CPU-s at every start otherwise)
    glossary.names_by_type  # and what the gloss detector asks at every start
    privatecache.store("glossary", key, glossary)
    return glossary
