"""Options several commands share, declared once."""

from __future__ import annotations

import codecs
import re
import math
from pathlib import Path

import click

from mtaudit.audit.context import AuditContext
from mtaudit.core.io import DEFAULT_MAX_BYTES, READ
from mtaudit.rules.model import Selection


def _split_codes(values: tuple[str, ...]) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())
    for code in codes:
        if not _SELECTOR.fullmatch(code) or len(code) > 6:
            raise click.BadParameter(f"{code!r} is not a rule code or prefix (e.g. MT, MT2, MT201, MT2001, MT21XX)")
    return codes


_SELECTOR = re.compile(r"MT(?:\d{1,4}|\d{1,3}X{1,3})?")  # MT21XX: a prefix padded to a width (rules.model.Selection)


def _remember_rule_files(ctx: click.Context, _param, value):
    """Keep --rules on the click context, so every command's audit context gets it.

    The files are loaded (and cached) here, so a broken rule file fails the command at
    once with `file:line: message` -- not later inside a worker, as a per-document error.
    """
    if value:
        from mtaudit.detectors.patterns import _load_extra

        _load_extra(tuple(str(v) for v in value))
        ctx.ensure_object(dict)
        ctx.obj["rule_files"] = [str(v) for v in value]
    return value


def _remember_style(ctx: click.Context, _param, value):
    """Keep --style on the click context (like --rules), so every audit context gets it."""
    if value:
        ctx.ensure_object(dict)
        ctx.obj["style"] = value
    return value


def _remember_no_lm(ctx: click.Context, _param, value):
    """Keep --no-lm on the click context (like --rules), so every command's audit context gets it."""
    if value:
        ctx.ensure_object(dict)
        ctx.obj["no_lm"] = True
    return value


def _known_encoding(_ctx, _param, value: str) -> str:
    """Refuse an unknown --encoding before any file is read (one line, exit 2)."""
    try:
        info = codecs.lookup(value)
        "".encode(value)
    except (LookupError, UnicodeError, TypeError, ValueError):  # "undefined" raises on any use
        raise click.BadParameter(f"unknown encoding {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, hex, zlib: codecs, not encodings
        raise click.BadParameter(f"{value!r} is not a text encoding")
    READ.encoding = value  # references are read with it too
    return value


def _remember_max_bytes(_ctx, _param, value: int) -> int:
    """--max-bytes holds for every file read: documents, references, glossaries, rule files."""
    READ.max_bytes = value
    return value


def audit_options(func):
    """--glossary, --no-bundled-glossary, --ref, --select, --ignore, --encoding, --max-bytes."""
    decorators = [
        click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra glossary file (YAML, TSV/CSV or TBX); repeatable. Adds to or overrides the bundled one."),
        click.option("--no-bundled-glossary", is_flag=True, help="Use only the glossaries given with --glossary."),
        click.option("--ref", "refs", multiple=True, type=click.Path(dir_okay=False),
                     help="Reference: a human-written English article (.txt) or a quote bank (.jsonl); repeatable."),
        click.option("--select", multiple=True, metavar="CODES",
                     help="Only these rule codes or prefixes (comma-separated; repeatable), e.g. MT1,MT601."),
        click.option("--ignore", multiple=True, metavar="CODES",
                     help="Skip these rule codes or prefixes; --ignore MT skips every rule."),
        click.option("--rules", "rule_files", multiple=True, type=click.Path(dir_okay=False, exists=True),
                     expose_value=False, callback=_remember_rule_files,
                     help="Extra rule file (YAML, the format of mtaudit/rules/*.yaml); repeatable."),
        click.option("--style", type=click.Choice(["ap", "reuters", "bbc", "tass"]), expose_value=False,
                     callback=_remember_style,
                     help="House style for Kyiv/Kiev, Zelenskyy/Zelenskiy, region/Oblast (default: none, "
                          "only mixed styles are flagged)."),
        click.option("--no-lm", is_flag=True, expose_value=False, callback=_remember_no_lm,
                     help="Do not use the language model for name checks (rule-only; faster)."),
        click.option("--encoding", default="utf-8", show_default=True, callback=_known_encoding,
                     help="Encoding of the input files."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     is_eager=True, callback=_remember_max_bytes,
                     help="Refuse any file read (input, reference, glossary, rules) larger than this."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def make_selection(select: tuple[str, ...], ignore: tuple[str, ...]) -> Selection:
    return Selection(select=_split_codes(select), ignore=_split_codes(ignore))


def make_context(glossaries: tuple[str, ...], no_bundled_glossary: bool, refs: tuple[str, ...]) -> AuditContext:
    """The audit context, with settings (thresholds, langid) from the configuration file."""
    click_ctx = click.get_current_context(silent=True)
    root_obj = click_ctx.find_root().obj if click_ctx is not None else None
    settings = dict((root_obj or {}).get("settings", {}))
    own_obj = click_ctx.obj if click_ctx is not None and isinstance(click_ctx.obj, dict) else {}
    if own_obj.get("rule_files"):
        settings["rule_files"] = list(own_obj["rule_files"])
    if own_obj.get("style"):
        settings["style"] = own_obj["style"]
    return AuditContext(glossary_paths=tuple(Path(g) for g in glossaries),
                        bundled_glossary=not no_bundled_glossary,
                        ref_paths=tuple(Path(r) for r in refs), settings=settings,
                        use_lm=not own_obj.get("no_lm"))


def parse_weights(value: str | None) -> dict[str, float]:
    """'minor=1,major=5,critical=10' -> weights; unspecified severities keep their defaults."""
    from mtaudit.report.quality import DEFAULT_WEIGHTS

    weights = dict(DEFAULT_WEIGHTS)
    for part in (value or "").split(","):
        if not part.strip():
            continue
        key, _, number = part.partition("=")
        key = key.strip()
        if key not in weights:
            raise click.BadParameter(f"unknown severity {key!r} (minor, major, critical)", param_hint="--weights")
        try:
            weights[key] = float(number)
        except ValueError:
            raise click.BadParameter(f"{number!r} is not a number", param_hint="--weights") from None
        if not math.isfinite(weights[key]):  # nan or inf: every score would silently be 0.0 or nan
            raise click.BadParameter(f"{number.strip()!r} is not a finite number", param_hint="--weights")
        if weights[key] < 0:
            raise click.BadParameter("weights must not be negative", param_hint="--weights")
    return weights


weights_option = click.option(
    "--weights", metavar="SEVERITY=N,...",
    help="MQM severity weights (default minor=1,major=5,critical=10).")
