"""The named-entity glossary: format, validation, import/export and matching.

Public API: load_glossary(paths, bundled=True) -> Glossary; matches(doc, glossary)
-> list[GlossaryMatch] (memoised in doc.cache["glossary_matches"]).
"""

from __future__ import annotations

from mtaudit.glossary.index import GlossaryMatch, fold_keeping_offsets, matches
from mtaudit.glossary.loader import bundled_dir, load_glossary, read_file
from mtaudit.glossary.model import KINDS, TYPES, Concept, Glossary, WrongForm

__all__ = ["Concept", "Glossary", "GlossaryMatch", "KINDS", "TYPES", "WrongForm", "bundled_dir",
           "fold_keeping_offsets", "load_glossary", "matches", "read_file"]
