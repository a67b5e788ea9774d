"""Session 30 (order30): a subject that cannot do what its verb says and a doer after the verb
(MT2521, Russian object-first order), with the native shapes beside it and the built data."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import calques_patient_subject
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document
from mtaudit.text.lexicon import rows

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text):
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext(),
                                            detectors=(calques_patient_subject.DETECTOR,)).findings]


def _table(name):
    out = {}
    for r in rows(name):
        if len(r) > 1:
            out.setdefault(r[0], set()).add(r[1])
    return out


def test_patient_nouns_are_wordnet_texts_ideas_and_idle_groups():
    nouns = _table("calque_patient_nouns.tsv")
    assert nouns["list"] == {"text"} and nouns["statement"] == {"text"}
    assert nouns["method"] == {"idea"} and nouns["plan"] == {"idea"}
    assert nouns["data"] == {"thing"}      # a collection of facts: a group that does not act
    assert nouns["flight"] == {"act"}      # a formation of aircraft first, a trip by plane next
    assert not {"committee", "company", "camera", "school"} & set(nouns)  # doers and tools stay out


def test_patient_verbs_are_wordnet_classes():
    verbs = _table("calque_patient_verbs.tsv")
    assert "make" in verbs["carry out"] and "make" in verbs["prepare"] and "say" in verbs["cite"]
    assert "social" in verbs["take"] and "occur" in verbs["take place"] and "occur" in verbs["happen"]
    assert "whom" in verbs["prepare"] and "move" in verbs["reach"]
    assert "occur" not in verbs.get("open", set())  # "opened the exhibition" takes an object


def test_pairs_keep_what_a_text_does_in_english():
    pairs = {r[0]: set(r[1].split()) for r in rows("calque_patient_pairs.tsv") if len(r) > 1}
    assert "say" not in pairs["text"] and "social" not in pairs["text"]  # "the report cites", "the law obliges"
    assert "say" in pairs["idea"] and "make" in pairs["act"]


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("Such a decision took the council of veterans together with the mayor's office.",
     "Such a decision took the council of veterans together with the mayor's office"),
    ("Such data cites the regional statistics service.", "Such data cites the regional statistics service"),
    ("Repairs of the pier will carry out the river port company Volga Line.",
     "Repairs of the pier will carry out the river port company Volga Line"),
    ("The rite of blessing performed Archbishop Nikon of Kotlas, who came by boat.",
     "The rite of blessing performed Archbishop Nikon of Kotlas"),
    ("The list of candidates prepared the heraldic commission of the district duma.",
     "The list of candidates prepared the heraldic commission of the district duma"),
    ("After the blessing took place the first liturgy in the new church.",
     "After the blessing took place the first liturgy in the new church"),
    ("The restoration of the fresco financed the diocese of Vologda.",
     "The restoration of the fresco financed the diocese of Vologda"),
    ("The plan of the sowing approved the members of the board of the cooperative.",
     "The plan of the sowing approved the members of the board of the cooperative"),
    ("The blueprint of the bridge drew up the engineering bureau of the city.",
     "The blueprint of the bridge drew up the engineering bureau of the city"),
    ("The bones in the pit noticed the driver of the digger.", "The bones in the pit noticed the driver of the digger"),
])
def test_patient_subject_doer_object(text, span):
    assert _found(text) == [("MT2521", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The council of veterans took this decision together with the mayor's office.",
    "The decision took effect on Monday.",
    "The decision took the council by surprise.",
    "Such figures show a rise in prices.",
    "The report cites the regional statistics service.",
    "The law obliges the administration of the district to publish its accounts.",
    "The list includes the heraldic commission of the district duma.",
    "The course prepared the volunteers.",
    "The decision angered the residents of the district.",
    "The project employed 300 workers from the region.",
    "A falling tree injured the driver of the bus.",
    "At least 40 such cases had reached the courts.",
    "The vote took place the next day.",
    "The first liturgy took place after the blessing.",
    "Behind the harbour office lies the old fish market.",
    "Repairs of the pier were carried out by the river port company Volga Line.",
    "The complex should receive its first athletes in the winter.",
    "The bus took the pupils of the school to Kazan.",
    "“Such a decision took the council of veterans,” she wrote.",
    "The festival gathered the choirs of the region.",
    "The decision surprised the members of the committee.",
    "The data convinced the members of the commission.",
    "The new law protects the tenants of the city.",
    "The programme supports the farmers of the region.",
    "The photo shows the mayor of the town.",
    "The weekend saw the residents of the district at the polls.",
    "Such success takes years of work, the coach said.",
])
def test_patient_subject_quiet(text):
    assert _found(text) == []
