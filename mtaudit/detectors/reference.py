"""Reference-aware checks (MT7xx): drifted quotes, and dates and numbers that contradict
the references given with --ref. Skipped, with a reason in the report, without --ref.

The mechanisms and their calibrated thresholds live in mtaudit.references.quote_drift and
mtaudit.references.date_number; this module turns their matches into findings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtaudit.rules.model import Example, rule
from mtaudit.references.thresholds import Thresholds
from mtaudit.core.types import Applicability, Confidence, Fix

if TYPE_CHECKING:  # numpy and the alignment code load only when --ref is given
    from mtaudit.references.date_number import Mismatch
    from mtaudit.references.quote_drift import Drift

_TWEET_ORIGINAL = ('He later wrote, "The fact that President Putin and I discussed a Cyber Security '
                   'unit doesn\'t mean I think it can happen. It can\'t."')
_MINISTER_ORIGINAL = ('The minister told reporters: "We will respond to any provocation with all '
                      'the means at our disposal."')

QUOTE_DRIFT = rule(
    "MT701", "quote-drift", "quote-drift",
    summary="a quote whose wording drifted from the original in the references",
    why="An English speaker quoted by a Russian outlet is translated into Russian and machine-translated "
        "back: the meaning survives, the words are ones the speaker never used. Publishing them as a "
        "quote misquotes the speaker; the reference holds the original wording.",
    confidence="likely",
    bad=[Example("“The fact that President Putin and I discussed a group on cyber security, does not "
                 "mean that I believe that it can happen,” trump wrote.", refs=(_TWEET_ORIGINAL,)),
         Example("“We will respond to any provocation with every means we have,” the minister said.",
                 refs=(_MINISTER_ORIGINAL,))],
    good=[Example("“We will respond to any provocation with all the means at our disposal,” he said.",
                  refs=(_MINISTER_ORIGINAL,)),
          Example("“We will respond … with all the means at our disposal,” he said.",
                  refs=(_MINISTER_ORIGINAL,)),
          Example("“The economy grew faster than anyone expected this year,” the minister said.",
                  refs=(_MINISTER_ORIGINAL,)),
          Example("“We are not ready to resume the negotiations with Kyiv,” the minister said.",
                  refs=("The minister said his country was not ready to resume the negotiations "
                        "with Kyiv.",))],
    applicability="unsafe", origin=__name__,
)

DATE_MISMATCH = rule(
    "MT702", "date-mismatch", "date-number",
    summary="a date, month or weekday that differs from the aligned reference sentence",
    why="Month names are easy to confuse in translation (Russian июня/июля) and dates get garbled; "
        "a sentence that reports the same event as a reference sentence should carry its date.",
    confidence="likely",
    bad=[Example("The agreement was signed on June 12 in Vienna, the ministry said.",
                 refs=("The agreement was signed on July 12 in Vienna, the ministry said.",)),
         Example("The vote in parliament took place on Tuesday, officials said.",
                 refs=("The vote in parliament took place on Thursday, officials said.",))],
    good=[Example("The agreement was signed on 12 June in Vienna, the ministry said.",
                  refs=("The agreement was signed on June 12th in Vienna, the ministry said.",)),
          Example("The summit opened on June 12 in Vienna.",
                  refs=("The finance minister resigned on July 3 after a corruption scandal.",))],
    applicability="unsafe", origin=__name__,
)

NUMBER_MISMATCH = rule(
    "MT703", "number-mismatch", "date-number",
    summary="a number, percentage or amount that differs from the aligned reference sentence",
    why="Numbers are facts: a figure that differs from the same sentence in a reference is a "
        "translation or transcription error until someone checks it.",
    confidence="likely",
    bad=[Example("The explosion killed 12 people in the city centre, police said.",
                 refs=("The explosion killed 15 people in the city centre, police said.",))],
    good=[Example("Turnout in the regional election was 45% in 2016.",
                  refs=("Turnout in the regional election was 45 percent in 2016.",)),
          Example("The explosion killed 12 people in the city centre, police said.",
                  refs=("The company said its profit rose 15 percent last year.",))],
    applicability="unsafe", origin=__name__,
)


class ReferenceDetector:
    name = "reference"
    rules = (QUOTE_DRIFT, DATE_MISMATCH, NUMBER_MISMATCH)
    needs = frozenset({"references"})

    def detect(self, doc, ctx):
        refs = ctx.references
        if refs is None:
            return
        from mtaudit.references.date_number import find_mismatches
        from mtaudit.references.quote_drift import find_drift

        t = Thresholds.from_settings(ctx.settings)
        for drift in find_drift(doc, refs, t.quote_meaning_min, t.quote_surface_max):
            yield _drift_finding(doc, drift, refs.uses_embeddings)
        for mismatch in find_mismatches(doc, refs, t.date_align_min, t.date_near_min):
            yield _mismatch_finding(doc, mismatch)


def _drift_finding(doc, drift: Drift, embedded: bool):
    meaning = f"meaning {drift.meaning:.2f}" if drift.meaning is not None else "meaning not measured (chrF only)"
    message = (f"quote differs from the original wording ({meaning}, surface chrF {drift.surface:.0f}); "
               f"original in {drift.unit.describe()}: “{drift.proposal}”")
    start, end, new = fitted_edit(doc.text, drift.span.start, drift.span.end, drift.proposal)
    fix = Fix.replace(start, end, new, Applicability.UNSAFE, "restore the original wording")
    return QUOTE_DRIFT.finding(doc, drift.span.start, drift.span.end, message, fix=fix,
                               confidence=None if embedded else Confidence.POSSIBLE,
                               evidence=(drift.unit.where,))


_TERMINAL = ".!?…"
_AFTER_PUNCT = ",.;:!?"


def fitted_edit(text: str, start: int, end: int, original: str) -> tuple[int, int, str]:
    """The edit that puts `original` over text[start:end] with one mark at the quote's edge.

    The quote's own punctuation after the span stays where the sentence needs it ("…,” he
    said"): an original's closing full stop gives way to the comma or stop already there
    (no “takes.,”). An original that ends in ! or ? keeps it and takes the place of a comma
    or stop after the span (“help!” he said, not “help!,”). A span that itself ends in a
    mark keeps the original's."""
    new = original.strip()
    after = text[end] if end < len(text) else ""
    if after and after in _AFTER_PUNCT and new and new[-1] in _TERMINAL:
        if new[-1] == "." and not new.endswith("..."):
            new = new[:-1]
        elif after in ",.":
            end += 1
    elif new and new[-1] in _TERMINAL and text[start:end].rstrip()[-1:] not in _TERMINAL \
            and after not in ('"', "”", "’", "'", "»", ""):
        new = new.rstrip(_TERMINAL)  # the span sits mid-sentence: no stop inside it
    return start, end, new


def _mismatch_finding(doc, m: Mismatch):
    rule_ = DATE_MISMATCH if m.kind == "date" else NUMBER_MISMATCH
    message = (f"{m.what} differs from the reference: “{m.ref_value}” in {m.unit.where} "
               f"(sentence similarity {m.similarity:.2f})")
    fix = None
    if m.edit is not None:
        fix = Fix((m.edit,), Applicability.UNSAFE, f"use the reference's {m.what}")
    return rule_.finding(doc, m.start, m.end, message, fix=fix, evidence=(m.unit.text,))


DETECTOR = ReferenceDetector()
