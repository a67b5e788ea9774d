"""`mtaudit diff`: show what `mtaudit fix` would change, annotated, in the terminal (writes nothing)."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from mtaudit.audit.context import AuditContext
from mtaudit.audit.decisions import check_against, load_decisions_by_doc
from mtaudit.audit.fixes import FixPolicy, count_remaining, fix_document, reviewable
from mtaudit.runners.inputs import read_inputs
from mtaudit.report import terminal
from mtaudit.commands.common import echo_warning, input_options
from mtaudit.commands.options import audit_options, min_confidence_option


@click.command("diff")
@click.argument("paths", nargs=-1, required=True)
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes.")
@click.option("--inline", is_flag=True, help="One column with removed and added words marked, instead of side by side.")
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Reviewer decisions (JSON) to apply, as in `mtaudit fix`.")
@min_confidence_option
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain unfixed (errors still exit 2).")
@input_options
@audit_options
def diff_cmd(paths, unsafe_fixes, inline, decision_files, exit_zero, stdin_filename, exclude, spec, encoding,
             max_bytes):
    """Show the fixes for PATHS (files, directories, or - for standard input) as an annotated diff:
    each changed line, original and fixed, with the reason for every change under it. Side by side
    on a wide terminal, stacked on a narrow one; --inline marks removed and added words in one line.
    Writes no file.

    Exit codes: 0 nothing left to do, 1 findings remain that the fixes shown leave (unsafe
    proposals, findings without a fix), 2 usage or input error.
    """
    decisions = load_decisions_by_doc(decision_files)
    ctx = AuditContext(spec)
    selection = ctx.selection
    console = Console(highlight=False)
    failed = False
    left = 0

    def fail(line: str) -> None:
        nonlocal failed
        click.echo(line, err=True)
        failed = True

    for item in read_inputs(paths, encoding, max_bytes, stdin_filename, exclude, on_error=fail,
                            on_warning=echo_warning):
        doc = item.doc
        dec = decisions.get(doc.doc_id)
        policy = FixPolicy(unsafe=unsafe_fixes, verdicts=dec.verdicts if dec else {})
        result = fix_document(doc, ctx, selection, policy, min_confidence=ctx.min_confidence)
        if dec:
            for warning in check_against(dec, doc.doc_id, reviewable(result)):
                click.echo(f"warning: {warning}", err=True)
        terminal.render(result, console, item.label, inline=inline)
        left += count_remaining(result)
    for w in ctx.warnings:
        echo_warning(w)
    if failed:
        sys.exit(2)
    sys.exit(1 if left and not exit_zero else 0)
