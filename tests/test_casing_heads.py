"""MT405 (a title or institution capitalised on its head noun only): the span covers the
modifiers, names and descriptors stay quiet, only candidate sentences reach the parser, and
without a parser the check is skipped with the engine's one warning."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing_heads
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

from conftest import CountingParser

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, parser=None):
    ctx = AuditContext(parser=parser) if parser is not None else AuditContext()
    return audit(Document(text), ctx, detectors=(casing_heads.DETECTOR,))


@needs_parser
def test_the_span_runs_from_the_first_lowercase_modifier_to_the_head():
    result = _found("A spokesman for the regional sanctions Committee said the audit was over.")
    assert [f.text for f in result.findings] == ["regional sanctions Committee"]
    assert result.findings[0].fix is None  # which way to mend it is the writer's choice


@needs_parser
def test_status_words_verbs_objects_and_whole_names_stay_quiet():
    for text in ("The acting Director of the museum resigned on Friday.",
                 "The former defence Minister spoke first.",
                 "Lawmakers thanked Secretary Rubio for the visit.",
                 "He told reporters Secretary Rubio would travel to Kyiv.",
                 "The regional Council of Europe office opened in Tbilisi.",
                 "The talks were held last week.\n\nRussian Defence Ministry Reports Strikes"):
        assert _found(text).findings == [], text


@needs_parser
def test_only_sentences_with_a_candidate_are_parsed():
    counting = CountingParser()
    text = ("The river rose by two metres overnight. Rescuers evacuated the village. "
            "The city Council sent more boats.")
    (f,) = _found(text, counting).findings
    assert f.text == "city Council"
    assert counting.asked == ["The city Council sent more boats."]


def test_without_a_parser_the_check_is_skipped_and_said_so():
    result = _found("The city Council sent more boats.", parser=False)
    assert result.findings == []
    assert [name for name, _ in result.skipped] == ["casing-heads"]


@needs_parser
def test_a_name_the_glossary_knows_is_left_to_the_glossary():
    # "Federal Tax Service" is a bundled concept: MT103 reports its casing, MT405 does not repeat it
    assert _found("A spokesman for the federal tax Service said so.").findings == []
    assert _found("A spokesman for the regional tax Service said so.").findings != []
