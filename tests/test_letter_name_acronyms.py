"""MT608: initialisms spelled by their letters' Russian names read back into the initials."""

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.text.document import Document
from mtaudit.detectors.letter_name_acronyms import DETECTOR, initialism
from mtaudit.rules.model import Selection


@pytest.mark.parametrize("word, letters", [
    ("Bi-bi-si", "BBC"), ("Si-en-en", "CNN"), ("En-bi-ey", "NBA"), ("Ef-bi-ai", "FBI"),
    ("Si-ai-ey", "CIA"), ("Pi-ar", "PR"), ("Ai-ti", "IT"), ("Bi-em-dabl-yu", "BMW"),
    ("Yu-es-ey", "USA"), ("Em-ti-vi", "MTV"), ("Di-dzhei", "DJ"),
])
def test_letter_names_read_back(word, letters):
    assert initialism(word) == letters


@pytest.mark.parametrize("word", ["Bi-Bi", "hi-fi", "T-shirt", "x-ray", "e-mail", "Ka-52", "El-Al",
                                  "bi-annual", "A-ha"])
def test_english_hyphenated_words_and_nicknames_are_no_initialisms(word):
    assert initialism(word) is None


def test_the_finding_spans_the_word_and_its_safe_fix_writes_the_initials():
    text = "About it the Russian service Bi-bi-si said on Friday."
    result = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT608",)),
                   detectors=(DETECTOR,))
    (finding,) = result.findings
    assert (finding.text, finding.correction) == ("Bi-bi-si", "BBC")
