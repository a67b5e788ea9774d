"""MT2031 (a verb English does not invert, after a quote) and the WordNet verb classes it shares
with MT2022 and MT2512 (quotative_verbs.tsv, quotative_verbs_clausal.txt)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_quotative_inversion as q
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document
from mtaudit.text.lexicon import folded_words, rows


def _findings(text: str):
    result = audit(Document(text, doc_id="t"), AuditContext(AuditSpec()), Selection(select=("MT2031",)),
                   detectors=(q.DETECTOR,))
    return list(result.findings)


def test_the_verb_class_is_wordnets_less_the_english_inverting_class():
    verbs = q._verbs()
    assert {"shared", "noted", "emphasized", "stressed", "clarified", "admitted", "believes", "recalls",
            "confessed", "told"} <= verbs
    assert not {"said", "says", "added", "asked", "replied", "wrote", "explained"} & verbs
    assert len(verbs) > 3000  # a class, not a list of phrases


def test_the_verbs_of_saying_are_a_subset_of_the_class_and_leave_person_object_verbs_out():
    forms = {r[0] for r in rows("quotative_verbs.tsv")}
    saying = folded_words("quotative_verbs_clausal.txt")
    assert saying <= forms
    assert {"noted", "complained", "underlined", "confessed", "objected", "vowed"} <= saying
    assert not {"praised", "thanked", "taught", "told", "studied", "returned", "found"} & saying


def test_a_document_with_several_quotes_flags_only_the_russian_order_and_fixes_it():
    text = ("“The hall was full every night,” shared the actress. “We were tired,” said the director. "
            "She called the tour “a real success for all of us,” thanked the volunteers and left.\n"
            "“Rain in May helps,” noted the farmer Ivan Sorokin.")
    found = _findings(text)
    assert [f.text for f in found] == ["shared the actress", "noted the farmer Ivan Sorokin"]
    assert found[0].correction == "the actress shared"


def test_a_quoted_phrase_inside_a_clause_is_no_speech():
    assert not _findings("The mayor called the plan “a waste of public money,” praised the auditors.")
    assert not _findings("He read the sign “no entry for any vehicles,” noticed the guard.")


def test_a_name_must_be_russian_shaped_and_a_title_run_in():
    assert _findings("“We will win the final,” emphasized Petrov.")
    assert not _findings("“We will win the final,” emphasized Smith.")
    assert not _findings("“We will win the final,” noted the head of the trust, Ann Marsh.")
