"""The Russian government frames kept as word lists (MT2612, MT2615, MT2719, MT2720): every
member of each list fires in its frame, and the native look-alike of the same member stays quiet,
so a word added to a list is tested without a new example."""

from __future__ import annotations

from importlib import resources

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import DETECTORS
from mtaudit.rules.model import Selection
from mtaudit.rules.registry import find_rule
from mtaudit.text.document import Document
from mtaudit.text.lexicon import entries


def _words(name: str) -> list[str]:
    text = resources.files("mtaudit.data").joinpath(name).read_text(encoding="utf-8")
    return [e.split("\t", 1)[0].strip() for e in entries(text)]


def _fires(code: str, text: str) -> bool:
    rule = find_rule(code)
    detector = next(d for d in DETECTORS if rule in d.rules)
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=(code,)),
                   detectors=(detector,))
    return any(f.code == code for f in result.findings)


@pytest.mark.parametrize("verb", _words("calque_change_verbs.txt"))
def test_change_verb_on_amount(verb):
    assert _fires("MT2612", f"Output {verb} on 9%, to 17 million tonnes.")
    assert not _fires("MT2612", f"Output {verb} on Tuesday, to 17 million tonnes.")
    assert not _fires("MT2612", f"Output {verb} on 9% of the farms.")


@pytest.mark.parametrize("verb", _words("calque_money_verbs.txt"))
def test_money_verb_on_sum(verb):
    assert _fires("MT2615", f"Police said he {verb} on 40 thousand rubles.")
    assert not _fires("MT2615", f"Police said he {verb} on Tuesday.")


@pytest.mark.parametrize("noun", _words("calque_law_nouns.txt"))
def test_law_noun_about(noun):
    assert _fires("MT2719", f"Deputies discussed the new {noun} about fishing quotas.")
    assert not _fires("MT2719", f"Deputies discussed the new {noun} about how quotas are set.")


@pytest.mark.parametrize("remedy", _words("calque_claim_objects.txt"))
def test_claim_about_remedy(remedy):
    tail = " the flat" if remedy.endswith(" of") else ""
    assert _fires("MT2720", f"The tenant filed a lawsuit about {remedy}{tail}.")
    assert not _fires("MT2720", f"The tenant wrote a book about {remedy}{tail}.")
