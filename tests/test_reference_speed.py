"""Reference batches do less work for the same findings (issue 16): chrF from cached n-grams equal
to sacrebleu's, no embedding of sentences or windows that cannot yield a finding, and workers
forked from a parent that loaded everything once."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sacrebleu.metrics import CHRF

from test_references import FakeEmbedder, _ctx

from mtaudit.cli import cli
from mtaudit.references.alignment import chrf, comparison_form
from mtaudit.references.date_number import checkable_sentences, find_mismatches
from mtaudit.references.quote_drift import find_drift
from mtaudit.text.document import Document

PAIRS = [
    ("The committee will vote on the budget next week.", "The committee votes on the budget next week."),
    ("We have never negotiated with them and we never will.", "We never negotiated with them, and never will."),
    ("Completely different words here.", "The harbour froze early that winter."),
    ("a", "a"), ("a", "b"), ("ab", "b a"), ("", "something"), ("something", ""), ("", ""),
    ("«Мы ответим» — he said", "“We will answer,” he said"), ("x y z", "xyz"),
    ("Prices rose 4.5% in March, the agency said.", "Prices rose 4.5 percent in March, the agency said."),
]


def test_chrf_is_sacrebleus_sentence_chrf_to_the_last_bit():
    metric = CHRF()
    for hyp, ref in PAIRS + [(b, a) for a, b in PAIRS]:
        expected = metric.sentence_score(comparison_form(hyp), [comparison_form(ref)]).score
        assert chrf(hyp, ref) == expected, (hyp, ref)


REF_ARTICLE = ("The talks in Geneva ended on March 3, officials said. "
               "Turnout reached 61 percent in the capital.")


def test_only_sentences_whose_values_the_references_hold_are_embedded():
    fake = FakeEmbedder({}, {})
    refs = _ctx((REF_ARTICLE,), fake).references
    doc = Document("The mayor spoke for 40 minutes. Turnout was 58 percent in the capital. "
                   "The vote was on Sunday. The talks ended on March 4 in Geneva. "
                   "Three ministers attended.")
    kept = [doc.slice(s) for s in checkable_sentences(doc, refs)]
    # minutes: no reference number counts minutes; Sunday: no reference weekday; "Three": no unit
    assert kept == ["Turnout was 58 percent in the capital. ", "The talks ended on March 4 in Geneva. "] \
        or [k.strip() for k in kept] == ["Turnout was 58 percent in the capital.",
                                          "The talks ended on March 4 in Geneva."]
    before = fake.calls
    find_mismatches(doc, refs)
    assert fake.calls - before == 1  # the two kept sentences, in one call


def test_a_mismatch_is_still_found_in_a_kept_sentence():
    text = "Turnout reached 71 percent in the capital."
    fake = FakeEmbedder({}, {text: ("Turnout reached 61 percent in the capital.", 0.95)})
    fake.anchors[comparison_form("Turnout reached 61 percent in the capital.")] = \
        "Turnout reached 61 percent in the capital."
    refs = _ctx((REF_ARTICLE,), fake).references
    found = find_mismatches(Document(text), refs)
    assert [(m.what, m.ref_value) for m in found] == [("percentage", "61 percent")]


def test_a_quote_that_aligns_with_no_reference_quote_embeds_no_windows():
    # the reference quotes nobody: only its sentences can align, and only a reference quote
    # is ever flagged, so the doc quote's windows are neither scored nor embedded
    ref = ("The minister said his country would answer any provocation with every means at its "
           "disposal and would not retreat from the border.")
    quote = "We will answer every provocation there"
    fake = FakeEmbedder({ref: "S"}, {quote: ("S", 0.7)})
    refs = _ctx((ref,), fake).references
    assert all(u.kind == "sentence" for u in refs.units)
    before = fake.calls
    assert find_drift(Document(f"“{quote},” the minister said."), refs) == []
    assert fake.calls - before == 1  # the quote itself; before: a second call for its windows


def _corpus(path, texts):
    with path.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n")


@pytest.mark.slow  # worker processes
def test_forked_workers_with_references_write_what_one_writes(tmp_path):
    """Two workers forked from the parent that loaded the references (and, when installed, the
    embedding model) write byte for byte what one worker writes."""
    ref = tmp_path / "ref.txt"
    ref.write_text("The minister told reporters: “We will respond to any provocation with all the "
                   "means at our disposal.” The drills began on June 12.\n", encoding="utf-8")
    src = tmp_path / "in.jsonl"
    texts = ["“We will respond to any provocation with every means we have,” the minister said. "
             "The drills began on July 12.",
             "The weather was fine. “We will respond to any provocation with all the means at our "
             "disposal,” he said.",
             "Nothing here is quoted or dated."] * 3
    _corpus(src, texts)
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        r = CliRunner().invoke(cli, ["--isolated", "batch", str(src), "--ref", str(ref), "-o", str(out),
                                     "--workers", workers, "--chunk-size", "2"])
        assert r.exit_code in (0, 1), r.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    codes = {f["code"] for line in outs[0].decode().splitlines() for f in json.loads(line)["findings"]}
    assert "MT702" in codes  # the reference checks ran in the workers


@pytest.mark.slow  # worker processes
def test_two_workers_share_the_models_the_parent_loaded_once(tmp_path):
    """Forked workers inherit the parent's parser and embedding model: each is loaded (and said
    to load) once, by the parent, and no worker loads anything itself."""
    import os
    import re
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    _corpus(src, ["He said he would come. “We will respond to any provocation with every means we "
                  "have,” the minister said on June 12."] * 4)
    ref = tmp_path / "ref.txt"
    ref.write_text("“We will respond to any provocation with all the means at our disposal,” the "
                   "minister said.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mtaudit", "batch", str(src), "--ref", str(ref), "--workers",
                           "2", "--chunk-size", "1", "-o", str(tmp_path / "out.jsonl")],
                          capture_output=True, text=True, env={**os.environ, "MTAUDIT_NO_LM": "1"})
    assert done.returncode in (0, 1), done.stderr
    assert not re.findall(r"batch: worker \d+: loading", done.stderr), done.stderr
    loads = re.findall(r"batch: loading (.+?) \.\.\.", done.stderr)
    assert len(loads) == len(set(loads)), done.stderr
    assert any("embedding model" in x for x in loads) or "embeddings unavailable" in done.stderr, done.stderr
