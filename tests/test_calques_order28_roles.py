"""Russian order of session 28 (order28): the verb-final object-first sentence (MT2509: two noun
phrases, the second a doer, then a verb with no object), and a thing as the subject with people as
the object, decided by the language model (MT2519): which sentences the parse proposes, what the
model must show, the fix, and that MT2519 is silent without a model."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_object_first, calques_object_verb_subject_lm as ovs
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detector, **ctx):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(**ctx), detectors=(detector,)).findings]


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("The results of the contest the jury will announce in June.",
     "The results of the contest the jury will announce"),
    ("The first harvest of the new orchard the farmers expect only in 2028.",
     "The first harvest of the new orchard the farmers expect"),
    ("His collection of coins the pensioner keeps in a bank vault.",
     "His collection of coins the pensioner keeps"),
    # a bare plural doer after the object's of-phrase; a modal, "be able to" and the verb
    ("The new timetable of the suburban trains passengers will be able to see on the station boards.",
     "The new timetable of the suburban trains passengers will be able to see"),
    ("The damaged stretch of the pipeline the repair crews replaced within a day.",
     "The damaged stretch of the pipeline the repair crews replaced"),
])
def test_verb_final_object_first(text, span):
    assert [(c, t) for c, t, _ in _found(text, calques_object_first.DETECTOR)] == [("MT2509", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The book the teacher gave me is on the shelf.",          # an object after the verb
    "The man the police arrested was released on bail.",      # a main verb after: a relative clause
    "The plan the council approved in May will cost 2 million pounds.",
    "The meeting of the two mayors in Lyon lasted three hours.",  # no doer, an intransitive verb
    "The way the patients were fed improved in May.",      # a passive
    "The road the residents complain about is closed.",       # a stranded preposition
    "This year the farmers expect a record harvest.",         # a time phrase first
    "The winners of the contest will receive their prizes in June.",  # a person first
    "The owners' association of the lake pays for most of the work.",  # a possessor is no subject
    "The Mayor of the Tver region Ivan Orlov has not commented on the plan.",  # a title first
    "The only public pool in the Zarechny district of Tver will reopen after repairs in May.",
    "The price of the ticket now stands at 40 euros.",       # WordNet: stand takes no object
])
def test_verb_final_spared(text):
    assert [c for c, _, _ in _found(text, calques_object_first.DETECTOR) if c == "MT2509"] == []


def test_verb_final_candidate_words_only():
    assert calques_object_first._verb_final_candidate("The results of the contest the jury will announce in June.")
    assert not calques_object_first._verb_final_candidate("The results, the jury said, will come in June.")
    assert not calques_object_first._verb_final_candidate("Results of the contest the jury will announce in June.")


class _FakeLM:
    """Scores a text by the position of the first of `doers` in it (earlier is more probable) and
    records what it was asked: a swapped sentence that names people first wins."""

    name, version = "fake", "0"

    def __init__(self, doers=("schoolgirl", "veterans", "they", "she"), per=12.0):
        self.doers, self.per, self.asked = doers, per, []

    def logprobs(self, texts):
        self.asked += texts
        out = []
        for t in texts:
            words = [w.strip(".,").lower() for w in t.split()]
            at = next((i for i, w in enumerate(words) if w in self.doers), len(words))
            out.append(-self.per * at)
        return out


@needs_parser
def test_swapped_roles_flagged_with_the_swap_as_its_fix():
    fake = _FakeLM()
    found = _found("The main prize of the contest received a schoolgirl from Kazan.", ovs.DETECTOR, lm=fake)
    assert found == [("MT2519", "The main prize of the contest received a schoolgirl from Kazan",
                      "A schoolgirl from Kazan received the main prize of the contest")]
    # the model was asked the sentence, its swap and the bare pair both ways
    assert "They received the prize." in fake.asked and "The prize received them." in fake.asked


@needs_parser
def test_swapped_roles_needs_both_margins():
    # the swapped sentence and the bare pair barely better: below the margins, nothing
    fake = _FakeLM(per=1.0)
    assert _found("The main prize of the contest received a schoolgirl from Kazan.", ovs.DETECTOR, lm=fake) == []


@needs_parser
def test_swapped_roles_silent_without_a_model_and_on_the_english_shapes():
    assert _found("The main prize of the contest received a schoolgirl from Kazan.", ovs.DETECTOR) == []
    fake = _FakeLM()
    for text in ("The protests forced the mayor to change his plan.",  # a complement
                 "The fall in prices dragged down other small firms.",                 # a particle
                 "The council received the residents of the district.",         # a body acts
                 "A falling tree hit a passer-by."):                             # no person object
        assert _found(text, ovs.DETECTOR, lm=fake) == []


@needs_parser
def test_swapped_roles_hint_without_a_fix_when_the_clause_goes_on():
    fake = _FakeLM()
    found = _found("The first hundred tickets have already received veterans from the city, who queued "
                   "since dawn.", ovs.DETECTOR, lm=fake)
    assert [(c, t, fix) for c, t, fix in found] == [
        ("MT2519", "The first hundred tickets have already received veterans from the city", None)]
