"""MT416 (a common word capitalised alone inside a sentence, decided by the language model): which
words the shape proposes, what the model must show, the fix, and that the rule is silent without a
model or outside a Russian setting."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import casing_common_capitals as ccc
from mtaudit.text.document import Document


class _FakeLM:
    """Scores a text by how many of `good` lower-case words it holds (each worth `per` nats), and
    records what it was asked, so a test sees which candidates reached the model."""

    name, version = "fake", "0"

    def __init__(self, good=("central", "advisory", "main", "sunny", "championship"), per=8.0):
        self.good, self.per, self.asked = good, per, []

    def logprobs(self, texts):
        self.asked += texts
        return [self.per * sum(w.strip(".,") in self.good for w in t.split()) for t in texts]


def _run(text, lm):
    return audit(Document(text), AuditContext(lm=lm), detectors=(ccc.DETECTOR,)).findings


def _words(text):
    return [w for _, _, w in ccc.candidates(text)]


def test_a_lone_capital_the_model_prefers_lowered_is_flagged_with_its_fix():
    fake = _FakeLM()
    (f,) = _run("Kazan, 3 June. The regatta on the Kama became the Central event of the summer, the "
                "city administration said.", fake)
    assert f.code == "MT416" and f.text == "Central"
    assert f.fix.edits[0].replacement == "central"


def test_the_model_keeps_a_capital_it_does_not_prefer_lowered():
    fake = _FakeLM(per=3.0)  # below CAPITAL_MARGIN: the written sentence is not far less probable
    assert _run("Kazan, 3 June. The regatta on the Kama became the Central event of the summer, the "
                "city administration said.", fake) == []
    assert fake.asked  # the candidate did reach the model


def test_without_a_model_or_a_russian_setting_nothing_runs():
    text = "Kazan, 3 June. The regatta on the Kama became the Central event of the summer."
    assert audit(Document(text), AuditContext(lm=None), detectors=(ccc.DETECTOR,)).findings == []
    fake = _FakeLM()
    assert _run("The regatta on the lake became the Central event of the summer in Ohio.", fake) == []


def test_a_sentence_case_title_line_is_read_but_a_title_case_line_is_not():
    assert _words("The chess Championship among veterans gathered forty players in Tver\n\nText.") == ["Championship"]
    assert _words("Veterans Gather For The Chess Championship in Tver\n\nText.") == []


def test_names_acronyms_bodies_and_runs_are_no_candidates():
    # a capital after a capital or a sentence start, a run across "of", a proper entry, a body noun
    assert _words("He met Governor Ivanov in the Hall of Fame.") == []
    assert _words("The plant in Tver opened. Russian buyers came.") == []
    assert _words("The decision of the Government was published on Monday.") == []
    # three letters: British styles write acronyms as words ("the junior Aim market")
    assert _words("Its shares, traded on the junior Aim market, were flat.") == []
    # a lone capital on an ordinary word between lower-case words is one
    assert _words("Farmers must use every Sunny day to bring in the grain.") == ["Sunny"]


def test_a_name_after_the_noun_of_its_class_is_no_candidate():
    # a determiner, a noun, then the capital: an apposition ("the messenger Signal")
    assert _words("Access to the messenger Signal was restricted on Monday.") == []
    assert _words("The crew of the ship Victory was rescued.") == []
    # after an adjective or a verb the capital stays a candidate
    assert _words("The case went to the regional Main directorate of the police.") == ["Main"]


def test_a_capital_after_an_ordinal_names_a_class():
    # racing's "Group race", cricket's "Test": numbered classes English capitalises
    assert _words("It was her third Group race since March.") == []
    assert _words("He missed the second Test with an injury.") == []


def test_the_and_a_capital_closing_the_phrase_is_a_short_name():
    assert _words("Fund managers in the City, however, were calm.") == []
    assert _words("He took a wicket on the last day of the Test.") == []
    assert _words("The town became the Central event venue.") == ["Central"]
