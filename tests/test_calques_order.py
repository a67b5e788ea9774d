"""Russian word order and verb government of session 11: a verb before its postposed subject
wherever the clause stands (MT2317), the object fronted before subject and verb (MT2507), the
rank before the name in results (MT2508), and verb frames kept as data (MT2820)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_collocations, calques_fronted, calques_verbless
from mtaudit.detectors.patterns import DETECTOR as PATTERNS
from mtaudit.models import parser as parser_mod
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document

from conftest import CountingParser

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detectors, parser=None):
    ctx = AuditContext(parser=parser) if parser is not None else AuditContext()
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), ctx, detectors=detectors).findings]


@needs_parser
def test_a_passive_before_its_subject_after_two_fronted_phrases_is_one_span():
    text = "Over the past month in the district were recorded six wildfires, all of them small."
    assert _found(text, (calques_fronted.DETECTOR,)) == [
        ("MT2317", "Over the past month in the district were recorded six wildfires")]


@needs_parser
def test_the_inversion_is_found_after_a_connective_phrase_and_in_a_that_clause():
    text = ("For this purpose, from the regional budget were allocated 3 million rubles. "
            "The organisers expect that on the square will gather about 4,000 people.")
    assert _found(text, (calques_fronted.DETECTOR,)) == [
        ("MT2317", "from the regional budget were allocated 3 million rubles"),
        ("MT2317", "on the square will gather about 4,000 people")]


@needs_parser
def test_english_orders_and_literary_inversion_stay_quiet_and_are_parsed_only_as_candidates():
    counting = CountingParser()
    text = ("Six wildfires were recorded in the district over the past month. "
            "Also arrested were two local officials. "
            "In the square stand two bronze statues. "
            "The plant was closed and were fired 200 workers, the union said. "
            "In the next round Sokolov's players travel to Omsk. "
            "The weather was calm.")
    assert _found(text, (calques_fronted.DETECTOR,), counting) == []
    assert "The weather was calm." not in counting.asked


@needs_parser
def test_an_object_put_before_subject_and_verb_is_flagged_up_to_the_verb():
    text = "The bones were found in May. The exact age the experts will determine in a laboratory."
    assert _found(text, (calques_verbless.DETECTOR,)) == [
        ("MT2507", "The exact age the experts will determine")]


@needs_parser
def test_a_reduced_relative_and_a_time_phrase_before_the_subject_are_english():
    text = ("The man the police arrested was released on bail. "
            "The whole time the crew worked without a break. "
            "The last time the envoy visited Rome, he met the pope.")
    assert _found(text, (calques_verbless.DETECTOR,)) == []


def _ranked(text):
    result = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT2508",)),
                   detectors=(PATTERNS,))
    return [f.text for f in result.findings]


def test_a_rank_before_its_verb_and_the_name_last_is_flagged():
    assert _ranked("Orlov won; the second place occupied Ilya Sokolov, who missed once.") == [
        "the second place occupied Ilya Sokolov"]
    assert _ranked("Second place went to Ilya Sokolov. The best turned out to be Sokolov.") == []


def test_verb_government_frames_come_from_the_data():
    found = _found("The mayor promised to pensioners that the clinic will open. The jury will "
                   "announce the winners to 12 October. Prices rose in three-four times.",
                   (calques_collocations.DETECTOR,))
    assert [t for _, t in found] == ["promised to pensioners", "to 12 October", "in three-four times"]
    assert _found("The mayor promised to open the clinic. The vote was moved from 1 October to "
                  "12 October.", (calques_collocations.DETECTOR,)) == []
