"""order25: a pronoun right after an opening preposition is its object ("In it took part 64 teams":
MT2517, the parser's "in" as a subordinator and "it" as the subject set aside), and MT2507 leaves a
verb the tagger read as a noun after its subject ("In total the restoration cost …")."""

from __future__ import annotations

import pytest

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def _found(text, *codes):
    return [(f.code, f.text) for f in audit(Document(text, doc_id="t"), AuditContext(),
                                            Selection(select=codes)).findings]


@pytest.mark.parametrize("text, span", [
    ("The cup was held in May. In it took part 40 teams from six regions.", "In it took part 40 teams"),
    ("In it participated 90 pupils of the district schools.", "In it participated 90 pupils of the district schools"),
    ("In him were mounted three new turbines.", "In him were mounted three new turbines"),
    ("With it were renovated the halls of two libraries.", "With it were renovated the halls of two libraries"),
])
def test_pronoun_after_opening_preposition(text, span):
    assert ("MT2517", span) in _found(text, "MT2517")


@pytest.mark.parametrize("text", [
    "After it opened the museum drew 3,000 visitors.",   # "after" opens a clause
    "Since it reopened the library has lent 5,000 books.",
    "In it we found two old coins and a ring.",          # a subject after the phrase
    "With it comes a new duty for the council.",         # English inversion, a verb of motion
    "In it lay a letter from his mother.",
    "With that said, the council voted for the plan.",   # quotative "said" is no order finding
])
def test_pronoun_after_opening_preposition_quiet(text):
    assert "MT2517" not in [c for c, _ in _found(text, "MT2517")]


@pytest.mark.parametrize("text", [
    "In total the restoration cost 1,45 million roubles.",
    "In all the new roof cost the parish 900,000 roubles.",
])
def test_verb_read_as_noun_after_subject_quiet(text):
    assert "MT2507" not in [c for c, _ in _found(text, "MT2507")]


def test_verbless_still_found():
    text = "On the bridge work two cranes which lift the beams."
    assert "MT2507" in [c for c, _ in _found(text, "MT2507")]


@pytest.mark.parametrize("text, found", [
    ("At that moment on the road was driving a lorry with sand.", True),   # двигался: Russian order
    ("In the corner was sitting an old man with a newspaper.", False),     # English inversion, one place
    ("At the time the company was building a new plant.", False),          # a subject before the verb
])
def test_progressive_after_adverbials(text, found):
    assert ("MT2517" in [c for c, _ in _found(text, "MT2517")]) is found
