"""MT2234 (an event that "passed": проходить/пройти), MT2235 (Russian manner adverbials) and MT2236
(Russian government frames with slots): word classes from WordNet and slots kept as data."""

from __future__ import annotations

import pytest

from mtaudit.detectors.calques_government_frames import classes
from mtaudit.detectors.calques_slot_frames import DETECTOR, frames
from mtaudit.text.document import Document


def codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.start:f.end]) for f in DETECTOR.detect(Document(text), None)]


def test_the_event_class_comes_from_wordnet_and_holds_events_no_list_names():
    ev = classes()["event"]
    assert len(ev) > 300
    assert {"regatta", "symposium", "steeplechase", "coronation"} <= ev     # WordNet's, in no example
    assert not {"motion", "bill", "vote", "referendum", "party", "film"} & ev


@pytest.mark.parametrize("text", [
    "The regatta passed in the bay on Sunday.",
    "The symposium of surgeons passed at the medical university.",
    "The spartakiad of pensioners will pass from 3 to 5 June at the Trud stadium.",
    "Last week in Kurgan passed a congress of farmers.",
    "The hearings on the new master plan passed yesterday in the House of Culture.",
    "The action passed under the slogan of clean banks.",
    "The concert, which passed in the philharmonic, gathered 600 people.",
])
def test_events_in_no_example_are_caught(text):
    assert [c for c in codes(text) if c[0] == "MT2234"], codes(text)


@pytest.mark.parametrize("text", [
    "The motion passed in the council by nine votes to four.",
    "The conference passed a resolution condemning the attack.",
    "The procession passed in silence through the old town.",
    "The parade passed in review before the general.",
    "The festival passed off without incident, police said.",
    "The day of the festival passed quickly.",
    "On the last lap Hamilton passed the race leader.",
    "In 2019 the festival passed 100,000 visitors for the first time.",
    "The festival organisers passed on the costs to visitors.",
    "The tour passes through Leeds on Sunday.",
    "The meeting will pass a new budget next week.",
])
def test_native_pass_stays_quiet(text):
    assert not codes(text), codes(text)


@pytest.mark.parametrize("text,code", [
    ("Drivers who refuse will be removed in a forced order.", "MT2235"),
    ("Children from large families are enrolled in an extraordinary order.", "MT2235"),
    ("The lift has been in a faulty state for a month.", "MT2235"),
    ("Funds will be allocated in the necessary volume.", "MT2235"),
    ("The hotline works in a 24-hour mode.", "MT2235"),
    ("Rescuers operatively arrived at the scene.", "MT2235"),
    ("After the flood the house is not subject to reconstruction.", "MT2236"),
    ("The medicines are not subject to return or exchange.", "MT2236"),
    ("The hosts won with the account 3:1.", "MT2236"),
    ("She won the individual race on 10 km by free style.", "MT2236"),
    ("A collision with the participation of an elk happened near Tver.", "MT2236"),
    ("The bridge will be commissioned until the end of the year.", "MT2236"),
])
def test_slot_members_in_no_example_are_caught(text, code):
    assert [c for c in codes(text) if c[0] == code], codes(text)


@pytest.mark.parametrize("text", [
    "The judge issued an urgent order to halt the deportation.",
    "In an emergency order, the governor closed all schools.",
    "She shot the film in manual mode; the phone was in airplane mode.",
    "The road is in poor condition and the machine in working condition.",
    "These payments are not subject to tax, and the ruling is not subject to appeal.",
    "Aliens subject to removal may appeal.",
    "The project was carried out with the participation of local schools.",
    "He was appointed until 2026, and the contract runs until 2030.",
    "Roadworks will continue until the end of the month.",
    "The race on Sunday was won by Ivanova; she swam the 200 metres freestyle.",
    "Voters were told in a timely manner.",
])
def test_native_lookalikes_stay_quiet(text):
    assert not codes(text), codes(text)


def test_every_frame_has_bad_and_good_sentences_that_hold():
    for entry, _ in frames():
        assert entry["bad"] and entry["good"], entry["ru"]
        for bad in entry["bad"]:
            assert [c for c in codes(bad) if c[0] == entry["rule"]], (entry["ru"], bad)
        for good in entry["good"]:
            assert not [c for c in codes(good) if c[0] == entry["rule"]], (entry["ru"], good, codes(good))


@pytest.mark.parametrize("text,span,fixed", [
    ("The car is not subject to restoration.", "not subject to restoration", "beyond repair"),
    ("She won with the account 4:2.", "with the account 4:2", "4-2"),
    ("She won the race on 15 km at home.", "the race on 15 km", "the 15 km race"),
    ("Two accidents with the participation of elk happened.", "with the participation of", "involving"),
    ("Until the end of the year the bridge will be repaired.", "Until the end of the year", "By the end of the year"),
])
def test_frames_with_one_english_rendering_offer_it(text, span, fixed):
    found = [f for f in DETECTOR.detect(Document(text), None) if text[f.start:f.end] == span]
    assert found and found[0].correction == fixed


def test_no_fix_where_the_rendering_depends_on_more_than_the_span():
    for text in ("Tickets are not subject to return.", "She won the race on 15 km by classic style."):
        assert all(f.fix is None for f in DETECTOR.detect(Document(text), None))
