"""Embed the first texts of many documents' reference checks in one model call.

Quote drift and the date/number check embed, for each document, its quotes and its
sentences with a date or a number before anything else (then retrieve candidates, then
embed windows of the close ones). A batch worker audits a chunk of documents: embedding
those first texts of the whole chunk at once fills the model's batches (fewer, fuller
forward passes, less padding once sorted by length) and leaves them in the references'
memo (`References.encode`), where each document's own check finds them.
"""

from __future__ import annotations

from mtaudit.text.document import Document


def first_texts(doc: Document, refs) -> list[str]:
    """The texts the reference checks embed first for `doc`, exactly as they will ask."""
    from mtaudit.references.date_number import checkable_sentences
    from mtaudit.references.quote_drift import _doc_units

    texts = [t for _, t, _ in _doc_units(doc)] if refs.units else []
    texts += [" ".join(doc.slice(s).split()) for s in checkable_sentences(doc, refs)]
    return texts


def prefetch(refs, docs: list[Document]) -> None:
    """Embed the first texts of every document in one call (no-op without embeddings)."""
    if refs is None or not refs.uses_embeddings:
        return
    texts = [t for doc in docs for t in first_texts(doc, refs)]
    if texts:
        refs.encode(texts)
