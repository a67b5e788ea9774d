"""Compound Russian town names translated half by half (MT150 via entities/places_compound.py):
the generated table, where a rendering is read as the town, and the English places that stay quiet."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import places_meaning
from mtaudit.detectors.entities import places_compound
from mtaudit.text.document import Document


def _found(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.code, f.text, f.correction) for f in
            audit(Document(text), ctx, detectors=(places_meaning.DETECTOR,)).findings]


def _spans(text: str):
    return [text[s:e] for s, e, _ in places_compound.renderings(text)]


def test_the_table_joins_stems_and_endings_only_into_towns_pymorphy_knows():
    table = places_compound.compounds()
    assert table["green mountain"].latin == "Zelenogorsk" and table["green mountain"].english
    assert table["golden mouth"].latin == "Zlatoust"
    assert table["first ural"].latin == "Pervouralsk" and not table["first ural"].english
    assert table["salt-iletsk"].latin == "Sol-Iletsk"
    assert "south ural" not in table      # compass prefixes make names English has of its own
    assert "green ural" not in table      # no such town: nothing is invented


def test_an_english_rendering_is_read_only_where_a_place_stands():
    assert _spans("The city court of Green Mountain sentenced him.") == ["Green Mountain"]
    assert _spans("Meteorites were found near Golden Mouth on Monday.") == ["Golden Mouth"]
    assert _spans("Green Mountain is a popular trail.") == []


def test_a_rendering_keeping_a_transliterated_half_is_read_anywhere_as_a_name():
    assert _spans("Water reached five villages, including Salt-Iletsk.") == ["Salt-Iletsk"]
    assert _spans("First Ural police detained a courier.") == ["First Ural"]


def test_longer_names_and_american_towns_stay_quiet():
    assert _spans("He grew up in Iron Mountain, Michigan.") == []
    assert _spans("She studied at South Ural State University in Red Hill Road.") == []
    assert _spans("They joined the Green Mountain Boys in 1775.") == []


def test_the_detector_writes_the_town_in_a_russian_document():
    found = _found("KRASNOYARSK, 19 November. The city court of Green Mountain in the Krasnoyarsk "
                   "region sentenced a former official.")
    assert ("MT150", "Green Mountain", "Zelenogorsk") in found


def test_a_cued_wrong_form_of_a_person_does_not_hide_the_town():
    # "Green" is a wrong rendering of a surname only with a cue: it must not cover the town
    found = _found("Police in the Krasnoyarsk region said the theft happened near Green Mountain.")
    assert [f for f in found if f[1] == "Green Mountain"] == [("MT150", "Green Mountain", "Zelenogorsk")]


def test_a_monastery_pustyn_rendered_as_a_desert():
    found = _found("A bell was raised at the Optina Desert in the Kaluga region on Sunday.")
    assert ("MT150", "Optina Desert", "Optina Pustyn") in found
    quiet = "Tourists in the Kaluga region compared it with the Gobi Desert and the Great Victoria Desert."
    assert [f for f in _found(quiet) if f[1].endswith("Desert")] == []


def test_a_soft_adjective_stem_joins_with_e():
    """нижний, верхний have soft stems: нижне-камск, верхне-уральск (the table once built нижно-)."""
    table = places_compound.compounds()
    assert table["lower kama"].latin == "Nizhnekamsk"
    assert table["far river"].latin == "Dalnerechensk"
    assert table["red banner"].latin == "Krasnoznamensk" and table["clean city"].latin == "Chistopol"


def test_a_rendering_after_an_article_is_not_a_town():
    assert _spans("The turnout in Red Army was 34%. Parts were made in Red Banner.") == ["Red Army", "Red Banner"]
    assert _spans("Soldiers of the Red Army freed the city and won the Order of the Red Banner.") == []
    assert _spans("Veterans of the Lower Kama refinery met near the Clean City depot.") == []
