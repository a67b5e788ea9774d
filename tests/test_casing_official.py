"""MT410: Russian official names left in lower case, read by their shape (detectors/casing_official.py)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing_official
from mtaudit.text.document import Document


def _find(text: str, glossary: bool = False):
    ctx = AuditContext(AuditSpec(bundled_glossary=glossary))
    return [(f.text, f.correction) for f in audit(Document(text), ctx, detectors=(casing_official.DETECTOR,)).findings
            if f.code == "MT410"]


@pytest.mark.parametrize("text, span, fixed", [
    # members of the construction no studied set holds
    ("Complaints go to the consumer rights service of the Omsk region, officials said.",
     "consumer rights service of the Omsk region", "Consumer Rights Service of the Omsk Region"),
    ("The forest fire centre of the Krasnoyarsk territory sent two aircraft.",
     "forest fire centre of the Krasnoyarsk territory", "Forest Fire Centre of the Krasnoyarsk Territory"),
    ("The licence was issued by the state veterinary inspection of the Republic of Bashkortostan.",
     "state veterinary inspection of the Republic of Bashkortostan",
     "State Veterinary Inspection of the Republic of Bashkortostan"),
    ("The cup is run by the all-Russian federation of sambo, its president said.",
     "all-Russian federation of sambo", "All-Russian Federation of Sambo"),
    ("Samples went to the Federal scientific centre of hygiene in Mytishchi.",
     "Federal scientific centre of hygiene", "Federal Scientific Centre of Hygiene"),
    ("The tour was organised by the regional palace of children's creativity last spring.",
     "regional palace of children's creativity", "Regional Palace of Children's Creativity"),
    ("The plan was backed by the union of wood producers of Russia on Monday.",
     "union of wood producers of Russia", "Union of Wood Producers of Russia"),
    ("Two guides were trained by the national research centre for tourism development in Kazan.",
     "national research centre for tourism development", "National Research Centre for Tourism Development"),
    ("Divers of the search and rescue service of the Leningrad region found the boat.",
     "search and rescue service of the Leningrad region", "Search and Rescue Service of the Leningrad Region"),
    ("Pupils of the art school of the Vologda region won the prize.",
     "art school of the Vologda region", "Art School of the Vologda Region"),
])
def test_lowercase_official_names_are_flagged(text, span, fixed):
    assert _find(text) == [(span, fixed)]


def test_city_duma_of_a_place_turns_round():
    assert _find("The fare will rise, the city duma of Krasnodar decided.", glossary=True) == [
        ("city duma of Krasnodar", "Krasnodar City Duma")]


@pytest.mark.parametrize("text", [
    "Inspections are carried out by the veterinary service, the ministry said.",
    "Every town once had a regional house of culture and a library.",
    "Federal agencies will share the data with the state department of health.",
    "The bill passed the state house of representatives on Tuesday.",
    "The federal bureau of investigation opened a case.",
    "The local fire service of the Omsk region was short of staff.",
    "The press service of the Sverdlovsk region said nothing.",
    "Officers of the united press service of the Krasnoyarsk territory courts said so.",
    "The regional press service of the operator said the network was restored.",
    "The Veterinary Service of the Irkutsk Region checked the farm.",
    "The national science foundation funds the project.",
    "Lawyers went to the federal district court of Massachusetts on Monday.",
    "The federal agency for fishery noted that the catch grew.",
    "The city council of Leeds approved the plan.",
    "The draft went back to the district duma, which meets on Friday.",
    "The fire and rescue service said the road was closed.",
    "Volunteers and the rescue service searched the forest near the lake.",
])
def test_native_and_generic_uses_stay_quiet(text):
    found = _find(text, glossary=True)
    assert all(not span.startswith("federal agency") for span, _ in found)
    if "fishery" not in text:
        assert found == []


def test_a_verb_after_the_field_is_not_part_of_the_name():
    assert _find("The Federal agency for fishery noted that the catch grew.") == [
        ("Federal agency for fishery", "Federal Agency for Fishery")]
