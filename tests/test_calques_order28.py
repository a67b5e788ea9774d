"""Fronted phrases and subjectless reports of session 28 (inv28): a numbered institution inside the
fronted phrase ("In the city polyclinic No. 4 opened …"), a day and its month before a second
phrase ("From 25 May in Tomsk start …"), a list inside the body's name before a subjectless
verb ("In the ministry of culture, tourism and sport noted …"), and the quiet shapes beside them."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_adverbial_order, calques_fronted
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detector):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), detectors=(detector,)).findings]


@needs_parser
@pytest.mark.parametrize("text, span, fix", [
    ("In the district hospital No. 7 of Tver opened a new maternity ward.",
     "In the district hospital No. 7 of Tver opened a new maternity ward",
     "A new maternity ward opened in the district hospital No. 7 of Tver"),
    ("On 12 April in the school No. 5 opened a museum of space.",
     "On 12 April in the school No. 5 opened a museum of space",
     "A museum of space opened on 12 April in the school No. 5"),
    ("From 3 March in the city operate two new ferries.",
     "From 3 March in the city operate two new ferries",
     "Two new ferries operate from 3 March in the city"),
])
def test_numbered_and_dated_fronted_phrase(text, span, fix):
    assert _found(text, calques_adverbial_order.DETECTOR) == [("MT2517", span, fix)]


@needs_parser
@pytest.mark.parametrize("text", [
    "On 5 May Gazprom reported a record profit.",
    "In hospital No. 2 doctors performed 40 operations.",
    "In school No. 12 pupils planted 30 trees.",
    "On 1 June the company opened a new plant.",
])
def test_numbered_and_dated_quiet(text):
    assert _found(text, calques_adverbial_order.DETECTOR) == []


@needs_parser
def test_list_inside_the_body_name():
    found = _found("In the ministry of culture, tourism and sport of the region noted that the museum "
                   "will reopen in May.", calques_fronted.DETECTOR)
    assert [(c, t) for c, t, _ in found] == [
        ("MT2315", "In the ministry of culture, tourism and sport of the region noted")]


@needs_parser
@pytest.mark.parametrize("text", [
    "In Moscow, police and firefighters detained two men.",
    "In Moscow, Kazan and Samara prices rose again.",
])
def test_list_comma_quiet(text):
    assert _found(text, calques_fronted.DETECTOR) == []


def _codes(text):
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext()).findings
            if f.code in ("MT2022", "MT2001")]


@pytest.mark.parametrize("text, found", [
    ("The fair drew about 9,000 visitors, communicated in the administration of the district.",
     [("MT2022", "communicated in the administration of the district")]),
    ("The ferry resumed its trips, communicates in the press service of the port.",
     [("MT2022", "communicates in the press service of the port")]),
    ("The plant resumed work, communicates the press service of the regional government.",
     [("MT2001", "communicates the press service of the regional government")]),
    ("The ruling, contested in the Supreme Court, still stands.", []),
])
def test_subjectless_report_verbs(text, found):
    assert _codes(text) == found
