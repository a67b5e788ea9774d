"""`mtaudit eval`: score the audit (or any tool's findings) against gold spans."""

from __future__ import annotations

import json
import sys

import click

from mtaudit.audit.engine import audit
from mtaudit.core.errors import UserError
from mtaudit.metrics.gold import GoldItem, Pred, format_text, score
from mtaudit.core.io import expand_paths, read_json_lines
from mtaudit.text.document import read_document
from mtaudit.commands.options import audit_options, make_context, make_selection

_GOLD_KEYS = ("doc", "start", "end", "text", "category", "confidence")


def load_gold(path: str) -> list[GoldItem]:
    items = []
    for lineno, obj in read_json_lines(path):
        missing = [k for k in _GOLD_KEYS if k not in obj]
        if missing:
            raise UserError(f"gold record lacks {', '.join(missing)}", path, lineno)
        if not all(isinstance(obj[k], int) and not isinstance(obj[k], bool) and obj[k] >= 0
                   for k in ("start", "end")) or obj["start"] > obj["end"]:
            raise UserError("gold start and end must be offsets (integers, start <= end)", path, lineno)
        bad = [k for k in ("doc", "text", "category", "confidence") if not isinstance(obj[k], str)]
        if bad or not isinstance(obj.get("correction", ""), (str, type(None))):
            raise UserError(f"gold {', '.join(bad) or 'correction'} must be a string", path, lineno)
        items.append(GoldItem(obj["doc"], obj["start"], obj["end"], obj["text"], obj["category"],
                              obj.get("correction"), obj["confidence"]))
    return items


def load_preds(path: str) -> list[Pred]:
    preds = []
    for lineno, obj in read_json_lines(path):
        try:
            pred = Pred(obj["doc"], int(obj["start"]), int(obj["end"]), obj.get("category", ""),
                        obj.get("correction"))
        except (KeyError, TypeError, ValueError, OverflowError):
            raise UserError("finding needs doc, start and end", path, lineno) from None
        if not isinstance(pred.doc, str) or pred.start < 0 or pred.end < pred.start:
            raise UserError("finding needs a doc id and offsets with 0 <= start <= end", path, lineno)
        preds.append(pred)
    return preds


@click.command("eval")
@click.option("--docs", "docs_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Directory of the documents (*.txt) the gold annotates; those without gold are negatives.")
@click.option("--gold", required=True, type=click.Path(dir_okay=False), help="Gold JSONL.")
@click.option("--pred", type=click.Path(dir_okay=False), help="Score this findings JSONL instead of running the audit.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@audit_options
def eval_cmd(docs_dir, gold, pred, fmt, glossaries, no_bundled_glossary, refs, select, ignore, encoding, max_bytes):
    """Score findings against gold: precision, recall, F1, per category, fix accuracy, false alarms."""
    gold_items = load_gold(gold)
    docs = []
    for item in expand_paths([docs_dir]):
        if isinstance(item, UserError):
            raise item
        docs.append(read_document(item, encoding=encoding, max_bytes=max_bytes))
    if pred:
        preds = load_preds(pred)
    else:
        ctx = make_context(glossaries, no_bundled_glossary, refs)
        selection = make_selection(select, ignore)
        preds = [Pred(f.doc, f.start, f.end, f.category, f.correction)
                 for d in docs for f in audit(d, ctx, selection).findings]
    s = score(gold_items, preds, {d.doc_id: d.text for d in docs}, {d.doc_id: d.word_count for d in docs})
    if fmt == "json":
        sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(s))
