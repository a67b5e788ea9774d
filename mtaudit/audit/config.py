"""Project configuration: `[tool.mtaudit]` in pyproject.toml, or mtaudit.toml.

The nearest file found from the working directory upwards is used (ruff's model).
Values become click's `default_map`, so a flag given on the command line always
takes precedence over the file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from mtaudit.core.errors import UserError
from mtaudit.references.thresholds import Thresholds
from mtaudit.core.types import Confidence

CONFIG_NAMES = ("mtaudit.toml", "pyproject.toml")

# key -> (type check, description) ; list values are lists of strings
_KEYS = {
    "select": "list of rule codes or prefixes",
    "ignore": "list of rule codes or prefixes",
    "glossaries": "list of glossary paths (relative to the config file)",
    "refs": "list of reference paths (relative to the config file)",
    "min-confidence": "certain | likely | possible",
    "weights": "table: minor, major, critical -> number",
    "thresholds": "table of detector thresholds (number values)",
    "langid": "lingua (default) | lingua-high | langdetect",
    "encoding": "input encoding",
    "max-bytes": "integer",
    "style": "house style: ap | reuters | bbc | tass",
}


_ROOT_MARKERS = (".git", ".hg", ".svn")


def find_config(start: Path) -> Path | None:
    """The nearest mtaudit.toml, or pyproject.toml with a [tool.mtaudit] table, looking up
    from `start` to the project root (the first folder holding .git, .hg or .svn) and no
    further. A file that another user owns or anyone can write (a shared /tmp) is skipped,
    and the file used is named in the run signature (cli.py), so it never acts silently."""
    folders = [start]
    if not any((start / m).exists() for m in _ROOT_MARKERS):
        for folder in start.parents:
            folders.append(folder)
            if any((folder / m).exists() for m in _ROOT_MARKERS):
                break
    for folder in folders:
        for name in CONFIG_NAMES:
            path = folder / name
            if path.is_file() and _trusted(path) and (name == "mtaudit.toml" or _has_tool_table(path)):
                return path
    return None


def _trusted(path: Path) -> bool:
    import os

    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_uid in (os.getuid(), 0) and not info.st_mode & 0o022


def _has_tool_table(path: Path) -> bool:
    """Whether a pyproject.toml configures mtaudit. A broken one is reported, not ignored
    (ignoring it would silently drop the settings it holds), as ruff does."""
    try:
        text = _read(path)
    except (UnicodeDecodeError, OSError) as exc:
        raise UserError(f"cannot read config: {exc}", str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"invalid TOML: {exc} (fix it, or run with --isolated or --config FILE)", str(path),
                        getattr(exc, "lineno", None)) from None
    tool = data.get("tool", {})
    return isinstance(tool, dict) and "mtaudit" in tool


def _read(path: Path) -> str:
    """A config file's text, under the same byte limit as every other file read."""
    from mtaudit.core.io import read_limited

    return read_limited(path, what="config file").decode("utf-8")


def load_config(path: Path) -> dict[str, Any]:
    """Read and validate a config file; errors name the file (and line for TOML syntax)."""
    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise UserError(f"invalid TOML: {exc}", str(path), line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read config: {exc}", str(path)) from None
    table = data.get("tool", {}).get("mtaudit", {}) if path.name == "pyproject.toml" else data
    return validate(table, path)


def validate(table: dict[str, Any], path: Path) -> dict[str, Any]:
    for key, value in table.items():
        if key not in _KEYS:
            raise UserError(f"unknown key {key!r} in [tool.mtaudit]; known: {', '.join(_KEYS)}", str(path))
        expected = _KEYS[key]
        if expected.startswith("list") and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise UserError(f"{key} must be a {expected}", str(path))
    if "min-confidence" in table and table["min-confidence"] not in [c.value for c in Confidence]:
        raise UserError("min-confidence must be certain, likely or possible", str(path))
    weights = table.get("weights", {})
    if not isinstance(weights, dict) or any(
            k not in ("minor", "major", "critical") or not isinstance(v, (int, float)) or v < 0
            for k, v in weights.items()):
        raise UserError("weights must map minor/major/critical to non-negative numbers", str(path))
    thresholds = table.get("thresholds", {})
    if not isinstance(thresholds, dict) or any(not isinstance(v, (int, float)) for v in thresholds.values()):
        raise UserError("thresholds must map names to numbers", str(path))
    unknown = sorted(set(thresholds) - set(Thresholds.names()))
    if unknown:
        raise UserError(f"unknown threshold {unknown[0]!r}; known: {', '.join(Thresholds.names())}", str(path))
    if "style" in table and table["style"] not in ("ap", "reuters", "bbc", "tass"):
        raise UserError("style must be ap, reuters, bbc or tass", str(path))
    if "langid" in table and table["langid"] not in ("lingua", "lingua-high", "langdetect"):
        raise UserError("langid must be lingua, lingua-high or langdetect", str(path))
    base = path.parent
    for key in ("glossaries", "refs"):
        if key in table:
            table[key] = [str((base / p).resolve()) if not Path(p).is_absolute() else p for p in table[key]]
    return table


def default_map(table: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Map config keys to the click parameter names of each command that takes them."""
    params: dict[str, Any] = {}
    for key, param in (("select", "select"), ("ignore", "ignore"), ("glossaries", "glossaries"),
                       ("refs", "refs"), ("min-confidence", "min_confidence"), ("encoding", "encoding"),
                       ("max-bytes", "max_bytes")):
        if key in table:
            params[param] = table[key]
    if "weights" in table:
        params["weights"] = ",".join(f"{k}={v}" for k, v in table["weights"].items())
    return {cmd: dict(params) for cmd in ("check", "fix", "diff", "batch", "eval")}


def settings_from(table: dict[str, Any]) -> dict[str, Any]:
    """Settings detectors read from AuditContext.settings (thresholds, langid)."""
    settings: dict[str, Any] = {}
    if "thresholds" in table:
        settings["thresholds"] = dict(table["thresholds"])
    if "langid" in table:
        settings["langid"] = table["langid"]
    if "style" in table:
        settings["style"] = table["style"]
    return settings
