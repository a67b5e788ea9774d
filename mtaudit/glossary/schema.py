"""Validate glossary YAML into Concepts, reporting every mistake as `file:line: message`.

PyYAML is used with safe_load semantics (SafeLoader), but we keep the composed
node tree so each key and value can be traced to the line it came from (the
line-numbered checks are core/yamlsafe.py's, shared with the rule files).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from mtaudit.core import yamlsafe
from mtaudit.core.errors import UserError
from mtaudit.glossary.model import APPLICABILITIES, CUES, TYPES, Concept, WrongForm

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
CONCEPT_KEYS = ("id", "canonical", "type", "short", "ru", "inflect", "variants", "translit",
                "wrong", "applicability", "source", "note")
WRONG_KEYS = ("text", "cue", "cased", "fix", "note")
TOP_KEYS = ("concepts", "accept")


def parse_yaml(text: str, path: str) -> tuple[list[Concept], list[str]]:
    """Concepts and accepted strings of one YAML glossary file; UserError on any mistake."""
    try:
        node = yamlsafe.compose(text, path)  # alias bombs and recursive anchors are refused here
        return _Validator(path).document(node)
    except yaml.YAMLError as exc:
        raise yamlsafe.as_user_error(exc, path) from None


def concept_errors(text: str, path: str) -> list[str]:
    """The mistakes of each concept of a YAML glossary checked on its own, rendered
    `file:line: message` (parse_yaml stops at the first one; `glossary validate` shows all).
    [] when the file does not even compose, or has no list of concepts to check."""
    try:
        node = yamlsafe.compose(text, path)  # alias bombs refused before any walk
    except UserError:
        return []
    items = node.value if isinstance(node, yaml.SequenceNode) else None
    if isinstance(node, yaml.MappingNode):
        items = next((v.value for k, v in node.value if getattr(k, "value", None) == "concepts"
                      and isinstance(v, yaml.SequenceNode)), None)
    if items is None:
        return []
    validator, errors, seen = _Validator(path), [], {}
    for item in items:
        try:
            concept = validator.concept(item)
        except UserError as exc:
            errors.append(exc.render())
            continue
        except yaml.YAMLError as exc:
            errors.append(yamlsafe.as_user_error(exc, path).render())
            continue
        line = yamlsafe.line(item)
        if concept.id in seen:
            errors.append(UserError(f"duplicate id {concept.id!r} (first at line {seen[concept.id]})",
                                    path, line).render())
        seen.setdefault(concept.id, line)
    return errors


class _Validator:
    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: yaml.Node, message: str):
        raise UserError(message, self.path, yamlsafe.line(node))

    def scalar(self, node: yaml.Node) -> Any:
        """The value of a scalar node exactly as yaml.safe_load would construct it."""
        if not isinstance(node, yaml.ScalarNode):
            return node
        return yamlsafe.value(node)

    def mapping(self, node: yaml.Node, allowed: tuple[str, ...], what: str) -> dict[str, tuple]:
        """Key -> (key node, value node); unknown and repeated keys are errors."""
        return yamlsafe.mapping(node, self.path, what, allowed)

    def string(self, node: yaml.Node, key: str, multiline: bool = False) -> str:
        value = self.scalar(node)
        if not isinstance(value, str):
            self.fail(node, f"{key} must be a string, not {_describe(value)}")
        if not value.strip():
            self.fail(node, f"{key} must not be empty")
        if not multiline and (value != value.strip() or "\n" in value):
            self.fail(node, f"{key} {value!r} has leading/trailing whitespace or a line break")
        bad = _CONTROL.search(value)
        if bad:  # invisible in a report, and not allowed in XML (TBX export) at all
            self.fail(node, f"{key} holds a control character U+{ord(bad.group()):04X}")
        return value

    def strings(self, node: yaml.Node, key: str) -> tuple[str, ...]:
        """A string or a list of strings."""
        if isinstance(node, yaml.ScalarNode):
            return (self.string(node, key),)
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{key} must be a string or a list of strings")
        return tuple(self.string(item, key) for item in node.value)

    def boolean(self, node: yaml.Node, key: str) -> bool:
        value = self.scalar(node)
        if not isinstance(value, bool):
            self.fail(node, f"{key} must be true or false, not {_describe(value)}")
        return value

    def choice(self, node: yaml.Node, key: str, allowed: tuple[str, ...]) -> str:
        value = self.scalar(node)
        if value not in allowed:
            self.fail(node, f"{key} must be one of {', '.join(allowed)}, not {_describe(value)}")
        return value

    def document(self, node: yaml.Node | None) -> tuple[list[Concept], list[str]]:
        if node is None:
            return [], []
        if isinstance(node, yaml.SequenceNode):
            return self.concepts(node), []
        if isinstance(node, yaml.MappingNode):
            top = self.mapping(node, TOP_KEYS, "the glossary")
            concepts = self.concepts(top["concepts"][1]) if "concepts" in top else []
            accept = list(self.strings(top["accept"][1], "accept")) if "accept" in top else []
            return concepts, accept
        self.fail(node, "a glossary is a list of concepts or a mapping with `concepts:` and `accept:`")

    def concepts(self, node: yaml.Node) -> list[Concept]:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, "concepts must be a list")
        out: list[Concept] = []
        seen: dict[str, int] = {}
        for item in node.value:
            concept = self.concept(item)
            if concept.id in seen:
                self.fail(item, f"duplicate id {concept.id!r} (first at line {seen[concept.id]})")
            seen[concept.id] = item.start_mark.line + 1
            out.append(concept)
        return out

    def concept(self, node: yaml.Node) -> Concept:
        fields = self.mapping(node, CONCEPT_KEYS, "a concept")
        for required in ("id", "canonical", "type"):
            if required not in fields:
                self.fail(node, f"concept has no {required!r}")
        values: dict[str, Any] = {}
        for key, (_, value_node) in fields.items():
            if key == "id":
                value = self.string(value_node, key)
                if not ID_PATTERN.match(value):
                    self.fail(value_node, f"id {value!r} is not kebab-case (a-z, 0-9, hyphens)")
            elif key == "type":
                value = self.choice(value_node, key, TYPES)
            elif key == "applicability":
                value = self.choice(value_node, key, APPLICABILITIES)
            elif key == "inflect":
                value = self.boolean(value_node, key)
            elif key in ("ru", "variants", "translit"):
                value = self.strings(value_node, key)  # ru forms may be Latin too ("VK")
            elif key == "wrong":
                value = self.wrong_forms(value_node)
            else:
                value = self.string(value_node, key, multiline=key in ("source", "note"))
            values[key] = value
        return Concept(**values, origin=f"{self.path}:{node.start_mark.line + 1}")

    def wrong_forms(self, node: yaml.Node) -> tuple[WrongForm, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, "wrong must be a list")
        out = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):  # shorthand: just the text
                out.append(WrongForm(self.string(item, "wrong")))
                continue
            fields = self.mapping(item, WRONG_KEYS, "a wrong form")
            if "text" not in fields:
                self.fail(item, "wrong form has no 'text'")
            values: dict[str, Any] = {}
            for key, (_, value_node) in fields.items():
                if key == "cue":
                    values[key] = self.choice(value_node, key, CUES)
                elif key == "cased":
                    values[key] = self.boolean(value_node, key)
                else:
                    values[key] = self.string(value_node, key, multiline=key == "note")
            out.append(WrongForm(**values))
        return tuple(out)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, yaml.Node):
        return "a list" if isinstance(value, yaml.SequenceNode) else "a mapping"
    return f"{type(value).__name__} {value!r}"


def parse_records(records: list[tuple[dict, int]], accept: list[tuple[str, int]],
                  path: str) -> tuple[list[Concept], list[str]]:
    """Validate concepts read from a table or TBX as if they were YAML: each record (a
    plain dict) is represented as YAML nodes stamped with the line it came from."""
    validator = _Validator(path)
    items = []
    for record, line in records:
        node = yaml.SafeDumper(None).represent_data(record)
        _stamp(node, line)
        items.append(node)
    seq = yaml.SequenceNode("tag:yaml.org,2002:seq", items)
    _stamp(seq, records[0][1] if records else 1, deep=False)
    concepts = validator.concepts(seq)
    accepted = []
    for text, line in accept:
        node = yaml.ScalarNode("tag:yaml.org,2002:str", text)
        _stamp(node, line)
        accepted.append(validator.string(node, "accept"))
    return concepts, accepted


def _stamp(node: yaml.Node, line: int, deep: bool = True) -> None:
    mark = yaml.Mark("", 0, line - 1, 0, None, None)
    node.start_mark = node.end_mark = mark
    if not deep:
        return
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _stamp(item, line)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _stamp(key, line)
            _stamp(value, line)
