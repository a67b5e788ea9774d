"""`mtaudit rules` lists every rule; `mtaudit rule CODE` explains one."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from mtaudit.core.categories import CATEGORIES
from mtaudit.core.errors import UserError
from mtaudit.rules.model import opt_in_codes
from mtaudit.rules.redirects import aliases, redirects
from mtaudit.rules.registry import find_rule, load_user_rules, rules_with
from mtaudit.commands.options import rules_option


def rule_to_dict(r) -> dict:
    cat = CATEGORIES[r.category]
    return {
        "code": r.code, "name": r.name, "category": r.category, "summary": r.summary, "why": r.why,
        "confidence": r.confidence.value, "severity": r.effective_severity.value,
        "fix_applicability": r.applicability.value if r.applicability else None,
        "its_type": cat.its_type, "mqm": cat.mqm, "origin": r.origin,
        "bad": [e.text for e in r.bad], "good": [e.text for e in r.good],
    }


@click.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--category", help="Only rules of this category.")
@rules_option
def rules_cmd(fmt, category, rule_files):
    """List every rule: code, name, category, confidence and summary (with --rules, the user's too)."""
    rules = [r for r in rules_with(load_user_rules(rule_files)).values() if not category or r.category == category]
    if category and category not in CATEGORIES:
        raise UserError(f"unknown category {category!r}; known: {', '.join(CATEGORIES)}")
    if fmt == "json":
        sys.stdout.write(json.dumps([rule_to_dict(r) for r in rules], ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(show_lines=False)
    for col in ("code", "name", "category", "confidence", "fix", "summary"):
        table.add_column(col, overflow="fold")
    for r in rules:
        table.add_row(r.code, r.name, r.category, r.confidence.value,
                      r.applicability.value if r.applicability else "-", r.summary)
    Console().print(table)
    Console().print(f"{len(rules)} rules")


@click.command("rule")
@click.argument("code")
@rules_option
def rule_cmd(code, rule_files):
    """Explain one rule (by code or name): why it exists, its examples, its fix (--rules: a user rule)."""
    r = find_rule(code, load_user_rules(rule_files))
    if r is None:
        raise UserError(f"no rule {code!r}; `mtaudit rules` lists them")
    d = rule_to_dict(r)
    out = Console(highlight=False)
    if code.strip().upper() != r.code and code.strip().upper() in redirects():
        out.print(f"{code.strip().upper()} is retired: its work is done by {r.code} "
                  "(--select, --ignore and configuration files map it there)", markup=False)
    out.print(f"[bold]{r.code} {r.name}[/] — {r.summary}", markup=True)
    out.print(f"category: {r.category} (ITS {d['its_type']}; MQM {d['mqm']})", markup=False)
    out.print(f"confidence: {d['confidence']}   severity: {d['severity']}   fix: {d['fix_applicability'] or 'none'}",
              markup=False)
    out.print(f"defined in: {r.origin}", markup=False)
    if r.code in opt_in_codes():
        out.print(f"opt-in: runs only with --select {r.code} (mtaudit/data/opt_in_rules.tsv says why)", markup=False)
    if aliases(r.code):
        out.print(f"replaces: {', '.join(aliases(r.code))}", markup=False)
    out.print(f"\nwhy: {r.why}", markup=False)
    out.print("\nflags:", markup=False)
    for e in r.bad:
        out.print(f"  ✗ {e.text}", markup=False)
    out.print("leaves alone:", markup=False)
    for e in r.good:
        out.print(f"  ✓ {e.text}", markup=False)
