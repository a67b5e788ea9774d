"""Russian entity names translated by meaning in the name slot of a typed head (MT111) and compound
place names by meaning (MT150's compounds: Железногорск -> "Iron Mountain")."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import places_meaning
from mtaudit.detectors.entities import typed_names
from mtaudit.text.document import Document


def _find(text: str, detector):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.code, f.text, f.correction) for f in
            audit(Document(text), ctx, detectors=(detector,)).findings]


def test_the_generated_table_spells_the_russian_name():
    table = typed_names.renderings()
    assert table["swallow"].fix == "Lastochka" and "train" in table["swallow"].classes
    assert table["philistine"].fix == "Meshchansky"          # the masculine adjective: суд is masculine
    assert table["in contact"].fix == "VKontakte"           # the row's own English form wins


def test_a_meaning_in_the_slot_after_its_head_is_flagged_with_the_transliteration():
    found = _find("In Samara the supermarket chain Crossroads closed two stores.", typed_names.DETECTOR)
    assert found == [("MT111", "Crossroads", "Perekryostok")]


def test_a_meaning_in_the_slot_before_its_head_keeps_the_model_suffix():
    found = _find("In Arkhangelsk region a Union-2.1b rocket was launched.", typed_names.DETECTOR)
    assert found == [("MT111", "Union", "Soyuz")]


def test_a_meaning_stands_only_in_the_slot_of_its_own_class():
    # "Swallow" is a train, not a retail chain; "Soviet" a court only before "district court"/"court of X"
    quiet = ("In Moscow the retail chain Swallow opened. A Soviet court sentenced him in 1970; "
             "the October court hearing was delayed.")
    assert _find(quiet, typed_names.DETECTOR) == []
    found = _find("In Kazan the Soviet district court extended the arrest.", typed_names.DETECTOR)
    assert found == [("MT111", "Soviet", "Sovetsky")]


def test_nothing_russian_in_the_document_keeps_it_quiet():
    assert _find("The retail chain Magnet opened a store in Leeds.", typed_names.DETECTOR) == []


def test_an_english_name_in_the_slot_is_not_in_the_table():
    text = "In Moscow and London, the retail chain Target and the publishing house Penguin grew."
    assert _find(text, typed_names.DETECTOR) == []


def test_a_compound_place_name_by_meaning_needs_a_place_cue():
    found = _find("In the Kursk region, heat returned to homes in Iron Mountain.", places_meaning.DETECTOR)
    assert ("MT150", "Iron Mountain", "Zheleznogorsk") in found
    quiet = ("In the Kursk region news: Iron Mountain is a Michigan town; he lives in Iron Mountain, "
             "Michigan.")
    assert not any(t == "Iron Mountain" for _, t, _ in _find(quiet, places_meaning.DETECTOR))


def test_the_compound_forms_join_an_adjective_stem_to_a_place_noun():
    readings = places_meaning._toponym_readings()
    assert readings["Solnechnogorsk"] == (("Sunny Mountain", "Sunny Mount", "Sunny Hill", "Solar Mountain",
                                           "Solar Mount", "Solar Hill"), "compound")
    assert readings["Zelenograd"][0][0] == "Green City"


def test_a_gloss_of_the_meaning_beside_the_name_is_english():
    text = ("Moscow. The social network VKontakte (“In Contact”) grew; a Lastochka (Swallow) train ran, "
            "and the retail chain known as Magnet in English opened.")
    assert _find(text, typed_names.DETECTOR) == []


def test_a_quoted_name_left_in_lower_case_after_its_head():
    found = _find("In Tver, electric trains “swallow” will run twice a day.", typed_names.DETECTOR)
    assert found == [("MT111", "swallow", "Lastochka")]


def test_describing_words_may_stand_between_the_name_and_its_head():
    found = _find("In Arkhangelsk region, a Mace intercontinental ballistic missile was tested.",
                  typed_names.DETECTOR)
    assert found == [("MT111", "Mace", "Bulava")]


def test_a_club_by_meaning_in_a_teams_slot_of_a_match_report():
    text = ("Voronezh, 3 May. Torch beat Orenburg 2:0 in a league match; the coach praised the "
            "goalkeeper. Later the torch relay passed the stadium.")
    assert _find(text, typed_names.DETECTOR) == [("MT111", "Torch", "Fakel")]
    quiet = "Detroit. The Red Wings beat Boston and the Wings beat Ottawa; the coach praised the goalkeeper in Moscow's league match."
    assert _find(quiet, typed_names.DETECTOR) == []


def test_a_bare_name_in_an_organisations_slot_on_its_beat_is_flagged():
    text = ("Kazan, 2 June. Victory added flights to Sochi; passengers of Victory will pay less, the "
            "airport said. The victory of the team was celebrated at the airport.")
    found = _find(text, typed_names.DETECTOR)
    assert found == [("MT111", "Victory", "Pobeda"), ("MT111", "Victory", "Pobeda")]


def test_a_bare_name_off_its_beat_or_inside_a_longer_name_stays_quiet():
    off_beat = "Kazan, 2 June. Victory announced the parade; the veterans of Victory marched in Kazan."
    assert _find(off_beat, typed_names.DETECTOR) == []
    longer = "Kazan, 2 June. Victory Day flights were full, the airport said; passengers cheered."
    assert _find(longer, typed_names.DETECTOR) == []


def test_a_club_after_its_city_and_before_a_role_noun_is_flagged():
    text = ("Yaroslavl, 4 May. Yaroslavl Locomotive won the match; the coach said Locomotive defender "
            "Pavel Orlov will miss the season. A locomotive pulled the fans' train.")
    found = _find(text, typed_names.DETECTOR)
    assert found == [("MT111", "Locomotive", "Lokomotiv"), ("MT111", "Locomotive", "Lokomotiv")]


def test_a_town_by_meaning_after_in_with_no_article():
    found = _find("Snow closed roads in Eagle and the Kursk region on Monday.", typed_names.DETECTOR)
    assert found == [("MT111", "Eagle", "Oryol")]
    quiet = "Snow closed roads near the Eagle monument in the Kursk region; an eagle was seen."
    assert _find(quiet, typed_names.DETECTOR) == []


def test_a_name_of_several_words_is_flagged_with_its_article():
    found = _find("In Novosibirsk, the Savings Bank opened an office in Green Meadow.", typed_names.DETECTOR)
    assert found == [("MT111", "the Savings Bank", "Sber"), ("MT111", "Green Meadow", "Zelyony Lug")]


def test_english_names_that_are_words_stay_bare_and_quiet():
    text = ("London. Arsenal beat Chelsea and the Eagles drew with Wolves in the league; the coach "
            "praised the goalkeeper. Shell said flights of Victory Air were full.")
    assert _find(text, typed_names.DETECTOR) == []


def test_a_town_followed_by_an_english_state_is_that_foreign_town():
    """"in Eagle, Idaho" is the American town; "in Peaceful, Yakutia" (a place the glossary knows) and
    "in Eagle, Oryol region" (a Russian unit word) keep the Russian reading, for MT109 and MT111 alike."""
    from mtaudit.detectors.entities import names_meaning
    both = (typed_names.DETECTOR, names_meaning.DETECTOR)
    quiet = "Russian doctors visited a hospital in Eagle, Idaho, and then flew back to Moscow."
    for detector in both:
        assert _find(quiet, detector) == []
    loud = "Heat returned in Peaceful, Yakutia, and in Eagle, Oryol region, the Russian ministry said."
    for detector in both:
        assert [f[1] for f in _find(loud, detector)] == ["Peaceful", "Eagle"]
