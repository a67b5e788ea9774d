"""`mtaudit report`: totals, worst documents and the score distribution of a batch output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from mtaudit.report.corpus import render_text, summarize
from mtaudit.core.errors import UserError
from mtaudit.core.io import write_atomic
from mtaudit.report import corpus_html


@click.command("report")
@click.argument("batch_output", metavar="OUT.jsonl")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="What to print on stdout.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML page with charts here.")
@click.option("--worst", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the lowest-scoring documents to list.")
def report_cmd(batch_output, fmt, html_path, worst):
    """Summarise the output of `mtaudit batch`: findings per category and rule, the worst
    documents (lowest MQM score) and the distribution of quality scores.

    Exit codes: 0 report written, 2 usage or input error.
    """
    if html_path and Path(html_path).resolve() == Path(batch_output).resolve():
        raise UserError(f"{html_path} is the batch output; the page would overwrite it")
    report = summarize(batch_output, worst=worst)
    if html_path:
        write_atomic(html_path, corpus_html.render(report))
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(report))
