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

from mtaudit.core.errors import UserError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same marks, faster
EXPANSION_FACTOR = 4      # aliases may repeat what is written, up to this many times over
EXPANSION_SLACK = 10_000  # ... plus this many nodes, for small files that reuse a list


def compose(text: str, path: str) -> yaml.Node | None:
    """The node tree of one YAML document; UserError(path, line) when it is not YAML, holds
    more than one document, recurses or expands beyond the limit."""
    try:
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise UserError(f"invalid YAML: {exc.problem or exc.context}", path,
                        mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise UserError(f"invalid YAML: {' '.join(str(exc).split())[:200]}", path) from None  # never a node
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
