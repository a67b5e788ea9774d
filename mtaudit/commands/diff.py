"""`mtaudit diff`: show what `mtaudit fix` would change, annotated, in the terminal (writes nothing)."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from ..decisions import check_against
from ..errors import UserError
from ..fixes import FixPolicy, fix_document
from ..io import expand_paths, read_document
from ..report import terminal
from ..types import Confidence
from .fix import load_decisions_by_doc
from .options import audit_options, make_context, make_selection


@click.command("diff")
@click.argument("paths", nargs=-1, required=True)
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes.")
@click.option("--inline", is_flag=True, help="One column with removed and added words marked, instead of side by side.")
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Reviewer decisions (JSON) to apply, as in `mtaudit fix`.")
@click.option("--min-confidence", type=click.Choice([c.value for c in Confidence]), default="possible",
              show_default=True, help="Ignore findings less sure than this.")
@audit_options
def diff_cmd(paths, unsafe_fixes, inline, decision_files, min_confidence, glossaries, no_bundled_glossary,
             refs, select, ignore, encoding, max_bytes):
    """Show the fixes for PATHS as an annotated side-by-side (or --inline) diff. Writes no file.

    Exit codes: 0 it ran, 2 usage or input error.
    """
    decisions = load_decisions_by_doc(decision_files)
    ctx = make_context(glossaries, no_bundled_glossary, refs)
    selection = make_selection(select, ignore)
    console = Console(highlight=False)
    failed = False
    for item in expand_paths(list(paths)):
        try:
            if isinstance(item, UserError):
                raise item
            doc = read_document(item, encoding=encoding, max_bytes=max_bytes)
        except UserError as exc:
            click.echo(exc.render(), err=True)
            failed = True
            continue
        dec = decisions.get(doc.doc_id)
        policy = FixPolicy(unsafe=unsafe_fixes, verdicts=dec.verdicts if dec else {})
        result = fix_document(doc, ctx, selection, policy, min_confidence=Confidence(min_confidence))
        if dec:
            for warning in check_against(dec, doc.doc_id, result.findings):
                click.echo(f"warning: {warning}", err=True)
        terminal.render(result, console, str(item), inline=inline)
    for w in ctx.warnings:
        click.echo(f"warning: {w}", err=True)
    sys.exit(2 if failed else 0)
