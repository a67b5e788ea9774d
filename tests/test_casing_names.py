"""MT406/MT407 (institution names cased on the first word only), MT103 at a sentence start after a
proper adjective, MT110 with a surname of another shape: what fires, what the fix writes, and the
native look-alikes that stay quiet."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import apply_edits
from mtaudit.detectors import casing_names
from mtaudit.detectors.entities import casing as entities_casing, lower_names
from mtaudit.text.document import Document


def _found(text, *detectors):
    return audit(Document(text), AuditContext(), detectors=detectors or (casing_names.DETECTOR,)).findings


def _fixed(text, *detectors):
    edits = [e for f in _found(text, *detectors) if f.fix for e in f.fix.edits]
    return apply_edits(text, edits)


def test_a_common_word_capitalised_mid_sentence_makes_the_head_part_of_the_name():
    text = "The bishops of the Holy synod met on Tuesday."
    assert [(f.code, f.text) for f in _found(text)] == [("MT406", "Holy synod")]
    assert _fixed(text) == "The bishops of the Holy Synod met on Tuesday."


def test_a_surname_or_russian_adjective_names_a_theatre_or_university():
    text = "She sang at the Bolshoi theatre before she taught at Gnesin academy."
    assert [f.text for f in _found(text)] == ["Bolshoi theatre", "Gnesin academy"]


def test_lowercase_modifiers_between_the_capital_and_the_head_are_capitalised_too():
    text = "He studied at the Kazan Federal university and the Central naval museum."
    assert _fixed(text) == "He studied at the Kazan Federal University and the Central Naval Museum."


def test_places_nationalities_bodies_articles_and_openings_stay_quiet():
    for text in ("A Moscow court extended his arrest.",
                 "Russian troops crossed the river; Russian railway workers struck.",
                 "Warships of the Black Sea fleet returned to port.",
                 "The Senate committee and the Labour party met.",
                 "He studied at a Moscow university.",
                 "Holy days are observed by many.",
                 "The Soviet space agency launched it.",
                 "Federal agents bank on informants.",
                 "On Monday museum staff went on strike."):
        assert _found(text) == [], text


def test_the_field_after_a_capitalised_head_is_bounded_by_the_parse():
    text = "Specialists of the Institute of oceanology sailed on Monday."
    assert [(f.code, f.text) for f in _found(text)] == [("MT407", "Institute of oceanology")]
    assert _fixed(text) == "Specialists of the Institute of Oceanology sailed on Monday."


def test_a_field_in_lower_case_after_a_head_in_lower_case_is_a_house_style():
    assert _found("Specialists of the institute of oceanology sailed.") == []
    assert _found("Institute of oceanology staff said nothing.") == []  # the capital is the sentence's


def test_a_proper_adjective_opening_a_sentence_keeps_its_capital_for_the_glossary():
    found = _found("Russian railways added two carriages.", entities_casing.DETECTOR)
    assert [(f.code, f.text) for f in found] == [("MT103", "Russian railways")]
    assert _found("Central bank officials declined to comment.", entities_casing.DETECTOR) == []


def test_a_russian_first_name_in_lower_case_before_any_capitalised_surname():
    found = _found("The founder of the shop, svetlana Kim, said sales doubled.", lower_names.DETECTOR)
    assert [(f.code, f.text) for f in found] == [("MT110", "svetlana Kim")]
    assert _found("She mixed aloe vera With honey.", lower_names.DETECTOR) == []


def test_a_russian_adjective_before_a_district_court_is_the_courts_name():
    text = "On Monday the Prikubansky district court arrested the official."
    assert [(f.code, f.text) for f in _found(text)] == [("MT406", "Prikubansky district court")]
    assert _fixed(text) == "On Monday the Prikubansky District Court arrested the official."
    # a place that is no adjective describes the court; a British paper lowercases the head
    assert _found("On Monday the Kazan district court arrested the official.") == []
    british = ("Russia's foreign ministry declined to comment. The Meshchansky district court "
               "also ordered the confiscation of her flat.")
    assert _found(british) == []


def test_an_honorary_title_capitalised_on_its_first_word_only():
    text = "The lead went to People's artist of Russia Oleg Basov and Honoured master of sports Ivan Kim."
    assert [f.text for f in _found(text)] == ["People's artist", "Honoured master of sports"]
    assert _fixed(text) == ("The lead went to People's Artist of Russia Oleg Basov and Honoured Master "
                            "of Sports Ivan Kim.")
    assert _found("Honoured guests and People's Artist of Russia Oleg Basov arrived.") == []


def test_a_word_english_always_capitalises_describes_a_generic_head():
    quiet = "Money came from a Dutch foundation, and the Easter service was moved."
    assert _found(quiet) == []
    assert [f.text for f in _found("The Federal service for supervision fined the firm.")] == \
        ["Federal service for supervision"]  # the name goes on through its field (casing_name_tails)


def test_a_half_cased_name_is_carried_on_through_its_lowercase_field():
    text = "The program was entered in the Unified register of Russian programs for computers as a platform."
    assert _fixed(text) == ("The program was entered in the Unified Register of Russian Programs for Computers "
                            "as a platform.")
    # "of the ..." names another body: the name stops at its head
    assert _fixed("The bishops of the Holy synod of the Russian Church met.") == \
        "The bishops of the Holy Synod of the Russian Church met."


def test_a_place_state_university_in_lower_case_is_the_universitys_name():
    assert _fixed("Graduates of the Pskov state university teach there.") == \
        "Graduates of the Pskov State University teach there."
    assert _found("She teaches at a state university in Pskov.") == []


def test_a_field_after_for_the_is_capitalised_without_the_article():
    assert _fixed("It is funded by the Fund for the development of territories.") == \
        "It is funded by the Fund for the Development of territories."


def _casing_fixes(text):
    from mtaudit.audit.engine import audit
    from mtaudit.text.document import Document

    return {f.text: f.correction for f in audit(Document(text, doc_id="t")).findings if f.code == "MT103"}


def test_a_title_in_running_text_keeps_its_own_words_in_lower_case():
    fixes = _casing_fixes("The bill was backed by the speaker of the state Duma on Tuesday.")
    assert fixes == {"speaker of the state Duma": "speaker of the State Duma"}
    fixes = _casing_fixes("The claims were denied by the press Secretary of the President, who spoke in Moscow.")
    assert fixes == {"press Secretary of the President": "press secretary of the President"}


def test_a_title_before_a_name_or_written_capitalised_takes_the_glossary_capitals():
    fixes = _casing_fixes("Talks were held with Speaker of the state Duma Vyacheslav Volodin on Monday.")
    assert fixes == {"Speaker of the state Duma": "Speaker of the State Duma"}
    fixes = _casing_fixes("He met the Secretary of state in Washington.")
    assert fixes == {"Secretary of state": "Secretary of State"}
