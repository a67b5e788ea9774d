"""A correction that opens a sentence takes the capital the replaced text had there."""

from mtaudit.audit.engine import audit
from mtaudit.audit.fixcase import opens_sentence, with_sentence_capitals
from mtaudit.core.types import Applicability, Confidence, Finding, Fix, Severity
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _finding(text: str, phrase: str, replacement: str) -> Finding:
    start = text.index(phrase)
    end = start + len(phrase)
    return Finding("d", "MT9999", "test", "calque", start, end, phrase, "m", Confidence.LIKELY,
                   Severity.MINOR, Fix.replace(start, end, replacement, Applicability.UNSAFE, "t"))


def test_a_sentence_start_keeps_its_capital():
    text = "Prices rose. The head of the region said so."
    f = with_sentence_capitals(_finding(text, "The head of the region", "the governor"), text)
    assert f.correction == "The governor"


def test_inside_a_sentence_the_detectors_casing_stays():
    text = "On Monday The head of the region said so, and GIBDD agreed."
    assert with_sentence_capitals(_finding(text, "The head of the region", "the governor"), text).correction == "the governor"
    assert with_sentence_capitals(_finding(text, "GIBDD", "traffic police"), text).correction == "traffic police"


def test_quotes_headlines_and_lowercase_text():
    assert opens_sentence("He said: “The head", len("He said: “"))
    assert opens_sentence("Headline\nGIBDD warns", len("Headline\n"))
    assert not opens_sentence("He said: the head", len("He said: "))
    assert not opens_sentence("the city — The head", len("the city — "))
    text = "Done. the head of the region said so."
    assert with_sentence_capitals(_finding(text, "the head of the region", "the governor"), text).correction == "the governor"


def test_the_engine_capitalises_a_real_rule_fix_at_a_sentence_start():
    text = "Snow fell overnight. The head of the region promised to clear the roads by noon."
    found = [f for f in audit(Document(text, doc_id="d")).findings if f.text == "The head of the region"]
    assert found and all(f.correction[:1].isupper() for f in found if f.correction)


def test_a_head_of_a_named_region_or_district_keeps_the_name_in_the_fix():
    text = "Roads were closed. The head of the Kursk region said so, and the head of the Shilovsky district agreed."
    chosen = Selection(select=("MT", "MT2119"))  # "the head of the district" is opt-in (opt_in_rules.tsv)
    fixes = {f.text: f.correction for f in audit(Document(text, doc_id="d"), selection=chosen).findings
             if f.category == "calque"}
    assert fixes["The head of the Kursk region"] == "The Kursk governor"
    assert fixes["the head of the Shilovsky district"] == "the Shilovsky district head"
    default = {f.text for f in audit(Document(text, doc_id="d")).findings}
    assert "The head of the Kursk region" in default and "the head of the Shilovsky district" not in default
