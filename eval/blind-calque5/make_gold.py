"""Gold for the held-out set blind-calque5 (calques on six new beats, two human controls): a table, offsets by exact search, every line validated.

Run:  python make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it.

Each row: (doc, text, where, category, correction, confidence, note)
  where = None  -> `text` must occur exactly once in the doc (word-bounded, case-sensitive)
  where = int   -> the occurrence index (0-based) of `text` in the doc
  where = str   -> a context string that occurs exactly once in the doc and holds `text`;
                   the span is the first occurrence of `text` inside that context
Validation: categories are those of /work/shared/DESIGN.md section 2, text == doc[start:end]
(Python code points), no duplicate spans, docs named neg-* have no gold, every other doc has
4-12 artifacts, every doc has 250-500 words, and no 8-word run is shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/*/docs (the set is written in
its own words; any shared run is an error here, not a note).
Generator reused from eval/blind-mixed-2/make_gold.py (same checks).
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

ROWS = [
    # mt-01-fisheries (fisheries, Kamchatka)
    ("mt-01-fisheries", "reported on Thursday the head of the regional ministry of fisheries Vladimir Galitsyn", None, CAL, "regional fisheries minister Vladimir Galitsyn said on Thursday", L, "inverted attribution, title with genitive chain"),
    ("mt-01-fisheries", "The main catch falls on pink salmon", None, CAL, "Most of the catch is pink salmon", L, "основной улов приходится на"),
    ("mt-01-fisheries", "In connection with", None, CAL, "Because of", L, "в связи с быстрым подходом рыбы"),
    ("mt-01-fisheries", "On the results of", None, CAL, "By the end of", L, "по итогам"),
    ("mt-01-fisheries", "became the leader of the fishing", None, CAL, "led the catch", L, "стал лидером промысла"),
    ("mt-01-fisheries", "told journalists the general director of the Okeanrybflot company Pavel Rudenko", None, CAL, "Pavel Rudenko, general director of Okeanrybflot, told journalists", L, "inverted attribution after a quote with a listener between"),
    ("mt-01-fisheries", "It is reported on the official portal of the regional government", None, CAL, "The regional government said on its official portal", L, "сообщается на сайте"),
    ("mt-01-fisheries", "1988 year of birth", None, CAL, "born in 1988", C, "1988 года рождения"),
    ("mt-01-fisheries", "As follows from the materials of the fisheries research institute", None, CAL, "According to the fisheries research institute", L, "как следует из материалов"),
    ("mt-01-fisheries", "By the state on", None, CAL, "As of", C, "по состоянию на"),

    # mt-02-museum (culture)
    ("mt-02-museum", "informed the press service of the State Hermitage", None, CAL, "the State Hermitage press service said", L, "сообщила пресс-служба"),
    ("mt-02-museum", "within the framework of", None, CAL, "as part of", L, "в рамках"),
    ("mt-02-museum", "said at the opening the general director of the Hermitage Mikhail Piotrovsky", None, CAL, "Hermitage director general Mikhail Piotrovsky said at the opening", L, "inverted attribution with a phrase"),
    ("mt-02-museum", "According to the words of", None, CAL, "According to", C, "по словам"),
    ("mt-02-museum", "In the museum noted", None, CAL, "The museum noted", C, "В музее отметили"),
    ("mt-02-museum", "on a gratuitous basis", None, CAL, "free of charge", L, "на безвозмездной основе"),
    ("mt-02-museum", "In the night to Wednesday", None, CAL, "Overnight into Wednesday", L, "в ночь на среду"),
    ("mt-02-museum", "in the next year", None, CAL, "next year", L, "в следующем году"),
    ("mt-02-museum", "as stated in the message of the museum", None, CAL, "the museum said in a statement", L, "как говорится в сообщении музея"),

    # mt-03-housing (property/finance)
    ("mt-03-housing", "follows from the data of the regional branch of the Central Bank", None, CAL, "according to data from the regional branch of the Central Bank", L, "следует из данных"),
    ("mt-03-housing", "Experts connect the decline with", None, CAL, "Experts attribute the decline to", L, "связывают снижение с"),
    ("mt-03-housing", "noted in a conversation with the correspondent of the agency the director of the regional association of realtors Yelena Kozyreva", None, CAL, "Yelena Kozyreva, director of the regional association of realtors, told the agency", L, "inverted attribution with a phrase"),
    ("mt-03-housing", "According to the assessment of", None, CAL, "According to", L, "по оценке"),
    ("mt-03-housing", "remained at the level of", None, CAL, "stayed at", L, "на уровне"),
    ("mt-03-housing", "In the construction ministry of the region assured", None, CAL, "The regional construction ministry assured", C, "В минстрое области заверили"),
    ("mt-03-housing", "it is planned to", None, CAL, "the region plans to", L, "планируется"),
    ("mt-03-housing", "with the area of", None, CAL, "covering", L, "площадью"),
    ("mt-03-housing", "at the expense of the funds of", None, CAL, "funded by", L, "за счёт средств"),
    ("mt-03-housing", "on the fact of", None, CAL, "over", L, "по факту"),
    ("mt-03-housing", "in a particularly large size", None, CAL, "on a particularly large scale", L, "в особо крупном размере"),

    # mt-04-measles (health)
    ("mt-04-measles", "to the distance regime", None, CAL, "to remote learning", L, "перевели на дистанционный режим"),
    ("mt-04-measles", "in connection with", None, CAL, "because of", L, "в связи с ростом заболеваемости"),
    ("mt-04-measles", "reported the regional department of Rospotrebnadzor", None, CAL, "the regional department of Rospotrebnadzor reported", L, "inverted attribution"),
    ("mt-04-measles", "the condition of two of them doctors assess as severe", None, CAL, "doctors describe two of them as being in serious condition", L, "fronted object, состояние … врачи оценивают как тяжёлое"),
    ("mt-04-measles", "emphasized at a briefing the chief sanitary doctor of the republic Elmira Gadzhieva", None, CAL, "the republic's chief sanitary doctor Elmira Gadzhieva told a briefing", L, "inverted attribution with a phrase"),
    ("mt-04-measles", "at the place of residence", None, CAL, "at local clinics", L, "по месту жительства"),
    ("mt-04-measles", "On the eve", None, CAL, "The day before", L, "накануне"),
    ("mt-04-measles", "It is noted that", None, CAL, "", L, "Отмечается, что"),
    ("mt-04-measles", "took the situation under control", None, CAL, "is monitoring the situation", L, "взял ситуацию под контроль"),
    ("mt-04-measles", "As of the state on", None, CAL, "As of", C, "по состоянию на"),
    ("mt-04-measles", "as follows from the operational summary of the department", None, CAL, "according to the department's operational summary", L, "как следует из оперативной сводки"),

    # mt-05-rescue (emergencies)
    ("mt-05-rescue", "informs the Main Directorate of the Ministry of Emergency Situations for the Altai Republic", None, CAL, "the Altai Republic branch of the Emergencies Ministry said", L, "сообщает ГУ МЧС"),
    ("mt-05-rescue", "The signal about the accident was received", None, CAL, "The alarm was raised", L, "сигнал о происшествии поступил"),
    ("mt-05-rescue", "in the state of a strong shock", None, CAL, "in deep shock", L, "в состоянии сильного шока"),
    ("mt-05-rescue", "said on the air of the local TV channel the head of the unit Sergei Kuzmin", None, CAL, "unit head Sergei Kuzmin told local television", L, "inverted attribution with a phrase"),
    ("mt-05-rescue", "On the results of", None, CAL, "After", L, "по итогам"),
    ("mt-05-rescue", "In the Ministry of Emergency Situations again reminded", None, CAL, "The Emergencies Ministry again reminded", C, "В МЧС напомнили"),
    ("mt-05-rescue", "in the result of which", None, CAL, "which", L, "в результате которых"),
    ("mt-05-rescue", "under the article \"Causing grievous bodily harm by negligence\"", None, CAL, "for causing grievous bodily harm by negligence", L, "по статье «…»"),
    ("mt-05-rescue", "1976 year of birth", None, CAL, "born in 1976", C, "1976 года рождения"),
    ("mt-05-rescue", "From the side of the authorities", None, CAL, "The authorities", L, "со стороны властей"),
    ("mt-05-rescue", "it is planned to", None, CAL, "plan to", L, "планируется"),

    # mt-06-zoo (animals)
    ("mt-06-zoo", "told RIA Novosti in the press service of the zoo", None, CAL, "the zoo's press service told RIA Novosti", L, "рассказали РИА Новости в пресс-службе"),
    ("mt-06-zoo", "The babies appeared", None, CAL, "The cubs were born", L, "малыши появились на свет"),
    ("mt-06-zoo", "kittens", None, CAL, "cubs", L, "котята for tiger cubs"),
    ("mt-06-zoo", "said the director of the zoo Andrei Shilo", None, CAL, "said Andrei Shilo, the zoo's director", L, "title with genitive before the name, no comma"),
    ("mt-06-zoo", "in the framework of", None, CAL, "as part of", L, "в рамках"),
    ("mt-06-zoo", "According to the data of", None, CAL, "According to", C, "по данным"),
    ("mt-06-zoo", "in connection with", None, CAL, "because of", L, "в связи с началом"),
    ("mt-06-zoo", "In the zoo warned", None, CAL, "The zoo warned", C, "В зоопарке предупредили"),
    ("mt-06-zoo", "at the expense of the city budget", None, CAL, "funded from the city budget", L, "за счёт городского бюджета"),
    ("mt-06-zoo", "with the replenishment", None, CAL, "on the new arrivals", L, "поздравил с пополнением"),
    ("mt-06-zoo", "As writes the local edition NGS", None, CAL, "As the local outlet NGS reports", L, "Как пишет местное издание"),

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
        elif not 4 <= per_doc[name] <= 12:
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
            if shared:
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
    for name in docs:
        print(f"  {name:24} words={len(docs[name].split()):4} gold={per_doc[name]:3} "
              + " ".join(f"{c}={n}" for c, n in sorted(Counter(r['category'] for r in out if r['doc'] == name).items())))
    conf = Counter(r["confidence"] for r in out)
    print(f"confidence: {dict(conf)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
