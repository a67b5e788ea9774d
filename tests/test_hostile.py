"""Regression tests for the adversarial review (issue 18): hostile input, big input, careless use.

Each test failed before its fix. Growth is checked with generous time bounds on inputs where
the old code took tens of seconds or minutes (a linear run takes milliseconds), so the bounds
catch a super-linear regression without timing normal work.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from mtaudit.cli import cli
from mtaudit.audit.decisions import parse_decisions
from mtaudit.detectors import glosses
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.audit.fixes import fix_document
from mtaudit.glossary.schema import parse_yaml
from mtaudit.text.document import read_document
from mtaudit.report import diff
from mtaudit.rules.loader import load_rule_files, load_rule_text

from fix_fakes import STANDARD
from work_count import python_calls

ROOT = Path(__file__).resolve().parent.parent


def run(*args, **kw):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]], **kw)


def _timed(fn, *args):
    """CPU seconds, not wall clock: on a loaded machine the wall clock fails a linear run."""
    t = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t


# --- the editorial-note pattern: whitespace runs ------------------------------------------------

_OLD_DASH = r"(?:\s*[—–]|\s+-{1,2})\s*"


@settings(max_examples=40, deadline=None)
@given(ws=st.sampled_from([" ", "\n", "\t", "\u00a0", " \n"]), n=st.integers(3000, 12000),
       around=st.sampled_from(["x{}x", "({}", "{}—", "a{}-b", "{}"]))
def test_note_pattern_is_linear_on_whitespace_runs(ws, n, around):
    text = around.format(ws * (n // len(ws)))
    _, took = _timed(lambda: list(glosses._note_pattern().finditer(text)))
    assert took < 0.5, f"{took:.2f}s on {len(text)} chars: backtracking"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(" \n\t-—–()[]x.") + ["ed.", "prim. red.", "approx. ed.", "Ed.",
                                                            " - ed.", " — prim. red."]),
                max_size=40).map("".join))
def test_note_pattern_finds_what_the_old_one_found(text):
    import re

    from mtaudit.text import lexicon
    notes = glosses._alternation(lexicon.words("editor_notes.txt"), flexible_dots=True)
    # the old pattern with today's "(translator's note: ...)" tail: only the whitespace runs changed
    old = re.compile(r"(?i)\s*(?:\((?:" + notes + r")(?:\s*[:—–]\s*[^()\[\]\n]{1,300})?\)|\[(?:" + notes + r")\]|" + _OLD_DASH +
                     r"(?:" + notes + r")(?=[\s)\]]|$))")
    assert [m.span() for m in glosses._note_pattern().finditer(text)] == [m.span() for m in old.finditer(text)]


# --- YAML: alias bombs and nodes never rendered ---------------------------------------------------

def _lol(depth: int = 9) -> str:
    lines = ["&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    names = "abcdefghij"
    for i in range(1, depth):
        lines.append(f"&{names[i]} [" + ", ".join([f"*{names[i - 1]}"] * 9) + "]")
    return "[" + ", ".join(lines) + "]"


@pytest.mark.parametrize("where", ["key", "value"])
def test_billion_laughs_glossary_is_refused_fast(where):
    text = f"? {_lol()}\n: x\n" if where == "key" else f"concepts: {_lol()}\n"
    with pytest.raises(UserError, match="expand|alias") as info:
        _, took = _timed(parse_yaml, text, "g.yaml")
    assert len(info.value.render()) < 300


RULE = """rules:
- code: MT990
  name: test-rule
  kind: existence
  category: calque
  confidence: likely
  message: 'found {match}'
  why: because
  tokens: ['at the legislative level']
  bad: ['They banned it at the legislative level.']
  good: ['They banned it by law.']
"""


@pytest.mark.parametrize("mutation", [
    lambda r: r.replace("  kind: existence", f"  kind: {_lol()}"),
    lambda r: r.replace("  why: because", f"  why: because\n  summary: {_lol()}"),
    lambda r: r.replace("rules:", f"define:\n  X: {_lol()}\nrules:"),
    lambda r: r.replace("- code: MT990", f"- ? {_lol()}\n  : 1\n  code: MT990"),
])
def test_billion_laughs_rule_file_is_refused_fast(mutation):
    t = time.perf_counter()
    with pytest.raises(UserError) as info:
        load_rule_text(mutation(RULE), "r.yaml")
    assert time.perf_counter() - t < 5 and len(info.value.render()) < 300


def test_recursive_alias_is_refused():
    with pytest.raises(UserError, match="recursive"):
        load_rule_text("rules: &a [*a]\n", "r.yaml")


def test_a_reused_list_within_limits_still_loads():
    text = RULE.replace("  tokens: ['at the legislative level']",
                        "  tokens: &t ['at the legislative level']")
    assert load_rule_text(text, "r.yaml")


# --- hostile rule files ---------------------------------------------------------------------------

@pytest.mark.parametrize("mutation,message", [
    (lambda r: r + "  fix: {replacement: 5}\n", "must be a string"),
    (lambda r: r + "  fix: {replacement: '\\g<nope>'}\n", "no group named"),
    (lambda r: r + "  fix: {replacement: '\\9'}\n", "no group 9"),
    (lambda r: r + "  fix: {replacement: '\\g<0>\\g<0>'}\n", "repeats"),
    (lambda r: r.replace("'found {match}'", "'{match:>400000000}'"), "format spec"),
    (lambda r: r.replace("'found {match}'", "'{match.__class__.__mro__[1].__subclasses__}'"), "placeholder"),
    (lambda r: r.replace("code: MT990", 'code: "MT990\\n"'), "ASCII digits"),
    (lambda r: r.replace("code: MT990", "code: MT٩٩٠"), "ASCII digits"),
    (lambda r: r.replace("rules:", "define:\n  W: {words: ../../etc/passwd}\nrules:"), "outside"),
])
def test_hostile_rule_files_are_refused_at_load(mutation, message, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(mutation(RULE), encoding="utf-8")
    with pytest.raises(UserError, match=message) as info:
        load_rule_files([path], bundled=False)
    assert info.value.line


def test_a_user_rule_cannot_take_a_python_rule_code(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(RULE.replace("MT990", "MT401"), encoding="utf-8")
    r = run("check", "--rules", path, ROOT / "seeds" / "000_5a787b1c74becfcd.txt")
    assert r.exit_code == 2 and "already defined" in r.output


# --- bounded reading ------------------------------------------------------------------------------

def test_max_bytes_applies_while_reading_a_pipe(tmp_path):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    writer = subprocess.Popen([sys.executable, "-c", f"open({str(fifo)!r}, 'w').write('Donald trump said. ' * 2000)"])
    try:
        with pytest.raises(UserError, match="over the 1,000-byte limit"):
            read_document(fifo, max_bytes=1000)
    finally:
        writer.kill()
        writer.wait()


def test_dev_zero_is_refused_not_read_to_exhaustion():
    with pytest.raises(UserError, match="limit"):
        read_document("/dev/zero", max_bytes=4096)
    r = run("fix", ROOT / "seeds" / "000_5a787b1c74becfcd.txt", "--decisions", "/dev/zero")
    assert r.exit_code == 2 and "limit" in r.output


def test_glossary_and_rule_files_obey_max_bytes(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text("concepts: []\n" + "# padding\n" * 500, encoding="utf-8")
    seed = ROOT / "seeds" / "000_5a787b1c74becfcd.txt"
    r = run("check", seed, "--glossary", g, "--max-bytes", "1000")
    assert r.exit_code == 2 and "limit" in r.output
    rules = tmp_path / "r.yaml"
    rules.write_text(RULE + "# padding\n" * 500, encoding="utf-8")
    r = run("check", "--max-bytes", "1000", "--rules", rules, seed)
    assert r.exit_code == 2 and "limit" in r.output


def test_batch_refuses_an_over_long_line_without_reading_it_whole(tmp_path):
    src = tmp_path / "in.jsonl"
    with src.open("w") as fh:
        fh.write(json.dumps({"id": "big", "text": "x " * 50_000}) + "\n")
        fh.write(json.dumps({"id": "small", "text": "Donald trump said."}) + "\n")
    out = tmp_path / "out.jsonl"
    r = run("batch", src, "-o", out, "--max-bytes", "1000")
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["line"] for x in recs] == [1, 2]
    assert "over" in recs[0]["error"] and recs[1]["error"] is None and r.exit_code == 1


def test_decisions_reading_is_linear():
    items = ",\n".join("{}" for _ in range(150_000))
    raw = '{"mtaudit_decisions": 1, "doc": "a", "decisions": [' + items + "]}"
    t = time.perf_counter()
    with pytest.raises(UserError):
        parse_decisions(raw, "d.json")
    assert time.perf_counter() - t < 10


def test_decisions_with_a_bom_and_a_huge_integer(tmp_path):
    p = tmp_path / "d.json"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"mtaudit_decisions": 1, "doc": "a", "decisions": []}).encode())
    from mtaudit.audit.decisions import load_decisions
    assert load_decisions(p).doc == "a"
    with pytest.raises(UserError, match="invalid JSON"):
        parse_decisions('{"mtaudit_decisions": ' + "9" * 5000 + "}", "d.json")


# --- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                       ("utf-16-le", b""), ("utf-16-be", b"")])
def test_fix_keeps_utf16_bom_and_byte_order(codec, bom, tmp_path, fake_detectors):
    src = tmp_path / "a.txt"
    src.write_bytes(bom + "Donald trump\r\nsaid\n".encode(codec))
    args = [] if bom else ["--encoding", codec]
    out = tmp_path / "o.txt"
    r = run("fix", src, "-o", out, *args)
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == bom + "Donald Trump\r\nsaid\n".encode(codec)
    if bom:  # --encoding utf-16 (no byte order given) keeps what the file has
        out.unlink()
        assert run("fix", src, "-o", out, "--encoding", "utf-16").exit_code == 0
        assert out.read_bytes() == bom + "Donald Trump\r\nsaid\n".encode(codec)


def test_utf16_without_bom_is_not_called_plain_binary(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes("Donald trump said.".encode("utf-16-le"))
    r = run("check", src)
    assert r.exit_code == 2 and "UTF-16" in r.output


def test_reference_is_read_with_encoding(tmp_path):
    ref = tmp_path / "ref.txt"
    ref.write_bytes("“Café is closed,” he said.\n".encode("cp1252"))
    doc = tmp_path / "doc.txt"
    doc.write_bytes("“Café closed,” he said.\n".encode("cp1252"))
    r = run("check", doc, "--ref", ref, "--encoding", "cp1252")
    assert r.exit_code in (0, 1), r.output


@pytest.mark.parametrize("encoding", ["undefined"])
def test_unusable_encoding_is_a_usage_error(encoding, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("hi\n")
    assert run("check", src, "--encoding", encoding).exit_code == 2


def test_lone_surrogates_from_a_decoder_are_an_input_error(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes(b"Donald trump \\ud800 said.\n")
    r = run("diff", src, "--encoding", "unicode_escape")
    assert r.exit_code == 2 and "surrogate" in r.output


# --- fix and diff: linear, and a real patch ----------------------------------------------------

def test_fix_and_diff_are_linear_in_fixes():
    text = "Donald trump said.\n\n" * 6000
    result, took = _timed(fix_document, Document(text, "d"), None, None, None, (STANDARD,))
    assert len(result.changes) == 6000 and took < 20
    rendered, took = _timed(diff.render, result, "d.txt")
    assert took < 10 and rendered.count("\n-Donald trump said.\n") == 6000


def test_diff_of_a_long_single_line_is_linear():
    text = "Donald trump said it. " * 12000
    result = fix_document(Document(text, "d"), detectors=(STANDARD,))
    rendered, took = _timed(diff.render, result, "d.txt")
    assert took < 10 and "\n-Donald trump said it." in rendered


@pytest.mark.parametrize("tool", ["git", "patch"])
@settings(max_examples=15, deadline=None)
@given(body=st.lists(st.sampled_from(["Donald trump said.", "trump", "A line.", "", "x trump y"]),
                     min_size=1, max_size=12),
       eol=st.sampled_from(["\n", "\r\n"]), final=st.booleans())
def test_the_diff_is_a_patch_git_apply_and_patch_accept(tool, body, eol, final, tmp_path_factory):
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is not installed")
    text = eol.join(body) + (eol if final else "")
    if not text.strip():
        return
    result = fix_document(Document(text, "d"), detectors=(STANDARD,))
    work = tmp_path_factory.mktemp("p")
    (work / "d.txt").write_bytes(text.encode())
    (work / "d.diff").write_bytes(diff.render(result, "d.txt").encode())
    if not result.changed:
        return
    cmd = (["git", "apply", "--unsafe-paths", "d.diff"] if tool == "git"
           else ["patch", "-s", "-p1", "-i", "d.diff"])
    if tool == "git":
        subprocess.run(["git", "init", "-q", "."], cwd=work, check=True)
    done = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + done.stdout
    assert (work / "d.txt").read_bytes() == result.text.encode()


# --- outputs: nothing lost -------------------------------------------------------------------------

def _jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Donald trump said {i}."}) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def test_batch_refuses_an_existing_output_without_resume_or_overwrite(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    r = run("batch", src, "-o", out)
    assert r.exit_code == 2 and "--overwrite" in r.output and out.read_text() == "precious\n"
    r = run("batch", src, "-o", out, "--overwrite")
    assert r.exit_code == 1 and len(out.read_text().splitlines()) == 3


def test_batch_never_writes_through_a_symlink_or_into_its_input(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 3)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's\n")
    link = tmp_path / "out.jsonl"
    link.symlink_to(victim)
    for extra in ([], ["--resume"], ["--overwrite"]):
        r = run("batch", src, "-o", link, *extra)
        assert r.exit_code == 2, (extra, r.output)
        assert victim.read_text() == "someone else's\n"
    hard = tmp_path / "hard.jsonl"
    os.link(src, hard)
    before = src.read_bytes()
    for extra in (["--resume"], ["--overwrite"]):
        r = run("batch", src, "-o", hard, *extra)
        assert r.exit_code == 2 and "input" in r.output, (extra, r.output)
        assert src.read_bytes() == before


def test_a_locked_output_is_refused(tmp_path):
    import fcntl
    src = _jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    out.write_text("")
    with open(out, "rb") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        r = run("batch", src, "-o", out, "--resume")
    assert r.exit_code == 2 and "locked" in r.output


def test_outputs_refuse_symlinks_and_hard_links_of_inputs(tmp_path, fake_detectors):
    src = tmp_path / "a.txt"
    src.write_text("Donald trump\n")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    (tmp_path / "o.txt").symlink_to(victim)
    r = run("fix", src, "-o", tmp_path / "o.txt")
    assert r.exit_code == 2 and victim.read_text() == "keep\n"
    os.link(src, tmp_path / "h.txt")
    r = run("fix", src, "-o", tmp_path / "h.txt")
    assert r.exit_code == 2 and src.read_text() == "Donald trump\n"


def test_in_place_keeps_a_symlink_and_refuses_hard_links(tmp_path, fake_detectors):
    real = tmp_path / "real.txt"
    real.write_text("Donald trump\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert run("fix", link, "--in-place").exit_code == 0
    assert link.is_symlink() and real.read_text() == "Donald Trump\n"
    other = tmp_path / "other.txt"
    real.write_text("Donald trump\n")
    os.link(real, other)
    r = run("fix", real, "--in-place")
    assert r.exit_code == 2 and "hard links" in r.output and other.read_text() == "Donald trump\n"


# --- the glossary cache is never unpickled from a file someone else could write -------------------

def test_glossary_cache_refuses_foreign_writable_and_altered_files(tmp_path, monkeypatch):
    import pickle

    from mtaudit.core import privatecache
    from mtaudit.glossary import loader
    from mtaudit.glossary.model import Glossary

    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(cache_dir))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    loader._load_bundled.cache_clear()
    glossary = loader.load_bundled()
    (cache_file,) = cache_dir.glob("glossary-*.pickle")
    assert privatecache.read(cache_file, Glossary) is not None
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))   # altered: digest mismatch
    assert privatecache.read(cache_file, Glossary) is None
    evil = pickle.dumps(glossary)
    cache_file.write_bytes(evil)                                  # a bare pickle: no digest
    assert privatecache.read(cache_file, Glossary) is None
    cache_file.write_bytes(data)
    os.chmod(cache_file, 0o666)                                   # writable by others
    assert privatecache.read(cache_file, Glossary) is None
    os.chmod(cache_file, 0o600)
    os.chmod(cache_dir, 0o777)                                    # a shared directory
    assert privatecache.read(cache_file, Glossary) is None
    os.chmod(cache_dir, 0o700)
    link = cache_dir / "link.pickle"
    link.symlink_to(cache_file)
    assert privatecache.read(link, Glossary) is None
    assert privatecache.read(cache_file, Glossary) is not None
    loader._load_bundled.cache_clear()


# --- the review page: bidi controls, many findings ----------------------------------------------

def test_review_page_shows_bidi_controls_and_isolates_article_text():
    from mtaudit.report import html

    result = fix_document(Document("Donald trump said \u202eit was fine.\n", "d"), detectors=(STANDARD,))
    page = html.render(result)
    assert '<bdi class="ctl" data-cp="U+202E">\u202e</bdi>' in page  # kept, isolated, labelled
    assert "unicode-bidi: isolate" in page and 'attr(data-cp)' in page


def test_review_page_is_linear_in_findings():
    from mtaudit.report import html

    result = fix_document(Document("Donald trump said.\n\n" * 6000, "d"), detectors=(STANDARD,))
    page, took = _timed(html.render, result)
    assert took < 15 and page.count('class="note"') >= 6000


# --- --resume under SIGKILL at random points ---------------------------------------------------

@pytest.mark.slow
def test_resume_after_sigkills_at_random_points_loses_and_duplicates_nothing(tmp_path):
    import random
    import signal

    from test_batch import _SLOW_BATCH

    src = tmp_path / "corpus.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(120):
            fh.write(json.dumps({"id": f"d{i}", "text": f"Report {i}: officials met in Москва."},
                                ensure_ascii=False) + "\n")
            if i % 40 == 3:
                fh.write("{broken\n")
    full = tmp_path / "full.jsonl"
    assert run("batch", src, "-o", full, "--select", "MT6").exit_code == 1
    out = tmp_path / "out.jsonl"
    rng = random.Random(18)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for attempt in range(6):
        extra = ["--resume"] if out.exists() else []
        proc = subprocess.Popen([sys.executable, "-c", _SLOW_BATCH, str(src), "-o", str(out), "--select", "MT6",
                                 "--workers", str(1 + attempt % 2), "--chunk-size", "3", *extra],
                                cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.2, 3.0))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    r = run("batch", src, "-o", out, "--select", "MT6", *(["--resume"] if out.exists() else []))
    assert r.exit_code == 1, r.output
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    want = [json.loads(x) for x in full.read_text(encoding="utf-8").splitlines()]
    assert sorted(json.dumps(x, sort_keys=True) for x in got) == sorted(json.dumps(x, sort_keys=True) for x in want)


# --- the review page: proposals shown inside the text, linear -----------------------------------

def _naive_inline_others(items, taken):
    """The old quadratic selection, kept as the reference for the bisect one."""
    from mtaudit.audit.fixes import overlap_order

    rest = [e for e in items if not (e.state == "applied" and e.change is not None)]
    ranked = sorted(rest, key=lambda e: (0 if e.fixable else 1,
                                         overlap_order(e.finding) if e.finding.fix else (e.span.start, 0, e.finding.code, "")))
    chosen, spans = [], list(taken)
    for e in ranked:
        if e.pass_no > 1 or any(e.span.overlaps(t) or e.span.start == t.start for t in spans):
            continue
        chosen.append(e)
        spans.append(e.span)
    return chosen


def _entries(spans, fixable_flags):
    from mtaudit.core.types import Confidence, Finding, Severity, Span
    from mtaudit.report.html import Entry

    out = []
    for i, ((a, b), fixable) in enumerate(zip(spans, fixable_flags)):
        f = Finding("d", "MT102", "n", "name-casing", a, b, "x" * (b - a), "m", Confidence.LIKELY, Severity.MINOR)
        out.append(Entry(f"f{i}", f, "proposed", "proposed", Span(a, b), "", None, fixable=fixable))
    return out


_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=400, deadline=None)
@given(spans=st.lists(_SPAN, max_size=30), taken=st.lists(_SPAN, max_size=8), data=st.data())
def test_inline_others_picks_what_the_quadratic_scan_picked(spans, taken, data):
    from mtaudit.core.types import Span
    from mtaudit.report import html

    flags = data.draw(st.lists(st.booleans(), min_size=len(spans), max_size=len(spans)))
    items = _entries(spans, flags)
    fixed = [Span(a, b) for a, b in taken]
    assert [e.id for e in html._inline_others(items, fixed)] == [e.id for e in _naive_inline_others(items, fixed)]


def test_inline_others_is_linear_in_the_proposals_shown():
    """Every proposal shown (none overlap): the old scan compared each with all before it."""
    from mtaudit.report import html

    def calls(n):
        items = _entries([(10 * i, 10 * i + 5) for i in range(n)], [True] * n)
        return python_calls(html._inline_others, items, [])

    small, big = calls(1000), calls(8000)
    assert big < 8 * 1.5 * small, (small, big)  # n log n at most; the quadratic scan gives ~64x
    assert python_calls(_naive_inline_others, _entries([(10 * i, 10 * i + 5) for i in range(2000)], [True] * 2000), []) \
        > 3 * python_calls(_naive_inline_others, _entries([(10 * i, 10 * i + 5) for i in range(1000)], [True] * 1000), [])


# --- reports streamed, findings slim ------------------------------------------------------------

def test_json_and_jsonl_reports_stream_the_same_text_in_parts():
    """`check -o` writes JSON/JSONL a few hundred findings at a time (an iterator of parts handed
    to write_atomic), and the parts join to exactly what one json.dumps of the report gives."""
    import json as _json

    from mtaudit.audit.engine import AuditResult
    from mtaudit.report import json_report, jsonl

    doc = Document("Donald trump said.\n\n" * 1200, "d")
    found = fix_document(doc, detectors=(STANDARD,)).findings
    results = [AuditResult(doc, found), AuditResult(Document("Fine.", "e"), [])]
    sig = {"version": "0", "rules": "r", "glossary": "g", "models": {}, "seed": 0}
    whole = _json.dumps(json_report.build(results, sig, ["e"], ["w"]), ensure_ascii=False, indent=2) + "\n"
    parts = list(json_report.parts(results, sig, ["e"], ["w"]))
    assert "".join(parts) == whole and len(parts) > 3
    assert "".join(json_report.parts(results[1:], sig, [], [])) == _json.dumps(
        json_report.build(results[1:], sig, [], []), ensure_ascii=False, indent=2) + "\n"
    lines = list(jsonl.parts(results))
    assert len(lines) > 1 and max(len(p) for p in lines) < len("".join(lines)) / 2
    assert "".join(lines) == "".join(_json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in found)


def test_findings_spans_and_edits_carry_no_per_object_dict():
    """__slots__: hundreds of thousands of findings on a 50 MB input cost no dict each."""
    from mtaudit.core.types import Edit, Finding, Fix, Span

    for cls in (Finding, Fix, Edit, Span):
        assert not hasattr(cls.__new__(cls), "__dict__"), cls


# --- every detector under a CPU budget per stretch ----------------------------------------------

class _Stuck:
    """A detector whose hand-written `re` pattern backtracks for ever on a run of spaces, after
    it has found one thing -- or that simply never ends."""

    needs = frozenset()

    def __init__(self, name, how):

        self.name, self.how = name, how
        self.rules = (STANDARD.rules[0],)

    def detect(self, doc, ctx):
        import re

        yield from STANDARD.detect(doc, ctx)
        if self.how == "regex":
            re.search(r"(\s*)*x$", doc.text)  # exponential on a run of spaces without an x after it
        else:
            while True:
                pass


@pytest.mark.parametrize("how", ["regex", "loop"])
def test_a_runaway_detector_is_stopped_reported_and_the_others_still_run(how, monkeypatch):
    from mtaudit.audit import engine, watchdog

    monkeypatch.setattr(watchdog, "BASE_CPU_S", 0.5)
    doc = Document("Donald trump said." + " " * 60 + "y\n", "d")
    start = time.process_time()
    result = engine.audit(doc, detectors=(_Stuck("stuck", how), STANDARD))
    assert time.process_time() - start < 20
    assert [f.code for f in result.findings] == ["MT991"]  # found before the stop, and by STANDARD: one, deduplicated
    assert [d for d, _ in result.skipped] == ["detector stuck"]
    assert "CPU budget on the document" in result.skipped[0][1]
    import signal
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)  # disarmed afterwards


def test_a_runaway_detector_on_a_long_document_names_the_lines_of_its_stretch(monkeypatch):
    from mtaudit.audit import engine, watchdog

    monkeypatch.setattr(watchdog, "BASE_CPU_S", 0.3)
    monkeypatch.setattr(watchdog, "CPU_S_PER_MCHAR", 0.0)
    monkeypatch.setattr(engine, "CHUNK_CHARS", 2000)
    text = "Donald trump said.\n\n" * 200 + "Tail" + " " * 60 + "y\n"
    result = engine.audit(Document(text, "d"), detectors=(_Stuck("stuck", "regex"),))
    assert len(result.findings) == 200 and result.skipped
    assert all(d == "detector stuck" and reason.split(" on ")[1].startswith("lines ") for d, reason in result.skipped)


def test_a_runaway_detector_in_a_worker_thread_is_stopped_too(monkeypatch):
    """The Dask engine runs detectors in its workers' task threads, where no signal timer
    reaches: the watcher thread stops a runaway Python loop there by the thread's own CPU
    clock (a single C-level `re` match cannot be interrupted in a thread: see watchdog)."""
    import threading

    from mtaudit.audit import engine, watchdog

    monkeypatch.setattr(watchdog, "BASE_CPU_S", 0.5)
    doc = Document("Donald trump said." + " " * 60 + "y\n", "d")
    out = {}
    worker = threading.Thread(target=lambda: out.update(r=engine.audit(doc, detectors=(_Stuck("stuck", "loop"), STANDARD))),
                              daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the loop was never stopped"
    result = out["r"]
    assert [f.code for f in result.findings] == ["MT991"]
    assert [d for d, _ in result.skipped] == ["detector stuck"]
    assert "CPU budget on the document" in result.skipped[0][1]
    # and a detector that finishes in time is left alone, with nothing pending for the thread
    out.clear()
    worker = threading.Thread(target=lambda: out.update(r=engine.audit(doc, detectors=(STANDARD,))), daemon=True)
    worker.start()
    worker.join(60)
    assert [f.code for f in out["r"].findings] == ["MT991"] and not out["r"].skipped


_AFTER_A_THREAD_STOP = """
import sys, threading
from mtaudit.audit import watchdog
def run():
    try:
        with watchdog.cpu_budget(0.2):
            while True:
                pass
    except watchdog.DetectorTimeout:
        print("stopped")
worker = threading.Thread(target=run)
worker.start()
worker.join()
calls = []
sys.setprofile(lambda frame, event, arg: calls.append(event))
with watchdog.cpu_budget(5.0):
    sum(range(10))
sys.setprofile(None)
print("profiled", len(calls) > 0)
"""


def test_a_stop_in_a_worker_thread_leaves_nothing_pending_for_the_process():
    """The watcher once took back a raced stop with PyThreadState_SetAsyncExc(NULL), which left
    CPython's interpreter-wide 'exception pending' flag set for good: every later profiled call in
    the main thread (a test's call counter) spun forever -- CI hung on it."""
    done = subprocess.run([sys.executable, "-c", _AFTER_A_THREAD_STOP], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["stopped", "profiled", "True"]


def test_a_stop_raced_with_the_end_of_the_block_does_not_reach_past_it():
    """Fired as the block ended: the stop arrives inside the context manager (or is taken there),
    never in the code the thread runs after it."""
    import threading

    from mtaudit.audit import watchdog

    out = []

    def run():
        try:
            with watchdog.cpu_budget(60.0):
                ident = threading.get_ident()
                with watchdog._WATCHER._cond:       # what the watcher does when the budget is spent
                    del watchdog._WATCHER._watched[ident]
                    watchdog._WATCHER._fired.add(ident)
                    watchdog._async_raise(ident, watchdog.DetectorTimeout)
            out.append("ended")
        except watchdog.DetectorTimeout:
            out.append("stopped")
        for _ in range(1000):   # code after the block, with loop jumps: nothing may arrive here
            pass
        out.append("after")

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(60)
    assert out in (["stopped", "after"], ["ended", "after"])
    assert threading.get_ident() not in watchdog._WATCHER._fired


def test_the_budget_gives_back_the_handler_it_found():
    """cpu_budget arms SIGVTALRM through `_signal` (no enum conversions): whatever handler was
    there before (a function, SIG_IGN, SIG_DFL) is there again afterwards, also after a stop."""
    import signal

    from mtaudit.audit import watchdog

    mine = lambda signum, frame: None  # noqa: E731
    for before in (mine, signal.SIG_IGN, signal.SIG_DFL):
        signal.signal(signal.SIGVTALRM, before)
        with watchdog.cpu_budget(5.0):
            assert signal.getsignal(signal.SIGVTALRM) is watchdog._expired
            assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 0
        assert signal.getsignal(signal.SIGVTALRM) == before
        assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    try:
        with watchdog.cpu_budget(0.05):
            while True:
                pass
    except watchdog.DetectorTimeout:
        pass
    assert signal.getsignal(signal.SIGVTALRM) == signal.SIG_DFL
    signal.signal(signal.SIGVTALRM, signal.SIG_DFL)
