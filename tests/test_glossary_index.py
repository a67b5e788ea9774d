"""Matching: one automaton, word boundaries, case-insensitive with exact offsets on any Unicode."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtaudit.text.document import Document
from mtaudit.glossary import Concept, Glossary, fold_keeping_offsets, load_glossary, matches

from conftest import FIXTURES

MINI = load_glossary((FIXTURES / "glossary" / "mini.yaml",), bundled=False)


def found(text: str, glossary: Glossary = MINI):
    return [(m.surface, m.concept.id, m.kind) for m in glossary.index.find(text)]


def test_fold_keeps_length_for_dotted_capital_i_sharp_s_and_astral_chars():
    for text in ("İstanbul", "STRAẞE straße", "😀 Ivan 𝒜 ÀÉÎ", "ǅ ﬁ ΣΑΣ"):
        assert len(fold_keeping_offsets(text)) == len(text)
    assert fold_keeping_offsets("İSTANBUL") == "istanbul"


def test_offsets_are_exact_after_length_changing_characters():
    text = "😀İİ 𝒜 ẞ: İstanbul, then ISTANBUL; ivan kotov 🎉 met Ivan Kotov."
    ms = MINI.index.find(text)
    assert [m.surface for m in ms] == ["İstanbul", "ISTANBUL", "ivan kotov", "Ivan Kotov"]
    for m in ms:
        assert text[m.start:m.end] == m.surface
    assert [m.exact for m in ms] == [True, False, False, True]


def test_sharp_s_forms_match_case_insensitively_without_shifting():
    g = Glossary([Concept(id="strauss", canonical="Johann Strauß", type="person", short="Strauß")])
    text = "𝄞 JOHANN STRAUß and johann strauß; Strauß."
    assert [m.surface for m in g.index.find(text)] == ["JOHANN STRAUß", "johann strauß", "Strauß"]


def test_word_boundaries():
    assert found("Kotovsky and Kotovs are other names; xKotov too.") == []
    assert found("Kotov's office, (Kotov), Kotov-led, KOTOV.") == [("Kotov", "ivan-kotov", "short")] * 3 + \
        [("KOTOV", "ivan-kotov", "short")]


def test_leftmost_longest_and_line_breaks_inside_names():
    assert found("Ivan Kotov spoke") == [("Ivan Kotov", "ivan-kotov", "canonical")]
    assert found("Ivan\nKotov spoke") == [("Ivan\nKotov", "ivan-kotov", "canonical")]
    assert found("Ivan I. Kotov spoke") == [("Ivan I. Kotov", "ivan-kotov", "variant")]


def test_every_kind_is_reported():
    text = "Котов, Kotoff, cats, Kotova, CEC, Central Electoral Committee"
    kinds = {s: k for s, _, k in found(text)}
    assert kinds == {"Котов": "ru", "Kotoff": "translit", "cats": "wrong", "Kotova": "inflected",
                     "CEC": "short", "Central Electoral Committee": "wrong"}


def test_cased_wrong_forms_need_their_capitals():
    assert found("It ran in NEWS.") == [("NEWS", "izvestia", "wrong")]
    assert found("It was in the news.") == []


def test_inflected_forms_skip_english_words_and_known_forms():
    g = Glossary([Concept(id="a", canonical="Anna Bush", type="person", short="Bush"),
                  Concept(id="b", canonical="Bob Petrov", type="person", short="Petrov"),
                  Concept(id="c", canonical="Olga Petrova", type="person", short="Petrova")])
    forms = {m.surface: m.concept.id for m in g.index.find("Busha Bushe Petrova Petrovym Petrovoy")}
    assert "Petrovym" in forms and forms["Petrova"] == "c"
    assert "Petrovoy" in forms
    kinds = {m.surface: m.kind for m in g.index.find("Petrova")}
    assert kinds == {"Petrova": "short"}  # never an inflected form of Petrov


def test_one_span_of_several_concepts_yields_one_match_each():
    g = Glossary([Concept(id="a", canonical="Alexei Ivanov", type="person", short="Ivanov"),
                  Concept(id="b", canonical="Sergei Ivanov", type="person", short="Ivanov")])
    ms = g.index.find("Ivanov said")
    assert {m.concept.id for m in ms} == {"a", "b"} and {(m.start, m.end) for m in ms} == {(0, 6)}


def test_matches_are_memoised_on_the_document():
    doc = Document("Ivan Kotov met reporters.")
    first = matches(doc, MINI)
    assert doc.cache["glossary_matches"] is first
    assert matches(doc, MINI) is first
    other = load_glossary((), bundled=True)
    assert matches(doc, other) is not first  # another glossary, another result


def test_empty_glossary_matches_nothing():
    assert Glossary([]).index.find("Anything at all") == []


NAMES = st.sampled_from(["Ivan Kotov", "Kotov", "İstanbul", "Istanbul", "CEC", "cats", "Kotoff", "Котов"])
NOISE = st.text(alphabet=st.sampled_from(list(" ,.\n😀İßẞ𝒜xyzабв'’-")), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(NOISE, NAMES), max_size=8), NOISE)
def test_every_match_is_an_exact_slice_at_word_boundaries(parts, tail):
    text = "".join(a + b for a, b in parts) + tail
    for m in MINI.index.find(text):
        assert text[m.start:m.end] == m.surface
        assert fold_keeping_offsets(m.surface) == fold_keeping_offsets(m.form)
        assert m.start == 0 or not text[m.start - 1].isalnum() or not text[m.start].isalnum()
        assert m.end == len(text) or not text[m.end].isalnum() or not text[m.end - 1].isalnum()
