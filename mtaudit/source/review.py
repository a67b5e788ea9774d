"""The alignment view of the review page: the Russian original beside the English, sentence
by sentence, as the aligner linked them (shown only when the run had --source).

Static HTML (no script needed); every text goes through html.escape.
"""

from __future__ import annotations

from html import escape

_ROW = '<tr class="{cls}"{style}><td>{n}</td><td lang="ru">{ru}</td><td lang="en">{en}</td><td>{kind}</td><td>{score}</td></tr>'
_GAP_STYLE = ' style="background:#fff2c2"'


def alignment_section(doc) -> str:
    """The <section> for the page, or "" when the document has no source analysis."""
    from mtaudit.text.views import SOURCE_ANALYSIS

    analysis = doc.views.peek(SOURCE_ANALYSIS)
    if analysis is None:
        return ""
    src, tgt = analysis.source, analysis.tgt_sentences
    rows = []
    for n, bead in enumerate(analysis.alignment.beads, 1):
        ru = " ".join(escape(src.text[analysis.src_sentences[i].start:analysis.src_sentences[i].end]) for i in bead.src)
        en = " ".join(escape(doc.text[tgt[j].start:tgt[j].end]) for j in bead.tgt)
        kind = f"{len(bead.src)}-{len(bead.tgt)}"
        linked = bool(bead.src and bead.tgt)
        label = kind if linked else ("omission?" if bead.src else "addition?")
        rows.append(_ROW.format(cls="link" if linked else "gap", style="" if linked else _GAP_STYLE, n=n,
                                ru=ru or "—", en=en or "—", kind=label,
                                score=f"{bead.score:.2f} (cos {bead.cosine:.3f})" if linked else ""))
    links = sum(1 for b in analysis.alignment.beads if b.src and b.tgt)
    return (f'<section class="alignment" id="alignment"><h2>Alignment with the source</h2>'
            f'<p class="meta">{len(analysis.src_sentences)} source sentences, {len(tgt)} English sentences, '
            f'{links} links (multilingual-e5-small; calibrated similarity: 0 at this document\'s floor '
            f'cosine {analysis.alignment.floor:.3f}, 1 identical). Unlinked sentences are highlighted.</p>'
            f'<table style="width:100%;border-collapse:collapse"><thead><tr><th>#</th><th>Russian original</th>'
            f'<th>English</th><th>bead</th><th>similarity</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'</section>')
