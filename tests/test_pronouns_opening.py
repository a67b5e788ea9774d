"""MT3103: "His/Her/He/She" opening a sentence after a sentence about a thing, no person near."""

from __future__ import annotations

import pytest

from mtaudit.models import parser as parser_mod
from mtaudit.audit.context import AuditContext
from mtaudit.detectors import pronouns_opening
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _run(text):
    return audit(Document(text), AuditContext(), detectors=(pronouns_opening.DETECTOR,)).findings


@pytest.mark.parametrize("text, span, fix", [
    ("The boring machine passed 1.2 kilometres. She worked at a depth of 60 metres.", "She", "It"),
    ("The theatre was built in 1905 on the main square. His facade was restored last year.", "His", "Its"),
])
def test_an_opening_gendered_pronoun_after_a_thing_becomes_it(text, span, fix):
    (f,) = _run(text)
    assert f.code == "MT3103" and f.text == span
    assert f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    "The theatre was bought by Ivan Petrov in 1990. His family still owns it.",
    "The director praised the troupe. The theatre was built in 1905. His speech was short.",
    "The dogs were fed at noon. His owner was away.",
    "The theatre was built in 1905.\n\nHis facade was restored last year.",
    "Anna Ivanova runs the plant.\n\nThe plant opened last year. She expects to hire 300 people.",
])
def test_a_person_nearby_a_plural_or_a_new_paragraph_keeps_it_quiet(text):
    assert _run(text) == []


def test_a_place_name_or_a_name_on_a_common_noun_is_no_person():
    text = ("The plant is in Lipetsk.\n\nThe turbine was assembled at a workshop in Kazan and painted "
            "with the Avangard logo colours. He will reach full power next spring.")
    (f,) = _run(text)
    assert f.code == "MT3103" and f.text == "He" and f.fix.edits[0].replacement == "It"


@pytest.mark.parametrize("text", [
    # a verb only someone does: the pronoun is a person's even with no name in the paragraph
    "The plant is in Lipetsk.\n\nThe letter was written at the ministry in Moscow. He signed it on Friday.",
    # a name after "by" or "to" may be a person's
    "The plant is in Lipetsk.\n\nThe turbine was sold to Orlov in 2010. His plant is in Tula.",
])
def test_an_agent_verb_or_a_name_after_by_or_to_keeps_it_quiet(text):
    assert _run(text) == []
