"""`mtaudit glossary`: validate, import, export and count named-entity glossaries."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from mtaudit.core.errors import UserError
from mtaudit.glossary import load_glossary
from mtaudit.glossary.convert import FORMATS, render, stats
from mtaudit.glossary.loader import bundled_files, format_of, merge_bundled, read_file
from mtaudit.glossary.model import Glossary
from mtaudit.glossary.schema import concept_errors
from mtaudit.core.io import write_atomic


def _load(paths: tuple[str, ...], fmt: str | None = None) -> Glossary:
    """The given files merged (later ids override earlier), or the bundled glossary."""
    if not paths:
        return load_glossary((), bundled=True)
    concepts: dict = {}
    accept: set[str] = set()
    for raw in paths:
        more, accepted = read_file(Path(raw), fmt)
        concepts.update((c.id, c) for c in more)
        accept.update(accepted)
    return Glossary(list(concepts.values()), frozenset(accept), tuple(paths))


def _emit(data: bytes, output: str | None) -> None:
    if output:
        write_atomic(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@click.group("glossary")
def glossary_cmd():
    """Validate, convert (YAML, TSV/CSV, TBX) and count named-entity glossaries.

    \b
    Examples:
      mtaudit glossary validate                    the bundled glossary
      mtaudit glossary validate my.yaml
      mtaudit glossary export --format tbx -o g.tbx
      mtaudit glossary import g.tbx --format yaml -o g.yaml
      mtaudit glossary stats --format json
    """


def all_errors(path: Path) -> list[str]:
    """Every mistake in one glossary file, not only the first: in a YAML file each concept is
    checked on its own (a table or TBX file reports its first mistake)."""
    try:
        read_file(path)
        return []
    except UserError as exc:
        first = exc
    if format_of(path) != "yaml":
        return [first.render()]
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (UnicodeDecodeError, OSError):
        return [first.render()]
    return concept_errors(text, str(path)) or [first.render()]


@glossary_cmd.command("validate")
@click.argument("paths", nargs=-1)
def validate_cmd(paths):
    """Check glossary files (default: the bundled ones) and report every error, each as
    file:line: message. Exit codes: 0 valid, 2 errors."""
    files = [Path(p) for p in paths] if paths else bundled_files()
    if not files:
        raise UserError("no bundled glossary found")
    errors = [e for f in files for e in all_errors(f)]
    if not errors:
        try:
            glossary = _load(paths) if paths else merge_bundled(files)  # not the cache: what is on disk
        except UserError as exc:  # a duplicate id across the bundled files
            errors = [exc.render()]
    if errors:
        for e in errors:
            click.echo(e, err=True)
        if len(errors) > 1:
            bad = len({e.split(":", 1)[0] for e in errors})
            click.echo(f"{len(errors)} errors in {bad} file{'s' * (bad != 1)}", err=True)
        sys.exit(2)
    click.echo(f"ok: {len(glossary)} concepts in {len(glossary.files)} file(s)")


@glossary_cmd.command("export")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="yaml", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export_cmd(paths, fmt, output):
    """Write the glossary in PATHS (default: the bundled one) in another format."""
    _emit(render(_load(paths), fmt), output)


@glossary_cmd.command("import")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--from", "src_fmt", type=click.Choice(FORMATS), help="Format of SOURCE (default: by suffix).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="yaml", show_default=True,
              help="Format to write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def import_cmd(source, src_fmt, fmt, output):
    """Read SOURCE (YAML, TSV/CSV or TBX), validate it, and write it as --format."""
    format_of(Path(source), src_fmt)
    _emit(render(_load((source,), src_fmt), fmt), output)


@glossary_cmd.command("stats")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats_cmd(paths, fmt):
    """Count concepts, per type and per form kind."""
    data = stats(_load(paths))
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['concepts']} concepts (glossary {data['hash']})")
    click.echo("types: " + ", ".join(f"{k} {v}" for k, v in data["types"].items()))
    click.echo("per beat (file):")
    for beat, counts in data["beats"].items():
        by_type = ", ".join(f"{k} {v}" for k, v in counts.items() if k != "concepts")
        click.echo(f"  {beat:<24} {counts['concepts']:>5}  ({by_type})")
    click.echo("forms: " + ", ".join(f"{k} {v}" for k, v in data["forms"].items()))
    click.echo(f"wrong forms needing a cue: {data['wrong_needing_cue']}; accepted strings: {data['accept']}")
