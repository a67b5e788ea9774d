"""`mtaudit fix`: apply fixes, and write the corrected text, findings, annotated diff and review page.

The input is never overwritten unless --in-place. A document no fix changed is written back
byte for byte; a changed one is encoded with the encoding it was read with (a UTF-8 BOM is
kept: it stays in the text as U+FEFF, outside every edit).
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from mtaudit.audit.context import AuditContext
from mtaudit.audit.decisions import check_against, load_decisions_by_doc
from mtaudit.text.document import Document
from mtaudit.audit.engine import AuditResult
from mtaudit.core.errors import UserError
from mtaudit.audit.fixes import MAX_PASSES, FixPolicy, FixResult, Status, count_remaining, fix_document, reviewable
from mtaudit.runners.inputs import STDIN, read_inputs
from mtaudit.core.io import check_output, write_atomic
from mtaudit.report import diff as diff_report
from mtaudit.report import html as html_report
from mtaudit.report import jsonl
from mtaudit.report.terminal import visible
from mtaudit.audit.signature import signature, signature_line
from mtaudit.commands.common import Phases, echo_warning, input_options, plural
from mtaudit.commands.source_option import read_source_option, source_option
from mtaudit.commands.options import audit_options, min_confidence_option

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


_RESERVED = frozenset("CON PRN AUX NUL CONIN$ CONOUT$".split() + [f"{p}{n}" for p in ("COM", "LPT") for n in range(10)])


def safe_name(doc_id: str) -> str:
    """A file-name stem from a document id that cannot leave its directory (nor name a
    Windows device such as CON or NUL, where the output may be copied)."""
    name = _UNSAFE_NAME.sub("_", doc_id).strip("._-")[:120]
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name or "doc"


def inside(directory: Path, name: str) -> Path:
    """directory/name, refusing anything that would resolve outside the directory."""
    base = directory.resolve()
    target = (base / name).resolve()
    if target.parent != base:
        raise UserError(f"refusing to write {name!r} outside {directory}")
    return target


@dataclass
class _Job:
    path: Path | None             # None: standard input
    doc: Document
    result: FixResult
    stem: str


def _stems(docs: list[Document]) -> list[str]:
    """Sanitised, unique output stems (a second `a.txt` from another directory becomes `a-2`)."""
    seen: dict[str, int] = {}
    taken: set[str] = set()
    out = []
    for d in docs:
        stem = safe_name(d.doc_id)
        unique = stem
        while unique.casefold() in taken:  # "a", "a-2", "a": the second "a" must not become "a-2"
            seen[stem] = seen.get(stem, 1) + 1
            unique = f"{stem}-{seen[stem]}"
        taken.add(unique.casefold())
        out.append(unique)
    return out


def _encoded(job: _Job, encoding: str) -> bytes:
    """The bytes of the fixed text, whole (for standard output: an encoding error must come
    before the first byte is written)."""
    return b"".join(_encoded_parts(job, encoding))


ENCODE_CHARS = 1 << 20  # the fixed text is encoded this many characters at a time
_INCREMENTAL = frozenset(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])


def _encoded_parts(job: _Job, encoding: str):
    """The bytes of the fixed text in pieces, for write_atomic to stream: a big document's
    fixed text is never encoded whole beside itself. Only the UTF codecs, whose incremental
    encoders give exactly the whole encoding's bytes (one BOM, same byte order), are cut; any
    other codec encodes the text whole (UTF-7 and punycode, for one, are not incremental)."""
    if not job.result.changed and job.path is not None:
        yield job.path.read_bytes()  # untouched: the very bytes read
        return
    encoding = job.doc.encoding or encoding  # the codec it was read with: same BOM, same byte order
    text = job.result.text
    try:
        if codecs.lookup(encoding).name not in _INCREMENTAL:
            yield text.encode(encoding)
            return
        encoder = codecs.getincrementalencoder(encoding)()
        for lo in range(0, len(text), ENCODE_CHARS):
            yield encoder.encode(text[lo:lo + ENCODE_CHARS])
        yield encoder.encode("", final=True)
    except UnicodeEncodeError as exc:
        raise UserError(f"a fix put {exc.object[exc.start:exc.end]!r} into a {encoding} document that cannot "
                        f"encode it; use --ignore for that rule", str(job.path)) from None


def _guard(target: Path, inputs: set[Path]) -> Path:
    if target.resolve() in inputs:
        raise UserError(f"{target} is an input file; use --in-place to overwrite inputs")
    return target


def _summary(job: _Job, wrote: list[str]) -> str:
    r, counts = job.result, {}
    for o in r.outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    where = f" -> {', '.join(wrote)}" if wrote else ""
    parts = [plural(len(r.findings), "finding"),
             f"{plural(len(r.changes), 'fix', 'fixes')} applied" + (
                 f" in {plural(r.passes, 'pass', 'passes')}" if r.changes else "")]
    proposals = counts.get(Status.PROPOSED, 0)
    if proposals:
        parts.append(f"{plural(proposals, 'unsafe proposal')} not applied (--unsafe-fixes or a review applies them)")
    if counts.get(Status.REJECTED):
        parts.append(f"{counts[Status.REJECTED]:,} rejected")
    if r.skipped:
        parts.append(f"{len(r.skipped):,} skipped")
    return f"{job.path or job.doc.path or STDIN}: {', '.join(parts)}{where}"


@click.command("fix")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(), help="Write the corrected text here (a directory with several PATHS).")
@click.option("--in-place", is_flag=True, help="Overwrite the input files (atomically).")
@click.option("--report-dir", type=click.Path(file_okay=False),
              help="Write <doc>.findings.jsonl, <doc>.fixed.txt, <doc>.diff and <doc>.review.html here.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply unsafe fixes (display-only ones never apply).")
@click.option("--decisions", "decision_files", multiple=True, type=click.Path(dir_okay=False),
              help="Reviewer decisions (JSON, from the review page): accept unsafe fixes, reject any; repeatable.")
@min_confidence_option
@click.option("--diff", "show_diff", is_flag=True, help="Print the annotated diff on stdout.")
@click.option("--html", "html_out", type=click.Path(), help="Write the review page here (a directory with several PATHS).")
@click.option("--max-passes", type=click.IntRange(1, 100), default=MAX_PASSES, show_default=True,
              help="Re-audit and fix at most this many times.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain unfixed (errors still exit 2).")
@click.option("-q", "--quiet", is_flag=True, help="No per-file summary and no warnings; errors only.")
@input_options
@source_option
@audit_options
def fix_cmd(paths, output, in_place, report_dir, unsafe_fixes, decision_files, show_diff, html_out, max_passes,
            exit_zero, quiet, stdin_filename, exclude, spec, encoding, max_bytes, source_path=None):
    """Apply fixes to PATHS (files, directories, or - for standard input) and write the corrected
    text, the annotated diff and the review page.

    \b
    Safe fixes apply by default; unsafe ones with --unsafe-fixes or an accept decision;
    display-only ones never. Without -o, --in-place, --report-dir, --diff or --html the
    corrected text goes to stdout.
    Exit codes: 0 nothing left to do, 1 findings remain unfixed (unsafe proposals waiting for
    --unsafe-fixes or a review, findings without a fix), 2 usage or input error.
    """
    if output and in_place:
        raise click.UsageError("-o and --in-place exclude each other")
    if in_place and STDIN in paths:
        raise click.UsageError("standard input cannot be fixed in place; the fixed text goes to stdout")
    to_stdout = not (output or in_place or report_dir or show_diff or html_out)
    decisions = load_decisions_by_doc(decision_files)
    ctx = AuditContext(spec, source=read_source_option(source_path, paths, encoding, max_bytes))
    selection = ctx.selection
    errors: list[str] = []

    def failed(line: str) -> None:
        errors.append(line)
        click.echo(line, err=True)

    docs: list[tuple[Path | None, Document]] = [
        (item.path, item.doc) for item in read_inputs(paths, encoding, max_bytes, stdin_filename, exclude,
                                                      on_error=failed, on_warning=lambda w: echo_warning(w, quiet))]
    several = len(docs) > 1 or len(paths) > 1 or any(p != STDIN and Path(p).is_dir() for p in paths)
    if to_stdout and several:
        raise click.UsageError("several files: give -o DIR, --in-place or --report-dir")
    unknown = set(decisions) - {d.doc_id for _, d in docs}
    if unknown:
        raise UserError(f"decisions for {', '.join(sorted(map(repr, unknown)))} match none of the documents given",
                        decisions[sorted(unknown)[0]].path)
    jobs = []
    with Phases(enabled=None if not quiet else False) as phases:
        if docs:
            with phases.loading("loading the glossary" + (" and the reference model" if spec.refs else "")):
                ctx.glossary
                if ctx.ref_paths:
                    ctx.references
        phases.start_work("fixing", total=len(docs) or None)
        for (path, doc), stem in zip(docs, _stems([d for _, d in docs])):
            phases.describe(f"fixing {path or doc.path or STDIN}")
            dec = decisions.get(doc.doc_id)
            policy = FixPolicy(unsafe=unsafe_fixes, verdicts=dec.verdicts if dec else {})
            result = fix_document(doc, ctx, selection, policy, min_confidence=ctx.min_confidence,
                                  max_passes=max_passes)
            if dec:
                for warning in check_against(dec, doc.doc_id, reviewable(result)):
                    click.echo(f"warning: {warning}", err=True)
            jobs.append(_Job(path, doc, result, stem))
            phases.advance()
    for w in ctx.warnings:
        echo_warning(w, quiet)
    sig = signature_line(signature(ctx))
    inputs = {p.resolve() for p, _ in docs if p is not None}
    summary_err = to_stdout or show_diff
    left = 0
    for job in jobs:
        wrote = _write_outputs(job, output, in_place, report_dir, html_out, several, inputs, encoding, sig)
        label = str(job.path or job.doc.path or STDIN)
        if show_diff:
            rendered = diff_report.render(job.result, label, sig)
            sys.stdout.write(visible(rendered) if sys.stdout.isatty() else rendered)  # a file gets it exact
        if to_stdout:
            sys.stdout.flush()
            out = getattr(sys.stdout, "buffer", None)
            if out is None:
                sys.stdout.write(_encoded(job, encoding).decode(encoding))
            else:
                out.write(_encoded(job, encoding))
                out.flush()
        left += count_remaining(job.result)
        if not quiet:
            click.echo(_summary(job, wrote), err=summary_err)
    if errors:
        sys.exit(2)
    sys.exit(1 if left and not exit_zero else 0)


def _write_outputs(job: _Job, output, in_place, report_dir, html_out, several, inputs, encoding, sig) -> list[str]:
    wrote: list[str] = []
    label = str(job.path or job.doc.path or STDIN)
    if in_place and job.path is not None:
        if job.result.changed:
            write_atomic(job.path, _encoded_parts(job, encoding), in_place=True)
            wrote.append(str(job.path))
    if output:
        as_dir = several or Path(output).is_dir()
        target = inside(Path(output), f"{job.stem}.fixed.txt") if as_dir else Path(output)
        write_atomic(_guard(target, inputs), _encoded_parts(job, encoding))
        wrote.append(str(target))
    if html_out:
        as_dir = several or Path(html_out).is_dir()
        target = inside(Path(html_out), f"{job.stem}.review.html") if as_dir else Path(html_out)
        write_atomic(_guard(target, inputs), (part.encode("utf-8") for part in html_report.render_parts(job.result, sig)))
        wrote.append(str(target))
    if report_dir:
        directory = Path(report_dir)
        outputs = {  # rendered one at a time as written: a big document's four outputs never all in memory
            "findings.jsonl": lambda: (part.encode("utf-8") for part in jsonl.parts(
                [AuditResult(job.doc, job.result.findings, job.result.skipped_detectors)])),
            "fixed.txt": lambda: _encoded_parts(job, encoding),
            "diff": lambda: (part.encode("utf-8") for part in diff_report.render_parts(job.result, label, sig)),
            "review.html": lambda: (part.encode("utf-8") for part in html_report.render_parts(job.result, sig)),
        }
        targets = {suffix: _guard(inside(directory, f"{job.stem}.{suffix}"), inputs) for suffix in outputs}
        for target in targets.values():
            check_output(target)  # all refusals before the first write: no partial report
        for suffix, payload in outputs.items():
            write_atomic(targets[suffix], payload())
        wrote.append(f"{directory}/{job.stem}.*")
    return wrote
