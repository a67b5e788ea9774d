"""House style: Kyiv/Kiev, Zelenskyy/Zelenskiy/Zelensky, region/Region/Oblast.

These spellings are each some newsroom's choice (mtaudit/data/house_styles.yaml), so a text
that uses one of them throughout is never flagged. Two things are flagged: a document that mixes
two styles for the same family of names (MT420: "Kyiv" three times and "Kiev" once is a text
assembled from two sources or an MT system switching), and, only when the user chose a style
(`--style ap|reuters|bbc|tass` or `style = "ap"` in the config), a spelling that style does not use
(MT421), with the style's form as a safe fix.
"""

from __future__ import annotations

from collections import Counter

from mtaudit.glossary import style as house
from mtaudit.rules.model import Example, rule
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.entities.context import entity_context

MIXED = rule(
    "MT420", "mixed-house-style", "inconsistency",
    summary="One document mixes two house styles for the same names (Kyiv and Kiev)",
    why="Kyiv and Kiev, Zelenskyy and Zelenskiy, 'Kursk region' and 'Kursk Oblast' are each a "
        "newsroom's choice; a text that switches between them was assembled from several "
        "sources or machine-translated piecemeal.",
    confidence="likely",
    bad=["Shelling was reported in Kyiv overnight. Officials in Kyiv said two people were hurt. "
         "The mayor of Kiev asked residents to stay in shelters.",
         "Zelenskyy spoke in the morning. In the evening Zelenskiy met the prime minister, and "
         "Zelenskyy then left for Lviv."],
    good=["The mayor of Kiev said the metro would stay open. Kiev had no power for six hours.",
          "Officials in Kyiv and Kharkiv said the attack lasted three hours.",
          "Zelenskiy met the prime minister. Zelenskiy then left for Lviv."],
    applicability="safe",
)

STYLE = rule(
    "MT421", "house-style-spelling", "inconsistency",
    summary="A spelling the chosen house style does not use (--style ap: Kiev -> Kyiv)",
    why="With a house style chosen, names follow it: AP writes Kyiv, Zelenskyy and 'region'; "
        "Reuters Kyiv, Zelenskiy and 'region'; the BBC Kyiv, Zelensky and 'region'; TASS Kiev, "
        "Zelensky and 'Region'.",
    confidence="likely",
    bad=[Example("The mayor of Kiev said the metro would stay open.", settings=(("style", "ap"),)),
         Example("Zelensky met the prime minister.", settings=(("style", "reuters"),)),
         Example("Two drones were shot down over the Kursk Oblast.", settings=(("style", "bbc"),))],
    good=[Example("The mayor of Kyiv said the metro would stay open.", settings=(("style", "ap"),)),
          Example("Zelenskiy met the prime minister.", settings=(("style", "reuters"),)),
          Example("The mayor of Kiev said the metro would stay open."),
          Example("The mayor of Kiev said the metro would stay open.", settings=(("style", "tass"),))],
    applicability="safe",
)


class HouseStyleDetector:
    name = "house-style"
    rules = (MIXED, STYLE)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        chosen = ctx.style
        for group_mentions, preferred in self._mentions(doc, ec):
            if chosen:
                for m, styles, _ in group_mentions:
                    if chosen not in styles:
                        fix = preferred(m, chosen)
                        if fix and fix != m.surface:
                            yield STYLE.finding(
                                doc, m.start, m.end,
                                f"house style {chosen}: write “{fix}”, not “{m.surface}”",
                                fix=Fix.replace(m.start, m.end, fix, Applicability.SAFE,
                                                f"respell as “{fix}”"))
                continue
            yield from self._mixed(doc, group_mentions, preferred)

    def _mentions(self, doc, ec):
        """Per style family: [(match, styles using its form, form key)] and a fix function."""
        skip = _title_lines(doc.text)
        for group in house.groups(ec.glossary):
            found = []
            for m in ec.matches:
                forms = group.forms.get(m.concept.id)
                if not forms or m.kind not in ("canonical", "short", "variant") or ec.skip(m):
                    continue
                styles = forms.get(m.form)
                if styles is None or _line_of(doc.text, m.start) in skip:
                    continue
                found.append((m, styles, m.form))
            if found:
                yield found, _group_fix(group)
        regions = []
        for m in ec.matches:
            if m.kind in ("canonical", "variant") and m.concept.canonical.endswith(" region") \
                    and not ec.skip(m) and _line_of(doc.text, m.start) not in skip:
                word = house.region_style(m.surface)
                if word:
                    regions.append((m, house.region_styles(word), word))
        if regions:
            yield regions, _region_fix

    def _mixed(self, doc, mentions, preferred):
        all_styles = set().union(*(s for _, s, _ in mentions)) or set()
        if any(all(st in s for _, s, _ in mentions) for st in all_styles):
            return  # one style writes every form used
        if len({key for _, _, key in mentions}) < 2:
            return
        support = Counter(st for _, s, _ in mentions for st in s)
        if not support:
            return
        majority = max(sorted(support), key=lambda st: support[st])
        used = Counter(key for _, s, key in mentions if majority in s)
        if sum(used.values()) * 2 <= len(mentions):
            return  # no clear majority: which style is the document's own is a guess
        for m, styles, key in mentions:
            if majority in styles:
                continue
            fix = preferred(m, majority)
            evidence = [f"“{k}” ×{n}" for k, n in used.most_common()]
            yield MIXED.finding(
                doc, m.start, m.end,
                f"“{m.surface}” mixes house styles: the document otherwise writes "
                + ", ".join(f"“{k}”" for k, _ in used.most_common()) + "; use one spelling",
                fix=Fix.replace(m.start, m.end, fix, Applicability.SAFE, f"respell as “{fix}”")
                if fix and fix != m.surface else None,
                evidence=evidence)


def _group_fix(group):
    def preferred(m, style):
        want = group.prefer.get(style)
        concept = m.concept
        if want == "canonical":
            words = len(m.surface.split())
            return concept.short if concept.short and len(concept.short.split()) == words \
                else concept.canonical
        if want == "russian":
            return group.russian.get(concept.id)
        forms = group.forms.get(concept.id, {})
        same = [f for f, s in forms.items() if style in s and len(f.split()) == len(m.surface.split())]
        return same[0] if same else want
    return preferred


def _region_fix(m, style):
    word = house.region_preferred(style)
    head = m.surface.rsplit(" ", 1)[0]
    return f"{head} {word}"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def _title_lines(text: str) -> set[int]:
    """Lines written in headline case (most words capitalised): their capitals are not a style."""
    out = set()
    for i, line in enumerate(text.split("\n")):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 3 and sum(w[:1].isupper() for w in words) / len(words) > 0.7:
            out.add(i)
    return out


DETECTOR = HouseStyleDetector()
