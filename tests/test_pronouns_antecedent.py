"""MT317 on a long text: its search for an antecedent grows linearly with the text before the
pronoun (issue 18: a long document is audited 250k characters at a time, and a scan of every
glossary place per capitalised word made one such stretch cost ~7 CPU-s)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import pronouns_antecedent
from mtaudit.text.document import Document

from work_count import python_calls

# Every capitalised word is an ordinary word or a glossary place/organisation: nothing before the
# late "She" can be her antecedent, so the whole text before it is searched.
_UNIT = ("The Kremlin said the plan for Moscow would start in the spring. Gazprom and Rosneft agreed. "
         "The talks in Saint Petersburg ended. ")


def _text(chars: int) -> str:
    return _UNIT * (chars // len(_UNIT)) + "She was opened in May."


def _audit(text: str, ctx):
    return audit(Document(text), ctx, detectors=(pronouns_antecedent.DETECTOR,)).findings


def test_a_pronoun_with_only_places_before_it_is_still_flagged_on_a_long_text():
    ctx = AuditContext()
    for chars in (2_000, 40_000):
        (f,) = _audit(_text(chars), ctx)
        assert f.code == "MT317" and f.text == "She" and f.fix.edits[0].replacement == "It"


def test_the_antecedent_search_is_linear_in_the_text_before_the_pronoun():
    ctx = AuditContext()
    _audit(_text(2_000), ctx)  # load the glossary and the word lists first
    small = python_calls(_audit, _text(10_000), ctx)
    big = python_calls(_audit, _text(40_000), ctx)
    assert big < 4 * 1.5 * small, (small, big)  # n log n at most; the scan of every place gave ~13x
