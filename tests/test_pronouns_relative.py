"""MT3113: the relative "which" for a person (Russian "который" for people and things alike).
Texts written for these tests."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_relative
from mtaudit.models import parser as parser_mod
from mtaudit.text import lexicon
from mtaudit.text.document import Document

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _run(text):
    return audit(Document(text), AuditContext(), detectors=(pronouns_relative.DETECTOR,)).findings


@pytest.mark.parametrize("text", [
    "Volunteers found the berry picker, which had been missing since Friday.",
    "The bank refunded the pensioner, which had lost 300,000 roubles to the callers.",
    "Firefighters carried out the tenant Oleg Lapin, which was asleep on the fifth floor.",
    "Four hikers were lost on the ridge. Three walked out on Monday, while the fourth, which had "
    "a broken leg, was lifted by helicopter.",
])
def test_which_for_a_person_is_flagged_and_fixed_to_who(text):
    (f,) = _run(text)
    assert f.code == "MT3113" and f.text == "which" and f.fix.edits[0].replacement == "who"


@pytest.mark.parametrize("text", [
    "Volunteers found the berry picker, who had been missing since Friday.",
    "The family, which had lost its house in the fire, moved to a hostel.",
    "The bus, which was carrying 30 hikers, left the road.",
    "Four boats were lost on the lake. Three were found on Monday, while the fourth, which had a "
    "broken engine, sank.",
    "The statue of the writer Ivan Bunin, which stands in the park, was cleaned.",
    "The school hired 12 teachers, which is twice as many as last year.",
    "The supplier, which had missed two deadlines, lost the contract.",
])
def test_groups_things_companies_and_clauses_keep_which(text):
    assert _run(text) == []


def test_the_nouns_are_those_wordnet_knows_only_as_people():
    nouns = lexicon.folded_words("person_only_nouns.txt")
    assert {"pensioner", "picker", "resident"} <= nouns
    assert not {"pilot", "coach", "head", "transmitter", "owner", "supplier"} & nouns


@pytest.mark.skipif(not __import__("pathlib").Path("/usr/share/wordnet/data.noun").is_file(),
                    reason="needs WordNet (wordnet-base) to rebuild the list")
def test_the_noun_list_rebuilds_from_wordnet():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_person_only_nouns

    built = build_person_only_nouns.build(Path("/usr/share/wordnet"))
    assert frozenset(built) == lexicon.folded_words("person_only_nouns.txt")
