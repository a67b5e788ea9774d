from hypothesis import given, strategies as st

from mtaudit.text.document import Document
from mtaudit.text.quotes import extract_quotes


def test_views_are_spans_into_the_exact_text(seed_mt):
    doc = seed_mt
    assert doc.paragraphs and doc.sentences and doc.tokens
    for span in doc.paragraphs + doc.sentences + doc.tokens:
        piece = doc.text[span.start:span.end]
        assert piece and piece == piece.strip()


def test_sentences_split_at_full_stops_but_not_abbreviations():
    doc = Document("Mr. Smith met Gen. Gerasimov in the U.S. capital. They talked. Then “Yes!” he said.")
    texts = [doc.slice(s) for s in doc.sentences]
    assert texts[0] == "Mr. Smith met Gen. Gerasimov in the U.S. capital."
    assert texts[1] == "They talked."


def test_initials_run_together_do_not_end_a_sentence():
    doc = Document("The theatre named after F.M. Dostoevsky staged a play. The museum of A.S. Pushkin "
                   "reopened. It was closed for a year.")
    texts = [doc.slice(s) for s in doc.sentences]
    assert texts == ["The theatre named after F.M. Dostoevsky staged a play.",
                     "The museum of A.S. Pushkin reopened.", "It was closed for a year."]


def test_headline_line_is_its_own_sentence():
    doc = Document("A headline without a stop\nThe body starts here. It goes on.")
    assert doc.slice(doc.sentences[0]) == "A headline without a stop"


def test_paragraphs_keep_crlf_offsets():
    text = "First para.\r\n\r\nSecond para.\r\nStill second."
    doc = Document(text)
    assert [doc.slice(p) for p in doc.paragraphs] == ["First para.", "Second para.\r\nStill second."]
    assert doc.line_col(text.index("Second")) == (3, 1)


def test_line_col_counts_code_points():
    doc = Document("ab\n😀x")
    assert doc.line_col(4) == (2, 2)


def test_quotes_curly_straight_guillemets_and_nested():
    text = '“I said ‘no’ twice,” he wrote. She said "fine". «Да», ответил он.'
    quotes = extract_quotes(text)
    inner = [text[q.inner.start:q.inner.end] for q in quotes]
    assert "I said ‘no’ twice," in inner
    assert "no" in inner
    assert "fine" in inner
    assert "Да" in inner
    nested = next(q for q in quotes if text[q.inner.start:q.inner.end] == "no")
    assert nested.depth == 1


def test_apostrophes_are_not_quotes():
    text = "Russia’s leaders don’t agree, the leaders’ aides said."
    assert extract_quotes(text) == []


def test_unbalanced_quote_closes_at_paragraph_end():
    text = "He said “this never ends\n\nNext paragraph."
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].inner.start:quotes[0].inner.end] == "this never ends"


@given(st.text(max_size=300))
def test_views_never_fail_and_stay_in_bounds(text):
    doc = Document(text)
    for span in doc.paragraphs + doc.sentences + doc.tokens + [q.outer for q in doc.quotes]:
        assert 0 <= span.start <= span.end <= len(text)


def test_paragraph_and_sentence_lookups_agree_with_a_scan():
    doc = Document("Title line\n\nFirst one. Second one here.\n\nThird para. Fourth? Fifth.")
    for offset in range(len(doc.text) + 1):
        scan = next((p for p in doc.paragraphs if p.start <= offset < p.end), None)
        assert doc.paragraph_at(offset) == scan
    for start in range(0, len(doc.text) + 1, 3):
        for end in range(start, len(doc.text) + 1, 2):
            scan = [s for s in doc.sentences if start <= s.start and s.end <= end][-1:]
            assert doc.last_sentence_within(start, end) == (scan[0] if scan else None)


def test_paragraph_before_is_the_one_right_before():
    doc = Document("One.\n\nTwo. Three.\n\nFour.")
    first, second, third = doc.paragraphs
    assert doc.paragraph_before(third) == second and doc.paragraph_before(second) == first
    assert doc.paragraph_before(first) is None
