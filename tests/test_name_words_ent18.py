"""Names translated by meaning (MT111) and brands and names through Russian (MT113, MT114): the
composed transliteration, the new slots and the quiet cases."""

from mtaudit.detectors.entities import apposition_names
from mtaudit.detectors.entities.name_words import transliteration


def test_transliteration_agrees_with_the_noun():
    assert transliteration("Clean Meadow") == "Chisty Lug"
    assert transliteration("Golden Valley") == "Zolotaya Dolina"
    assert transliteration("Sea Wave") == "Morskaya Volna"
    assert transliteration("Northern Kingdom") == "Severnoye Tsarstvo"
    assert transliteration("Upper Pines") == "Verkhniye Sosny"
    assert transliteration("Spark") == "Iskra"


def test_transliteration_unknown_or_unmodelled():
    assert transliteration("Quantum Leap") is None
    assert transliteration("Kind Heart Bank Loan Group") is None


def _names(text):
    return [c[2] for c in apposition_names.candidates(text)]


def test_new_slots():
    assert _names("The owner of the chain of pharmacies Green Cross said.") == ["Green Cross"]
    assert _names("The plant, known as Spark, stopped.") == ["Spark"]
    assert _names("Visitors came to the Blue Wave oceanarium on Sunday.") == ["Blue Wave"]
    assert _names('The vegetable store "Golden autumn" opened.') == ["Golden autumn"]
    assert _names('The director of "Golden autumn" Ivan Sokolov said.') == ["Golden autumn"]


def test_quiet_slots():
    assert _names("The former Soviet sanatorium reopened.") == []
    assert _names("The chain of bakeries raised prices.") == []
    assert _names('The coach of "Rotor" resigned.') == []
    assert _names("The plant, known as a major employer, stopped.") == []
