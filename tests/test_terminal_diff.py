"""The terminal diff (issue 17, point 3): each reason in the block of the line it explains,
readable at 80 and 160 columns, no word cut, no line wider than the terminal."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
from mtaudit.audit.fixes import FixPolicy, fix_document
from mtaudit.report import terminal

TEXT = ("A headline about talks\n\n"
        "Officials met on Monday to discuss a long list of questions about trade, energy and the border, "
        "and Donald trump said the meeting had gone well, writes Reuters.\n\n"
        "An unchanged paragraph in between.\n\n"
        "The director of the national security Agency declined to comment on the talks.\n")


@pytest.fixture(scope="module")
def result():
    doc = Document(TEXT, doc_id="t", path="t.txt")
    return fix_document(doc, AuditContext(), policy=FixPolicy(unsafe=True))


def render(result, width: int, inline: bool = False) -> str:
    buf = io.StringIO()
    terminal.render(result, Console(file=buf, width=width, no_color=True, force_terminal=False), "t.txt",
                    inline=inline)
    return buf.getvalue()


def blocks_of(out: str) -> dict[int, str]:
    """Output text of each block, keyed by its first original line number."""
    parts = re.split(r"(?m)^(?:\s*)line (\d+)(?:–\d+)?:?", out)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("width,inline", [(80, False), (160, False), (80, True), (160, True)])
def test_each_reason_sits_in_the_block_of_its_line(result, width, inline):
    out = render(result, width, inline)
    assert len(result.changes) >= 3
    found = blocks_of(out)
    for c in result.changes:
        assert c.line in found, (c.line, out)
        assert c.finding.code in found[c.line], (c.finding.code, c.line, out)
        for other, text in found.items():
            if other != c.line:
                assert f"“{c.before}”" not in text
    assert "Donald {+Trump+}" in " ".join(found[3].split()) or "{+Trump+}" in found[3]


@pytest.mark.parametrize("width", [80, 160])
def test_no_line_wider_than_the_terminal_and_no_word_cut(result, width):
    out = render(result, width)
    assert max(len(line) for line in out.splitlines()) <= width
    assert not any(line != line.rstrip() for line in out.splitlines())        # no padding spaces
    words = set(out.lower().split())
    for c in result.changes:
        for word in re.findall(r"[A-Za-z]{4,}", c.finding.message):
            assert any(word.lower() in w for w in words), (word, out)               # whole, never split over lines
    assert re.search(r"\S…|…\S", out) is None, out                       # ellipses only between whole words


def test_wide_terminal_puts_original_and_fixed_side_by_side(result):
    wide = render(result, 160)
    narrow = render(result, 80)
    assert any("[-trump-]" in line and "{+Trump+}" in line for line in wide.splitlines())
    assert not any("[-trump-]" in line and "{+Trump+}" in line for line in narrow.splitlines())
    assert any(line.lstrip().startswith("- ") and "[-trump-]" in line for line in narrow.splitlines())
    assert any(line.lstrip().startswith("+ ") and "{+Trump+}" in line for line in narrow.splitlines())


def test_long_unchanged_stretches_are_shortened_at_word_boundaries():
    assert terminal._clip("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                          "fifteen sixteen seventeen", first=True, last=False, keep=20) == "… sixteen seventeen"
    head = terminal._clip("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron",
                          first=False, last=True, keep=20)
    assert head == "alpha beta gamma …"


def test_a_long_line_shows_each_change_in_its_own_words():
    """An article on one line (over diff.LONG_LINE): each change is shown with a few words
    around it, whole words, the rest elided; not the whole line."""
    from mtaudit.report import diff

    filler = "Officials met again on Monday to discuss trade and energy. "
    text = (filler * 300 + "Donald trump said it went well. ") * 2 + filler * 300 + "\n"
    result = fix_document(Document(text, doc_id="t", path="t.txt"), AuditContext(), policy=FixPolicy(unsafe=True))
    assert len(text) > 2 * diff.LONG_LINE and len(result.changes) >= 2
    for width in (80, 160):
        out = render(result, width)
        assert out.count("{+Trump+}") == 2 and len(out) < 4_000, out[:3000]
        assert re.search(r"\S…|…\S", out) is None, out
