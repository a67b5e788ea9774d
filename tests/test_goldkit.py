"""eval/goldkit.py, the gold generator every held-out set's make_gold.py calls.

The held-out sets are scored against their gold.jsonl; a generator that located a span one word
off, or silently dropped a row, would move every figure measured on them. So: the span search
and the checks on a small set written here, and every generator that uses goldkit rebuilds its
committed gold.jsonl byte for byte (run on a copy of its folder, so the repo is never written).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
_spec = importlib.util.spec_from_file_location("goldkit", EVAL / "goldkit.py")
gk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gk)

TEXT = ("The satellite was launched, and it reached orbit. Officials said it worked. "
        "It was the third launch this year.")


def test_locate_is_word_bounded_and_case_sensitive():
    # "it" occurs inside "satellite" and as "It": neither counts.
    assert gk.locate(TEXT, "it", 0) == TEXT.index("and it") + 4
    assert gk.locate(TEXT, "it", 1) == TEXT.index("said it") + 5
    assert gk.locate(TEXT, "It", None) == TEXT.index("It was")


def test_locate_by_context_takes_the_bounded_occurrence_inside_it():
    assert gk.locate(TEXT, "it", "said it worked") == TEXT.index("said it") + 5


@pytest.mark.parametrize("text, where, message", [
    ("it", None, "occurs 2 times"),
    ("it", 2, "occurrence 2 of 2"),
    ("it", "launch", "context 'launch' occurs 2 times"),
    ("orbit", "Officials said", "not inside context"),
    ("moon", None, "occurs 0 times"),
])
def test_locate_says_why_a_row_is_ambiguous_or_absent(text, where, message):
    with pytest.raises(ValueError, match=message):
        gk.locate(TEXT, text, where)


def _set(tmp_path: Path, docs: dict[str, str]) -> Path:
    (tmp_path / "docs").mkdir(parents=True)
    for name, text in docs.items():
        (tmp_path / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_run_writes_sorted_validated_gold(tmp_path, capsys):
    set_dir = _set(tmp_path, {"mt-01": TEXT, "neg-01": "A control."})
    rows = [("mt-01", "It", None, gk.PRO, "He", gk.C, "second"),
            ("mt-01", "it", 0, gk.PRO, "he", gk.L)]          # no note: the line has none
    assert gk.run(set_dir, rows) == 0
    lines = [json.loads(x) for x in (set_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["start"] for r in lines] == sorted(r["start"] for r in lines)
    assert all(TEXT[r["start"]:r["end"]] == r["text"] for r in lines)
    assert "note" not in lines[0] and lines[1]["note"] == "second"
    assert capsys.readouterr().out.startswith("2 gold lines in 1 docs; 1 controls")


def test_run_keeps_table_order_when_asked(tmp_path):
    set_dir = _set(tmp_path, {"mt-01": TEXT})
    rows = [("mt-01", "It", None, gk.PRO, "He", gk.C, ""), ("mt-01", "it", 0, gk.PRO, "he", gk.C, "")]
    assert gk.run(set_dir, rows, sort=False) == 0
    starts = [json.loads(x)["start"] for x in (set_dir / "gold.jsonl").read_text().splitlines()]
    assert starts == [TEXT.index("It was"), TEXT.index("and it") + 4]


@pytest.mark.parametrize("row, message", [
    (("mt-01", "it", 0, "other", "he", "certain", ""), "bad category 'other'"),
    (("mt-01", "it", 0, "pronoun", "he", "sure", ""), "bad confidence 'sure'"),
    (("mt-02", "it", 0, "pronoun", "he", "certain", ""), "mt-02: no such doc"),
    (("mt-01", "it", None, "pronoun", "he", "certain", ""), "occurs 2 times"),
    (("neg-01", "control", None, "calque", "", "likely", ""), "a control has gold lines"),
])
def test_a_bad_row_fails_and_leaves_the_old_gold(tmp_path, capsys, row, message):
    set_dir = _set(tmp_path, {"mt-01": TEXT, "neg-01": "A control."})
    (set_dir / "gold.jsonl").write_text("old\n")
    assert gk.run(set_dir, [row]) == 1
    assert message in capsys.readouterr().err
    if "control" not in message:           # a row that cannot be built never writes gold
        assert (set_dir / "gold.jsonl").read_text() == "old\n"


def test_extra_categories_are_explicit(tmp_path):
    set_dir = _set(tmp_path, {"mt-01": TEXT})
    row = ("mt-01", "It", None, "other", "He", gk.C, "")
    assert gk.run(set_dir, [row], extra_categories=("other",)) == 0


def test_bounds_fail_but_still_write(tmp_path, capsys):
    set_dir = _set(tmp_path, {"mt-01": TEXT})
    rows = [("mt-01", "It", None, gk.PRO, "He", gk.C, "")]
    assert gk.run(set_dir, rows, words=(250, 500), artifacts=(4, 11)) == 1
    err = capsys.readouterr().err
    assert "mt-01: 19 words (want 250-500)" in err and "mt-01: 1 artifacts (want 4-11)" in err
    assert (set_dir / "gold.jsonl").exists()


def test_spans_that_would_match_each_other_are_refused(tmp_path, capsys):
    set_dir = _set(tmp_path, {"mt-01": TEXT})
    rows = [("mt-01", "Officials said it", None, gk.CAL, "", gk.L, ""),
            ("mt-01", "said it", None, gk.PRO, "", gk.C, "")]
    assert gk.run(set_dir, rows) == 0
    assert gk.run(set_dir, rows, distinct_spans=True) == 1
    assert "match each other" in capsys.readouterr().err


def test_an_eight_word_run_shared_with_another_text_is_an_error_or_a_note(tmp_path, capsys):
    set_dir = _set(tmp_path / "set", {"mt-01": TEXT})
    other = tmp_path / "other" / "docs"
    other.mkdir(parents=True)
    (other / "x.txt").write_text("Earlier: officials said it worked. It was the third launch this year!")
    rows = [("mt-01", "It", None, gk.PRO, "He", gk.C, "")]
    pattern = str(tmp_path / "*" / "docs" / "*.txt")
    assert gk.run(set_dir, rows, own_words_against=(pattern,), skip_own=True) == 1
    assert "shares an 8-word run with" in capsys.readouterr().err
    assert gk.run(set_dir, rows, own_words_against=(pattern,), skip_own=True,
                  notes_under=str(tmp_path / "other")) == 0
    assert "note: mt-01 shares" in capsys.readouterr().err
    # Without skip_own the set meets its own texts.
    (other / "x.txt").unlink()
    assert gk.run(set_dir, rows, own_words_against=(pattern,)) == 1


def test_fresh_against_refuses_an_artifact_string_of_an_earlier_set(tmp_path, capsys):
    set_dir = _set(tmp_path / "set", {"mt-01": TEXT})
    old = tmp_path / "old.jsonl"
    old.write_text(json.dumps({"text": "Officials said"}) + "\n")
    rows = [("mt-01", "Officials said", None, gk.CAL, "", gk.L, "")]
    assert gk.run(set_dir, rows, fresh_against=(str(old),)) == 1
    assert "reused from an earlier blind set" in capsys.readouterr().err


GENERATORS = sorted(p for p in [EVAL / "make_gold.py", *EVAL.glob("*/make_gold.py")]
                    if "from goldkit import" in p.read_text(encoding="utf-8"))


def test_the_sets_use_goldkit():
    assert len(GENERATORS) >= 12


@pytest.mark.parametrize("script", GENERATORS, ids=lambda p: str(p.relative_to(EVAL)))
def test_each_generator_rebuilds_its_committed_gold_byte_for_byte(tmp_path, script):
    set_dir = script.parent
    copy = tmp_path / "eval" / set_dir.relative_to(EVAL)
    # the generator with its inputs (docs, and the text or scratch files some sets build docs from)
    shutil.copytree(set_dir, copy, ignore=shutil.ignore_patterns("gold.jsonl"))
    shutil.copy(EVAL / "goldkit.py", tmp_path / "eval" / "goldkit.py")
    subprocess.run([sys.executable, str(copy / "make_gold.py")], cwd=tmp_path,
                   capture_output=True, timeout=120, check=False)
    assert (copy / "gold.jsonl").read_bytes() == (set_dir / "gold.jsonl").read_bytes()


def test_unmark_gives_the_written_text_and_a_line_per_artifact():
    marked = "Peskov said [[it|he]] would come; the bill? [[it|it]] passed. {{Sands=>Peskov|x}}"
    text, lines = gk.unmark("d", marked, gk.PAIR_MARK, gk.PRO)
    assert text == "Peskov said it would come; the bill? it passed. {{Sands=>Peskov|x}}"
    assert lines == [{"doc": "d", "start": 12, "end": 14, "text": "it", "category": "pronoun",
                      "correction": "he", "confidence": "certain"}]   # [[it|it]]: a correct "it"
    text, lines = gk.unmark("d", marked, gk.ARROW_MARK)
    assert text.endswith("passed. Sands") and lines[0]["category"] == "x"
    assert text[lines[0]["start"]:lines[0]["end"]] == "Sands"


def test_source_blocks_skip_the_comment_and_end_each_text_in_one_newline(tmp_path):
    src = tmp_path / "source.md"
    src.write_text("<!-- markup {{a=>b|c}} -->\n\n=== d1\nTitle\n\nBody.\n\n\n=== d2 \nOther\n")
    assert gk.source_blocks(src) == {"d1": "Title\n\nBody.\n", "d2": "Other\n"}


def test_run_marked_writes_docs_and_gold_and_refuses_a_bad_category(tmp_path, capsys):
    texts = {"mt-01": "The theatre said in [[his|its]] channel.\n", "neg-01": "A control.\n"}
    assert gk.run_marked(tmp_path, texts, gk.PAIR_MARK, category=gk.PRO) == 0
    assert (tmp_path / "docs" / "mt-01.txt").read_text() == "The theatre said in his channel.\n"
    assert json.loads((tmp_path / "gold.jsonl").read_text())["correction"] == "its"
    assert capsys.readouterr().out.startswith("1 gold lines in 1 docs; 1 controls")
    (tmp_path / "gold.jsonl").write_text("old\n")
    assert gk.run_marked(tmp_path, {"mt-01": "{{sands=>Peskov|names}}\n"}, gk.ARROW_MARK) == 1
    assert "bad category 'names'" in capsys.readouterr().err
    assert (tmp_path / "gold.jsonl").read_text() == "old\n"


MARKED = sorted(p for p in EVAL.glob("*/build.py") if "run_marked" in p.read_text(encoding="utf-8"))


def test_the_marked_sets_use_goldkit():
    assert len(MARKED) >= 4


@pytest.mark.parametrize("script", MARKED, ids=lambda p: str(p.relative_to(EVAL)))
def test_each_marked_set_rebuilds_its_committed_docs_and_gold_byte_for_byte(tmp_path, script):
    # On a copy without docs/ and gold.jsonl, run from elsewhere: every file comes back the same.
    set_dir = script.parent
    copy = tmp_path / "eval" / set_dir.name
    shutil.copytree(set_dir, copy, ignore=shutil.ignore_patterns("docs", "gold.jsonl"))
    shutil.copy(EVAL / "goldkit.py", tmp_path / "eval" / "goldkit.py")
    done = subprocess.run([sys.executable, str(copy / "build.py")], cwd=tmp_path,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    made = sorted(p.relative_to(copy) for p in copy.rglob("*") if p.is_file())
    want = sorted(p.relative_to(set_dir) for p in set_dir.rglob("*") if p.is_file())
    assert made == want
    for rel in want:
        assert (copy / rel).read_bytes() == (set_dir / rel).read_bytes(), rel
