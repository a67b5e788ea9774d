"""The scorer, pinned on a tiny hand-made gold, and seed 000 scored with per-category recall."""

from __future__ import annotations

import json

from mtaudit.metrics.gold import GoldItem, Pred, score, spans_match
from mtaudit.audit.engine import audit
from mtaudit.metrics.gold import load_gold

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec

from conftest import GOLD, SEED_HUMAN

TEXT = "The tramp said that Donald trump met the head of the United States yesterday."


def test_span_match_rule():
    assert spans_match((0, 10), (5, 10))          # half of the shorter, half of the longer
    assert not spans_match((0, 100), (10, 20))    # a long flag does not find a short artifact
    assert spans_match((0, 40), (10, 20))         # 10 >= 5 and 10 >= 10
    assert spans_match((5, 5), (0, 5))            # zero-length touches
    assert not spans_match((6, 6), (0, 5))


def test_score_on_hand_made_gold():
    gold = [
        GoldItem("a", 4, 9, "tramp", "entity-mistranslation", "Trump", "certain"),
        GoldItem("a", 20, 32, "Donald trump", "name-casing", "Donald Trump", "certain"),
        GoldItem("a", 37, 66, "the head of the United States", "calque", "the U.S. president", "likely"),
    ]
    preds = [
        Pred("a", 4, 9, "entity-mistranslation", "Trump"),          # found, fix right
        Pred("a", 27, 32, "name-casing", "Trunp"),                  # found, fix wrong
        Pred("a", 0, 3, "calque", None),                            # spurious
        Pred("b", 0, 3, "calque", None),                            # false alarm in a negative
    ]
    s = score(gold, preds, {"a": TEXT, "b": "Fine human text here."}, {"a": 14, "b": 4})
    assert (s.findings, s.correct, s.artifacts, s.found) == (3, 2, 3, 2)
    assert abs(s.precision - 2 / 3) < 1e-9 and abs(s.recall - 2 / 3) < 1e-9
    assert (s.fix_eligible, s.fix_correct) == (2, 1)
    assert s.false_alarms == 1 and s.false_alarms_per_kword == 250.0
    assert s.per_category["calque"]["recall"] == 0.0
    assert s.per_category["name-casing"]["recall"] == 1.0


def test_fix_accuracy_folds_whitespace_and_accepts_split_edits():
    gold = [GoldItem("a", 20, 32, "Donald trump", "name-casing", "Donald  Trump", "certain")]
    preds = [Pred("a", 27, 32, "name-casing", "Trump")]
    s = score(gold, preds, {"a": TEXT}, {"a": 14})
    assert s.fix_correct == 1


def _seed_score(doc, ctx):
    gold = load_gold(str(GOLD))
    findings = audit(doc, ctx).findings
    s = score(gold, [Pred(f.doc, f.start, f.end, f.category, f.correction) for f in findings],
              {doc.doc_id: doc.text}, {doc.doc_id: doc.word_count})
    print("\nseed 000 per-category recall:", json.dumps({k: v.get("recall") for k, v in s.per_category.items()}))
    print(f"precision {s.precision:.2f} recall {s.recall:.2f} fix accuracy {s.fix_accuracy:.2f}")
    return s


def test_seed_gold_without_references(seed_mt):
    for g in load_gold(str(GOLD)):
        assert seed_mt.text[g.start:g.end] == g.text
    s = _seed_score(seed_mt, AuditContext())
    # Everything but the two reference-only artifacts (quote-drift, date-number), with no false alarm.
    assert s.found >= 18 and s.precision == 1.0
    for category in ("calque", "editorial-gloss", "entity-mistranslation", "institution-casing",
                     "name-casing", "pronoun", "punctuation"):
        assert s.per_category[category]["recall"] == 1.0, category
    assert s.fix_accuracy >= 0.8


@pytest.mark.slow
def test_seed_gold_with_the_human_article_as_reference(seed_mt):
    s = _seed_score(seed_mt, AuditContext(AuditSpec(refs=(str(SEED_HUMAN),))))
    assert s.recall == 1.0
    assert s.precision >= 0.9   # the "We Putin" quote's drift finding is not in the gold
    assert s.fix_accuracy >= 0.9


def test_human_article_gets_no_findings(seed_human):
    assert audit(seed_human, AuditContext()).findings == []
