"""Russian word order of session 18 (order18): a participle or adjective with its complement
before the noun (MT2514), the object first with a pronoun or quantifier or an infinitive
(MT2509), a fronted place before an event verb (MT2317), a dateline before a fronted phrase, and
the speaking body in an "in the" phrase after a passive report (MT2029) or a listener (MT2022)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_fronted, calques_object_first, calques_prenominal_phrase
from mtaudit.detectors.patterns import DETECTOR as PATTERNS
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

from conftest import CountingParser

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _audit(text, detectors, parser=None):
    ctx = AuditContext(parser=parser) if parser is not None else AuditContext()
    return audit(Document(text, doc_id="t"), ctx, detectors=detectors).findings


def _found(text, detectors, parser=None):
    return [(f.code, f.text) for f in _audit(text, detectors, parser)]


@needs_parser
def test_a_participle_with_its_complement_before_the_noun_is_put_after_it():
    text = ("The located in the centre building will be demolished. "
            "The opened last year park attracts many visitors.")
    found = _audit(text, (calques_prenominal_phrase.DETECTOR,))
    assert [(f.code, f.text, f.correction) for f in found] == [
        ("MT2514", "The located in the centre building", "The building located in the centre"),
        ("MT2514", "The opened last year park", "The park opened last year")]


@needs_parser
def test_english_nominal_adjectives_and_bare_participles_stay_quiet_and_plain_sentences_are_not_parsed():
    counting = CountingParser()
    text = ("The injured in the car crash were taken to hospital. "
            "Those interested in the summer course should apply. "
            "The renovated building opened in May. "
            "The weather was calm.")
    assert _found(text, (calques_prenominal_phrase.DETECTOR,), counting) == []
    assert "The weather was calm." not in counting.asked


@needs_parser
def test_the_object_first_with_a_pronoun_subject_a_quantifier_or_an_infinitive():
    text = ("The harvest this year he evaluates as excellent. "
            "Most of the trees the workers have already cut down. "
            "The old bridge the authorities plan to demolish next year.")
    assert [c for c, _ in _found(text, (calques_object_first.DETECTOR,))] == ["MT2509"] * 3


@needs_parser
def test_a_fronted_place_after_a_dateline_and_before_an_event_verb():
    text = ("STAVROPOL, 17 july - RIA Novosti. In the Kursk region rose the prices for potatoes. "
            "In the distance rose the towers of the old monastery.")
    assert _found(text, (calques_fronted.DETECTOR,)) == [("MT2317", "In the Kursk region rose the prices")]


def test_the_speaking_body_after_a_passive_report_or_a_listener():
    text = ("The harvest reached a third of the fields. This was reported in the regional state administration. "
            "Queues formed at the workshops, told RBC Yekaterinburg in the regional association of car services. "
            "The rules, as stated on the website of the ministry, apply to all schools.")
    codes = [(f.code, f.text) for f in _audit(text, (PATTERNS,)) if f.code in ("MT2022", "MT2029")]
    assert codes == [("MT2029", "reported in the regional state administration"),
                     ("MT2022", "told RBC Yekaterinburg in the regional association of car services")]


@needs_parser
def test_a_statement_that_opens_with_its_auxiliary_and_verb_and_the_english_inversions():
    from mtaudit.detectors import calques_verb_first
    text = ("Was opened in the city a new kindergarten for 200 children. "
            "Will take part in the festival about 300 musicians. "
            "Were it not for the rain, the harvest would have been a record. "
            "Should you need help, call the hotline. "
            "Will Grant, the coach, said the team was ready.")
    assert _found(text, (calques_verb_first.DETECTOR,)) == [("MT2515", "Was opened"), ("MT2515", "Will take")]


@needs_parser
def test_a_relative_that_and_a_nominal_comparative_are_no_pre_nominal_phrase():
    text = ("The portrait that hung for years in one of its tea rooms was sold. "
            "The council chose the cheaper of two designs for the bridge.")
    assert _found(text, (calques_prenominal_phrase.DETECTOR,)) == []
