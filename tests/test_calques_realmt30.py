"""Session 30 (realmt30): a count noun left singular after a number (MT2632), any year + "year"
(MT2601), and the frames read on real theatre, museum, farm and police pages (MT2236, MT2231);
with the quiet shapes beside them."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_count_singular
from mtaudit.text.document import Document
from mtaudit.text.lemma_table import available as lemma_table_available

needs_table = pytest.mark.skipif(not lemma_table_available(), reason="needs lemminflect's data")


def _found(text, detector):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), detectors=(detector,)).findings]


def _codes(text, code):
    result = audit(Document(text, doc_id="t"), AuditContext())
    return [(f.code, f.text, f.correction if f.fix else None) for f in result.findings if f.code == code]


@needs_table
@pytest.mark.parametrize("text, span, fix", [
    ("The farm got 4873 calf last year.", "4873 calf", "4873 calves"),
    ("In spring 22 new museum opened in the region.", "22 new museum", "22 new museums"),
    ("Each cow gave 8,150 kilogram of milk.", "8,150 kilogram", "8,150 kilograms"),
    ("The plant made 2.5 ton, the director said.", "2.5 ton", "2.5 tons"),
])
def test_count_singular_fires_with_the_plural(text, span, fix):
    assert _found(text, calques_count_singular.DETECTOR) == [("MT2632", span, fix)]


@needs_table
@pytest.mark.parametrize("text", [
    "A 12 ton truck brought 30 tonnes of sand.",          # a compound modifier, a plural
    "Wolves killed 300 head of cattle and 20,000 reindeer.",  # zero plurals
    "The Boeing 737 landed; the WTA 500 event went on.",  # a name before the figure
    "Take route 5 bus or tram 3 to school 42.",          # labels
    "The 1912 streetcar ran until 1998 and was repaired.",  # years
    "There are 40 food and craft stalls in the market.",  # a coordinated modifier
    "The score was 1 goal to nil; he was born on 5 june.",  # one; a month
])
def test_count_singular_quiet(text):
    assert _found(text, calques_count_singular.DETECTOR) == []


@pytest.mark.parametrize("text, span, fix", [
    ("For 2018 year the district sold milk.", "For 2018 year", "For 2018"),
    ("It beat the indicator 2017 year, when farms sold less.", "2017 year", "2017"),
    ("Prices rose before 2027 year.", "before 2027 year", "before 2027"),
])
def test_year_after_number_without_the_old_prepositions(text, span, fix):
    assert _codes(text, "MT2601") == [("MT2601", span, fix)]


@pytest.mark.parametrize("text", [
    "The 2019 year-end report was late.",
    "The town has a 2000 year history.",
    "Sales rose 5% in 2017 year-on-year.",
])
def test_year_after_number_quiet(text):
    assert _codes(text, "MT2601") == []


def test_in_the_average_takes_the_fix_and_spares_a_change():
    assert _codes("Each cow gave 20 litres a day in the average.", "MT2236") == [
        ("MT2236", "in the average", "on average")]
    assert _codes("The rise in the average for the period was small.", "MT2236") == []


def test_staged_work_by_its_source_needs_the_staged_word():
    assert [c for c, *_ in _codes("The theatre staged a comedy by the play of Nikolai Gogol.", "MT2236")] == ["MT2236"]
    assert _codes("Readers were moved by the story of Anna, a nurse.", "MT2236") == []
