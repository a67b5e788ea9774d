"""A speaker phrase of any length after its speech verb (MT2512), and the verb before its subject
after a fronted time phrase (MT2317): session 16's members of Russian word order, written for
the tests (none is taken from an evaluation set)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_fronted, calques_inverted_subject
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _codes(text, detector):
    doc = Document(text, doc_id="t")
    return [(f.code, f.text) for f in audit(doc, AuditContext(), detectors=(detector,)).findings]


SPEAKER_MEMBERS = [
    ("The ferry will carry 200 passengers, announced the acting head of the city Viktor Lebedev.",
     "announced the acting head of the city Viktor Lebedev"),
    ("The harvest was the best in ten years, said to journalists the minister of agriculture of the republic Marat Ilyasov.",
     "said to journalists the minister of agriculture of the republic Marat Ilyasov"),
    ("The collection will be digitised by 2027, reported to the Interfax correspondent in the regional archive.",
     "reported to the Interfax correspondent in the regional archive"),
    ("The project will cost 2 billion roubles, commented the vice-rector of the university for science Dmitry Kozlov.",
     "commented the vice-rector of the university for science Dmitry Kozlov"),
    ("The frosts will last until Friday, warns the leading specialist of the weather centre.",
     "warns the leading specialist of the weather centre"),
    ("Prices for fish will not rise, is sure the general director of the fish factory Oleg Lunin.",
     "is sure the general director of the fish factory Oleg Lunin"),
    ("The ice is too thin for cars, reminded at the briefing the chief of the regional rescue service.",
     "reminded at the briefing the chief of the regional rescue service"),
]

NATIVE = [
    "The ferry will carry 200 passengers, said Acting Mayor Viktor Lebedev.",
    "The ferry will carry 200 passengers, said the head of the port.",
    "“The ferry is ready,” noted the head of the port authority.",
    "The ferry, noted the head of the port authority, is ready.",
    "The ferry will carry 200 passengers, announced Viktor Lebedev, the acting mayor.",
    "The captain checked the engines, informed the crew and left.",
    "She told the correspondent of the newspaper the whole story.",
    "The ferry will carry 200 passengers, added the press service of the port.",
    "The ferry will carry 200 passengers, said the press service of the port authority.",
]


@needs_parser
@pytest.mark.parametrize("text,span", SPEAKER_MEMBERS)
def test_a_long_speaker_after_its_speech_verb_is_flagged(text, span):
    assert ("MT2512", span) in _codes(text, calques_inverted_subject.DETECTOR)


@needs_parser
@pytest.mark.parametrize("text", NATIVE)
def test_english_inversion_and_english_orders_stay_quiet(text):
    assert not [c for c in _codes(text, calques_inverted_subject.DETECTOR) if c[0] == "MT2512"]


TIME_MEMBERS = [
    ("In the coming years will appear three new metro stations.", "In the coming years will appear three new metro stations"),
    ("Next month will resume the flights to Antalya.", "Next month will resume the flights"),
    ("This autumn were planted 2,000 young oaks.", "This autumn were planted 2,000 young oaks"),
    ("On the opening of the bridge were present the governor and the builders.", "On the opening of the bridge were present the governor"),
]
TIME_NATIVE = [
    "Next month will see the return of the flights to Antalya.",
    "This autumn brought heavy rain to the region.",
    "Next month, the flights to Antalya will resume.",
    "Then came the news of the flights.",
    "This autumn was named the best season for the harvest.",
]


@needs_parser
@pytest.mark.parametrize("text,span", TIME_MEMBERS)
def test_a_verb_before_its_subject_after_a_fronted_time_phrase_is_flagged(text, span):
    assert ("MT2317", span) in _codes(text, calques_fronted.DETECTOR)


@needs_parser
@pytest.mark.parametrize("text", TIME_NATIVE)
def test_the_time_as_subject_and_literary_inversion_stay_quiet(text):
    assert not [c for c in _codes(text, calques_fronted.DETECTOR) if c[0] in ("MT2317", "MT2315")]
