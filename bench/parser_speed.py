"""Default-audit speed with and without the syntax checks (the spaCy parser), on the 1 MB document.

    python bench/parser_speed.py [--chars 1000000]

Prints MB per CPU-second for the whole default audit run twice on the same synthetic document
(bench/corpus.py, seed 0): once with no parser (`AuditContext(AuditSpec(use_lm=False), parser=False)`: the syntax
detectors are skipped, as without spaCy) and once with the shipped model, plus how many
sentences the parser was asked about. The model's load time is measured apart (first parse).
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
from mtaudit.text.document import Document  # noqa: E402
from mtaudit.audit.engine import audit  # noqa: E402
from mtaudit.text.views import PARSES  # noqa: E402


def _run(text: str, ctx: AuditContext) -> tuple[float, Document, int]:
    doc = Document(text, "bench")
    t0 = time.process_time()
    findings = audit(doc, ctx).findings
    return time.process_time() - t0, doc, len(findings)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    args = ap.parse_args()
    text = article(random.Random(0), args.chars)
    mb = len(text.encode("utf-8")) / 1e6

    without = AuditContext(AuditSpec(use_lm=False), parser=False)  # no LM in either pass: the parser alone
    audit(Document("Warm-up text. It said so.", "w"), without)  # glossary and lexicons load here
    cpu0, _, n0 = _run(text, without)

    from mtaudit.models.parser import default_parser

    parser = default_parser()
    if parser is None:
        print("spaCy is not installed: nothing to compare")
        return
    t0 = time.process_time()
    parser.parse(Document("The model loads here."), Document("The model loads here.").sentences[0])
    load = time.process_time() - t0
    with_parser = AuditContext(AuditSpec(use_lm=False), parser=parser)
    audit(Document("Warm-up text. It said so.", "w"), with_parser)
    cpu1, doc, n1 = _run(text, with_parser)
    parsed = len(doc.views.peek(PARSES, default={}))
    print(f"document: {mb:.2f} MB, {len(doc.sentences)} sentences")
    print(f"without parser: {cpu0:.2f} CPU-s, {mb / cpu0:.3f} MB per CPU-second, {n0} findings")
    print(f"with parser:    {cpu1:.2f} CPU-s, {mb / cpu1:.3f} MB per CPU-second, {n1} findings, "
          f"{parsed} sentences parsed ({parsed / max(len(doc.sentences), 1):.1%})")
    print(f"model load (once per process): {load:.2f} CPU-s")


if __name__ == "__main__":
    main()
