"""The --source option, shared by `check` and `fix` (one small hook in each command)."""

from __future__ import annotations

from pathlib import Path

import click

from mtaudit.core.errors import UserError

source_option = click.option(
    "--source", "source_path", type=click.Path(dir_okay=False),
    help="The Russian original of the (single) audited file: names, numbers and dates are checked "
         "against it, sentences aligned (needs the `source` extra).")


def read_source_option(source_path: str | None, paths, encoding: str, max_bytes: int):
    """The --source text (for the audit context's constructor), or None; it belongs to exactly
    one input file."""
    if not source_path:
        return None
    if len(paths) != 1 or Path(paths[0]).is_dir():
        raise UserError("--source goes with exactly one input file (use `batch` with a `source` field for many)")
    from mtaudit.source.reading import read_source

    return read_source(source_path, encoding=encoding, max_bytes=max_bytes)
