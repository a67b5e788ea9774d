"""Retrieval and surface comparison for aligning audited text with references.

Retrieval is embeddings once, then one matrix product per chunk of the bank with
`argpartition` for the top k: never pairwise chrF over everything. chrF only re-ranks
the few retrieved candidates, and compares the words of two texts after folding case, quote
marks and spacing (none of which is drift). It is sacrebleu's sentence chrF to the last bit,
recomputed here from cached n-gram counts: sacrebleu's own call rebuilds both sides' n-grams
at every call and was a fifth of the CPU of a reference audit (issue 16).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
                       "—": "-", "–": "-", "&": "and"})
_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)


def comparison_form(text: str) -> str:
    """Case, quote marks, dashes and spacing folded away: what chrF and verbatim checks see."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(text.split())


CHRF_ORDER = 6  # sacrebleu's CHRF defaults: character n-grams 1-6, no word n-grams, beta 2
CHRF_BETA = 2


@lru_cache(maxsize=8192)
def _char_ngrams(folded: str) -> tuple:
    """(Counter, total) of the character n-grams of each order 1-6, whitespace removed, as
    sacrebleu extracts them. Cached: a reference quote is scored against up to 30 windows of a
    doc quote, and the same texts recur across a batch's documents."""
    line = "".join(folded.split())
    out = []
    for n in range(1, CHRF_ORDER + 1):
        grams = Counter([line[i:i + n] for i in range(len(line) - n + 1)])
        out.append((grams, len(line) - n + 1 if len(line) >= n else 0))
    return tuple(out)


def _chrf_folded(hypothesis: str, reference: str) -> float:
    """sacrebleu's sentence chrF of two folded texts, computed as sacrebleu does (the same
    statistics and the same float operations in the same order, so the same score to the last
    bit: tests/test_references.py compares them) from cached n-gram counts: about 6x faster."""
    stats = []
    for (hyp, hyp_total), (ref, ref_total) in zip(_char_ngrams(hypothesis), _char_ngrams(reference)):
        match = 0
        small, large = (hyp, ref) if len(hyp) <= len(ref) else (ref, hyp)
        for gram, count in small.items():
            other = large.get(gram)
            if other:
                match += count if count < other else other
        stats.append((hyp_total if ref else 0, ref_total, match))
    return _f_score(stats)


def _f_score(stats: list[tuple[int, int, int]]) -> float:
    """sacrebleu's CHRF._compute_f_score (effective-order averaging, no eps smoothing)."""
    eps = 1e-16
    factor = CHRF_BETA ** 2
    avg_prec, avg_rec, effective_order = 0.0, 0.0, 0
    for n_hyp, n_ref, n_match in stats:
        prec = n_match / n_hyp if n_hyp > 0 else eps
        rec = n_match / n_ref if n_ref > 0 else eps
        if n_hyp > 0 and n_ref > 0:
            avg_prec += prec
            avg_rec += rec
            effective_order += 1
    if effective_order == 0:
        return 0.0
    avg_prec /= effective_order
    avg_rec /= effective_order
    if avg_prec + avg_rec:
        score = (1 + factor) * avg_prec * avg_rec
        score /= (factor * avg_prec) + avg_rec
        return 100 * score
    return 0.0


def chrf(hypothesis: str, reference: str) -> float:
    """sacrebleu sentence chrF (0-100) of two folded texts."""
    return _chrf_folded(comparison_form(hypothesis), comparison_form(reference))


_ELLIPSIS = re.compile(r"\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]")


def verbatim_part(a: str, b: str) -> bool:
    """True when the shorter text's words appear contiguously inside the longer one's;
    an ellipsis in the shorter text may skip words (an accurate, trimmed quote)."""
    short, long_ = sorted((a, b), key=lambda t: len(_WORD.findall(t)))
    haystack = f" {' '.join(_WORD.findall(comparison_form(long_)))} "
    pieces = [" ".join(_WORD.findall(comparison_form(p))) for p in _ELLIPSIS.split(short)]
    pieces = [p for p in pieces if p]
    if not pieces or haystack.strip() == "":
        return False
    cursor = 0
    for piece in pieces:
        found = haystack.find(f" {piece} ", cursor)
        if found == -1:
            return False
        cursor = found + len(piece) + 1
    return True


def word_windows(text: str, n_words: int, low: float = 0.6, high: float = 1.5,
                 limit: int = 30) -> list[tuple[int, int]]:
    """Character spans of runs of words in `text` about `n_words` long (a quote's parts).

    Used to compare a short quote with the part of a longer original it renders;
    at most `limit` windows, the lengths spread over [low, high] x n_words.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if not words:
        return []
    lo = max(1, int(n_words * low))
    hi = min(len(words), max(lo, int(round(n_words * high))))
    spans = []
    for size in range(lo, hi + 1):
        for i in range(0, len(words) - size + 1):
            spans.append((words[i][0], words[i + size - 1][1]))
    if len(spans) > limit:  # keep an even spread rather than only the first few
        step = len(spans) / limit
        spans = [spans[int(k * step)] for k in range(limit)]
    return spans


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class VectorIndex:
    """Unit vectors of a reference bank; `top_k` is a chunked matrix product + argpartition."""

    vectors: np.ndarray  # (n, d), rows L2-normalised
    chunk: int = 65536

    def top_k(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(indices, cosine scores), each (len(queries), min(k, n)), best first."""
        n = self.vectors.shape[0]
        q = queries.shape[0]
        k = min(k, n)
        if q == 0 or k == 0:
            return np.zeros((q, 0), dtype=np.int64), np.zeros((q, 0), dtype=np.float32)
        best_idx = np.zeros((q, 0), dtype=np.int64)
        best_val = np.full((q, 0), -np.inf, dtype=np.float32)
        for lo in range(0, n, self.chunk):
            block = queries @ self.vectors[lo:lo + self.chunk].T  # (q, chunk)
            kk = min(k, block.shape[1])
            part = np.argpartition(-block, kk - 1, axis=1)[:, :kk]
            vals = np.take_along_axis(block, part, axis=1)
            best_idx = np.concatenate([best_idx, part + lo], axis=1)
            best_val = np.concatenate([best_val, vals], axis=1)
            if best_idx.shape[1] > k:  # merge: keep the k best seen so far
                keep = np.argpartition(-best_val, k - 1, axis=1)[:, :k]
                best_idx = np.take_along_axis(best_idx, keep, axis=1)
                best_val = np.take_along_axis(best_val, keep, axis=1)
        order = np.argsort(-best_val, axis=1, kind="stable")
        return np.take_along_axis(best_idx, order, axis=1), np.take_along_axis(best_val, order, axis=1)


def chrf_top_k(queries: list[str], candidates: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """The fallback retrieval without embeddings: chrF of every pair (quadratic; small inputs).

    Scores are chrF / 100 so callers can treat them like similarities.
    """
    q, n = len(queries), len(candidates)
    k = min(k, n)
    scores = np.zeros((q, n), dtype=np.float32)
    folded = [comparison_form(c) for c in candidates]
    for i, query in enumerate(queries):
        fq = comparison_form(query)
        for j, cand in enumerate(folded):
            scores[i, j] = _chrf_folded(fq, cand) / 100.0
    if k == 0:
        return np.zeros((q, 0), dtype=np.int64), np.zeros((q, 0), dtype=np.float32)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(scores, order, axis=1)
