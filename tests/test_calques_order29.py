"""Session 29 (order29): a prize, a place or a role before the person (MT2520), the Russian present
for what has lasted up to now (MT2631), and MT2317 reading a route named by its two ends and a
passive's misparsed compound subject; with the quiet shapes beside them and the built data."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_award_order, calques_fronted, calques_present_since
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document
from mtaudit.text.lexicon import rows, words

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detector):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), detectors=(detector,)).findings]


def test_award_words_are_wordnet_prizes_and_places():
    table = {r[0]: r[1] for r in rows("calque_award_words.tsv") if len(r) > 1}
    assert table["place"] == "rank" and table["title"] == "rank"
    assert {"prize", "medal", "cup", "trophy", "grand prix"} <= {w for w, k in table.items() if k == "award"}
    assert "preposition" not in table and "doctorate" not in table  # the grammar's and the degrees' subtrees


def test_double_object_verbs_keep_give_and_leave_weigh():
    verbs = words("double_object_verbs.txt")
    assert {"give", "award", "show", "send", "offer"} <= verbs
    assert not {"weigh", "install", "build", "open"} & verbs


@needs_parser
@pytest.mark.parametrize("text, span, fix", [
    ("Third place took the team of the Tver sports school.",
     "Third place took the team of the Tver sports school",
     "Third place went to the team of the Tver sports school"),
    ("The main prize received a nine-year-old violinist from Pskov.",
     "The main prize received a nine-year-old violinist from Pskov",
     "The main prize went to a nine-year-old violinist from Pskov"),
    ("The winner became a retired engineer from the Kimry district Oleg Zuev.",
     "The winner became a retired engineer from the Kimry district Oleg Zuev",
     "The winner was a retired engineer from the Kimry district Oleg Zuev"),
])
def test_prize_or_role_before_person(text, span, fix):
    assert _found(text, calques_award_order.DETECTOR) == [("MT2520", span, fix)]


@needs_parser
@pytest.mark.parametrize("text", [
    "Third place went to the team of the Tver sports school.",
    "The winner was Oleg Zuev, a retired engineer.",
    "The title became his after the final.",
    "The champion became a coach at Spartak Moscow.",
    "Oleg Zuev received the main prize.",
    "The winner received a cheque for 50,000 roubles.",
])
def test_prize_or_role_quiet(text):
    assert _found(text, calques_award_order.DETECTOR) == []


@needs_parser
@pytest.mark.parametrize("text, span, fix", [
    ("The observatory measures the ozone layer since 1975.",
     "The observatory measures the ozone layer since 1975",
     "The observatory has measured the ozone layer since 1975"),
    ("Petrova is training the junior team since last autumn.",
     "Petrova is training the junior team since last autumn",
     "Petrova has been training the junior team since last autumn"),
])
def test_present_for_since(text, span, fix):
    assert _found(text, calques_present_since.DETECTOR) == [("MT2631", span, fix)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The observatory has measured the ozone layer since 1975.",
    "Since it closes at six, visitors come early.",
    "Ozone levels fall to their lowest since 1975.",
    "The plant reports its first loss since 2009.",
    "Sunday marks ten years since the flood.",
    "Prices are up 8% since January.",
])
def test_present_for_since_quiet(text):
    assert _found(text, calques_present_since.DETECTOR) == []


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("On the line Tomsk — Kolpashevo went out a new passenger boat.",
     "On the line Tomsk — Kolpashevo went out a new passenger boat"),
    ("On the Perm — Kungur road was opened a new bridge.", "On the Perm — Kungur road was opened a new bridge"),
    ("At the city honey fair was weighed the largest honeycomb of the season.",
     "At the city honey fair was weighed the largest honeycomb"),
])
def test_route_names_and_compound_in_fronted_phrase(text, span):
    assert [(c, s) for c, s, _ in _found(text, calques_fronted.DETECTOR)] == [("MT2317", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "On the Perm — Kungur road drivers must slow down near the bridge.",
    "At the city honey fair visitors were given a free jar of honey.",
    "At the city honey fair the largest honeycomb was weighed.",
])
def test_route_names_and_compound_quiet(text):
    assert _found(text, calques_fronted.DETECTOR) == []
