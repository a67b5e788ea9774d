"""Everything the source checks need for one document, computed once.

`analyse(doc, source, glossary)` embeds both sides' sentences, aligns them, reads
the source's entities and quantities, and compares each source sentence with the
English sentences it is linked to. The result is cached on the document
(doc.cache["source_analysis"]) so the detector, the review page and the XLIFF
writer share one alignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field


from mtaudit.source import models
from mtaudit.source.align import Alignment, align, embed
from mtaudit.source.entities import Rendering, RenderingMemory, SourceEntity, check_entity, source_entities
from mtaudit.source.numbers import NumberMismatch, compare, english_quantities, russian_quantities
from mtaudit.source.omissions import Gap, gaps


@dataclass
class EntityIssue:
    entity: SourceEntity
    rendering: Rendering


@dataclass
class SourceAnalysis:
    source: object                 # SourceText
    alignment: Alignment
    src_sentences: list            # Spans into source.text
    tgt_sentences: list            # Spans into doc.text
    entities: list[EntityIssue] = field(default_factory=list)
    numbers: list[NumberMismatch] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    unknown_names: list[tuple[SourceEntity, tuple[int, int]]] = field(default_factory=list)


def analyse(doc, source, glossary) -> SourceAnalysis:
    cached = doc.cache.get("source_analysis")
    if cached is not None and cached.source is source:
        return cached
    result = _analyse(doc, source, glossary)
    doc.cache["source_analysis"] = result
    return result


def _analyse(doc, source, glossary) -> SourceAnalysis:
    src_sents, tgt_sents = list(source.sentences), list(doc.sentences)
    model = models.embedder()
    src_vec = embed([source.slice(s) for s in src_sents], model)
    tgt_vec = embed([doc.slice(s) for s in tgt_sents], model)
    alignment = align(src_vec, tgt_vec)
    out = SourceAnalysis(source, alignment, src_sents, tgt_sents)
    if not src_sents or not tgt_sents:
        return out
    sims = src_vec @ tgt_vec.T
    cal = (sims - alignment.floor) / (1.0 - alignment.floor)
    entities = source_entities(source, glossary)
    out.gaps = [g for g in gaps(alignment, cal, [len(source.slice(s).split()) for s in src_sents],
                                [len(doc.slice(s).split()) for s in tgt_sents])
                if not _content_kept(g, doc, source, src_sents, tgt_sents, entities)]
    memory = RenderingMemory()
    morph = models.morph()
    for bead in alignment.links:
        lo, hi = src_sents[bead.src[0]].start, src_sents[bead.src[-1]].end
        window = (tgt_sents[bead.tgt[0]].start, tgt_sents[bead.tgt[-1]].end)
        near = (tgt_sents[max(0, bead.tgt[0] - 1)].start, tgt_sents[min(len(tgt_sents) - 1, bead.tgt[-1] + 1)].end)
        for ent in (e for e in entities if lo <= e.start < hi):
            rendering = check_entity(ent, doc, glossary, window, near, memory)
            if rendering is not None:
                out.entities.append(EntityIssue(ent, rendering))
        src_q = russian_quantities(source.text[lo:hi], lo, morph)
        tgt_q = english_quantities(doc.text[window[0]:window[1]], window[0])
        out.numbers.extend(compare(src_q, tgt_q))
    return out


def _content_kept(gap, doc, source, src_sents, tgt_sents, entities) -> bool:
    """True when the facts of an unlinked sentence (a figure, a date, a name) are in the
    sentences beside it on the other side: it was merged or split, not dropped or added."""
    from mtaudit.source.entities import plausible_translit

    morph = models.morph()
    if gap.kind == "omission":
        here = src_sents[gap.index]
        there = [tgt_sents[j] for j in (gap.anchor - 1, gap.anchor, gap.anchor + 1) if 0 <= j < len(tgt_sents)]
        if not there:
            return False
        src_q = russian_quantities(source.text[here.start:here.end], here.start, morph)
        tgt_q = [q for t in there for q in english_quantities(doc.text[t.start:t.end], t.start)]
        names = [e for e in entities if here.start <= e.start < here.end]
        english = " ".join(doc.text[t.start:t.end] for t in there)
    else:
        here = tgt_sents[gap.index]
        there = [s for s in src_sents if abs(src_sents.index(s) - _nearest(src_sents, here, tgt_sents)) <= 1]
        tgt_q = english_quantities(doc.text[here.start:here.end], here.start)
        src_q = [q for s in there for q in russian_quantities(source.text[s.start:s.end], s.start, morph)]
        names = [e for e in entities if any(s.start <= e.start < s.end for s in there)]
        english = doc.text[here.start:here.end]
    if any(a.same(b) for a in src_q for b in tgt_q):
        return True
    words = english.replace("’", "'").split()
    return any(plausible_translit(w.strip(".,;:!?\"'()«»“”"), e.expected.split()[-1]) for e in names for w in words)


def _nearest(src_sents, span, tgt_sents) -> int:
    """The source sentence index at the same relative place as an English sentence."""
    j = tgt_sents.index(span)
    return round(j * (len(src_sents) - 1) / max(1, len(tgt_sents) - 1)) if src_sents else 0


