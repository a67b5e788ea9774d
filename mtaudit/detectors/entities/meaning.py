"""Known entities rendered as common words ("the tramp" for Трамп): glossary `wrong` forms.

A wrong form marked `cue: required` is an ordinary English word, so it is only
flagged when the context says the name is meant (a first name or title right
before it, or another mention of the concept). A person's fix drops the article
the MT system put before the common noun ("the tramp" -> "Trump").
"""

from __future__ import annotations

import re

from mtaudit.rules.model import rule
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.context import entity_context

WRONG_RENDERING = rule(
    "MT101", "entity-mistranslation", "entity-mistranslation",
    summary="A known name rendered as a common word or a wrong form",
    why="MT systems translate the dictionary meaning of a name's Russian root (Трамп -> 'tramp', "
        "Песков -> 'sands'); the glossary lists such renderings and the cue that makes them wrong.",
    confidence="likely",
    bad=["Donald Trump met reporters. Later the tramp refused to comment.",
         "President tramp refused to comment.",
         "Dmitry Peskov spoke first; then sands added that the Kremlin had no comment.",
         "The bill passed the State Thought on Tuesday."],
    good=["A tramp slept in the park near the station.",
          "The tramp refused the offer of a bed for the night.",
          "Donald Trump met reporters and refused to comment.",
          "Zelensky met the troops. Dressed in green military trousers, he thanked them."],
    applicability="unsafe",
)


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)")


def _attributive(text: str, end: int) -> bool:
    """The common word modifies the word after it: a lower-case noun or adjective that cannot be a
    verb follows ("green military trousers", "the tramp steamer"), where a name as subject would
    take a verb ("the tramp refused")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    pos = lemmas_by_pos(m.group(1))
    return bool(pos) and "VERB" not in pos and ("NOUN" in pos or "ADJ" in pos)


class EntityMistranslationDetector:
    name = "entity-mistranslation"
    rules = (WRONG_RENDERING,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        flagged: set[tuple[int, int]] = set()
        for m in ec.matches:
            if m.kind != "wrong" or (m.start, m.end) in flagged or ec.skip(m):
                continue
            if any(x.kind != "wrong" for x in ec.at_span(m)):
                continue  # the same text is also a correct form of some concept
            concept, wrong = m.concept, m.wrong
            cues = ec.cues(concept, m.start, m.end)
            if wrong.cue == "required" and not cues:
                continue
            if wrong.cue == "required" and concept.type == "person" and m.surface[:1].islower() \
                    and not ec.preceding_cue(concept, m.start) and _attributive(doc.text, m.end):
                continue  # "dressed in green military trousers": a modifier, no name slot
            flagged.add((m.start, m.end))
            replacement = wrong.fix or (concept.name_form if concept.type == "person" else concept.canonical)
            start = m.start
            if concept.type == "person" and not ec.preceding_cue(concept, m.start):
                start = ec.article_before(m.start) or m.start  # "the tramp" -> "Trump"
            certain = any(c.full for c in cues)
            evidence = [c.text for c in cues]
            why = f" ({wrong.note})" if wrong.note else ""
            message = (f"“{m.surface}” is a known wrong rendering of {concept.canonical}{why}; "
                       f"use “{replacement}”")
            if evidence:
                message += "; evidence: " + "; ".join(evidence)
            yield WRONG_RENDERING.finding(
                doc, start, m.end, message,
                fix=Fix.replace(start, m.end, replacement, Applicability(concept.applicability),
                                f"replace with “{replacement}”"),
                confidence=Confidence.CERTAIN if certain else Confidence.LIKELY,
                evidence=evidence,
            )


DETECTOR = EntityMistranslationDetector()
