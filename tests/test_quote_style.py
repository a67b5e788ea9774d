"""Fixes that put in quotation marks write the document's own kind (text/quote_style.py)."""

from __future__ import annotations

from mtaudit.audit.engine import audit
from mtaudit.text.document import Document
from mtaudit.text.quote_style import CURLY, STRAIGHT, in_style, quote_style


def _guillemet_fix(text: str) -> str:
    """The corrected text of the first MT505 finding's edits."""
    finding = next(f for f in audit(Document(text, doc_id="t")).findings if f.code == "MT505")
    out = text
    for edit in sorted(finding.fix.edits, key=lambda e: -e.start):
        out = out[:edit.start] + edit.replacement + out[edit.end:]
    return out


def test_style_is_the_majority_of_double_quotes():
    assert quote_style('He said "yes" and "no".') == STRAIGHT
    assert quote_style("He said “yes” and “no”.") == CURLY
    assert quote_style("No quotes at all.") == CURLY  # the house default
    assert quote_style('“Yes,” he said of the 5" pipe, “and more.”') == CURLY


def test_in_style_maps_only_curly_double_quotes():
    assert in_style("“Azot”, ‘its’", STRAIGHT) == '"Azot", ‘its’'
    assert in_style("“Azot”", CURLY) == "“Azot”"


def test_a_straight_quoting_document_gets_straight_marks():
    text = 'The director called the plan "bold". The farm «Green Valley» opened a shop.'
    assert '"Green Valley"' in _guillemet_fix(text)


def test_a_curly_or_unquoted_document_gets_curly_marks():
    assert "“Green Valley”" in _guillemet_fix("The farm «Green Valley» opened a shop.")
    text = "The director called the plan “bold”. The farm «Green Valley» opened a shop."
    assert "“Green Valley”" in _guillemet_fix(text)
