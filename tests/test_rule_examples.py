"""Every rule's bad examples fire and its good examples do not (proselint's idea)."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import DETECTORS
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.rules.registry import all_rules
from mtaudit.rules.model import Selection

RULES = list(all_rules().values())


def _codes_found(rule, example) -> list[str]:
    detector = next(d for d in DETECTORS if rule in d.rules)
    settings = dict(example.settings)
    injected = {}
    if settings.pop("lm", None) == "shipped":  # a language-model rule: its examples run with the model
        from mtaudit.models.lm import default_lm

        injected["lm"] = default_lm()
    if example.refs:
        from mtaudit.references.bank import references_from_texts

        injected["references"] = references_from_texts(example.refs, embedder=None, warnings=[])
    if example.source is not None:
        from mtaudit.source import source_from_text

        injected["source"] = source_from_text(example.source)
    ctx = AuditContext(AuditSpec(**settings), **injected)
    doc = Document(example.text, doc_id="example")
    result = audit(doc, ctx, Selection(select=(rule.code,)), detectors=(detector,))
    return [f.code for f in result.findings]


def test_there_are_rules():
    assert RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_examples(rule):
    assert rule.bad, f"{rule.code} has no bad examples"
    assert rule.good, f"{rule.code} has no good examples"
    assert rule.summary and rule.why


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_fire(rule):
    for example in rule.bad:
        assert rule.code in _codes_found(rule, example), f"{rule.code} missed: {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_examples_stay_quiet(rule):
    for example in rule.good:
        assert rule.code not in _codes_found(rule, example), f"{rule.code} fired on: {example.text!r}"
