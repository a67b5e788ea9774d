"""“its” for a person: the antecedent, the possessed noun, and the gender behind the fix."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import pronouns
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit


def _find(text: str):
    return audit(Document(text), AuditContext(AuditSpec(bundled_glossary=False)), detectors=(pronouns.DETECTOR,)).findings


def test_title_phrase_with_male_names_in_the_previous_sentence_gets_his():
    text = ("The meeting of Donald Trump and Vladimir Putin took place in Hamburg. "
            "About it the head of the United States said on its Twitter page.")
    (f,) = _find(text)
    assert f.text == "its Twitter" and f.correction == "his Twitter"  # within 4x the pronoun: both gold conventions
    assert "Donald" in f.message and "male" in f.message


def test_female_first_name_gets_her_and_unknown_gets_their():
    (f,) = _find("Anna Petrova announced its resignation on Monday.")
    assert f.text == "its" and f.correction == "her"  # "its resignation" would outgrow 4x the pronoun
    (g,) = _find("The spokesman wrote on its Telegram channel that talks ended.")
    assert g.correction == "their Telegram" and "unknown" in g.message


def test_mixed_genders_nearby_fall_back_to_their():
    text = ("Anna Petrova met Ivan Sokolov in Kazan. Later the head of the delegation "
            "announced its resignation.")
    (f,) = _find(text)
    assert f.correction == "their"


def test_organisations_and_places_keep_its():
    for text in ("The agency published its report on Monday.",
                 "President Putin praised China and its economy.",
                 "The ministry, headed by Anna Petrova, said on its Telegram channel that talks resumed.",
                 "Foreign Minister Ivan Sokolov said the ministry would publish its position."):
        assert _find(text) == [], text


def test_only_person_possessions_trigger():
    assert _find("Ivan Sokolov said its proposals were ignored.") == []
    assert len(_find("Ivan Sokolov thanked its wife.")) == 1
