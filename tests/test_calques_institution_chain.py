"""MT2411: a Russian genitive chain naming a body, programme or event (detectors/
calques_institution_chain.py), its word classes built from WordNet by
scripts/build_institution_chain_words.py."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_institution_chain as ic
from mtaudit.text.document import Document

SETTING = "TVER, 4 April. "


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.text, f.correction) for f in audit(Document(text), ctx, detectors=(ic.DETECTOR,)).findings]


def test_the_classes_come_from_wordnet():
    heads, acts = ic.classes()
    assert len(heads) > 300 and len(acts) > 2000
    for head in ("fund", "centre", "programme", "festival", "department", "foundation"):
        assert head in heads
    for act in ("support", "development", "protection", "rehabilitation", "prevention", "conservation"):
        assert act in acts
    # not deverbal actions: "the Museum of Modern Art", "the Department of Justice"
    for word in ("art", "justice", "independence", "history", "city"):
        assert word not in acts
    assert "ministry" not in heads  # "the Ministry of Defence of ..." is English


@pytest.mark.parametrize("text,span,fix", [
    ("The centre of conservation of rare birds ringed forty cranes.",
     "centre of conservation of rare birds", "rare bird conservation centre"),
    ("The fund of support of farmers of the Tver region gave ten loans.",
     "fund of support of farmers of the Tver region", "farmer support fund of the Tver region"),
    ("A festival of promotion of reading opened in the library.",
     "festival of promotion of reading", "reading promotion festival"),
    ("The department of prevention of fires checked the market.",
     "department of prevention of fires", "fire prevention department"),
    ("The programme of restoration of churches and bridges will cost 40 million roubles.",
     "programme of restoration of churches and bridges", "churches and bridge restoration programme"),
    ("The service of maintenance of roads of the city administration cleared the snow.",
     "service of maintenance of roads of the city", "road maintenance service of the city"),
])
def test_a_chain_of_two_genitives_with_an_action_between_is_flagged(text, span, fix):
    assert _find(SETTING + text) == [(span, fix)]


def test_an_owner_after_the_action_keeps_its_of():
    assert _find(SETTING + "Workers of the department of improvement of the city administration came.") == [
        ("department of improvement of the city administration", "improvement department of the city administration")]


@pytest.mark.parametrize("text", [
    "The Ministry of Defence of Russia reported two drones.",           # a portfolio, a capitalised place
    "The Museum of Modern Art of the city reopened.",                    # no action in the middle
    "The centre of the city was closed for the parade.",
    "The Centre for the Protection of Wild Birds released three cranes.",  # English links with "for"
    "A programme of reforms of the tax code was announced.",            # plural: no Russian name
    "The fund of support of the governor was spent on roads.",          # "of the governor": a person
    "The Fund of Support of Farmers gave ten loans.",                   # a capitalised name: casing rules
    "The programme of support of 300 farms will run until May.",        # a number opens no object
])
def test_english_of_phrases_stay_quiet(text):
    assert _find(SETTING + text) == []


def test_outside_a_russian_setting_it_stays_quiet():
    assert _find("The centre of conservation of rare birds ringed forty cranes.") == []
