"""The source after its reporting verb, read as one frame whatever the source is (MT2032).

Russian closes a report with the verb and then its source: "…, сообщает ngs.ru", "…, пишет
сайт bashinform.ru", "…, сообщает ПАИ (Псковское агентство информации)", "…, рассказали
телеканалу «Енисей»", "…, уточнили в Telegram-канале мэрии", "«…». — Сказал глава района".
MT keeps the order. English inverts a reporting verb after a plain clause only with "said" and
a few like it, with an outlet named as English names it ("…, reports The New York Times", "…,
reports the Pravda news agency"), and gives "told" a listener ("…, he told the BBC").

One reader, not a list of phrases: a clause, a comma or a dash, a finite reporting verb (the
verbs of the attribution family and WordNet's verbs of saying, as data) with no subject of its
own, and a source phrase that closes the sentence and that the parse reads as one noun phrase.
The frame is Russian when the source has a shape English never gives a source after its verb:
* a web address or a site's bare lower-case name ("reports ngs.ru", "writes udm-info");
* a media noun before the outlet's name, the Russian apposition order ("the TV channel
  Yenisei", "the IA "Kazakh-Zerno"", "the Telegram channel Baza", "the edition of
  "Kommersant""), where English writes the name first ("the Pravda news agency");
* a name glossed in brackets by a media noun ("PAI (Pskov news agency)");
* a media noun heading an of-chain ("the site of the regional government", "the Telegram
  channel of the mayor's office") or a possessive ("the city's portal");
* a body named in capitals with its of-chain after a verb English does not invert ("reported the
  Hydrometcentre of Russia", "informs Vodokanal of Tomsk");
* a date or a weekday between the verb and the source ("said on Tuesday the press service of
  the regional ministry": English writes "the ministry said on Tuesday");
* after "told", a person's title and its of-chain with no listener ("told the minister of
  youth policy and sport of the republic"), the parse confirming the clause before it;
* the verb opening a sentence right after a quote ("“…” — Said the head of the district.").
Quiet: "said"/"says" with any source but the date and quote shapes, "according to Reuters",
"Reuters reported", "…, told Reuters", "…, he told the BBC", a verb with its own subject, a
source that goes on into a clause ("…, informed the regulator and paid a fine").
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.text.lexicon import entries_of, folded_words, person_heads, rows

INVERTED_FRAME = rule(
    "MT2032", "source-after-verb-frame", "calque",
    summary="“…, reports ngs.ru”, “…, told the TV channel Yenisei”, “…, reports PAI (Pskov news agency)”, "
            "“…, informs the Telegram channel of the mayor's office”, “— Said the head of the district.”: "
            "a source after its reporting verb, in a shape English never inverts",
    why="Russian closes a report with the verb and then its source (сообщает ngs.ru, пишет сайт "
        "bashinform.ru, рассказали телеканалу «Енисей», уточнили в Telegram-канале мэрии, — сказал глава "
        "района). MT keeps the order. English inverts a reporting verb after a plain clause only with "
        "“said” and a few like it, names an outlet with its name first (“the Pravda news agency”) and "
        "gives “told” a listener. One reader of the frame: a clause, a comma or dash, a reporting verb with "
        "no subject of its own, and a source noun phrase (the parse) closing the sentence whose shape is "
        "Russian: a web address or a site's bare name, a media noun before the outlet's name, a name "
        "glossed in brackets, a media noun with an of-chain, a body named in capitals with its of-chain after a "
        "verb English does not invert, a date between the verb and the source, a title after “told” with no "
        "listener, or the verb opening a sentence after a quote.",
    confidence="likely",
    bad=["The new stadium will open in October, reports kurgan-news.ru.",
         "Forty teams took part in the tournament, told the minister of youth policy and sport of the republic.",
         "The festival will last three days, told the TV channel Yenisei.",
         "The harvest grew by a quarter, reports the KBN (Kuban news agency).",
         "The water level in the river rose by half a metre, informs the Telegram channel of the mayor's office.",
         "The water level in the river rose by half a metre, reports the IA \"Kazakh-Zerno\".",
         "Bus fares will rise in March, said on Tuesday the press service of the regional ministry of transport.",
         "“We expect the first guests in May.” — Said the head of the district.",
         "The flight was delayed by five hours, reports the Telegram channel Baza.",
         "Tickets are sold out, writes tomskinfo.",
         "Frosts will return on Thursday, reported the Hydrometcentre of Russia."],
    good=["The new bridge over the river will open in October, said the minister.",
          "The new bridge will open in October, according to Reuters.",
          "The new bridge will open in October, told Reuters.",
          "The new bridge will open in October, he told the BBC.",
          "The mine will close in 2030, reports The New York Times.",
          "The big cat population grew by a third, reports the Pravda news agency.",
          "The company reported the incident to police, informed the regulator and paid a fine.",
          "The bridge will open in October, the regional ministry of transport said on Tuesday.",
          "He arrived late, told the staff to wait and went upstairs.",
          "Rates will stay on hold until spring, said the Bank of England.",
          "The festival will last three days, the organisers told the TV channel."],
)

# media nouns: what an outlet is called (Russian names it before the outlet's name)
_MEDIA = (r"(?:information\s+|news\s+|online\s+|internet\s+)?agency|IA|newspaper|publication|edition|portal|"
          r"(?:official\s+)?(?:web\s*)?site|(?:Telegram|telegram|TV|television|YouTube)[\s-]+channel|channel|"
          r"radio\s+station|radio|magazine|broadcaster|news\s+service|outlet|public\s+page|page|group|"
          r"Telegram|telegram")
_WEB = r"(?<![\p{L}\d@/.-])[\p{L}\d][\p{L}\d-]{0,40}(?:\.[\p{L}\d-]{1,40}){0,3}\.(?:\p{Ll}{2,10}|RU|COM|NET|ORG|RF|INFO)(?![\p{L}\d@/-])"
_NAME = r"(?:\p{Lu}[\p{L}\d.-]*(?:[ \t]+\p{Lu}[\p{L}\d.-]*){0,3}|[“\"«„][^”\"»“\n]{1,40}[”\"»“])"
_DATE = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
         r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
         r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))")
_END = r"(?=[ \t]*[.!;](?:[”\"’»)]?(?:\s|$))|[ \t]*$)"
# verbs English inverts after a plain clause with any subject: quiet but for the date and quote shapes
_NATIVE = frozenset({"said", "says"})
# verbs English also inverts after a plain clause, or that take a listener: no capitalised body after them
_ENGLISH_INVERTING = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks"})
_CLAUSE_END = r"(?<=[\p{L}\d)\]%°»”\"'’])"


@lru_cache(maxsize=1)
def _verbs() -> str:
    return "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in longest_first(_verb_set()))


@lru_cache(maxsize=1)
def _verb_set() -> frozenset[str]:
    """The finite reporting verbs: the attribution family's and WordNet's verbs of saying (data)."""
    forms = {e.split("\t")[0].strip().casefold() for e in entries_of("calque_inverted_verbs.txt")}
    forms |= {r[0] for r in rows("calque_speech_inversion_verbs.txt")}
    forms |= folded_words("quotative_verbs_clausal.txt")
    # finite forms only: a base form after a comma is an imperative or a plural verb in English
    return frozenset(f for f in forms if f.split()[0].endswith(("s", "ed", "d")) or f.split()[0] in ("told", "wrote", "said"))


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    heads = {e.casefold() for e in entries_of("calque_speaker_titles.txt")}
    heads |= {r[0] for r in rows("calque_order_words.tsv") if len(r) > 1 and r[1] == "doer"}
    heads |= {p for p in person_heads()}
    return frozenset(heads)


@lru_cache(maxsize=1)
def _patterns():
    verb = _verbs()
    after = rf"{_CLAUSE_END}(?<![”\"’»][ \t]?)[ \t]*(?:,|[ \t][—–])[ \t]+"
    source = r"(?P<src>[^\n.!?;]*?(?:\.[\p{L}\d-][^\n!?;]*?)*?)"
    frame = regex.compile(rf"{after}(?P<span>(?P<verb>{verb})\s+{source}){_END}", regex.V1)
    quote = regex.compile(
        rf"(?<=[.!?…][”\"»][ \t]*(?:[—–-]{{1,2}}[ \t]*)?)(?P<span>(?P<verb>\p{{Lu}}\p{{Ll}}+(?:\s+out)?)\s+"
        rf"(?P<src>(?:the|a|an)\s+[^\n.!?;“\"«]{{3,120}}?)){_END}", regex.V1)
    shapes = {
        "web": regex.compile(rf"^(?:the\s+)?(?:(?:{_MEDIA})\s+)?{_WEB}$", regex.V1),
        "bare": regex.compile(r"^\p{Ll}[\p{Ll}\d]*(?:-[\p{Ll}\d]+)*$", regex.V1),
        "named": regex.compile(rf"^(?:the\s+|a\s+)?(?:\p{{Ll}}+\s+)?(?:{_MEDIA})(?:\s+of)?\s+{_NAME}(?:\s+\([^()\n]{{2,60}}\))?$",
                               regex.V1),
        "gloss": regex.compile(rf"^(?:the\s+)?(?:\p{{Lu}}[\p{{L}}\d.-]*(?:[ \t]+\p{{Lu}}[\p{{L}}\d.-]*){{0,3}})\s+"
                               rf"\((?:[^()\n]{{0,40}}\b(?i:{_MEDIA}|news)\b[^()\n]{{0,20}})\)$", regex.V1),
        "chain": regex.compile(rf"^(?:the\s+)?(?:official\s+|regional\s+|city\s+|district\s+)?(?:{_MEDIA})\s+of\s+"
                               rf"(?:the\s+)?[\p{{L}}'’ -]{{3,80}}$|^the\s+[\p{{L}}-]+['’]s\s+(?:official\s+)?(?:{_MEDIA})$",
                               regex.V1),
        # a body named in capitals with its of-chain ("the Hydrometcentre of Russia", "Vodokanal of Tomsk")
        "body": regex.compile(r"^(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+(?:of|for)\s+(?:the\s+)?"
                              r"\p{Lu}[\p{L}'’ -]{2,80}$", regex.V1),
        "dated": regex.compile(rf"^{_DATE},?\s+(?:the|a)\s+.{{3,100}}$", regex.V1),
    }
    return frame, quote, shapes


_TOLD_TITLE = regex.compile(
    r"^(?:the|a|an)\s+(?P<np>(?:[\p{Ll}-]+\s+){0,3}?(?P<head>[\p{Ll}-]+))\s+of\s+"
    r"(?:(?:the\s+)?[\p{Ll}-]+(?:\s+(?:and|of|on|for)\s+|\s+)){0,10}?(?:the\s+)?[\p{Ll}-]+$", regex.V1)
_STOP_IN_SOURCE = regex.compile(
    r"\b(?:that|which|who|whom|and\s+(?:\p{Ll}+ed|\p{Ll}+s|went|paid|told|said|left|took|made)\b|but|to\s+\p{Ll}+\b|"
    r"when|while|because|if|after|before|was|were|is|are|has|have|had|will|would)\b", regex.V1)


def _shape(verb: str, src: str, shapes) -> str | None:
    """The Russian shape of the source phrase `src` after `verb`, or None."""
    src = src.strip()
    if not src or len(src.split()) > 16:
        return None
    if shapes["dated"].match(src) and verb not in ("told", "tells"):
        return "dated"
    if verb in _NATIVE:
        return None
    if _STOP_IN_SOURCE.search(src) and not shapes["named"].match(src):
        return None
    if shapes["web"].match(src):
        return "web"
    if verb in ("writes", "wrote", "reports", "informs", "reported", "informed") and shapes["bare"].match(src) \
            and not is_dictionary_word(src) and len(src) >= 5:
        return "bare"
    if shapes["named"].match(src):
        return "named"
    if shapes["gloss"].match(src):
        return "gloss"
    if shapes["chain"].match(src):
        return "chain"
    if verb not in _ENGLISH_INVERTING and shapes["body"].match(src) and not src.startswith("The "):
        return "body"
    if verb in ("told", "tells"):
        m = _TOLD_TITLE.match(src)
        if m is not None and " and " in src and (m.group("head") in _person_heads() or m.group("np") in _person_heads()):
            return "title"
    return None


def _one_noun_phrase(parsed, start: int, end: int) -> bool:
    """The tokens in [start, end) (document offsets) form one phrase: exactly one of them has its
    head outside the stretch, and it is a noun, a name or a number (the source), not a verb."""
    toks = [t for t in parsed.doc if start <= parsed.offset(t) < end and not t.is_punct]
    if not toks:
        return False
    inside = {t.i for t in parsed.doc if start <= parsed.offset(t) < end}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in roots):
        return False
    return len(roots) <= 2 and any(t.pos_ in ("NOUN", "PROPN", "X", "NUM", "ADJ") for t in roots)


def _has_subject(parsed, verb_offset: int) -> bool:
    tok = parsed.token_at(verb_offset)
    return tok is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)


class AttributionFrameDetector:
    name = "calques-attribution-frame"
    rules = (INVERTED_FRAME,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        frame, quote, shapes = _patterns()
        todo = []
        sentences = list(doc.sentences)
        for m in quote.finditer(text):
            verb = regex.sub(r"\s+", " ", m.group("verb")).casefold()
            if verb not in _verb_set() and verb not in _NATIVE:
                continue
            s = next((x for x in sentences if x.start <= m.start("span") < x.end), None)
            if s is not None:
                src = m.group("src").rstrip(" \t")
                todo.append((s, m.start("span"), m.start("src") + len(src), m.start("src"), verb, src, "quote"))
        for s in sentences:
            sent = text[s.start:s.end]
            if "," not in sent and "—" not in sent and "–" not in sent and "”" not in sent and '"' not in sent:
                continue
            for pattern in (frame,):
                for m in pattern.finditer(sent):
                    verb = regex.sub(r"\s+", " ", m.group("verb")).casefold()
                    src = m.group("src").rstrip(" \t")
                    kind = _shape(verb, src, shapes)
                    if kind is None:
                        continue
                    if kind in ("gloss", "named") and src.endswith(")"):
                        src = src[:src.rindex("(")].rstrip()  # the bracketed gloss is MT329's (an editorial gloss)
                    a = s.start + m.start("span")
                    b = s.start + m.start("src") + len(src)
                    todo.append((s, a, b, s.start + m.start("src"), verb, src, kind))
        if not todo:
            return
        parses = ctx.syntax.parse_many(doc, [Span(t[0].start, t[0].end) for t in todo])
        seen = set()
        for (s, a, b, src_at, verb, src, kind), parsed in zip(todo, parses):
            if (a, b) in seen:
                continue
            if kind != "quote" and _has_subject(parsed, a):
                continue
            if kind in ("chain", "title", "quote") and not _one_noun_phrase(parsed, src_at, b):
                continue
            seen.add((a, b))
            phrase = text[a:b]
            person = kind in ("title", "quote")
            repl = f"{src[0].upper() + src[1:] if kind == 'quote' else src} said" if person else f"according to {src}"
            yield INVERTED_FRAME.finding(
                doc, a, b,
                f"“{phrase}” puts the source after its reporting verb, in Russian order (сообщает ngs.ru, "
                f"рассказали телеканалу «Енисей», — сказал глава района); English names the source first "
                f"or writes “{repl}”",
                fix=Fix.replace(a, b, repl, Applicability.UNSAFE, "name the source first"))


DETECTOR = AttributionFrameDetector()
