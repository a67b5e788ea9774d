"""lex26: word-level calques by mechanism. MT2629 a change measured by a Russian multiplier (WordNet's
change-of-magnitude verbs), MT2239 по + a naming noun, MT406 a city's institution with no article."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.rules.model import Selection
from mtaudit.text import lexicon
from mtaudit.text.document import Document


def _found(text, *codes):
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext(),
                                            Selection(select=codes)).findings]


def test_magnitude_verbs_are_a_word_class():
    verbs = lexicon.words("calque_magnitude_verbs.txt")
    for form in ("increased", "grew", "shrank", "decreases", "fallen", "reduced", "expanded", "diminished"):
        assert form in verbs, form
    for form in ("raised", "doubled", "halved", "jumped", "climbed"):  # occasions or English factors
        assert form not in verbs, form


@pytest.mark.parametrize("text, span", [
    ("The yield of potatoes expanded in two times.", "expanded in two times"),
    ("Over the decade the herd diminished almost three times.", "diminished almost three times"),
    ("The queue for the clinic shrank 2.5 times.", "shrank 2.5 times"),
    ('"The demand has grown twice," said the director.', "grown twice"),
])
def test_multiplied_change(text, span):
    assert ("MT2629", span) in _found(text, "MT2629")


@pytest.mark.parametrize("text", [
    "The share price fell twice last week.",
    "She fell twice and still finished the race.",
    "Tariffs increased three times since 2020, each time by 2%.",
    "Exports grew three times the rate of imports.",
    "The river rose twice as high as in spring.",
])
def test_multiplied_change_quiet(text):
    assert _found(text, "MT2629") == []


def test_naming_noun_frame_fix():
    text = "The zoo bought a lynx by the nickname Tishka."
    (f,) = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT2239",))).findings
    assert f.text == "by the nickname" and f.correction == "named"
    assert _found("The rapper goes by the nickname Lynx; a man by the name of Tishkin came.", "MT2239") == []


def test_city_institution_without_article():
    """A place the glossary knows, though English has its word (samara, the winged fruit), named
    with no article: the institution's name; an article makes it a description."""
    assert ("MT406", "Samara university") in _found("Students of Samara university won.", "MT406")
    assert _found("He taught at a Samara university; the Samara university's rector spoke.", "MT406") == []
    assert ("MT406", "Samara university") in _found("Students of the Samara university won.", "MT406")
    assert _found("Students of the Samara university team and of the Samara university where he taught.", "MT406") == []
