"""A deterministic synthetic corpus: articles recombined from the sample texts' sentences.

Sentences come from seeds/000 (machine-translated), seeds/004 (human-written) and
any *.txt fixtures, so the text has the artifacts and the clean prose the
detectors see in real use. The same seed gives the same corpus.
"""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from mtaudit.text.document import Document

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds/000_5a787b1c74becfcd.txt", ROOT / "seeds/004_ec8cb50e9670c9e8.txt",
           *sorted((ROOT / "tests/fixtures").glob("*.txt"))]


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    out = []
    for path in SOURCES:
        if path.is_file():
            doc = Document(path.read_bytes().decode("utf-8"))
            out.extend(" ".join(doc.slice(s).split()) for s in doc.sentences)
    return tuple(s for s in out if len(s) > 20)


def article(rng: random.Random, chars: int) -> str:
    """About `chars` characters of paragraphs of 2-5 recombined sentences."""
    pool, paragraphs, size = sentences(), [], 0
    while size < chars:
        para = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(path: Path, docs: int, chars: int, seed: int = 0) -> int:
    """Write a JSONL corpus; returns its size in bytes."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(docs):
            fh.write(json.dumps({"id": f"bench-{seed}-{i}", "text": article(rng, chars)},
                                ensure_ascii=False) + "\n")
    return path.stat().st_size
