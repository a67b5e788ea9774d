"""Editorial glosses: text the source outlet inserted into a quote and MT carried over.

Russian outlets clarify quotes with a parenthesis signed by the outlet
("(создать группу. — РБК)") and with editor's notes ("прим. ред."); MT renders
them literally. Standard English uses a bare bracketed clarification instead
("[create a group]"), which is never flagged. Outlet names and note forms are data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..rules_model import rule
from ..span_index import SpanIndex
from ..types import Applicability, Confidence, Fix

OUTLET_GLOSS = rule(
    "MT301", "outlet-gloss", "editorial-gloss",
    summary="Parenthetical clarification signed by the source outlet (“(… — RBC)”)",
    why="Russian outlets sign their insertions in quotes with a dash and their name; in English "
        "the clarification goes in square brackets without a signature.",
    confidence="certain",
    bad=["“I would [this] (create a joint group on cyber security. — RBC) argued,” he added.",
         "“We will respond (to the sanctions — TASS) in due time,” the minister said.",
         "“They [the allies - Ed.] have not decided,” he said.",
         "The spokesman said the talks (in Geneva. — Interfax) would resume."],
    good=["“We want to see changes in behaviour [of Russia],” he said.",
          "“He [the president] has not decided yet,” the aide said.",
          "The agency (which is owned by the state) reported the figures."],
    applicability="safe", origin=__name__,
)

EDITOR_NOTE = rule(
    "MT302", "literal-editor-note", "editorial-gloss",
    summary="Editor's or translator's note rendered word for word (“approx. ed.”, “prim. red.”)",
    why="“прим. ред.” (editor's note) is translated literally by MT; English uses “Ed.” or no note.",
    confidence="certain",
    bad=["The deal was signed in 2019 (approx. ed.) and later annulled.",
         "He called it a “special operation” (prim. red.).",
         "The figure excludes Crimea (note. ed.)."],
    good=["The deal was signed in 2019 and later annulled.",
          "The figure is approximate, the editor said."],
    applicability="unsafe", origin=__name__,
)

PLACEHOLDER_BRACKET = rule(
    "MT303", "placeholder-bracket", "editorial-gloss",
    summary="A bracket holding only a demonstrative (“[this]”) standing in for a clarification",
    why="The source outlet marks a word it glosses elsewhere; in English the bracket adds "
        "nothing and reads as an error.",
    confidence="likely",
    bad=["“But now I would [this] (create a group) argue,” he added.",
         "“We discussed [that] (the treaty. — TASS) with our partners,” she said.",
         "“We cannot accept [these] conditions,” she said."],
    good=["“We want changes in behaviour [of Russia],” he said.",
          "“[He] was a great man,” the senator said.",
          "“We discussed [the treaty] with our partners,” she said.",
          "“The banks [that] depend on dollar funding will feel it,” he said."],
    applicability="unsafe", origin=__name__,
)

_DASH = r"(?:\s*[—–]|\s+-{1,2})\s*"


def _alternation(forms, flexible_dots: bool) -> str:
    """A regex alternation of `forms`, longest first; dots and spaces optional when flexible."""
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        if flexible_dots:
            words = [re.escape(w.rstrip(".")) for w in form.split()]
            last_dot = r"\.?" if len(words) > 1 or not form.endswith(".") else r"\."
            parts.append(r"\.?\s*".join(words) + last_dot)
        else:
            parts.append(re.escape(form))
    return "|".join(parts)


def _glossary_outlets(ctx) -> frozenset[str]:
    """Outlet names from the glossary (type: outlet), when the glossary module is available."""
    try:
        names = ctx.glossary.names_by_type
    except Exception:  # noqa: BLE001 - optional: the data file alone is enough
        return frozenset()
    return names.get("outlet", frozenset())


@lru_cache(maxsize=8)
def _gloss_pattern(extra_outlets: frozenset[str] = frozenset()) -> re.Pattern:
    outlets = _alternation(lexicon.words("outlets.txt") | extra_outlets, flexible_dots=False)
    tags = _alternation(lexicon.words("gloss_tags.txt"), flexible_dots=True)
    return re.compile(
        r"(?P<open>[(\[])(?P<body>[^()\[\]\n]{1,400}?)" + _DASH +
        r"(?P<tag>(?:" + outlets + r")|(?i:" + tags + r"))\s*(?P<close>[)\]])")


@lru_cache(maxsize=1)
def _note_pattern() -> re.Pattern:
    notes = _alternation(lexicon.words("editor_notes.txt"), flexible_dots=True)
    # The match starts where a whitespace run starts and takes the whole run at once
    # (`(?<!\s)\s*+`): with a plain `\s*` before `_DASH`'s own `\s*`/`\s+` a run of spaces
    # without a note behind it was retried at every split, cubic in the run's length.
    return re.compile(r"(?i)(?<!\s)\s*+(?:\((?:" + notes + r")\)|\[(?:" + notes + r")\]|"
                      r"(?:[—–]|(?<=\s)-{1,2})\s*+(?:" + notes + r")(?=[\s)\]]|$))")


@lru_cache(maxsize=1)
def _placeholder_pattern() -> re.Pattern:
    words = _alternation(lexicon.words("placeholder_words.txt"), flexible_dots=False)
    return re.compile(r"(?i)\[\s*(?:" + words.replace(r"\ ", r"\s+") + r")\s*\]")


def _inside_quote(doc, start: int, end: int) -> bool:
    key = "glosses.quote-spans"  # indexed once per document: a scan per match is quadratic
    if key not in doc.cache:
        doc.cache[key] = SpanIndex((q.inner.start, q.inner.end) for q in doc.quotes)
    return doc.cache[key].contains(start, end)


class GlossDetector:
    name = "editorial-glosses"
    rules = (OUTLET_GLOSS, EDITOR_NOTE, PLACEHOLDER_BRACKET)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        taken: list[tuple[int, int]] = []
        for m in _gloss_pattern(_glossary_outlets(ctx)).finditer(text):
            body = m.group("body").strip().rstrip(".,;:").rstrip()
            if not body:
                continue
            taken.append((m.start(), m.end()))
            if _inside_quote(doc, m.start(), m.end()):
                fix = Fix.replace(m.start(), m.end(), f"[{body}]", Applicability.SAFE,
                                  "make it a standard bracketed clarification")
            else:
                fix = Fix.replace(m.start(), m.end(), f"({body})", Applicability.UNSAFE,
                                  "drop the outlet's signature")
            yield OUTLET_GLOSS.finding(
                doc, m.start(), m.end(),
                f"clarification signed “{m.group('tag')}” by the source outlet; English puts "
                f"an unsigned clarification in square brackets", fix=fix)
        for m in _note_pattern().finditer(text):
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            if any(s <= start < e for s, e in taken) or not text[start:m.end()].strip():
                continue
            yield EDITOR_NOTE.finding(
                doc, m.start(), m.end(),
                f"literal rendering of a Russian editor's note “{m.group().strip()}”",
                fix=Fix.replace(m.start(), m.end(), "", Applicability.UNSAFE, "remove the note"))
        alone = {w.casefold() for w, cols in lexicon.table("placeholder_words.txt").items()
                 if "alone" in cols}
        for m in _placeholder_pattern().finditer(text):
            start, end = _with_one_space(text, m.start(), m.end())
            glossed = bool(re.match(r"\s*[(\[]", text[m.end():m.end() + 3]))
            if not glossed and " ".join(m.group()[1:-1].split()).casefold() not in alone:
                continue  # "[that]", "[it]" also add a word for grammar in normal English
            yield PLACEHOLDER_BRACKET.finding(
                doc, start, end,
                f"“{m.group()}” holds only a demonstrative: a placeholder for the outlet's own "
                "clarification" + (", which follows it" if glossed else ""),
                confidence=Confidence.LIKELY if glossed else Confidence.POSSIBLE,
                fix=Fix.replace(start, end, "", Applicability.UNSAFE, "remove the placeholder"))


def _with_one_space(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to be deleted by one neighbouring space so no double space is left."""
    if end < len(text) and text[end] == " " and (start == 0 or text[start - 1].isspace()):
        return start, end + 1
    if start > 0 and text[start - 1] == " ":
        return start - 1, end
    return start, end


DETECTOR = GlossDetector()
