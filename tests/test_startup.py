"""Start-up (issue 16): what a plain `mtaudit check` imports, and the caches that spare it work.

Speed itself is measured in bench/ (bench/startup.py), never here; these tests check the
mechanisms: heavy libraries stay unimported, and every cache gives back exactly what a cold
build gives, and is refused when someone else could have written it.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest

from mtaudit.core import privatecache
from mtaudit.rules import loader

HEAVY = ("numpy", "torch", "spacy", "transformers", "lxml", "jsonlines", "rich.progress", "multiprocessing",
         "mtaudit.commands.batch", "mtaudit.commands.score", "mtaudit.runners.pool", "mtaudit.models.embedding")


def test_a_plain_check_imports_no_heavy_library(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text("The minister said hello.\n", encoding="utf-8")
    code = ("import sys, json\n"
            "from mtaudit.cli import cli\n"
            "try:\n"
            f"    cli.main(['check', {str(doc)!r}], standalone_mode=False)\n"
            "finally:\n"
            "    print(json.dumps(sorted(sys.modules)))\n")
    env = dict(os.environ, MTAUDIT_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    assert "mtaudit.detectors.patterns" in modules  # the audit did run
    assert sorted(m for m in HEAVY if m in modules) == []


def test_help_still_lists_every_command():
    from click.testing import CliRunner

    from mtaudit.cli import LAZY_COMMANDS, cli

    out = CliRunner().invoke(cli, ["--help"]).output
    for name in LAZY_COMMANDS:
        assert f"\n  {name} " in out
    assert CliRunner().invoke(cli, ["batch", "--help"]).exit_code == 0


# --- the private cache ---------------------------------------------------------------------------

def test_private_cache_round_trip_and_refusals(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(folder))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    privatecache.store("thing", "k1", {"a": (1, 2)})
    path = privatecache.cache_path("thing", "k1")
    assert privatecache.load("thing", "k1", dict) == {"a": (1, 2)}
    assert privatecache.load("thing", "k1", list) is None            # not the type asked for
    data = path.read_bytes()
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))              # altered: digest mismatch
    assert privatecache.load("thing", "k1", dict) is None
    path.write_bytes(pickle.dumps({"a": 1}))                         # a bare pickle: no digest
    assert privatecache.load("thing", "k1", dict) is None
    path.write_bytes(data)
    os.chmod(path, 0o666)                                            # writable by others
    assert privatecache.load("thing", "k1", dict) is None
    os.chmod(path, 0o600)
    os.chmod(folder, 0o777)                                          # a shared directory
    assert privatecache.load("thing", "k1", dict) is None
    privatecache.store("thing", "k2", [1])                           # ... is not written to either
    assert not privatecache.cache_path("thing", "k2").exists()
    os.chmod(folder, 0o700)
    link = folder / "thing-k3.pickle"
    link.symlink_to(path)
    assert privatecache.load("thing", "k3", dict) is None            # no symlink followed
    assert privatecache.load("thing", "k1", dict) == {"a": (1, 2)}
    monkeypatch.setenv("MTAUDIT_NO_CACHE", "1")
    assert privatecache.load("thing", "k1", dict) is None


def test_digest_frames_its_parts():
    assert privatecache.digest("ab", "c") != privatecache.digest("a", "bc")
    assert privatecache.digest(b"x") == privatecache.digest("x")


# --- the compiled rule set -----------------------------------------------------------------------

def _shape(rule_set):
    return [(d.rule, d.kind, [(m.pattern, m.flags, t) for m, t in d.matchers], d.message, d.scope, d.span,
             d.unless.pattern if d.unless is not None else None, d.fix, d.terms, d.prefilters)
            for d in rule_set.rules]


def test_cached_rule_set_equals_a_fresh_compile_and_skips_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    loader._BUNDLED.clear()
    cold = loader.load_rule_files(())
    assert list(tmp_path.glob("rules-*.pickle")), "the compiled rules were not stored"
    loader._BUNDLED.clear()  # a new process: only the disk cache is left

    def no_compiling(*_a, **_k):
        raise AssertionError("a warm start compiled the bundled rules again")

    monkeypatch.setattr(loader, "_compile_file", no_compiling)
    warm = loader.load_rule_files(())
    assert warm.digest == cold.digest
    assert _shape(warm) == _shape(cold)
    text = "According to the head of the region, the sides agreed. Former Soviet republics said so."
    for a, b in zip(cold.rules, warm.rules):
        for (ma, _), (mb, _) in zip(a.matchers, b.matchers):
            assert [m.span() for m in ma.finditer(text)] == [m.span() for m in mb.finditer(text)]
    loader._BUNDLED.clear()


def test_a_changed_rule_file_misses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    raws = tuple((p, p.read_bytes()) for p in loader.bundled_rule_paths())
    changed = ((raws[0][0], raws[0][1] + b"\n# a comment\n"),) + raws[1:]
    assert loader._bundled_key(raws) != loader._bundled_key(changed)


def test_user_rule_files_are_never_taken_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "mine.yaml"
    rules.write_text(
        "rules:\n- code: MT9901\n  name: my-rule\n  category: calque\n  kind: existence\n"
        "  confidence: likely\n  message: not this word\n  why: because\n  tokens: [frobnicate]\n"
        "  bad: [We frobnicate.]\n  good: [We do not.]\n", encoding="utf-8")
    first = loader.load_rule_files([rules], bundled=False)
    rules.write_text(rules.read_text(encoding="utf-8").replace("frobnicate", "zorble"), encoding="utf-8")
    second = loader.load_rule_files([rules], bundled=False)
    assert "frobnicate" in first.rules[0].matchers[0][0].pattern
    assert "zorble" in second.rules[0].matchers[0][0].pattern
    assert not list(tmp_path.rglob("rules-*"))


# --- the word list and the misheard-name targets ------------------------------------------------

def test_chunked_word_list_answers_as_the_whole_set(tmp_path, monkeypatch):
    english_words = pytest.importorskip("english_words")
    from mtaudit.text import english_words as ours

    full = english_words.get_english_words_set(["web2"], lower=False, alpha=True)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    for warm in (False, True):  # built, then read back from the cache
        ours._chunks.cache_clear()
        ours._BUCKETS.clear()
        words = ours._words()
        sample = sorted(full)[::997] + ["", "a", "A", "zzzqx", "Moscow", "moscow", "bush", "Bush", "x y"]
        assert [w in words for w in sample] == [w in full for w in sample]
        assert [ours.is_common_word(w) for w in sample] == [w.lower() in full for w in sample]
        assert 5 not in words
    assert list(tmp_path.glob("words-*.pickle"))
    ours._chunks.cache_clear()
    ours._BUCKETS.clear()


def test_stored_misheard_targets_equal_the_built_ones(tmp_path, monkeypatch):
    from mtaudit.detectors.entities import fuzzy
    from mtaudit.glossary.loader import load_bundled

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    glossary = load_bundled()
    built = fuzzy._build_targets(glossary)
    fuzzy._stored_targets(glossary)  # cold: builds and stores
    stored = fuzzy._stored_targets(glossary)  # warm: from the cache
    assert isinstance(stored, fuzzy._StoredTargets)
    assert stored.get("no-such-skeleton", ()) == ()
    for key, targets in built.items():
        got = stored.get(key)
        assert sorted((t.surname, t.variant, t.concept.id) for t in got) == \
            sorted((t.surname, t.variant, t.concept.id) for t in targets)
        assert all(any(t.concept is c for c in glossary.concepts) for t in got[:1])
