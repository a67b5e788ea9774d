"""MT3105: "he"/"she" as the subject of a thing-only predicate; MT3102 then leaves that "he" out
of the persons an "its" may stand for; MT313's new frames."""

from __future__ import annotations

import pytest

from mtaudit.models import parser as parser_mod
from mtaudit.audit.context import AuditContext
from mtaudit.detectors import DETECTORS, pronouns_thing_predicate
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _run(text, detectors=(pronouns_thing_predicate.DETECTOR,)):
    return audit(Document(text), AuditContext(), detectors=detectors).findings


@pytest.mark.parametrize("text, span, fix", [
    ("The new stadium was opened by the governor Ivan Petrov. He accommodates 45,000 spectators.",
     "He", "It"),
    ("The embankment was repaired last year, said Anna Orlova. She stretches for 3 kilometres.",
     "She", "It"),
    ("The village square was rebuilt in May. Mayor Oleg Sokolov said that she is paved with granite.",
     "she", "it"),
    ("The fair opened on Friday, said its director Pavel Gromov. He lasted five days.", "He", "It"),
])
def test_he_she_of_a_thing_predicate_becomes_it(text, span, fix):
    (f,) = [f for f in _run(text) if f.code == "MT3105"]
    assert f.text == span and f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    "The tanker Arctic Star left Murmansk on Monday. She was built in 2008 in Korea.",
    "Anna Petrova joined the board in May. She was installed as chair in June.",
    "The champion rose three places. He rose 2 places in the ranking after the win.",
    "Ivan Petrov was born in Omsk. He was equipped only with a map and a compass.",
    "The boxer returned to the ring. He lasted two rounds with the champion.",
])
def test_people_and_ships_stay_quiet(text):
    assert not [f for f in _run(text) if f.code == "MT3105"]


def test_its_after_a_thing_he_is_not_a_persons():
    text = ("The sorting plant near the landfill works in two shifts. He was built in 2022 and sorts "
            "200,000 tonnes a year. Its line separates bottles and cans.")
    codes = [(f.code, f.text) for f in _run(text, DETECTORS)]
    assert ("MT3105", "He") in codes
    assert not any(c == "MT3102" for c, _ in codes)


@pytest.mark.parametrize("text, span", [
    ("Olga Markina admitted to reporters that I waited for this day for ten years.", "I waited for this day for ten years"),
    ("Pavel Orlov noted that offenders risk a ban: you will be blocked after the third fine.",
     "you will be blocked after the third fine"),
    ("Irina Sobol said that he began at five. According to her, in our villages every child plays.",
     "our villages"),
    ("Anna Kotova admitted that in winter we had to go to Perm for training.", "we had to go to Perm for training"),
])
def test_reported_speech_frames(text, span):
    found = [f.text for f in _run(text, DETECTORS) if f.code == "MT313"]
    assert span in found
