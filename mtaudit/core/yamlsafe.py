"""Compose untrusted YAML (rule files, glossaries) into nodes with bounded expansion.

PyYAML's safe loader never runs code, but aliases make a DAG: ten nested anchors of ten
aliases each ("billion laughs") compose in microseconds from 400 bytes and expand to 10^9
nodes as soon as anything walks, prints or `repr()`s them. Here the composed tree is
measured as it would be expanded (memoised, so measuring is linear in the file) and
refused when it is much bigger than the file as written, or when an alias refers to its
own ancestor (a recursive structure). After that check any walk of the nodes is bounded.
Callers still never render a node (`repr`, `str`) in a message: they name its kind.
"""

from __future__ import annotations

import yaml

from mtaudit.core import privatecache
from mtaudit.core.errors import UserError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same marks, faster
EXPANSION_FACTOR = 4      # aliases may repeat what is written, up to this many times over
EXPANSION_SLACK = 10_000  # ... plus this many nodes, for small files that reuse a list


def load_data(text: str):
    """A bundled data file's YAML as Python values, as yaml.safe_load reads it, through libyaml when
    present: the calque tables are read at a document's first candidate, and the pure-Python
    loader spent seconds of CPU on them there. The values are kept in the private cache under a
    digest of the text and the loader (calque_terms.yaml: 45 ms to parse, 2 ms to unpickle)."""
    parts = ("yaml-data 1", yaml.__version__, _LOADER.__name__, text)
    return privatecache.memo("yaml", parts, lambda: _parse_data(text), object)


def _parse_data(text: str):
    loader = _LOADER(text)  # a safe loader (CSafeLoader or SafeLoader), as yaml.safe_load builds
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def compose(text: str, path: str) -> yaml.Node | None:
    """The node tree of one YAML document; UserError(path, line) when it is not YAML, holds
    more than one document, recurses or expands beyond the limit."""
    try:
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise as_user_error(exc, path) from None  # its message names marks, never a node
    if node is not None:
        check_expansion(node, path)
    return node


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [x for pair in node.value for x in pair]
    return []


def check_expansion(root: yaml.Node, path: str) -> int:
    """The number of nodes `root` expands to; UserError when aliases blow it up or recurse."""
    written = 0
    size: dict[int, int] = {}
    state: dict[int, int] = {}    # 1 = on the current path, 2 = measured
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            size[key] = 1 + sum(size[id(c)] for c in _children(node))
            state[key] = 2
            continue
        if state.get(key) == 2:
            continue
        if state.get(key) == 1:
            raise UserError("recursive YAML alias (an anchor used inside itself)", path,
                            node.start_mark.line + 1)
        state[key] = 1
        written += 1
        stack.append((node, True))
        for child in _children(node):
            if state.get(id(child)) == 1:
                raise UserError("recursive YAML alias (an anchor used inside itself)", path,
                                child.start_mark.line + 1)
            if state.get(id(child)) != 2:
                stack.append((child, False))
    total = size[id(root)]
    if total > EXPANSION_FACTOR * written + EXPANSION_SLACK:
        raise UserError(f"YAML aliases expand {written:,} written nodes to {total:,}; "
                        f"refused (at most {EXPANSION_FACTOR}x the file plus {EXPANSION_SLACK:,})",
                        path, root.start_mark.line + 1)
    return total


# --- line-numbered validation, shared by the rule files and the glossaries ----------------------

_CONSTRUCTOR = _LOADER("")  # constructs one node's value with safe_load's rules, no document needed


def line(node: yaml.Node) -> int:
    """The 1-based line a node starts on (what every `file:line: message` reports)."""
    return node.start_mark.line + 1


def value(node: yaml.Node):
    """The Python value of a node exactly as yaml.safe_load would construct it (a tag such as
    !!python/object is refused with a yaml.ConstructorError, see as_user_error)."""
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    finally:
        _CONSTRUCTOR.constructed_objects.clear()  # keep no nodes alive between files


def kind_of(value) -> str:
    """What a value is, for messages: never its text (an aliased list can be huge)."""
    if isinstance(value, yaml.Node):
        return {yaml.SequenceNode: "a list", yaml.MappingNode: "a mapping"}.get(type(value), "a scalar")
    return {list: "a list", dict: "a mapping", type(None): "nothing"}.get(type(value), type(value).__name__)


def mapping(node: yaml.Node, path: str, what: str,
            allowed: tuple[str, ...] | set[str] | None = None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Key -> (key node, value node) of a mapping node. UserError(path, line) when the node is
    not a mapping, a key is not a string, a key is repeated, or (with `allowed`) unknown."""
    if not isinstance(node, yaml.MappingNode):
        raise UserError(f"{what} must be a mapping", path, line(node))
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = value(key_node) if isinstance(key_node, yaml.ScalarNode) else key_node
        if not isinstance(key, str):  # never render a node: its aliases would expand
            raise UserError(f"keys of {what} must be strings, not {kind_of(key)}", path, line(key_node))
        if key in out:
            raise UserError(f"key {key!r} given twice in {what}", path, line(key_node))
        if allowed is not None and key not in allowed:
            listed = allowed if isinstance(allowed, tuple) else sorted(allowed)  # a tuple: its own order
            raise UserError(f"unknown key {key!r} in {what} (allowed: {', '.join(listed)})", path, line(key_node))
        out[key] = (key_node, value_node)
    return out


def as_user_error(exc: yaml.YAMLError, path: str) -> UserError:
    """A YAML error met while composing or constructing, as `file:line: invalid YAML: ...`."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None)
    text = problem or " ".join(str(exc).split())[:200]
    return UserError(f"invalid YAML: {text}", path, mark.line + 1 if mark else None)
