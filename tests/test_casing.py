"""Casing beyond the glossary: lowercase surnames, acronym expansions, capitals mid-sentence."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import casing
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.types import Applicability


def _find(text: str, ctx=None):
    ctx = ctx or AuditContext(AuditSpec(bundled_glossary=False))
    return audit(Document(text), ctx, detectors=(casing.DETECTOR,)).findings


def test_first_name_then_lowercase_surname():
    (f,) = _find("The talks were led by Nikolai patrushev in Moscow.")
    assert (f.code, f.text, f.correction) == ("MT401", "Nikolai patrushev", "Nikolai Patrushev")
    assert f.applicability is Applicability.UNSAFE


def test_first_name_followed_by_a_verb_or_function_word_is_fine():
    assert _find("Michael said so. Anna scored twice. Ivan visited Kazan. Olga and Ivan left.") == []


def test_title_needs_more_evidence_than_a_lowercase_word():
    assert _find("President later said the sanctions would stay.") == []
    assert [f.text for f in _find("Senator wicker said the sanctions would stay.")] == ["Senator wicker"]
    text = "Senator Wicker arrived. Later, Senator wicker met reporters."
    assert [f.text for f in _find(text)] == ["Senator wicker"]  # seen capitalised elsewhere


def test_bare_lowercase_surname_before_a_verb_of_saying_once_established():
    found = _find("Anna petrova spoke first. “It is over,” petrova said. The petrova said.")
    assert [f.text for f in found] == ["Anna petrova", "petrova"]


def test_acronym_expansion_with_minor_words_and_hyphens():
    (f,) = _find("Monitors of the Organization for security and Co-operation in Europe (OSCE) came.")
    assert f.correction == "Organization for Security and Co-operation in Europe"
    assert all(len(e.replacement) == 1 for e in f.fix.edits)  # only first letters change
    assert _find("Monitors of the Organization for Security and Co-operation in Europe (OSCE) came.") == []


def test_acronym_common_nouns_and_sentence_initial_capitals_are_fine():
    assert _find("The chief executive officer (CEO) resigned. Chief executive officer (CEO) Ann left.") == []


def test_russian_acronym_expansion_judged_by_its_opening_word():
    (f,) = _find("Officers of the Federal drug control service (FSKN) detained him.")
    assert f.correction == "Federal Drug Control Service" and f.confidence.value == "likely"
    assert _find("He met the head of the Russian security service (FSB).") == []


def test_glossary_known_names_are_left_to_the_glossary_rules():
    text = "The Director of the national security Agency (NSA) met Donald trump."
    assert {f.code for f in _find(text)} == {"MT401", "MT402"}
    assert _find(text, AuditContext()) == []  # the bundled glossary knows both


def test_capitalised_auxiliary_mid_sentence():
    (f,) = _find("The meeting Will take place in Moscow next week.")
    assert (f.text, f.correction, f.applicability) == ("Will", "will", Applicability.SAFE)


def test_headlines_names_and_titles_are_not_flagged():
    assert _find("Russia Will Respond to Sanctions\n\nThe talks will go on.") == []
    assert _find("The actor Will Smith came. Will Smith said it was fine.") == []
    assert _find("The film Gone With the Wind was shown.") == []
    assert _find("He said: The talks were over.") == []


def test_dotted_titles_and_title_words_after_titles():
    assert [f.text for f in _find("Sen. hollins said the vote would be close.")] == ["Sen. hollins"]
    text = "The General Staff met. Director general Rafael Grossi said the plant was safe."
    assert _find(text) == []


def test_places_named_after_people_are_not_surnames():
    assert _find("Flooding hit the Vladimir region and Lenin street in Ivan town.") == []


def test_lexicons_are_well_formed():
    from mtaudit.text import lexicon

    names = lexicon.first_names()
    assert len(names) > 500 and set(names.values()) <= {"", "m", "f"}
    assert names["Donald"] == "m" and names["Anna"] == "f"
    common = lexicon.folded_words("common_lowercase.txt")
    assert not {n.casefold() for n in names} & common  # a name is never a "common word"
    assert all(len(k) == 1 and len(v) == 1 for k, (v, *_) in lexicon.table("homoglyphs.txt").items())


def test_ascii_folding_chars_are_all_the_characters_whose_case_forms_hold_ascii_letters():
    """MT403 looks only for "Will"-like spellings unless one of these characters is in the text."""
    from mtaudit.detectors.casing import ASCII_FOLDING_CHARS

    found = {chr(u) for u in range(0x80, 0x110000) if not 0xD800 <= u <= 0xDFFF
             and any(c.isascii() and c.isalpha() for c in chr(u).casefold() + chr(u).lower() + chr(u).upper())}
    assert found == set(ASCII_FOLDING_CHARS)


def test_a_listed_word_spelled_with_a_long_s_is_still_found():
    from mtaudit.detectors.casing import _capitalised_function_words

    doc = Document("The meeting Al\u017fo took place in Moscow.", "t")
    assert [f.text for f in _capitalised_function_words(doc)] == ["Al\u017fo"]
    doc = Document("The meeting Also took place in Moscow.", "t")
    assert [f.text for f in _capitalised_function_words(doc)] == ["Also"]
