"""`mtaudit check`: audit files (or standard input) and report findings -- with ruff's habits.

`--fix` applies the safe fixes in place (to stdout for standard input) and reports what
remains; `--statistics` counts findings per rule; `--exit-zero`, `--quiet` and
`--output-format` behave as in ruff.
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console

from mtaudit.audit import engine
from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.runners.inputs import STDIN, read_inputs
from mtaudit.core.io import write_atomic
from mtaudit.core.gcwork import freeze_loaded
from mtaudit.runners.paths import RunOutcome
from mtaudit.audit.signature import signature
from mtaudit.core.types import Applicability
from mtaudit.commands.common import Phases, echo_warning, input_options, plural, tracked_detectors
from mtaudit.commands.source_option import read_source_option, source_option
from mtaudit.commands.options import (audit_options, min_confidence_option,
    parse_weights, weights_option)

FORMATS = ["text", "jsonl", "json", "xliff"]


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "--output-format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format (xliff: XLIFF 2.1 with ITS quality issues).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here (atomically) instead of stdout.")
@min_confidence_option
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Reviewer decisions (from the review page); accepted findings count as confirmed "
                   "errors, and the report adds their score. Repeatable, one per document.")
@click.option("--fix", "apply_fixes", is_flag=True,
              help="Apply safe fixes to the files in place (standard input: the fixed text goes to stdout) "
                   "and report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, also apply unsafe fixes.")
@click.option("--statistics", is_flag=True, help="Count findings per rule instead of listing them.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors still exit 2).")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings and errors, nothing else (no summary, no warnings).")
@input_options
@weights_option
@source_option
@audit_options
def check(paths, fmt, output, decision_files, apply_fixes, unsafe_fixes, statistics, exit_zero,
          quiet, stdin_filename, exclude, weights, spec,
          encoding, max_bytes, source_path=None):
    """Audit PATHS (files, directories searched for *.txt, or - for standard input) and report likely
    MT artifacts.

    \b
    Examples:
      mtaudit check article.txt
      mtaudit check corpus/ --statistics
      cat article.txt | mtaudit check - --stdin-filename article.txt
      mtaudit check --fix article.txt          apply the safe fixes, report what remains

    Exit codes: 0 no findings (or --exit-zero), 1 findings, 2 usage or input error.
    """
    weights = parse_weights(weights)
    if unsafe_fixes and not apply_fixes:
        raise click.UsageError("--unsafe-fixes needs --fix (or use `mtaudit fix --unsafe-fixes`)")
    if output and any(p != STDIN and Path(output).resolve() == Path(p).resolve() for p in paths):
        raise UserError(f"{output} is an input file; the report would overwrite it")
    ctx = AuditContext(spec, source=read_source_option(source_path, paths, encoding, max_bytes))
    selection = ctx.selection
    outcome = RunOutcome()
    fixed_counts: Counter = Counter()
    with Phases(unit="MB/s", scale=1e6, enabled=None if not quiet else False) as phases:
        def failed(line: str) -> None:
            outcome.errors.append(line)
            click.echo(line, err=True)

        docs = list(read_inputs(paths, encoding, max_bytes, stdin_filename, exclude, on_error=failed,
                                on_warning=lambda w: echo_warning(w, quiet)))
        with phases.loading("loading the glossary" + (" and the reference model" if spec.refs else "")):
            _warm_up(ctx)
        total = sum(len(i.doc.text) for i in docs)
        phases.start_work("auditing", total=total or None)
        done = 0
        for item in docs:
            phases.describe(f"auditing {item.label}")
            n_detectors = 0

            def tick(_doc, size=len(item.doc.text)):
                nonlocal n_detectors
                n_detectors += 1
                phases.set(done + size * min(n_detectors / _detector_count(), 1.0))

            doc = item.doc
            if apply_fixes:
                doc, fixed = _fix_one(item, ctx, selection, unsafe_fixes, encoding)
                fixed_counts[item.label] = fixed
            outcome.results.append(engine.audit(doc, ctx, selection, detectors=tracked_detectors(tick),
                                                min_confidence=ctx.min_confidence))
            done += len(item.doc.text)
            phases.set(done)
    if not outcome.results:  # nothing was audited: the errors above are the whole story
        sys.exit(2)
    sig = signature(ctx)
    confirmed = confirmed_fingerprints(decision_files, outcome.results)
    for w in ctx.warnings:
        echo_warning(w, quiet)
    # with --fix on standard input the fixed text owns stdout (as with ruff); the report goes to stderr
    report_stream = sys.stderr if apply_fixes and STDIN in paths else sys.stdout
    rendered = _render(fmt, outcome, sig, ctx, weights, confirmed, statistics, quiet, fixed_counts,
                       apply_fixes, file=None if output else report_stream)
    if output:
        write_atomic(output, rendered if isinstance(rendered, str) else (part.encode("utf-8") for part in rendered))
    elif isinstance(rendered, str):
        if rendered:
            report_stream.write(rendered)
            report_stream.flush()
    else:  # a JSON/JSONL report streamed a few hundred findings at a time
        for part in rendered:
            report_stream.write(part)
        report_stream.flush()
    if outcome.errors:
        sys.exit(2)
    has_findings = any(r.findings for r in outcome.results)
    sys.exit(1 if has_findings and not exit_zero else 0)


_DETECTORS: list[int] = []


def _detector_count() -> int:
    if not _DETECTORS:
        from mtaudit.detectors import DETECTORS

        _DETECTORS.append(max(len(DETECTORS), 1))
    return _DETECTORS[0]


def _warm_up(ctx) -> None:
    """Load the glossary (and the references with their model) before the timed work starts."""
    ctx.glossary
    if ctx.ref_paths:
        ctx.references
    freeze_loaded()  # what is loaded now lives for the run: out of the collector's way (core/gcwork.py)


def _fix_one(item, ctx, selection, unsafe: bool, encoding: str) -> tuple[Document, int]:
    """Apply the fixes to one input, write it back (stdin: to stdout); the fixed document."""
    from mtaudit.audit.fixes import FixPolicy, fix_document

    result = fix_document(item.doc, ctx, selection, FixPolicy(unsafe=unsafe), min_confidence=ctx.min_confidence)
    if item.path is None or result.changed:
        codec = item.doc.encoding or encoding
        try:
            payload = result.text.encode(codec)  # same BOM and byte order as read (stdin too)
        except UnicodeEncodeError as exc:
            raise UserError(f"a fix put {exc.object[exc.start:exc.end]!r} into a {codec} document that cannot "
                            f"encode it; use --ignore for that rule", item.label if item.path is None else str(item.path)) from None
        if item.path is None:  # standard input: the fixed bytes go to standard output
            sys.stdout.flush()
            out = getattr(sys.stdout, "buffer", None)
            if out is None:
                sys.stdout.write(result.text)
            else:
                out.write(payload)
                out.flush()
        else:
            write_atomic(item.path, payload, in_place=True)
    return Document(result.text, doc_id=item.doc.doc_id, path=item.doc.path), len(result.changes)


def fixable_counts(results) -> tuple[int, int]:
    """(safe, unsafe) fixable findings: what `mtaudit fix` applies, and what --unsafe-fixes adds."""
    safe = unsafe = 0
    for r in results:
        for f in r.findings:
            if f.fix is None or not f.fix.edits:
                continue
            if f.fix.applicability is Applicability.SAFE:
                safe += 1
            elif f.fix.applicability is Applicability.UNSAFE:
                unsafe += 1
    return safe, unsafe


def fixable_line(safe: int, unsafe: int, command: str = "mtaudit fix") -> str | None:
    """ruff's '[*] N fixable with ...' line, or None when nothing is fixable."""
    if safe and unsafe:
        return f"[*] {safe:,} fixable with `{command}` ({unsafe:,} more with `--unsafe-fixes`)."
    if safe:
        return f"[*] {safe:,} fixable with `{command}`."
    if unsafe:
        return f"{plural(unsafe, 'unsafe fix', 'unsafe fixes')} available with `{command} --unsafe-fixes`."
    return None


def statistics_rows(results) -> list[dict]:
    counts: Counter = Counter()
    info: dict[str, tuple[str, str, bool]] = {}
    for r in results:
        for f in r.findings:
            counts[f.code] += 1
            safe = f.fix is not None and f.fix.applicability is Applicability.SAFE and bool(f.fix.edits)
            name, category, fixable = info.get(f.code, (f.name, f.category, False))
            info[f.code] = (name, category, fixable or safe)
    return [{"code": code, "name": info[code][0], "category": info[code][1], "count": n, "fixable": info[code][2]}
            for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _render(fmt, outcome, sig, ctx, weights, confirmed, statistics, quiet, fixed_counts, apply_fixes, file):
    """The report: one string, or (JSON, JSONL) an iterator of string parts to stream."""
    # each output format imported when asked for (lxml, jsonlines are no part of a plain `check`)
    results = outcome.results
    if statistics:
        rows = statistics_rows(results)
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        if fmt != "text":
            raise click.UsageError("--statistics prints text or json")
        width = max((len(f"{r['count']:,}") for r in rows), default=1)
        out = [f"{r['count']:>{width},}  {r['code']:<7} {'[*]' if r['fixable'] else '   '} {r['name']}"
               for r in rows]
        if not quiet:
            out.append(_found_line(results, fixed_counts, apply_fixes))
            line = fixable_line(*fixable_counts(results))
            if line:
                out.append(line)
        return "\n".join(out) + "\n"
    if fmt == "text":
        from mtaudit.report import text

        buf = io.StringIO()
        to_terminal = file is not None and getattr(file, "isatty", lambda: False)()
        console = Console(file=buf, highlight=False, force_terminal=to_terminal or None,
                          no_color=not to_terminal, width=_width(file))
        footer = [] if quiet else [_found_line(results, fixed_counts, apply_fixes)]
        line = fixable_line(*fixable_counts(results))
        if line and not quiet:
            footer.append(line)
        text.render(results, sig, console, weights, confirmed, quiet=quiet, footer=footer,
                    refs_given=bool(ctx.ref_paths), warnings=ctx.warnings)
        return buf.getvalue()
    if fmt == "jsonl":
        from mtaudit.report import jsonl

        return jsonl.parts(results)
    if fmt == "xliff":
        from mtaudit.report import xliff

        return xliff.render(results, sig, weights)
    from mtaudit.report import json_report

    return json_report.parts(results, sig, outcome.errors, ctx.warnings, weights, confirmed)


def _width(file) -> int:
    if file is not None and getattr(file, "isatty", lambda: False)():
        return Console(file=file).width
    return 200  # a file or a pipe: lines are not wrapped (one finding, one line, as grep expects)


def _found_line(results, fixed_counts, apply_fixes) -> str:
    remaining = sum(len(r.findings) for r in results)
    docs = plural(len(results), "document")
    if apply_fixes:
        fixed = sum(fixed_counts.values())
        return (f"Found {plural(fixed + remaining, 'finding')} in {docs} "
                f"({fixed:,} fixed, {remaining:,} remaining).")
    return f"Found {plural(remaining, 'finding')} in {docs}."


def confirmed_fingerprints(decision_files, results) -> set[str] | None:
    """Fingerprints a reviewer accepted; decisions for a document not audited are refused."""
    if not decision_files:
        return None
    from mtaudit.audit.decisions import check_against, load_decisions

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
