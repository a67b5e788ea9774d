"""`mtaudit score`: sacrebleu BLEU / chrF / TER of a text against a reference translation.

The pairing of segments and the scores are mtaudit.metrics.translation's; this prints them.
"""

from __future__ import annotations

import json
import sys

import click

from mtaudit.text.document import read_document
from mtaudit.metrics.translation import compute, parse_metrics, segment


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
    names = parse_metrics(metrics)
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
