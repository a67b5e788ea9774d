"""Calque kinds of session 9: a title chain before a person (MT2401), the speaking body put in
"in the …" (MT2022), and Russian order that leaves no main clause (MT2507, parser)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_verbless
from mtaudit.detectors.patterns import DETECTOR as PATTERNS
from mtaudit.models import parser as parser_mod
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document

from conftest import CountingParser

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _flags(text: str, code: str) -> list[str]:
    result = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=(code,)),
                   detectors=(PATTERNS,))
    return [f.text for f in result.findings]


def test_the_chain_takes_a_body_name_or_a_rank_before_the_person():
    assert _flags("The chief economist of the bank Alfa Ilya Petrov expects a cut.", "MT2401") == [
        "The chief economist of the bank Alfa Ilya Petrov"]
    assert _flags("The commander of the brigade Colonel Igor Belov spoke.", "MT2401") == [
        "The commander of the brigade Colonel Igor Belov"]


def test_a_speech_verb_before_the_chain_joins_the_span():
    assert _flags("Roads are clear, said the head of the service Oleg Ivanov.", "MT2409") == [
        "said the head of the service Oleg Ivanov"]
    assert _flags("Roads are clear, said the head of the service Oleg Ivanov.", "MT2401") == []


def test_the_bare_chain_is_opt_in_and_the_spoken_one_is_on_by_default():
    text = ("The director of the plant Rustem Galiullin expects a cut. "
            "Roads are clear, said the head of the service Oleg Ivanov.")
    default = audit(Document(text, doc_id="t"), AuditContext(), Selection(), detectors=(PATTERNS,))
    assert [(f.code, f.text) for f in default.findings if f.code.startswith("MT24")] == [
        ("MT2409", "said the head of the service Oleg Ivanov")]
    chosen = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT24", "MT2401")),
                   detectors=(PATTERNS,))
    assert [f.code for f in chosen.findings] == ["MT2401", "MT2409"]


@pytest.mark.parametrize("text", [
    "The governor of the region Anna Volkova said the roads were clear.",
    "The governor of the Bank of England Andrew Bailey said rates would hold.",
    "The head of the department, Oleg Ivanov, said rates would hold.",
    "The health minister of Dagestan Boris Petrov said rates would hold.",
    "The son of the actor Kirk Douglas spoke first.",
    "He met the head of the construction company\n\nThe Leninsky court ruled on Monday.",
])
def test_the_chain_spares_english_titles_commas_and_paragraphs(text):
    assert _flags(text, "MT2401") == []


def test_the_governor_counts_after_a_speech_verb():
    assert _flags("Roads are clear, said the governor of the region Anna Volkova.", "MT2409") == [
        "said the governor of the region Anna Volkova"]


def test_a_body_in_a_place_phrase_after_a_speech_verb():
    text = "The bridge opens in May, told the agency in the press service of the city administration."
    assert _flags(text, "MT2022") == ["told the agency in the press service of the city administration"]
    assert _flags("She said in the ministry’s statement that the bridge opens in May.", "MT2022") == []


def _verbless(text, parser=None):
    ctx = AuditContext(parser=parser) if parser is not None else AuditContext()
    return audit(Document(text, doc_id="t"), ctx, detectors=(calques_verbless.DETECTOR,))


@needs_parser
def test_a_fronted_place_with_the_verb_read_as_a_noun_is_flagged_up_to_the_comma():
    counting = CountingParser()
    text = ("A main burst overnight. Water flooded the yard. At the site of the accident work "
            "four emergency crews of the utility, who dug a pit.")
    (f,) = _verbless(text, counting).findings
    assert f.code == "MT2507"
    assert f.text == "At the site of the accident work four emergency crews of the utility"
    assert counting.asked == [("At the site of the accident work four emergency crews of the "
                               "utility, who dug a pit.")]


@needs_parser
def test_the_last_time_fragment_is_flagged_and_a_full_sentence_is_not():
    (f,) = _verbless("The last time the envoy visited Rome in the past spring.").findings
    assert f.text == "The last time the envoy visited Rome in the past spring"
    assert _verbless("The last time the envoy visited Rome, he met the pope.").findings == []


def test_without_a_parser_the_verbless_check_is_skipped_and_said_so():
    result = _verbless("The last time the envoy visited Rome in the past spring.", parser=False)
    assert result.findings == []
    assert [name for name, _ in result.skipped] == ["calques-verbless"]
