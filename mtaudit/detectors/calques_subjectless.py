"""A sentence that opens with its verb and has no subject: the Russian indefinite-personal
sentence (MT2319).

Russian states what "they" did without any subject: the verb in the third person plural
(неопределённо-личное предложение). "Об этом часто забывают" (about it [people] often forget),
"Приостановили движение почти всех автобусов" ([they] suspended the movement of nearly all
buses), "В четверг сообщили на сайте управления" (on Thursday [they] reported on the
department's website), "Обещают тёплую погоду" ([forecasters] promise warm weather), "Часто
путают опёнок с ложным" ([people] often confuse ...), "Также рассказали о планах" ([they] also
told about the plans), "Задержали подозреваемого по горячим следам", "Решили не ждать весны",
"Планируют открыть школу к сентябрю", "Ожидают, что ...", "Там уверены, что ...". MT keeps the
shape, so the English sentence opens with a finite verb and has no subject: "About it often
forget in usual life", "Suspended the movement of nearly all buses", "On Thursday, January 12,
reported on the website of ...". English names the actor ("people often forget", "the traffic
police suspended ...", "the department said on its website on Thursday").

MT2315 handles the subjectless verb after a fronted place or body ("In Moscow detained ..."); this
handles the rest: the sentence opens (after a connective, a comma-closed time phrase such as "On
Thursday, January 12,", "about it/this" or a frequency adverb) with a word the parser reads as
the root verb, finite or a past participle, and that verb has no subject of any kind. The opening
words are filtered by regex first, so most sentences are never parsed.

Spared: imperatives (a base-form verb with no opener before it: "Call the hotline", "Forget the
old rules"), inversion with a postposed subject ("Said the minister: ...", "Added Petrov" — the
parser gives them a subject), participle clauses ("Founded in 1990, the plant ...": the root is
elsewhere), questions, headline lines, quotations, and short fragments (under five words).
"""

from __future__ import annotations

import re

from mtaudit.core.types import Span
from mtaudit.rules.model import rule

SUBJECTLESS_SENTENCE = rule(
    "MT2319", "subjectless-indefinite-personal", "calque",
    summary="“About it often forget …”, “Suspended the movement of all buses.”, “On Thursday, "
            "reported on the website …”: a sentence that opens with its verb and has no subject "
            "(Russian indefinite-personal sentence)",
    why="Russian leaves the actor out and puts the verb in the third person plural (об этом часто "
        "забывают, приостановили движение автобусов, сообщили на сайте); MT keeps the shape, so "
        "the English sentence has no subject. English names who acts: “people often forget”, "
        "“the city suspended the buses”, “the department said on its website”.",
    confidence="likely",
    bad=["Unfortunately, about it often forget in everyday life.",
         "Suspended the movement of nearly all buses on the northern routes.",
         "On Thursday, March 3, reported on the website of the regional traffic police.",
         "Also promised to repair the roof of the gym by the end of the summer.",
         "About this often write in the local newspapers of the district.",
         "Often confuse the edible mushroom with its poisonous double.",
         "Detained the suspect in the village of Lesnoye two hours later.",
         "In addition, decided to extend the bus route to the new district."],
    good=["Call the hotline if you see smoke in the forest.",
          "Forget the old timetable: the buses now run every ten minutes.",
          "Founded in 1932, the plant employs 2,000 people.",
          "Said the minister: “We will build the bridge.”",
          "Suspended for two matches, the striker will miss the derby.",
          "Unfortunately, residents often forget about it in everyday life.",
          "On Thursday, the traffic police reported the closure on their website.",
          "Added to the list were two villages in the north of the district.",
          "Also arrested were two local officials.",
          "Located on the river bank, the school has its own pier.",
          "Additionally, expected storm conditions could intensify the fire risk."],
)

# connectives and adverbs that may open the sentence before the verb (one or two, with a comma)
_CONNECTIVE = (r"(?:Also|In\s+addition|Moreover|Besides|However|Now|Then|Earlier|Later|Today|Yesterday|"
               r"Meanwhile|Unfortunately|Fortunately|At\s+the\s+same\s+time|Here|There|Currently|"
               r"Previously|Recently|Additionally|Furthermore|Therefore|Thus|So|Nevertheless|As\s+a\s+result)")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# a time phrase closed by a comma: "On Thursday, January 12,", "On March 3,", "Last week,"
_TIME = (rf"(?:(?:On|By|Since|Until|In)\s+(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|the\s+eve)"
         rf"(?:\s*,?\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_WEEKDAY}))?(?:\s*,?\s*\d{{4}})?|"
         rf"(?:Last|This|Next)\s+(?:week|month|year|{_WEEKDAY}|summer|winter|spring|autumn|night))")
# "about it", "about this" (об этом): fronted topic; frequency adverbs
_ABOUT = r"(?:[Aa]bout\s+(?:it|this|that|them))"
_ADVERB = r"(?i:often|also|already|usually|rarely|still|now|here|there|even|again|sometimes|always|never|recently|previously|earlier|then)"
_OPENING = re.compile(
    rf"^\W{{0,2}}(?P<lead>(?:{_CONNECTIVE}\s*,?\s+)?(?:{_TIME}\s*,\s+)?(?:{_ABOUT}\s+)?(?:{_ADVERB}\s+)?)"
    rf"(?P<verb>[A-Za-z]+)\b")
_MIN_WORDS = 5
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"}
# words that open English sentences and are never the verb of a subjectless calque
_NEVER = frozenset("the a an this that these those it he she they we i you there here his her its their our "
                   "my your one some many most all each every no not both either neither such what which who "
                   "when where why how if as at in on by for from with of to and but or so yet".split())


# a past participle before a noun phrase and a modal: it modifies the subject ("expected storm
# conditions could", "reported cases will")
_MODAL_AFTER = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}[ \t]+(?:could|can|will|would|may|might|should|must)\b")


class SubjectlessSentenceDetector:
    name = "calques-subjectless"
    rules = (SUBJECTLESS_SENTENCE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        todo = []
        for s in doc.body_sentences:
            chunk = doc.text[s.start:s.end]
            hit = _candidate(chunk)
            if hit is not None:
                lead, at = hit
                todo.append((s, lead, s.start + len(chunk) - len(chunk.lstrip()), at))
        if not todo:
            return
        parses = ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s, *_ in todo])
        for (s, lead, start, at), parsed in zip(todo, parses):
            verb = next((t for t in parsed.doc if parsed.offset(t) == start + at), None)
            if verb is None or not _subjectless(parsed.doc, verb, lead):
                continue
            if verb.tag_ == "VBN" and _MODAL_AFTER.match(doc.text, parsed.end_offset(verb)):
                continue  # "Additionally, expected storm conditions could intensify …": a modifier
            end = parsed.end_offset(verb)
            # the span: the sentence up to its verb and the clause after it, up to four words and
            # never past a punctuation mark ("Suspended the movement of nearly all")
            for t in parsed.doc[verb.i + 1:verb.i + 5]:
                if t.is_punct:
                    break
                end = parsed.end_offset(t)
            phrase = doc.text[start:end]
            yield SUBJECTLESS_SENTENCE.finding(
                doc, start, end,
                f"“{phrase}” has no subject: a Russian indefinite-personal sentence (об этом часто "
                f"забывают, приостановили движение, сообщили на сайте); English names who "
                f"“{verb.text.lower()}”: “people often forget”, “the city suspended”, “the "
                f"department said”")


# present-tense verbs of the indefinite-personal sentence that may open it with nothing before
# them ("Promise warm weather on Sunday"): forecasts and plans; any other bare verb is an imperative
_PRESENT_PLURAL = frozenset("promise expect predict plan intend forecast".split())


def _candidate(sentence: str):
    """Regex only: (the opener, the verb's offset in the stripped sentence) or None."""
    text = sentence.strip()
    if not text or text[-1] not in ".!" or len(text.split()) < _MIN_WORDS or text[0] in "\"“«„'‘—–-":
        return None
    m = _OPENING.match(text)
    if m is None:
        return None
    lead, verb = m.group("lead"), m.group("verb")
    if verb.casefold() in _NEVER:
        return None
    if not lead and not verb.endswith("ed") and verb.casefold() not in _PRESENT_PLURAL | _IRREGULAR_PAST:
        return None  # with nothing before it, only a past form (or a forecast verb) is a candidate
    if re.search(rf"{_ABOUT}\s*$", lead):
        return None  # "About it reported X": the fronted topic of MT2011, whose finding it is
    if lead and verb[0].isupper():
        return None  # "Also Petrov said", "On Monday Gazprom reported": a name after the opener
    return lead, m.start("verb")


_IRREGULAR_PAST = frozenset("said told found held sent brought built began gave took made left put spent paid "
                            "forgot wrote caught chose sold bought taught fought won lost shot struck".split())


def _subjectless(sent, verb, lead: str) -> bool:
    """`verb` is the root, a verb with no subject of any kind and no auxiliary before it."""
    about = re.search(_ABOUT, lead) is not None
    # "About this reported in …": the parser hangs the verb on "this" as a participle
    fronted = about and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.head.dep_ == "ROOT" \
        and verb.head.head.lower_ == "about"
    if (verb.dep_ != "ROOT" and not fronted) or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "be":
        return False
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB"):
        return False
    if verb.tag_ in ("VB", "VBP"):
        if not lead.strip() and verb.lower_ not in _PRESENT_PLURAL:
            return False  # an imperative
        if lead.strip() and not re.search(rf"{_ABOUT}\s*$|\b{_ADVERB}\s*$", lead):
            return False  # "Also, call the hotline": an imperative after a connective
    # the pronoun of a fronted "about it" is no subject ("About it often forget": the parser's nsubj)
    if any(c.dep_ in _SUBJECT_DEPS and not (about and c.i > 0 and sent[c.i - 1].lower_ == "about")
           for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "Was reported …", questions, "Added to the list were …" (inversion)
    # a participle clause closed by a comma is not the main clause ("Founded in 1932, the plant …")
    if verb.tag_ == "VBN" and any(t.text == "," for t in sent[verb.i + 1:]) and \
            not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return True


DETECTOR = SubjectlessSentenceDetector()
