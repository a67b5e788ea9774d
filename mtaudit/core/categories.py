"""The one table of artifact categories with their W3C ITS 2.0 localization-quality type and MQM
issue type, so every output (XLIFF, JSON, the review page) names a category the same way."""

from __future__ import annotations

from dataclasses import dataclass

from mtaudit.core.types import Severity


@dataclass(frozen=True)
class Category:
    name: str
    summary: str
    its_type: str          # ITS 2.0 locQualityIssueType
    mqm: str               # MQM dimension / issue type
    default_severity: Severity


CATEGORIES: dict[str, Category] = {c.name: c for c in (
    Category("entity-mistranslation", "a name rendered as a common word or a wrong form",
             "mistranslation", "Terminology / Accuracy", Severity.MAJOR),
    Category("name-casing", "a person's name left lowercase",
             "misspelling", "Fluency / Spelling (capitalization)", Severity.MINOR),
    Category("institution-casing", "an institution or title with broken casing",
             "misspelling", "Fluency / Spelling (capitalization)", Severity.MINOR),
    Category("editorial-gloss", "text the source outlet inserted into a quote",
             "addition", "Accuracy / Addition", Severity.MAJOR),
    Category("calque", "a Russian construction carried over",
             "mistranslation", "Accuracy / Overly literal", Severity.MINOR),
    Category("pronoun", "a non-personal pronoun for a person",
             "grammar", "Fluency / Grammar", Severity.MINOR),
    Category("punctuation", "Russian direct-speech or typographic conventions",
             "typographical", "Fluency / Punctuation", Severity.MINOR),
    Category("untranslated", "Cyrillic or transliterated Russian left in the text",
             "untranslated", "Accuracy / Untranslated", Severity.MAJOR),
    Category("quote-drift", "an English quote translated there and back",
             "mistranslation", "Accuracy / Mistranslation", Severity.MAJOR),
    Category("date-number", "a date or number that contradicts the reference",
             "numbers", "Accuracy / Mistranslation (numbers)", Severity.MAJOR),
    Category("inconsistency", "one entity or term spelled several ways in one text",
             "inconsistency", "Terminology / Inconsistent use", Severity.MINOR),
    Category("omission", "a source sentence with no translation (--source)",
             "omission", "Accuracy / Omission", Severity.MINOR),
    Category("addition", "an English sentence with no source counterpart (--source)",
             "addition", "Accuracy / Addition", Severity.MINOR),
)}


def check_category(name: str) -> Category:
    """Look a category up, failing loudly on a typo in rule data."""
    try:
        return CATEGORIES[name]
    except KeyError:
        raise ValueError(f"unknown category {name!r}; known: {', '.join(CATEGORIES)}") from None
