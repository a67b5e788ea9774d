"""Quote extraction: marks, nesting, line breaks, unbalanced quotes, and speaker attribution."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mtaudit.text.quotes import QUOTE_TRAILING, extract_quotes


def _inner(text):
    return [q.text(text) for q in extract_quotes(text)]


def _speaker(text, inner):
    q = next(q for q in extract_quotes(text) if q.text(text) == inner)
    return text[q.speaker.start:q.speaker.end] if q.speaker else None


def test_curly_straight_and_guillemet_quotes():
    text = '“One thing,” he said. "Another thing," she said. «Третье», — сказал он.'
    assert _inner(text) == ["One thing,", "Another thing,", "Третье"]


def test_nested_straight_single_quote_inside_double():
    text = "\"He told me 'never again' twice,\" she said."
    quotes = extract_quotes(text)
    inner = {q.text(text): q.depth for q in quotes}
    assert inner == {"He told me 'never again' twice,": 0, "never again": 1}


def test_apostrophes_inside_a_single_quoted_passage_stay_apostrophes():
    text = "Officials called it 'the leaders' plan' on Friday, and Russia's envoy didn't object."
    assert _inner(text) == ["the leaders' plan"]


def test_quote_spanning_a_line_break_stays_one_quote():
    text = "“We discussed it at length\nand we will continue,” he said."
    assert _inner(text) == ["We discussed it at length\nand we will continue,"]


def test_unbalanced_opener_closes_at_paragraph_end_and_stray_closer_is_ignored():
    text = "He said ” nothing. She said “this never ends\n\n“Next,” he said."
    assert _inner(text) == ["this never ends", "Next,"]


def test_lone_straight_single_mark_is_not_a_quote():
    assert _inner("The '90s were hard, he said.") == []


def test_speaker_after_the_quote_verb_first_and_speaker_first():
    text = "“I’m not a politician,” said Rogers, responding to a question. “It can wait,” he wrote."
    assert _speaker(text, "I’m not a politician,") == "Rogers"
    assert _speaker(text, "It can wait,") == "he"


def test_speaker_after_russian_style_dash_with_a_noun_phrase():
    text = "“Now is not the time”, — concluded the head of the NSA."
    q = extract_quotes(text)[0]
    assert text[q.speaker.start:q.speaker.end] == "the head of the NSA"
    assert text[q.cue.start:q.cue.end] == "concluded the head of the NSA"


def test_speaker_before_the_quote():
    text = "On July 9th, President Trump tweeted, “Putin & I discussed it.” Trump later said: “No.”"
    assert _speaker(text, "Putin & I discussed it.") == "President Trump"
    assert _speaker(text, "No.") == "Trump"


def test_lowercase_name_before_a_speech_verb_is_a_speaker():
    text = "“It can happen,” trump wrote on his Twitter page."
    assert _speaker(text, "It can happen,") == "trump"


def test_quote_without_attribution_has_no_speaker():
    text = "The proposal was met with “disbelief” in Congress."
    q = extract_quotes(text)[0]
    assert q.speaker is None and q.cue is None


def test_trimmed_span_drops_trailing_comma_and_spaces():
    text = "“We will respond, ” he said."
    q = extract_quotes(text)[0]
    span = q.inner.trimmed(text, QUOTE_TRAILING)
    assert text[span.start:span.end] == "We will respond"


@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”‘’«»—said he")), max_size=120))
def test_quotes_and_speakers_stay_in_bounds(text):
    for q in extract_quotes(text):
        for span in (q.outer, q.inner, q.speaker, q.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
        assert q.outer.start <= q.inner.start <= q.inner.end <= q.outer.end
