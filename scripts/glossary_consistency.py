"""Print the consistency report of the bundled glossary (see mtaudit/glossary/consistency.py).

Usage: python scripts/glossary_consistency.py [--all]   (exit 1 when a breaking problem exists)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mtaudit.glossary.consistency import BREAKING, check  # noqa: E402
from mtaudit.glossary.loader import bundled_files, merge_bundled  # noqa: E402


def main() -> int:
    problems = check(merge_bundled(bundled_files()))
    counts = Counter(p.kind for p in problems)
    show_all = "--all" in sys.argv
    for p in problems:
        if show_all or p.kind in BREAKING:
            print(p)
    print("summary: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no problems"))
    return 1 if any(p.kind in BREAKING for p in problems) else 0


if __name__ == "__main__":
    raise SystemExit(main())
