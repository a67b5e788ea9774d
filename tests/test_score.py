"""`mtaudit score`: sacrebleu corpus and segment scores with signatures, by line or by sentence."""

from __future__ import annotations

import json

import sacrebleu
from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.metrics.translation import align_sentences

HYP = "The cat sat on the mat.\nIt was very happy there.\nThen it left.\n"
REF = "The cat sat on a mat.\nIt was really happy there.\nThen it went away.\n"


def _run(tmp_path, hyp, ref, *extra):
    (tmp_path / "hyp.txt").write_text(hyp, encoding="utf-8")
    (tmp_path / "ref.txt").write_text(ref, encoding="utf-8")
    return CliRunner().invoke(cli, ["score", str(tmp_path / "hyp.txt"), "--ref", str(tmp_path / "ref.txt"), *extra])


def test_line_aligned_json_matches_sacrebleu_and_carries_signatures(tmp_path):
    result = _run(tmp_path, HYP, REF, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["alignment"] == "line" and len(data["segments"]) == 3
    hyps, refs = HYP.splitlines(), [REF.splitlines()]
    assert data["corpus"]["bleu"]["score"] == round(sacrebleu.corpus_bleu(hyps, refs).score, 2)
    assert data["corpus"]["chrf"]["score"] == round(sacrebleu.corpus_chrf(hyps, refs).score, 2)
    assert data["corpus"]["ter"]["score"] == round(sacrebleu.corpus_ter(hyps, refs).score, 2)
    assert data["corpus"]["bleu"]["signature"].startswith("nrefs:1|")
    assert "tok:tercom" in data["corpus"]["ter"]["signature"]
    assert data["segments"][0]["chrf"] == round(sacrebleu.sentence_chrf(hyps[0], [refs[0][0]]).score, 2)


def test_metrics_option_selects_metrics_and_text_output_says_how_segments_align(tmp_path):
    result = _run(tmp_path, HYP, REF, "--metrics", "chrf")
    assert result.exit_code == 0
    assert "3 segments aligned by line" in result.output
    assert "chrF2 = " in result.output and "BLEU" not in result.output and "signature: nrefs:1" in result.output


def test_different_line_counts_align_by_sentence_and_say_so(tmp_path):
    hyp = "The cat sat on the mat. It was very happy there.\n\nThen it left.\n"
    result = _run(tmp_path, hyp, REF, "--format", "json")
    data = json.loads(result.output)
    assert data["alignment"] == "sentence" and "aligned by sentence" in data["note"]
    assert [s["ref"] for s in data["segments"]] == REF.splitlines()


def test_sentence_alignment_merges_a_split_sentence():
    hyp = ["The minister arrived in Paris on Monday and met the president.", "Talks lasted two hours."]
    ref = ["The minister arrived in Paris on Monday.", "He met the president.", "Talks lasted two hours."]
    pairs = align_sentences(hyp, ref)
    assert pairs[0] == (hyp[0], "The minister arrived in Paris on Monday. He met the president.")
    assert pairs[1] == (hyp[1], ref[2])


def test_unknown_metric_and_missing_file_are_one_line_errors(tmp_path):
    result = _run(tmp_path, HYP, REF, "--metrics", "bleu,meteor")
    assert result.exit_code == 2 and "unknown metric meteor" in result.output
    result = CliRunner().invoke(cli, ["score", str(tmp_path / "nope.txt"), "--ref", str(tmp_path / "ref.txt")])
    assert result.exit_code == 2 and "no such file" in result.output and "Traceback" not in result.output
