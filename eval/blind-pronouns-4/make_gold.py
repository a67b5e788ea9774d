"""Gold for the held-out set blind-pronouns-4: a table, offsets by exact search, every line validated.

Run:  python eval/blind-pronouns-4/make_gold.py [SET_DIR]     (default: this folder)
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
    # mt-01-tennis (sport)
    ("mt-01-tennis", "with the score 6:4, 7:5", None, CAL, "6-4, 7-5", L, "со счётом"),
    ("mt-01-tennis", "occupies the 14th line of the world ranking", None, CAL, "is ranked 14th in the world", L, "занимает 14-ю строчку"),
    ("mt-01-tennis", "it", "In the second set it lost", PRO, "she", C, "'it' for Klimova (она)"),
    ("mt-01-tennis", "its", "lost its serve", PRO, "her", C, "'its' for Klimova (свою подачу)"),
    ("mt-01-tennis", "I am", "said that I am very tired", PRO, "she was", C, "reported speech left in the first person"),
    ("mt-01-tennis", "The coach of the tennis player Sergei Orlov", None, CAL, "Klimova's coach Sergei Orlov", L, "тренер теннисистки + apposition"),
    ("mt-01-tennis", "december", None, DN, "December", C, "lowercased month"),
    ("mt-01-tennis", "we did not plan", None, PRO, "they had not planned", L, "reported speech left in the first person"),
    ("mt-01-tennis", "For it", None, PRO, "For her", C, "'it' for Klimova (для неё)"),
    ("mt-01-tennis", "3,2 million", None, DN, "3.2 million", C, "decimal comma"),

    # mt-02-court (crime/courts)
    ("mt-02-court", "seven years of strict regime colony", None, CAL, "seven years in a maximum-security penal colony", L, "семь лет колонии строгого режима"),
    ("mt-02-court", "This was reported in the press service of the regional court", None, CAL, "the regional court's press service reported", L, "об этом сообщили в пресс-службе"),
    ("mt-02-court", "4,5 million", None, DN, "4.5 million", C, "decimal comma"),
    ("mt-02-court", "march", None, DN, "March", C, "lowercased month"),
    ("mt-02-court", "it", "The court arrested it the next", PRO, "him", C, "'it' for Semyonov (его)"),
    ("mt-02-court", "it", "since then it has been", PRO, "he", C, "'it' for Semyonov (он)"),
    ("mt-02-court", "In his last word", None, CAL, "In his final statement", L, "в последнем слове"),
    ("mt-02-court", "I have always acted", None, PRO, "he had always acted", C, "reported speech left in the first person"),
    ("mt-02-court", "The lawyer of Semyonov Anna Beletskaya", None, CAL, "Semyonov's lawyer Anna Beletskaya", L, "адвокат Семёнова + apposition"),
    ("mt-02-court", "it", "imposed on it a fine", PRO, "him", C, "'it' for Semyonov (на него)"),

    # mt-03-airline (business)
    ("mt-03-airline", "january–march", None, DN, "January–March", C, "lowercased months"),
    ("mt-03-airline", "1,2 million", None, DN, "1.2 million", C, "decimal comma"),
    ("mt-03-airline", "About this informs the press service of the carrier", None, CAL, "the carrier's press service said", C, "Об этом сообщает пресс-служба"),
    ("mt-03-airline", "The general director of the company Igor Lapshin", None, CAL, "The company's CEO Igor Lapshin", L, "генеральный директор компании + apposition"),
    ("mt-03-airline", "connected the growth with", None, CAL, "attributed the growth to", L, "связал рост с"),
    ("mt-03-airline", "it", "Novosibirsk it noted", PRO, "he", C, "'it' for Lapshin (он)"),
    ("mt-03-airline", "we will be able", None, PRO, "the airline would be able", L, "reported speech left in the first person"),
    ("mt-03-airline", "its", "its deputy Olga Fomina", PRO, "his", C, "'its' for Lapshin (его заместитель)"),
    ("mt-03-airline", "Analyst of Finam Alexei Korolev", None, CAL, "Finam analyst Alexei Korolev", L, "аналитик Финама + apposition"),
    ("mt-03-airline", "4,8 million", None, DN, "4.8 million", C, "decimal comma"),

    # mt-04-science (science/health)
    ("mt-04-science", "allows to detect", None, CAL, "can detect", L, "позволяет выявить"),
    ("mt-04-science", "The head of the laboratory Marina Zueva", None, CAL, "Laboratory head Marina Zueva", L, "заведующая лабораторией + apposition"),
    ("mt-04-science", "According to it", None, PRO, "According to her", C, "'it' for Zueva (по её словам)"),
    ("mt-04-science", "I did not believe", None, PRO, "she had not believed", C, "reported speech left in the first person"),
    ("mt-04-science", "Within the framework of", None, CAL, "During", L, "в рамках"),
    ("mt-04-science", "2 thousand", None, DN, "2,000", C, "Russian number word"),
    ("mt-04-science", "it", "awarded it the state prize", PRO, "her", C, "'it' for Zueva (ей)"),
    ("mt-04-science", "it", "which it heads", PRO, "she", C, "'it' for Zueva (которую она возглавляет)"),

    # mt-05-theatre (culture)
    ("mt-05-theatre", "12 april", None, DN, "12 April", C, "lowercased month"),
    ("mt-05-theatre", "Its", "Its Ranevskaya", PRO, "Her", C, "'its' for the director Shirokova (её Раневская)"),
    ("mt-05-theatre", "I wanted", None, PRO, "she had wanted", C, "reported speech left in the first person"),
    ("mt-05-theatre", "The director of the theatre Mikhail Lvov", None, CAL, "Theatre director Mikhail Lvov", L, "директор театра + apposition"),
    ("mt-05-theatre", "october", None, DN, "October", C, "lowercased month"),
    ("mt-05-theatre", "it", "promised it a new production", PRO, "her", C, "'it' for Shirokova (ей)"),
    ("mt-05-theatre", "her", "He called her a comedy", PRO, "it", C, "'her' for the play (пьеса, feminine)"),

    # mt-06-water (regional)
    ("mt-06-water", "In the Kurgan region promised", None, CAL, "Authorities in the Kurgan region promised", L, "subjectless 'В Курганской области пообещали'"),
    ("mt-06-water", "3 february", None, DN, "3 February", C, "lowercased month"),
    ("mt-06-water", "2 thousand", None, DN, "2,000", C, "Russian number word"),
    ("mt-06-water", "It", "It promised that the repair", PRO, "He", C, "'it' for the governor Shumkov (он)"),
    ("mt-06-water", "I personally control", None, PRO, "he personally controlled", C, "reported speech left in the first person"),
    ("mt-06-water", "it", "complained to it", PRO, "her", C, "'it' for Grigorieva (ей)"),
    ("mt-06-water", "The prosecutor of the district Denis Kuzin", None, CAL, "District prosecutor Denis Kuzin", L, "прокурор района + apposition"),
    ("mt-06-water", "we will check", None, PRO, "his office would check", L, "reported speech left in the first person"),
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
        if not 250 <= words <= 500:
            errors.append(f"{name}: {words} words (want 250-500)")
        if name.startswith("neg-"):
            if per_doc[name]:
                errors.append(f"{name}: a control has gold lines")
        elif not 4 <= per_doc[name] <= 11:
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
