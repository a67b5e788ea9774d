"""The one test of a Russian setting (detectors/russian_setting.py) that MT606, MT607, MT111, MT115
and MT150-MT152 share: its strengths, read from data/russian_setting_cues.tsv."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import russian_setting as rs
from mtaudit.text import lexicon
from mtaudit.text.document import Document


@pytest.fixture(scope="module")
def ctx():
    return AuditContext(AuditSpec(bundled_glossary=True, use_lm=False), parser=False)


@pytest.mark.parametrize("text, strength", [
    ("The council met on Tuesday to discuss the new bus lanes.", rs.NONE),
    ("Ministers met in Berlin on Tuesday to discuss the budget.", rs.PLACE),     # a place of the gazetteer
    ("The senator said Moscow had not answered the letter.", rs.MENTION),       # names Russia, no more
    ("The Russians and the Kremlin were silent.", rs.MENTION),
    ("A loaf now costs 60 roubles in the shops.", rs.NEWS),                     # a Russian-news word
    ("The oblast governor opened the bridge.", rs.NEWS),
    ("Rospotrebnadzor closed two cafes.", rs.NEWS),
    ("The new school in Izhevsk opened on Monday.", rs.NEWS),                   # a settlement of Russia
    ("The village choir marks 50 years with a new recording.", rs.NONE),        # the verb, not the town of Marks
    ("Schools in Kazan wrote the tests on Monday.", rs.NEWS),                   # a Russian city of places.yaml
    ("Residents of Kharkiv queued for water.", rs.PLACE),                       # a city of the gazetteer, not Russia's
])
def test_the_strongest_cue_decides(ctx, text, strength):
    assert rs.setting(Document(text), ctx) == strength


def test_a_cue_is_a_whole_word(ctx):
    # "Russianness" and "Kremlinology" hold a cue's letters but are not the cue word
    assert rs.setting(Document("The critic praised the Russianness of the Kremlinology course."), ctx) == rs.NONE


def test_the_two_questions_read_the_strengths(ctx):
    mention = Document("The senator said Moscow had not answered the letter.")
    news = Document("A loaf now costs 60 roubles in the shops.")
    assert rs.about_russia(mention, ctx) and not rs.russian_news(mention, ctx)
    assert rs.about_russia(news, ctx) and rs.russian_news(news, ctx)
    assert rs.near_russia(Document("Ministers met in Berlin."), ctx)
    assert not rs.about_russia(Document("Ministers met in Berlin."), ctx)


def test_every_cue_line_has_a_known_strength():
    rows = lexicon.rows(rs.CUES)
    assert rows and all(len(r) == 2 and r[1] in ("place", "mention", "news") for r in rows)
