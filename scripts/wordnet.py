"""WordNet 3.0 read from Debian's `wordnet-base` files (/usr/share/wordnet: data.noun, index.noun,
data.verb, index.verb), without nltk: the one reader every build script shares. Build time only:
the detectors read the lists the scripts build, so an audit needs no WordNet.

A data line is: offset, lexicographer file, part of speech, word count (hex), each word with its
lex id, pointer count, pointers (symbol, target offset, part of speech, source/target), verb
frames, then "|" and the gloss. An index line is: lemma, part of speech, sense count, pointer
count, the pointer symbols, sense count again, tagged sense count, then the synset offsets, the
most frequent sense first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path("/usr/share/wordnet")


class Synset(NamedTuple):
    lexfile: int
    words: list[str]  # as written (case and underscores kept), the adjective marker "(a)" cut
    pointers: list[tuple[str, str, str, str]]  # (symbol, target offset, part of speech, source/target)
    frames: list[tuple[int, int]]  # verbs: (frame number, word number; 0 for every word)
    gloss: str  # the text after the bar, as written (edges not stripped)


@cache
def synsets(root: Path, pos: str) -> dict[str, Synset]:
    """offset -> Synset for every synset of data.{pos} ("noun", "verb"), in file order."""
    out: dict[str, Synset] = {}
    for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        body, _, gloss = line.partition("|")
        head = body.split()
        count = int(head[3], 16)
        words = [head[4 + 2 * i].split("(")[0] for i in range(count)]
        p = 4 + 2 * count
        n = int(head[p])
        pointers = [tuple(head[p + 1 + 4 * i:p + 5 + 4 * i]) for i in range(n)]
        q = p + 1 + 4 * n
        frames = [(int(head[q + 2 + 3 * i]), int(head[q + 3 + 3 * i], 16)) for i in range(int(head[q]))] \
            if q < len(head) else []
        out[head[0]] = Synset(int(head[1]), words, pointers, frames, gloss)
    return out


@cache
def senses(root: Path, pos: str) -> dict[str, list[str]]:
    """lemma (lower case, underscores) -> its synset offsets from index.{pos}, most frequent first."""
    out: dict[str, list[str]] = {}
    for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        fields = line.split()
        out[fields[0]] = fields[4 + int(fields[3]) + 2:]
    return out


def lexfiles(root: Path, pos: str) -> dict[str, int]:
    """offset -> lexicographer file number (lexnames: 18 noun.person, 14 noun.group, ...)."""
    return {offset: s.lexfile for offset, s in synsets(root, pos).items()}


def links(root: Path, pos: str, symbols: Iterable[str]) -> dict[str, list[str]]:
    """offset -> the targets of its pointers with one of `symbols` within the same part of speech
    (("~", "~i") hyponyms, ("@", "@i") hypernyms), in file order."""
    wanted, tag = frozenset(symbols), pos[0]
    out: dict[str, list[str]] = defaultdict(list)
    for offset, s in synsets(root, pos).items():
        for symbol, target, target_pos, _ in s.pointers:
            if symbol in wanted and target_pos == tag:
                out[offset].append(target)
    return out


def closure(roots: str | Iterable[str], children, skip: frozenset[str] = frozenset()) -> set[str]:
    """The synsets `roots` and every one under them by `children` (hyponyms), leaving out the
    subtrees under `skip`."""
    seen: set[str] = set()
    stack = [roots] if isinstance(roots, str) else list(roots)
    while stack:
        o = stack.pop()
        if o not in seen and o not in skip:
            seen.add(o)
            stack += children[o]
    return seen


def noun_tree(root: Path, hyponym_symbols: Iterable[str] = ("~", "~i")):
    """The view of the nouns most list builders take: offset -> lemmas (underscores as spaces),
    offset -> lexicographer file, offset -> hyponyms (class and instance ones by default)."""
    lemmas = {o: [w.replace("_", " ") for w in s.words] for o, s in synsets(root, "noun").items()}
    return lemmas, lexfiles(root, "noun"), links(root, "noun", hyponym_symbols)


@cache
def tagged(root: Path, pos: str) -> dict[str, int]:
    """lemma -> how many of its senses occur in WordNet's sense-tagged texts (index's tagsense_cnt;
    they come first among its offsets)."""
    out: dict[str, int] = {}
    for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line.strip():
            continue
        fields = line.split()
        out[fields[0]] = int(fields[5 + int(fields[3])])
    return out


def frames_of(synset: Synset, lemma: str) -> set[int]:
    """The sentence frames of a verb synset that hold for `lemma` (its own and the synset's)."""
    words = [w.lower() for w in synset.words]
    number = words.index(lemma) + 1 if lemma in words else -1
    return {f for f, w in synset.frames if w in (0, number)}


def verb_first_senses(root: Path) -> Iterator[tuple[str, int, set[int]]]:
    """(lemma, lexicographer file, the sentence frames of its first sense that hold for this word)
    for every one-word verb of index.verb."""
    verbs = synsets(root, "verb")
    for lemma, offsets in senses(root, "verb").items():
        if "_" in lemma or "-" in lemma or not offsets:
            continue
        first = verbs[offsets[0]]
        yield lemma, first.lexfile, frames_of(first, lemma)


def instances(root: Path, pos: str = "noun") -> set[str]:
    """The synsets of named individuals (an instance hypernym: "Crane" the writer, "Yellowstone"):
    no common sense of their lemmas."""
    return {o for o, s in synsets(root, pos).items() if any(p[0] == "@i" for p in s.pointers)}
