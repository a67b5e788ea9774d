"""The bundled glossary is consistent (mtaudit/glossary/consistency.py), and the checker catches
the problems it is for."""

from __future__ import annotations

from mtaudit.glossary.consistency import BREAKING, check
from mtaudit.glossary.loader import bundled_files, merge_bundled
from mtaudit.glossary.model import Concept, Glossary, WrongForm


def test_bundled_glossary_has_no_breaking_problem():
    problems = [p for p in check(merge_bundled(bundled_files())) if p.kind in BREAKING]
    assert problems == [], "\n".join(map(str, problems))


def test_checker_finds_a_wrong_form_that_is_another_concepts_name():
    g = Glossary([
        Concept("a-town", "Orlovka", "place", wrong=(WrongForm("Eagle Town"),)),
        Concept("b-bank", "Eagle Town", "organisation"),
        Concept("c", "Sokol", "place", variants=("Falcon",), wrong=(WrongForm("Falcon"),)),
        Concept("d", "Sokol", "place"),
    ])
    kinds = {(p.kind, p.form) for p in check(g)}
    assert ("wrong-is-accepted", "Eagle Town") in kinds
    assert ("accepted-and-wrong", "Falcon") in kinds
    assert ("duplicate-canonical", "Sokol") in kinds
