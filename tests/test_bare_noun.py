"""MT2406: a singular count noun with no article (Russian has no articles)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_bare_noun as bare
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document



def test_count_only_nouns_come_from_lemminflects_plurals():
    count_only = bare._count_only()
    assert count_only and len(count_only) > 5000
    assert {"committee", "district", "troupe", "village"} <= count_only
    # nouns with uncountable uses list the bare form among their plurals: never candidates
    assert not {"information", "school", "government", "meeting", "water", "research"} & count_only


def test_idiom_data_has_every_kind():
    idioms = bare._idioms()
    assert "take place" in idioms["verb_objects"] and "kind" in idioms["of_heads"]
    assert "head of department" in idioms["of_pairs"] and "mother" in idioms["subjects"]
    assert "car" in idioms["nouns"]


@pytest.mark.parametrize("text,flagged", [
    ("Yesterday at meeting of committee on transport the deputies heard the minister.", "committee"),
    ("After a long debate, committee approved the new schedule of the buses.", "committee"),
    ("Next spring the museum will open exhibition of icons from the monastery.", "exhibition"),
    ("The deputies heard the report of the committee on transport yesterday.", None),
    ("A new kind of museum opened in the old part of the city on Monday.", None),
    ("Ivan Petrov, director of the museum, opened the exhibition on Monday.", None),
    ("The Vladivostok airport committee met on Monday to discuss the storm.", None),
    ("Output at the plant reached full capacity in the second week of March.", None),
])
def test_parser_rule(text, flagged):
    doc = Document(text, doc_id="t")
    result = audit(doc, AuditContext(AuditSpec()), Selection(select=("MT2406",)), detectors=(bare.DETECTOR,))
    findings = [f for f in result.findings if f.code == "MT2406"]
    if flagged is None:
        assert not findings, [text[f.span.start:f.span.end] for f in findings]
    else:
        assert findings and flagged in text[findings[0].span.start:findings[0].span.end]
