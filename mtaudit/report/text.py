"""Text for people: file:line:col, code, message and the proposed fix."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..quality import DEFAULT_WEIGHTS, FORMULA
from ..signature import signature_line
from .summary import corpus_quality, document_summary

_CONFIDENCE_STYLE = {"certain": "bold red", "likely": "yellow", "possible": "cyan"}


def render(results, sig: dict, console: Console, weights=DEFAULT_WEIGHTS,
           confirmed: set[str] | None = None) -> None:
    total = 0
    for result in results:
        where = result.doc.path or result.doc.doc_id
        for f in result.findings:
            total += 1
            line, col = result.doc.line_col(f.start)
            style = _CONFIDENCE_STYLE[f.confidence.value]
            console.print(
                f"[bold]{escape(where)}:{line}:{col}:[/] [{style}]{f.code}[/] "
                f"[dim]{f.name}[/] {escape(f.message)} [dim]({f.confidence.value})[/]",
                highlight=False, soft_wrap=True)
            if f.fix is not None:
                label = "fix" if f.fix.applicability.value == "safe" else f"{f.fix.applicability.value} fix"
                console.print(f"    [green]{label}:[/] “{escape(f.text)}” → “{escape(f.correction or '')}”"
                              f"  [dim]{escape(f.fix.title)}[/]", highlight=False, soft_wrap=True)
        for detector, reason in result.skipped:
            console.print(f"[dim]{escape(where)}: skipped {detector}: {escape(reason)}[/]", highlight=False, soft_wrap=True)
        summary = document_summary(result, weights, confirmed)
        line = f"{where}: MQM score {summary['quality']['score']:.1f} over {summary['quality']['issues']} issues"
        if "quality_confirmed" in summary:
            line += (f", {summary['quality_confirmed']['score']:.1f} over "
                     f"{summary['quality_confirmed']['issues']} confirmed errors")
        console.print(f"[dim]{escape(line)} ({summary['words']} words)[/]", highlight=False, soft_wrap=True)
    docs = len(results)
    console.print(f"\n{total} finding{'s' * (total != 1)} in {docs} document{'s' * (docs != 1)}",
                  highlight=False, soft_wrap=True)
    if docs > 1:
        q = corpus_quality(results, weights)
        console.print(f"corpus MQM score {q['score']:.1f} ({q['issues']} issues, {q['words']} words)",
                      highlight=False, soft_wrap=True)
    weights_text = ", ".join(f"{k} {v:g}" for k, v in weights.items())
    console.print(f"[dim]{escape(FORMULA)}; weights: {weights_text}[/]", highlight=False, soft_wrap=True)
    console.print(f"[dim]{signature_line(sig)}[/]", highlight=False, soft_wrap=True)
