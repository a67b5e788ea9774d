"""`mtaudit batch`: audit a JSONL corpus, one output record per input line, in order."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import click

from mtaudit.runners.batch import (RecordWriter, ResumeState, count_lines, load_resume_state, open_input,
    read_items, resume_key)
from mtaudit.core.errors import UserError
from mtaudit.runners.pool import prepare_parent, run_local
from mtaudit.audit.signature import signature, signature_line
from mtaudit.commands.common import Phases
from mtaudit.commands.options import audit_options, min_confidence_option, parse_weights, weights_option


def _check_files(paths, what: str) -> None:
    for p in paths:
        if not Path(p).is_file():
            raise UserError(f"no such {what} file", p)


@click.command("batch")
@click.argument("input_path", metavar="IN.jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write records here (default: stdout). Needed for --resume.")
@click.option("--text-field", default="text", show_default=True, help="Field holding the article text.")
@click.option("--id-field", default="id", show_default=True,
              help="Field holding the document id (missing: the line number is the id).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (local) or Dask workers in the default LocalCluster.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool here; dask: a Dask cluster (pip install 'mtaudit[dask]').")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: start a LocalCluster).")
@click.option("--resume", is_flag=True, help="Skip ids already in the output; append the rest.")
@click.option("--overwrite", is_flag=True,
              help="Replace an existing output (only when the run completes; a killed run keeps the old one).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Documents per task sent to a worker.")
@min_confidence_option
@click.option("--ref-field", metavar="FIELD",
              help="Field holding each record's own reference, used besides every --ref: a file name "
                   "(an article, a list of quotes or a .jsonl quote bank, relative to IN.jsonl's folder "
                   "and inside it) or a list of quotes (strings, or objects with \"quote\" and optional "
                   "\"speaker\", \"source\", \"date\"). Missing or null: --ref alone. Records naming "
                   "the same file share one load.")
@weights_option
@audit_options
def batch_cmd(input_path, output, text_field, id_field, workers, engine, scheduler, resume, overwrite, chunk_size,
              ref_field, weights, spec, encoding, max_bytes):
    """Audit every document of a JSONL corpus ({"id": ..., "text": ...} a line).

    Writes one record a line, in input order: id, line, findings, a summary with the MQM score,
    and "error" (null, or why the line could not be audited: bad JSON, no text field ...).
    Streams: memory does not grow with the corpus. A killed run continues with --resume.

    \b
    A reference per record (--ref-field ref):
      {"id": "a1", "text": "...", "ref": "refs/a1.jsonl"}
      {"id": "a2", "text": "...", "ref": ["The quote as first said.", {"quote": "...", "speaker": "..."}]}
    Each worker loads the glossary and every model once; a line on stderr says when a model
    starts loading.

    Exit codes: 0 no findings, 1 findings, 2 usage error. Error records do not change the
    exit code; they are counted on stderr.
    """
    if resume and not output:
        raise UserError("--resume needs -o OUT.jsonl (the output to continue)")
    if resume and overwrite:
        raise UserError("--resume and --overwrite exclude each other")
    if scheduler and engine != "dask":
        raise UserError("--scheduler needs --engine dask")
    if output and input_path != "-" and Path(output).resolve() == Path(input_path).resolve():
        raise UserError("the output would overwrite the input", output)  # a hard link: RecordWriter
    if engine == "dask":
        from mtaudit.runners.distributed import import_dask

        import_dask()
        if input_path == "-" or not Path(input_path).is_file():
            raise UserError("the dask engine reads a regular file, not a stream", input_path)
    _check_files(spec.glossaries, "glossary")
    _check_files(spec.refs, "reference")
    ref_root = str(Path(input_path).resolve().parent) if input_path != "-" else str(Path.cwd())
    spec = replace(spec, weights=tuple(parse_weights(weights).items()), ref_field=ref_field or None,
                   ref_root=ref_root)
    from mtaudit.models.progress import announce_to_stderr, set_announcer

    announce_to_stderr()  # "batch: loading the embedding model ..." (workers name themselves)
    click.get_current_context().call_on_close(lambda: set_announcer(None))  # for this command only
    if engine != "dask":
        prepare_parent(workers)  # before any model loads: workers fork from this process and share them
    setup = spec.build()  # the user's rule files load (and fail, exit 2) here, before any work starts
    if spec.refs:
        setup.ctx.references  # load here: a bad reference fails once (exit 2); the model enters the signature
    sig = signature(setup.ctx)  # loads the glossary here, so a broken one fails once, with exit 2
    writer = RecordWriter(output, append=resume, overwrite=overwrite, input_path=input_path)  # locked
    state = load_resume_state(output, writer.fd) if resume else ResumeState(Counter())
    if state.truncated_bytes:
        click.echo(f"warning: {output}: dropped a torn last line ({state.truncated_bytes} bytes)", err=True)
    if engine == "dask":
        from mtaudit.runners.distributed import run_dask

        records = (r for r in run_dask(input_path, spec, text_field, id_field, encoding, max_bytes, workers,
                                       scheduler) if not state.skip(resume_key(r)))
        fh = None
    else:
        fh = open_input(input_path)
        records = run_local(read_items(fh, state, text_field, id_field, encoding, max_bytes, spec.ref_field),
                            spec, workers, chunk_size, setup=setup)
    what = "starting Dask workers" if engine == "dask" else (
        f"starting {workers} workers" if workers > 1 else "loading the glossary")
    if spec.refs:
        what += " and the reference model"
    totals = _write_all(records, writer, count_lines(input_path), loading=what)
    if fh is not None and fh is not sys.stdin.buffer:
        fh.close()
    _report(totals, state, sig, setup.ctx.warnings)
    sys.exit(1 if totals["with_findings"] or state.with_findings else 0)


def _write_all(records, writer: RecordWriter, total: int | None, loading: str = "loading",
               phases: Phases | None = None) -> dict:
    """Write every record; on a terminal, a loading phase (no ETA) until the first record comes
    back -- models load in the workers -- then a bar whose rate and ETA count from there."""
    totals = {"documents": 0, "with_findings": 0, "findings": 0, "errors": 0, "error_lines": [],
              "started": time.perf_counter()}
    phases = phases or Phases(unit="docs/s")
    completed = False
    try:
        with phases:
            with phases.loading(loading):
                pass
            working = False
            for record in records:
                if not working:
                    phases.start_work("auditing", total=total, completed=max(record["line"] - 1, 0))
                    totals["first_record"] = time.perf_counter()
                    working = True
                writer.write(record)
                if record.get("error"):
                    totals["errors"] += 1
                    if len(totals["error_lines"]) < 5:
                        totals["error_lines"].append(record["line"])
                else:
                    totals["documents"] += 1
                    totals["findings"] += len(record["findings"])
                    totals["with_findings"] += bool(record["findings"])
                phases.set(record["line"])
        completed = True
    finally:
        writer.close(completed) if isinstance(writer, RecordWriter) else writer.close()
    totals["seconds"] = time.perf_counter() - totals["started"]
    return totals


def _report(totals: dict, state: ResumeState, sig: dict, warnings: list[str]) -> None:
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    loading = totals.get("first_record", totals["started"]) - totals["started"]
    working = totals["seconds"] - loading
    rate = f"{totals['documents'] / working:,.1f} docs/s" if working > 0.05 and totals["documents"] > 1 else "rate -"
    resumed = f", {state.records} already written (resumed)" if state.records else ""
    click.echo(f"batch: {totals['documents']} documents audited ({rate}, after {loading:.1f} s loading), "
               f"{totals['with_findings']} with findings, {totals['findings']} findings{resumed}", err=True)
    if totals["errors"]:
        lines = ", ".join(map(str, totals["error_lines"])) + (", ..." if totals["errors"] > 5 else "")
        click.echo(f"batch: {totals['errors']} error records (lines {lines}); see their \"error\" field",
                   err=True)
    click.echo(f"signature: {signature_line(sig)}", err=True)
