"""Quote drift: a quote that aligns with a reference quote in meaning but not in wording.

An English speaker's words translated into Russian and machine-translated back keep
their meaning (sentence-embedding cosine stays high) and lose their wording (chrF
drops). Calibration on this kind of pair (all-MiniLM-L6-v2 cosine, chrF on folded text):

| pair | cosine | chrF |
|---|---|---|
| back-translated tweet vs its original sentence | 0.93 | 72 |
| back-translated clause vs the matching part of the original | 0.91 | 66 |
| reworded quote ("any provocation with every means we have") | 0.94 | 71 |
| light rewording ("would"/"will", "nobody is avoiding"/"no one avoids") | 0.95-0.97 | 79-80 |
| contraction only ("I am"/"I'm") | 0.98 | 87 |
| a different statement on the same topic | 0.54-0.74 | 22-50 |
| unrelated sentences | 0.0-0.3 | 4-30 |

Hence MEANING_MIN = 0.80 (above different statements, below every rewording seen) and
SURFACE_MAX = 80 (verbatim quotes score 100 and are caught before chrF by a word-for-word
check that allows an ellipsis; a contraction stays above 80; rewordings fall below). A doc quote
may render only part of a longer original (or the reverse): both sides are also compared
sentence by sentence, and a short doc quote against windows of words of the original;
the part wins when its cosine beats the whole by PART_MARGIN. Reference sentences that
quote nothing compete too (an article may paraphrase), but only a reference QUOTE, whose
wording is verbatim, is ever flagged. Without embeddings (no torch/transformers) the
meaning test is replaced by chrF >= FALLBACK_SURFACE_MIN: fewer finds, same precision aim.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .alignment import chrf, verbatim_part, word_count, word_windows
from .document import Document
from .quotes import trim_span
from .references import References, RefUnit
from .thresholds import Thresholds
from .types import Span

MEANING_MIN = Thresholds.quote_meaning_min     # 0.80, tunable in the configuration
SURFACE_MAX = Thresholds.quote_surface_max     # 80
PART_MARGIN = 0.05
RETRIEVE_K = 8
RETRIEVE_MIN = 0.55          # cosine below which a candidate is not even re-ranked
MIN_WORDS = 5                # shorter quotes are scare quotes and fragments
FALLBACK_SURFACE_MIN = 45.0  # chrF-only mode: clearly the same quote, yet reworded
WHOLE_RATIO = 1.5            # propose the whole original when it is at most this much longer


@dataclass(frozen=True)
class Drift:
    span: Span                # the doc quote's words (trimmed of trailing , ; :)
    unit: RefUnit
    meaning: float | None     # cosine; None in chrF-only mode
    surface: float            # chrF of the quote and the matched reference wording
    proposal: str             # the original wording to put in


@dataclass(frozen=True)
class _Match:
    unit: RefUnit
    meaning: float | None
    surface: float
    wording: str              # the reference words matched (whole unit or a window of it)
    doc_part: tuple[int, int] | None = None  # the part of the doc quote matched, when not all of it


def find_drift(doc: Document, refs: References, meaning_min: float = MEANING_MIN,
               surface_max: float = SURFACE_MAX) -> list[Drift]:
    """Drifted quotes of `doc`, at most one per doc quote (its whole or its sentences)."""
    units = _doc_units(doc)
    if not units or not refs.units:
        return []
    texts = [t for _, t, _ in units]
    vectors = refs.encode(texts)
    idx, scores = refs.retrieve(texts, "units", RETRIEVE_K, vectors=vectors)
    drifts: list[Drift] = []
    flagged: list[Span] = []
    for i, (span, text, whole) in enumerate(units):
        if any(f.overlaps(span) for f in flagged):
            continue
        match = _best_match(text, [(refs.units[j], float(s)) for j, s in zip(idx[i], scores[i])], refs,
                            meaning_min, surface_max)
        if match is None:
            continue
        if match.doc_part is not None:
            a, b = match.doc_part
            span = trim_span(doc.text, Span(span.start + a, span.start + b), trailing=",;:—–- .")
            text = doc.text[span.start:span.end]
        drifts.append(Drift(span, match.unit, match.meaning, match.surface,
                            _proposal(text, match)))
        flagged.append(span)
    return drifts


def _doc_units(doc: Document) -> list[tuple[Span, str, bool]]:
    """(span, words, is_whole_quote) for each top-level quote and, when several, its sentences."""
    out = []
    for q in doc.quotes:
        if q.depth:
            continue
        span = trim_span(doc.text, q.inner)
        text = doc.text[span.start:span.end]  # exact, so a part found in it maps back to offsets
        if word_count(text) < MIN_WORDS:
            continue
        out.append((span, text, True))
        inner = Document(doc.text[span.start:span.end])
        if len(inner.sentences) > 1:
            for s in inner.sentences:
                sub = trim_span(doc.text, Span(span.start + s.start, span.start + s.end))
                words = doc.text[sub.start:sub.end]
                if word_count(words) >= MIN_WORDS:
                    out.append((sub, words, False))
    return out


def _best_match(text: str, candidates: list[tuple[RefUnit, float]], refs: References,
                meaning_min: float = MEANING_MIN, surface_max: float = SURFACE_MAX) -> _Match | None:
    """Re-rank retrieved candidates by chrF; return the drift match, or None."""
    embedded = refs.uses_embeddings
    matches: list[_Match] = []
    for unit, score in candidates:
        if embedded and score < RETRIEVE_MIN:
            continue
        if unit.kind == "quote" and verbatim_part(text, unit.text):
            return None  # quoted accurately (whole or in part)
        matches.append(_compare(text, unit, score if embedded else None, refs))
    if embedded:
        matches = [m for m in matches if m.meaning is not None and m.meaning >= meaning_min]
    else:
        matches = [m for m in matches if m.surface >= FALLBACK_SURFACE_MIN]
    if not matches:
        return None
    best = max(matches, key=lambda m: m.surface)  # the re-rank: closest wording among the close meanings
    if best.unit.kind != "quote" or best.surface >= surface_max:
        return None
    return best


def _compare(text: str, unit: RefUnit, meaning: float | None, refs: References) -> _Match:
    """Compare with the whole unit, and with windows of the longer of the two."""
    whole = _Match(unit, meaning, chrf(text, unit.text), unit.text)
    n = word_count(text)
    if n > word_count(unit.text) * 1.3:
        return _doc_part(text, unit, meaning, refs, whole)
    if word_count(unit.text) <= n * 1.3:
        return whole
    windows = [unit.text[a:b] for a, b in word_windows(unit.text, n)]
    if not windows:
        return whole
    surfaces = np.array([chrf(text, w) for w in windows])
    top = [int(k) for k in np.argsort(-surfaces)[:3]]
    if meaning is None:
        k = top[0]
        part = _Match(unit, None, float(surfaces[k]), windows[k])
        return part if part.surface > whole.surface else whole
    vecs = refs.encode([text] + [windows[k] for k in top])
    cosines = vecs[1:] @ vecs[0]
    k = int(np.argmax(cosines))
    if float(cosines[k]) >= meaning + PART_MARGIN:
        return _Match(unit, float(cosines[k]), float(surfaces[top[k]]), windows[top[k]])
    return whole


def _doc_part(text: str, unit: RefUnit, meaning: float | None, refs: References,
              whole: _Match) -> _Match:
    """The doc quote is much longer than the reference quote: find the part that renders it."""
    spans = word_windows(text, word_count(unit.text))
    if not spans:
        return whole
    surfaces = np.array([chrf(text[a:b], unit.text) for a, b in spans])
    top = [int(k) for k in np.argsort(-surfaces)[:3]]
    if meaning is None:
        k = top[0]
        if surfaces[k] > whole.surface:
            return _Match(unit, None, float(surfaces[k]), unit.text, spans[k])
        return whole
    vecs = refs.encode([unit.text] + [text[spans[k][0]:spans[k][1]] for k in top])
    cosines = vecs[1:] @ vecs[0]
    k = int(np.argmax(cosines))
    if float(cosines[k]) >= meaning + PART_MARGIN:
        return _Match(unit, float(cosines[k]), float(surfaces[top[k]]), unit.text, spans[top[k]])
    return whole


def _proposal(text: str, match: _Match) -> str:
    """The whole original quote when it is not much longer than the doc quote, else the part."""
    original = match.unit.original
    if word_count(original) <= WHOLE_RATIO * word_count(text):
        return original
    return match.wording
