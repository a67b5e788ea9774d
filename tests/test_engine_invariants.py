"""The engine's own checks (on in the whole test-suite): a finding is the exact slice at its
offsets, and its fix edits only inside it."""

from __future__ import annotations

import pytest

from fix_fakes import SAFE_RULE
from mtaudit.audit.engine import audit
from mtaudit.core.types import Applicability, Fix
from mtaudit.text.document import Document


class _Broken:
    needs = frozenset()
    name = "test-broken"
    rules = (SAFE_RULE,)

    def __init__(self, text_off: bool, edit_outside: bool):
        self.text_off, self.edit_outside = text_off, edit_outside

    def detect(self, doc, ctx):
        f = SAFE_RULE.finding(doc, 0, 5, "test",
                              fix=Fix.replace(0, 7 if self.edit_outside else 5, "Trump", Applicability("safe"), "t"))
        if self.text_off:
            object.__setattr__(f, "text", "other")
        yield f


def test_a_removal_may_take_the_line_break_before_it():
    class _Line:
        needs, name, rules = frozenset(), "test-line", (SAFE_RULE,)

        def detect(self, doc, ctx):
            yield SAFE_RULE.finding(doc, 12, 17, "test", fix=Fix.replace(10, 17, "", Applicability("safe"), "t"))

    assert [f.text for f in audit(Document("trump said\n\ntrump"), detectors=(_Line(),)).findings] == ["trump"]


@pytest.mark.parametrize("text_off, edit_outside, message", [
    (True, False, "is not the slice"), (False, True, "outside its finding")])
def test_a_broken_promise_raises_when_checks_are_on(text_off, edit_outside, message):
    with pytest.raises(AssertionError, match=message):
        audit(Document("trump said"), detectors=(_Broken(text_off, edit_outside),))


def test_checks_are_off_outside_the_test_suite(monkeypatch):
    monkeypatch.delenv("MTAUDIT_CHECK_INVARIANTS")
    result = audit(Document("trump said"), detectors=(_Broken(False, True),))
    assert [f.code for f in result.findings] == ["MT991"]


def test_the_engine_copy_of_a_finding_keeps_every_field():
    """engine._with rebuilds a Finding field by field (dataclasses.replace at half the cost):
    a field added to Finding and not passed on would silently fall back to its default."""
    import dataclasses

    from mtaudit.audit.engine import _with
    from mtaudit.core.types import Edit, Finding

    f = SAFE_RULE.finding(Document("trump said", "d"), 0, 5, "m",
                          fix=Fix.replace(0, 5, "Trump", Applicability("safe"), "t"))
    f = dataclasses.replace(f, fingerprint="fp", evidence=("e",), source_start=3, source_end=4)
    values = {x.name: getattr(f, x.name) for x in dataclasses.fields(Finding)}
    assert all(v not in (None, "", ()) for v in values.values()), "every field set, so a dropped one shows"
    assert {x.name: getattr(_with(f), x.name) for x in dataclasses.fields(Finding)} == values
    other = Fix((Edit(0, 5, "X"),), Applicability("safe"), "x")
    changed = _with(f, message="m2", text="t2", fix=other, fingerprinted="f2")
    assert (changed.message, changed.text, changed.fix, changed.fingerprint) == ("m2", "t2", other, "f2")
    assert _with(f, fix=None).fix is None
