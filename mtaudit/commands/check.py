"""`mtaudit check`: audit files and report findings."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click
from rich.console import Console

from ..decisions import check_against, load_decisions
from ..errors import UserError
from ..io import write_atomic
from ..report import json_report, jsonl, text, xliff
from ..runner import audit_paths
from ..signature import signature
from ..types import Confidence
from ..source.cli import attach_source, source_option
from .options import audit_options, make_context, make_selection, parse_weights, weights_option


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "json", "xliff"]), default="text",
              show_default=True, help="Output format (xliff: XLIFF 2.1 with ITS quality issues).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here (atomically) instead of stdout.")
@click.option("--min-confidence", type=click.Choice([c.value for c in Confidence]), default="possible",
              show_default=True, help="Hide findings less sure than this.")
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Reviewer decisions (from the review page); accepted findings count as confirmed "
                   "errors, and the report adds their score. Repeatable, one per document.")
@weights_option
@source_option
@audit_options
def check(paths, fmt, output, min_confidence, decision_files, weights, glossaries, no_bundled_glossary, refs, select, ignore,
          encoding, max_bytes, source_path=None):
    """Audit PATHS (files, or directories of *.txt) and report likely MT artifacts.

    Exit codes: 0 no findings, 1 findings, 2 usage or input error.
    """
    weights = parse_weights(weights)
    if output and any(Path(output).resolve() == Path(p).resolve() for p in paths):
        raise UserError(f"{output} is an input file; the report would overwrite it")
    ctx = make_context(glossaries, no_bundled_glossary, refs)
    attach_source(ctx, source_path, paths, encoding, max_bytes)
    outcome = audit_paths(list(paths), ctx, make_selection(select, ignore), encoding=encoding,
                          max_bytes=max_bytes, min_confidence=Confidence(min_confidence),
                          on_error=lambda m: click.echo(m, err=True))
    sig = signature(ctx)
    confirmed = confirmed_fingerprints(decision_files, outcome.results)
    for w in ctx.warnings:
        click.echo(f"warning: {w}", err=True)
    if fmt == "text":
        if output:
            buf = io.StringIO()
            text.render(outcome.results, sig, Console(file=buf, no_color=True, width=200), weights, confirmed)
            write_atomic(output, buf.getvalue())
        else:
            text.render(outcome.results, sig, Console(highlight=False), weights, confirmed)
    else:
        if fmt == "jsonl":
            rendered = jsonl.render(outcome.results)
        elif fmt == "xliff":
            rendered = xliff.render(outcome.results, sig, weights)
        else:
            rendered = json_report.render(outcome.results, sig, outcome.errors, ctx.warnings, weights, confirmed)
        if output:
            write_atomic(output, rendered)
        else:
            sys.stdout.write(rendered)
    if outcome.errors:
        sys.exit(2)
    sys.exit(1 if any(r.findings for r in outcome.results) else 0)


def confirmed_fingerprints(decision_files, results) -> set[str] | None:
    """Fingerprints a reviewer accepted; decisions for a document not audited are refused."""
    if not decision_files:
        return None
    by_doc = {r.doc.doc_id: r for r in results}
    confirmed: set[str] = set()
    for path in decision_files:
        decisions = load_decisions(path)
        result = by_doc.get(decisions.doc)
        if result is None:
            raise UserError(f"decisions are for document {decisions.doc!r}, which was not audited", path)
        for warning in check_against(decisions, result.doc.doc_id, result.findings):
            click.echo(f"warning: {warning}", err=True)
        confirmed |= {d.fingerprint for d in decisions.items if d.verdict == "accept"}
    return confirmed

