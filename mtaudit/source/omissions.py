"""Sentences with no counterpart: an English sentence no source sentence aligns with
(an addition), a source sentence with no translation (an omission).

Both are display-only: a translator may legitimately merge, drop or explain. Very
short sentences (a dateline, a byline, "Подробнее.") are not reported, and a
sentence that still resembles a neighbour of the other side is not either, since
its content survives in a merged sentence the aligner did not link.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtaudit.source.align import LINK_MIN, Alignment

MIN_WORDS = 5
NEIGHBOUR_MAX = LINK_MIN * 0.8   # calibrated similarity to a neighbour that still counts as kept


@dataclass(frozen=True)
class Gap:
    kind: str          # "omission" (source sentence) | "addition" (English sentence)
    index: int         # sentence index on its side
    anchor: int        # for an omission: the English sentence after which it belongs (-1: before all)


def gaps(alignment: Alignment, cal, src_words: list[int], tgt_words: list[int]) -> list[Gap]:
    """Unlinked sentences worth showing. `cal`: calibrated similarity matrix (src x tgt)."""
    out: list[Gap] = []
    last_tgt = -1
    for bead in alignment.beads:
        if bead.tgt:
            last_tgt = bead.tgt[-1]
        if bead.src and not bead.tgt:
            i = bead.src[0]
            if src_words[i] < MIN_WORDS:
                continue
            near = [j for j in (last_tgt, last_tgt + 1) if 0 <= j < cal.shape[1]]
            if any(cal[i, j] >= NEIGHBOUR_MAX for j in near):
                continue
            out.append(Gap("omission", i, last_tgt))
        elif bead.tgt and not bead.src:
            j = bead.tgt[0]
            if tgt_words[j] < MIN_WORDS:
                continue
            if cal.shape[0] and cal[:, j].max() >= NEIGHBOUR_MAX:
                continue
            out.append(Gap("addition", j, j))
    return out
