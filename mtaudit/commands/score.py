"""`mtaudit score`: sacrebleu BLEU / chrF / TER of a text against a reference translation.

For when the reference is a translation of the same source text. Segments pair up by
line when both files have as many non-empty lines; otherwise the texts are split into
sentences and aligned monotonically by chrF (1-1, 1-2, 2-1 and skips, a Gale-Church-style
dynamic programme), and the output says which alignment was used.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass

import click

from mtaudit.references.alignment import chrf
from mtaudit.core.errors import UserError
from mtaudit.text.document import read_document

METRICS = ("bleu", "chrf", "ter")
_SKIP_COST = 0.3        # cost of leaving a sentence unaligned (similarity is 0..1)
_BAND = 12              # the alignment never drifts further than this from the diagonal


@dataclass
class Segments:
    hyp: list[str]
    refs: list[list[str]]   # one list per reference, parallel to hyp
    alignment: str          # "line" or "sentence"
    note: str


def _metric(name: str, sentence: bool = False):
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": lambda: BLEU(effective_order=sentence), "chrf": CHRF, "ter": TER}[name]()


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _sentences(text: str) -> list[str]:
    from mtaudit.text.document import Document

    doc = Document(text)
    return [" ".join(doc.slice(s).split()) for s in doc.sentences]


def align_sentences(hyp: list[str], ref: list[str]) -> list[tuple[str, str]]:
    """Monotonic alignment maximising chrF similarity; merged 1-2 / 2-1 beads, skips dropped."""
    n, m = len(hyp), len(ref)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    band = max(_BAND, abs(n - m) + 2)
    for i in range(n + 1):
        for j in range(max(0, i * m // max(n, 1) - band), min(m, i * m // max(n, 1) + band) + 1):
            if cost[i][j] == inf:
                continue
            for di, dj in ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1)):
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                if di and dj:
                    sim = chrf(" ".join(hyp[i:a]), " ".join(ref[j:b])) / 100.0
                    step = 1.0 - sim + (0.05 if di + dj == 3 else 0.0)
                else:
                    step = _SKIP_COST + 0.7
                if cost[i][j] + step < cost[a][b]:
                    cost[a][b] = cost[i][j] + step
                    back[a][b] = (i, j)
    pairs = []
    a, b = n, m
    while (a, b) != (0, 0) and back[a][b] is not None:
        i, j = back[a][b]
        if a > i and b > j:
            pairs.append((" ".join(hyp[i:a]), " ".join(ref[j:b])))
        a, b = i, j
    return pairs[::-1]


def segment(hyp_text: str, ref_texts: list[str]) -> Segments:
    hyp_lines = _lines(hyp_text)
    ref_lines = [_lines(r) for r in ref_texts]
    if all(len(r) == len(hyp_lines) for r in ref_lines) and hyp_lines:
        return Segments(hyp_lines, ref_lines, "line", f"{len(hyp_lines)} segments aligned by line")
    if len(ref_texts) > 1:
        raise UserError("several references need the same number of non-empty lines as the "
                        "hypothesis (line-aligned translations)")
    hs, rs = _sentences(hyp_text), _sentences(ref_texts[0])
    pairs = align_sentences(hs, rs)
    if not pairs:
        raise UserError("could not align any sentence of the hypothesis with the reference")
    note = (f"line counts differ ({len(hyp_lines)} vs {len(ref_lines[0])}): {len(pairs)} segments "
            f"aligned by sentence ({len(hs)} hypothesis and {len(rs)} reference sentences)")
    return Segments([h for h, _ in pairs], [[r for _, r in pairs]], "sentence", note)


def compute(segs: Segments, metrics: tuple[str, ...]) -> dict:
    out = {"alignment": segs.alignment, "note": segs.note, "corpus": {}, "segments": []}
    for name in metrics:
        metric = _metric(name)
        result = metric.corpus_score(segs.hyp, segs.refs)
        out["corpus"][name] = {"name": result.name, "score": round(result.score, 2),
                               "text": str(result), "signature": str(metric.get_signature())}
    sentence_metrics = {name: _metric(name, sentence=True) for name in metrics}
    for k, hyp in enumerate(segs.hyp):
        refs = [r[k] for r in segs.refs]
        row = {"n": k + 1, "hyp": hyp, "ref": refs[0] if len(refs) == 1 else refs}
        for name, metric in sentence_metrics.items():
            row[name] = round(metric.sentence_score(hyp, refs).score, 2)
        out["segments"].append(row)
    return out


def _parse_metrics(value: str) -> tuple[str, ...]:
    names = tuple(x.strip().lower() for x in value.split(",") if x.strip())
    bad = [x for x in names if x not in METRICS]
    if bad or not names:
        raise UserError(f"unknown metric {', '.join(bad) or repr(value)}; choose from {', '.join(METRICS)}")
    return names


@click.command("score")
@click.argument("hyp", type=click.Path(dir_okay=False))
@click.option("--ref", "refs", multiple=True, required=True, type=click.Path(dir_okay=False),
              help="Reference translation of the same text; repeatable (line-aligned only).")
@click.option("--metrics", default="bleu,chrf,ter", show_default=True, help="Comma-separated: bleu, chrf, ter.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files.")
def score_cmd(hyp, refs, metrics, fmt, encoding):
    """Score HYP against reference translations with sacrebleu (corpus and per segment).

    \b
    Example:
      mtaudit score output.txt --ref human.txt --metrics bleu,chrf
    """
    names = _parse_metrics(metrics)
    hyp_text = read_document(hyp, encoding=encoding).text
    ref_texts = [read_document(r, encoding=encoding).text for r in refs]
    result = compute(segment(hyp_text, ref_texts), names)
    if fmt == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    out = [result["note"]]
    for entry in result["corpus"].values():
        out.append(f"{entry['text']}\n    signature: {entry['signature']}")
    out.append("")
    out.append("segment  " + "  ".join(f"{n:>6}" for n in names) + "  hypothesis")
    for row in result["segments"]:
        out.append(f"{row['n']:>7}  " + "  ".join(f"{row[n]:6.1f}" for n in names) + f"  {row['hyp'][:70]}")
    sys.stdout.write("\n".join(out) + "\n")
