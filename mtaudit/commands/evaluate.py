"""`mtaudit eval`: score the audit (or any tool's findings) against gold spans."""

from __future__ import annotations

import json
import sys

import click

from mtaudit.audit.context import AuditContext
from mtaudit.audit.engine import audit
from mtaudit.metrics.gold import Pred, format_text, load_gold, load_preds, score
from mtaudit.runners.inputs import read_inputs
from mtaudit.commands.options import audit_options


@click.command("eval")
@click.option("--docs", "docs_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Directory of the documents (*.txt) the gold annotates; those without gold are negatives.")
@click.option("--gold", required=True, type=click.Path(dir_okay=False), help="Gold JSONL.")
@click.option("--pred", type=click.Path(dir_okay=False), help="Score this findings JSONL instead of running the audit.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@audit_options
def eval_cmd(docs_dir, gold, pred, fmt, spec, encoding, max_bytes):
    """Score findings against gold: precision, recall, F1, per category, fix accuracy, false alarms."""
    gold_items = load_gold(gold)
    docs = [item.doc for item in read_inputs([docs_dir], encoding, max_bytes, recursive=False)]
    if pred:
        preds = load_preds(pred)
    else:
        ctx = AuditContext(spec)
        selection = ctx.selection
        preds = [Pred(f.doc, f.start, f.end, f.category, f.correction)
                 for d in docs for f in audit(d, ctx, selection).findings]
    s = score(gold_items, preds, {d.doc_id: d.text for d in docs}, {d.doc_id: d.word_count for d in docs})
    if fmt == "json":
        sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(s))
