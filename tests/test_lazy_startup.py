"""Start-up in proportion to the text (issue 16, session 30): the calque tables' patterns are
compiled only when a text holds their literals (core/lazyregex.py, detectors/pattern_table.py),
and what is slow to derive from the bundled data is kept in the private cache under a digest of
everything it is derived from (core/privatecache.py). Each mechanism must give exactly what the
eager code gave."""

from __future__ import annotations

import json
import os
import pickle
import random
import subprocess
import sys

import pytest
import regex

from mtaudit.core import privatecache
from mtaudit.core.lazyregex import LazyPattern, compiled, source
from mtaudit.detectors import calques_collocations, calques_terms
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.rules import safety


# --- the lazy pattern ---------------------------------------------------------------------------

def test_a_lazy_pattern_compiles_at_its_first_use_and_then_answers_as_regex_does():
    lazy = LazyPattern(r"(?<![\w-])(?P<h>solar\s+batter(?:y|ies))(?![\w-])", regex.IGNORECASE)
    assert not lazy.is_compiled
    assert source(lazy) == (lazy.pattern, regex.IGNORECASE)   # readable without compiling
    assert not lazy.is_compiled
    eager = regex.compile(lazy.pattern, regex.IGNORECASE)
    text = "Two Solar Batteries and a solar battery-pack; solar batteryless."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.is_compiled
    assert lazy.flags == eager.flags and lazy.groupindex == eager.groupindex
    assert lazy.search(text, 0, 30).span() == eager.search(text, 0, 30).span() == (4, 19)
    assert lazy.search(text, 20) is None and eager.search(text, 20) is None
    assert compiled(lazy) is compiled(lazy) and compiled(eager) is eager


def test_a_lazy_pattern_pickles_as_its_source_and_compares_by_it():
    lazy = LazyPattern(r"contact\s+network", regex.IGNORECASE)
    lazy.search("a contact network")
    back = pickle.loads(pickle.dumps(lazy))
    assert not back.is_compiled
    assert back == lazy and hash(back) == hash(lazy)
    assert back != LazyPattern(r"contact\s+network")   # other flags: another pattern


# --- the tables compile only the rows a text can match ------------------------------------------

def test_a_table_compiles_only_the_rows_whose_literals_occur(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)

    def table():
        return PatternTable("test-lazy", [LazyPattern(r"(?:entered|enters)\s+the\s+composition\s+of", regex.I),
                                          LazyPattern(r"\bpassing\s+treatment\b", regex.I)])

    text = "The corvette entered the composition of the fleet."
    table().literals()  # a cold analysis compiles every row, once per change of the table
    warm = table()
    assert [m.group() for _, m in warm.matches(text)] == ["entered the composition of"]
    assert [p.is_compiled for p in warm.patterns] == [True, False]


_TEXT = "The weather was fine.\n"
_COUNT = """
import json, sys
from mtaudit.cli import cli
from mtaudit.detectors import (calques_collocations as c, calques_terms as t, calques_slot_frames as s,
                               calques_word_senses as w, calques_frames_table as f, glosses_lines as g)
try:
    cli.main(['check', '--no-lm', sys.argv[1]], standalone_mode=False)
except SystemExit:
    pass
text = open(sys.argv[1], encoding='utf-8').read()
out = {}
for name, table in (('collocations', c.table()), ('terms', t.table()), ('slot-frames', s.table()),
                    ('word-senses', w.word_table()), ('frames', f.table())):
    out[name] = [len(table.patterns), [i for i, p in enumerate(table.patterns) if p.is_compiled],
                 [i for i, _ in table.candidates(text)]]
out['furniture'] = g._furniture.cache_info().currsize
print(json.dumps(out))
"""


def test_a_plain_check_compiles_only_the_table_rows_its_text_can_match(tmp_path):
    """`mtaudit check` of one sentence, then which rows of each calque table it compiled: only the
    table's candidates for the text (rows whose literals occur, or that have none to look for),
    where every row (~2,000) was compiled before; and the page-furniture table not at all."""
    doc = tmp_path / "one.txt"
    doc.write_text(_TEXT, encoding="utf-8")
    env = dict(os.environ)
    env.pop("MTAUDIT_NO_CACHE", None)  # the user's cache: the first run fills it if it is cold
    for run in ("first", "warm"):  # then the second reads the tables' analysis, as every later run
        done = subprocess.run([sys.executable, "-c", _COUNT, str(doc)], capture_output=True, text=True,
                              env=env, timeout=600)
        assert done.returncode == 0, done.stderr
        counts = json.loads(done.stdout.splitlines()[-1])
        assert counts.pop("furniture") == 0, run  # no line opens like page furniture
        for name, (rows, compiled_rows, candidates) in counts.items():
            assert rows > 10, name
            if run == "warm":
                assert compiled_rows == candidates, name
                assert len(candidates) <= 2, (name, candidates)


def _naive_flags_span(text, start, end):
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    for entry in calques_collocations.collocations():
        for m in entry.pattern.finditer(text, lo, hi):
            if m.start() < end and start < m.end() and entry.in_context(text, m.start(), m.end()):
                return True
    return False


def test_the_lookups_around_a_candidate_skip_only_rows_that_cannot_match():
    """flags_span asks only the rows PatternTable.possible keeps: the same answers as asking all."""
    entries = calques_collocations.collocations()
    text = "\n".join(b for e in entries[:120] for b in e.bads) + "\n" + \
        "\n".join(q for e in entries[:120] for q in e.quiets)
    rng = random.Random(5)
    for _ in range(60):
        start = rng.randrange(len(text) - 30)
        end = start + rng.randrange(5, 30)
        assert calques_collocations.flags_span(text, start, end) == _naive_flags_span(text, start, end)
    terms = calques_terms.terms()
    possible = set(calques_terms.table().possible(text))
    for i, term in enumerate(terms):
        if i not in possible:
            assert term.pattern.search(text) is None, term.ru


# --- the safety check's fast path -----------------------------------------------------------------

@pytest.mark.parametrize("pattern", [r"(a+)+", r"(\w*\s?)*", r"(?:x|y+){2,}", r"((ab)+c)*", r"(a|b)+",
                                     r"(?:\s+\w+)+", r"[(]+", r"\(a+\)+", r"(a{2,})*", r"(a+)?+", r"(a+){2}"])
def test_the_safety_fast_path_agrees_with_the_walk(pattern):
    assert safety.catastrophic_problem(pattern) == _walk_only(pattern)


def test_the_safety_fast_path_agrees_with_the_walk_on_every_table_pattern():
    patterns = [e.pattern.pattern for e in calques_terms.terms()] + \
        [e.pattern.pattern for e in calques_collocations.collocations()]
    for p in patterns:
        assert safety.catastrophic_problem(p) == _walk_only(p)


def _walk_only(pattern):
    """catastrophic_problem without its fast path: the character walk alone."""
    gate = safety._CLOSE_THEN_REPEAT
    try:
        safety._CLOSE_THEN_REPEAT = regex.compile(r"(?s).?")  # always "found": the walk runs
        return safety.catastrophic_problem(pattern)
    finally:
        safety._CLOSE_THEN_REPEAT = gate


# --- derived data kept in the private cache -------------------------------------------------------

def test_memo_builds_once_per_key_and_a_changed_part_misses(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    built = []

    def build():
        built.append(1)
        return {"value": len(built)}

    assert privatecache.memo("test-memo", ("data v1",), build, dict) == {"value": 1}
    assert privatecache.memo("test-memo", ("data v1",), build, dict) == {"value": 1}  # from the cache
    assert privatecache.memo("test-memo", ("data v2",), build, dict) == {"value": 2}  # a new key
    assert len(built) == 2


def test_the_package_digest_changes_with_any_file_of_the_package(tmp_path, monkeypatch):
    """memo_bundled keys on every file of the package: a copy with one data byte changed differs."""
    import shutil
    from pathlib import Path

    package = Path(privatecache.__file__).resolve().parent.parent
    copy = tmp_path / "mtaudit"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "*.npz", "*.gz"))
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from mtaudit.core import privatecache; "
            "print(privatecache.package_digest())")
    run = lambda: subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                                 check=True, cwd=tmp_path).stdout.strip()
    first = run()
    assert first == run()
    data = copy / "data" / "calque_terms.yaml"
    data.write_bytes(data.read_bytes() + b"\n")
    assert run() != first


@pytest.mark.parametrize("name", ["terms", "collocations"])
def test_cached_tables_equal_a_fresh_build(name, tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    cached, fresh = {"terms": (calques_terms.terms, calques_terms._build_terms),
                     "collocations": (calques_collocations.collocations,
                                      calques_collocations._build_collocations)}[name]
    cached.cache_clear()
    first = cached()   # built and stored here (a new cache directory)
    cached.cache_clear()
    second = cached()  # read back
    cached.cache_clear()
    assert first == second == fresh()
    assert [source(e.pattern) for e in second] == [source(e.pattern) for e in fresh()]


def test_yaml_data_from_the_cache_equals_a_parse(tmp_path, monkeypatch):
    from mtaudit.core import yamlsafe

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    text = "a: [1, 2.5, x]\nb: &r {c: true, d: null}\ne: *r\n"
    first, second = yamlsafe.load_data(text), yamlsafe.load_data(text)
    assert first == second == yamlsafe._parse_data(text)
    assert second["b"] is second["e"]  # an alias stays one object
    second["a"].append(3)
    assert yamlsafe.load_data(text)["a"] == [1, 2.5, "x"]  # each caller gets its own values


def test_the_compact_lemma_table_answers_as_the_table():
    """all_lemmas and verb_forms read a compact copy of the table (kept in the private cache):
    the answers are those the table gives (tests/test_lemma_table.py checks the table itself
    against lemminflect)."""
    from mtaudit.text import lemma_table

    table = lemma_table._table()
    if table is None:
        pytest.skip("lemminflect's data is not installed")

    def from_table(word):
        found = table.get(word.lower())
        if not found:
            return {}
        if word.isupper():
            return {pos: tuple(f.upper() for f in forms) for pos, forms in found.items()}
        if word[:1].isupper():
            return {pos: tuple(f.capitalize() for f in forms) for pos, forms in found.items()}
        return {pos: tuple(f.lower() for f in forms) for pos, forms in found.items()}

    words = sorted(table)
    for word in random.Random(11).sample(words, 3000) + ["said", "Said", "SAID", "'d", "Svalbard", "qwertyzz"]:
        assert lemma_table.all_lemmas(word) == from_table(word), word
    index = lemma_table._verb_index()
    for lemma in random.Random(12).sample(sorted(index), 500) + ["make", "be"]:
        assert lemma_table.verb_forms(lemma) == index[lemma] | {lemma}
