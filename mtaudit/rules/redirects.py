"""Retired rule codes and where their work went, read from `mtaudit/data/code_redirects.tsv`.

When rules are merged into one family rule, the old codes keep working, as in ruff: a
selection, a configuration file, a reviewer decision or `mtaudit rule OLD` naming a retired
code means the code that replaced it. The table is data (one `old<TAB>new` a line); chains
(a code retired into a code that was itself retired later) are followed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "code_redirects.tsv"


@lru_cache(maxsize=1)
def redirects() -> dict[str, str]:
    """Every retired code mapped to the live code that does its work now (chains resolved)."""
    raw: dict[str, str] = {}
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        old, new = (part.strip() for part in line.split("\t")[:2])
        if old in raw:
            raise ValueError(f"{TABLE}:{number}: {old} is redirected twice")
        raw[old] = new
    resolved: dict[str, str] = {}
    for old in raw:
        seen, code = {old}, raw[old]
        while code in raw:
            if code in seen:
                raise ValueError(f"{TABLE}: redirect loop through {code}")
            seen.add(code)
            code = raw[code]
        resolved[old] = code
    return resolved


def canonical(code: str) -> str:
    """The live code for `code` (itself when it was never retired)."""
    return redirects().get(code, code)


@lru_cache(maxsize=None)
def aliases(code: str) -> tuple[str, ...]:
    """The retired codes whose work `code` does now, sorted."""
    return tuple(sorted(old for old, new in redirects().items() if new == code))
