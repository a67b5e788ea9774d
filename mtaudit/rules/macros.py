"""Patterns of a rule file: `define:` macros (a regex, or a word list kept next to the rule
file) expanded into `{{NAME}}`, then compiled with `regex` after the catastrophic-pattern check.

Split from the loader so that what a pattern may reach (macros, word files confined to the rule
file's directory) is read in one place.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from pathlib import Path

import regex
import yaml

from mtaudit.core import yamlsafe
from mtaudit.core.errors import UserError
from mtaudit.core.io import read_limited
from mtaudit.rules.safety import catastrophic_problem
from mtaudit.text.lexicon import entries

RULES_DIR = Path(__file__).resolve().parent
_MACRO = regex.compile(r"\{\{([A-Z][A-Z0-9_]*)\}\}")
_mapping = yamlsafe.mapping
_plain = yamlsafe.value
_kind_of = yamlsafe.kind_of
_line = yamlsafe.line


def compile_pattern(pattern, flags: int, path: str, line: int, macros: dict[str, str]):
    if not isinstance(pattern, str) or not pattern:
        raise UserError("a pattern must be a non-empty string", path, line)
    expanded = expandread_macros(pattern, macros, path, line)
    problem = catastrophic_problem(expanded)
    if problem:
        raise UserError(f"pattern rejected: {problem}", path, line)
    try:
        return regex.compile(expanded, flags)
    except regex.error as exc:
        raise UserError(f"bad regular expression: {exc}", path, line) from None


def expandread_macros(pattern: str, macros: dict[str, str], path: str, line: int) -> str:
    def sub(m):
        if m.group(1) not in macros:
            raise UserError(f"unknown macro {{{{{m.group(1)}}}}}", path, line)
        return f"(?:{macros[m.group(1)]})"
    return _MACRO.sub(sub, pattern)


def read_macros(entry, path: str, base: Path) -> dict[str, str]:
    """`define:` NAME: regex, or NAME: {words: file} (one literal a line, '#' comments; a tab ends it)."""
    if entry is None:
        return {}
    out: dict[str, str] = {}
    for key, val in _mapping(entry[1], path, "`define`").items():
        name_node, node = val
        if not regex.fullmatch(r"[A-Z][A-Z0-9_]*", key):
            raise UserError(f"macro name {key!r} must be UPPER_CASE", path, _line(name_node))
        if isinstance(node, yaml.MappingNode):
            spec = _plain(node)
            if set(spec) != {"words"}:
                raise UserError("a word-list macro is {words: relative/path.txt}", path, _line(node))
            words = _word_list(_confined(base, spec["words"], path, _line(node)), path, _line(node))
            out[key] = "|".join(regex.escape(w) for w in longest_first(words))
        else:
            value = _plain(node)
            if not isinstance(value, str):
                raise UserError(f"macro {key} must be a regex string or {{words: file}}, not {_kind_of(value)}",
                                path, _line(node))
            out[key] = expandread_macros(value, out, path, _line(node))
    return out


def _confined(base: Path, name, path: str, line: int) -> Path:
    """A word-list file named relative to the rule file, which must stay in its directory:
    a rule file from elsewhere must not make the tool read `../../etc/passwd`."""
    if not isinstance(name, str) or not name.strip():
        raise UserError("`words` must be a file name relative to the rule file", path, line)
    folder = base.resolve()
    root = folder.parent if folder == RULES_DIR else folder  # bundled rules share mtaudit/data/
    file = (folder / name).resolve()
    if file != root and root not in file.parents:
        raise UserError(f"word list {name!r} lies outside the rule file's directory", path, line)
    return file


def _word_list(file: Path, path: str, line: int) -> list[str]:
    try:
        text = read_limited(file, what="word list").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"word list {file}: invalid UTF-8 at byte offset {exc.start}", path, line) from None
    except UserError as exc:
        raise UserError(f"word list {file}: {exc.message}", path, line) from None
    # the first tab-separated column is the literal: lexicons such as first_names_ru_latin.txt
    # carry a second column (gender) that other readers use
    return [e.split("	", 1)[0].strip() for e in entries(text)]
