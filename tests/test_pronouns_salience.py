"""MT3102: "it"/"its" for a person when the parse offers no thing antecedent (rule-only)."""

from __future__ import annotations

import pytest

from mtaudit.models import parser as parser_mod
from mtaudit.audit.context import AuditContext
from mtaudit.detectors import pronouns_salience
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit

from conftest import CountingParser

pytestmark = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _run(text, parser=None):
    ctx = AuditContext(parser=parser) if parser else AuditContext()
    return audit(Document(text), ctx, detectors=(pronouns_salience.DETECTOR,)).findings


@pytest.mark.parametrize("text, span, fix", [
    ("Irina Gorbunova was sentenced on Monday. The court found it guilty of fraud.", "it", "her"),
    ("Coach Vadim Serov called the defeat painful. According to it, the team had chances.", "it", "him"),
    ("Yelena Markova spoke to reporters. It warned that the wave would peak in January.", "It", "She"),
    ("Pavel Orlov does not admit guilt. Its wife has written to the governor.", "Its", "His"),
    # a verb only agents have: a meeting or a floor named before cannot be meant
    ("Mayor Irina Volkova held a briefing on Friday. It ordered the schools to close.", "It", "She"),
    ("Together with volunteers it cleared the yard, said Pavel Orlov, a local priest.", None, None),
    # only a person serves a term: not even the court that sentenced
    ("The city court sentenced Anton Belov to two years. It will serve the term in a colony.", "It", "He"),
    # a he/she outside the quotation is the person named before
    ("“The roads are clear,” she said. It also praised the road crews.", "It", "She"),
    # what is done only to someone: a place named in passing is no antecedent
    ("Semyon Orlov was detained in his office in the city hall building. The court arrested it on Friday.",
     "it", "him"),
    ("Oleg Petrov, a lawyer, was detained on Friday. It is accused of bribery.", "It", "He"),
    # "according to it" anywhere in the sentence is a source's words
    ("Farmer Ivan Dolgov noted that prices fell. The growers, according to it, need support.", "it", "him"),
    # "its own" binds to its clause's subject; a relative "who" is a person wherever it hangs
    ("Police detained a resident of the Kirov district who set fire to the grass near its own barn.",
     "its", "his or her"),
    # "According to its data" is a speaker's; a body named only in the reported clause or in
    # the speaker's own title does not speak
    ("The chief vet of the region Olga Lapina said at a briefing that the outbreak is contained. "
     "According to its data, 40 farms were checked.", "its", "her"),
    # the X of "According to X," is the owner a reader finds first
    ("The survey was led by Inna Gusak. According to Gusak, its team spent a year in the hills.",
     "its", "her"),
    # a person's own possession: the farm of the speaker's relative clause is no owner of a salary
    ("Pavel Rudov, who runs a farm near Tula, spoke to reporters. Its salary is lower than a driver's.",
     "Its", "His"),
])
def test_a_person_as_the_only_antecedent_is_flagged_and_fixed_by_gender(text, span, fix):
    if span is None:
        assert _run(text) == []  # the person comes after the pronoun: no antecedent before it
        return
    (f,) = _run(text)
    assert f.code == "MT3102" and f.text == span
    assert f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    "Smith bought the house in 2010 and sold it two years later.",
    "Anna Petrova published the study on Monday. It warned that prices would rise.",
    "The company's chairman, Helen Carter, said it had found new suppliers.",
    "Oleg Ivanov joined the bank in 2019. It was founded in 1990.",
    "Oleg Ivanov spoke at the forum. It was attended by 500 people.",
    "Oleg Ivanov said: “It is a great day for the city.”",
    "Oleg Ivanov admitted that it is difficult to find workers.",
    "The organiser, Pinewood Events, said it was pleased with the turnout. It plans a second race.",
    "Oleg Ivanov said that the main thing is to make it cheap enough for clinics.",
    "The city council thanked Olga Ivanova. It said its new park would open in May.",
    "The icebreaker Kapitan Dranitsyn, which has its own helicopter, left Murmansk.",
    # the subject's possessor may own an object "it"; a trade noun after "the" may be a company
    "Tom Baker, an analyst, said the company's balance sheet gave it room to keep investing.",
    "Tom Baker, an analyst, praised the results. The miner also said it had reached a deal with councils.",
    "The Admiral Nakhimov returned to port. Its crew will rest for a month.",
    "Sofia Petrova bought a puppy in May. It sleeps all day.",
    "Anna Smirnova launched a podcast. It has been working well since spring.",
    "Roman Belov wrote a book about the war. It argues that the army was unprepared.",
    # the object of the sentence before still competes for what is done to someone
    "Oleg Ivanov bought a flat in 2019. The bailiffs arrested it in 2023.",
    "Andrei Volkov founded the theatre in 1990. The ministry thanked it for its work.",
    # a body that speaks of itself owns the "it" of its own report
    "Timur Galeev runs the terminal. The airport said it had agreed on more trains with the city.",
    # a body stays the topic when a speaker is named by "According to X," after it
    "The bank reported a record profit. According to Oleg Ivanov, its branches will stay open.",
    # a body's own possession: the native "head of X said its profits rose"
    "Anna Petrova, head of the Vostok company, said its profits rose by a fifth.",
    "Viktor Lebedev said the company would build its own plant near Tver.",
    "According to Orlov, it was tested by 200,000 users in the spring.",
])
def test_a_thing_before_or_a_dummy_it_keeps_it_quiet(text):
    assert _run(text) == []


def test_only_sentences_near_a_person_are_parsed():
    counting = CountingParser()
    text = ("The plant reopened on Tuesday. It employs 3,000 people. "
            "Irina Gorbunova was sentenced on Monday. The court found it guilty of fraud.")
    assert [f.text for f in _run(text, counting)] == ["it"]
    assert "The plant reopened on Tuesday." not in counting.asked
    assert "It employs 3,000 people." not in counting.asked


@pytest.mark.parametrize("text, span, fix", [
    # kin only a person has: the hall named before cannot own "its husband"
    ("Singer Lidia Marova died in 1979. A hall of the museum is devoted to its husband.", "its", "her"),
    # a "his" in the sentence before names the person ("at his flat")
    ("Police searched his flat and garage on Tuesday. It denies any wrongdoing.", "It", "He"),
    # "In its words" is what the speaker said: the plant in his own title does not compete
    ("The chief engineer of the plant Oleg Sitnikov spoke on Monday. In its words, the repairs "
     "will take a month.", "its", "his"),
    # a verb only a person or a body does: the project named before cannot sell
    ("Its founder, a student from Tomsk, called the project a hobby. It later sold the studio.", "It", "He or she"),
])
def test_person_only_frames_outweigh_a_thing_named_before(text, span, fix):
    (f,) = _run(text)
    assert f.text == span and f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text, fix", [
    # no first name the lists know: the Russian surname's ending agrees with the person's sex
    ("Mayor Khairullina held a briefing on Friday. It ordered the schools to close.", "She"),
    ("Coach Tadyshev spoke to reporters. It warned that the wave would peak in January.", "He"),
    # an ending that agrees with neither (-enko) leaves the fix open
    ("Coach Kovalenko spoke to reporters. It warned that the wave would peak in January.", "He or she"),
])
def test_the_fix_takes_the_sex_a_surname_shows(text, fix):
    (f,) = _run(text)
    assert f.code == "MT3102" and f.fix.edits[0].replacement == fix


def test_name_gender_reads_first_names_then_surname_endings():
    from mtaudit.detectors._people import name_gender
    assert name_gender("Irina Sokolova") == "f" and name_gender("the director Oleg Rudnev") == "m"
    assert name_gender("Sokolova") == "f" and name_gender("Galiev") == "m" and name_gender("Tolstaya") == "f"
    assert name_gender("Kovalenko") == "" and name_gender("the farmer") == "" and name_gender("Lin") == ""


@pytest.mark.parametrize("text", [
    "Anna Petrova heads the fund. Its sister fund in Kazan opened in May.",
    "The commission's report was published on Monday. In its words, the dam is safe.",
    "Ivan Sokolov founded the firm in 2001. It later sold the studio to a rival.",
])
def test_a_thing_that_can_own_or_say_keeps_it_quiet(text):
    assert _run(text) == []


@pytest.mark.parametrize("text, span, fix", [
    # only a person does a thing "personally": a body in the speaker's title does not compete
    ("The head of the hospital Irina Lebedeva said that it had personally called the families.",
     "it", "she"),
    # only a person graduates from an institute
    ("The captain of the tanker, Oleg Sitnikov, told reporters that it graduated from the marine "
     "academy in 2004.", "it", "he"),
    # a "himself"/"herself" in the clause binds the subject: a person, even with no name near
    ("The fraud ring was broken up in May. Over a month it took 2 million roubles from the "
     "victims, keeping a tenth for himself.", "it", "he"),
])
def test_a_person_only_predicate_needs_no_name_to_compete_with_things(text, span, fix):
    (f,) = _run(text)
    assert f.text == span and f.fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    "The new tariff hit the farmers of Anna Petrova's district hard. It affected her personally.",
    "The director of the school Irina Lebedeva said that it had graduated 300 pupils this year.",
])
def test_personally_on_an_object_or_a_school_that_graduates_pupils_is_quiet(text):
    assert _run(text) == []


# session 12
def test_an_outlet_that_was_told_is_no_speaker():
    text = ("As told RBC the head of the mine Pavel Drozdov, the shaft is dry. "
            "According to its estimate, the pumps will run all week.")
    (f,) = _run(text)
    assert f.text == "its" and f.fix.edits[0].replacement == "his"


def test_an_it_found_for_a_person_carries_to_the_next_its():
    text = ("Analyst Marina Lebedeva spoke at the forum. “Prices will fall,” — it noted. "
            "According to its estimate, the fall will take a year.")
    found = {f.text: f.fix.edits[0].replacement for f in _run(text)}
    assert found == {"it": "she", "its": "her"}


def test_an_it_for_a_thing_starts_no_chain():
    text = ("Marina Lebedeva presented the report on Monday. The report is long: it runs to 300 pages. "
            "According to its estimate, prices will fall.")
    assert [f.text for f in _run(text)] == []


def test_a_surname_mt_left_lower_case_after_a_quote_is_the_person_named_before():
    text = ("Ranger Pavel Zhiltsov met the boats.\n\n“The ice is still thin near the bank,” zhiltsov said. "
            "It added that two anglers fell through on Sunday.")
    (f,) = _run(text)
    assert f.text == "It" and f.fix.edits[0].replacement == "He"
    # an English word in lower case is no surname: nobody is named to be "It"
    assert _run(text.replace("zhiltsov said", "frost said").replace("Pavel Zhiltsov", "Pavel Frost")) == []


def test_a_thing_the_pronouns_own_clause_names_again_is_not_its_antecedent():
    before = "The district prosecutor Igor Belov said that the housing company had not cleaned the roofs. "
    (f,) = _run(before + "It sent a demand to the director of the company.")
    assert f.text == "It" and f.fix.edits[0].replacement == "He"
    # the company not named again: it may be the company's own act
    assert _run(before + "It sent letters to every household in the town.") == []


def test_a_trade_after_as_is_the_subjects_role_not_a_thing():
    from mtaudit.audit.context import AuditContext as _Ctx
    from mtaudit.audit.engine import audit as _audit
    from mtaudit.text.document import Document as _Doc

    text = ("The prize went to the team. Its captain Ruslan Gevorkyan spoke about the marinade. "
            "Gevorkyan has worked as a cook for 22 years. It opened a small cafe in 2019.")
    found = [(f.code, f.text) for f in _audit(_Doc(text), _Ctx(), detectors=(pronouns_salience.DETECTOR,)).findings]
    assert ("MT3102", "It") in found
    thing = ("The prize went to the team. Its captain Ruslan Gevorkyan spoke about the marinade. "
             "The grill has served as a smoker for 22 years. It opened a small cafe in 2019.")
    assert _audit(_Doc(thing), _Ctx(), detectors=(pronouns_salience.DETECTOR,)).findings == []


def test_a_reported_he_binds_its_reporter_too_for_an_object_it():
    from mtaudit.audit.context import AuditContext as _Ctx
    from mtaudit.audit.engine import audit as _audit
    from mtaudit.text.document import Document as _Doc

    thing = "The old bridge was closed in May. Ivanov said he hopes to repair it by autumn."
    assert _audit(_Doc(thing), _Ctx(), detectors=(pronouns_salience.DETECTOR,)).findings == []
    person = "Ivan Petrov was detained in May. Sokolov said he would visit it in prison."
    assert [f.text for f in _audit(_Doc(person), _Ctx(), detectors=(pronouns_salience.DETECTOR,)).findings] == ["it"]
