"""Spelling of known names: non-standard transliterations, Russian case endings left in
names, and one entity spelled several ways in one document.

All three come from the glossary: `translit` lists the variants to normalise,
case-ending forms are generated from a name's short form (see glossary.inflect),
and consistency compares the accepted forms a document actually uses.
"""

from __future__ import annotations

import re
from collections import Counter
from os.path import commonprefix

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word
from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.entities.names_meaning import first_name_meaning

TRANSLITERATION = rule(
    "MT104", "nonstandard-transliteration", "entity-mistranslation",
    summary="A known name in a non-standard transliteration",
    why="Each MT system transliterates Russian names its own way (Lawrow, Zelenskii, Dmitrii); "
        "a newsroom uses one spelling, the glossary's canonical one.",
    confidence="likely",
    bad=["Foreign Minister Lawrow met his counterpart.",
         "President Zelenskii addressed parliament."],
    good=["Foreign Minister Lavrov met his counterpart.",
          "President Zelensky addressed parliament.",
          "Geese went to buyers in 30 regions, the newspaper Tulskiye Izvestiya reported."],
    applicability="safe", severity="minor",
)

CASE_ENDING = rule(
    "MT105", "russian-case-ending", "entity-mistranslation",
    summary="A Russian case ending left on a transliterated name (Putina, Lavrovym)",
    why="A name transliterated from an inflected Russian form keeps its case ending "
        "(встреча с Лавровым -> 'meeting with Lavrovym').",
    confidence="likely",
    bad=["The talks with Lavrovym lasted three hours.",
         "A spokesman for Putina declined to comment."],
    good=["The talks with Lavrov lasted three hours.",
          "Lyudmila Putina attended the ceremony.",
          "Grahame Madge, a Met Office spokesman, said the rain would ease.",
          "The farm is run by Anna lavrova. Lavrova said the harvest was late."],
    applicability="unsafe",
)

INCONSISTENT = rule(
    "MT106", "inconsistent-entity-spelling", "inconsistency",
    summary="One person spelled several ways in one document",
    why="Texts assembled from several MT outputs mix spellings (Zelensky, Zelenskyy); readers "
        "and search need one.",
    confidence="likely",
    bad=["Zelensky spoke on Monday. Zelensky and his aides met. On Tuesday Zelenskyy left."],
    good=["Volodymyr Zelensky spoke on Monday. On Tuesday Zelensky left.",
          "Zelenskyy spoke on Monday.",
          "Syrian President Bashar al-Assad spoke on Monday. Assad's forces advanced."],
    applicability="safe",
)

_ACCEPTED_KINDS = ("canonical", "short", "variant")
_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+[ ]$")
_CAPITAL_AFTER = re.compile(r"[ ][A-Z][a-z]+(?![\w’'-])")


def _inside_longer_name(text: str, m) -> bool:
    """A one-word outlet's name run into a longer capitalised name ("the newspaper Tulskiye
    Izvestiya", "Izvestiya Udmurtskoy Respubliki"): the name of another paper, spelled its own way,
    not the known one in a non-standard transliteration. Regional papers take the names of national
    ones with a place; other bodies ("the Moscow GIBDD") are the known body and still read."""
    if m.concept.type != "outlet" or len(m.form.split()) != 1:
        return False
    return bool(_CAPITAL_BEFORE.search(text, max(0, m.start - 40), m.start) or _CAPITAL_AFTER.match(text, m.end))


class EntityFormsDetector:
    name = "entity-forms"
    rules = (TRANSLITERATION, CASE_ENDING, INCONSISTENT)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        for m in ec.matches:
            if ec.skip(m) or _ambiguous(ec, m):
                continue
            if m.kind == "translit":
                if _inside_longer_name(doc.text, m):
                    continue
                yield self._translit(doc, ec, m)
            elif m.kind == "inflected":
                finding = self._case_ending(doc, ec, m)
                if finding is not None:
                    yield finding
        yield from self._inconsistent(doc, ec)

    def _translit(self, doc, ec, m):
        concept = m.concept
        words = len(m.form.split())
        replacement = concept.short if concept.short and words == len(concept.short.split()) \
            else concept.canonical
        return TRANSLITERATION.finding(
            doc, m.start, m.end,
            f"“{m.surface}” is a non-standard transliteration of {concept.canonical}; write “{replacement}”",
            fix=Fix.replace(m.start, m.end, replacement, _respelling_safety(concept),
                            f"respell as “{replacement}”"))

    def _case_ending(self, doc, ec, m):
        concept = m.concept
        if not m.surface[:1].isupper():
            return None
        before = ec.word_before(m.start)
        first_names = {n.lower() for n in concept.first_names}
        if before and before[:1].isupper() and before.lower() not in first_names \
                and not ec.title_before(m.start) and not is_common_word(before):
            return None  # "Lyudmila Putina": another person's full name
        if before and first_name_meaning(before) is not None:
            return None  # "Love Kuznetsova": a woman's first name translated by meaning (MT109)
        if _first_name_of_another(doc.text, m.end):
            return None  # "Grahame Madge, a Met Office spokesman": a given name before a surname,
            # where no case ending stands (Russian inflects the surname: "с Грэмом Мэджем")
        if _named_with_another_first_name(doc.text, m.surface, first_names):
            return None  # "Anna Volkova ... as Volkova noted": a different person, not Volkov's case form
        name = concept.short or concept.canonical.split()[-1]
        cues = ec.cues(concept, m.start, m.end)
        evidence = [c.text for c in cues]
        stem = len(commonprefix([m.surface.lower(), name.lower()]))
        message = (f"“{m.surface}” looks like {name} with a Russian case ending "
                   f"(-{m.surface[stem:]}); write “{name}”")
        if evidence:
            message += "; evidence: " + "; ".join(evidence)
        return CASE_ENDING.finding(
            doc, m.start, m.end, message,
            fix=Fix.replace(m.start, m.end, name, Applicability.UNSAFE, f"replace with “{name}”"),
            confidence=Confidence.CERTAIN if any(c.full for c in cues) else Confidence.LIKELY,
            evidence=evidence)

    def _inconsistent(self, doc, ec):
        for concept_id, found in ec.by_concept.items():
            mentions = [m for m in found if m.kind in _ACCEPTED_KINDS and m.surface[:1].isupper()
                        and m.concept.type == "person" and not _ambiguous(ec, m) and not ec.skip(m)]
            groups = _spelling_groups([m.form for m in mentions])
            if len(groups) < 2:
                continue
            concept = mentions[0].concept
            counts = Counter(groups[m.form] for m in mentions)
            preferred = {groups[f] for f in (concept.canonical, concept.short) if f in groups}
            majority = max(counts, key=lambda g: (counts[g], g in preferred, -g))
            majority_forms = [f for f, g in groups.items() if g == majority]
            used = Counter(m.form for m in mentions if groups[m.form] == majority)
            for m in mentions:
                if groups[m.form] == majority:
                    continue
                fix = _counterpart(m.form, majority_forms, used, concept)
                evidence = [f"“{f}” ×{n}" for f, n in used.most_common()]
                yield INCONSISTENT.finding(
                    doc, m.start, m.end,
                    f"{concept.canonical} is spelled “{m.surface}” here but “{fix}” elsewhere in the "
                    f"document; use one spelling",
                    fix=Fix.replace(m.start, m.end, fix, Applicability.SAFE, f"respell as “{fix}”"),
                    evidence=evidence)


def _respelling_safety(concept) -> Applicability:
    """A person's non-standard transliteration is a safe respelling; a place's or an organisation's
    follows the concept's `applicability` (the Russian-based spelling may stand in fixed names:
    "chicken Kiev", "Odessa, Texas")."""
    return Applicability.SAFE if concept.type == "person" else Applicability(concept.applicability)


def _named_with_another_first_name(text: str, surface: str, own_first_names: set[str]) -> bool:
    """True when the document writes `surface` after a known first name that is not the concept's
    own, or after a Russian first name translated by meaning: the form is then another person's
    surname ("Anna Volkova", "Love Kuznetsova"), wherever it stands. The full name may be the one
    MT lower-cased ("Natalia zhdanova, the head of ..." and later "Zhdanova said")."""
    known = lexicon.first_names()
    forms = (surface, surface.lower()) if surface.lower() != surface else (surface,)
    for form in forms:
        for word in _words_before(text, form):
            if word in known and word.lower() not in own_first_names or first_name_meaning(word) is not None:
                return True  # "Anna Volkova", "Love Kuznetsova" (Любовь translated by meaning)
    return False


_NEXT_NAME = re.compile(r"[ \u00a0]+([A-Z][a-z'’-]+)\b")
_CALENDAR_WORDS = frozenset("January February March April May June July August September October "
                            "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                            "Sunday".split())


def _first_name_of_another(text: str, end: int) -> bool:
    """The form ending at `end` is followed by a capitalised name word in the same sentence: it
    stands where a first name stands ("Grahame Madge"), and a name in that place is not the
    inflected surname of a known person."""
    m = _NEXT_NAME.match(text, end)
    return m is not None and m.group(1) not in _CALENDAR_WORDS and not is_common_word(m.group(1))


def _words_before(text: str, surface: str):
    r"""group(1) of each match of `\b(\w+)\s+SURFACE\b` that `re.finditer` makes, in order.

    The pattern opens with a word of any letters, so the regex engine tried it at every
    position of the document, once per inflected match; here only the occurrences of the
    surface are visited (a substring search), each read back over the spaces and the word
    before it. A match ends right after its surface and starts at the word before it, so a
    match is skipped, as finditer skips it, when that word starts inside the previous match."""
    tail = re.compile(re.escape(surface) + r"\b")
    cursor = 0
    at = text.find(surface)
    while at >= 0:
        m = tail.match(text, at)
        space = at
        while space > 0 and text[space - 1].isspace():  # \s is str.isspace() for `re`
            space -= 1
        word = space
        while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_"):  # \w
            word -= 1
        if m is not None and space < at and word < space and word >= cursor:
            yield text[word:space]
            cursor = m.end()
        at = text.find(surface, at + 1)


def _ambiguous(ec, m) -> bool:
    """The span is also a form of another concept: leave it to a person."""
    return any(x.concept.id != m.concept.id for x in ec.at_span(m))


_NAME_WORDS = re.compile(r"[\s\u2010\u2011-]+")


def _spelling_groups(forms: list[str]) -> dict[str, int]:
    """Forms that agree (one's words run inside the other's: Donald Trump / Trump) share a group."""
    unique = list(dict.fromkeys(forms))
    parent = list(range(len(unique)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(unique):
        for j in range(i):
            if _agree(a, unique[j]):
                parent[root(i)] = root(j)
    return {f: root(i) for i, f in enumerate(unique)}


def _agree(a: str, b: str) -> bool:
    """A name particle joined by a hyphen is a word of its own: "Assad" agrees with
    "Bashar al-Assad", "Sharaa" with "Ahmed al-Sharaa"."""
    wa, wb = _NAME_WORDS.split(a), _NAME_WORDS.split(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _counterpart(form: str, majority_forms: list[str], used: Counter, concept) -> str:
    """The majority spelling with as many words as `form` (else the most used one)."""
    n = len(form.split())
    same = [f for f, _ in used.most_common() if len(f.split()) == n]
    if same:
        return same[0]
    for f in (concept.short, concept.canonical):
        if f in majority_forms and len(f.split()) == n:
            return f
    return used.most_common(1)[0][0]


DETECTOR = EntityFormsDetector()
