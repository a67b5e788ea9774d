"""Named entities of the Russian original, and how the English renders them.

Two sources of entities: the glossary, looked up by the lemmas of its Russian
forms (pymorphy3: Путиным -> путин, so every case form of a glossary name is
found without listing it), and natasha's NER for names the glossary does not
know. For each entity, the aligned English sentences are read for its accepted
English forms (glossary canonical, short, variants; for unknown names, any
plausible transliteration) and for renderings that contradict the source:

- a glossary wrong form of that concept (no context cue needed: the source is the cue);
- a glossary non-standard transliteration or a Russian case-ending leak;
- the word after the expected first name ("Dmitry Sands") when it is no
  transliteration of the surname, and that rendering again wherever the same
  source name recurs in the document.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from mtaudit.glossary import Concept, Glossary, matches
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.source import models

_TOKEN = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
MAX_NGRAM = 5
ACCEPTED_KINDS = ("canonical", "short", "variant")
WRONG_KINDS = ("wrong", "translit", "inflected")
CHECKED_TYPES = ("person", "organisation", "outlet", "place")


@dataclass(frozen=True)
class SourceEntity:
    """An entity mention in the source: span, type, lemmas, and the glossary concept if known."""

    start: int
    end: int
    text: str
    kind: str                      # PER, ORG, LOC
    lemmas: tuple[str, ...]
    normal: str                    # natasha's nominative form ("Дмитрий Песков"), or the text
    concept: Concept | None = None

    @property
    def expected(self) -> str:
        """The form an English translation should hold: canonical, or a transliteration."""
        if self.concept is not None:
            return self.concept.canonical
        return transliterate(self.normal)


@dataclass
class Rendering:
    """What the English holds for a source entity: a span and why it is wrong."""

    start: int
    end: int
    reason: str        # wrong-form | translit | leak | anchored | learned
    fix: str
    confident: bool
    evidence: str = ""


@dataclass
class RenderingMemory:
    """Per document: how each source surname was rendered where we could see it."""

    seen: dict[str, str] = field(default_factory=dict)


def transliterate(text: str) -> str:
    return models.transliterator().translate(text)


def translit_key(word: str) -> str:
    """A spelling-insensitive key for transliterations (Aleksey ~ Alexei, Shoigu ~ Shoygu)."""
    w = word.casefold().replace("’", "").replace("'", "").replace("ʹ", "")
    for a, b in (("kh", "h"), ("ks", "x"), ("yy", "y"), ("iy", "y"), ("ii", "y"), ("ij", "y"),
                 ("ye", "e"), ("yo", "o"), ("je", "e"), ("j", "y"), ("i", "y"), ("w", "v"), ("ts", "c"),
                 ("tz", "c"), ("ff", "v")):
        w = w.replace(a, b)
    w = re.sub(r"[^a-z]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def plausible_translit(english: str, expected: str) -> bool:
    a, b = translit_key(english), translit_key(expected)
    if not a or not b:
        return False
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _lemmas(word: str) -> tuple[str, ...]:
    """Candidate lemmas of a word, best first (lower case, ё -> е)."""
    return _lemmas_cached(word.casefold().replace("ё", "е"))


@lru_cache(maxsize=50_000)
def _lemmas_cached(word: str) -> tuple[str, ...]:
    if not re.search(r"[а-я]", word):
        return (word,)
    out: list[str] = []
    for p in models.morph().parse(word)[:4]:
        lemma = p.normal_form.replace("ё", "е")
        if lemma not in out:
            out.append(lemma)
    return tuple(out) or (word,)


_LEMMA_INDEX: dict[str, dict[tuple[str, ...], list[Concept]]] = {}


def lemma_index(glossary: Glossary) -> dict[tuple[str, ...], list[Concept]]:
    """Glossary concepts by the lemmas of each Russian form (built once per glossary)."""
    cached = _LEMMA_INDEX.get(glossary.hash)
    if cached is not None:
        return cached
    index: dict[tuple[str, ...], list[Concept]] = {}
    for concept in glossary.concepts:
        if concept.type not in CHECKED_TYPES:
            continue
        for form in concept.ru:
            words = _TOKEN.findall(form)
            if not words or len(words) > MAX_NGRAM:
                continue
            key = tuple(_form_lemma(w, concept.type) for w in words)
            bucket = index.setdefault(key, [])
            if concept not in bucket:
                bucket.append(concept)
    _LEMMA_INDEX.clear()
    _LEMMA_INDEX[glossary.hash] = index
    return index


_TYPE_TAGS = {"person": ("Surn", "Name", "Patr"), "place": ("Geox",), "organisation": ("Orgn", "Abbr"),
              "outlet": ("Orgn", "Abbr")}


def _reads_as(word: str, concept_type: str) -> bool:
    """True when pymorphy3 has a reading of the word as this kind of name."""
    tags = _TYPE_TAGS.get(concept_type, ())
    return any(any(t in p.tag.grammemes for t in tags) for p in models.morph().parse(word)[:4])


def _form_lemma(word: str, concept_type: str) -> str:
    """The lemma of a glossary form's word, read as the kind of name it is (Песков is a surname,
    not the genitive plural of песок, so it does not collide with the village Пески)."""
    w = word.casefold().replace("ё", "е")
    if re.search(r"[а-я]", w):
        for p in models.morph().parse(w):
            if any(t in p.tag.grammemes for t in _TYPE_TAGS.get(concept_type, ())):
                return p.normal_form.replace("ё", "е")
    return _lemmas(word)[0]


def source_entities(src, glossary: Glossary | None) -> list[SourceEntity]:
    """Glossary entities (by lemmas) and NER names of the source, without overlaps."""
    text = src.text
    tokens = list(_TOKEN.finditer(text))
    found: list[SourceEntity] = []
    covered: list[tuple[int, int]] = []
    index = lemma_index(glossary) if glossary is not None else {}
    ner = _ner_spans(text)
    persons = [(s, e) for s, e, kind, _ in ner if kind == "PER"]
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
            group = tokens[i:i + n]
            if any(text[a.end():b.start()].strip() not in ("",) for a, b in zip(group, group[1:])):
                continue
            hits = [index[key][0] for key in _keys([_lemmas(t.group()) for t in group])
                    if key in index and len(index[key]) == 1]
            if hits:  # Песков: the surname reading (a person) before the noun reading (the village Пески)
                hit = (n, next((c for c in hits if _reads_as(group[-1].group(), c.type)), hits[0]))
            if hit:
                break
        if hit and not _plausible_source_match(text, tokens, i, hit[0], hit[1]):
            hit = None
        if hit and hit[1].type != "person" and any(a <= tokens[i].start() < b for a, b in persons):
            hit = None  # Виктора Орехова is a man named by NER, not the village Орехово
        if hit:
            n, concept = hit
            s, e = tokens[i].start(), tokens[i + n - 1].end()
            kind = {"person": "PER", "place": "LOC"}.get(concept.type, "ORG")
            found.append(SourceEntity(s, e, text[s:e], kind, tuple(_lemmas(t.group())[0] for t in tokens[i:i + n]),
                                      text[s:e], concept))
            covered.append((s, e))
            i += n
        else:
            i += 1
    for span in ner:
        s, e, kind, normal = span
        if any(a < e and s < b for a, b in covered):
            continue
        words = _TOKEN.findall(text[s:e])
        found.append(SourceEntity(s, e, text[s:e], kind, tuple(_lemmas(w)[0] for w in words), normal))
    return sorted(found, key=lambda x: x.start)


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})


def _plausible_source_match(text, tokens, i: int, n: int, concept) -> bool:
    """A glossary match in the source that names the concept: written with a capital
    (Волк the spokeswoman, not волк the animal; a capital at a sentence start only for a
    proper-noun reading), and a bare surname not preceded by some other first name
    (Анна Попова is not the glossary's Pavel Popov)."""
    first = tokens[i].group()
    if not first[:1].isupper():
        return False
    before = text[:tokens[i].start()].rstrip()
    if (not before or before[-1] in ".!?…\n«\"—") and not any(
            _PROPER & set(p.tag.grammemes) for p in models.morph().parse(first)[:3]):
        return False
    if concept.type == "person" and n == 1 and i > 0:
        prev = tokens[i - 1]
        if text[prev.end():tokens[i].start()].strip() == "" and prev.group()[:1].isupper() and any(
                "Name" in p.tag.grammemes for p in models.morph().parse(prev.group())[:2]):
            return False  # a full name the glossary did not match as a whole: someone else
    return True


def _keys(candidates: list[tuple[str, ...]], limit: int = 16):
    keys: list[tuple[str, ...]] = [()]
    for options in candidates:
        keys = [k + (o,) for k in keys for o in options][:limit]
    return keys


def _ner_spans(text: str) -> list[tuple[int, int, str, str]]:
    from natasha import Doc

    segmenter, tagger = models.ner()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    out = []
    for span in doc.spans:
        normal = _normal_name(text[span.start:span.stop]) if span.type == "PER" else text[span.start:span.stop]
        out.append((span.start, span.stop, span.type, normal))
    return out


def _normal_name(name: str) -> str:
    """A person's name in the nominative, in the first name's gender
    (Алексея Навального -> Алексей Навальный, Анны Поповой -> Анна Попова)."""
    out = []
    gender = None
    for word in name.split():
        parses = [p for p in models.morph().parse(word) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        if gender is None:
            gender = next((p.tag.gender for p in parses if "Name" in p.tag.grammemes and p.tag.gender), None)
        best = next((p for p in parses if gender and p.tag.gender == gender), parses[0] if parses else None)
        if best is None:
            out.append(_surname_nominative(word, gender) if out else word)
            continue
        nom = best.inflect({"nomn", gender}) if gender else best.inflect({"nomn"})
        nom = nom or best.inflect({"nomn"})
        form = nom.word if nom else best.normal_form
        out.append(form[:1].upper() + form[1:] if word[:1].isupper() else form)
    return " ".join(out)


# --- the English side -------------------------------------------------------------------------

def check_entity(ent: SourceEntity, doc, ctx_glossary: Glossary | None, window: tuple[int, int],
                 near: tuple[int, int], memory: RenderingMemory) -> Rendering | None:
    """A wrong rendering of `ent` in doc.text[window], or None when the English agrees.

    `near` (the window widened by a sentence each side) is where an accepted form still
    counts as the entity being rendered (human translators move names across sentences).
    """
    if ent.concept is not None:
        return _check_known(ent, doc, ctx_glossary, window, near, memory)
    if ent.kind == "PER":
        return _check_unknown_person(ent, doc, window, near, memory)
    return None


def _check_known(ent, doc, glossary, window, near, memory) -> Rendering | None:
    concept = ent.concept
    found = [m for m in matches(doc, glossary) if window[0] <= m.start and m.end <= window[1]]
    here = [m for m in found if m.concept.id == concept.id]
    wrong = [m for m in here if m.kind in WRONG_KINDS]
    accepted = [m for m in matches(doc, glossary) if near[0] <= m.start and m.end <= near[1]
                and m.concept.id == concept.id and m.kind in ACCEPTED_KINDS]
    fix = concept.name_form if concept.type == "person" else concept.canonical
    for m in wrong:
        if any(x.kind not in WRONG_KINDS and x.start == m.start for x in found):
            continue  # the span is also a correct form of some concept
        if m.kind == "wrong" and m.wrong and m.wrong.fix:
            fix = m.wrong.fix
        start = _article_before(doc.text, m.start) if concept.type == "person" and m.kind == "wrong" else m.start
        if m.kind == "inflected":
            return Rendering(start, m.end, "leak", fix, True)
        if m.kind == "translit":
            full = concept.canonical if " " in m.surface.strip() else fix
            return Rendering(start, m.end, "translit", full, True)
        memory.seen[_memory_key(ent)] = m.surface
        return Rendering(start, m.end, "wrong-form", fix, True)
    if accepted or concept.type != "person":
        return None
    return _anchored(ent, doc, window, memory, concept.first_names, concept.short or concept.canonical.split()[-1])


_CASE_ENDINGS = ("ovoy", "evoy", "oy", "om", "ym", "im", "u", "a", "e", "ogo", "omu")


def _check_unknown_person(ent, doc, window, near, memory) -> Rendering | None:
    expected = ent.expected
    surname = expected.split()[-1]
    near_text = doc.text[near[0]:near[1]]
    for w in _EN_WORD.finditer(near_text):
        leak = _case_leak(w.group(), surname)
        if leak and window[0] <= near[0] + w.start() < window[1]:
            s = near[0] + w.start()
            return Rendering(s, s + len(w.group()), "leak", surname, True,
                             evidence="a Russian case ending on the transliteration")
    if any(plausible_translit(w.group(), surname) for w in _EN_WORD.finditer(near_text)):
        return None
    first = expected.split()[:-1]
    return _anchored(ent, doc, window, memory, tuple(first[:1]), surname, known=False,
                     middle=tuple(first[1:]))


def _case_leak(word: str, surname: str) -> bool:
    """"Markelova" for the nominative Маркелов: the transliteration plus a Russian case ending."""
    if translit_key(word) == translit_key(surname) or not word[:1].isupper():
        return False
    low, key = word.casefold(), translit_key(surname)
    return any(low.endswith(end) and len(low) - len(end) >= 3
               and key in (translit_key(word[:-len(end)]), translit_key(word[:-len(end)] + "a"))
               for end in _CASE_ENDINGS)  # Маркелов -> Markelova; Ершова -> Ershovoy


def _anchored(ent, doc, window, memory, first_names, surname, known=True, middle=()) -> Rendering | None:
    """The rendering right after the expected first name, or a rendering learnt earlier."""
    text = doc.text[window[0]:window[1]]
    for first in first_names[:1]:
        for m in _EN_WORD.finditer(text):
            if not plausible_translit(m.group(), first):
                continue
            nxt = re.match(r"[ \t]+([A-Za-z][\w’'-]*)", text[m.end():])
            if not nxt:
                continue
            word = nxt.group(1)
            if plausible_translit(word, surname) or any(plausible_translit(word, x) for x in middle):
                return None  # a spelling variant (the translit and casing detectors' job), a patronymic
            s = window[0] + m.end() + nxt.start(1)
            memory.seen[_memory_key(ent)] = word
            return Rendering(s, s + len(word), "anchored", surname,
                             confident=_is_word(word),
                             evidence=f"after “{m.group()}”")
    learned = memory.seen.get(_memory_key(ent))
    if learned:
        m = re.search(rf"(?<![\w-]){re.escape(learned)}(?![\w-])", text, re.IGNORECASE)
        if m:
            start = _article_before(doc.text, window[0] + m.start())
            return Rendering(start, window[0] + m.end(), "learned", surname, True,
                             evidence=f"rendered “{learned}” earlier in the text")
    return None


_SURNAME_CASES = {  # oblique endings of -ов/-ев/-ин surnames -> nominative, by gender
    "masc": (("ыми", ""), ("ому", ""), ("ого", ""), ("ым", ""), ("а", ""), ("у", ""), ("е", "")),
    "femn": (("ой", "а"), ("у", "а")),
}


def _surname_nominative(word: str, gender: str | None) -> str:
    """Орехова -> Орехов (a man), Сомовой -> Сомова (a woman): surnames pymorphy3 does not know."""
    for end, repl in _SURNAME_CASES.get(gender or "", ()):
        stem = word[:-len(end)] if end else word
        if word.endswith(end) and stem.endswith(("ов", "ев", "ёв", "ин", "ын")) and len(stem) > 3:
            return stem + repl
    return word


def _memory_key(ent: SourceEntity) -> str:
    """One key per person however the source inflects or shortens the name."""
    if ent.concept is not None:
        return ent.concept.id
    return translit_key(ent.expected.split()[-1])


def _is_word(word: str) -> bool:
    """An English dictionary word, plurals included (Sands, Grasshoppers)."""
    w = word.lower()
    return any(is_dictionary_word(x) for x in (w, w[:-1] if w.endswith("s") else w,
                                               w[:-2] if w.endswith("es") else w,
                                               w[:-3] + "y" if w.endswith("ies") else w))


def _article_before(text: str, start: int) -> int:
    m = re.search(r"(?:^|(?<=\W))(the|The)[ \t]+$", text[max(0, start - 8):start])
    return start - (len(text[max(0, start - 8):start]) - m.start(1)) if m else start
