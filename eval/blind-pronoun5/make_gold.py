"""Gold for the held-out set blind-pronoun5: a table, offsets by exact search, every line validated.

Run:  python eval/blind-pronoun5/make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it (the
checker is the one of eval/blind-mixed/make_gold.py).

Each row: (doc, text, where, category, correction, confidence, note)
  where = None  -> `text` must occur exactly once in the doc
  where = int   -> the occurrence index (0-based) of `text` in the doc
  where = str   -> a context string that occurs exactly once in the doc and holds `text`
Reported speech left in the first/second person is marked as the pronoun with its verb group
("I am", "we did not plan"): the words the correction rewrites.
"""


from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
CATEGORIES = {
    "entity-mistranslation", "name-casing", "institution-casing", "editorial-gloss", "calque",
    "pronoun", "punctuation", "untranslated", "quote-drift", "date-number", "inconsistency",
}
C, L = "certain", "likely"
EN, CAL, PRO, GL, UN, DN, PU = ("entity-mistranslation", "calque", "pronoun", "editorial-gloss",
                                "untranslated", "date-number", "punctuation")
NC, IC, INC = "name-casing", "institution-casing", "inconsistency"

BANNER = ("THIS MATERIAL (INFORMATION) IS PRODUCED AND (OR) DISTRIBUTED BY A FOREIGN MEDIA OUTLET "
          "PERFORMING THE FUNCTIONS OF A FOREIGN AGENT AND (OR) A RUSSIAN LEGAL ENTITY PERFORMING "
          "THE FUNCTIONS OF A FOREIGN AGENT\n\n")

ROWS = [
    # mt-01-goalkeeper (sport)
    ("mt-01-goalkeeper", "it", "Last season it saved", PRO, "he", C, "'it' for Konovalov (он)"),
    ("mt-01-goalkeeper", "we have", None, PRO, "the team has", L, "reported speech left in the first person"),
    ("mt-01-goalkeeper", "its", "its salary will", PRO, "his", C, "'its' for Konovalov (его зарплата)"),
    ("mt-01-goalkeeper", "it", "allowed it to return", PRO, "him", C, "'it' for Konovalov (ему)"),
    ("mt-01-goalkeeper", "its", "rush its comeback", PRO, "his", C, "'its' for Konovalov (его возвращение)"),

    # mt-02-bakery (business, regional)
    ("mt-02-bakery", "In its words", None, PRO, "In her words", C, "'its' for Kiseleva (по её словам)"),
    ("mt-02-bakery", "his", "and his share", PRO, "its", C, "'his' for the marketplace (маркетплейс, masculine)"),
    ("mt-02-bakery", "It", "It tasted the rye", PRO, "He", C, "'it' for the minister Yershov (он)"),
    ("mt-02-bakery", "you need", None, PRO, "one needs", L, "generic second person in reported speech (нужно)"),

    # mt-03-blogger (courts)
    ("mt-03-blogger", "it", "when it tried", PRO, "he", C, "'it' for Galiev (он)"),
    ("mt-03-blogger", "It", "It asked the judge", PRO, "He", C, "'it' for Galiev (он)"),
    ("mt-03-blogger", "it", "that it has two", PRO, "he", C, "'it' for Galiev (у него)"),
    ("mt-03-blogger", "we are", None, PRO, "the victims are", L, "reported speech left in the first person"),

    # mt-04-gallery (culture)
    ("mt-04-gallery", "It", "It noted that", PRO, "She", C, "'it' for Orlova (она)"),
    ("mt-04-gallery", "For it", None, PRO, "For her", C, "'it' for Orlova (для неё)"),
    ("mt-04-gallery", "we never lend", None, PRO, "the gallery never lends", L, "reported speech left in the first person"),
    ("mt-04-gallery", "Its", "Its book about", PRO, "His", C, "'its' for Shirokov (его книга)"),

    # mt-05-flood (regional, disasters)
    ("mt-05-flood", "It", "It demanded that", PRO, "He", C, "'it' for the mayor Abramov (он)"),
    ("mt-05-flood", "it", "complained to it", PRO, "him", C, "'it' for Abramov (ему)"),
    ("mt-05-flood", "we will", None, PRO, "the town will", L, "reported speech left in the first person"),
    ("mt-05-flood", "It", "It lost all", PRO, "She", C, "'it' for Gorokhova (она)"),
    ("mt-05-flood", "its", "all its furniture", PRO, "her", C, "'its' for Gorokhova (свою мебель)"),
]


def _pattern(text: str) -> re.Pattern:
    """The span text as a regex; a span that starts or ends with a letter or digit must not sit
    inside a longer word ("it" is not the "it" of "satellite")."""
    pat = re.escape(text)
    if text[:1].isalnum():
        pat = r"(?<![^\W_])" + pat
    if text[-1:].isalnum():
        pat = pat + r"(?![^\W_])"
    return re.compile(pat)


def locate(doc_text: str, text: str, where) -> int:
    starts = [m.start() for m in _pattern(text).finditer(doc_text)]
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


def ngrams(text: str, n: int = 8) -> set:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def main() -> int:
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted((SET_DIR / "docs").glob("*.txt"))}
    errors, out, seen = [], [], set()
    for doc, text, where, cat, corr, conf, note in ROWS:
        if doc not in docs:
            errors.append(f"{doc}: no such doc"); continue
        if cat not in CATEGORIES:
            errors.append(f"{doc}: bad category {cat!r}"); continue
        if conf not in (C, L):
            errors.append(f"{doc}: bad confidence {conf!r}"); continue
        try:
            start = locate(docs[doc], text, where)
        except ValueError as exc:
            errors.append(f"{doc}: {exc}"); continue
        end = start + len(text)
        assert docs[doc][start:end] == text
        if (doc, start, end, cat) in seen:
            errors.append(f"{doc}: duplicate span {text!r}")
        seen.add((doc, start, end, cat))
        out.append({"doc": doc, "start": start, "end": end, "text": text, "category": cat,
                    "correction": corr, "confidence": conf, "note": note})
    out.sort(key=lambda r: (r["doc"], r["start"], r["end"]))

    per_doc = Counter(r["doc"] for r in out)
    for name, text in docs.items():
        words = len(text.split())
        if not 150 <= words <= 500:
            errors.append(f"{name}: {words} words (want 150-500)")
        if name.startswith("neg-"):
            if per_doc[name]:
                errors.append(f"{name}: a control has gold lines")
        elif not 3 <= per_doc[name] <= 11:
            errors.append(f"{name}: {per_doc[name]} artifacts")

    # Own words: no 8-word run shared with the measurement corpus, the seeds or the repo's eval texts.
    others = {}
    for pattern in ("/work/shared/corpus/docs/*.txt", "/work/shared/seeds/*.txt",
                    "/work/main/eval/docs/*.txt", "/work/main/eval/*/docs/*.txt"):
        for p in Path("/").glob(pattern.lstrip("/")):
            others[str(p)] = ngrams(p.read_text(encoding="utf-8", errors="replace"))
    for name, text in docs.items():
        mine = ngrams(text)
        for path, grams in others.items():
            shared = mine & grams
            if shared and "/work/main/eval/" in path:
                # the repo's other held-out sets: only a warning (institution names recur)
                print(f"note: {name} shares {sorted(shared)[0]!r} with {path}", file=sys.stderr)
            elif shared:
                errors.append(f"{name}: shares an 8-word run with {path}: {sorted(shared)[0]!r}")

    # Re-read what we write and check it again, line by line.
    gold_path = SET_DIR / "gold.jsonl"
    with gold_path.open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        if set(r) != {"doc", "start", "end", "text", "category", "correction", "confidence", "note"}:
            errors.append(f"gold.jsonl:{n}: keys {sorted(r)}")
        if docs[r["doc"]][r["start"]:r["end"]] != r["text"]:
            errors.append(f"gold.jsonl:{n}: text does not match the slice")
        if r["category"] not in CATEGORIES:
            errors.append(f"gold.jsonl:{n}: category {r['category']!r}")

    for e in errors:
        print("ERROR", e, file=sys.stderr)
    cats = Counter(r["category"] for r in out)
    print(f"{len(out)} gold lines in {len(per_doc)} docs; {len(docs) - len(per_doc)} controls")
    for cat, n in cats.most_common():
        print(f"  {cat:22} {n}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
