"""An impersonal Russian construction rendered with a “you” nobody is addressing.

Russian “позволяет/позволяют/даёт возможность + infinitive” has no object (“the volumes allow
to meet the demand”); English needs one, and MT supplies “you”: “the new lines allow you to
double the output”. In a news text that addresses nobody (no other “you”/“your” outside
quotation marks) and where the enabling subject is a thing, not a person talking to someone,
the “you” is the translation's, and English says “make it possible to” or names who is enabled.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule

IMPERSONAL_YOU = rule(
    "MT318", "impersonal-you", "pronoun",
    summary="“allow you to”, “enable you to” for a Russian impersonal “позволяет” in a text that addresses nobody",
    why="Russian “позволяет + infinitive” needs no object; MT inserts a generic “you” that news "
        "prose never uses. English says “make it possible to” or names who is enabled.",
    confidence="possible",
    bad=["The regional budget reported a surplus in March. “The new reserves allow you to cover the "
         "deficit of the pension fund,” the finance minister said.",
         "According to the ministry, the repaired pipeline enables you to supply gas to six villages."],
    good=["Fill in your details below: the form allows you to subscribe to the newsletter.",
          "“You will see: this app lets you order a taxi in seconds,” he told the journalists.",
          "The new reserves make it possible to cover the deficit of the pension fund.",
          "The court allowed the defendant to leave the country."],
    applicability="unsafe",
)

_ENABLE = re.compile(r"\b(allows?|allowed|enables?|enabled|permits?|permitted|gives?) you (?:the "
                     r"(?:opportunity|possibility|chance) )?to\b")
_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
_MAKES = {"allow": "make", "allows": "makes", "allowed": "made", "enable": "make", "enables": "makes",
          "enabled": "made", "permit": "make", "permits": "makes", "permitted": "made",
          "give": "make", "gives": "makes"}


class ImpersonalYouDetector:
    name = "pronouns-impersonal"
    rules = (IMPERSONAL_YOU,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        hits = list(_ENABLE.finditer(text))
        if not hits:
            return
        spans = [(h.start(), h.end()) for h in hits]
        for y in _YOU.finditer(text):
            if not any(a <= y.start() < b for a, b in spans):
                return  # the text speaks to someone elsewhere: a guide, an interview, an advert
        for h in hits:
            replacement = f"{_MAKES[h.group(1)]} it possible to"
            yield IMPERSONAL_YOU.finding(
                doc, h.start(), h.end(),
                f"“{h.group()}” in a text that addresses nobody: Russian impersonal “позволяет” "
                f"rendered with an inserted “you”; “{replacement}” or name who is enabled",
                fix=Fix.replace(h.start(), h.end(), replacement, Applicability.UNSAFE,
                                f"use “{replacement}”"))


DETECTOR = ImpersonalYouDetector()
