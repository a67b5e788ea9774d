"""Templates of a rule file: messages may hold plain `{name}` placeholders only, and a fix's
replacement may name only its pattern's groups, each once. Both are checked at load so a rule
file from elsewhere cannot allocate gigabytes, print internals or grow the text on every pass.
"""

from __future__ import annotations

import string

import regex

from mtaudit.core.errors import UserError

_TEMPLATE_REF = regex.compile(r"\\(?:g<([^<>]*)>|([0-9]{1,2})|(.))", regex.DOTALL)
_TEMPLATE_ESCAPES = set("abfnrtv\\")


def message_problem(message: str, allowed: set[str]) -> str | None:
    """Why a message template is not plain `{name}` placeholders, or None. A format spec
    (`{match:>400000000}`), a conversion or an attribute (`{match.__class__}`) would let a
    rule file allocate gigabytes or print the interpreter's internals."""
    try:
        parts = list(string.Formatter().parse(message))
    except ValueError as exc:
        return f"a stray brace ({exc})"
    for _, field_name, spec, conversion in parts:
        if field_name is None:
            continue
        if field_name not in allowed:
            known = ", ".join(sorted(allowed))
            return f"an unknown placeholder {{{ascii(field_name)[1:-1][:40]}}}; use plain {{name}} with one of: {known}"
        if spec or conversion:
            return f"a placeholder {{{field_name}}} with a format spec or conversion; only plain {{name}} is allowed"
    return None


def check_template(template: str, compiled, path: str, line: int) -> None:
    """A replacement template may name only groups of its pattern (`\\g<name>`, `\\1`), each
    at most once: `\\g<0>\\g<0>` would double the text on every fix pass."""
    seen: set = set()
    for m in _TEMPLATE_REF.finditer(template):
        name, number, other = m.groups()
        if other is not None:
            if other not in _TEMPLATE_ESCAPES:
                raise UserError(f"replacement {template!r}: unknown escape \\{other}", path, line)
            continue
        ref = name if name is not None else number
        if ref.isdigit():
            ref = int(ref)
            if ref > compiled.groups:
                raise UserError(f"replacement {template!r}: no group {ref} in the pattern", path, line)
        elif ref not in compiled.groupindex:
            raise UserError(f"replacement {template!r}: no group named {ref!r} in the pattern", path, line)
        else:
            ref = compiled.groupindex[ref]
        if ref in seen:
            raise UserError(f"replacement {template!r} repeats a group: the text would grow on every pass",
                            path, line)
        seen.add(ref)
        if 0 in seen and len(seen) > 1:
            raise UserError(f"replacement {template!r} repeats matched text (group 0 and another group)",
                            path, line)
