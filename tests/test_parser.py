"""The optional dependency parser: lazy, cached per document, injectable, skipped cleanly when absent."""

from __future__ import annotations

import pytest

from mtaudit.models import parser as parser_mod
from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.rules.model import rule
from mtaudit.audit.signature import signature

NEEDY = rule("MT319", "needs-parser-probe", "pronoun", summary="probe", why="probe",
             confidence="likely", bad=[], good=[], origin=__name__)


class _NeedsParser:
    name = "probe"
    rules = (NEEDY,)
    needs = frozenset({"parser"})

    def __init__(self):
        self.ran = False

    def detect(self, doc, ctx):
        self.ran = True
        return []


class _CountingNLP:
    """A stand-in pipeline: a blank spaCy English tokenizer that counts what it is asked."""

    meta = {"name": "blank", "version": "1.0"}

    def __init__(self):
        import spacy

        self.blank = spacy.blank("en")
        self.texts: list[str] = []

    def pipe(self, texts):
        for t in texts:
            self.texts.append(t)
            yield self.blank(t)


spacy_installed = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def test_engine_skips_parser_detectors_with_a_reason_when_there_is_no_parser():
    probe = _NeedsParser()
    ctx = AuditContext(AuditSpec(bundled_glossary=False), parser=False)
    result = audit(Document("Anna Petrova said it."), ctx, detectors=(probe,))
    assert not probe.ran
    assert result.skipped and result.skipped[0][0] == "probe"
    assert "spaCy" in result.skipped[0][1]
    assert any("syntax checks skipped" in w for w in ctx.warnings)


def test_missing_spacy_means_no_default_parser(monkeypatch):
    monkeypatch.setattr(parser_mod, "available", lambda: False)
    monkeypatch.setattr(parser_mod, "_DEFAULT", None)
    assert parser_mod.default_parser() is None
    assert AuditContext(AuditSpec(bundled_glossary=False)).missing(frozenset({"parser"})) is not None


@spacy_installed
def test_injected_parser_runs_and_parses_only_what_is_asked_once_per_document():
    nlp = _CountingNLP()
    p = parser_mod.SpacyParser(nlp)
    doc = Document("First sentence here. Second one, which matters. Third.")
    second = doc.sentences[1]
    parsed = p.parse(doc, second)
    again = p.parse_many(doc, [second, second])
    assert nlp.texts == ["Second one, which matters."]
    assert again[0] is parsed and again[1] is parsed
    tok = parsed.doc[3]
    assert doc.text[parsed.offset(tok):parsed.end_offset(tok)] == "which"
    assert parsed.token_at(parsed.offset(tok) + 1).text == "which"
    other = Document(doc.text)  # the cache belongs to the document, not the parser
    p.parse(other, other.sentences[1])
    assert len(nlp.texts) == 2


@spacy_installed
def test_injected_parser_is_used_and_named_in_the_signature():
    probe = _NeedsParser()
    p = parser_mod.SpacyParser(_CountingNLP())
    ctx = AuditContext(AuditSpec(bundled_glossary=False), parser=p)
    audit(Document("A text."), ctx, detectors=(probe,))
    assert probe.ran
    assert signature(ctx)["models"]["blank"] == "1.0"


def test_the_model_does_not_load_before_a_sentence_is_parsed():
    p = parser_mod.SpacyParser()
    assert not p.loaded
    assert p.name == parser_mod.MODEL_PACKAGE


@pytest.mark.slow
@spacy_installed
def test_shipped_model_parses_a_sentence_with_document_offsets():
    p = parser_mod.default_parser()
    assert p is parser_mod.default_parser()  # one per process
    text = "Intro.\n\nThe minister said that it intends to run."
    doc = Document(text)
    parsed = p.parse(doc, doc.sentences[1])
    it = next(t for t in parsed.doc if t.lower_ == "it")
    assert text[parsed.offset(it):parsed.end_offset(it)] == "it"
    assert it.dep_ == "nsubj" and it.head.lemma_ == "intend"
    assert it.head.dep_ == "ccomp" and it.head.head.lemma_ == "say"
    assert p.version != "unknown"
