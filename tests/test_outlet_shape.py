"""text/outlet_shape.py: a regional outlet's name read by its shape."""

from __future__ import annotations

import pytest

from mtaudit.text import outlet_shape


@pytest.mark.parametrize("name", ["Onega-Inform", "Irtyshpress", "RIA Pomorye", "IA Kama-Media", "Ugra24",
                                  "KamchatkaMedia", "Vologodskiye Vesti", "Pravda Pomorya", "GTRK Pomorye"])
def test_an_outlet_shaped_name(name):
    assert outlet_shape.is_outlet(name)


@pytest.mark.parametrize("name", ["WordPress", "Express", "SocialMedia", "Associated Press", "Daily Express",
                                  "Daily Vesti", "Fox News", "Nizhny Novgorod", "Telegram", "Kama"])
def test_an_english_word_or_a_plain_name_is_no_outlet(name):
    assert not outlet_shape.is_outlet(name)


def test_shaped_names_are_found_in_a_line():
    assert outlet_shape.shaped_names("Photo: Ivan Belov / Onega-Inform") == ["Onega-Inform"]
