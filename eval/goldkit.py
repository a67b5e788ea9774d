"""The one gold generator behind eval/make_gold.py and every eval/*/make_gold.py.

Why: each held-out set keeps its gold as a table of rows and computes the offsets, because
offsets typed by hand drift as soon as a text is touched. The sets were written by different
helpers, each copying the previous generator; this module is that generator once. A set's
make_gold.py keeps only its row table and what really differs between sets (word and artifact
bounds, which texts its own words are checked against, extra checks), passed to `run`.

A row is (doc, text, where, category, correction, confidence[, note]); `where` is
  None -> `text` occurs exactly once in the doc (word-bounded, case-sensitive)
  int  -> the 0-based index among the word-bounded occurrences of `text`
  str  -> a context that occurs exactly once in the doc; the span is the first word-bounded
          occurrence of `text` inside it.
Always checked: the doc exists, the category is one of /work/shared/DESIGN.md section 2, the
confidence is certain or likely, text == doc[start:end] (Python code points), no two rows on
one span, controls (docs named neg-*) carry no gold, and gold.jsonl is re-read after writing
and checked line by line. A row that cannot be built leaves gold.jsonl untouched (a partial gold
is worse than a stale one); a failed check on the texts still writes it. `run` prints the counts,
one `ERROR ...` line a failure on stderr, and returns the exit status (0 valid, 1 not).

Sets that keep their texts marked inline (`{{written=>correction|category}}` in a source.md, or
`[[written|correction]]` in a dict of texts) use `run_marked`: the marks give the offsets, the
docs are written from the marked texts, and the same checks, gold writing and counts follow.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

C, L = "certain", "likely"
EN, NC, IC, GL = "entity-mistranslation", "name-casing", "institution-casing", "editorial-gloss"
CAL, PRO, PU, UN = "calque", "pronoun", "punctuation", "untranslated"
QD, DN, INC = "quote-drift", "date-number", "inconsistency"
CATEGORIES = frozenset({EN, NC, IC, GL, CAL, PRO, PU, UN, QD, DN, INC})
KEYS = ("doc", "start", "end", "text", "category", "correction", "confidence")

# Texts a set must not share an 8-word run with (it is written in its own words).
CORPUS_AND_SEEDS = ("/work/shared/corpus/docs/*.txt", "/work/shared/seeds/*.txt")
MAIN_EVAL = ("/work/main/eval/docs/*.txt", "/work/main/eval/*/docs/*.txt")


def span_pattern(text: str) -> re.Pattern:
    """`text` as a regex that cannot start or end inside a longer word, so that the "it" of a
    row is never the "it" of "satellite" (the guard applies only at a letter or digit edge)."""
    pat = re.escape(text)
    if text[:1].isalnum():
        pat = r"(?<![^\W_])" + pat
    if text[-1:].isalnum():
        pat = pat + r"(?![^\W_])"
    return re.compile(pat)


def locate(doc_text: str, text: str, where) -> int:
    """Start offset of the span a row means; ValueError says why a row is ambiguous or absent."""
    starts = [m.start() for m in span_pattern(text).finditer(doc_text)]
    if where is None:
        if len(starts) != 1:
            raise ValueError(f"{text!r} occurs {len(starts)} times; give an occurrence index or a context")
        return starts[0]
    if isinstance(where, int):
        if where >= len(starts):
            raise ValueError(f"{text!r}: occurrence {where} of {len(starts)}")
        return starts[where]
    n = doc_text.count(where)
    if n != 1:
        raise ValueError(f"context {where!r} occurs {n} times")
    c = doc_text.index(where)
    inside = [s for s in starts if c <= s and s + len(text) <= c + len(where)]
    if not inside:
        raise ValueError(f"{text!r} not inside context {where!r}")
    return inside[0]


def load_docs(set_dir: Path) -> dict[str, str]:
    """The set's texts by id (file name without .txt), in name order."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((set_dir / "docs").glob("*.txt"))}


def build(docs: dict[str, str], rows: Iterable[Sequence], *, sort: bool = True,
          categories: frozenset[str] = CATEGORIES) -> tuple[list[dict], list[str]]:
    """Gold lines from the rows (a row without a note gives a line without one) and the errors.
    sort=False keeps table order, as the older sets' gold files have it."""
    errors, out, seen = [], [], set()
    for doc, text, where, cat, corr, conf, *note in rows:
        if doc not in docs:
            errors.append(f"{doc}: no such doc"); continue
        if cat not in categories:
            errors.append(f"{doc}: bad category {cat!r}"); continue
        if conf not in (C, L):
            errors.append(f"{doc}: bad confidence {conf!r}"); continue
        try:
            start = locate(docs[doc], text, where)
        except ValueError as exc:
            errors.append(f"{doc}: {exc}"); continue
        end = start + len(text)
        assert docs[doc][start:end] == text
        if (doc, start, end) in seen:
            errors.append(f"{doc}: duplicate span {text!r}")
        seen.add((doc, start, end))
        line = {"doc": doc, "start": start, "end": end, "text": text, "category": cat,
                "correction": corr, "confidence": conf}
        if note:
            line["note"] = note[0]
        out.append(line)
    if sort:
        out.sort(key=lambda r: (r["doc"], r["start"], r["end"]))
    return out, errors


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The matching rule of /work/shared/gold/README.md applied to two spans."""
    (s1, e1), (s2, e2) = a, b
    ov = min(e1, e2) - max(s1, s2)
    if ov <= 0:
        return False
    short, long_ = sorted((e1 - s1, e2 - s2))
    return ov >= 0.5 * short and ov >= 0.25 * long_


def matching_spans(out: list[dict]) -> list[str]:
    """Errors for two gold spans of a doc that would match each other when scored: each artifact
    must be found on its own, not by a finding aimed at its neighbour."""
    errors = []
    for i, a in enumerate(out):
        for b in out[i + 1:]:
            if a["doc"] == b["doc"] and spans_match((a["start"], a["end"]), (b["start"], b["end"])):
                errors.append(f"{a['doc']}: spans {a['text']!r} and {b['text']!r} match each other")
    return errors


def check_docs(docs: dict[str, str], out: list[dict], *, words: tuple[int, int] | None = None,
               artifacts: tuple[int, int] | None = None, plain_controls: bool = False,
               beats: dict[str, str] | None = None) -> list[str]:
    """Per-text errors: word count outside `words`, a control (neg-*) with gold or (plain_controls)
    with Cyrillic or guillemets, an MT text without a recorded beat (when `beats` is given) or
    with an artifact count outside `artifacts`."""
    errors = []
    per_doc = Counter(r["doc"] for r in out)
    for name, text in docs.items():
        n = len(text.split())
        if words and not words[0] <= n <= words[1]:
            errors.append(f"{name}: {n} words (want {words[0]}-{words[1]})")
        if name.startswith("neg-"):
            if per_doc[name]:
                errors.append(f"{name}: a control has gold lines")
            if plain_controls and re.search(r"[\u0400-\u04FF«»]", text):
                errors.append(f"{name}: a control holds Cyrillic or guillemets")
        else:
            if beats is not None and name not in beats:
                errors.append(f"{name}: no beat recorded")
            if artifacts and not artifacts[0] <= per_doc[name] <= artifacts[1]:
                errors.append(f"{name}: {per_doc[name]} artifacts (want {artifacts[0]}-{artifacts[1]})")
    return errors


def word_runs(text: str, n: int = 8, token: str = r"[a-z0-9]+") -> set[str]:
    """Every run of n words (lowercased `token` matches) of a text."""
    words = re.findall(token, text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def shared_runs(docs: dict[str, str], patterns: Sequence[str], *, set_dir: Path, skip_own: bool = False,
                notes_under: str | tuple[str, ...] | None = None, token: str = r"[a-z0-9]+") -> list[str]:
    """Errors for each text sharing an 8-word run with a file matched by the absolute glob
    `patterns`: a set must be written in its own words, never copied from the measurement corpus,
    the seeds or another set. skip_own leaves out the set's own docs wherever the glob meets
    them (the same set in the main checkout while this copy is a worktree or a clone counts as
    its own: same folder name, same file name); a run shared with a file under `notes_under` (a
    prefix or a tuple of them: sets written in parallel, blind to each other) is only a note on stderr."""
    own = (set_dir / "docs").resolve()
    docs_files = {f"{name}.txt" for name in docs}
    others = {}
    for pattern in patterns:
        for p in Path("/").glob(pattern.lstrip("/")):
            if skip_own and (p.resolve().parent == own or (
                    p.parent.parent.name == set_dir.resolve().name and p.name in docs_files)):
                continue
            others[str(p)] = word_runs(p.read_text(encoding="utf-8", errors="replace"), token=token)
    errors = []
    for name, text in docs.items():
        mine = word_runs(text, token=token)
        for path, grams in others.items():
            shared = mine & grams
            if shared and notes_under and path.startswith(notes_under):
                print(f"note: {name} shares {min(shared)!r} with {path}", file=sys.stderr)
            elif shared:
                errors.append(f"{name}: shares an 8-word run with {path}: {min(shared)!r}")
    return errors


def reused_strings(out: list[dict], gold_files: Sequence[str], min_len: int = 6) -> list[str]:
    """Errors for an artifact string (min_len+ characters) already in an earlier set's gold: a new
    set must bring new members of each kind, not the strings the detectors were tuned on."""
    old = set()
    for g in gold_files:
        p = Path(g)
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    old.add(json.loads(line)["text"])
    return [f"{r['doc']}: artifact string {r['text']!r} reused from an earlier blind set"
            for r in out if len(r["text"]) >= min_len and r["text"] in old]


def write_gold(path: Path, out: list[dict], docs: dict[str, str],
               categories: frozenset[str] = CATEGORIES) -> list[str]:
    """Write gold.jsonl (one JSON object a line, UTF-8 as is), then re-read it and check every line,
    so that what scorers read is what was validated."""
    with path.open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        if set(r) - {"note"} != set(KEYS) or not set(r) <= {*KEYS, "note"}:
            errors.append(f"{path.name}:{n}: keys {sorted(r)}")
        elif docs[r["doc"]][r["start"]:r["end"]] != r["text"]:
            errors.append(f"{path.name}:{n}: text does not match the slice")
        elif r["category"] not in categories:
            errors.append(f"{path.name}:{n}: category {r['category']!r}")
    return errors


def report(out: list[dict], docs: dict[str, str], *, details: bool = False,
           beats: dict[str, str] | None = None) -> None:
    """Counts on stdout: lines, docs, controls, words, per category; with details per text and
    per confidence too."""
    per_doc = Counter(r["doc"] for r in out)
    print(f"{len(out)} gold lines in {len(per_doc)} docs; {len(docs) - len(per_doc)} controls; "
          f"{sum(len(t.split()) for t in docs.values())} words")
    for cat, n in Counter(r["category"] for r in out).most_common():
        print(f"  {cat:22} {n}")
    if not details:
        return
    for name, text in docs.items():
        beat = f"{beats.get(name, 'control'):20} " if beats is not None else ""
        cats = Counter(r["category"] for r in out if r["doc"] == name)
        print(f"  {name:24} {beat}words={len(text.split()):4} gold={per_doc[name]:3} "
              + " ".join(f"{c}={n}" for c, n in sorted(cats.items())))
    print(f"confidence: {dict(Counter(r['confidence'] for r in out))}")


def run(set_dir: Path, rows: Iterable[Sequence], *, sort: bool = True,
        extra_categories: Sequence[str] = (), **checks) -> int:
    """Build, check, write and re-check SET_DIR/gold.jsonl from a row table; print the counts;
    return the exit status. `checks` are the keywords of `finish`."""
    set_dir = Path(set_dir).resolve()
    docs = load_docs(set_dir)
    categories = CATEGORIES | set(extra_categories)
    out, errors = build(docs, rows, sort=sort, categories=categories)
    return finish(set_dir, docs, out, errors, categories=categories, **checks)


def finish(set_dir: Path, docs: dict[str, str], out: list[dict], errors: list[str], *,
           categories: frozenset[str] = CATEGORIES,
           words: tuple[int, int] | None = None, artifacts: tuple[int, int] | None = None,
           own_words_against: Sequence[str] = (), skip_own: bool = False, notes_under: str | tuple[str, ...] | None = None,
           run_token: str = r"[a-z0-9]+", distinct_spans: bool = False, plain_controls: bool = False,
           beats: dict[str, str] | None = None, fresh_against: Sequence[str] = (),
           details: bool = False) -> int:
    """Check the built gold lines `out` (`errors`: those of building them), write and re-check
    gold.jsonl, print the counts, return the exit status. Every keyword is one way the sets really
    differ (see check_docs, shared_runs, reused_strings, matching_spans); with none of them only
    the always-on checks of the module docstring run."""
    built = not errors
    if distinct_spans:
        errors += matching_spans(out)
    errors += check_docs(docs, out, words=words, artifacts=artifacts,
                         plain_controls=plain_controls, beats=beats)
    if own_words_against:
        errors += shared_runs(docs, own_words_against, set_dir=set_dir, skip_own=skip_own,
                              notes_under=notes_under, token=run_token)
    errors += reused_strings(out, fresh_against)
    if built:
        errors += write_gold(set_dir / "gold.jsonl", out, docs, categories)
    else:
        errors.append("gold.jsonl not written: fix the rows above")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    report(out, docs, details=details, beats=beats)
    return 1 if errors else 0


# Inline markups; each has the groups text and correction, and category unless the set gives one.
ARROW_MARK = re.compile(r"\{\{(?P<text>.*?)=>(?P<correction>.*?)\|(?P<category>[a-z-]+)\}\}")
PAIR_MARK = re.compile(r"\[\[(?P<text>[^|\]]+)\|(?P<correction>[^\]]*)\]\]")


def source_blocks(path: Path) -> dict[str, str]:
    """The marked texts of a source.md, where `=== id` starts each: the body stripped, plus one
    newline (what comes before the first `=== ` is the file's own comment)."""
    texts = {}
    for block in Path(path).read_text(encoding="utf-8").split("=== ")[1:]:
        doc, _, body = block.partition("\n")
        texts[doc.strip()] = body.strip() + "\n"
    return texts


def unmark(doc: str, marked: str, mark: re.Pattern,
           category: str | None = None) -> tuple[str, list[dict]]:
    """The text as written (each mark replaced by its written text) and one gold line per mark,
    in text order; a mark whose correction is its written text records a correct reading (e.g.
    an "it" that does stand for a thing), so it gives no gold line."""
    parts, out, last = [], [], 0
    for m in mark.finditer(marked):
        parts.append(marked[last:m.start()])
        start = sum(map(len, parts))
        text, corr = m.group("text"), m.group("correction")
        parts.append(text)
        if text != corr:
            out.append({"doc": doc, "start": start, "end": start + len(text), "text": text,
                        "category": category or m.group("category"), "correction": corr,
                        "confidence": C})
        last = m.end()
    parts.append(marked[last:])
    return "".join(parts), out


def run_marked(set_dir: Path, texts: dict[str, str], mark: re.Pattern, *,
               category: str | None = None, **checks) -> int:
    """Write SET_DIR/docs/<id>.txt from the marked `texts` (in their order), then check, write and
    re-check gold.jsonl as `run` does (gold in text order); return the exit status."""
    set_dir = Path(set_dir).resolve()
    (set_dir / "docs").mkdir(parents=True, exist_ok=True)
    docs, out, errors = {}, [], []
    for doc, marked in texts.items():
        docs[doc], lines = unmark(doc, marked, mark, category)
        (set_dir / "docs" / f"{doc}.txt").write_text(docs[doc], encoding="utf-8")
        errors += [f"{doc}: bad category {r['category']!r}" for r in lines
                   if r["category"] not in CATEGORIES]
        out += lines
    return finish(set_dir, docs, out, errors, **checks)
