"""The shared glossary context: accepted phrases found by one automaton pass must decide
exactly as checking every accepted phrase around every match did."""

from __future__ import annotations

import random

from mtaudit.detectors.entities.context import EntityContext, accepted_phrase_spans
from mtaudit.glossary import Concept, Glossary
from mtaudit.text.document import Document


def _inside_by_every_phrase(text: str, glossary: Glossary, m) -> bool:
    """The definition: some accepted phrase stands in the text so that its first
    occurrence of the match's surface is the match (and it is longer than the surface)."""
    for phrase in glossary.accepted_phrases:
        at = phrase.find(m.surface)
        if at < 0 or len(phrase) == len(m.surface):
            continue
        start = m.start - at
        if start >= 0 and text.startswith(phrase, start):
            return True
    return False


GLOSSARY = Glossary(
    concepts=[Concept(id="odessa", canonical="Odesa", type="place", wrong=()),
              Concept(id="kyiv", canonical="Kyiv", type="place", variants=("Kiev",)),
              Concept(id="smith", canonical="John Smith", type="person", short="Smith")],
    accept=frozenset({"Odessa, Texas", "chicken Kiev", "Kiev Kiev Street", "Smith and Smith",
                      "the Smith and", "Kiev"}),
)


def test_accepted_phrase_spans_finds_overlapping_occurrences():
    text = "We ate chicken Kiev Kiev Street food. Smith and Smith and co."
    spans = accepted_phrase_spans(text, GLOSSARY)
    assert (text.index("chicken"), "chicken Kiev") in spans
    assert (text.index("Kiev Kiev"), "Kiev Kiev Street") in spans
    assert (text.index("Smith and Smith"), "Smith and Smith") in spans
    assert spans == sorted(spans)


def test_automaton_decides_like_every_phrase_checked():
    words = ["Kiev", "chicken", "Street", "Smith", "and", "the", "Odessa,", "Texas", "Odesa", "John"]
    rng = random.Random(7)
    checked = inside = 0
    for _ in range(600):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        doc = Document(text, "t")
        ec = EntityContext(doc, GLOSSARY)
        for m in ec.matches:
            assert ec._inside_accepted_phrase(m) == _inside_by_every_phrase(text, GLOSSARY, m), (text, m)
            checked += 1
            inside += ec._inside_accepted_phrase(m)
    assert checked > 500 and 10 < inside < checked
