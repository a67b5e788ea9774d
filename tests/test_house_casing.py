"""British lowercase heads (text/house_casing.py, data/house_casing.yaml): a house style when the
document shows it elsewhere, an MT artifact when it does not."""

from __future__ import annotations

from mtaudit.audit.engine import audit
from mtaudit.text.document import Document
from mtaudit.text.house_casing import british_style, house_casing, lowercase_head_accepted


def _span(doc: Document, phrase: str) -> tuple[str, int, int]:
    start = doc.text.index(phrase)
    return phrase, start, start + len(phrase)


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t")).findings]


def test_data_file_reads():
    cfg = house_casing()
    assert "church" in cfg.heads and "stadium" in cfg.descriptors and cfg.threshold >= 2
    assert all(e.weight > 0 for e in cfg.evidence)


def test_evidence_needs_the_threshold_and_never_the_span_itself():
    doc = Document("Essex police thanked the fans. The Tate gallery opens at ten.")
    assert british_style(doc) == ()  # one weak sign is not enough
    doc = Document("Northampton crown court heard the case. The Tate gallery opens at ten.")
    assert british_style(doc)
    doc = Document("The case went to Northampton crown court.")
    phrase, s, e = _span(doc, "Northampton crown court")
    assert british_style(doc, s, e) == ()  # the span judged does not vouch for itself


def test_descriptor_after_a_proper_name_in_any_style():
    doc = Document("Fans filled the Luzhniki stadium on Saturday.")
    assert lowercase_head_accepted(doc, *_span(doc, "Luzhniki stadium"))
    doc = Document("He spoke for the Democratic party.")  # a common word before it: not a descriptor case
    assert lowercase_head_accepted(doc, *_span(doc, "Democratic party")) is None


def test_generic_head_needs_british_evidence():
    bare = Document("She has danced at the Bolshoi theatre since 2019.")
    assert lowercase_head_accepted(bare, *_span(bare, "Bolshoi theatre")) is None
    british = Document("After the second world war she danced at the Bolshoi theatre.")
    assert lowercase_head_accepted(british, *_span(british, "Bolshoi theatre"))
    formal = Document("After the second world war he taught at the Moscow institute of physics.")
    assert lowercase_head_accepted(formal, *_span(formal, "Moscow institute")) is None


def test_audit_quiet_on_british_copy_and_loud_on_mt():
    british = ("The county council met on Tuesday. Officers of the Metropolitan police, the "
               "Unite union and the Tate gallery attended, and trains on the Elizabeth line ran late.")
    found = _codes(british)
    assert not [c for c in found if c[0] in ("MT102", "MT103", "MT401", "MT406")], found
    mt = "Researchers from Sechenov university tested the drug on Monday."
    assert ("MT406", "Sechenov university") in _codes(mt)
