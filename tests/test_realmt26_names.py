"""realmt26: MT2123 (Russian "имени" inside an institution's name: "the library named after
Herzen") and MT153 (a man's first name before a declined surname: "of Dmitry Brusnikina")."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors.calques_eponym_imeni import imeni_spans
from mtaudit.detectors.entities.surname_case import oblique_surnames
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(text: str, code: str) -> list[str]:
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=(code,)))
    return [f.text for f in result.findings if f.code == code]


def test_imeni_links_and_heads():
    text = ("The puppet theatre named after Obraztsov, the GMII named after Pushkin, the Institute of "
            "Soil Science and Agrochemistry named after V. V. Dokuchaev and the lyceum them. Lobachevsky "
            "took part; the planetarium of the name of K. E. Tsiolkovsky hosted them.")
    assert [text[s:e] for s, e, _, _ in imeni_spans(text)] == [
        "theatre named after Obraztsov", "GMII named after Pushkin",
        "Institute of Soil Science and Agrochemistry named after V. V. Dokuchaev",
        "lyceum them. Lobachevsky", "planetarium of the name of K. E. Tsiolkovsky"]


def test_imeni_spares_english_descriptions():
    text = ("A new school named after Captain Tom opened. The hall, named after Lenin, closed. The park "
            "was named after Gagarin. The library named after Herzen in 1960 grew. The prize named "
            "after him is small. Two clubs named after Pushkin met. Pupils of them. Pushkin came.")
    assert list(imeni_spans(text)) == []


def test_imeni_needs_a_text_near_russia():
    assert _found("Samara, 4 July. The drama theatre named after Gorky opened its season in Samara.",
                  "MT2123") == ["drama theatre named after Gorky"]
    assert _found("The community theatre named after Gorky opened its season in Ohio.", "MT2123") == []


def test_imeni_message_names_the_eponym_first():
    text = "Tver, 3 May. The regional library named after Herzen will buy a bus for Tver villages."
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2123",)))
    assert "“the Herzen library”" in result.findings[0].message


def test_surname_case_endings_and_fix():
    text = ("The workshop of Dmitry Brusnikina opens. He met Sergei Gorskogo and Oleg Ivanovym; "
            "Vyacheslav Gurtovoy and Pyotr Tolstoy came; Olga Popova spoke.")
    assert [(f, s, n) for _, _, f, s, n in oblique_surnames(text)] == [
        ("Dmitry", "Brusnikina", "Brusnikin"), ("Sergei", "Gorskogo", "Gorsky"), ("Oleg", "Ivanovym", "Ivanov")]
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT153",)))
    assert [f.text for f in result.findings] == ["Dmitry Brusnikina", "Sergei Gorskogo", "Oleg Ivanovym"]
    assert result.findings[0].fix.edits[0].replacement == "Brusnikin"


def test_surname_case_spares_shared_surnames_and_words():
    text = "Dmitry and Anna Ivanova came. Yegor Ivanova and Boris came. Ivan Marina sailed."
    # one surname for two people; "Ivan Marina" is an English word after a name, not a surname
    assert [s for _, _, _, s, _ in oblique_surnames(text)] == ["Ivanova"]
