"""WordLed gives what finditer gives, trying the pattern only at the words that open an alternative."""

import re

import pytest

from mtaudit.detectors.entities import apposition_names, headed_names, typed_names
from mtaudit.text.word_led import WordLed

HEADS = ["farm", "fish farm", "chain of shops", "children's camp", "оао"]
PATTERN = re.compile(r"(?<![\w-])(" + "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in
                                             sorted(HEADS, key=len, reverse=True)) + r")(?=[ \t,])", re.IGNORECASE)
TEXTS = [
    "The fish farm Silver Brook and the Farm Hill farm, near the children's camp Sunny.",
    "A farm-stay, a fishfarm, the chain of shops Wheel, ОАО Gas and a farm\tGolden.",
    "farm farm farm, fish  farm",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_finditer(text):
    scan = WordLed(PATTERN, HEADS)
    assert [(m.start(), m.end()) for m in scan.finditer(text)] == \
        [(m.start(), m.end()) for m in PATTERN.finditer(text)]


def test_a_match_resumes_after_its_end():
    """"fish farm" is one match: the "farm" inside it does not start another."""
    found = [m.group(1) for m in WordLed(PATTERN, HEADS).finditer("the fish farm Brook")]
    assert found == ["fish farm"]


def test_an_alternative_that_opens_with_no_letter_is_refused():
    with pytest.raises(ValueError):
        WordLed(PATTERN, ["farm", "4x4 club"])


@pytest.mark.parametrize("pattern, scan", [
    (apposition_names._pattern, apposition_names._head_scan),
    (typed_names._head_pattern, typed_names._head_scan),
    (headed_names._pattern, headed_names._scan),
])
def test_the_detectors_scans_match_their_patterns(pattern, scan):
    text = ("The company Sea Gate and the farm «Rassvet» opened; the reserve Salt Shore, a chain of "
            "workshops Wheel Yard and the patrol ship Vigilant sailed from the village Cold Spring.")
    assert [m.span() for m in scan().finditer(text)] == [m.span() for m in pattern().finditer(text)]
    assert list(scan().finditer(text))  # the text holds heads of each table
