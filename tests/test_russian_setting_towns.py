"""The Russian setting reads the towns the glossary lacks (data/russian_cities.txt) as Russian news."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors.russian_setting import NEWS, NONE, setting
from mtaudit.text import lexicon
from mtaudit.text.document import Document

CTX = AuditContext(AuditSpec(bundled_glossary=True))


def _setting(text: str) -> int:
    return setting(Document(text), CTX)


def test_a_regional_capital_outside_the_gazetteer_makes_russian_news():
    assert _setting("The bread factory in Orenburg opened a second line on Monday.") == NEWS
    assert _setting("The fish smokehouse of the Astrakhan region reopened after repairs.") == NEWS


def test_a_lowercase_common_word_and_a_first_name_are_no_town():
    assert _setting("A kurgan was excavated near Canterbury last summer.") == NONE
    assert _setting("Vladimir spoke to the press in Leeds.") == NONE


def test_the_town_list_holds_no_first_name_nor_world_place():
    towns = set(lexicon.words("russian_cities.txt"))
    assert {"Orenburg", "Astrakhan"} <= towns
    first = {n for f in ("first_names_en.txt", "first_names_ru_latin.txt") for n in lexicon.table(f)}
    assert not towns & first
    assert not towns & set(lexicon.words("world_places.txt"))
