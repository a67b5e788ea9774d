"""Russian word order and frames of session 22 (order22): a counted subject after a place phrase,
a dateline before the clause, "the lake X" in the phrase, a superlative predicate before "became"
(MT2517); the object-first span across a thousands comma (MT2510); any listener after "told"
(MT2010, MT2021); "on" before a span of time (MT2237); a trip "on" a vehicle (MT2236)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(text, *codes):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), Selection(select=codes)).findings]


@pytest.mark.parametrize("text, span, fix", [
    # a counted subject after one static place phrase and a verb of appearing, after a dateline
    ("PERM, 2 June - In the park appeared 35 new benches, reports perm-now.ru.",
     "In the park appeared 35 new benches", "35 new benches appeared in the park"),
    # a place noun and its name inside the phrase ("the river Kama") is no swallowed subject
    ("On the river Kama near the port appeared a raft of logs of 40 metres.",
     "On the river Kama near the port appeared a raft of logs of 40 metres",
     "A raft of logs of 40 metres appeared on the river Kama near the port"),
    # the superlative predicate fronted before "became", the names last
    ("The most popular names of cats in the city last year became Barsik and Murka.",
     "The most popular names of cats in the city last year became Barsik and Murka",
     "Barsik and Murka became the most popular names of cats in the city last year"),
    # a measure noun as the subject counts like a number
    ("In the valley grew the number of beavers.", "In the valley grew the number of beavers",
     "The number of beavers grew in the valley"),
    # a person noun before "became", a first and last name after it
    ("The laureate of the prize became Olga Sedova.", "The laureate of the prize became Olga Sedova",
     "Olga Sedova became the laureate of the prize"),
])
def test_russian_order_is_flagged_with_the_subject_first(text, span, fix):
    assert ("MT2517", span, fix) in _found(text, "MT2517")


@pytest.mark.parametrize("text", [
    "Behind the hearse walked 120 mourners.",      # literary inversion of motion
    "At the gate stood 40 protesters.",            # a figure standing in place
    "The eldest son became King Edward.",          # a title before the name
    "The youngest pupil became a champion.",       # no proper name after "became"
    "In the final Petrova beat the champion.",     # a name inside the phrase is the subject
    "The buyer became Meta.",                      # a rename, not a person named in full
])
def test_english_order_stays_quiet(text):
    assert [c for c, _, _ in _found(text, "MT2517")] == []


def test_object_first_span_keeps_a_thousands_comma():
    found = _found("Last season the museum visited 12,400 pupils.", "MT2510")
    assert [(c, s) for c, s, _ in found] == [("MT2510", "visited 12,400 pupils")]


@pytest.mark.parametrize("text, span", [
    ('"The harvest is late," told the correspondent the chief agronomist of the farm Olga Vetrova.',
     "told the correspondent the chief agronomist of the farm Olga Vetrova"),
    ('"We sold out," told our newspaper the owner of the bakery Pavel Gusev.',
     "told our newspaper the owner of the bakery Pavel Gusev"),
])
def test_any_listener_after_told(text, span):
    assert span in [s for c, s, _ in _found(text, "MT2010", "MT2021")]


def test_told_with_its_speaker_first_stays_quiet():
    assert _found('"We sold out," the owner of the bakery Pavel Gusev told our newspaper.', "MT2010", "MT2021") == []


@pytest.mark.parametrize("text, span, fix", [
    ("On the next days frosts will return.", "On the next days", "In"),
    ("The boy was born on the 30th week of pregnancy.", "on the 30th week", "in"),
])
def test_on_before_a_span_of_time(text, span, fix):
    found = _found(text, "MT2237")
    assert [(c, s) for c, s, _ in found] == [("MT2237", span)]
    assert found[0][2].startswith(fix)


@pytest.mark.parametrize("text", [
    "On the next day the ferry sailed.",
    "The team will focus on the coming weeks of training.",
    "She gave a lecture on the last months of the war.",
])
def test_on_before_a_day_or_as_an_object_stays_quiet(text):
    assert _found(text, "MT2237") == []


def test_a_trip_on_a_vehicle_but_not_on_a_boat():
    assert [s for _, s, _ in _found("The lodge sells excursions on snowmobiles.", "MT2236")] == [
        "excursions on snowmobiles"]
    assert _found("The lodge sells excursions on boats.", "MT2236") == []
