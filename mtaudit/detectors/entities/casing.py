"""Broken casing of known names ("Donald trump") and institutions ("the federation Council").

A glossary form matched case-insensitively whose capitals the text lost is
flagged. Headline styles (ALL CAPS, Every Word Capitalised) are left alone; an
institution spelled all in lower case is a style choice, but mixed casing is not.
A lowercased one-word surname that is also an English word ("trump") needs a cue.
"""

from __future__ import annotations

import re

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_common_word_or_plural
from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.entities.slots import slot
from mtaudit.text.house_casing import lowercase_head_accepted
from mtaudit.text.position import capitalised_by_position

_SPACES = re.compile(r"(\s+)")

NAME_CASING = rule(
    "MT102", "name-casing", "name-casing",
    summary="A known person's or place's name with lost capitals",
    why="MT output lowercases a surname that is also a common word (Трамп -> 'trump') or "
        "breaks the casing of a multi-word name.",
    confidence="likely",
    bad=["The meeting between Donald trump and Vladimir Putin lasted two hours.",
         "Donald Trump met Putin. Later trump wrote on Twitter that it went well.",
         "President trump said so."],
    good=["Donald Trump met Vladimir Putin.",
          "The tests do not change the marks of the pupils, the ministry said.",
          "You can trump that offer with a better one.",
          "Donald Trump said he would trump the offer.",
          "Rice farmers in the south began the harvest. The water in the rice fields was drained "
          "early, and the rice dried well. Agronomist Olga Petrova has worked with rice for 20 years.",
          # the glossary writes "Krasnoyarsk region": a lower-case descriptor is its style
          "Furs came from the Krasnoyarsk territory and the Irkutsk region.",
          # a place described by its kind in lower case, the name proper intact
          "Storms closed schools in the republic of Dagestan on Friday.",
          "Storms closed schools across Russia's mountainous republic of Dagestan on Friday."],
    applicability="safe",
)

INSTITUTION_CASING = rule(
    "MT103", "institution-casing", "institution-casing",
    summary="A known institution or title with broken casing",
    why="MT output capitalises some words of an institution's name and not others "
        "('the State duma', 'national security Agency').",
    confidence="certain",
    bad=["The bill passed the State duma on Tuesday.",
         "It was approved by the federation Council.",
         "A statement from the ministry of Defence followed.",
         "The Director of the national security Agency spoke.",
         "Patriarch Kirill, head of the Russian Orthodox church, led the service.",
         "The bill was backed by the speaker of the state Duma."],
    good=["The bill passed the State Duma on Tuesday.",
          "THE STATE DUMA VOTES",
          "Ministry Of Defence Issues Statement",
          "a spokesman for the defence ministry said",
          "He said so in an interview with the Fox News channel.",
          # a descriptor after a proper name in any style; a generic head in British copy that
          # lowercases heads elsewhere (data/house_casing.yaml)
          "Fans filled the Luzhniki stadium on Saturday.",
          "The parish council thanked the diocese of Leeds and the Russian Orthodox church.",
          # a title in running text is written in lower case in English
          "The head of the Office of the President of Ukraine, Mikhail Podolyak, said so."],
    applicability="safe",
)

_NAME_TYPES = ("person", "place")


class EntityCasingDetector:
    name = "entity-casing"
    rules = (NAME_CASING, INSTITUTION_CASING)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        done: set[tuple[int, int]] = set()
        pending: list[tuple] = []  # (match, replacement, why): the language model decides
        for m in ec.matches:
            if m.kind not in ("canonical", "short", "variant") or m.exact or (m.start, m.end) in done:
                continue
            if ec.skip(m) or any(x.exact for x in ec.at_span(m)):
                continue
            fixed = _recased(m.surface, m.form, self._sentence_start(doc, m.start))
            if fixed is None:
                fixed = _shouted(doc, ec, m)
            if fixed is None:
                continue
            finding = self._finding(doc, ec, m, fixed, pending)
            if finding is not None:
                done.add((m.start, m.end))
                yield finding
        yield from self._language_model_check(doc, ec, ctx, pending)

    def _language_model_check(self, doc, ec, ctx, pending):
        """Score the undecided lowercase names in one batch: written vs capitalised."""
        lm = ctx.language_model if pending else None
        if lm is None:
            return
        from mtaudit.models.lm import prefers

        windows = [lm_window(doc, m.start, m.end, replacement[0]) for m, replacement, _ in pending]
        verdicts = prefers(lm, [w for w, _ in windows], [r for _, r in windows], LM_CASING_MARGIN)
        for (m, fixed, why), yes in zip(pending, verdicts):
            if yes:
                yield self._emit(doc, m, fixed[0], [why, f"the language model ({lm.name}) reads it as "
                                                         f"the name"], Confidence.LIKELY,
                                 Applicability.UNSAFE)

    @staticmethod
    def _sentence_start(doc, start: int) -> bool:
        return capitalised_by_position(doc.text, start)

    def _finding(self, doc, ec, m, fixed: tuple[str, bool], pending: list):
        replacement, mixed = fixed
        concept = m.concept
        multiword = len(m.surface.split()) > 1
        is_name = concept.type in _NAME_TYPES
        evidence: list[str] = []
        if multiword:
            if _only_article_lowered(m.surface, m.form):
                return None  # "the Village", "the Moscow Times": running text lowercases a name's "The"
            if concept.type == "place" and _kind_of_place_lowered(doc.text, m.start, m.surface, m.form):
                return None  # "the republic of Dagestan": English describes the place by its kind
            if mixed and not _own_capitals_kept(m.surface, m.form):
                mixed = False  # "Ukraine's foreign ministry": a possessor keeps its capital in any style
            if _descriptor_after_name(m.surface, m.form, concept, doc.text[max(0, m.start - 60):m.start]):
                return None  # "the Fox News channel": the name stands whole, "channel" describes it
            if lowercase_head_accepted(doc, m.surface, m.start, m.end):
                return None  # "Luzhniki stadium"; "the Russian Orthodox church" in British copy
            if not is_name and not mixed:
                return None  # "the ministry of defence": a style choice, not an artifact
            if concept.type == "title" and not _title_before_name(doc.text, m.start, m.end):
                replacement = _title_in_running_text(m.surface, replacement)
                if replacement == m.surface:
                    return None  # "the head of the Office of the President, Mikhail Podolyak": English casing
            confidence = Confidence.CERTAIN if mixed else Confidence.LIKELY
            applicability = Applicability.SAFE
        elif m.surface.isupper():  # "President XI": a shouted name in running text (see _shouted)
            cue = ec.preceding_cue(concept, m.start)
            evidence = [cue.text] if cue else ["the next word continues the name"]
            confidence, applicability = Confidence.LIKELY, Applicability.SAFE
        else:
            if not is_name and not m.form.isupper():
                return None  # one-word institutions ("duma") are too often plain nouns
            if m.form.isupper() and (m.surface.islower() or m.surface.istitle()):
                return None  # "au lait", "ft", or a house style ("Nato", "Opec"): not an MT artifact
            common = is_common_word_or_plural(m.form)  # "marks" (school marks) is not Marks, Saratov region
            cues = ec.cues(concept, m.start, m.end)
            evidence = [c.text for c in cues]
            confidence = Confidence.CERTAIN if any(c.full for c in cues) else Confidence.LIKELY
            applicability = Applicability.UNSAFE if common else Applicability.SAFE
            if common:
                pre = ec.preceding_cue(concept, m.start)
                where = slot(doc.text, m.start, m.end, pre is not None)
                if where.kind == "common":
                    return None  # "to trump", "would trump the offer", "a trump card"
                topic = document_topic(ec, concept)
                if where.kind == "name" and (cues or (where.strong and topic)):
                    evidence = [f"a name slot: {where.why}"] + (evidence or [topic])
                elif cues or topic:
                    if concept.type == "person":
                        pending.append((m, fixed, f"{where.why}; " + (evidence[0] if evidence else topic)))
                    return None
                else:
                    return None
        return self._emit(doc, m, replacement, evidence, confidence, applicability)

    def _emit(self, doc, m, replacement, evidence, confidence, applicability):
        concept = m.concept
        is_name = concept.type in _NAME_TYPES
        rule_ = NAME_CASING if is_name else INSTITUTION_CASING
        what = "name" if is_name else concept.type
        message = f"“{m.surface}”: broken casing of the {what} {concept.canonical}; write “{replacement}”"
        if evidence:
            message += "; evidence: " + "; ".join(evidence)
        return rule_.finding(doc, m.start, m.end, message,
                             fix=Fix.replace(m.start, m.end, replacement, applicability,
                                             f"capitalise as “{replacement}”"),
                             confidence=confidence, evidence=evidence)


LM_CASING_MARGIN = 2.0
"""Nats by which the capitalised sentence must beat the written one (bench/lm_names.py)."""


def lm_window(doc, start: int, end: int, replacement: str) -> tuple[str, str]:
    """The sentence around [start, end) as written and with the span replaced (at most ~300 chars)."""
    sent = doc.sentence_at(start)
    lo, hi = (sent.start, sent.end) if sent else (start, end)
    lo, hi = max(lo, start - 200), min(max(hi, end), end + 100)
    text = doc.text
    written = text[lo:hi]
    repaired = text[lo:start] + replacement + text[end:hi]
    return " ".join(written.split()), " ".join(repaired.split())


def document_topic(ec, concept, least: int = 2) -> str:
    """Evidence that the document is about people of the glossary's world: at least `least` other
    persons (or places, organisations) it names with their capitals; '' when it is not."""
    seen = []
    for other_id, canonical in ec.named_with_capitals():
        if other_id != concept.id and canonical not in seen:
            seen.append(canonical)
    if len(seen) < least:
        return ""
    return "the document is about " + ", ".join(seen[:3])


def _shouted(doc, ec, m) -> tuple[str, bool] | None:
    """A one-word person name in capitals inside running text ("President XI") when its glossary
    form is not an acronym and a title or first name precedes it, or the next word is the rest of
    the name ("XI Jinping"); None otherwise (headlines, Roman numerals, acronyms)."""
    s, form = m.surface, m.form
    if m.concept.type != "person":
        return None
    words, forms = s.split(), form.split()
    if len(words) > 1:  # "XI Jinping": the rest of the name is written normally
        if len(words) != len(forms) or all(w.isupper() for w in words):
            return None
        out = [f if len(w) > 1 and w.isupper() and not f.isupper() and w.lower() == f.lower() else w
               for w, f in zip(words, forms)]
        return (" ".join(out), True) if out != words else None
    if len(s) < 2 or not s.isupper() or form.isupper():
        return None
    sent = doc.sentence_at(m.start)
    if sent is not None:
        letters = [c for c in doc.text[sent.start:sent.end] if c.isalpha()]
        if not letters or sum(c.islower() for c in letters) < len(letters) / 2:
            return None  # a headline or a shouted sentence
    canonical = m.concept.canonical.split()
    nxt = ec.word_after(m.end) or ""
    continues = form in canonical and canonical.index(form) + 1 < len(canonical) \
        and nxt == canonical[canonical.index(form) + 1]
    if not continues and ec.preceding_cue(m.concept, m.start) is None:
        return None
    return form, False


# a capitalised body and its field right before "of (the)": the place ends an official name
# ("the Ministry of health of the Perm territory"), not "the district of the Perm territory"
_NAME_TAIL_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?!the\b)[a-z]+){0,3}\s+of(?:\s+the)?\s+$")


def _descriptor_after_name(surface: str, form: str, concept, before: str = "") -> bool:
    """True when the surface is another accepted form of the concept, written exactly, followed
    by a lowercase descriptor noun (data/name_descriptors.txt): English adds a common noun after a complete name ("the Fox News
    channel", "the Moscow region") where a longer variant capitalises it."""
    descriptors = lexicon.folded_words("name_descriptors.txt")
    for accepted in (concept.canonical, concept.short, *concept.variants):
        if accepted and accepted != form and surface.startswith(accepted + " "):
            tail = surface[len(accepted) + 1:]
            if tail.islower() and " ".join(tail.split()) in descriptors:
                return True
    # the glossary's own form lowercases its descriptor ("Krasnoyarsk region"): another descriptor
    # in lower case in its place ("the Krasnoyarsk territory") is the same style, not broken casing;
    # after "of the" the place may end an official name ("Ministry of Health of the Perm Territory")
    head, _, last = concept.canonical.rpartition(" ")
    if head and last.islower() and last in descriptors and surface.startswith(head + " "):
        tail = surface[len(head) + 1:]
        return tail.islower() and " ".join(tail.split()) in descriptors \
            and not _NAME_TAIL_BEFORE.search(before)
    return False


_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]*\.[ \t]*)?[A-Z][a-z'’-]+")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)[ \t]+$")
_TITLE_TAIL = re.compile(r"\s(?:of|for|to|on|at|in)\s")


def _title_before_name(text: str, start: int, end: int) -> bool:
    """Whether a title stands as a title, directly before a name and not after an article
    ("Speaker of the State Duma Vyacheslav Volodin"): only there does English capitalise it.
    After "the" or before a comma it describes ("the press secretary of the President, Dmitry
    Peskov"; "said the speaker of the State Duma")."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        return False
    return bool(_NAME_AFTER.match(text, end))


def _title_in_running_text(surface: str, recased: str) -> str:
    """A title in running text whose own words the text wrote in lower case, wholly or in part,
    keeps them in lower case and takes the capitals of the body it names: "speaker of the
    state Duma" -> "speaker of the State Duma", "press Secretary of the President" -> "press
    secretary of the President". A title the text capitalised ("Secretary of state") is the
    formal title: it takes the glossary's capitals. The title's own words are those before its
    first "of"/"for" ("Deputy Foreign Minister": all of it), less proper adjectives and acronyms
    ("U.S.", "Russian"), which keep their capitals anywhere."""
    cut = _TITLE_TAIL.search(recased)
    head_end = cut.start() if cut else len(recased)
    head = _SPACES.split(recased[:head_end])
    written = _SPACES.split(surface[:head_end])
    own = [i for i in range(0, len(head), 2)
           if is_common_word(head[i].lower()) and not (len(head[i]) > 1 and head[i].isupper())]
    if len(written) != len(head) or all(written[i][:1].isupper() for i in own):
        return recased
    for i in own:
        head[i] = head[i].lower()
    return "".join(head) + recased[head_end:]


def _recased(surface: str, form: str, sentence_start: bool) -> tuple[str, bool] | None:
    """The surface with the form's capitals restored, and whether its casing was mixed
    (some of the form's capitals kept, some lost); None when nothing is broken."""
    if sum(ch.isalpha() for ch in surface) > 1 and surface.isupper():
        return None  # ALL CAPS headline
    pieces = _SPACES.split(surface)
    words, form_words = pieces[::2], form.split()
    if len(words) != len(form_words):
        return None
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None  # Headline Style Capitalisation
    lost = kept = 0
    out = list(pieces)
    for i, (w, f) in enumerate(zip(words, form_words)):
        if w == f or w.lower() != f.lower():
            if w == f and any(ch.isupper() for ch in f) and not (i == 0 and sentence_start and _positional(w)):
                kept += 1
            continue
        if _has_lost_capitals(w, f):
            lost += 1
            out[2 * i] = f
        elif any(ch.isupper() for ch in f) and not (i == 0 and sentence_start and _positional(w)):
            kept += 1
    if not lost:
        return None
    return "".join(out), kept > 0


def _only_article_lowered(surface: str, form: str) -> bool:
    """The one capital the surface lost is the leading article of a name ("the Village" for The
    Village, "the Moscow Times"): English running text writes a name's "The" in lower case."""
    words, form_words = surface.split(), form.split()
    if len(words) != len(form_words) or len(words) < 2 or form_words[0] != "The" or words[0] != "the":
        return False
    return all(w == f for w, f in zip(words[1:], form_words[1:]))


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# "the" or a possessor ("Russia's"), then up to three describing words ("southern", "majority
# Muslim", "Siberian"): English describes the place by its kind after them in lower case
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b[Tt]he|\w[’']s)(?:[ \t]+(?!(?:of|in|on|at|to|for|from|by|with|and|or|that|which|is|was|are|were)\b)"
    r"[A-Za-z][a-z-]+){1,3}[ \t]+$")


def _kind_of_place_lowered(text: str, start: int, surface: str, form: str) -> bool:
    """The one capital a place's name lost is its first word, a common noun of the place's kind,
    before "of" and the name proper, which kept every capital, after "the": "in the republic of
    Dagestan", "the region of Tver", also with describing words between ("Russia's southern republic of
Dagestan", "the Siberian republic of Buryatia"). English describes the place so in running text (as "the city
    of London"); casing MT broke drops capitals inside the name ("the Republic of dagestan") or
    writes it without "the"."""
    words, form_words = surface.split(), form.split()
    if len(words) != len(form_words) or len(words) < 3 or words[1] != "of" or form_words[1] != "of":
        return False
    if not words[0].islower() or words[0] != form_words[0].lower() or not is_common_word(words[0]):
        return False
    if not _THE_BEFORE.search(text, max(0, start - 6), start) \
            and not _DESCRIBED_BEFORE.search(text, max(0, start - 60), start):
        return False
    return all(w == f for w, f in zip(words[2:], form_words[2:]))


def _own_capitals_kept(surface: str, form: str) -> bool:
    """Whether a capital the surface kept is more than a possessor's ("Ukraine's foreign
    ministry"): English names the country in the possessive and then describes its body in lower
    case, a house style; Russian has no possessive, and its casing keeps the capital of the
    name's first word ("the Russian academy of sciences", "the State duma"), which is mixed."""
    for w, f in zip(surface.split(), form.split()):
        if w == f and f[:1].isupper() and not re.search(r"[’']s$", w):
            return True
    return False


def _positional(word: str) -> bool:
    """Whether a capital on a sentence's first word may be the sentence's alone: an ordinary
    English word ("Central bank said") may be; a proper adjective or name ("Russian railways
    added", "Bolshoi") is capitalised anywhere, so its capital is kept casing, not position."""
    return is_common_word(word) or not word[:1].isupper()


def _has_lost_capitals(word: str, form_word: str) -> bool:
    return any(f.isupper() and not w.isupper() for w, f in zip(word, form_word))
DETECTOR = EntityCasingDetector()
