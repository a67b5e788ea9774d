"""CPU cost of the pronoun checks per MB, before and after issue 14, with and without the LM.

    python bench/pronoun_speed.py [--chars 200000]

On the synthetic benchmark text (bench/corpus.py, seed 0: recombined sentences of seeds/000
and seeds/004) this times, in CPU seconds per MB of text:

* before: the pronoun detectors of main before issue 14 (pronouns, pronouns_syntax);
* after, rule-only: those plus pronouns_antecedent, pronouns_impersonal, pronouns_agreement
  (MT319) and pronouns_your (MT3100) (no model);
* after, with the language model: plus pronouns_lm (MT316) and pronouns_thing_lm (MT3101),
  SmolLM2 on the candidate sentences, with the number of texts the model scored.

Model load times are excluded (a warm-up document loads the parser and the LM first).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import article  # noqa: E402

from mtaudit.audit.context import AuditContext, AuditSpec  # noqa: E402
from mtaudit.audit.engine import audit  # noqa: E402
from mtaudit.detectors import (pronouns, pronouns_agreement, pronouns_antecedent,  # noqa: E402
                               pronouns_impersonal, pronouns_lm, pronouns_syntax, pronouns_thing_lm,
                               pronouns_your)
from mtaudit.text.document import Document  # noqa: E402

BEFORE = (pronouns.DETECTOR, pronouns_syntax.DETECTOR)
RULES = BEFORE + (pronouns_antecedent.DETECTOR, pronouns_impersonal.DETECTOR,
                  pronouns_agreement.DETECTOR, pronouns_your.DETECTOR)
WITH_LM = RULES + (pronouns_lm.DETECTOR, pronouns_thing_lm.DETECTOR)
WARM = "Anna Petrova was detained in May. The court released it on bail. It said so."


class _Counting:
    def __init__(self, inner):
        self.inner, self.name, self.version, self.texts = inner, inner.name, inner.version, 0

    def logprobs(self, texts):
        self.texts += len(texts)
        return self.inner.logprobs(texts)


def _cpu(text, ctx, detectors):
    audit(Document(WARM, "warm"), ctx, detectors=detectors)
    doc = Document(text, "bench")
    t0 = time.process_time()
    n = len(audit(doc, ctx, detectors=detectors).findings)
    return time.process_time() - t0, n, len(doc.sentences)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=200_000)
    args = ap.parse_args()
    text = article(random.Random(0), args.chars)
    mb = len(text.encode("utf-8")) / 1e6
    for label, detectors, lm in (("before (MT311-315)", BEFORE, None), ("after, rule-only", RULES, None),
                                 ("after, with the LM", WITH_LM, "lm")):
        counting = None
        if lm:
            from mtaudit.models.lm import default_lm

            counting = _Counting(default_lm())
            ctx = AuditContext(lm=counting)
        else:
            ctx = AuditContext(AuditSpec(use_lm=False))
        cpu, n, sentences = _cpu(text, ctx, detectors)
        extra = f", {counting.texts} texts sent to the LM" if counting else ""
        print(f"{label:22} {cpu / mb:7.2f} CPU-s per MB ({cpu:.2f} CPU-s on {mb:.2f} MB, "
              f"{sentences} sentences), {n} findings{extra}")


if __name__ == "__main__":
    main()
