"""MT2032: the source after its reporting verb, read as one frame (calques_attribution_frame.py)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_attribution_frame as f
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _spans(text: str) -> list[str]:
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2032",)),
                   detectors=(f.DETECTOR,))
    return [text[x.start:x.end] for x in result.findings]


def test_the_verbs_are_the_families_finite_forms_and_wordnets_verbs_of_saying():
    verbs = f._verb_set()
    assert {"reports", "writes", "informed", "told", "clarified", "specified", "notes", "underlined"} <= verbs
    assert not {"report", "inform", "write", "note"} & verbs  # base forms: imperatives, plurals


@pytest.mark.parametrize("sentence, span", [
    ("The ferry will resume on Monday, told the TV channel Amur.", "told the TV channel Amur"),
    ("The ferry will resume on Monday, reports the Telegram channel “Port News”.",
     "reports the Telegram channel “Port News”"),
    ("The ferry will resume on Monday, clarified the IA Sakhalin-Info.", "clarified the IA Sakhalin-Info"),
    ("The ferry will resume on Monday, reports the SIA (Sakhalin information agency).",
     "reports the SIA"),
    ("The ferry will resume on Monday, writes sakhalinlife.", "writes sakhalinlife"),
    ("The ferry will resume on Monday, specified the port's website.", "specified the port's website"),
    ("The ferry will resume on Monday, informs the official page of the district administration.",
     "informs the official page of the district administration"),
    ("The ferry will resume on Monday, reported on Friday the press service of the port authority.",
     "reported on Friday the press service of the port authority"),
    ("The ferry will resume on Monday, told the head of fisheries and water transport of the district.",
     "told the head of fisheries and water transport of the district"),
    ("“The ice has gone.” — Said the captain of the ferry.", "Said the captain of the ferry"),
    ("The ferry will resume on Monday, informs the Directorate of River Transport of Yakutia.",
     "informs the Directorate of River Transport of Yakutia"),
])
def test_the_russian_shapes_of_the_source_are_flagged_verb_to_source(sentence, span):
    assert _spans(sentence) == [span]


@pytest.mark.parametrize("sentence", [
    "The ferry will resume on Monday, said the captain of the ferry.",
    "The ferry will resume on Monday, according to the TV channel.",
    "The ferry will resume on Monday, the port told Reuters.",
    "The ferry will resume on Monday, told Reuters.",
    "The ferry will resume on Monday, said the Directorate of River Transport of Yakutia.",
    "The ferry will resume on Monday, added the Port of Tiksi.",
    "The ferry will resume on Monday, reports The Moscow Times.",
    "The ferry will resume on Monday, reports the Sakhalin news agency.",
    "The ferry will resume on Monday, the port authority said on Friday.",
    "The captain moored the ferry, informed the port and went home.",
    "The captain moored the ferry, told the crew to rest and went home.",
    "“The ice has gone,” said the captain of the ferry.",
    "Ferry services resumed after the ice had gone. Said the captain, the season is late.",
])
def test_english_attributions_stay_quiet(sentence):
    assert _spans(sentence) == []


def test_the_fix_names_the_source_first():
    text = "The ferry will resume on Monday, told the TV channel Amur."
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2032",)),
                   detectors=(f.DETECTOR,))
    (finding,) = result.findings
    assert finding.fix is not None and finding.fix.edits[0].replacement == "according to the TV channel Amur"
