"""Source-aware checks (MT8xx): the English against its Russian original (--source).

Runs only when the document has a source (`--source FILE`, or a batch record's
`source` field); without one it yields nothing and costs nothing, so runs
without a source are unchanged. The mechanisms live in mtaudit.source; this
module turns their results into findings whose evidence names the source span
(and whose JSONL records carry source_start/source_end).
"""

from __future__ import annotations

import re

from mtaudit.references.quantities import _CURRENCY_WORDS
from mtaudit.rules.model import Example, rule
from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.text.views import SOURCE

_PESKOV_RU = "Пресс-секретарь президента Дмитрий Песков заявил, что Кремль не планирует отвечать."
_COURT_RU = "Суд приговорил бизнесмена Геннадия Кузнечикова к восьми годам колонии."
_MONEY_RU = "Объём инвестиций в проект составил 1,5 млрд рублей, сообщили в министерстве."
_DATE_RU = "Соглашение было подписано 12 июня в Вене, сообщили в министерстве."
_OMIT_RU = ("Суд приговорил бизнесмена к восьми годам колонии общего режима. Адвокаты намерены обжаловать "
            "приговор в апелляционной инстанции. Сам бизнесмен свою вину не признал.")

ENTITY_WRONG = rule(
    "MT801", "source-entity-mismatch", "entity-mistranslation",
    summary="a name in the source rendered as a wrong form in the aligned English sentence",
    why="The Russian original names the entity (the glossary knows it by its Russian forms, in any "
        "case); the aligned English sentence holds a known wrong rendering, a non-standard "
        "transliteration or a case-ending leak instead of an accepted English form.",
    confidence="certain",
    bad=[Example("Presidential spokesman Dmitry Sands said the Kremlin did not plan to respond.",
                 source=_PESKOV_RU),
         Example("Presidential spokesman Dmitry Peskova said the Kremlin did not plan to respond.",
                 source=_PESKOV_RU)],
    good=[Example("Presidential spokesman Dmitry Peskov said the Kremlin did not plan to respond.",
                  source=_PESKOV_RU),
          Example("Kremlin spokesman Dmitry Peskov said Moscow had no plans to respond.", source=_PESKOV_RU)],
    applicability="unsafe",
)

NAME_RENDERING = rule(
    "MT802", "source-name-rendering", "entity-mistranslation",
    summary="a person the glossary does not know, rendered as something other than a transliteration",
    why="A surname with a dictionary root (Орешкин, Зайцев) is translated as a word; the expected "
        "transliteration (Wikipedia/agency scheme, from iuliia) is proposed for a person to check.",
    confidence="possible",
    bad=[Example("The court sentenced businessman Gennady Grasshoppers to eight years in a penal colony.",
                 source=_COURT_RU)],
    good=[Example("The court sentenced businessman Gennady Kuznechikov to eight years in a penal colony.",
                  source=_COURT_RU),
          Example("A court jailed businessman Gennadiy Kuznechikov for eight years.", source=_COURT_RU)],
    applicability="display-only",
)

NUMBER_MISMATCH = rule(
    "MT803", "source-number-mismatch", "date-number",
    summary="a number, amount or percentage that differs from the aligned source sentence",
    why="Decimal commas (1,5 млрд read as 15 billion), scale words (тыс., млн, млрд) and numerals "
        "are easy to garble; the source sentence says what the figure is.",
    confidence="likely",
    bad=[Example("Investment in the project amounted to 15 billion rubles, the ministry said.", source=_MONEY_RU),
         Example("Investment in the project amounted to 1.5 million rubles, the ministry said.", source=_MONEY_RU)],
    good=[Example("Investment in the project came to 1.5 billion rubles, the ministry said.", source=_MONEY_RU),
          Example("The ministry said 1,500 million rubles had been invested in the project.", source=_MONEY_RU)],
    applicability="unsafe",
)

DECIMAL_COMMA = rule(
    "MT804", "source-decimal-comma", "date-number",
    summary="a Russian decimal comma carried into the English number (1,5 for 1.5)",
    why="English reads 1,5 as a list or a thousands group; the source's decimal comma is a decimal point in English.",
    confidence="certain",
    bad=[Example("Investment in the project amounted to 1,5 billion rubles, the ministry said.", source=_MONEY_RU)],
    good=[Example("Investment in the project amounted to 1.5 billion rubles, the ministry said.", source=_MONEY_RU)],
    applicability="safe",
)

DATE_MISMATCH = rule(
    "MT805", "source-date-mismatch", "date-number",
    summary="a date, month or weekday that differs from the aligned source sentence",
    why="Month names are confused in translation (июня/июля); the source sentence carries the date.",
    confidence="likely",
    bad=[Example("The agreement was signed on July 12 in Vienna, the ministry said.", source=_DATE_RU)],
    good=[Example("The agreement was signed in Vienna on 12 June, the ministry said.", source=_DATE_RU)],
    applicability="unsafe",
)

OMISSION = rule(
    "MT806", "source-omission", "omission",
    summary="a source sentence with no translation in the English (display-only)",
    why="A sentence of the original that no English sentence aligns with may have been dropped "
        "by the MT pipeline (or cut by an editor): a person decides.",
    confidence="possible",
    bad=[Example("The court sentenced the businessman to eight years in a general-regime penal colony. "
                 "The businessman himself did not admit his guilt.", source=_OMIT_RU)],
    good=[Example("The court sentenced the businessman to eight years in a general-regime penal colony. "
                  "His lawyers intend to appeal against the verdict. The businessman himself pleaded not guilty.",
                  source=_OMIT_RU)],
)

ADDITION = rule(
    "MT807", "source-addition", "addition",
    summary="an English sentence with no counterpart in the source (display-only)",
    why="A sentence no source sentence aligns with was added: an explanation by an editor, an "
        "aggregator's boilerplate or an MT hallucination. A person decides.",
    confidence="possible",
    bad=[Example("Presidential spokesman Dmitry Peskov said the Kremlin did not plan to respond. "
                 "Heavy rain is expected in the capital region over the weekend, forecasters warned.",
                 source=_PESKOV_RU)],
    good=[Example("Presidential spokesman Dmitry Peskov said the Kremlin did not plan to respond.",
                  source=_PESKOV_RU)],
)

_COUNTED = re.compile(r"[ \t]+([a-z]+)\b")
_NOT_COUNTED = frozenset("a an the and or of in on at to for from by with than per as is was were be been "
                         "percent per cent times years year".split())
_NUMBER_RULES = {"date": DATE_MISMATCH, "weekday": DATE_MISMATCH}


def source_of(doc, ctx):
    """The document's source: a batch record's (its SOURCE view) or the one given with --source."""
    return doc.views.peek(SOURCE) or ctx.source


class SourceDetector:
    name = "source"
    rules = (ENTITY_WRONG, NAME_RENDERING, NUMBER_MISMATCH, DECIMAL_COMMA, DATE_MISMATCH, OMISSION, ADDITION)
    needs = frozenset()  # a document without a source yields nothing (and is not "skipped")

    def detect(self, doc, ctx):
        source = source_of(doc, ctx)
        if source is None:
            return
        if ctx.source_models is None:  # not installed: said once in the warnings
            return
        from mtaudit.source.analysis import analyse

        analysis = analyse(doc, source, ctx.glossary)
        for issue in analysis.entities:
            yield _entity_finding(doc, source, issue)
        for mismatch in analysis.numbers:
            yield _number_finding(doc, source, mismatch)
        for gap in analysis.gaps:
            finding = _gap_finding(doc, source, analysis, gap)
            if finding is not None:
                yield finding


def _where(source, start: int, end: int) -> str:
    line, col = source.line_col(start)
    return f"source {line}:{col} [{start}:{end}] “{source.text[start:end]}”"


def _entity_finding(doc, source, issue):
    ent, r = issue.entity, issue.rendering
    where = _where(source, ent.start, ent.end)
    surface = doc.text[r.start:r.end]
    if ent.concept is not None:
        message = (f"the source has {ent.text} ({ent.concept.canonical}); the English has “{surface}”"
                   f"{' — ' + r.evidence if r.evidence else ''}; use “{r.fix}”")
        applicability = Applicability.SAFE if r.reason in ("translit", "leak") and ent.concept.type == "person" \
            else Applicability(ent.concept.applicability)
        return ENTITY_WRONG.finding(
            doc, r.start, r.end, message,
            fix=Fix.replace(r.start, r.end, r.fix, applicability, f"replace with “{r.fix}”"),
            confidence=Confidence.CERTAIN if r.confident else Confidence.LIKELY,
            evidence=(where,), source_span=(ent.start, ent.end))
    message = (f"the source names {ent.text} ({ent.normal}); the English has “{surface}” "
               f"{r.evidence}; expected transliteration: “{r.fix}”")
    return NAME_RENDERING.finding(
        doc, r.start, r.end, message,
        fix=Fix.replace(r.start, r.end, r.fix, Applicability.DISPLAY_ONLY, f"transliterate as “{r.fix}”"),
        confidence=Confidence.LIKELY if r.confident else Confidence.POSSIBLE,
        evidence=(where,), source_span=(ent.start, ent.end))


def _number_finding(doc, source, m):
    from mtaudit.source.numbers import english_value

    s, t = m.source, m.target
    where = _where(source, s.start, s.end)
    if m.decimal_comma:
        fixed = t.text.replace(",", ".", 1)
        return DECIMAL_COMMA.finding(
            doc, t.start, t.end, f"“{t.text}” keeps the source's decimal comma ({s.text}); English writes “{fixed}”",
            fix=Fix.replace(t.start, t.end, fixed, Applicability.SAFE, f"write “{fixed}”"),
            evidence=(where,), source_span=(s.start, s.end))
    rule_ = _NUMBER_RULES.get(s.family, NUMBER_MISMATCH)
    proposal = english_value(s, t)
    start, end = t.start, t.end
    noun = _COUNTED.match(doc.text, end) if rule_ is NUMBER_MISMATCH else None
    if noun and noun.group(1).casefold() not in _NOT_COUNTED:  # "3 devices": the figure with what it counts
        end = noun.end()
    unit = re.search(r"\s+([A-Za-z]+)$", t.text)
    if proposal and unit and unit.group(1).casefold() in _CURRENCY_WORDS:
        proposal += unit.group()  # "15 billion dollars" -> "1.5 billion dollars"
    message = f"“{t.text}” differs from the source: {s.text}"
    if proposal:
        message += f" (“{proposal}”)"
    fix = Fix.replace(t.start, t.end, proposal, Applicability.UNSAFE, f"use the source's value “{proposal}”") \
        if proposal and not t.text.isalpha() else None
    return rule_.finding(doc, start, end, message, fix=fix, evidence=(where,), source_span=(s.start, s.end))


def _gap_finding(doc, source, analysis, gap):
    if gap.kind == "addition":
        span = analysis.tgt_sentences[gap.index]
        return ADDITION.finding(doc, span.start, span.end,
                                "no sentence of the source corresponds to this sentence (possible addition)")
    src = analysis.src_sentences[gap.index]
    tgt = analysis.tgt_sentences
    if not tgt:
        return None
    span = tgt[gap.anchor] if gap.anchor >= 0 else tgt[0]
    text = source.text[src.start:src.end]
    place = "after" if gap.anchor >= 0 else "before"
    return OMISSION.finding(doc, span.start, span.end,
                            f"the source sentence “{text}” has no translation ({place} this sentence)",
                            evidence=(_where(source, src.start, src.end),), source_span=(src.start, src.end))


DETECTOR = SourceDetector()
