"""MT413 and MT414: a name's generic part and a brand in lower case (detectors/casing_name_parts.py)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing_name_parts
from mtaudit.text.document import Document


def _find(text: str):
    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    return [(f.code, f.text, f.correction)
            for f in audit(Document(text), ctx, detectors=(casing_name_parts.DETECTOR,)).findings]


def test_a_transliterated_name_with_its_generic_part_in_lower_case():
    assert _find("KURSK, 2 May. Skaters came to the Sirenevy park and to Vokzalnaya square.") == [
        ("MT413", "Sirenevy park", "Sirenevy Park"), ("MT413", "Vokzalnaya square", "Vokzalnaya Square")]


def test_towns_english_words_native_lowercase_parts_and_other_countries_stay_quiet():
    assert _find("KURSK, 2 May. Skaters came to a Kursk park, the Central park and the Luzhniki stadium.") == []
    assert _find("KURSK, 2 May. Boats sailed down the Kama river.") == []
    assert _find("Skaters came to the Sirenevy park.") == []  # no Russian setting


def test_brands_in_lower_case_and_the_english_word_telegram():
    assert _find("The mayor posts on vkontakte and in his telegram channel; call us on whatsapp.") == [
        ("MT414", "vkontakte", "VKontakte"), ("MT414", "telegram", "Telegram"), ("MT414", "whatsapp", "WhatsApp")]
    assert _find("A telegram from the king came by telegram; see t.me/telegram and #youtube.") == []
    assert casing_name_parts.lowercase_brand("vkontakte") and not casing_name_parts.lowercase_brand("telegram")
