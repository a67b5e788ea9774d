"""The required-literal pre-check never changes a finding (mtaudit.rules.prefilter).

Every bundled rule is loaded afresh, so a rule added to the YAML files is covered too.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtaudit.detectors.patterns import run_rule
from mtaudit.text.document import Document
from mtaudit.rules.prefilter import fold_for_literals, required_clauses
from mtaudit.rules.loader import load_rule_files

RULES = load_rule_files(()).rules
EXAMPLES = [e.text for d in RULES for e in d.rule.bad + d.rule.good]
NEWS = ("The Kremlin said on Monday that talks with Ukraine would resume next week, according to "
        "officials. Prices rose 3,4 percent in 2021 year, the ministry reported. “We will respond,” "
        "he told reporters. As noted by Reuters, the head of the Russian Foreign Ministry, Sergei "
        "Lavrov, met his counterpart. It is planned that the law will be adopted in the nearest time. "
        "On the eve, sources of the agency said the company organized a check on the fact of fraud.")
NEWS_WORDS = NEWS.split()


def _findings(data_rule, text: str, prefilter: bool):
    doc = Document(text, doc_id="t")
    return [(f.code, f.start, f.end, f.message, f.fix) for f in run_rule(data_rule, doc, prefilter=prefilter)]


def _same(data_rule, text: str) -> None:
    assert _findings(data_rule, text, True) == _findings(data_rule, text, False), data_rule.rule.code


def test_most_pattern_rules_get_a_precheck():
    """The pre-check must actually apply (else it is dead code): most calque matchers have one."""
    calques = [p for d in RULES if d.rule.code.startswith("MT2") for p in d.prefilters]
    assert calques and sum(bool(p) for p in calques) > 0.8 * len(calques)


@pytest.mark.parametrize("data_rule", RULES, ids=lambda d: d.rule.code)
def test_every_example_gives_the_same_findings(data_rule):
    for text in EXAMPLES:
        _same(data_rule, text)


@pytest.mark.parametrize("data_rule", RULES, ids=lambda d: d.rule.code)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_generated_texts_give_the_same_findings(data_rule, data):
    own = [e.text for e in data_rule.rule.bad + data_rule.rule.good]
    words = [w for t in own for w in t.split()] + NEWS_WORDS
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))
    pieces = []
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(("own", "shuffled", "news", "mixed", "case")))
        if kind == "own":
            pieces.append(rng.choice(own))
        elif kind == "shuffled":
            pieces.append(" ".join(rng.sample(words, min(len(words), rng.randint(3, 25)))))
        elif kind == "news":
            pieces.append(" ".join(rng.choice(NEWS_WORDS) for _ in range(rng.randint(5, 40))))
        elif kind == "mixed":  # an example cut and spliced into news text
            text = rng.choice(own)
            cut = rng.randint(0, len(text))
            pieces.append(text[:cut] + " " + rng.choice(NEWS_WORDS) + " " + text[cut:])
        else:
            text = rng.choice(own)
            pieces.append(text.upper() if rng.random() < 0.5 else text.swapcase())
    sep = data.draw(st.sampled_from((" ", "\n\n", ". ", ", ")))
    _same(data_rule, sep.join(pieces) + data.draw(st.text(max_size=20)))


def test_exotic_case_variants_give_the_same_findings():
    for data_rule in RULES:
        for text in EXAMPLES[:200]:
            _same(data_rule, text.replace("i", "\u0130").replace("s", "\u017f"))


def test_seeds_give_the_same_findings():
    root = Path(__file__).resolve().parent.parent
    for path in sorted((root / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for data_rule in RULES:
            _same(data_rule, text)


def test_a_document_without_the_literals_is_not_scanned():
    clauses = required_clauses(regex.compile(r"(?<=,\s+)(?:said|told)\s+(?:in|to)\b"))
    assert clauses == (frozenset({"said", "told"}),)
    data_rule = next(d for d in RULES if any(d.prefilters))
    calls = []

    class Spy:
        def __init__(self, compiled):
            self.compiled, self.groupindex = compiled, compiled.groupindex

        def finditer(self, *args, **kwargs):
            calls.append(1)
            return self.compiled.finditer(*args, **kwargs)

    spied = dataclasses.replace(data_rule, matchers=tuple((Spy(c), t) for c, t in data_rule.matchers))
    assert list(run_rule(spied, Document("Nothing relevant here at all.", doc_id="t"))) == []
    scanned = sum(not p for p in data_rule.prefilters)
    assert len(calls) == scanned


@pytest.mark.parametrize("pattern", [
    r"(?:said){e<=1}",            # fuzzy matching: "sayd" matches
    r"(said)\s+\1",               # back-reference
    r"(?|said|told)",             # branch reset
    r"[[:alpha:]]said",           # POSIX class
    r"\Ksaid",                    # regex-only escape
    r"(?V1)said",                 # version 1 syntax
    r"(?x) s a i d",              # verbose
    r"(?:said)?",                 # optional
    r"\N{LATIN SMALL LETTER A}bcdef",
])
def test_constructs_it_does_not_understand_derive_nothing(pattern):
    assert required_clauses(regex.compile(pattern)) == ()


def test_alternation_needs_a_literal_in_every_branch():
    assert required_clauses(regex.compile(r"\b(?:said|\w+ed)\b")) == ()
    clauses = required_clauses(regex.compile(r"(?i:[Ss]aid|told)\s+(?:him|them)"))
    assert set(clauses) == {frozenset({"said", "told"}), frozenset({"him", "them"})}


def test_most_calques_get_an_anchor_and_the_lookbehind_ones_too():
    """Anchors must apply (else the literal pass is dead code), also behind an opening lookbehind."""
    calques = [a for d in RULES if d.rule.code.startswith("MT2") for a in d.anchors]
    # rules that open on a two-letter word ("on the 33rd week", "It became known about") with no
    # lookbehind of its own cannot be anchored (MIN_ANCHOR = 3): 108 of 217 today
    assert sum(a is not None for a in calques) > 0.45 * len(calques)
    said = next(d for d in RULES if d.rule.name == "attribution-inverted-with-phrase")  # opens with (?<=...)
    assert said.matchers[0][0].pattern.startswith("(?<=") and {"said", "told"} <= {a for a, _ in said.anchors[0]}


def test_every_bad_example_holds_the_literals_and_starts_at_an_anchor():
    """A literal wrongly required would lose findings: every match of a bad example holds a
    literal of each clause (in the folded text) and starts where one of the anchors starts."""
    for data_rule in RULES:
        for example in data_rule.rule.bad:
            folded = fold_for_literals(example.text)
            for i, (compiled, _) in enumerate(data_rule.matchers):
                for m in compiled.finditer(example.text):
                    assert all(any(lit in folded for lit in clause) for clause in data_rule.prefilters[i])
                    anchors = data_rule.anchors[i]
                    assert anchors is None or any(folded.startswith(a, m.start()) and _guarded(folded, m.start(), g)
                                                  for a, g in anchors), \
                        (data_rule.rule.code, example.text, m.group())


def _guarded(folded: str, start: int, guard) -> bool:
    return guard is None or any(lit in folded[max(0, start - guard.width):start] for lit in guard.literals)


def test_a_wrongly_required_literal_would_be_caught():
    """The check above is not vacuous: a rule whose anchor is made wrong loses its finding."""
    data_rule = next(d for d in RULES if d.rule.name == "attribution-inverted-with-phrase")
    broken = dataclasses.replace(data_rule, anchors=(frozenset({("told", None)}),))  # "said" left out
    text = data_rule.rule.bad[0].text
    assert " said " in text and "told" not in text
    assert _findings(data_rule, text, True) and not _findings(broken, text, True)


def test_anchors_of_simple_patterns():
    from mtaudit.rules.prefilter import Guard, analyse

    def anchors(pattern):
        found = analyse(regex.compile(pattern)).anchors
        return None if found is None else {a for a, _ in found}

    assert anchors(r"\b(?:grew|rose)\s+for\b") == {"grew", "rose"}
    assert anchors(r"(?<=,\s)(?P<v>said|told)\s+to") == {"said", "told"}
    assert anchors(r"(?:said)?told") == {"saidtold", "told"}
    assert anchors(r"(?:ab)+cde") is None  # "ab" is too short to anchor without a guard
    assert anchors(r"\w+said") is None
    assert anchors(r"(?:said|\d+)\s") is None
    assert anchors(r"(?<=\b(?:grew|rose)\s+)(?:for|by)\s") is None  # unbounded lookbehind: no guard
    guarded = analyse(regex.compile(r"(?<=\b(?:grew|rose)[^.]{0,40}?\s)(?:for|by)\s+\d")).anchors
    assert guarded == {("for", Guard(frozenset({"grew", "rose"}), 45)), ("by", Guard(frozenset({"grew", "rose"}), 45))}


def test_a_guarded_anchor_needs_its_guard_close_before():
    data_rule = next(d for d in RULES if d.rule.name == "change-with-calqued-preposition")
    assert any(g is not None for a, g in data_rule.anchors[0])
    near = "Exports rose by 8% in comparison with September."
    far = "Exports rose " + "x" * 80 + " in comparison with September."
    assert _findings(data_rule, near, True) == _findings(data_rule, near, False) != []
    assert _findings(data_rule, far, True) == _findings(data_rule, far, False) == []


def test_case_insensitive_matches_fold_to_the_ascii_literal():
    """Why searching the folded text is sound: every char regex matches to an ASCII letter folds to it."""
    everything = "".join(chr(u) for u in range(0x110000) if not 0xD800 <= u <= 0xDFFF)
    for c in "abcdefghijklmnopqrstuvwxyz0123456789":
        for flags in (regex.IGNORECASE, regex.IGNORECASE | regex.V1):
            for found in set(regex.findall(regex.escape(c), everything, flags)):
                assert fold_for_literals(found) == c, (c, found)
    assert fold_for_literals("SA\u0130D") == "said"
    for c in " !\"#%&',-./:;<=>@_`~()[]{}*+?|^$\\":  # anchors may hold these: only they match themselves
        for found in set(regex.findall(regex.escape(c), everything, regex.IGNORECASE)):
            assert found == c, (c, found)


def test_chains_walk_back_from_a_longer_literal():
    """A pattern opening with a frequent or short word gets a chain: its longer literal further in,
    and the literals and runs of spaces before it, nearest first."""
    from mtaudit.rules.prefilter import Run, analyse

    def chains(pattern):
        found = analyse(regex.compile(pattern)).chains
        return None if found is None else {(c.key, c.before) for c in found}

    space = Run(r"\s", 1)
    assert chains(r"\b(?:[Tt]he\s+)?head\s+of\b") == {("head", ()), ("head", (space, "the"))}
    assert chains(r"\b(?:at|on)\s+the\s+level\s+of") == {("level", (space, "the", space, "at")),
                                                          ("level", (space, "the", space, "on"))}
    assert chains(r"\bin\s*[,:]?\s+\d") is None       # no literal long enough to look up
    assert chains(r"\s+said") is None                  # a match may start with a space
    assert chains(r"\w+\s+level") is None              # ... or with any word


def test_a_chain_finds_the_start_through_any_spaces():
    """The walk back takes Unicode spaces as `regex`'s \\s does, and refuses a missing literal."""
    from mtaudit.rules.prefilter import Run, chain_start

    before = (Run(r"\s", 1), "the")
    text = "At\u00a0the\u2009\u00a0head of state"
    assert chain_start(text, fold_for_literals(text), text.index("head"), before) == 3
    other = "At a  head of state"
    assert chain_start(other, fold_for_literals(other), other.index("head"), before) is None


def test_every_bad_example_starts_where_a_chain_walks_back_to():
    """A chain that missed a start would lose findings: every match of a bad example starts where
    some chain of its matcher, walked back from an occurrence of the key, arrives."""
    from mtaudit.rules.prefilter import chain_start

    checked = 0
    for data_rule in RULES:
        for example in data_rule.rule.bad:
            folded = fold_for_literals(example.text)
            for i, (compiled, _) in enumerate(data_rule.matchers):
                chains = data_rule.chains[i]
                if chains is None:
                    continue
                starts = {chain_start(example.text, folded, at, c.before)
                          for c in chains for at in range(len(folded)) if folded.startswith(c.key, at)}
                for m in compiled.finditer(example.text):
                    assert m.start() in starts, (data_rule.rule.code, example.text, m.group())
                    checked += 1
    assert checked > 50


def test_a_wrong_chain_would_be_caught():
    """The comparison tests are not vacuous for chains: a chain that walks back over the wrong
    literal loses the finding."""
    from mtaudit.rules.prefilter import Chain

    data_rule = next(d for d in RULES if d.rule.name == "legislative-level")
    assert data_rule.chains[0] and all(c.before for c in data_rule.chains[0])
    broken = dataclasses.replace(data_rule, anchors=(None,) * len(data_rule.matchers),
                                 chains=tuple(None if c is None else frozenset(Chain(x.key, x.before[:-1] + ("in",)) for x in c)
                                              for c in data_rule.chains))
    text = data_rule.rule.bad[0].text
    assert _findings(data_rule, text, True) == _findings(data_rule, text, False) != []
    assert _findings(broken, text, True) != _findings(data_rule, text, True)
