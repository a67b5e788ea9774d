"""WordNet 3.0's verbs by their most frequent sense, read from Debian's wordnet-base files
(data.verb, index.verb): the one reader the verb-list builders share (build_agent_verbs.py,
build_transitive_verbs.py). Build time only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read(root: Path) -> dict[str, tuple[int, list[str], set[tuple[int, int]]]]:
    """offset -> (lexicographer file number, lemmas, frames as (frame, word number; 0 for all))."""
    synsets = {}
    for line in (root / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head = line.split("|")[0].split()
        offset, lex, count = head[0], int(head[1]), int(head[3], 16)
        words = [head[4 + 2 * i].lower() for i in range(count)]
        i = 4 + 2 * count
        i += 1 + 4 * int(head[i])
        frames = set()
        if i < len(head):
            for _ in range(int(head[i])):
                frames.add((int(head[i + 2]), int(head[i + 3], 16)))
                i += 3
        synsets[offset] = (lex, words, frames)
    return synsets


def first_senses(root: Path) -> Iterator[tuple[str, int, set[int]]]:
    """(lemma, lexicographer file, the sentence frames of its first sense that hold for this word)
    for every one-word verb of index.verb."""
    synsets = read(root)
    for line in (root / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, pointers = parts[0], int(parts[3])
        offsets = parts[4 + pointers + 2:]
        if "_" in lemma or "-" in lemma or not offsets:
            continue
        lex, words, frames = synsets[offsets[0]]
        index = words.index(lemma) + 1 if lemma in words else -1
        yield lemma, lex, {f for f, w in frames if w in (0, index)}
