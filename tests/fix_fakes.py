"""Test-only detectors for the fix engine, diff and review page (never registered)."""

from __future__ import annotations

import re

from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Fix

SAFE_RULE = rule("MT991", "test-lowercase-name", "name-casing", summary="test", why="test",
                 confidence="certain", bad=["trump"], good=["Trump"], applicability="safe")
UNSAFE_RULE = rule("MT992", "test-calque", "calque", summary="test", why="test",
                   confidence="likely", bad=["writes Reuters"], good=["Reuters reported"], applicability="unsafe")
NOTE_RULE = rule("MT993", "test-note", "untranslated", summary="test", why="test",
                 confidence="possible", bad=["Кремль"], good=["Kremlin"])
SHOW_RULE = rule("MT994", "test-display", "punctuation", summary="test", why="test",
                 confidence="likely", bad=["--"], good=["-"], applicability="display-only")


class PatternDetector:
    """Flags every regex match; the fix puts `replacement` (with \\1 groups) in its place."""

    needs = frozenset()

    def __init__(self, *specs):
        # specs: (rule, pattern, replacement or None, applicability or None)
        self.specs = [(r, re.compile(p), rep, app) for r, p, rep, app in specs]
        self.rules = tuple({r.code: r for r, *_ in specs}.values())
        self.name = "test-" + "-".join(r.code for r in self.rules)

    def detect(self, doc, ctx):
        for r, pattern, replacement, app in self.specs:
            for m in pattern.finditer(doc.text):
                fix = None
                if replacement is not None:
                    fix = Fix.replace(m.start(), m.end(), m.expand(replacement), Applicability(app), "test fix")
                yield r.finding(doc, m.start(), m.end(), f"test: {r.name}", fix=fix)


class EditsDetector:
    """Yields given (start, end, replacement, applicability, code-index) fixes, clipped to the text."""

    needs = frozenset()
    name = "test-edits"
    rules = (SAFE_RULE, UNSAFE_RULE)

    def __init__(self, edits):
        self.edits = edits

    def detect(self, doc, ctx):
        n, chosen = len(doc.text), {}
        for start, end, replacement, app, which in self.edits:
            start, end = sorted((min(start, n), min(end, n)))
            key = (start, end, which % 2)  # the engine keeps one finding per rule and span
            chosen[key] = min(chosen.get(key, (replacement, app)), (replacement, app))
        for (start, end, which), (replacement, app) in chosen.items():
            r = self.rules[which]
            yield r.finding(doc, start, end, "test edit",
                            fix=Fix.replace(start, end, replacement, Applicability(app), "t"))


STANDARD = PatternDetector(
    (SAFE_RULE, r"\btrump\b", "Trump", "safe"),
    (UNSAFE_RULE, r"writes (Reuters|TASS)", r"\1 reports", "unsafe"),
    (NOTE_RULE, r"[А-Яа-яЁё]+", None, None),
    (SHOW_RULE, r" -- ", " — ", "display-only"),
)


BOOM_RULE = rule("MT995", "test-boom", "punctuation", summary="test", why="test",
                 confidence="likely", bad=["x"], good=["y"])
SLOW_RULE = rule("MT6999", "test-slow", "punctuation", summary="test", why="test",
                 confidence="possible", bad=["x"], good=["y"])


class Boom:
    """A detector with a bug: raises on every document, or only on the one with id `only`
    (the internal-error paths); `rule` picks the family a --select must name to run it."""

    needs = frozenset()
    name = "test-boom"

    def __init__(self, only: str | None = None, rule=BOOM_RULE, message: str = "kaboom"):
        self.only, self.rules, self.message = only, (rule,), message

    def detect(self, doc, ctx):
        if self.only is None or doc.doc_id == self.only:
            raise RuntimeError(self.message)
        return ()


class Sleeper:
    """Finds nothing, slowly: a run that takes long enough to be interrupted midway. Its rule is
    in the MT6 family so a `--select MT6` run still runs it."""

    needs = frozenset()
    name = "test-sleeper"
    rules = (SLOW_RULE,)

    def __init__(self, seconds: float):
        self.seconds = seconds

    def detect(self, doc, ctx):
        import time

        time.sleep(self.seconds)
        return ()
