"""The rule-kind engine: runs data rules (mtaudit/rules/*.yaml, see mtaudit.rules.loader).

Each kind is coded once here (Vale's model):
- existence: any of `tokens` (regex fragments, word-bounded) is an artifact;
- substitution: each `swap` key (regex) is an artifact, its value the replacement;
- pattern: one regex; `span:` names the group that is the finding, `fix.edits` edit groups;
- capitalization: `terms` matched case-insensitively; a spelling that differs is flagged.
Every rule may narrow where it applies (`scope`: text | sentence | headline) and veto
a match (`unless`: a regex searched in the matched text). Matching runs with a
timeout so that a bad user pattern cannot hang an audit; a rule that times out is
skipped for that document with a warning.

Extra rule files: `PatternDetector(load_rule_files(paths))`, or name them in the audit spec
(`AuditSpec(rule_files=...)`): the registry loads them into `ctx.user_rules`, and the bundled
detector runs them as well.
"""

from __future__ import annotations

import bisect
import time
from functools import cached_property, lru_cache
from typing import NamedTuple

import regex

from mtaudit.rules.prefilter import Chain, chain_starts, clauses_hold, fold_for_literals
from mtaudit.rules.loader import DataRule, RuleSet, load_rule_files
from mtaudit.core.types import Edit, Fix, Span
from mtaudit.text.quote_style import document_quote_style, in_style
from mtaudit.text.views import LITERAL_HITS, RULE_REGIONS, RULE_SCOPE, TIMED_OUT_RULES

MATCH_TIMEOUT_S = 2.0
ANCHOR_SPACING = 100  # try the anchors alone when they start fewer than one position in this many


class PatternDetector:
    """Runs a RuleSet; `rules` are the Rule objects the registry and tests see."""

    name = "patterns"
    needs = frozenset()

    def __init__(self, rule_set: RuleSet | None = None) -> None:
        self._given = rule_set

    @cached_property
    def rule_set(self) -> RuleSet:
        return self._given if self._given is not None else load_rule_files(())

    @property
    def rules(self):
        return tuple(d.rule for d in self.rule_set.rules)

    def fingerprint_data(self) -> str:
        """The rule files' content hash, so the run signature changes when a file does."""
        return self.rule_set.digest

    def detect(self, doc, ctx):
        data_rules = list(self.rule_set.rules) + list(ctx.user_rules.data_rules)
        hits = literal_hits(doc, data_rules)  # the first call decides the literal set: bundled and user rules
        spans = regions(doc)
        windows: dict[str, list[Span] | None] = {}
        for data_rule in data_rules:
            plan = _plan(data_rule)
            if not any(clauses is None or hits.holds(clauses) for _, _, clauses, _ in plan):
                continue  # no matcher's literals occur: nothing to run (most rules on a short text)
            scope = data_rule.scope
            if scope not in windows:
                windows[scope] = _windows(scope, doc)
            missed: list[tuple[int, int]] = []
            yield from list(_run_plan(data_rule, plan, doc, windows[scope], hits, spans, missed.append))
            if missed:
                code = data_rule.rule.code
                where = ", ".join(f"{doc.file_line(s)}-{doc.file_line(max(e - 1, s))}" for s, e in missed[:5])
                reason = (f"{code} timed out in {len(missed)} region{'s' * (len(missed) != 1)} (lines {where}"
                          f"{', ...' if len(missed) > 5 else ''}); its findings there are missing")
                doc.view(TIMED_OUT_RULES, list).append((f"rule {code}", reason))
                ctx.warn(f"{doc.doc_id}: {reason}")


REGION_CHARS = 64 * 1024


def regions(doc) -> list[tuple[int, int]]:
    """The document cut into regions of about REGION_CHARS at paragraph breaks (a longer
    paragraph at line breaks, then at spaces), each matched under its own timeout: a pattern
    that is slow on one stretch loses that stretch only, and a big document is not lost to a
    timeout that covered the whole text. A document under REGION_CHARS is one region."""
    return doc.view(RULE_REGIONS, lambda: _regions(doc.text))


def _regions(text: str) -> list[tuple[int, int]]:
    n = len(text)
    out, start = [], 0
    while n - start > REGION_CHARS:
        limit = start + REGION_CHARS
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + REGION_CHARS // 4, limit)
            if cut >= 0:
                cut += len(sep)
                break
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def run_rule(data_rule: DataRule, doc, prefilter: bool = True, timed_out=None):
    """Yield the findings of one data rule over one document.

    With `prefilter` (same findings, see mtaudit.rules.prefilter), a matcher whose required
    literals are absent from the document is not run, and a matcher whose matches all start
    with known literals is tried only where one of them occurs (`LiteralHits`), not at every
    position. Each region (see `regions`) runs under its own timeout; a region that times out
    is passed to `timed_out` (or raises TimeoutError when none is given) and the next one runs.
    """
    yield from _run_plan(data_rule, _plan(data_rule), doc, _windows(data_rule.scope, doc),
                         literal_hits(doc) if prefilter else None, regions(doc), timed_out)


class _Matcher(NamedTuple):
    """One matcher of a data rule with what the prefilter derived for it, read once per rule
    (the detector visits every rule on every document: on a short article the per-rule work
    outweighed the matching)."""

    compiled: object
    template: str | None
    clauses: tuple | None    # required literals (None: none known)
    anchors: frozenset | None  # anchors or chains whose positions the matcher is tried at


_PLANS: dict[int, tuple[DataRule, tuple[_Matcher, ...]]] = {}


def _plan(data_rule: DataRule) -> tuple[_Matcher, ...]:
    cached = _PLANS.get(id(data_rule))
    if cached is not None and cached[0] is data_rule:
        return cached[1]
    out = []
    for i, (compiled, template) in enumerate(data_rule.matchers):
        clauses = data_rule.prefilters[i] if i < len(data_rule.prefilters) else None
        anchors = data_rule.anchors[i] if i < len(data_rule.anchors) else None
        chains = data_rule.chains[i] if i < len(data_rule.chains) else None
        if chains and not (anchors and any(guard for _, guard in anchors)):
            anchors = chains  # a guarded anchor filters by its lookbehind; else the chain's key is rarer
        out.append(_Matcher(compiled, template, clauses or None, anchors or None))
    if len(_PLANS) > 4096:  # user rule sets come and go in a long-lived process
        _PLANS.clear()
    _PLANS[id(data_rule)] = (data_rule, tuple(out))
    return _PLANS[id(data_rule)][1]


def _run_plan(data_rule: DataRule, plan, doc, windows, hits, spans, timed_out):
    for compiled, template, clauses, anchors in plan:
        starts = None
        if hits is not None:
            if clauses is not None and not hits.holds(clauses):
                continue
            if anchors is not None:
                starts = hits.chain_starts(anchors) if isinstance(next(iter(anchors)), Chain) \
                    else hits.starts(anchors)
                if starts is not None and not starts:
                    continue  # no place where a match can start: nothing to try
        for lo, hi in spans:
            try:
                found = list(_matches(data_rule, compiled, template, doc, windows, lo, hi, starts))
            except TimeoutError:
                if timed_out is None:
                    raise
                timed_out((lo, hi))
                continue
            yield from found


def sparse(starts: list[int] | None, lo: int, hi: int) -> list[int] | None:
    """`starts` when they are few enough in [lo, hi) to try one by one, else None: with dense
    anchors ("the" every 60 characters) the engine's own scan is faster."""
    if starts is None:
        return None
    first = bisect.bisect_left(starts, lo)
    return None if (bisect.bisect_left(starts, hi, first) - first) * ANCHOR_SPACING > hi - lo else starts


def _matches(data_rule: DataRule, compiled, template, doc, windows, lo: int, hi: int, starts=None):
    starts = sparse(starts, lo, hi)
    scan = compiled.finditer(doc.text, lo, hi, timeout=MATCH_TIMEOUT_S) if starts is None \
        else anchored_matches(compiled, doc.text, lo, hi, starts)
    for m in scan:
        start, end = m.span(data_rule.span) if data_rule.span else m.span()
        if start == end or not _inside(windows, m.start(), m.end()):
            continue
        if data_rule.unless is not None and data_rule.unless.search(m.group(), timeout=MATCH_TIMEOUT_S):
            continue
        if data_rule.kind == "capitalization":
            template = _canonical(data_rule.terms, m.group())
            if template is None or template == m.group():
                continue
        yield _finding(data_rule, doc, m, start, end, template)


def anchored_matches(compiled, text: str, lo: int, hi: int, starts: list[int], timeout: float | None = None):
    """What `compiled.finditer(text, lo, hi)` yields, trying only the positions in `starts`
    (sorted), where every match must begin. Matches are never empty (an anchor has at least
    two characters), so the next one is searched from the end of the last, as finditer does.
    The region's time budget is `timeout` (MATCH_TIMEOUT_S unless given), as for finditer."""
    budget = MATCH_TIMEOUT_S if timeout is None else timeout
    deadline = time.monotonic() + budget
    cursor = lo
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        at = starts[k]
        if at >= hi:
            break
        if at < cursor:
            continue
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"regex timed out after {budget} s")
        m = compiled.match(text, at, hi, timeout=left)
        if m is not None:
            yield m
            cursor = m.end()


class LiteralHits:
    """Where the literals of every bundled and user rule occur in one document's folded text:
    one Aho-Corasick pass (pyahocorasick) instead of an `in` test or a regex scan per rule."""

    def __init__(self, text: str, literals: frozenset[str]) -> None:
        self._text = text
        self._folded = fold_for_literals(text)
        self._starts: dict[str, list[int]] = {}
        self._merged: dict[frozenset, list[int]] = {}
        # positions line up with the text only when folding kept the length (always, see fold)
        self._indexed = literals if len(self._folded) == len(text) else frozenset()
        automaton = _automaton(self._indexed)
        if automaton is not None:
            add = self._starts.setdefault
            for end, literal in automaton.iter(self._folded):
                add(literal, []).append(end - len(literal) + 1)
        self._found = frozenset(self._starts)

    def holds(self, clauses) -> bool:
        """`clauses_hold(clauses, self.present)`, with a set operation per clause: a clause of
        indexed literals that shares none with the literals found cannot hold."""
        found = self._found
        for clause in clauses:
            if clause.isdisjoint(found) and (clause <= self._indexed or not any(map(self.present, clause))):
                return False
        return True

    def present(self, literal: str) -> bool:
        """Whether the folded text holds `literal` (a literal of no indexed rule is searched)."""
        if literal in self._starts:
            return True
        return literal not in self._indexed and literal in self._folded

    def starts(self, anchors) -> list[int] | None:
        """Sorted positions where some anchor starts (and its lookbehind guard's literal stands
        close enough before it); None = not known (then the engine scans everywhere)."""
        cached = self._merged.get(anchors)
        if cached is None:
            literals, guards, needed = _anchor_table(anchors)
            if not needed <= self._indexed:
                return None
            found: set[int] = set()
            for literal in literals & self._found:  # an anchor whose literal is absent starts nothing
                at = self._starts[literal]
                for guard in guards[literal]:
                    if guard is None:
                        found.update(at)
                        continue
                    near = self._positions(guard.literals)
                    shortest = min(map(len, guard.literals))
                    for s in at:  # some guard literal must lie inside [s - width, s)
                        i = bisect.bisect_left(near, s - guard.width)
                        if i < len(near) and near[i] <= s - shortest:
                            found.add(s)
            cached = self._merged[anchors] = sorted(found)
        return cached

    def chain_starts(self, chains) -> list[int] | None:
        """Sorted positions where a match can start by some chain: each occurrence of its key,
        walked back over the tokens before it (prefilter.chain_starts); None = not known."""
        cached = self._merged.get(chains)
        if cached is None:
            keys = _chain_keys(chains)
            if not keys <= self._indexed:
                return None
            cached = self._merged[chains] = [] if keys.isdisjoint(self._found) else \
                chain_starts(self._text, self._folded, chains, lambda key: self._starts.get(key, ()))
        return cached

    def _positions(self, literals: frozenset[str]) -> list[int]:
        cached = self._merged.get(literals)
        if cached is None:
            cached = self._merged[literals] = sorted(p for lit in literals for p in self._starts.get(lit, ()))
        return cached


@lru_cache(maxsize=4096)
def _anchor_table(anchors: frozenset) -> tuple[frozenset[str], dict[str, tuple], frozenset[str]]:
    """An anchor set read once: its literals, the guards of each, and every literal it needs
    indexed (anchors and guards). A document then visits only the anchors whose literal occurs."""
    guards: dict[str, list] = {}
    needed: set[str] = set()
    for literal, guard in anchors:
        guards.setdefault(literal, []).append(guard)
        needed.add(literal)
        if guard is not None:
            needed |= guard.literals
    return frozenset(guards), {k: tuple(v) for k, v in guards.items()}, frozenset(needed)


@lru_cache(maxsize=4096)
def _chain_keys(chains: frozenset) -> frozenset[str]:
    return frozenset(chain.key for chain in chains)


@lru_cache(maxsize=8)
def _automaton(literals: frozenset[str]):
    """One automaton per set of rule literals (the bundled set, or it plus a user's rule files)."""
    if not literals:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


_LITERALS: dict[tuple[int, ...], tuple[list, frozenset[str]]] = {}


def _rule_literals(data_rules) -> frozenset[str]:
    """Every clause literal and anchor of these rules (once per list of rule objects)."""
    key = tuple(map(id, data_rules))
    cached = _LITERALS.get(key)
    if cached is None or any(a is not b for a, b in zip(cached[0], data_rules)):
        out: set[str] = set()
        for d in data_rules:
            for clauses in d.prefilters:
                for clause in clauses:
                    out |= clause
            for anchors in d.anchors:
                for literal, guard in anchors or ():
                    out.add(literal)
                    out |= guard.literals if guard else frozenset()
            for chains in getattr(d, "chains", ()):
                out.update(chain.key for chain in chains or ())
        if len(_LITERALS) > 8:
            _LITERALS.clear()
        cached = _LITERALS[key] = (list(data_rules), frozenset(out))
    return cached[1]


def literal_hits(doc, data_rules=None) -> LiteralHits:
    """The document's LiteralHits, computed once (for the bundled rules unless `data_rules`)."""
    rules = data_rules if data_rules is not None else DETECTOR.rule_set.rules
    return doc.view(LITERAL_HITS, lambda: LiteralHits(doc.text, _rule_literals(rules)))


def _finding(data_rule: DataRule, doc, m, start: int, end: int, template: str | None):
    spec = data_rule.fix
    replacement = None
    edits: list[Edit] = []
    if data_rule.kind == "capitalization":
        replacement = template
    elif template is not None:  # substitution
        replacement = _match_case(m.expand(template), doc.text[start:end])
    elif spec and spec.replacement is not None:
        replacement = _unquoted(m.expand(spec.replacement), m, spec.unquote)
    if spec and spec.edits:
        edits = [Edit(*m.span(group), m.expand(t)) for group, t in spec.edits if m.start(group) >= 0]
    elif replacement is not None:
        edits = [Edit(start, end, replacement)]
    if edits and any("“" in e.replacement or "”" in e.replacement for e in edits):
        style = document_quote_style(doc)
        edits = [Edit(e.start, e.end, in_style(e.replacement, style)) for e in edits]
    fix = Fix(tuple(edits), spec.applicability, spec.title) if spec and edits else None
    fields = {k: v or "" for k, v in m.groupdict().items()}
    message = data_rule.message.format(match=doc.text[start:end], replacement=replacement or "", **fields)
    return data_rule.rule.finding(doc, start, end, message, fix=fix)


_QUOTED_NAME = regex.compile(r"[“\"«„]([^”\"»“\n]{1,60})[”\"»“]")


def _unquoted(replacement: str, m, groups: tuple[str, ...]) -> str:
    """The replacement with the names of `groups` out of their quotation marks: Russian quotes
    the name of an outlet or a firm («Известия», ООО «Ромашка»), English does not, so a fix
    that moves "write “Izvestia”" says "Izvestia writes"."""
    for group in groups:
        value = m.group(group) if group in m.re.groupindex else None
        if value and _QUOTED_NAME.search(value):
            replacement = replacement.replace(value, _QUOTED_NAME.sub(r"\1", value), 1)
    return replacement


def _match_case(replacement: str, original: str) -> str:
    """Keep a sentence-initial capital: "At the legislative level" -> "By law"."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _canonical(terms: tuple[str, ...], found: str) -> str | None:
    folded = found.casefold()
    return next((t for t in terms if t.casefold() == folded), None)


# --- scopes ----------------------------------------------------------------------------------

def _windows(scope: str, doc) -> list[Span] | None:
    """The spans a match must lie inside for this scope; None = anywhere."""
    if scope == "text":
        return None
    return doc.view(RULE_SCOPE, lambda: doc.sentences if scope == "sentence" else doc.headlines, key=scope)


_STARTS: dict[int, tuple[list, list[int]]] = {}  # id(windows) -> (windows, their starts), one entry


def _inside(windows: list[Span] | None, start: int, end: int) -> bool:
    if windows is None:
        return True
    cached = _STARTS.get(id(windows))
    if cached is None or cached[0] is not windows:  # the starts once per window list, not per match
        _STARTS.clear()
        cached = _STARTS[id(windows)] = (windows, [w.start for w in windows])
    i = bisect.bisect_right(cached[1], start) - 1
    return i >= 0 and windows[i].start <= start and end <= windows[i].end


DETECTOR = PatternDetector()
