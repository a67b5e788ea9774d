"""MT2827 (a Russian -ист agent noun on an English stem) and MT2828 (a verbal noun counted)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors.calques_russian_derivations import DETECTOR, agent_stem, counted_gerund
from mtaudit.text import lexicon
from mtaudit.text.document import Document


def _found(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(text, doc_id="t")
    return [(f.code, text[f.span.start:f.span.end], f.correction)
            for f in DETECTOR.detect(doc, AuditContext(AuditSpec()))]


@pytest.mark.parametrize("text, word, fix", [
    ("The volleyballists of the home team won.", "volleyballists", "volleyball players"),
    ("Hockeyists from Omsk arrived.", "Hockeyists", "Hockey players"),
    ("Two biathlonists were called up.", "biathlonists", "biathletes"),
    ("The judoist from Kazan won gold.", "judoist", "judoka"),
    ("The karatists trained in the gym.", "karatists", "karate fighters"),      # каратэ: the -e dropped
    ("The sambist was applauded.", "sambist", "sambo wrestler"),               # самбо: the -o dropped
    ("The curlingists of the club met.", "curlingists", "curlers"),
    ("The tennisistka won the final.", "tennisistka", "tennis player"),
])
def test_sport_agents_get_the_english_noun(text, word, fix):
    assert ("MT2827", word, fix) in _found(text)


def test_a_noun_stem_that_is_no_sport_is_flagged_without_a_fix():
    assert _found("The bulldozerists cleared the road.") == [("MT2827", "bulldozerists", None)]


@pytest.mark.parametrize("word", ["cellist", "violinists", "motorist", "lobbyists", "specialist",
                                  "journalists", "pianist", "cyclists", "Trumpist", "Kalist"])
def test_english_ist_words_stay_quiet(word):
    assert agent_stem(word) is None


def test_every_sport_has_an_agent_noun():
    rows = lexicon.rows("russian_agent_sports.tsv")
    assert len(rows) > 150
    assert dict((r[0], r[1]) for r in rows)["volleyball"] == "volleyball player"
    assert all(len(r) == 2 and r[1] for r in rows)


def test_counted_gerunds():
    assert counted_gerund("dryings")
    assert _found("Tver dryings are sold in shops.") == [("MT2828", "dryings", None)]
    for word in ("findings", "savings", "cuttings", "tastings", "earnings", "buildings", "drying", "kings"):
        assert not counted_gerund(word), word
