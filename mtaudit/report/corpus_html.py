"""The corpus report as one self-contained HTML page with inline SVG bar charts.

No scripts, no external resources: a Content-Security-Policy meta tag forbids
them, and every piece of text from the data is HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222;padding:0 1em}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.8em}
table{border-collapse:collapse}td,th{padding:.2em .7em;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
svg text{font:12px system-ui,sans-serif;fill:#222}.bar{fill:#4a78b5}.hist{fill:#c0703a}
.muted{color:#666}
"""


def _hbar_chart(items: list[tuple[str, int]], title: str, width: int = 640) -> str:
    """Horizontal bars: one row per (label, value)."""
    if not items:
        return '<p class="muted">none</p>'
    row, label_w, top = 22, 220, max(v for _, v in items) or 1
    height = row * len(items) + 4
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = i * row + 2
        w = round((width - label_w - 70) * value / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(label[:34])}</text>'
                     f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}"/>'
                     f'<text x="{label_w + w + 5}" y="{y + 15}">{value:,}</text>')
    return "".join(parts) + "</svg>"


def _histogram_chart(buckets: list[dict], title: str, width: int = 640, height: int = 220) -> str:
    """Vertical bars: documents per score bucket."""
    n, top = len(buckets), max((b["documents"] for b in buckets), default=0) or 1
    slot, base = (width - 20) / n, height - 40
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, b in enumerate(buckets):
        h = round((base - 20) * b["documents"] / top)
        x = 10 + i * slot
        parts.append(f'<rect class="hist" x="{x + 3:.1f}" y="{base - h}" width="{slot - 6:.1f}" height="{h}"/>'
                     f'<text x="{x + slot / 2:.1f}" y="{base - h - 4}" text-anchor="middle">{b["documents"]:,}</text>'
                     f'<text x="{x + slot / 2:.1f}" y="{base + 16}" text-anchor="middle">{escape(b["bucket"])}</text>')
    parts.append(f'<text x="{width / 2}" y="{height - 4}" text-anchor="middle">quality score</text>')
    return "".join(parts) + "</svg>"


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{escape(str(c))}</td>'
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(report: dict) -> str:
    q = report["corpus_quality"]
    rules = report["by_rule"]
    sections = [
        f"<h1>mtaudit corpus report</h1><p class=muted>{escape(report['source'])}</p>",
        _table(["documents", "with findings", "error records", "words", "findings", "corpus MQM score",
                "mean document score"],
               [[f"{report['documents']:,}", f"{report['documents_with_findings']:,}",
                 f"{report['error_records']:,}", f"{report['words']:,}", f"{report['findings']:,}",
                 q["score"], report["mean_document_score"]]], numeric=set(range(7))),
        f"<p class=muted>{escape(q['formula'])}</p>",
        "<h2>Quality score distribution</h2>",
        _histogram_chart(report["score_histogram"], "documents per quality score bucket"),
        "<h2>Findings by category</h2>",
        _hbar_chart(list(report["by_category"].items()), "findings by category"),
        "<h2>Findings by rule</h2>",
        _hbar_chart([(f"{r['code']} {r['name']}", r["findings"]) for r in rules[:25]], "findings by rule"),
        _table(["code", "name", "category", "findings", "documents"],
               [[r["code"], r["name"], r["category"], f"{r['findings']:,}", f"{r['documents']:,}"] for r in rules],
               numeric={3, 4}),
        "<h2>Worst documents</h2>",
        _table(["id", "line", "score", "findings", "words"],
               [[json.dumps(w["id"], ensure_ascii=False), w["line"], w["score"], w["findings"], f"{w['words']:,}"]
                for w in report["worst_documents"]], numeric={1, 2, 3, 4}),
    ]
    if report["error_samples"]:
        sections += ["<h2>Error records (first ones)</h2>",
                     _table(["line", "id", "error"],
                            [[e["line"], json.dumps(e["id"], ensure_ascii=False), e["error"]]
                             for e in report["error_samples"]], numeric={0})]
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name=viewport content="width=device-width,initial-scale=1">'
            f"<title>mtaudit corpus report</title><style>{_STYLE}</style></head><body>"
            + "\n".join(sections) + "\n</body></html>\n")
