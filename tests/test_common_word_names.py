"""MT116: a bare Russian name of ordinary words (common_word_names.py), and the names23 extensions of
MT150 (the village Quiet Creek, no "of") and MT111 (a town opening a firm's name, the bureau head)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.entities import common_word_names as cwn
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document
from mtaudit.text import lexicon


def _codes(text: str, code: str) -> list[str]:
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=(code,)))
    return [text[f.start:f.end] for f in result.findings if f.code == code]


def test_heads_are_natural_nouns_not_institutions():
    heads = lexicon.words("name_word_heads.txt")
    assert {"creek", "fish", "steppe", "pond", "ridge"} <= heads
    assert not {"court", "chamber", "bank", "committee", "rail", "army"} & heads


def test_slots():
    text = "Omsk, 1 May. Milk comes from Birch Creek; last year Stone Pond sold carp; the Stone Pond farm grew."
    found = [text[s:e] for s, e, _ in cwn.candidates(text)]
    assert found == ["Birch Creek", "Stone Pond"]  # after "from", subject of "sold"; not after "the"


def test_sentence_start_and_longer_names_quiet():
    text = "Omsk, 1 May. Birch Creek sold carp. Fish came from Birch Creek Farm and from Hero of Labour."
    assert list(cwn.candidates(text)) == []


def test_russian_setting_required():
    assert _codes("Milk now comes to schools in Oregon from Quiet Creek, near Portland.", "MT116") == []
    assert _codes("Tomsk, 3 May. Milk now comes to schools in Tomsk from Quiet Creek, a farm.", "MT116") == ["Quiet Creek"]


def test_english_names_quiet():
    text = "Kazan, 2 June. A team from Kazan went to Golden State and laid flowers on Red Square in Kazan."
    assert _codes(text, "MT116") == []


def test_village_without_of():
    text = "Omsk, 1 May. A pipe burst in the village Cold Spring and in the village Krasnoye in the Omsk region."
    assert _codes(text, "MT150") == ["Cold Spring"]


def test_town_opens_firm_name():
    text = "Lipetsk, 9 October. The farm Lipetsk Fish sold carp; the MUP Lipetsk Electric Transport ran buses."
    assert _codes(text, "MT111") == ["Lipetsk Fish"]


def test_official_names_prosecutor_and_plural_field():
    text = ("Omsk, 3 May. The prosecutor's office of the Leninsky district checked the pipes. A shelter "
            "in Omsk won a grant from the presidential grants fund. The prosecutor's office said so, and "
            "the presidential press service did too.")
    assert _codes(text, "MT410") == ["prosecutor's office of the Leninsky district", "presidential grants fund"]
