"""Rules as data: load and validate YAML rule files into compiled `DataRule`s.

A rule file is a mapping with `rules:` (a list of entries) and an optional
`define:` (macros that patterns use as `{{NAME}}`). Each entry has a `kind`
(existence, substitution, pattern, capitalization) that the pattern detector
(mtaudit.detectors.patterns) knows how to run; the format is described in the
README section "Rule files". Every mistake is reported as `file:line: message`
(a UserError), taken from PyYAML node marks, so a broken rule file never shows a
traceback. Patterns are compiled with `regex`; patterns with a quantified group
that itself holds an unbounded quantifier (`(a+)+`) are rejected as
catastrophic, and matching runs with a timeout (see patterns.py).
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from mtaudit.core import yamlsafe
from mtaudit.core.errors import UserError
from mtaudit.core.io import read_limited
from mtaudit.rules.macros import RULES_DIR, compile_pattern, read_macros
from mtaudit.rules.templates import check_template, message_problem
from mtaudit.rules.prefilter import Clause, analyse
from mtaudit.rules.model import Example, Rule
from mtaudit.rules.redirects import redirects
from mtaudit.core.types import Applicability, Confidence, Severity

# one file per family; a code's family (MT2000-MT2999: its second digit) names its file, see CONTRIBUTING.md
BUNDLED_RULE_FILES = ("calques-attribution.yaml", "calques-titles.yaml", "calques-frames.yaml",
                      "calques-impersonal.yaml", "calques-genitive.yaml", "calques-word-order.yaml",
                      "calques-quantities.yaml", "calques-government.yaml", "calques-lexicon.yaml",
                      "typography.yaml")

KINDS = ("existence", "substitution", "pattern", "capitalization")
SCOPES = ("text", "sentence", "headline")
_KIND_KEY = {"existence": "tokens", "substitution": "swap", "pattern": "pattern",
             "capitalization": "terms"}
_COMMON_KEYS = {"code", "name", "category", "kind", "confidence", "severity", "message", "summary",
                "why", "fix", "bad", "good", "ignorecase", "scope", "unless", "span"}
_REQUIRED = ("code", "name", "category", "kind", "confidence", "message", "why", "bad", "good")
_FIX_KEYS = {"replacement", "edits", "applicability", "title", "unquote"}
_TOP_KEYS = {"rules", "define"}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same marks, faster
_ASCII_CODE = regex.compile(r"MT[0-9]{3,4}")
_ASCII_NAME = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class FixSpec:
    """How a match becomes a fix: one replacement of the span, or edits per named group."""

    applicability: Applicability
    title: str
    replacement: str | None = None          # a regex expand() template (\g<name>)
    edits: tuple[tuple[str, str], ...] = ()  # (group name, template)
    unquote: tuple[str, ...] = ()            # groups put in without the quotation marks around a name


@dataclass(frozen=True)
class DataRule:
    """A rule from a YAML file, compiled and ready for the pattern detector."""

    rule: Rule
    kind: str
    matchers: tuple[tuple[Any, str | None], ...]  # (compiled pattern, substitution template)
    message: str
    scope: str = "text"
    span: str | None = None                    # group whose span is the finding's span
    unless: Any = None                         # compiled: skip a match whose text it finds
    fix: FixSpec | None = None
    terms: tuple[str, ...] = ()                # capitalization: the canonical spellings
    prefilters: tuple[tuple[Clause, ...], ...] = ()  # per matcher: required literals (rules/prefilter.py)
    anchors: tuple[frozenset[str] | None, ...] = ()   # per matcher: literals every match starts with
    chains: tuple[frozenset | None, ...] = ()   # per matcher: a literal further in and the way back (prefilter.Chain)


@dataclass
class RuleSet:
    """Rules loaded from some files, with the files' content hash for run signatures."""

    rules: list[DataRule] = field(default_factory=list)
    digest: str = ""


def bundled_rule_paths() -> list[Path]:
    return [RULES_DIR / name for name in BUNDLED_RULE_FILES]


def load_rule_files(paths, bundled: bool = True) -> RuleSet:
    """Load the bundled rule files (unless bundled=False) and `paths`; codes and names must be unique.

    The bundled files compile to the same rules every run, so their compiled form is kept in
    the private cache (mtaudit/core/privatecache.py) under a digest of the files and of the
    code that builds them: a warm start unpickles 120 compiled patterns instead of parsing them
    with `regex`'s Python parser (issue 16). User rule files are always compiled afresh.
    """
    user_paths = [Path(p) for p in paths]
    out, codes, names, sha = RuleSet(), {}, {}, hashlib.sha256()

    def add(data_rules) -> None:
        for data_rule in data_rules:
            r = data_rule.rule
            if r.code in redirects():  # a retired code still means its successor: never reuse it
                raise UserError(f"rule code {r.code} is retired (it now selects {redirects()[r.code]}); "
                                "choose a free code", *_split(r.origin))
            for seen, key in ((codes, r.code), (names, r.name)):
                if key in seen:
                    raise UserError(f"rule {key} already defined at {seen[key]}", *_split(r.origin))
                seen[key] = r.origin
            out.rules.append(data_rule)

    if bundled:
        raws = [(path, _read_rule_file(path, bundled=True)) for path in bundled_rule_paths()]
        for path, raw in raws:
            sha.update(str(path.name).encode() + b"\0" + raw + b"\0")
        add(_bundled_rules(tuple(raws)))
    for path in user_paths:
        raw = _read_rule_file(path, bundled=path in set(bundled_rule_paths()))
        sha.update(str(path.name).encode() + b"\0" + raw + b"\0")
        add(_compile_file(path, raw))
    out.digest = sha.hexdigest()[:16]
    return out


def _read_rule_file(path: Path, bundled: bool) -> bytes:
    try:  # a user's rule file is held to --max-bytes; the bundled ones are not
        return read_limited(path, 1 << 30 if bundled else None, what="rule file")
    except UserError as exc:
        raise UserError(f"cannot read rule file: {exc.message}", str(path)) from None


def _compile_file(path: Path, raw: bytes) -> list[DataRule]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"invalid UTF-8 at byte offset {exc.start}", str(path),
                        raw.count(b"\n", 0, exc.start) + 1) from None
    return load_rule_text(text, _display(path), base=path.parent)


_BUNDLED: dict[str, tuple[DataRule, ...]] = {}


def _bundled_rules(raws: tuple[tuple[Path, bytes], ...]) -> tuple[DataRule, ...]:
    """The bundled files compiled: from this process, else the private cache, else compiled now."""
    from mtaudit.core import privatecache

    key = _bundled_key(raws)
    rules = _BUNDLED.get(key)
    if rules is None:
        rules = privatecache.load("rules", key, tuple)
        if rules is None or not all(isinstance(r, DataRule) for r in rules):
            rules = tuple(r for path, raw in raws for r in _compile_file(path, raw))
            privatecache.store("rules", key, rules)
        _BUNDLED.clear()
        _BUNDLED[key] = rules
    return rules


def _bundled_key(raws) -> str:
    """Everything the compiled bundled rules depend on: the rule files, the word lists their
    macros read (mtaudit/data), the code that compiles and analyses them (mtaudit/rules/*.py,
    mtaudit/core/*.py), the versions of Python, `regex` and mtaudit (a pickled pattern is
    `regex`'s compiled code) and interegular's sources (it derives the literals and anchors)."""
    import importlib.util
    import sys

    from mtaudit import __version__

    parts: list[bytes | str] = [__version__, sys.version, regex.__version__, yaml.__version__]
    for path, raw in raws:
        parts += [path.name, raw]
    package = RULES_DIR.parent
    for folder, suffixes in ((RULES_DIR, (".py",)), (package / "core", (".py",)),
                             (package / "data", (".txt", ".tsv", ".yaml"))):
        for file in sorted(folder.iterdir()):
            if file.suffix in suffixes and file.is_file():
                parts += [f"{folder.name}/{file.name}", file.read_bytes()]
    spec = importlib.util.find_spec("interegular")  # located, not imported: start-up stays cheap
    for file in sorted(Path(spec.origin).parent.glob("*.py")) if spec and spec.origin else ():
        parts += [f"interegular/{file.name}", file.read_bytes()]
    from mtaudit.core.privatecache import digest

    return digest(*parts)


def _display(path: Path) -> str:
    """Bundled files show as mtaudit/rules/x.yaml, user files as given."""
    try:
        return str(path.resolve().relative_to(RULES_DIR.parent.parent))
    except ValueError:
        return str(path)


def load_rule_text(text: str, path: str = "<rules>", base: Path | None = None) -> list[DataRule]:
    """Parse one rule file's text. Raises UserError(path, line) on the first mistake."""
    try:
        return _load_rule_text(text, path, base)
    except yaml.YAMLError as exc:  # e.g. a !!python/object tag: the safe constructor refuses it
        raise yamlsafe.as_user_error(exc, path) from None


def _load_rule_text(text: str, path: str, base: Path | None) -> list[DataRule]:
    root = yamlsafe.compose(text, path)  # alias bombs and recursive anchors refused here
    if root is None:
        return []
    top = _mapping(root, path, "a rule file")
    _no_unknown(top, _TOP_KEYS, path, "rule file")
    macros = read_macros(top.get("define"), path, base or Path(path).parent)
    if "rules" not in top:
        raise UserError("a rule file needs a `rules:` list", path, _line(root))
    rules_node = top["rules"][1]
    if not isinstance(rules_node, yaml.SequenceNode):
        raise UserError("`rules` must be a list of rule entries", path, _line(rules_node))
    return [_entry(node, path, macros) for node in rules_node.value]


# --- one entry -------------------------------------------------------------------------------

def _entry(node, path: str, macros: dict[str, str]) -> DataRule:
    fields = _mapping(node, path, "a rule entry")
    kind = _scalar(fields, "kind", path, node)
    if kind not in KINDS:
        raise UserError(f"unknown rule kind {kind!r}; known: {', '.join(KINDS)}", path,
                        _line(fields["kind"][1]))
    _no_unknown(fields, _COMMON_KEYS | {_KIND_KEY[kind]}, path, f"{kind} rule")
    for key in _REQUIRED + (_KIND_KEY[kind],):
        if key not in fields:
            raise UserError(f"rule entry lacks `{key}`", path, _line(node))
    line = _line(node)
    origin = f"{path}:{line}"
    value = lambda key, default=None: _plain(fields[key][1]) if key in fields else default  # noqa: E731
    message = _text(value("message"), "message", path, fields)
    code = _text(value("code"), "code", path, fields)
    if not _ASCII_CODE.fullmatch(code):  # `\d` and `$` of a looser check let "MT101\n" or "MT١٠١" through
        raise UserError(f"rule code must be MT and 3 or 4 ASCII digits, not {ascii(code)[:40]}", path,
                        _line(fields["code"][1]))
    name = _text(value("name"), "name", path, fields)
    if not _ASCII_NAME.fullmatch(name):
        raise UserError(f"rule name must be lowercase ASCII words joined by '-', not {ascii(name)[:60]}",
                        path, _line(fields["name"][1]))
    summary = value("summary")
    if summary is not None and not isinstance(summary, str):
        raise UserError(f"`summary` must be a string, not {_kind_of(summary)}", path, _line(fields["summary"][1]))
    flags = regex.V0 | (regex.IGNORECASE if value("ignorecase", kind == "capitalization") else 0)
    fix = _fix(fields.get("fix"), kind, path)
    try:
        rule = Rule(
            code=code, name=name,
            category=_text(value("category"), "category", path, fields),
            summary=summary or _summary(message),
            why=_text(value("why"), "why", path, fields),
            confidence=Confidence(value("confidence")),
            severity=Severity(value("severity")) if value("severity") else None,
            bad=_examples(value("bad"), "bad", path, fields), good=_examples(value("good"), "good", path, fields),
            applicability=fix.applicability if fix else None, origin=origin)
    except ValueError as exc:
        raise UserError(str(exc).replace(f"{origin}: ", ""), path, line) from None
    scope = value("scope", "text")
    if scope not in SCOPES:
        raise UserError(f"unknown scope {scope!r}; known: {', '.join(SCOPES)}", path, _line(fields["scope"][1]))
    matchers, terms = _matchers(kind, fields[_KIND_KEY[kind]][1], flags, path, macros)
    unless = compile_pattern(value("unless"), flags, path, _line(fields["unless"][1]), macros) if "unless" in fields else None
    span = value("span")
    if span is not None:
        for compiled, _ in matchers:
            if span not in compiled.groupindex:
                raise UserError(f"span group {span!r} is not a named group of the pattern", path,
                                _line(fields["span"][1]))
    if fix and fix.edits:
        for group, _ in fix.edits:
            if any(group not in c.groupindex for c, _ in matchers):
                raise UserError(f"fix edit group {group!r} is not a named group of the pattern", path,
                                _line(fields["fix"][1]))
    groups = {g: "" for compiled, _ in matchers for g in compiled.groupindex}
    problem = message_problem(message, {"match", "replacement", *groups})
    if problem:
        raise UserError(f"message has {problem}", path, _line(fields["message"][1]))
    for compiled, template in matchers:
        if template is not None:
            check_template(template, compiled, path, _line(fields[_KIND_KEY[kind]][1]))
    if fix:
        for template in ([fix.replacement] if fix.replacement is not None else []) + [t for _, t in fix.edits]:
            for compiled, _ in matchers:
                check_template(template, compiled, path, _line(fields["fix"][1]))
        for group in fix.unquote:
            if not any(group in compiled.groupindex for compiled, _ in matchers):
                raise UserError(f"fix `unquote` names {group!r}, which is no group of the pattern", path,
                                _line(fields["fix"][1]))
    literals = [analyse(compiled) for compiled, _ in matchers]
    return DataRule(rule=rule, kind=kind, matchers=matchers, message=message, scope=scope, span=span,
                    unless=unless, fix=fix, terms=terms,
                    prefilters=tuple(found.clauses for found in literals),
                    anchors=tuple(found.anchors for found in literals),
                    chains=tuple(found.chains for found in literals))


def _matchers(kind: str, node, flags: int, path: str, macros: dict[str, str]):
    line = _line(node)
    if kind == "pattern":
        return ((compile_pattern(_plain(node), flags, path, line, macros), None),), ()
    if kind == "substitution":
        if not isinstance(node, yaml.MappingNode) or not node.value:
            raise UserError("`swap` must map patterns to replacements", path, line)
        return tuple((compile_pattern(rf"\b(?:{_plain(k)})\b", flags, path, _line(k), macros), str(_plain(v)))
                     for k, v in node.value), ()
    items = _plain(node)
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        raise UserError(f"`{_KIND_KEY[kind]}` must be a non-empty list of strings", path, line)
    if kind == "existence":
        body = "|".join(f"(?:{i})" for i in items)
        return ((compile_pattern(rf"\b(?:{body})\b", flags, path, line, macros), None),), ()
    body = "|".join(regex.escape(t) for t in longest_first(items))  # capitalization
    return ((compile_pattern(rf"\b(?:{body})\b", flags | regex.IGNORECASE, path, line, {}), None),), tuple(items)


def _fix(entry, kind: str, path: str) -> FixSpec | None:
    if entry is None:
        return None
    _, node = entry
    fields = _mapping(node, path, "`fix`")
    _no_unknown(fields, _FIX_KEYS, path, "fix")
    plain = {k: _plain(v) for k, (_, v) in fields.items()}
    try:
        applicability = Applicability(plain.get("applicability", "unsafe"))
    except ValueError:
        raise UserError("fix applicability must be safe, unsafe or display-only", path, _line(node)) from None
    edits = plain.get("edits") or {}
    if not isinstance(edits, dict) or not all(isinstance(g, str) and isinstance(t, str) for g, t in edits.items()):
        raise UserError("fix `edits` must map group names to replacement strings", path, _line(node))
    for key in ("replacement", "title"):
        if key in plain and not isinstance(plain[key], str):
            raise UserError(f"fix `{key}` must be a string, not {_kind_of(plain[key])}", path, _line(node))
    if kind in ("pattern", "existence") and "replacement" not in plain and not edits:
        raise UserError("a fix needs `replacement` or `edits`", path, _line(node))
    unquote = plain.get("unquote") or []
    if not isinstance(unquote, list) or not all(isinstance(g, str) for g in unquote):
        raise UserError("fix `unquote` must be a list of group names", path, _line(node))
    return FixSpec(applicability, str(plain.get("title", "apply the suggested wording")),
                   plain.get("replacement"), tuple((str(g), str(t)) for g, t in edits.items()),
                   tuple(unquote))


# --- YAML helpers ----------------------------------------------------------------------------

# The line-numbered YAML checks live in core/yamlsafe.py (the glossary uses the same ones).
_mapping = yamlsafe.mapping
_plain = yamlsafe.value
_kind_of = yamlsafe.kind_of
_line = yamlsafe.line


def _no_unknown(fields: dict, allowed: set[str], path: str, what: str) -> None:
    for key, (key_node, _) in fields.items():
        if key not in allowed:
            raise UserError(f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})",
                            path, _line(key_node))


def _scalar(fields: dict, key: str, path: str, parent) -> str:
    if key not in fields:
        raise UserError(f"rule entry lacks `{key}`", path, _line(parent))
    value = _plain(fields[key][1])
    if not isinstance(value, str):
        raise UserError(f"`{key}` must be a string, not {_kind_of(value)}", path, _line(fields[key][1]))
    return value


def _text(value, key: str, path: str, fields: dict) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UserError(f"`{key}` must be a non-empty string", path, _line(fields[key][1]))
    return value


def _examples(value, key: str, path: str, fields: dict) -> tuple[Example, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise UserError(f"`{key}` must be a non-empty list of example texts", path, _line(fields[key][1]))
    nodes = fields[key][1].value  # the sequence's items: each example knows its line
    return tuple(Example(v, origin=f"{path}:{_line(n)}") for v, n in zip(value, nodes))


def _summary(message: str) -> str:
    return regex.sub(r"\{[^{}]*\}", "…", message)


def _split(origin: str) -> tuple[str, int | None]:
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if line.isdigit() else (origin, None)
