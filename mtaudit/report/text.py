"""Text for people: `file:line:col: CODE [*] name message`, the proposed fix, then a short footer.

A `[*]` marks a finding `mtaudit fix` (or `check --fix`) would fix by itself, as ruff does.
Things said once per run (a check that could not run, the score formula, the signature) are
said once at the end, never once per file; `quiet` keeps only the findings.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from mtaudit.report.quality import DEFAULT_WEIGHTS, FORMULA
from mtaudit.audit.signature import signature_line
from mtaudit.core.types import Applicability
from mtaudit.report.summary import corpus_quality, document_summary

_CONFIDENCE_STYLE = {"certain": "bold red", "likely": "yellow", "possible": "cyan"}
_NO_REFS = "no reference texts given"


def _safe_fix(f) -> bool:
    return f.fix is not None and bool(f.fix.edits) and f.fix.applicability is Applicability.SAFE


def render(results, sig: dict, console: Console, weights=DEFAULT_WEIGHTS,
           confirmed: set[str] | None = None, quiet: bool = False, footer: list[str] | None = None,
           refs_given: bool = True, warnings: list[str] = ()) -> None:
    total = 0
    skipped: dict[str, set[str]] = {}
    say = lambda markup: console.print(markup, highlight=False, soft_wrap=True)  # noqa: E731
    for result in results:
        where = result.doc.path or result.doc.doc_id
        for f in result.findings:
            total += 1
            line, col = result.doc.line_col(f.start)
            style = _CONFIDENCE_STYLE[f.confidence.value]
            star = " [bold]\\[*][/]" if _safe_fix(f) else ""
            say(f"[bold]{escape(where)}:{line}:{col}:[/] [{style}]{f.code}[/]{star} "
                f"[dim]{f.name}[/] {escape(f.message)} [dim]({f.confidence.value})[/]")
            if f.fix is not None and not quiet:
                label = "fix" if f.fix.applicability.value == "safe" else f"{f.fix.applicability.value} fix"
                say(f"    [green]{label}:[/] “{escape(f.text)}” → “{escape(f.correction or '')}”"
                    f"  [dim]{escape(f.fix.title)}[/]")
        for detector, reason in result.skipped:
            skipped.setdefault(reason, set()).add(detector)
        if quiet:
            continue
        summary = document_summary(result, weights, confirmed)
        issues = summary['quality']['issues']
        line = f"{where}: MQM score {summary['quality']['score']:.1f} over {issues} issue{'s' * (issues != 1)}"
        if "quality_confirmed" in summary:
            confirmed_n = summary['quality_confirmed']['issues']
            line += (f", {summary['quality_confirmed']['score']:.1f} over "
                     f"{confirmed_n} confirmed error{'s' * (confirmed_n != 1)}")
        say(f"[dim]{escape(line)} ({summary['words']:,} words)[/]")
    if quiet:
        return
    docs = len(results)
    say("")
    for line in footer if footer is not None else [f"{total} finding{'s' * (total != 1)} in "
                                                    f"{docs} document{'s' * (docs != 1)}"]:
        say(escape(line))
    if docs > 1:
        q = corpus_quality(results, weights)
        say(f"corpus MQM score {q['score']:.1f} ({q['issues']:,} issues, {q['words']:,} words)")
    for reason, detectors in sorted(skipped.items()):
        if not refs_given and _NO_REFS in reason:
            continue  # not asked for: the reference checks simply do not apply
        if any(reason in w for w in warnings):
            continue  # a warning already said it
        say(f"[dim]not run: {escape(', '.join(sorted(detectors)))} ({escape(reason)})[/]")
    weights_text = ", ".join(f"{k} {v:g}" for k, v in weights.items())
    say(f"[dim]{escape(FORMULA)}; weights: {weights_text}[/]")
    say(f"[dim]{escape(signature_line(sig))}[/]")
