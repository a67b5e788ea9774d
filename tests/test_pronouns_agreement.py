"""MT319 (he/she/himself/herself against the antecedent the syntax names), MT3100 (“your” for
“свой”), and the antecedent refinements of MT312/MT317: what fires, what the fix says, what
stays quiet, and that only candidate sentences reach the parser."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_agreement, pronouns_antecedent, pronouns_syntax, pronouns_your
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

from conftest import CountingParser

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _run(text, detector, parser=None):
    ctx = AuditContext(parser=parser) if parser else AuditContext()
    return audit(Document(text), ctx, detectors=(detector,)).findings


def test_reported_he_for_a_named_woman_is_fixed_to_she():
    (f,) = _run("The deputy Irina Volkova said that he will vote against the budget.", pronouns_agreement.DETECTOR)
    assert f.code == "MT319" and f.text == "he"
    assert f.fix.edits[0].replacement == "she"


def test_reflexive_through_who_reaches_the_noun():
    (f,) = _run("Pavel Gromov, who considers herself a patriot, left the party.", pronouns_agreement.DETECTOR)
    assert f.text == "herself" and f.fix.edits[0].replacement == "himself"


def test_a_man_named_earlier_in_the_text_may_be_the_he():
    text = ("Viktor Gromov was detained on Friday. His lawyer appealed. The defendant's mother "
            "spoke to reporters on Monday. Tatiana Gromova said that he had done nothing wrong.")
    assert _run(text, pronouns_agreement.DETECTOR) == []


def test_an_emphatic_himself_is_no_reflexive_and_quotes_are_left_alone():
    assert _run("Anna Belova met the governor himself.", pronouns_agreement.DETECTOR) == []
    assert _run("“He says he will come,” said Anna Belova.", pronouns_agreement.DETECTOR) == []


def test_only_sentences_with_a_clash_are_parsed():
    counting = CountingParser()
    text = ("The river rose by two metres overnight. Rescuers evacuated the village. "
            "Maria Fomina said that he would send more boats.")
    (f,) = _run(text, pronouns_agreement.DETECTOR, counting)
    assert counting.asked == ["Maria Fomina said that he would send more boats."]


def test_your_for_svoy_is_fixed_to_the_owner():
    text = "The goalkeeper Igor Akinfeev ended your career in May. He thanked your fans."
    found = _run(text, pronouns_your.DETECTOR)
    assert [f.code for f in found] == ["MT3100", "MT3100"]
    assert [f.fix.edits[0].replacement for f in found] == ["his", "his"]


def test_your_in_a_text_that_addresses_its_reader_stays():
    text = ("The goalkeeper Igor Akinfeev ended your career in May. If you want tickets for his "
            "farewell match, book them now.")
    assert _run(text, pronouns_your.DETECTOR) == []


def test_a_womans_quoted_he_with_no_man_anywhere_is_flagged():
    text = ("The expedition worked by the lake for a month. “When we opened the mound, he showed "
            "us a stone ring,” said Olga Sokolova.")
    (f,) = _run(text, pronouns_antecedent.DETECTOR)
    assert f.code == "MT317" and f.text == "he"


def test_an_employer_of_an_investigator_does_not_own_it_but_a_spokesmans_does():
    (f,) = _run("An investigator of the regional police said that it had invited the suspect twice.",
                pronouns_syntax.DETECTOR)
    assert f.code == "MT312"
    assert _run("A spokesman of the regional police said that it had invited the suspect twice.",
                pronouns_syntax.DETECTOR) == []
