"""Reference texts given with --ref: human-written articles (.txt) and quote banks (.jsonl).

A quote bank has one JSON object a line: {"quote": ..., "speaker": ..., "source": ..., "date": ...}
(only "quote" is required). An article contributes its quotes (verbatim wording) and
its sentences (which may paraphrase). Everything is embedded once when loaded; the
bank's vectors are cached on disk keyed by a hash of the model and the texts.
Without torch/transformers the references still load and alignment falls back to chrF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mtaudit.references.alignment import VectorIndex, chrf_top_k, word_count
from mtaudit.text.document import Document
from mtaudit.core.errors import UserError
from mtaudit.core.io import read_json_lines
from mtaudit.text.document import read_document
from mtaudit.text.quotes import QUOTE_TRAILING

BANK_SUFFIXES = (".jsonl", ".ndjson")
BANK_KEYS = ("quote", "speaker", "source", "date")
MIN_QUOTE_WORDS = 3  # shorter quotes ("disbelief") carry too little wording to align
MEMO_MAX = 20_000    # embedded texts kept per process (384 floats each: ~30 MB)


@dataclass(frozen=True)
class RefUnit:
    """One reference text to align with: a quote (or one sentence of a quote), or a sentence.

    `original` is the whole verbatim quote a fix would propose; `where` says where it came from.
    """

    text: str
    kind: str                 # "quote" or "sentence"
    source: str               # file name, or the bank's source field (else its file name)
    where: str                # file:line
    original: str
    speaker: str | None = None
    date: str | None = None
    whole: bool = True        # False for one sentence of a longer quote

    def describe(self) -> str:
        """The reference's provenance as a message states it: file:line, and the bank's
        source, speaker and date when known."""
        extra = [x for x in (self.source, self.speaker, self.date)
                 if x and not self.where.startswith(f"{x}:")]
        return self.where + (f" ({', '.join(extra)})" if extra else "")


@dataclass
class References:
    units: list[RefUnit]                          # quotes (+ their sentences) and quote-free sentences
    sentences: list[RefUnit]                      # every sentence of the reference articles
    embedder: Any = None                          # None: chrF fallback
    unit_vectors: np.ndarray | None = None
    sentence_vectors: np.ndarray | None = None
    warnings: list[str] = field(default_factory=list)
    # text -> unit vector, for this process: a text embedded once (a prefetch for a batch of
    # documents, a quote that recurs across articles) is not embedded again (issue 16)
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    # facts computed once from the references (date_number.reference_value_kinds)
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def uses_embeddings(self) -> bool:
        return self.embedder is not None

    def encode(self, texts: list[str]) -> np.ndarray | None:
        from mtaudit.models.embedding import normalise

        if self.embedder is None or not texts:
            return None
        memo = self.memo
        new = [t for t in dict.fromkeys(texts) if t not in memo]
        if new:
            memo.update(zip(new, normalise(self.embedder.encode(new))))
            while len(memo) > MEMO_MAX:  # oldest first (dicts keep insertion order)
                memo.pop(next(iter(memo)))
            if any(t not in memo for t in texts):  # more new texts than the memo holds
                return normalise(self.embedder.encode(texts))
        return np.stack([memo[t] for t in texts])

    def retrieve(self, texts: list[str], pool: str, k: int,
                 vectors: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k candidates of `pool` ("units" or "sentences") for each text: (indices, scores).

        Scores are cosines with embeddings, chrF/100 in the fallback.
        """
        candidates = self.units if pool == "units" else self.sentences
        bank = self.unit_vectors if pool == "units" else self.sentence_vectors
        if self.embedder is not None and bank is not None and len(candidates):
            queries = vectors if vectors is not None else self.encode(texts)
            return VectorIndex(bank).top_k(queries, k)
        return chrf_top_k(texts, [c.text for c in candidates], k)


def load_references(paths, embedder=None, warnings: list[str] | None = None) -> References:
    """Read every --ref file (UserError with file:line on a bad one), then embed once.

    A .jsonl/.ndjson file is a quote bank; a text file with no quotation marks at all whose
    lines are each a short text is a plain list of quotes, one a line; any other text file
    is an article. A reference that yields no quote is named in a warning: it can only
    paraphrase, never show that a quote drifted.
    """
    warnings = warnings if warnings is not None else []
    units: list[RefUnit] = []
    sentences: list[RefUnit] = []
    for raw in paths:
        u, s = _file_units(Path(raw), warnings)
        units.extend(u)
        sentences.extend(s)
    return _embedded(units, sentences, embedder, warnings)


def _file_units(path: Path, warnings: list[str]) -> tuple[list[RefUnit], list[RefUnit]]:
    """One reference file's units and sentences (a bank has no sentences)."""
    if path.suffix.lower() in BANK_SUFFIXES:
        return _read_bank(path), []
    doc = read_document(path)
    if is_quote_list(doc.text):
        u = _list_units(doc.text, path)
        s = [RefUnit(x.text, "sentence", x.source, x.where, x.text) for x in u if x.whole]
    else:
        u, s = _article_units(doc, path.name)
    if not any(x.kind == "quote" for x in u):
        _warn(warnings, f"reference {path.name} yields no quotes: it has no quotation marks "
                        "and is not a list of quotes (one a line); quote drift cannot be "
                        "shown against it")
    return u, s


# --- a reference per record (`mtaudit batch --ref-field`) -------------------------------------------

def record_reference_spec(value) -> tuple | None:
    """A batch record's reference field, checked and made hashable (ValueError says what is wrong):
    a string names a reference file; a list holds quotes, each a string or a quote-bank object
    ({"quote": ..., "speaker": ..., "source": ..., "date": ...}); null or [] means none."""
    if value is None or value == []:
        return None
    if isinstance(value, str):
        if not value.strip() or "\x00" in value:
            raise ValueError("must name a reference file")
        return ("file", value)
    if not isinstance(value, list):
        raise ValueError(f"must be a file name or a list of quotes, not {type(value).__name__}")
    quotes = []
    for i, item in enumerate(value, 1):
        if isinstance(item, str):
            item = {"quote": item}
        if not isinstance(item, dict) or not isinstance(item.get("quote"), str) or not item["quote"].strip():
            raise ValueError(f"quote {i} must be a non-empty string or an object with a \"quote\"")
        for key in BANK_KEYS[1:]:
            if item.get(key) is not None and not isinstance(item[key], (str, int)):
                raise ValueError(f"quote {i}: \"{key}\" must be a string")
        quotes.append(tuple(None if item.get(k) is None else str(item[k]) for k in BANK_KEYS))
    return ("quotes", tuple(quotes))


def record_references(base: "References | None", spec: tuple, root: Path, label: str,
                      embedder=None, warnings: list[str] | None = None) -> "References":
    """The references of one batch record: `base` (every --ref) plus the record's own.

    A file is named relative to `root` (the input file's folder) and must lie inside it: a
    record is data from anywhere, and must not make the tool read any file on the machine.
    Only the record's own texts are embedded here; the base's vectors are reused.
    """
    warnings = warnings if warnings is not None else []
    kind, value = spec
    if kind == "file":
        folder = root.resolve()
        path = (folder / value).resolve()
        if folder not in path.parents:
            raise UserError(f"reference {value!r} lies outside the input's folder {folder}", label)
        units, sentences = _file_units(path, warnings)
    else:
        units = []
        for quote, speaker, source, date in value:
            units.extend(_quote_units(" ".join(quote.split()), source or label, label, speaker, date))
        sentences = [RefUnit(u.text, "sentence", u.source, u.where, u.text) for u in units if u.whole]
    if base is None:
        return _embedded(units, sentences, embedder, warnings)
    combined = References(base.units + units, base.sentences + sentences, embedder=base.embedder,
                          warnings=warnings)
    if base.embedder is not None:
        from mtaudit.models.embedding import encode_cached

        combined.unit_vectors = _stack(base.unit_vectors, encode_cached(base.embedder, [u.text for u in units])
                                       if units else None)
        combined.sentence_vectors = _stack(base.sentence_vectors, encode_cached(
            base.embedder, [s.text for s in sentences]) if sentences else None)
    return combined


def _stack(first, second):
    if first is None or not len(first):
        return second
    if second is None or not len(second):
        return first
    return np.concatenate([first, second])


_QUOTE_MARKS = set('"“”«»„‟')
LIST_MAX_WORDS = 120  # a line longer than this is an article's paragraph, not a quote


def is_quote_list(text: str) -> bool:
    """A plain list of original quotes: no quotation marks anywhere, and every non-empty
    line short enough to be one quote (an article without quotes has long paragraphs)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and not (_QUOTE_MARKS & set(text)) \
        and all(word_count(ln) <= LIST_MAX_WORDS for ln in lines)


def _list_units(text: str, path: Path) -> list[RefUnit]:
    units: list[RefUnit] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        quote = " ".join(line.split())
        if word_count(quote) >= MIN_QUOTE_WORDS:
            units.extend(_quote_units(quote, path.name, f"{path}:{lineno}", None, None))
    return units


def references_from_texts(refs: tuple[str, ...], embedder=None,
                          warnings: list[str] | None = None) -> References:
    """References from article texts in memory (rule examples, tests); embedder=None means
    the shipped model when it can load, else the chrF fallback."""
    units: list[RefUnit] = []
    sentences: list[RefUnit] = []
    for i, text in enumerate(refs, 1):
        u, s = _article_units(Document(text, doc_id=f"ref{i}"), f"ref{i}")
        units.extend(u)
        sentences.extend(s)
    return _embedded(units, sentences, embedder, warnings if warnings is not None else [])


def _embedded(units, sentences, embedder, warnings) -> References:
    from mtaudit.models.embedding import EmbedderUnavailable, default_embedder, encode_cached

    refs = References(units, sentences, warnings=warnings)
    chosen = embedder if embedder is not None else default_embedder
    try:
        if callable(chosen) and not hasattr(chosen, "encode"):
            chosen = chosen()
        refs.unit_vectors = encode_cached(chosen, [u.text for u in units]) if units else None
        refs.sentence_vectors = encode_cached(chosen, [s.text for s in sentences]) if sentences else None
        refs.embedder = chosen
    except (EmbedderUnavailable, ImportError, OSError) as exc:
        _warn(warnings, f"sentence embeddings unavailable ({exc}); aligning with chrF only, "
                        f"which finds fewer drifted quotes")
        refs.embedder = refs.unit_vectors = refs.sentence_vectors = None
    return refs


def _warn(warnings: list[str], message: str) -> None:
    if message not in warnings:
        warnings.append(message)


def _read_bank(path: Path) -> list[RefUnit]:
    units: list[RefUnit] = []
    for lineno, record in read_json_lines(path):
        units.extend(_bank_units(record, path, lineno))
    if not units:
        raise UserError("quote bank has no quotes", str(path))
    return units


def _bank_units(record, path: Path, lineno: int) -> list[RefUnit]:
    if not isinstance(record, dict):
        raise UserError("each line must be a JSON object with a \"quote\"", str(path), lineno)
    quote = record.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise UserError("\"quote\" must be a non-empty string", str(path), lineno)
    for key in BANK_KEYS[1:]:
        if record.get(key) is not None and not isinstance(record[key], (str, int)):
            raise UserError(f"\"{key}\" must be a string", str(path), lineno)
    meta = {k: (str(record[k]) if record.get(k) is not None else None) for k in BANK_KEYS[1:]}
    return _quote_units(" ".join(quote.split()), meta["source"] or path.name, f"{path}:{lineno}",
                        meta["speaker"], meta["date"])


def _quote_units(quote: str, source: str, where: str, speaker: str | None,
                 date: str | None) -> list[RefUnit]:
    """The whole quote, and each of its sentences when it has several."""
    whole = RefUnit(quote, "quote", source, where, quote, speaker, date)
    doc = Document(quote)
    parts = [quote[s.start:s.end] for s in doc.sentences]
    if len(parts) < 2:
        return [whole]
    return [whole] + [RefUnit(p, "quote", source, where, quote, speaker, date, whole=False)
                      for p in parts if word_count(p) >= MIN_QUOTE_WORDS]


def _article_units(doc: Document, name: str) -> tuple[list[RefUnit], list[RefUnit]]:
    """An article's quotes (verbatim wording) and its sentences (paraphrase candidates)."""
    text = doc.text
    units: list[RefUnit] = []
    quoted_sentences: set[int] = set()
    for q in doc.quotes:
        if q.depth:
            continue
        span = q.inner.trimmed(text, QUOTE_TRAILING)
        wording = " ".join(text[span.start:span.end].split())
        if word_count(wording) < MIN_QUOTE_WORDS:
            continue
        speaker = text[q.speaker.start:q.speaker.end] if q.speaker else None
        line = doc.line_col(span.start)[0]
        units.extend(_quote_units(wording, name, f"{name}:{line}", speaker, None))
        sentence = doc.sentence_at(span.start)
        if sentence is not None:
            quoted_sentences.add(sentence.start)
    sentences = []
    for s in doc.sentences:
        words = " ".join(text[s.start:s.end].split())
        if word_count(words) < MIN_QUOTE_WORDS:
            continue
        unit = RefUnit(words, "sentence", name, f"{name}:{doc.line_col(s.start)[0]}", words)
        sentences.append(unit)
        if s.start not in quoted_sentences:
            units.append(unit)  # a sentence that quotes is represented by its quote
    return units, sentences
