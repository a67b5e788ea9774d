"""The annotated diff (snapshot), `mtaudit fix` outputs and `mtaudit diff` in a terminal or a pipe.

Set UPDATE_SNAPSHOTS=1 to rewrite tests/snapshots/ after an intended change.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from mtaudit.cli import cli
from mtaudit.commands.fix import inside, safe_name
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.audit.fixes import fix_document
from mtaudit.report import diff

from conftest import SEED_HUMAN, SEED_MT
from fix_fakes import STANDARD

SNAPSHOTS = Path(__file__).parent / "snapshots"
FIXTURE = ("Headline with trump\r\n\r\nDonald trump said on Monday, writes Reuters. The Кремль did not reply -- yet.\r\n"
           "An unchanged line.\r\n\r\nAnother paragraph, untouched.\r\n\r\nLast: trump again, writes TASS.\r\n")


def run(*args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], **kw)




def test_annotated_diff_matches_the_snapshot():
    result = fix_document(Document(FIXTURE, "fixture"), detectors=(STANDARD,))
    rendered = diff.render(result, "fixture.txt")
    snap = SNAPSHOTS / "fixture.diff"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snap.write_bytes(rendered.encode("utf-8"))  # bytes: the patch keeps the CRLF of its lines
    assert rendered == snap.read_bytes().decode("utf-8")


def test_diff_annotates_each_hunk_and_marks_words():
    result = fix_document(Document(FIXTURE, "fixture"), detectors=(STANDARD,))
    text = diff.render(result, "f.txt")
    assert "# line 3: MT991 test-lowercase-name [name-casing, certain, safe] “trump” → “Trump”: test" in text
    assert "#   -Donald [-trump-] said" in text and "#   +Donald {+Trump+} said" in text
    assert "\n-Donald trump said" in text and "\n+Donald Trump said" in text  # the patch: exact lines
    assert "# not applied (unsafe; --unsafe-fixes or accept it): line 3: MT992" in text
    assert "Another paragraph" not in text  # outside the context of every hunk


def test_word_ops_mark_only_changed_words():
    assert [op for op in diff.word_ops("a trump b", "a Trump b") if op[0] != "equal"] == [("replace", "trump", "Trump")]


# --- fix: byte-exact outputs -------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(body=st.text(alphabet=st.sampled_from(list("ab trump Кремль\r\n\t—")), min_size=1, max_size=80),
       bom=st.booleans())
def test_ignoring_every_rule_writes_the_input_bytes(body, bom):
    data = (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "a.txt", Path(tmp) / "out.txt"
        src.write_bytes(data)
        r = run("fix", src, "-o", out, "--ignore", "MT", "--no-bundled-glossary")
        assert r.exit_code == 0, r.output
        assert out.read_bytes() == data


def test_fix_keeps_bom_crlf_and_encoding(tmp_path, fake_detectors):
    src = tmp_path / "a.txt"
    src.write_bytes("\ufeffDonald trump\r\nsaid\n".encode("utf-8"))
    r = run("fix", src, "-o", tmp_path / "o.txt")
    assert r.exit_code == 0
    assert (tmp_path / "o.txt").read_bytes() == "\ufeffDonald Trump\r\nsaid\n".encode("utf-8")
    latin = tmp_path / "b.txt"
    latin.write_bytes("Café trump\r\n".encode("cp1252"))
    r = run("fix", latin, "-o", tmp_path / "b.out", "--encoding", "cp1252")
    assert (tmp_path / "b.out").read_bytes() == "Café Trump\r\n".encode("cp1252")


def test_input_is_never_overwritten_without_in_place(tmp_path, fake_detectors):
    src = tmp_path / "a.txt"
    src.write_text("trump\n", encoding="utf-8")
    r = run("fix", src, "-o", src)
    assert r.exit_code == 2 and "use --in-place" in r.output
    assert src.read_text(encoding="utf-8") == "trump\n"
    r = run("fix", src)  # no output option: the corrected text goes to stdout
    assert r.exit_code == 0 and r.stdout == "Trump\n"
    assert src.read_text(encoding="utf-8") == "trump\n"
    r = run("fix", src, "--in-place")
    assert r.exit_code == 0 and src.read_text(encoding="utf-8") == "Trump\n"
    assert run("fix", src, "-o", tmp_path / "x", "--in-place").exit_code == 2


def test_several_paths_write_into_a_directory(tmp_path, fake_detectors):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{name} trump\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run("fix", tmp_path / "a.txt", tmp_path / "b.txt", "-o", out, "--html", tmp_path / "pages")
    assert r.exit_code == 0, r.output
    assert (out / "a.fixed.txt").read_text(encoding="utf-8") == "a Trump\n"
    assert (out / "b.fixed.txt").read_text(encoding="utf-8") == "b Trump\n"
    assert (tmp_path / "pages" / "b.review.html").exists()
    assert run("fix", tmp_path / "a.txt", tmp_path / "b.txt").exit_code == 2  # stdout takes one text


def test_report_dir_writes_the_four_outputs(tmp_path, fake_detectors):
    src = tmp_path / "doc1.txt"
    src.write_text(FIXTURE, encoding="utf-8")
    r = run("fix", src, "--report-dir", tmp_path / "rep")
    assert r.exit_code == 1, r.output  # unsafe proposals and a finding without a fix remain
    assert len(r.stdout.strip().splitlines()) == 1 and "fixes applied" in r.stdout
    rep = tmp_path / "rep"
    assert sorted(p.name for p in rep.iterdir()) == ["doc1.diff", "doc1.findings.jsonl", "doc1.fixed.txt",
                                                      "doc1.review.html"]
    records = [json.loads(line) for line in (rep / "doc1.findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {rec["code"] for rec in records} == {"MT991", "MT992", "MT993", "MT994"}
    assert all(FIXTURE[rec["start"]:rec["end"]] == rec["text"] for rec in records)
    assert (rep / "doc1.fixed.txt").read_bytes().decode("utf-8") == FIXTURE.replace("trump", "Trump")
    assert "# line 1: MT991" in (rep / "doc1.diff").read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", ["../../etc/passwd", "..", "a/b\\c", "/abs", ".hidden", "", "a\x00b"])
def test_output_names_never_leave_the_directory(tmp_path, doc_id):
    name = safe_name(doc_id)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert inside(tmp_path, f"{name}.diff").parent == tmp_path.resolve()
    with pytest.raises(UserError):
        inside(tmp_path, "../x.diff")


@pytest.mark.slow  # the real sentence-embedding model (--ref)
def test_main_job_on_the_seed(tmp_path):
    r = run("fix", SEED_MT, "--ref", SEED_HUMAN, "--report-dir", tmp_path)
    assert r.exit_code == 1, r.output  # unsafe proposals remain for a reviewer
    stem = SEED_MT.stem
    for suffix in ("findings.jsonl", "fixed.txt", "diff", "review.html"):
        assert (tmp_path / f"{stem}.{suffix}").is_file()
    assert "Traceback" not in r.output


# --- mtaudit diff ------------------------------------------------------------------------------

def test_terminal_diff_without_a_terminal_has_no_colour(tmp_path, fake_detectors):
    src = tmp_path / "a.txt"
    src.write_text(FIXTURE, encoding="utf-8")
    for extra in ((), ("--inline",)):
        r = run("diff", src, *extra)
        assert r.exit_code == 1, r.output  # an unsafe proposal remains
        assert "\x1b[" not in r.output
        assert "{+Trump+}" in r.output and "MT991" in r.output
        assert "proposal (unsafe, not applied)" in r.output
    r = run("diff", src, "--unsafe-fixes", "--inline")
    assert r.exit_code == 1 and "reports+}" in r.output and "proposal (unsafe" not in r.output


LONG_FILLER = "The talks went on for many hours without a break. "


def _long_line_result(repeat: int = 400):
    text = (LONG_FILLER * repeat + "Donald trump said so. ") * 3 + LONG_FILLER * repeat + "\n"  # one line
    return text, fix_document(Document(text, "long"), detectors=(STANDARD,))


def test_a_long_line_is_word_diffed_around_its_changes_only():
    """An article on one line: the comment block marks each change in a window of its own
    words (before: the whole line twice, its middle one unreadable replacement)."""
    text, result = _long_line_result()
    assert len(text) > 2 * diff.LONG_LINE and len(result.changes) == 3
    rendered = diff.render(result, "long.txt")
    comment, patch = rendered.split("--- a/long.txt\n")
    assert comment.count("[-trump-]") == 3 and comment.count("{+Trump+}") == 3
    assert comment.count(" … ") >= 8 and len(comment) < 6_000
    assert "\n-" + text in patch and "\n+" + result.text in patch  # the patch keeps the exact line


def test_windowed_word_ops_equal_the_plain_word_diff_inside_each_window():
    text, result = _long_line_result(60)
    spans = diff.change_spans(result.changes, 0, 0)
    ops = diff.windowed_word_ops(text, result.text, spans)
    assert [op for op in ops if op[0] != "equal"] == [("replace", "trump", "Trump")] * 3
    assert diff.windowed_word_ops("a trump b", "a Trump b", spans) == diff.word_ops("a trump b", "a Trump b")


def test_a_long_line_diff_holds_little_more_than_the_line():
    """Memory (traced Python allocations, a count, not seconds): rendering the `.diff` and the
    terminal diff of a 2 MB line stays within a few times the line (word lists took ~40x)."""
    import io
    import tracemalloc

    from rich.console import Console

    from mtaudit.report import terminal

    text, result = _long_line_result(13_000)
    assert len(text) > 2_000_000
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for _ in diff.render_parts(result, "long.txt"):
            pass
        buf = io.StringIO()
        terminal.render(result, Console(file=buf, width=160, no_color=True, force_terminal=False), "long.txt")
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(text), f"{peak / len(text):.1f}x the line"  # now ~2x: the patch holds it twice
    assert buf.getvalue().count("{+Trump+}") == 3 and len(buf.getvalue()) < 6_000
