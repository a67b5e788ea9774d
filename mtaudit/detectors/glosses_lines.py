"""What a Russian news page adds around its story, left in the MT text: an outlet's name in brackets
or slashes as a credit (MT325; with a Russian agency word, ИА "IA" or "news agency", in any wrapper,
a dateline's dash included), and the page's furniture lines (MT326).

A Russian page credits a fact it took from an agency in brackets after the sentence (“…, сообщили в
полиции (ТАСС).”) or, on a wire, in slashes after the dateline (“/Корр. ТАСС/”); around the story it
prints cross-references (Читайте также, Материалы по теме, Подробнее — в материале …), an appeal to
subscribe to its channel, a source or copyright line (Источник: ТАСС, © РИА Новости), a byline (Автор:
…, Текст: … Фото: …), a caption lead (На фото: …), a background box (Справка: “Reference. …”, “For
reference: …”: the whole paragraph, or a title alone on its line with the paragraph under it) and a
note signed word for word (Примечание редакции: “Note of the editors: …”, the signer grammar of
data/note_signatures.tsv). A scraper keeps them and MT renders them;
an English report attributes in words and has none of the page's furniture.

Each is read by its shape, with the words as data: outlets (data/outlets.txt and the glossary's,
less the world agencies of data/outlets_world.txt, whose English credits stay quiet), a name of a
regional outlet's shape (“Sura-Inform”, “RIA Pomorye”: text/outlet_shape.py) or a web address in a
Russian domain; the furniture's leads in data/page_furniture.tsv; a credit's source named by a
common noun (“Photo: illustrative”, “Source: the official website of the district”: Russian news
only) in data/credit_sources.txt. Quiet: an English
dateline credit (“MOSCOW (Reuters) -”: followed by a dash), an outlet introduced by its initials
(“the Telegraph Agency of the Soviet Union (TASS)”, “the news agency (TASS)”), TASS's own English
dateline (“/TASS/”), a cross-reference lead in running prose (“Read more about it in …” has no
colon), and leads that English pages share (“Read more:”) outside Russian news.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors import glosses_signature as signature
from mtaudit.detectors.glosses import line_with_break, note_nouns, note_signature
from mtaudit.detectors.russian_setting import russian_news
from mtaudit.rules.model import rule
from mtaudit.text import lexicon, outlet_shape

OUTLET_BRACKET = rule(
    "MT325", "outlet-credit-bracket", "editorial-gloss",
    summary="A Russian outlet's name alone in brackets or slashes as the page's credit (“…, the police said (TASS).”, “/Corr. TASS/”, “/IA Volga-Inform/”)",
    why="A Russian page credits the agency it took a fact from in brackets after the sentence "
        "(“(ТАСС)”), or on a wire in slashes after the dateline (“/Корр. ТАСС/”); MT keeps the "
        "credit. English attributes in words (“the police told TASS”) and has no bracketed credit. "
        "An agency word in the wrapper (ИА “IA”, “news agency”) marks the credit as the Russian "
        "page's wherever it stands, a dateline's dash included (“ELISTA, 22 April — IA Kalmykia.”).",
    confidence="certain",
    bad=["The bridge will reopen to lorries in October, the regional roads agency said (TASS).",
         "Two more ferries will join the line next summer (RIA Novosti).\n\nTickets cost 300 roubles.",
         "OMSK, 3 May. /Corr. TASS/. The ice on the Irtysh will hold until the end of the month.",
         "The school will get a new gym by 2027 (ngs.ru).",
         "The ferry to the island will run until October (RIA Pomorye).",
         "The ferry to the island will run until October (Irtysh-Press). Tickets cost 200 roubles.",
         "SYZRAN, 23 October /IA Volga-Inform/. Police detained three men over the stolen covers.",
         "ELISTA, 22 April — IA Kalmykia. A dust storm covered four districts on Tuesday.",
         "TVER, 5 May. /News agency \"Tver-Inform\"/. The ferry will run until October."],
    good=["MOSCOW (Reuters) - The ice on the river will hold until March.",
          "KAZAN, 14 June — RIA Novosti. The water park opened after repairs.",
          "The figures were first reported by the Interfax news agency (Moscow) on Monday.",
          "The story was carried by the Telegraph Agency of the Soviet Union (TASS).",
          "The figures came from the state news agency (RIA Novosti).",
          "OMSK, May 3. /TASS/. The ice on the Irtysh will hold until the end of the month.",
          "The bridge will reopen in October, the agency said (Reuters).",
          "The fair drew 40,000 visitors (AP).",
          "The old posts were moved to a new blog (WordPress).",
          "The story was first told by a tabloid (Express)."],
    applicability="safe",
)

PAGE_FURNITURE = rule(
    "MT326", "page-furniture-line", "editorial-gloss",
    summary="A Russian page's furniture left as a line: “Read also: …”, “Materials on the topic”, "
            "“Subscribe to our channel in Telegram”, “Source: TASS”, “© RIA Novosti”, “Text: … Photo: …”, “In the photo: …”, "
            "“Photo: illustrative”, “Related news:”, a background box “Reference. …”, “Note of the editors: …”",
    why="A Russian news page prints cross-references (Читайте также, Материалы по теме), an appeal to "
        "subscribe to its channel, a background box (Справка) and a source or copyright line around the story; scraped with it "
        "and translated, they land in the article as lines of their own, which an English report "
        "does not carry.",
    confidence="likely",
    bad=["The new ferry to Sakhalin will carry 400 passengers, the Kholmsk port said.\n\n"
         "Read also: In Yuzhno-Sakhalinsk, a new school opened in the Dalny district",
         "The road to the village in the Tula region will be repaired by autumn for 40 million rubles.\n\nMaterials on the topic",
         "The governor opened the new clinic in Kirov region on Monday.\n\n"
         "Subscribe to our channel in Telegram and VKontakte.",
         "The ice on the Irtysh will hold until the end of March.\n\nSource: RIA Novosti",
         "The cinema in Kursk will show Soviet comedies all summer.\n\n"
         "Translator's note: the comedy is known in English under the same title.",
         "The ice on the Irtysh will hold until the end of March.\n\n© TASS",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nPhoto: om1.ru",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\n"
         "Text: Irina Volkova. Photo: Pavel Orlov",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nPhoto: illustrative",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\n"
         "Source: the official website of the district administration",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nCover photo: IA Kama-Media",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nEarlier on the topic: "
         "In Omsk, the ice crossing to the left bank was closed",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nNews of partners",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nReference. The Irtysh is "
         "the longest tributary in Russia; it flows through China, Kazakhstan and the Omsk region.",
         "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nNote of the editors. "
         "The crossing is closed every spring."],
    good=["The new ferry to Sakhalin will carry 400 passengers, the Kholmsk port said.\n\n"
          "Read more about the ferry in our earlier report on the Kholmsk port.",
          "Read more: the council's budget explained",
          "Subscribe to our newsletter for the best stories of the week.",
          "The bridge in Omsk reopened after repairs, the regional ministry said.\n\n"
          "Subscribe to our newsletter for the best stories and videos of the week.",
          "Source: Reuters",
          "On the topic of pensions, the governor of the Omsk region said nothing.",
          "Photo: Reuters",
          "By Irina Volkova\n\nThe ice on the Irtysh will hold until the end of March, rescuers in Omsk said.",
          "The ice on the Irtysh will hold until the end of March.\n\nText: the rescuers' statement in full",
          "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nVideo: Telegram",
          "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nSource: company reports",
          "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nPhoto: Getty Images",
          "The pier in Brighton reopened after repairs on Monday.\n\nRelated news",
          "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nThe news of the partners "
          "came on Monday.",
          "The ice on the Irtysh will hold until the end of March, rescuers in Omsk said.\n\nFor reference, the "
          "river froze later last year.",
          "Editor's note: this story was updated on Monday with a comment from the rescuers."],
    applicability="unsafe",
)

_WEB_RU = r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ru|su|рф)(?![\w.-])"
_INITIALS = re.compile(r"[A-Z][\w’'-]*")


def _usable(name: str) -> bool:
    """A Russian outlet's name that credits something alone: not a world agency (“(Reuters)” and
    “(AP)” are English credits), not an English word (“Life”, “Profile”)."""
    return name not in lexicon.words("outlets_world.txt") and signature.usable(name)


@lru_cache(maxsize=8)
def _known_alts(extra: frozenset[str]) -> str:
    names = longest_first((n for n in lexicon.words("outlets.txt") | extra if _usable(n)))
    return "|".join(re.escape(n) for n in names) + r"|" + _WEB_RU


def _known(extra: frozenset[str]) -> str:
    return r"(?:" + _known_alts(extra) + r")"


@lru_cache(maxsize=8)
def _outlet(extra: frozenset[str]) -> str:
    """A known outlet, a Russian web address, or a name of a regional outlet's shape (“Sura-Inform”,
    “RIA Sura”: text/outlet_shape.py), which `_named_outlet` then checks."""
    return r"(?:" + _known_alts(extra) + r"|" + outlet_shape.pattern() + r")"


@lru_cache(maxsize=8)
def _known_in(extra: frozenset[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + _known(extra) + r"(?![\w-])")


def _named_outlet(text: str, extra: frozenset[str]) -> bool:
    """`text` names an outlet: a known one, a Russian web address, or a shaped name that is no English
    word's (“Sura-Inform”, not “WordPress”)."""
    return bool(_known_in(extra).search(text)) or any(outlet_shape.is_outlet(n) for n in outlet_shape.shaped_names(text))


@lru_cache(maxsize=8)
def _bracket(extra: frozenset[str]) -> re.Pattern:
    # the credit closes a sentence: before its full stop or semicolon, or after it at a line's end
    return re.compile(r"(?m)(?<=[\w.”\"’»%)])[ \t]*(?P<credit>[(\[](?P<name>" + _outlet(extra) +
                      r")[)\]])(?=[ \t]*(?:[.;](?![\w.])|$))")


# "/Corr. TASS/", "/Own corr./", "/Correspondent of RIA Novosti/": the wire's slash credit in its
# Russian abbreviation (TASS's English house style, "/TASS/", is quiet)
_SLASH = re.compile(r"(?P<credit>/[ \t]*(?:(?:Own|Spec(?:ial)?\.?)[ \t]+)?(?:Corr\.|Correspondent[ \t]+of)"
                    r"[^/\n]{0,50}/)(?:[ \t]*\.)?")


# An agency's credit that says it is an agency the Russian way: ИА "IA" (информационное агентство), or
# "news agency"/"information agency" before or after the name, in slashes anywhere (“23 October /IA
# Volga-Inform/.”), in brackets (“(IA Volga-Inform)”) or after a dateline's dash (“ELISTA, 22 April —
# IA Kalmykia.”). English wires credit a bare name after the dateline (“/TASS/”, “MOSCOW (Reuters) -”,
# “KAZAN, 14 June — RIA Novosti.”), which the gold of the eval sets and the corpus leave unmarked too;
# the agency word in the wrapper is what only a Russian page writes.
_AGENCY_WORD = r"(?:IA|ИА|I\.A\.|(?i:(?:news|information|informational)[ \t]+agency))"
_AGENCY_NAME = (r"(?:[«“\"][^»”\"\n/]{1,40}[»”\"]|[A-ZА-Я][\w.’'-]*(?:[ \t]+(?:[A-ZА-Я][\w.’'-]*|\d+))"
                r"{0,3})")
_AGENCY_CREDIT = (rf"(?:{_AGENCY_WORD}[ \t]+{_AGENCY_NAME}|{_AGENCY_NAME}[ \t]+(?i:(?:news|information)[ \t]+agency))")
# (in brackets only with the agency word first: "PAI (Pskov news agency)" glosses an acronym, MT329's)
_AGENCY_WRAPPED = re.compile(
    rf"(?m)(?P<lead>[ \t]*)(?P<credit>/[ \t]*{_AGENCY_CREDIT}[ \t]*/|\([ \t]*{_AGENCY_WORD}[ \t]+{_AGENCY_NAME}[ \t]*\)"
    rf"(?=[ \t]*(?:[.;,:—–-]|$)))")
_AGENCY_DATELINE = re.compile(
    rf"(?m)^[ \t]*[A-Z][\w .'’()/-]*,[ \t]*(?:\d{{1,2}}[ \t]+[A-Za-z]+\.?|[A-Za-z]+\.?[ \t]+\d{{1,2}})(?:,?[ \t]*\d{{4}})?"
    rf"(?P<credit>[ \t]*[—–-][ \t]*{_AGENCY_CREDIT})(?=[ \t]*\.)")


def _agency_credits(text: str):
    """(start, end, credit) of each agency credit with a Russian agency word (see _AGENCY_WORD):
    the span takes the space before the wrapper (the credit is cut with it) and a full stop after
    it when the text before already ends one (“3 May. /IA Volga-Inform/. The ice …”)."""
    for m in _AGENCY_WRAPPED.finditer(text):
        start, end = m.start("lead"), m.end("credit")
        dot = re.match(r"[ \t]*\.", text[end:end + 3])
        if dot and text[:start].rstrip().endswith("."):
            end += dot.end()
        yield start, end, m.group("credit")
    for m in _AGENCY_DATELINE.finditer(text):
        yield m.start("credit"), m.end("credit"), m.group("credit").strip(" \t—–-")


@lru_cache(maxsize=8)
def _slash_end(extra: frozenset[str]) -> re.Pattern:
    """An outlet in wire slashes closing a paragraph after its last sentence ("… free of charge.
    /TASS/"): the outlet signed under the story. TASS's English puts "/TASS/." after the dateline,
    with the story going on in the same line, and that stays quiet."""
    return re.compile(r"(?m)(?<=[.!?”\"»])[ \t]+(?P<credit>/[ \t]*(?P<name>" + _outlet(extra) +
                      r")[ \t]*/)[ \t]*\.?[ \t]*$")


def _introduced(text: str, start: int, name: str) -> bool:
    """The bracket introduces the outlet's short name: the words before it name an outlet's kind
    (“the news agency (TASS)”) or spell its initials (“the Telegraph Agency of the Soviet Union”)."""
    before = text[max(0, start - 120):start]
    words = re.findall(r"[A-Za-z][\w’'-]*", before)
    if not words:
        return False
    if words[-1].lower() in lexicon.folded_words("outlet_kinds.txt") or \
            " ".join(words[-2:]).lower() in lexicon.folded_words("outlet_kinds.txt"):
        return True
    # the full name right before it: a run of capitalised words (with of/the/and inside) whose
    # first initial is the short name's ("the Telegraph Agency of the Soviet Union (TASS)")
    run: list[str] = []
    for w in reversed(words):
        if w[0].isupper():
            run.append(w)
        elif w.lower() not in {"of", "the", "and", "for"} or not run:
            break
    return len(run) >= 2 and run[-1][0].upper() == name.lstrip("(")[0].upper()


@lru_cache(maxsize=1)
def _leads() -> tuple[tuple[str, str], ...]:
    rows = [(lead, kind) for lead, kind in lexicon.rows("page_furniture.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


_PLATFORM_ONLY_NOUNS = frozenset({"channel", "channels", "messenger", "messengers", "bot", "bots", "public",
                                  "community", "communities", "group", "groups"})


@lru_cache(maxsize=1)
def _platform() -> re.Pattern:
    # a platform's name, or a noun only a platform has: an English site's appeal to its newsletter,
    # its stories or its videos ("Subscribe to our newsletter for the week's top stories") names none
    words = lexicon.words("calque_platforms.txt") | _PLATFORM_ONLY_NOUNS | \
        {"VK", "Dzen", "Zen", "MAX", "Rutube", "messengers"}
    return re.compile(r"(?i:\b(?:" + "|".join(re.escape(w) for w in longest_first(words - {"X"}))
                      + r"))(?![a-z])")  # "messengersMAXAndTelegram": a scrape glues linked words


# platforms only Russian pages name (and the messengers of "on messengers MAX and Telegram"): the
# appeal to subscribe is the Russian page's whatever the story's setting
_RUSSIAN_PLATFORM = re.compile(r"(?i:\b(?:VKontakte|VK|Odnoklassniki|Dzen|Zen|Rutube|messengers))(?![a-z])|\bMAX(?![A-Z])")


@lru_cache(maxsize=1)
def _credit_sources() -> str:
    """A picture's or a fact's source named by a common noun, as a Russian page credits it (Фото:
    архив редакции, Источник: официальный сайт района), or any web address: English
    credits a photographer or an agency by name (data/credit_sources.txt)."""
    nouns = longest_first(lexicon.words("credit_sources.txt"))
    platforms = longest_first(lexicon.words("calque_platforms.txt") | {"VK", "VKontakte", "Dzen", "Rutube", "Odnoklassniki"})
    # a platform only before a noun ("VK group of the school", "Telegram channel of the mayor"): English
    # credits a war video to the platform alone ("Video: Telegram")
    return ("(?:(?:" + "|".join(re.escape(p) for p in platforms if p != "X") + r")[ \t-]+)?"
            + "(?i:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in nouns) + ")"
            + r"|[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ru|su|com|net|org|info|рф)")


# a person's name in a byline: capitalised words or initials ("Irina Volkova", "I. Volkova")
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"


@lru_cache(maxsize=8)
def _furniture(extra: frozenset[str]) -> re.Pattern:
    alts = []
    for lead, kind in _leads():
        words = r"[ \t]+".join(re.escape(w) for w in lead.split())
        if kind == "any":
            rest = r"(?:[ \t]*[:—–][ \t]*[^\n]*|[ \t]*)"
        elif kind == "platform":
            rest = r"[ \t][^\n]*"
        elif kind == "byline":  # names only: "Author: Irina Volkova", "Text: I. Volkova. Photo: P. Orlov"
            colon = r"[ \t]*:?[ \t]*" if lead.endswith(" by") or not lead[-1].isalpha() else r"[ \t]*:[ \t]*"
            rest = (colon + _NAME + r"(?:[ \t]*[,.;/][ \t]*(?:(?:photos?|text|video|design)[ \t]*:[ \t]*)?"
                    + _NAME + r")*[ \t]*\.?[ \t]*")
        elif kind == "common":  # "Photo: illustrative", "Source: the official website of the district"
            rest = (r"[ \t]*(?::[ \t]*|[ \t]+by[ \t]+)(?:(?:from|by|of|the|an?|our|its|official)[ \t]+)*(?:"
                    + _credit_sources() + r")(?![\w-])"
                    # the source alone, or with its owner ("of the district"): "Photo: press service staff
                    # at work" is a caption
                    r"(?:[ \t]*\.?[ \t]*|[ \t]*,?[ \t]+(?:of|from|on|in|at|for)[ \t][^\n]{0,80})")
        elif kind == "box":  # "Reference. The Seim is …": the page's background box left as a paragraph
            rest = r"(?:[ \t]*\.[ \t]+(?-i:[A-Z«\"“])[^\n]*|[ \t]*[:—–][ \t]*[^\n]+|[ \t]*\.?[ \t]*)"
        elif kind == "press":  # "Photo: the press service of the district", "Photo: Iskra press service"
            rest = (r"[ \t]*:[ \t]*(?:the[ \t]+)?(?:press[ \t]+service[ \t]+of[ \t]+[^\n]{2,80}?"
                    r"|(?-i:[A-Z])[^\n]{1,60}?[ \t]+press[ \t]+service)[ \t]*\.?[ \t]*")
        else:  # outlet: the line is the lead, the outlet and at most a year
            # "Photo: Ivan Belov / RIA Novosti": a photographer before the outlet
            rest = (r"[ \t]*:?[ \t]*(?:photo[ \t]+)?(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*/[ \t]*)?"
                    r"(?:the[ \t]+)?" + _outlet(extra) +
                    r"(?:[ \t]*,?[ \t]*(?:19|20)\d\d)?[ \t]*\.?[ \t]*")
        alts.append(f"(?P<{kind}_{len(alts)}>{words}(?![\\w]){rest})")
    # an editor's or translator's note signed word for word ("Note of the editors: …", "Note of the
    # editorial office. …"): the signer grammar of data/note_signatures.tsv
    alts.append(f"(?P<note_{len(alts)}>{note_signature()}(?:[ \\t]*[:.—–][ \\t]*[^\\n]*|[ \\t]*))")
    # a line may stand in brackets of its own ("[Translator's note: …]"): the detector checks they close
    return re.compile(r"(?im)^[ \t]*[\[(]?(?:" + "|".join(alts) + r")$")


@lru_cache(maxsize=1)
def _furniture_opening() -> re.Pattern:
    """What a line `_furniture` matches opens with: a lead's first word or a note noun, after the
    same blanks and bracket. Its alternation compiles in milliseconds where the whole table takes
    a quarter of a CPU-second, so a text with no such line never compiles the table."""
    firsts = sorted({re.escape(lead.split()[0]) for lead, _ in _leads()})
    return re.compile(r"(?im)^[ \t]*[\[(]?(?:" + "|".join(firsts) + r"|(?i:(?:" + note_nouns() + r")))")


class PageCreditDetector:
    name = "page-credits"
    rules = (OUTLET_BRACKET, PAGE_FURNITURE)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        extra = signature.glossary_outlets(ctx)
        taken: list[tuple[int, int]] = []
        if "IA" in text or "ИА" in text or "gency" in text or "I.A." in text:
            for start, end, credit in _agency_credits(text):
                taken.append((start, end))
                yield OUTLET_BRACKET.finding(
                    doc, start, end,
                    f"“{credit}”: a Russian news agency's credit (ИА, “news agency”) left in the text; English "
                    "attributes in words or leaves it out",
                    fix=Fix.replace(start, end, "", Applicability.SAFE, "remove the credit"))
        if "(" in text or "[" in text:
            for m in _bracket(extra).finditer(text):
                if _introduced(text, m.start("credit"), m.group("name")) or not _named_outlet(m.group("name"), extra):
                    continue
                if any(s <= m.start("credit") < e for s, e in taken):
                    continue  # an agency credit, found above
                yield OUTLET_BRACKET.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group('credit')}”: the Russian page's credit for its source, in brackets; "
                    "English attributes in words or leaves it out",
                    fix=Fix.replace(m.start(), m.end(), "", Applicability.SAFE, "remove the credit"))
        if "/" in text:
            for m in _SLASH.finditer(text):
                if any(s <= m.start("credit") < e for s, e in taken):
                    continue
                yield OUTLET_BRACKET.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group('credit')}”: a Russian wire's correspondent credit, abbreviated the Russian way",
                    fix=Fix.replace(m.start(), m.end(), "", Applicability.SAFE, "remove the credit"))
            for m in _slash_end(extra).finditer(text):
                if not _named_outlet(m.group("name"), extra) or any(s <= m.start("credit") < e for s, e in taken):
                    continue
                yield OUTLET_BRACKET.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group('credit')}”: the Russian outlet signed under the story in wire slashes",
                    fix=Fix.replace(m.start(), m.end(), "", Applicability.SAFE, "remove the credit"))
        found: set[int] = set()
        yield from self._furniture(doc, ctx, extra, found)
        yield from self._labels(doc, ctx, found)

    def _furniture(self, doc, ctx, extra, found: set[int]):
        text = doc.text
        news = None
        if not _furniture_opening().search(text):
            return
        for m in _furniture(extra).finditer(text):
            kind = next(k for k, v in m.groupdict().items() if v is not None).split("_")[0]
            line = m.group().strip()
            if line[0] in "[(" and not line.endswith("])"["[(".index(line[0])]):
                continue  # an opening bracket the line does not close
            if len(line.split()) > 25 and line[0] not in "[(" and kind not in ("box", "note"):
                continue
            if kind == "platform" and not _platform().search(line):
                continue
            if kind == "outlet" and not _named_outlet(line, extra):
                continue
            if kind != "outlet" and not (kind == "platform" and _RUSSIAN_PLATFORM.search(line)):
                if news is None:
                    news = russian_news(doc, ctx)
                if not news:
                    continue
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            end = start + len(line)
            if kind == "box" and not re.search(r"\w\W+\w", line):
                end = _box_paragraph(text, end)  # the box's title on its own line: its paragraph is the box
                if end is None:
                    continue
            found.add(start)
            cut_start, cut_end = line_with_break(text, start, end)
            yield PAGE_FURNITURE.finding(
                doc, start, end, f"“{line}” is the Russian page's furniture, left in the article",
                fix=Fix.replace(cut_start, cut_end, "", Applicability.UNSAFE, "remove the line"))


    def _labels(self, doc, ctx, found: set[int]):
        """A section label as a line ("Related news:", "Earlier on the topic: …", "News of partners"): two
        to six words of a page's labels (data/page_labels.tsv), one a noun, in Russian news only."""
        text = doc.text
        kinds = _label_words()
        news = None
        for m in _LABEL_LINE.finditer(text):
            words = m.group("label").lower().split()
            if not 2 <= len(words) <= 6 or m.start("label") in found:
                continue
            if any(w not in kinds for w in words) or not any(kinds[w] == "noun" for w in words):
                continue
            rest = (m.group("rest") or "").strip()
            if len(rest.split()) > 25:
                continue
            if news is None:
                news = russian_news(doc, ctx)
            if not news:
                return
            start, end = m.start("label"), m.end()
            while text[end - 1].isspace():
                end -= 1
            cut_start, cut_end = line_with_break(text, start, end)
            yield PAGE_FURNITURE.finding(
                doc, start, end, f"“{text[start:end]}” is the Russian page's section label, left in the article",
                fix=Fix.replace(cut_start, cut_end, "", Applicability.UNSAFE, "remove the line"))


def _box_paragraph(text: str, title_end: int) -> int | None:
    """The end of the paragraph under a box title standing alone ("Reference" on its line, then the
    background text): the next non-empty line, when it is one paragraph of at most 80 words."""
    m = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<para>[^\n]+)").match(text, title_end)
    if m is None or len(m.group("para").split()) > 80:
        return None
    return m.end("para") - (len(m.group("para")) - len(m.group("para").rstrip()))


# one run of blanks between the label and the line's end (two adjacent [ \t]* were quadratic in a
# long run of spaces: fuzz/crashers/whitespace-run.txt)
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[A-Za-z][A-Za-z ]{2,60}?)(?:[ \t]*:[ \t]*(?P<rest>[^\n]*)|[ \t]*)$")


@lru_cache(maxsize=1)
def _label_words() -> dict[str, str]:
    return {w.lower(): kind for w, kind in lexicon.rows("page_labels.tsv")}


DETECTOR = PageCreditDetector()
