"""MT2412 (Russian по after a body, a contest or a post rendered "on") and MT2413 (a plant or a
sports body named by its product or sport in a genitive): detectors/calques_body_names.py, its
word classes built from WordNet by scripts/build_body_on_words.py."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_body_names as bn
from mtaudit.text.document import Document

SETTING = "SARATOV, 4 April. "
CLOSING = " The region's governor thanked the teams in Saratov."


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    found = audit(Document(SETTING + text + CLOSING), ctx, detectors=(bn.DETECTOR,)).findings
    return [(f.code, f.text, f.correction) for f in found]


def test_the_classes_come_from_wordnet():
    c = bn.classes()
    for word in ("centre", "department", "agency", "inspectorate"):
        assert word in c["body"]
    for word in ("championship", "tournament", "olympiad"):
        assert word in c["contest"]
    for word in ("director", "specialist", "deputy"):
        assert word in c["post"]
    for word in ("science", "tourism", "preparation", "education", "ecology"):
        assert word in c["field"]
    # the heads English pairs with "on" + a topic
    for word in ("report", "law", "lecture", "committee", "meeting", "expert"):
        assert word in c["licence"]
    # an English "on" adverbial opens no field
    for word in ("duty", "leave", "charges", "suspicion", "condition", "behalf", "fire", "board"):
        assert word not in c["field"]
    assert "toy" in c["product"] and "graduate" not in c["product"]
    assert "factory" in c["works"] and "works" not in c["works"]


@pytest.mark.parametrize("text,span,fix", [
    ("The regional centre on meteorology warned of fog.", "centre on meteorology", "meteorology centre"),
    ("The inspector on fire safety checked the school.", "inspector on fire safety", "fire safety inspector"),
    ("The deputy director on research met the students.", "director on research", "director for research"),
    ("The city commission on emergencies met on Monday.", "commission on emergencies", "emergencies commission"),
    ("The olympiad on genetics drew 90 pupils.", "olympiad on genetics", "genetics olympiad"),
])
def test_po_after_a_body_contest_or_post_is_flagged(text, span, fix):
    assert _find(text) == [("MT2412", span, fix)]


def test_a_chain_before_on_is_spanned_without_a_fix():
    found = _find("The open cup of the Saratov region on the cooking of fish soup gathered ten teams.")
    assert found == [("MT2412", "cup of the Saratov region on the cooking", None)]


@pytest.mark.parametrize("text", [
    "The report on tourism was published on Monday.",              # a text on a topic
    "The expert on tourism answered questions.",                   # a person asked about a topic
    "The meeting on security was held in the hall.",               # a meeting on a topic
    "The police detained the director on suspicion of fraud.",     # an English adverbial
    "The staff on duty treated two boys.",                         # an English adverbial
    "The governor congratulated the team on winning the cup.",     # the verb's "on"
    "The minister briefed the committee on security.",             # the verb's "on"
    "The plant runs on solar energy.",                             # a verb, not a head
    "The contest on the embankment of the river drew crowds.",     # a place, not a field
    "The committee on ethics met in the hall.",                    # a committee on a topic, no Russian level
])
def test_english_on_stays_quiet(text):
    assert _find(text) == []


@pytest.mark.parametrize("text,span,fix", [
    ("The plant of mineral fertilisers hired forty workers.", "plant of mineral fertilisers",
     "mineral fertiliser plant"),
    ("The factory of wooden toys opened a shop.", "factory of wooden toys", "wooden toy factory"),
    ("The regional federation of fencing held its cup.", "federation of fencing", "fencing federation"),
])
def test_a_works_or_federation_named_by_its_product_is_flagged(text, span, fix):
    assert _find(text) == [("MT2413", span, fix)]


@pytest.mark.parametrize("text", [
    "The factory of the company hired forty workers.",   # its owner
    "The works of local masters are on show.",            # works of art
    "The factory of graduates of the college grew.",      # people, not goods
    "The federation of unions met on Monday.",            # no sport
])
def test_an_english_genitive_after_a_works_stays_quiet(text):
    assert _find(text) == []


def test_outside_russian_news_nothing_is_flagged():
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    doc = Document("The centre on meteorology warned of fog in Ohio. The factory of wooden toys hired staff.")
    assert audit(doc, ctx, detectors=(bn.DETECTOR,)).findings == []


def test_the_place_a_body_belongs_to_is_spanned_and_left_by_the_fix():
    assert _find("The federation of fencing of the Saratov region held its cup.") == [
        ("MT2413", "federation of fencing of the Saratov region", "fencing federation of the Saratov region")]
    # the owner is the administration, not the district: the span stops before it
    assert _find("The specialist on tourism of the district administration met the guides.") == [
        ("MT2412", "specialist on tourism", "tourism specialist")]
