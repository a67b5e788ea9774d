"""Quote drift embeds a document's comparison windows in one batch, with the same results."""

from __future__ import annotations

from test_references import FakeEmbedder, _ctx

from mtaudit.text.document import Document
from mtaudit.references.quote_drift import find_drift

LONG_ORIGINAL = ("Putin & I discussed forming an impenetrable Cyber Security unit so that election "
                 "hacking, & many other negative things, will be guarded and safe.")
PART = "Putin & I discussed forming an impenetrable Cyber Security unit"
QUOTES = ("We Putin discussed the issue of creating an impenetrable unit of cyber security",
          "Putin and me talked about making an impenetrable cyber security unit")


def _drifts_and_calls(quotes):
    fake = FakeEmbedder({LONG_ORIGINAL: "Q", PART: "P"}, {q: {"Q": 0.56, "P": 0.82} for q in quotes})
    refs = _ctx((f"Trump tweeted, “{LONG_ORIGINAL}”",), fake).references
    doc = Document(" ".join(f"“{q},” he wrote." for q in quotes))
    before = fake.calls
    drifts = find_drift(doc, refs)
    return drifts, fake.calls - before


def test_windows_of_every_quote_are_embedded_in_one_call():
    drifts, calls = _drifts_and_calls(QUOTES)
    assert [d.proposal for d in drifts] == [PART, PART]
    assert calls == 2  # the quotes themselves, then all their windows (was 1 + one per quote)


def test_each_quote_finds_what_it_finds_alone():
    together, _ = _drifts_and_calls(QUOTES)
    alone = [_drifts_and_calls([q])[0][0] for q in QUOTES]
    assert [(d.meaning, d.surface, d.proposal) for d in together] == \
        [(d.meaning, d.surface, d.proposal) for d in alone]
