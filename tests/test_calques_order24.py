"""order24: Russian order and attribution shapes blind-mixed-19 missed. MT2517 with the verb's own
phrases between it and a counted subject, MT2512 with "told" and no listener after a whole clause
(the parse confirming the clause), MT2431 a settlement's type noun and its name with no "of"."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors.calques_place_apposition import settlement_appositions
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(text, *codes):
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext(),
                                            Selection(select=codes)).findings]


@pytest.mark.parametrize("text, span", [
    ("In the wetland near the village Lipki gathered for the spring migration more than 600 geese.",
     "In the wetland near the village Lipki gathered for the spring migration more than 600 geese"),
    ("At the stadium in the city centre came for the parade about 3,000 people.",
     "At the stadium in the city centre came for the parade about 3,000 people"),
    ("In the bay near the old fort gathered for the regatta twenty yachts, which came from Sochi.",
     "In the bay near the old fort gathered for the regatta twenty yachts"),
])
def test_phrases_between_verb_and_subject(text, span):
    assert ("MT2517", span) in _found(text, "MT2517")


@pytest.mark.parametrize("text", [
    "More than 600 geese gathered for the spring migration in the wetland near the village.",
    "In 2019 the company opened in Tver a new plant.",
    "In the bay near the fort gathered for the regatta, twenty yachts waited.",
    "In the bay near the fort gathered for the regatta twenty yachts and their crews waited.",
])
def test_phrases_between_verb_and_subject_quiet(text):
    assert "MT2517" not in [c for c, _ in _found(text, "MT2517")]


@pytest.mark.parametrize("text, span", [
    ("The hens lay all winter, told the owner of the farm.", "told the owner of the farm"),
    ("The road was closed in May, and the bus stopped running, told the head of the district.",
     "told the head of the district"),
    # any person noun WordNet knows (its doers), not only the listed titles
    ("The foals are born in April, told the groom of the stud farm.", "told the groom of the stud farm"),
    ("The birds come back every spring, explained one of the volunteers.", "explained one of the volunteers"),
])
def test_told_without_listener(text, span):
    assert ("MT2512", span) in _found(text, "MT2512")


@pytest.mark.parametrize("text", [
    "Mark Dale, prosecuting, told the court.",
    "Rates will rise, Ivan Petrov, the chief analyst of the bank, told the agency.",
    "Anna Webb, who runs the farm, told the agency.",
    "The hens lay all winter, said the owner of the farm.",
    "“The hens lay all winter,” the owner told the agency.",
    "He resigned in May, told the board.",
    "The birds come back every spring, explained the report of the society.",
])
def test_told_without_listener_quiet(text):
    assert "MT2512" not in [c for c, _ in _found(text, "MT2512")]


def test_settlement_apposition_spans():
    text = ("A truffle was found near the village Ozerki, and a resident of the stanitsa Veshenskaya "
            "Anna Orlova saw it; the head of the village Anna Petrova and the city Council met.")
    got = [(text[a:b], noun, name) for a, b, noun, name in settlement_appositions(text)]
    assert got == [("the village Ozerki", "village", "Ozerki"),
                   ("the stanitsa Veshenskaya", "stanitsa", "Veshenskaya")]


def test_settlement_apposition_fix_and_setting():
    text = "Kursk, 4 May. The school in the town Isilkul will open in September."
    found = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT2431",))).findings
    assert [f.text for f in found] == ["the town Isilkul"]
    assert found[0].fix.edits[0].replacement == " of"
    quiet = "The school in the town Kryazhino will open in September."  # no Russian setting
    assert not audit(Document(quiet, doc_id="t"), AuditContext(), Selection(select=("MT2431",))).findings


def test_settlement_apposition_frames():
    """Without "the" after a preposition, inside a fronted phrase that keeps English order, and a
    town's quarter named first; a fronted phrase running into its verb stays MT2517's."""
    text = ("In the school of the village Lipki the piano stood. Residents of settlement Polazna came. "
            "Near the village Ozerki gathered 300 swans. The river Oka froze.")
    got = [text[a:b] for a, b, _, _ in settlement_appositions(text)]
    assert got == ["the village Lipki", "settlement Polazna"]
    text = "Perm, 5 May. A shop opened in the microdistrict Solnechny."
    (f,) = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT2431",))).findings
    assert f.text == "the microdistrict Solnechny" and f.correction == "the Solnechny microdistrict"


def test_feature_apposition_english_name():
    """A lake, a bay, an island, a mountain: the type noun goes into the English name, before or after it;
    a river keeps British English's "the river Don", an English word is no name."""
    text = ("Vladivostok, 3 March. Divers worked in the bay Posyet and on the lake Khanka, then sailed to the "
            "island Popov. The river Razdolnaya froze, and the island Nation stayed quiet.")
    found = audit(Document(text, doc_id="t"), AuditContext(), Selection(select=("MT2432", "MT2431"))).findings
    assert [(f.code, f.text, f.correction) for f in found] == [
        ("MT2432", "the bay Posyet", "Posyet Bay"),
        ("MT2432", "the lake Khanka", "Lake Khanka"),
        ("MT2432", "the island Popov", "Popov Island")]
