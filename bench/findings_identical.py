"""Prove a refactor or a speed change left the findings byte-identical.

    python bench/findings_identical.py snapshot before.jsonl   # on the old commit
    python bench/findings_identical.py compare before.jsonl    # on the new one: exit 1 on any change

It audits `eval/` (every docs folder), the seeds and, when present, the measurement corpus
(`../shared/corpus`) with the installed `mtaudit check --format jsonl`, once rule- and
glossary-only and once with the seed's human reference, and keeps every finding line exactly as
printed. The corpus is read, never copied: the snapshot holds findings, which the corpus owners
may see, but it stays outside the repository (write it under /tmp).
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next((p / "shared" / "corpus" / "docs" for p in ROOT.parents
               if (p / "shared" / "corpus" / "docs").is_dir()), ROOT / "no-corpus")


def _folders() -> list[Path]:
    folders = sorted(p for p in (ROOT / "eval").rglob("docs") if p.is_dir())
    folders.append(ROOT / "seeds")
    if CORPUS.is_dir():
        folders.append(CORPUS)
    return folders


def _check(paths: list[Path], *extra: str) -> list[str]:
    command = ["mtaudit", "check", "--format", "jsonl", "--exit-zero", "--quiet", *extra, *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[:6])} ... failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout.splitlines()


def findings() -> list[str]:
    lines: list[str] = []
    for folder in _folders():
        lines.append(f"## {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else 'corpus'}")
        lines += _check([folder])
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    lines.append("## seeds with --ref")
    lines += _check(seeds[:1], "--ref", str(seeds[-1]))
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("snapshot", "compare"):
        print(__doc__)
        return 2
    mode, path = argv
    now = findings()
    if mode == "snapshot":
        Path(path).write_text("\n".join(now) + "\n", encoding="utf-8")
        print(f"{sum(not line.startswith('## ') for line in now)} findings written to {path}")
        return 0
    before = Path(path).read_text(encoding="utf-8").splitlines()
    if before == now:
        print(f"identical: {sum(not line.startswith('## ') for line in now)} findings")
        return 0
    sys.stdout.writelines(line + "\n" for line in list(difflib.unified_diff(before, now, "before", "after", lineterm=""))[:200])
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
