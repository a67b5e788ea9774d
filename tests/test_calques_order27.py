"""Russian order of session 27 (order27): the object first with the doer after the verb's own
phrase (MT2509: the parser hangs the doer on the phrase), an act or an unclassed noun first with a
verb only a person does and a named doer last (MT2510), a counted time phrase before a modal verb
and its postposed subject (MT2517), and the verb's complement phrase first (MT2518: "On the repair
of the roof the school spent 3 million roubles")."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.detectors import (calques_adverbial_order, calques_fronted_complement, calques_inverted_subject,
                               calques_object_first)
from mtaudit.models import parser as parser_mod
from mtaudit.text.document import Document

needs_parser = pytest.mark.skipif(not parser_mod.available(), reason="needs the parse extra")


def _found(text, detector):
    return [(f.code, f.text, f.correction if f.fix else None)
            for f in audit(Document(text, doc_id="t"), AuditContext(), detectors=(detector,)).findings]


@needs_parser
@pytest.mark.parametrize("text, span", [
    # the object first, the verb, its phrase, the doer last (гол забил на последней минуте нападающий)
    ("The only goal of the match scored in the second half the young defender Oleg Sidorov.",
     "The only goal of the match scored in the second half the young defender Oleg Sidorov"),
    ("The winning try scored in the final minute the Welsh winger.",
     "The winning try scored in the final minute the Welsh winger"),
    # a prize as the object, a place phrase, a title and a name
    ("The main prize of the festival received in Moscow the young director Ivan Orlov.",
     "The main prize of the festival received in Moscow the young director Ivan Orlov"),
    # an act as the object, a relative clause on the doer after a comma
    ("The record of the republic set at the cup in Kazan the swimmer Anna Belova, who is 16.",
     "The record of the republic set at the cup in Kazan the swimmer Anna Belova"),
])
def test_object_verb_phrase_doer(text, span):
    found = _found(text, calques_object_first.DETECTOR)
    assert [(c, t) for c, t, _ in found] == [("MT2509", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The goal scored in the last minute by the forward Timur Akhmedov decided the match.",
    "The team scored in the second half the equaliser.",
    "The president arrived in Moscow the day after the vote.",
    "The goal was scored in the last minute by the young forward.",
    "The man detained in the evening the police questioned for hours.",
])
def test_object_verb_phrase_doer_spared(text):
    assert [c for c, _, _ in _found(text, calques_object_first.DETECTOR) if c == "MT2509"] == []


@needs_parser
@pytest.mark.parametrize("text, span, new", [
    ("On the new playground the district spent more than 800 thousand roubles.",
     "On the new playground the district spent more than 800 thousand roubles",
     "The district spent more than 800 thousand roubles on the new playground"),
    ("For the reconstruction of the bridge the regional budget allocated 120 million roubles.",
     "For the reconstruction of the bridge the regional budget allocated 120 million roubles",
     "The regional budget allocated 120 million roubles for the reconstruction of the bridge"),
    ("To the village library the publisher donated four hundred books.",
     "To the village library the publisher donated four hundred books",
     "The publisher donated four hundred books to the village library"),
    # a clause after a comma: the span and the fix stop at the object
    ("On the concert the town spent 2 million roubles, the rest came from sponsors.",
     "On the concert the town spent 2 million roubles",
     "The town spent 2 million roubles on the concert"),
])
def test_fronted_complement(text, span, new):
    assert _found(text, calques_fronted_complement.DETECTOR) == [("MT2518", span, new)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The school spent 3 million roubles on the repair of the roof.",
    "For the reconstruction of the stadium, the region allocated 120 million roubles.",
    "For the first time the city spent 3 million roubles on fireworks.",
    "On Monday the council spent two hours on the budget.",
    "For the year the company earned 40 million dollars.",
    "On average the households spent 300 roubles a week.",
    "To date the fund has raised 2 million roubles.",
    "For his efforts the volunteer received a medal and 5,000 roubles.",
    "For the residents the city allocated 3 million roubles.",
    "To the north the army built a new line of trenches.",
    "For the cup the organisers bought a new table from a Japanese maker.",
])
def test_fronted_complement_spared(text):
    assert _found(text, calques_fronted_complement.DETECTOR) == []


@needs_parser
@pytest.mark.parametrize("text, span", [
    # a noun WordNet gives no class ("goal"), a verb only a person does, a title and a name
    ("The decisive goal scored the young forward Timur Akhmedov.", "scored the young forward Timur Akhmedov"),
    ("The only goal of the match scored the defender of the guests Oleg Sidorov.",
     "scored the defender of the guests Oleg Sidorov"),
    # an act, a verb of a person, plural doers with their of-phrase; a share of doers
    ("The new programme approved the deputies of the city duma.", "approved the deputies of the city duma"),
    ("The new law adopted most of the deputies of the regional duma.",
     "adopted most of the deputies of the regional duma"),
])
def test_agent_verb_object_first(text, span):
    found = _found(text, calques_inverted_subject.DETECTOR)
    assert [(c, t) for c, t, _ in found] == [("MT2510", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The verdict acquitted the police officer.",   # a ruling acts in English; one doer, no name
    "The decree appointed the new minister Ivan Petrov.",
    "This decision supported the majority of the deputies.",  # support: a thing may support people
    "The goal delighted the fans.",                # a feeling: a thing does it to people
    "The investigation identified the suspects.",
])
def test_agent_verb_object_first_spared(text):
    assert [c for c, _, _ in _found(text, calques_inverted_subject.DETECTOR) if c == "MT2510"] == []


@needs_parser
@pytest.mark.parametrize("text, span", [
    ("Eight nights in a row will go here the new production of the director.",
     "Eight nights in a row will go here the new production of the director"),
    ("All summer will play here the touring troupe from Omsk.", "All summer will play here the touring troupe"),
    ("Three evenings in a row will perform in the philharmonic the orchestra of the city.",
     "Three evenings in a row will perform in the philharmonic the orchestra of the city"),
])
def test_counted_time_before_modal(text, span):
    found = _found(text, calques_adverbial_order.DETECTOR)
    assert [(c, t) for c, t, _ in found] == [("MT2517", span)]


@needs_parser
@pytest.mark.parametrize("text", [
    "Every day will bring new challenges.",
    "Two weeks will give the builders the time they need.",
    "Five days will decide the fate of the team.",
    "Two days will be enough for the repairs.",
    "All summer the troupe will play here.",
    "Three years have passed since the fire.",
])
def test_counted_time_before_modal_spared(text):
    assert _found(text, calques_adverbial_order.DETECTOR) == []


@needs_parser
@pytest.mark.parametrize("text, span, new", [
    # "in" and a bare word before the object is a phrase (возместил в полном объёме ущерб)
    ("After the trial the driver repaid in full the damage.", "repaid in full the damage", "repaid the damage in full"),
    ("The tenant paid in advance the rent for the flat.", "paid in advance the rent", "paid the rent in advance"),
])
def test_bare_phrase_before_object(text, span, new):
    from mtaudit.detectors import calques_object_after_phrase
    assert _found(text, calques_object_after_phrase.DETECTOR) == [("MT2516", span, new)]


@needs_parser
@pytest.mark.parametrize("text", [
    "The band brought in the new year with a concert.",
    "He filled in the form and handed in his notice.",
    "The debt was repaid in full the next month.",
])
def test_bare_phrase_before_object_spared(text):
    from mtaudit.detectors import calques_object_after_phrase
    assert _found(text, calques_object_after_phrase.DETECTOR) == []
