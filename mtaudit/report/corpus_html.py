"""The corpus report as one self-contained HTML page with inline SVG bar charts.

No scripts, no external resources: a Content-Security-Policy meta tag forbids them, and every
piece of text from the data is HTML-escaped. The page uses the width of the window (up to a
readable maximum), charts scale with it (viewBox) and size their label column to the longest
label, so nothing is clipped; the rule chart shows every rule the table lists; each worst
document links to its findings further down the page.
"""

from __future__ import annotations

import json
from html import escape

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2228;background:#fafbfc}
main{max-width:1280px;margin:0 auto;padding:1rem 1.5rem 2rem}
h1{font-size:1.45em;margin:.2em 0}h2{font-size:1.15em;margin:1.6em 0 .5em}h3{font-size:1em;margin:1.2em 0 .3em}
table{border-collapse:collapse;width:100%;background:#fff}
td,th{padding:.25em .7em;border-bottom:1px solid #dde1e6;text-align:left;vertical-align:top}
th{font-weight:600;background:#f3f5f7}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.6rem;margin:.8rem 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:.5rem .8rem}
.card b{display:block;font-size:1.4em;font-variant-numeric:tabular-nums}
.card span{color:#5a6270;font-size:.85em}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(30rem,1fr));gap:1rem 2rem;align-items:start}
.chart{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:.5rem}
svg{display:block;width:100%;height:auto}
svg text{font:13px system-ui,sans-serif;fill:#1d2228}.bar{fill:#4a78b5}.hist{fill:#c0703a}
.muted{color:#5a6270}.note{background:#fff7d6;border:1px solid #e8d48a;border-radius:6px;padding:.4rem .7rem}
q{background:#f0f1f3;padding:0 .2rem}code{font-family:ui-monospace,monospace}
a{color:#1f5fbf}
@media (max-width:40rem){main{padding:.5rem}.grid{grid-template-columns:1fr}}
"""

_CHAR_W = 7.4  # px per character of the 13px chart font, to size label columns


def _hbar_chart(items: list[tuple[str, int]], title: str, width: int = 720) -> str:
    """Horizontal bars, one row per (label, value); the label column fits the longest label."""
    if not items:
        return '<p class="muted">none</p>'
    row, top = 24, max(v for _, v in items) or 1
    label_w = max(int(max(len(label) for label, _ in items) * _CHAR_W) + 12, 80)
    value_w = int(len(f"{top:,}") * _CHAR_W) + 12
    width = max(width, label_w + value_w + 320)  # long labels widen the drawing rather than get cut
    height = row * len(items) + 4
    parts = [f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" style="max-width:{width}px" '
             f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = i * row + 2
        w = max(round((width - label_w - value_w) * value / top), 1)
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{escape(label)}</text>'
                     f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="{row - 7}"/>'
                     f'<text x="{label_w + w + 5}" y="{y + 16}">{value:,}</text>')
    return "".join(parts) + "</svg>"


def _histogram_chart(buckets: list[dict], title: str, width: int = 720, height: int = 240) -> str:
    """Vertical bars: documents per score bucket."""
    n, top = len(buckets), max((b["documents"] for b in buckets), default=0) or 1
    slot, base = (width - 20) / n, height - 40
    parts = [f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, b in enumerate(buckets):
        h = round((base - 20) * b["documents"] / top)
        x = 10 + i * slot
        parts.append(f'<rect class="hist" x="{x + 3:.1f}" y="{base - h}" width="{slot - 6:.1f}" height="{h}"/>'
                     f'<text x="{x + slot / 2:.1f}" y="{base - h - 4}" text-anchor="middle">{b["documents"]:,}</text>'
                     f'<text x="{x + slot / 2:.1f}" y="{base + 16}" text-anchor="middle">{escape(b["bucket"])}</text>')
    parts.append(f'<text x="{width / 2}" y="{height - 4}" text-anchor="middle">quality score</text>')
    return "".join(parts) + "</svg>"


def _cell(value, numeric: bool) -> str:
    if isinstance(value, _Html):
        return f'<td{" class=n" if numeric else ""}>{value}</td>'
    text = "–" if value is None else str(value)
    return f'<td{" class=n" if numeric else ""}>{escape(text)}</td>'


class _Html(str):
    """Markup built here (already escaped), allowed into a table cell as is."""


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    head = "".join(f'<th{" class=n" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(_cell(c, i in numeric) for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _card(value, label: str) -> str:
    shown = "–" if value is None else (f"{value:,}" if isinstance(value, int) else str(value))
    return f'<div class="card"><b>{escape(shown)}</b><span>{escape(label)}</span></div>'


def _doc_id(w: dict) -> str:
    return json.dumps(w["id"], ensure_ascii=False)


def _details(worst: list[dict]) -> list[str]:
    out = []
    for n, w in enumerate(worst, 1):
        rows = [[f.get("code"), f.get("category"), _Html(f'<q>{escape(str(f.get("text") or ""))}</q>'),
                 _Html(f'<q>{escape(str(f.get("correction")))}</q>' if f.get("correction") is not None else "–"),
                 f.get("message")] for f in w.get("details", [])]
        more = w["findings"] - len(rows)
        out.append(f'<h3 id="doc-{n}">{escape(_doc_id(w))} <span class="muted">line {escape(str(w["line"]))}, '
                   f'score {escape("–" if w["score"] is None else str(w["score"]))}, {w["findings"]:,} findings</span></h3>'
                   + _table(["code", "category", "text", "fix", "message"], rows)
                   + (f'<p class="muted">… and {more:,} more</p>' if more > 0 else ""))
    return out


def render(report: dict) -> str:
    q = report["corpus_quality"]
    rules = report["by_rule"]
    worst = report["worst_documents"]
    sections = [
        f"<h1>mtaudit corpus report</h1><p class=muted>{escape(report['source'])}</p>",
        *([f'<p class="note">{escape(report["note"])}</p>'] if report.get("note") else []),
        '<div class="cards">' + "".join([
            _card(report["documents"], "documents"), _card(report["documents_with_findings"], "with findings"),
            _card(report["error_records"], "error records"), _card(report["words"] or None, "words"),
            _card(report["findings"], "findings"), _card(q["score"], "corpus MQM score"),
            _card(report["mean_document_score"], "mean document score")]) + "</div>",
        f"<p class=muted>{escape(q['formula'])}</p>",
        '<div class="grid"><section><h2>Quality score distribution</h2><div class="chart">'
        + _histogram_chart(report["score_histogram"], "documents per quality score bucket") + "</div></section>"
        '<section><h2>Findings by category</h2><div class="chart">'
        + _hbar_chart(list(report["by_category"].items()), "findings by category") + "</div></section></div>",
        "<h2>Findings by rule</h2>",
        '<div class="chart">'
        + _hbar_chart([(f"{r['code']} {r['name']}", r["findings"]) for r in rules], "findings by rule") + "</div>",
        '<h3>Every rule</h3>'
        + _table(["code", "name", "category", "findings", "documents"],
                 [[r["code"], r["name"], r["category"], f"{r['findings']:,}", f"{r['documents']:,}"] for r in rules],
                 numeric={3, 4}),
        "<h2>Worst documents</h2>",
        _table(["id", "line", "score", "findings", "words"],
               [[_Html(f'<a href="#doc-{n}">{escape(_doc_id(w))}</a>'), w["line"], w["score"], w["findings"],
                 None if w["words"] is None else f"{w['words']:,}"]
                for n, w in enumerate(worst, 1)], numeric={1, 2, 3, 4}),
        *(["<h2>Findings of the worst documents</h2>"] + _details(worst) if worst else []),
    ]
    if report["error_samples"]:
        sections += ["<h2>Error records (first ones)</h2>",
                     _table(["line", "id", "error"],
                            [[e["line"], json.dumps(e["id"], ensure_ascii=False), e["error"]]
                             for e in report["error_samples"]], numeric={0})]
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name=viewport content="width=device-width,initial-scale=1">'
            f"<title>mtaudit corpus report</title><style>{_STYLE}</style></head><body><main>"
            + "\n".join(sections) + "\n</main></body></html>\n")
