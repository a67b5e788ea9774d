"""Names on real text: name slots, the language-model seam, misheard names, shouted names.

Examples are written for these tests (no corpus text). The language model is a fake injected
through AuditContext.lm, except in the one test that loads the shipped model when installed.
"""

from __future__ import annotations

from mtaudit.audit import engine
from mtaudit.models import lm as lm_module
from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors.entities.slots import slot
from mtaudit.text.document import Document
from mtaudit.audit.signature import signature


def _codes(text: str, ctx: AuditContext | None = None, code: str = "MT1") -> list[tuple[str, str]]:
    ctx = ctx or AuditContext(AuditSpec(use_lm=False))
    result = engine.audit(Document(text, doc_id="t"), ctx)
    return [(f.code, f.text) for f in result.findings if f.code.startswith(code)]


class FakeLM:
    """Prefers any text in which `word` appears capitalised; counts the texts it was asked about."""

    name, version = "fake-lm", "1"

    def __init__(self, word: str) -> None:
        self.word = word
        self.asked: list[str] = []

    def logprobs(self, texts):
        self.asked.extend(texts)
        return [10.0 if self.word in t else 0.0 for t in texts]


# --- the slot model -----------------------------------------------------------------------

def _slot(sentence: str, word: str):
    i = sentence.index(word)
    return slot(sentence, i, i + len(word))


def test_subject_of_a_verb_is_a_name_slot():
    assert _slot("The minister said that trump confirmed the offer.", "trump").kind == "name"
    assert _slot("The envoy noted that the trump realizes the risk.", "trump").kind == "name"
    assert _slot("Sanctions, according to trump, will stay.", "trump").strong


def test_verb_and_noun_uses_are_common_slots():
    assert _slot("He wanted to trump the offer.", "trump").kind == "common"
    assert _slot("She played her last trump card.", "trump").kind == "common"
    assert _slot("It would trump any deal.", "trump").kind == "common"


def test_adjective_after_and_is_not_a_name_slot():
    assert _slot("The film was shot in black and white colour.", "white").kind == "unsure"


# --- lowercase surnames with the document's cues -------------------------------------------

def test_lowercase_surname_after_that_and_the_is_flagged_with_a_mention():
    text = ("Donald trump spoke to reporters on Friday. The envoy said that trump wanted talks. "
            "She added that the trump realizes the risks of a delay.")
    found = _codes(text)
    assert found.count(("MT102", "trump")) == 2


def test_card_game_use_stays_quiet():
    text = "Donald Trump spoke on Friday. In bridge, a player may trump the trick with a trump card."
    assert ("MT102", "trump") not in _codes(text)


def test_language_model_decides_an_unsure_slot_and_is_named_in_the_signature():
    text = "Donald trump spoke on Friday. Lawyers said the order of the trump to testify in person was contested."
    rule_only = [t for c, t in _codes(text) if c == "MT102" and t == "trump"]
    fake = FakeLM("Trump to testify")
    ctx = AuditContext(lm=fake)
    with_lm = [t for c, t in _codes(text, ctx) if c == "MT102" and t == "trump"]
    assert len(with_lm) == len(rule_only) + 1
    assert fake.asked, "the language model was consulted"
    assert signature(ctx)["models"]["fake-lm"] == "1"


def test_language_model_saying_no_keeps_it_quiet():
    text = "Donald trump spoke on Friday. Lawyers said the order of the trump to testify in person was contested."
    ctx = AuditContext(lm=FakeLM("nothing-capitalised-here"))
    rule_only = _codes(text)
    assert _codes(text, ctx) == rule_only


def test_no_lm_turns_the_model_off_and_it_is_not_in_the_signature():
    ctx = AuditContext(AuditSpec(use_lm=False), lm=FakeLM("Trump"))
    assert ctx.language_model is None
    assert "fake-lm" not in signature(ctx)["models"]


# --- shouted names, misheard names, names translated by meaning ----------------------------

def test_shouted_name_after_a_title_is_recased():
    text = "He met President XI in Beijing, and later XI Jinping hosted a dinner."
    found = _codes(text)
    assert ("MT102", "XI") in found and ("MT102", "XI Jinping") in found


def test_roman_numeral_and_headline_stay_quiet():
    assert not [c for c in _codes("Louis XI ruled France for twenty-two years.") if c[0] == "MT102"]
    assert not [c for c in _codes("XI JINPING VISITS MOSCOW") if c[0] == "MT102"]


def test_misheard_surname_with_a_correct_mention_is_flagged():
    text = ("Kurt Volker arrived in Kyiv on Monday. Later Walker met the defence minister, "
            "and Volcker said the talks went well.")
    found = _codes(text)
    assert ("MT107", "Walker") in found and ("MT107", "Volcker") in found


def test_misheard_check_leaves_other_people_alone():
    text = "Kurt Volker arrived on Monday. John Walker, a lawyer, met him."
    assert ("MT107", "Walker") not in _codes(text)
    assert not _codes("Walker is a common English surname, and nobody else is named here.")


def test_first_name_translated_by_meaning_gets_the_glossary_fix():
    text = "Hope Savchenko, a former pilot, addressed parliament."
    result = engine.audit(Document(text, doc_id="t"), AuditContext(AuditSpec(use_lm=False)))
    fixes = [e.replacement for f in result.findings if f.code == "MT101" for e in f.fix.edits]
    assert "Nadiya Savchenko" in fixes


def test_wrong_full_form_is_the_cue_for_a_later_one_word_meaning_rendering():
    # the only other mention is the wrong form after the first name: it still says who is meant
    text = ("Reporters were briefed by the Kremlin spokesman Dmitry Sands on Monday. "
            "Later sands said that no date had been set.")
    found = _codes(text)
    assert ("MT101", "Sands") in found and ("MT101", "sands") in found
    # without a named person, the common word stays quiet
    assert ("MT101", "sands") not in _codes("Later the sands said nothing to the tide, the poet wrote.")


def test_common_noun_after_a_russian_first_name_or_a_title_is_flagged_display_only():
    text = "The decree was signed by the deputy governor Kettles. Irina Pebbles, his aide, agreed."
    result = engine.audit(Document(text, doc_id="t"), AuditContext(AuditSpec(use_lm=False)))
    found = {f.text: f for f in result.findings if f.code == "MT108"}
    assert set(found) == {"Kettles", "Pebbles"}
    assert all(f.fix.applicability.value == "display-only" for f in found.values())
    assert "translated by meaning" in found["Pebbles"].message


def test_later_mentions_of_a_surname_found_by_its_slot_are_flagged_too():
    text = ("The plant is run by Igor Kettles, an engineer. Kettles said output would rise. "
            "According to Kettles, the repair cost little. Kettles and pans were on display.")
    found = [t for c, t in _codes(text, code="MT108")]
    assert found == ["Kettles"] * 3  # not the kitchen kettles at the start of the last sentence
    # without the strong first mention, a sentence-start word stays quiet
    assert not _codes("Kettles said output would rise. The repair cost little.", code="MT108")


def test_common_noun_surname_of_a_real_english_person_stays_quiet():
    text = "Judge Kimba Wood heard the case. Later Judge Wood said the trial would go on."
    assert not _codes(text, code="MT108")
    assert not _codes("Sources said the deal was near, and Apple said nothing.", code="MT108")


def test_language_model_decides_a_reporting_verb_slot():
    text = "The talks in Moscow went well, continued Kettles, adding that work would go on."
    assert not _codes(text, code="MT108")  # rule-only: a company or body could stand there
    assert _codes(text, AuditContext(lm=FakeLM("Ivanov")), code="MT108") == [("MT108", "Kettles")]
    assert not _codes(text, AuditContext(lm=FakeLM("nothing-here")), code="MT108")


def test_weak_slot_needs_a_russian_speaking_world():
    # a report on US retailers: "Gap said" is the company, whatever the model prefers
    text = "Expenses will rise in the second half, outweighing price increases, Gap said."
    assert not _codes(text, AuditContext(lm=FakeLM("Ivanov")), code="MT108")


# --- the shipped model (slow: loads it when installed) -------------------------------------

def test_shipped_model_prefers_the_capitalised_name(tmp_path, monkeypatch):
    if not lm_module.available():
        assert lm_module.default_lm() is None
        ctx = AuditContext()
        monkeypatch.delenv("MTAUDIT_NO_LM", raising=False)
        assert ctx.language_model is None and any("language model" in w for w in ctx.warnings)
        return
    model = lm_module.default_lm()
    written = ["Lavrov said that trump confirmed the interest in talks."]
    repaired = ["Lavrov said that Trump confirmed the interest in talks."]
    assert lm_module.prefers(model, written, repaired, 1.0) == [True]
    assert lm_module.prefers(model, ["He played his last trump and won."],
                             ["He played his last Trump and won."], 1.0) == [False]
