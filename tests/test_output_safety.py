"""Output safety: atomic writes, outputs confined to their directory whatever the ids, and HTML
pages that escape every article character under a restrictive Content-Security-Policy."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from mtaudit.core import io as mt_io
from mtaudit.cli import cli
from mtaudit.commands.fix import _stems, inside, safe_name
from mtaudit.report.corpus import summarize
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.audit.fixes import FixPolicy, fix_document
from mtaudit.report import corpus_html
from mtaudit.report import html as review_html

PACKAGE = Path(__file__).resolve().parent.parent / "mtaudit"
PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</textarea>", "]]>",
            "{{template}}", "<!--", "&amp;", "javascript:alert(1)", "<style>body{display:none}</style>",
            "<a href='https://evil.example/'>x</a>", "\u202e", "<iframe src=//evil.example>"]
HOSTILE_IDS = ["../../etc/passwd", "/abs/path", "..", ".", "CON", "nul", "a\x00b", "line\nbreak",
               "x" * 5000, "", "~", "C:\\Windows\\evil", "%2e%2e%2f", "..\\..\\x", "a/../../b", "\u202etxt.exe"]


# --- writes are atomic --------------------------------------------------------------------------

def test_write_atomic_leaves_no_temporary_file_and_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    mt_io.write_atomic(target, "old")
    mt_io.write_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mt_io.os, "replace", broken_replace)
    with pytest.raises(UserError, match="No space left on device"):
        mt_io.write_atomic(target, "half")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"], "a temporary file was left behind"


def test_write_atomic_to_an_impossible_place_is_a_user_error():
    with pytest.raises(UserError) as info:
        mt_io.write_atomic("/proc/definitely/not/here.txt", "x")
    assert info.value.render().startswith("/proc/definitely/not/here.txt: cannot write")


NON_ATOMIC_ALLOWED = {
    # streamed on purpose: one flushed line per record so --resume can continue a killed run
    "runners/batch.py": "RecordWriter",
    # reads its cache files through os.fdopen (no symlink followed); writes via core.io.replace_atomically
    "core/privatecache.py": "read",
}


def test_outputs_are_written_only_through_write_atomic():
    """Any other `open(..., "w")`, write_text or write_bytes in the package is an offender."""
    offenders = []
    for p in PACKAGE.rglob("*.py"):
        rel = str(p.relative_to(PACKAGE))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            writes = (".write_text(" in line or ".write_bytes(" in line
                      or any(f'"{m}' in line and "open(" in line for m in ("w", "a", "x", "r+"))
                      or 'fdopen(' in line)
            if writes and rel != "core/io.py" and rel not in NON_ATOMIC_ALLOWED:
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == []


# --- outputs stay inside the chosen directory -----------------------------------------------------

@pytest.mark.parametrize("doc_id", HOSTILE_IDS)
def test_safe_name_never_leaves_the_directory(doc_id, tmp_path):
    name = safe_name(doc_id)
    assert name and "/" not in name and "\\" not in name and "\x00" not in name and "\n" not in name
    assert name not in (".", "..") and len(name) <= 121
    assert name.split(".")[0].upper() not in ("CON", "NUL", "PRN", "AUX")
    target = inside(tmp_path, f"{name}.fixed.txt")
    assert target.parent == tmp_path.resolve()


def test_inside_refuses_names_that_resolve_elsewhere(tmp_path):
    for bad in ("../x", "/etc/passwd", "a/../../x", "sub/x"):
        with pytest.raises(UserError):
            inside(tmp_path, bad)


def test_stems_are_unique_even_when_ids_collide_after_sanitising():
    ids = ["a", "a-2", "a", "A", "../a", "a/", "а"]  # the last is Cyrillic
    stems = _stems([Document("x", doc_id=i) for i in ids])
    assert len({s.casefold() for s in stems}) == len(ids), stems


@pytest.fixture
def hostile_inputs(tmp_path) -> list[Path]:
    src = tmp_path / "in"
    src.mkdir()
    names = ["..txt", "...txt", "CON.txt", "line\nbreak.txt", "x" * 240 + ".txt", "-rf.txt", "a b.txt",
             "%2e%2e.txt", "\u202eexe.txt", "nul.txt"]
    paths = []
    for name in names:
        p = src / name
        p.write_text("Donald trump said “the tramp”.\n", encoding="utf-8")
        paths.append(p)
    return paths


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_fix_outputs_land_in_their_directories_whatever_the_file_names(tmp_path, hostile_inputs):
    before = _files_under(tmp_path)
    out, reports, pages = tmp_path / "out", tmp_path / "reports", tmp_path / "pages"
    r = CliRunner().invoke(cli, ["--isolated", "fix", *map(str, hostile_inputs), "-o", str(out),
                                 "--report-dir", str(reports), "--html", str(pages)])
    assert r.exit_code == 1, r.output  # it ran; unsafe proposals remain for a reviewer
    new = _files_under(tmp_path) - before
    assert new and all(p.parent in (out, reports, pages) for p in new), sorted(map(str, new))
    assert len(list(out.iterdir())) == len(hostile_inputs)  # nothing overwritten by a colliding name
    assert len(list(pages.iterdir())) == len(hostile_inputs)
    assert len(list(reports.iterdir())) == 4 * len(hostile_inputs)
    for p in new:
        assert not p.name.startswith(".") and p.name.split(".")[0].upper() not in ("CON", "NUL")


def test_batch_ids_never_become_paths(tmp_path):
    lines = [json.dumps({"id": i, "text": f"Donald trump {n}"}) for n, i in enumerate(HOSTILE_IDS)]
    lines.append(json.dumps({"id": {"nested": ["../x"]}, "text": "the tramp"}))
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _files_under(tmp_path)
    r = CliRunner().invoke(cli, ["--isolated", "batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code in (0, 1), r.output
    assert _files_under(tmp_path) - before == {tmp_path / "out.jsonl"}
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [rec["id"] for rec in records] == HOSTILE_IDS + [{"nested": ["../x"]}]
    page = tmp_path / "report.html"
    r = CliRunner().invoke(cli, ["--isolated", "report", str(tmp_path / "out.jsonl"), "--html", str(page)])
    assert r.exit_code == 0, r.output
    assert _files_under(tmp_path) - before == {tmp_path / "out.jsonl", page}


# --- HTML pages escape everything and allow nothing external --------------------------------------

def _assert_safe_page(page: str, allowed_scripts: int) -> lxml_html.HtmlElement:
    tree = lxml_html.document_fromstring(page)
    csp = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert len(csp) == 1 and "default-src 'none'" in csp[0], csp
    assert "'unsafe-eval'" not in csp[0] and "script-src *" not in csp[0]
    if allowed_scripts == 0:
        assert "script-src" not in csp[0] or "script-src 'none'" in csp[0]
    assert tree.xpath("//head/meta")[0].get("charset") or tree.xpath("//meta[@charset]")
    scripts = tree.xpath("//script")
    assert len(scripts) == allowed_scripts and all(s.get("src") is None for s in scripts)
    assert not tree.xpath("//img | //iframe | //object | //embed | //textarea | //base | //link | //form[@action]")
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in el.attrib.items():
            assert not attr.lower().startswith("on"), f"event handler {attr} on <{el.tag}>"
            if attr in ("src", "href", "action", "xlink:href", "formaction"):
                assert not value.strip().lower().startswith(("http:", "https:", "//", "javascript:")), value
    return tree


def test_review_page_escapes_article_text_and_sets_a_strict_csp():
    text = ("Donald trump said: “" + " ".join(PAYLOADS) + "”.\n\nThe tramp " + PAYLOADS[0] + " writes Reuters.\n")
    doc = Document(text, doc_id='"><script>alert("id")</script>', path="<img src=x onerror=alert(2)>.txt")
    result = fix_document(doc, policy=FixPolicy(unsafe=False))
    assert result.findings, "the page should carry findings, so notes and titles are exercised"
    page = review_html.render(result, sig_line="<script>sig</script>")
    tree = _assert_safe_page(page, allowed_scripts=1)
    visible = tree.text_content()
    for payload in PAYLOADS + ['"><script>alert("id")</script>', "<img src=x onerror=alert(2)>.txt"]:
        assert payload in visible, f"{payload!r} does not show as text"
    body_html = page.split("<body", 1)[1].rsplit("<script>", 1)[0]
    for raw in ("<script>alert", "<img src=x", "</textarea>", "]]>", "<iframe", "<style>body"):
        assert raw not in body_html, f"{raw!r} reached the page unescaped"
    assert "{{template}}" in visible  # plain text: no template engine ever sees the page


def test_corpus_report_page_escapes_ids_rule_names_and_errors(tmp_path):
    finding = {"code": "MT<b>1", "name": PAYLOADS[1], "category": PAYLOADS[0], "start": 0, "end": 1,
               "text": PAYLOADS[2], "confidence": "likely", "severity": "minor"}
    records = [
        {"id": PAYLOADS[0], "line": 1, "findings": [finding], "error": None,
         "summary": {"quality": {"score": 50.0, "words": 10, "penalty": 5.0}}},
        {"id": PAYLOADS[1], "line": 2, "error": "</td><script>alert(3)</script>"},
    ]
    src = tmp_path / '<script>out<script>.jsonl'
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    page = corpus_html.render(summarize(src))
    tree = _assert_safe_page(page, allowed_scripts=0)
    visible = tree.text_content()
    for payload in (PAYLOADS[0], "</td><script>alert(3)</script>", "<script>out<script>"):
        assert payload in visible or json.dumps(payload)[1:-1] in visible
    assert "<script>" not in page and "<img" not in page


# --- terminal reports cannot be hijacked by control sequences in the article ---------------------

CONTROL = "\x1b]0;PWNED\x07 \x1b[2J \x1b[31m \x9b31m \x08\x08"


@pytest.mark.parametrize("args", [["check"], ["check", "--format", "json"], ["diff"], ["diff", "--inline"]])
def test_reports_carry_no_terminal_control_sequences_from_the_article(args, tmp_path):
    src = tmp_path / "esc.txt"
    src.write_text(f"Donald trump {CONTROL} said “the tramp {CONTROL}”.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["--isolated", *args, str(src)])
    assert r.exit_code in (0, 1), r.output
    report = r.output.split("\n---\n")[0]
    for seq in ("\x1b]", "\x1b[2J", "\x1b[31m", "\x07", "\x9b", "\x08"):
        assert seq not in report, f"{seq!r} reached the {' '.join(args)} output"


def test_visible_shows_control_characters_as_symbols():
    from mtaudit.report.terminal import visible

    assert visible("a\x1b[31mb\x07\rc\td\n\x9b") == "a␛[31mb␇␍c\td\n\\x9b"
