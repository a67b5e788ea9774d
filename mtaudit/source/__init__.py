"""Source-aware audit: the English translation checked against its Russian original.

reading    -- the original read exactly like the audited text, Russian sentences
align      -- multilingual-e5 sentence embeddings + a monotone 1-1/1-2/2-1 alignment
entities   -- source names (glossary by lemmas, natasha NER) against the English
numbers    -- numbers, dates and units normalised on both sides
omissions  -- sentences with no counterpart on the other side
analysis   -- all of it for one document, computed once and cached on the document
"""

from mtaudit.source.reading import SourceText, read_source, source_from_text

__all__ = ["SourceText", "read_source", "source_from_text"]
