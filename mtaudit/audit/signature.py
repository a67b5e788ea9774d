"""The run signature (sacrebleu's idea): enough to reproduce a result from its printout."""

from __future__ import annotations

from importlib import metadata

from mtaudit import __version__


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def signature(ctx=None, models: dict[str, str] | None = None) -> dict:
    """The signature as a dict, assembled from each component's own digest: the rule set (the
    bundled rules, the user's rule files, the house style), the glossary, the models in use."""
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
        sig["models"].update(ctx.models())
        if ctx.spec.config_file:  # a config file changes the run: say which
            sig["config"] = ctx.spec.config_file
        if ctx.user_rules.digest:  # user rule files change the rule set too
            sig["rules"] += "+" + ctx.user_rules.digest
        if ctx.style:  # a house style changes what is flagged
            sig["rules"] += "+style=" + ctx.style
    return sig


def signature_line(sig: dict) -> str:
    """mtaudit:0.1.0|rules:abc|glossary:def|models:minilm=1.0|seed:0"""
    models = ",".join(f"{k}={v}" for k, v in sorted(sig["models"].items())) or "none"
    config = f"|config:{sig['config']}" if sig.get("config") else ""
    return (f"mtaudit:{sig['version']}|rules:{sig['rules']}|glossary:{sig['glossary'] or 'none'}"
            f"|models:{models}|seed:{sig['seed']}{config}")
