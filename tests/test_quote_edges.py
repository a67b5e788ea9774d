"""Quote drift with a plain list of quotes, the punctuation at a restored quote's edges, and
the chrF fallback's proposal (issue 17, points 1 and 6; issue 14, item 6)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors.reference import fitted_edit
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import apply_edits
from mtaudit.references.bank import is_quote_list, load_references
from mtaudit.rules.model import Selection

from test_references import FakeEmbedder

ORIGINAL = "We will stay in the region for as long as it takes."
REWORDED = "We will remain in the region as long as it will be necessary"


def _audit(text, ref_path, embedder):
    ctx = AuditContext(AuditSpec(refs=(str(ref_path),)), embedder=embedder)
    return ctx, audit(Document(text), ctx, Selection(select=("MT701",))).findings


def test_a_plain_list_of_quotes_finds_drift_like_a_quote_bank(tmp_path):
    listing = tmp_path / "quotes.txt"
    listing.write_text(f"Prices will not fall this year.\n{ORIGINAL}\n", encoding="utf-8")
    fake = FakeEmbedder({ORIGINAL: "Q"}, {REWORDED: ("Q", 0.9)})
    ctx, found = _audit(f"“{REWORDED},” the general said.", listing, fake)
    assert [f.code for f in found] == ["MT701"]
    assert f"{listing}:2" in found[0].message
    assert not any("yields no quotes" in w for w in ctx.warnings)


def test_a_reference_without_quotes_is_named_in_a_warning(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The general visited the region on Monday and met local officials. " * 30,
                       encoding="utf-8")
    warnings: list[str] = []
    load_references([article], embedder=FakeEmbedder({}, {}), warnings=warnings)
    assert any("article.txt yields no quotes" in w for w in warnings)


def test_the_warning_reaches_the_json_report(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The general visited the region on Monday. " * 40, encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("“We will remain in the region,” the general said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(doc), "--ref", str(article), "--format", "json"])
    assert "yields no quotes" in result.output


def test_quote_list_detection_keeps_articles_apart():
    assert is_quote_list("One quote here now.\nAnother quote there too.\n")
    assert not is_quote_list('He said: "We will stay."\n')


def test_restored_quote_does_not_double_the_punctuation_at_its_edge(tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text(json.dumps({"quote": ORIGINAL}) + "\n", encoding="utf-8")
    fake = FakeEmbedder({ORIGINAL: "Q"}, {REWORDED: ("Q", 0.9)})
    text = f"“{REWORDED},” the general said."
    _, found = _audit(text, bank, fake)
    fixed = apply_edits(text, list(found[0].fix.edits))
    assert fixed == "“We will stay in the region for as long as it takes,” the general said."
    assert ".,”" not in fixed


def test_an_original_ending_in_a_question_mark_replaces_the_comma():
    text = "“Why should we leave now,” he asked."
    start, end = 1, text.index(",")
    s, e, new = fitted_edit(text, start, end, "Why would we leave now?")
    assert text[:s] + new + text[e:] == "“Why would we leave now?” he asked."


def test_chrf_fallback_proposes_whole_sentences_of_a_long_original(monkeypatch):
    from mtaudit.models import embedding

    long_original = ("We will stay in the region for as long as it takes, whatever the cost and "
                     "whatever our critics in the capital may say about it today.")

    def unavailable():
        raise embedding.EmbedderUnavailable("simulated: no torch")

    monkeypatch.setattr(embedding, "default_embedder", unavailable)
    from mtaudit.references.bank import references_from_texts

    refs = references_from_texts((f"The general said: “{long_original}”",), embedder=None)
    assert refs.embedder is None
    ctx = AuditContext(references=refs)
    found = audit(Document("“We will remain in the region for as long as needed,” he said."),
                  ctx, Selection(select=("MT701",))).findings
    assert len(found) == 1
    # the window chrF liked best stops mid-clause; the proposal is the original's sentence
    assert found[0].correction.startswith("We will stay in the region for as long as it takes")
    assert found[0].correction.endswith("may say about it today")
