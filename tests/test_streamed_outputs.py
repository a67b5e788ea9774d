"""Outputs written in pieces add up to exactly the outputs built whole (issue 18, "bounded
resources": a one-line article's review page, `.diff` and terminal diff are streamed, never
built as one string). Memory itself is measured in bench/memory.py, not here: these tests say
that cutting changes no byte, and that the pieces are in fact small."""

from __future__ import annotations

import codecs
import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner
from rich.console import Console

from mtaudit.audit.fixes import fix_document
from mtaudit.cli import cli
from mtaudit.report import diff as diff_report
from mtaudit.report import html as html_report
from mtaudit.report import pieces, terminal
from mtaudit.text.document import Document

from fix_fakes import STANDARD

@pytest.fixture(autouse=True)
def _real_rules_first():
    """The rule registry keeps the first detectors it sees (lru_cache): let it see the real
    ones before a test here puts the fake ones in their place, so a later test (in the same
    process) still finds the real rules."""
    from mtaudit.rules.registry import all_rules, ruleset_hash

    all_rules()
    ruleset_hash()


def run(*args):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]])


# every kind of character the page and the diff treat specially: markup, quotes, bidi controls,
# line and paragraph separators, CR, Cyrillic, a character outside the BMP
_ODD = "a<b>&\"' \u202e\u2066\u200f\u2028\u2029\r\x85\x0bКремль😀"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ODD, max_size=60), st.integers(1, 9), st.integers(0, 20), st.integers(0, 20))
def test_a_stretch_converted_a_slice_at_a_time_is_the_stretch_converted_whole(text, size, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    for convert in (html_report._shown, diff_report._one_line, html.escape):
        assert "".join(pieces.sliced(text, lo, hi, convert, size)) == convert(text[lo:hi])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab\n", max_size=12), max_size=30), st.integers(1, 20))
def test_batches_add_up_to_the_pieces_and_stay_near_their_size(parts, size):
    out = list(pieces.batched(parts, size))
    assert "".join(out) == "".join(parts)
    assert all(len(b) < 2 * size or b in parts for b in out)  # a big piece passes alone


def _one_line_result(sentences: int = 400):
    """An article on one line, with every kind of fake finding and characters to escape."""
    body = " ".join(("Donald trump said <so>, writes Reuters \u202e& \"more\"." if i % 2 else
                     "The Кремль was silent -- again\u2028today, writes TASS.") for i in range(sentences))
    return fix_document(Document(body + "\n", "one-line"), detectors=(STANDARD,))


def _many_paragraphs_result():
    text = "".join("Donald trump said <so>, writes Reuters.\r\n\r\nThe Кремль was silent -- again.\n\n"
                   for _ in range(60))
    return fix_document(Document(text + "no end", "paras"), detectors=(STANDARD,))


@pytest.mark.parametrize("make", [_one_line_result, _many_paragraphs_result])
def test_the_review_page_in_small_pieces_is_the_page_in_big_ones(make, monkeypatch):
    result = make()
    assert result.changes and len(result.findings) > 100
    whole = html_report.render(result, "sig")  # CHUNK 64k: each section in a piece or two
    monkeypatch.setattr(pieces, "CHUNK", 7)
    parts = list(html_report.render_parts(result, "sig"))
    assert "".join(parts) == whole
    assert whole.count('<section class="para"') == (1 if make is _one_line_result else 121)


def test_a_one_line_review_page_is_never_one_string(monkeypatch):
    """Before, the one paragraph of a one-line article was one string: both columns and every
    finding's note (the 10 MB line's section was 128 MB)."""
    result = _one_line_result(2_000)
    monkeypatch.setattr(pieces, "CHUNK", 4_000)
    parts = list(html_report.render_parts(result, "sig"))
    head, body = parts[0], parts[1:]
    assert sum(map(len, body)) > 100 * 4_000
    assert max(map(len, body)) < 2 * 4_000 + 2_000  # a piece: a batch of whole notes at most


@pytest.mark.parametrize("make", [_one_line_result, _many_paragraphs_result])
def test_the_diff_file_in_small_pieces_is_the_diff_in_big_ones(make, monkeypatch):
    result = make()
    whole = diff_report.render(result, "a.txt", "sig")
    monkeypatch.setattr(pieces, "CHUNK", 5)
    assert "".join(diff_report.render_parts(result, "a.txt", "sig")) == whole
    assert "\n#   -" in whole and "\n#   +" in whole  # the marked lines of the comment block


def test_a_one_line_diff_file_is_never_one_string(monkeypatch):
    result = _one_line_result(2_000)
    assert len(result.doc.text) > 2 * diff_report.LONG_LINE
    monkeypatch.setattr(pieces, "CHUNK", 4_000)
    parts = list(diff_report.render_parts(result, "a.txt", "sig"))
    assert sum(map(len, parts)) > 50 * 4_000
    # the comment block's marked line and the patch's exact line come in pieces as well (the
    # patch's lines are the text's own slices: one line of the patch is one piece)
    marked = [p for p in parts if "[-" in p or "{+" in p]
    assert marked and max(map(len, marked)) < 2 * 4_000 + 2_000


def _terminal(result, monkeypatch, at_once, **kw):
    import io

    monkeypatch.setattr(terminal, "REASONS_AT_ONCE", at_once)
    out = io.StringIO()
    width = kw.pop("width", 100)
    terminal.render(result, Console(file=out, width=width, no_color=True, force_terminal=False), "a.txt", **kw)
    return out.getvalue()


@pytest.mark.parametrize("kw", [{}, {"width": 160}, {"inline": True}])
def test_the_reasons_of_one_block_in_batches_are_the_reasons_at_once(kw, monkeypatch):
    result = _one_line_result(300)
    assert len(result.changes) > 100
    at_once = _terminal(result, monkeypatch, 10_000, **dict(kw))
    assert _terminal(result, monkeypatch, 3, **dict(kw)) == at_once
    assert at_once.count("MT991") >= 100


@pytest.mark.parametrize("codec,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                       ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)])
def test_the_fixed_text_encoded_a_piece_at_a_time_is_the_text_encoded_whole(codec, bom, tmp_path, monkeypatch,
                                                                           fake_detectors):
    from mtaudit.commands import fix as fix_command

    monkeypatch.setattr(fix_command, "ENCODE_CHARS", 3)
    text = "Donald trump\r\nsaid “Кремль” 😀 twice: trump.\n" * 20
    src = tmp_path / "a.txt"
    src.write_bytes(bom + text.encode(codec))
    out = tmp_path / "o.txt"
    args = ["--encoding", codec] if codec != "utf-8" and not bom else []
    r = run("fix", src, "-o", out, "--report-dir", tmp_path / "rep", "--exit-zero", *args)
    assert r.exit_code == 0, r.output
    expected = bom + text.replace("trump", "Trump").encode(codec)
    assert out.read_bytes() == expected
    assert (tmp_path / "rep" / "a.fixed.txt").read_bytes() == expected


def test_a_fixed_text_that_cannot_be_encoded_leaves_no_output(tmp_path, monkeypatch, fake_detectors):
    """An encoding error found halfway through the stream: one clear error, exit 2, and the
    output is not written (not even in part)."""
    from mtaudit.commands import fix as fix_command
    from fix_fakes import PatternDetector, SAFE_RULE

    monkeypatch.setattr(fix_command, "ENCODE_CHARS", 4)
    monkeypatch.setattr("mtaudit.detectors.DETECTORS", (PatternDetector((SAFE_RULE, "trump", "Trump \u2014", "safe")),))
    src = tmp_path / "a.txt"
    src.write_bytes(("Donald said so. " * 10 + "Donald trump\n").encode("latin-1"))
    out = tmp_path / "o.txt"
    r = run("fix", src, "-o", out, "--encoding", "latin-1")
    assert r.exit_code == 2 and "cannot encode" in r.output and "Traceback" not in r.output
    assert not out.exists() and list(tmp_path.iterdir()) == [src]
