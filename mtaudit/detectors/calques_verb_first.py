"""A statement that opens with its auxiliary and verb, the subject after them (MT2515).

Russian may open a report with its verb and leave the subject for the end, where the new
information stands: «Был открыт в городе новый детский сад» (was opened in the city a new
kindergarten), «Будут построены до конца года три школы» (will be built by the end of the year
three schools), «Примут участие в фестивале около 300 музыкантов» (will take part in the
festival about 300 musicians), «Стала победителем конкурса команда Казани» (has become the
winner of the contest the Kazan team), «Зарегистрированы с начала года 46 случаев кори» (have
been registered since the start of the year 46 cases of measles). MT keeps the order, so the
English statement opens with "Was opened", "Will be built", "Will take part", "Has become".

English opens a statement with an auxiliary only in a question or in a conditional inversion
with its subject right after it ("Were it not for the rain", "Had the board agreed, …", "Should
you need help, call"), never with the auxiliary and the verb together. The shape is read by a
regex (the opening auxiliary, an optional "be/been", a verb form the lexicon knows) and
confirmed by a dependency parse (mtaudit.models.parser) of those few sentences: the verb after
the auxiliary is the root and has no subject before it.

Spared: questions, a comma right after the verb group ("Will be fine, he said" is speech),
quotations and headlines (no closing full stop), names that look like verbs ("Will Grant
said": the parse gives "Grant" as the subject, no verb), "Had he known" (a pronoun), and
sentences shorter than five words.
"""

from __future__ import annotations

import regex

from mtaudit.core.types import Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import lemmas_by_pos

VERB_FIRST = rule(
    "MT2515", "auxiliary-and-verb-open-the-statement", "calque",
    summary="“Was opened in the city a new school”, “Will take part in the festival about 300 "
            "musicians”, “Have been registered since January 46 cases”: a statement that opens "
            "with its auxiliary and verb, the subject last",
    why="Russian may open a report with its verb and put the subject last (был открыт в городе "
        "новый детский сад; примут участие в фестивале около 300 музыкантов; стала победителем "
        "команда Казани). MT keeps the order, so the English statement opens with “Was opened”, "
        "“Will take part”, “Has become”, which English uses only in questions. English puts the "
        "subject first: “A new school was opened in the city”, “About 300 musicians will take part "
        "in the festival”.",
    confidence="likely",
    bad=["Was opened in the city a new kindergarten for 200 children.",
         "Will take part in the festival about 300 musicians from 12 countries.",
         "Have been registered since the beginning of the year 46 cases of measles.",
         "Will be built by the end of the year three new schools.",
         "Has become the winner of the competition the team of Kazan."],
    good=["Was the plan approved by the council?",
          "Were it not for the rain, the harvest would have been a record.",
          "Had the board agreed, the plant would have reopened in May.",
          "Should you need help, call the hotline.",
          "Will Grant, the coach, said the team was ready.",
          "A new kindergarten was opened in the city.",
          "“Will be fine,” he said, “just wait.”"],
)

_AUX = (r"Was|Were|Is|Are|Will|Would|Shall|Can|Could|Must|Should|Might|Has|Have|Had")
_CAND = regex.compile(
    rf"^\W{{0,2}}(?P<aux>{_AUX})\s+(?:(?:also|already|again|now|still|soon|then|additionally)\s+)?"
    r"(?:(?P<be>be|been)\s+(?:(?:also|already|again|now|still)\s+)?)?(?P<verb>\p{Ll}[\p{Ll}-]+)\b(?![,:])")
_MODALS = frozenset("will would shall can could must should might".split())
_MIN_WORDS = 5


def _shape(m) -> bool:
    """The words after the auxiliary can be the verb group of a statement (lexicon only)."""
    aux, be, verb = m.group("aux").lower(), m.group("be"), m.group("verb")
    pos = lemmas_by_pos(verb) or {}
    inflected = any(lemma != verb for lemma in pos.get("VERB", ())) and not verb.endswith(("s", "ing"))
    if be or aux in ("was", "were", "is", "are"):
        return inflected  # "Was opened", "Will be built", "Have been registered"
    if aux in ("has", "have", "had"):
        return "VERB" in pos and not verb.endswith(("s", "ing"))  # "Has become": the parse says VBN
    if aux in _MODALS:
        return "VERB" in pos and any(lemma == verb for lemma in pos.get("VERB", ()))  # "Will take"
    return False


class VerbFirstDetector:
    name = "calques-verb-first"
    rules = (VERB_FIRST,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        todo = []
        for s in doc.body_sentences:
            sent = text[s.start:s.end].strip()
            if not sent.endswith(".") or len(sent.split()) < _MIN_WORDS:
                continue
            m = _CAND.match(sent)
            if m is not None and _shape(m):
                todo.append(s)
        if not todo:
            return
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            hit = _verb_group(parsed.doc)
            if hit is None:
                continue
            start, end = parsed.offset(hit[0]), parsed.end_offset(hit[1])
            phrase = doc.text[start:end]
            yield VERB_FIRST.finding(
                doc, start, end,
                f"“{phrase}” opens the statement with its auxiliary and verb, in Russian order (был "
                f"открыт новый детский сад; примут участие 300 музыкантов); English puts the "
                f"subject first (“A new kindergarten was opened”)")


def _verb_group(sent):
    """(first, verb) when the sentence opens with an auxiliary of its root verb and the root has
    no subject before it, else None."""
    words_ = [t for t in sent if not t.is_punct]
    if len(words_) < _MIN_WORDS:
        return None
    first = words_[0]
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.i <= first.i:
        return None
    if first.head.i != root.i or first.dep_ not in ("aux", "auxpass"):
        return None
    if first.lower_ in ("has", "have", "had") and root.tag_ != "VBN":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.i < root.i for c in root.children):
        return None
    if any(t.is_punct for t in sent[first.i:root.i]):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in sent[root.i + 1:]):
        return None
    return first, root


DETECTOR = VerbFirstDetector()
