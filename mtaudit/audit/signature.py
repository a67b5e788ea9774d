"""The run signature (sacrebleu's idea): enough to reproduce a result from its printout."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from mtaudit import __version__


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def signature(ctx=None, models: dict[str, str] | None = None) -> dict:
    """The signature as a dict; `signature_line` renders it."""
    from mtaudit.rules.registry import ruleset_hash

    sig = {
        "version": __version__,
        "rules": ruleset_hash(),
        "glossary": None,
        "models": dict(models or {}),
        "seed": 0,
    }
    if ctx is not None:
        sig["glossary"] = ctx.glossary.hash if ctx.glossary is not None else None
        lm = ctx.language_model  # enabled and installed: named even when no candidate needed it
        if lm is not None:
            sig["models"][lm.name] = lm.version
        sig["models"].update(ctx.settings.get("models_used", {}))
        if ctx.settings.get("config_file"):  # a config file changes the run: say which
            sig["config"] = ctx.settings["config_file"]
        if ctx.syntax is not None:  # the parser's name even before it loads: results depend on it
            sig["models"][ctx.syntax.name] = ctx.syntax.version
        if ctx.settings.get("rule_files"):  # user rule files change the rule set too
            digest = hashlib.sha256()
            for path in ctx.settings["rule_files"]:
                digest.update(Path(path).read_bytes())
            sig["rules"] += "+" + digest.hexdigest()[:8]
        if ctx.settings.get("style"):  # a house style changes what is flagged
            sig["rules"] += "+style=" + ctx.settings["style"]
    return sig


def signature_line(sig: dict) -> str:
    """mtaudit:0.1.0|rules:abc|glossary:def|models:minilm=1.0|seed:0"""
    models = ",".join(f"{k}={v}" for k, v in sorted(sig["models"].items())) or "none"
    config = f"|config:{sig['config']}" if sig.get("config") else ""
    return (f"mtaudit:{sig['version']}|rules:{sig['rules']}|glossary:{sig['glossary'] or 'none'}"
            f"|models:{models}|seed:{sig['seed']}{config}")
