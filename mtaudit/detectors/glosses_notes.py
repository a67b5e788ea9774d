"""A Russian page's own notes, written as sentences and carried into the MT text: a credit under a
picture, a sponsor or project note, an update note (MT327); the boilerplate a page addresses to its
reader: the editors' disclaimer of the author's view, a call to comment, an age or advertising label
(MT328); an outlet's Russian acronym glossed in brackets (MT329).

A Russian page credits its pictures in words (Фото предоставлено перевозчиком, Фото из архива
редакции), thanks a sponsor (Материал подготовлен при поддержке Фонда президентских грантов) and
marks an update (Новость дополнена в 14:20); MT renders each as a sentence of the article. Each is
read as a class, by its shape: the subject a page item (a picture noun or the page's own text:
материал, публикация, новость), the predicate a verb of providing, preparing or updating, and the
rest a source, a sponsor or a time, which names no event of the story; the words are data
(data/page_notes.tsv). Such a sentence is a note only where a note stands: a line of its own, a
whole sentence in brackets, or the last sentence of a paragraph.

Quiet: English credits (“Photo: Reuters”, “Photo by Anna Lee”, a photographer or an agency by name),
English update and support notes (“This story has been updated”, “This article was produced with
support from …”: English calls its text a story or an article), story sentences about a picture
(“The video, taken by a passer-by, shows the fire”: more than the note after the credit).
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.glosses import _CREDIT_LINE, line_with_break
from mtaudit.detectors.russian_setting import about_russia, russian_news
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word

PAGE_NOTE = rule(
    "MT327", "page-note-sentence", "editorial-gloss",
    summary="A Russian page's credit, sponsor or update note written as a sentence (“The photo is provided "
            "by the carrier.”, “The material was prepared with the support of …”, “The news was updated at 14:20.”)",
    why="A Russian page credits its pictures in words (Фото предоставлено …, Фото из архива редакции), "
        "thanks the sponsor of a text (Материал подготовлен при поддержке …) and marks an update (Новость "
        "дополнена); scraped with the article and translated, each lands in it as a sentence that "
        "names no event of the story. English credits a picture under it by name and has no such notes.",
    confidence="likely",
    bad=["The ferry from Kholmsk to the Kuril Islands will run twice a day from June.\n\nThe photo is provided by the carrier.",
         "The bridge in Omsk was closed for repairs.\n\nMaterial prepared with the support of the regional ministry of culture",
         "The choir sang at the opening of the festival in Tambov.\n\nPhoto courtesy of the press service of "
         "the district administration",
         "The museum in Tver opened a hall of old clocks.\n\nThe photos were kindly given to the editorial office by the museum",
         "The smokehouse in the Kursk region hired 30 people.\n\nThe material was prepared with the "
         "support of the regional development agency.",
         "The smokehouse hired 30 people, the head of the district in the Rostov region said. (The material is "
         "published within the framework of a joint project with the Russian Geographical Society.)",
         "The barbershop for pensioners opened in Vologda on Monday.\n\nThe news was updated at 14:20 with a "
         "comment from the regional ministry.",
         "The bridge in Omsk was closed for repairs.\n\nPhotos were kindly provided by the participants of the race.",
         "The bridge in Omsk was closed for repairs.\n\nThe material was prepared by Anna Orlova.",
         "The bridge in Omsk was closed for repairs.\n\nThe news was prepared on the basis of a press release of the "
         "regional ministry of transport.",
         "The bridge in Omsk was closed for repairs.\n\nThe site operates with the financial support of the Ministry "
         "of Digital Development of the Russian Federation."],
    good=["The ferry to the island will run twice a day from June.\n\nPhoto: Reuters",
          "The ferry to Sakhalin will run twice a day.\n\nPhoto by Anna Lee",
          "The ferry to Sakhalin will run twice a day.\n\nPhoto courtesy of the Sakhalin Regional Museum.",
          "The video, taken by a passer-by on Monday, shows the fire spreading to the roof of the school in Omsk.",
          "The ferry to the island will run twice a day from June.\n\nThis story has been updated with a comment "
          "from the port.",
          "This article was produced with support from the Pulitzer Center.",
          "The materials of the case were published on the court's website in Tver on Monday.",
          "The ferry to Sakhalin will run twice a day from June.\n\nThe photo was provided by the Kholmsk port, "
          "which says the ferry will carry 400 passengers a day in summer and 150 in winter.",
          "The bridge in Omsk was closed for repairs.\n\nThe materials were prepared by the prosecutor's office of "
          "Omsk and sent to the court in May.",
          "This story was written by Anna Lee.",
          "This project was made possible with the support of the Knight Foundation."],
    applicability="unsafe",
)

READER_BOILERPLATE = rule(
    "MT328", "page-reader-boilerplate", "editorial-gloss",
    summary="A Russian page's boilerplate for its reader: “The opinion of the editorial office may not coincide "
            "with the author's”, “Share your opinion in the comments”, an age label “(12+)”, “On the rights of advertising”",
    why="Russian pages print the editors' disclaimer (Мнение редакции может не совпадать с мнением автора), "
        "calls to the reader (Поделитесь мнением в комментариях; Нашли ошибку? Выделите её и нажмите "
        "Ctrl+Enter), the age label Russian law requires (12+, 18+) and the advertising label (На правах "
        "рекламы, erid); MT carries them into the article, where English has none of them.",
    confidence="likely",
    bad=["The council of Tver voted for the new park.\n\nThe opinion of the editorial office may not coincide "
         "with the opinion of the author.",
         "The mayor of Kirov promised a new rink by winter. Share your opinion in the comments!",
         "If you find a mistake in the text, select it and press Ctrl+Enter.",
         "The theatre of Tambov will show the play “The Snow Queen” (6+) on Sunday.",
         "The new clinic in the Kursk region accepts patients from Monday.\n\nOn the rights of advertising",
         "The clinic in Kursk accepts patients from Monday.\n\nAdvertising. LLC Zdorovye, INN 4632012345. erid: 2VtzqwXYZab"],
    good=["The views expressed in this article are the author's own.",
          "The council voted for the new park. Let us know your view below.",
          "The film is rated 18+ in Russia and 15 in Britain.",
          "Advertising revenue in the Kursk region fell by a tenth in a year.",
          "Children (aged 6 to 12) may take part in the race in Tambov.",
          "Advertisement"],
    applicability="unsafe",
)

OUTLET_ACRONYM_GLOSS = rule(
    "MT329", "outlet-acronym-gloss", "editorial-gloss",
    summary="A Russian outlet's acronym or name glossed by its translation in brackets (“PAI (Pskov news agency)”, "
            "“the newspaper Tverskaya Zhizn (Tver Life)”)",
    why="The translator glosses a Russian outlet's acronym with its name rendered in English, whose initials "
        "do not spell it (ПАИ, Псковское агентство информации: “PAI (Pskov news agency)”); English names the "
        "outlet first and puts its own initials in brackets, or leaves the gloss out.",
    confidence="likely",
    bad=["The new stable for the horses opened in Pskov, reports PAI (Pskov news agency).",
         "The figures were published by IAB (the Bryansk information agency) on Monday in Bryansk.",
         "The mayor of Tver told the newspaper Tverskaya Zhizn (Tver Life) that the park will open in May."],
    good=["The figures were published by the Pskov News Agency (PNA) in Pskov.",
          "The story was first carried by NPR (National Public Radio).",
          "The Russian agency TASS (formerly ITAR-TASS) reported the figures from Moscow.",
          "The mayor of Tver told the newspaper Moskovsky Komsomolets (MK) that the park will open in May.",
          "The mayor of Tver told the newspaper Tverskaya Zhizn (Tver) that the park will open in May."],
    applicability="unsafe",
)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, kind in lexicon.rows("page_notes.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in longest_first(words))


_AUX = r"(?:is|are|was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been|is[ \t]+being|will[ \t]+be)"
_DET = r"(?:(?:the|this|these|all|our)[ \t]+)?"


@lru_cache(maxsize=1)
def _credit() -> re.Pattern:
    """A picture credited to a source named by a common noun: "The photo is provided by the carrier",
    "Photo courtesy of the press service …", "Photos from the archive of the editorial office"."""
    w = _words()
    return re.compile(
        rf"(?i:{_DET}(?:[a-z]+[ \t]+)?(?:{_alt(w['picture'])})(?:[ \t]+(?:and|or)[ \t]+(?:{_alt(w['picture'])}))?"
        rf"(?:[ \t]+(?:of|for)[ \t]+the[ \t]+(?:article|material|publication|news))?"
        rf"(?:[ \t]*,)?(?:[ \t]+{_AUX})?(?:[ \t]+kindly)?[ \t]+(?:{_alt(w['credit'])})(?![\w-]))"
        rf"(?P<rest>[^\n]*)$")


@lru_cache(maxsize=1)
def _page_made() -> re.Pattern:
    w = _words()
    return re.compile(
        # the auxiliary may go: a note written as a heading, "Material prepared with the support of …"
        rf"(?i:{_DET}(?:[a-z]+[ \t]+)?(?:{_alt(w['page'])})(?:[ \t]+{_AUX})?[ \t]+(?:(?:also|kindly|jointly|partly)[ \t]+)?"
        rf"(?P<verb>{_alt(w['made'] | w['updated'])})(?![\w-]))(?P<rest>[^\n]*)$")


@lru_cache(maxsize=1)
def _project() -> re.Pattern:
    w = _words()
    return re.compile(
        rf"(?i:{_DET}(?:[a-z]+[ \t]+)?(?:{_alt(w['project'])})(?:[ \t]+[\"“«][^\"”»\n]{{1,60}}[\"”»])?[ \t]+{_AUX}[ \t]+"
        rf"(?:(?:also|jointly|partly)[ \t]+)?(?:{_alt(w['made'])})(?![\w-]))(?P<rest>[^\n]*)$")


_BODY_SUPPORT = re.compile(r"\b[Ww]ith[ \t]+the[ \t]+(?:financial[ \t]+)?support[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


# the source of a credit: a role named by a common noun ("by the carrier", "of the press service", "from
# open sources", "by the author"), as Russian credits name it; English names the source ("by Anna Lee",
# "of NASA", "courtesy of the Yale Museum")
_COMMON_SOURCE = re.compile(r"^[ \t]*(?:(?:by|of|from|to)[ \t]+)?+(?:(?:the|a|an|our|his|her|its|their)[ \t]+)?+"
                            r"(?!(?:them|it|him|her|us|me|this|these|those|that|which|where|here|there)\b)[a-z]")
# a finite verb after the credit: the sentence tells an event ("Photos from the scene were published by …")
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|shows?|showed|published|posted|appeared|went)\b")
_ONGOING_ONLY = frozenset({"clarified", "specified", "refined"})
_CLAUSE = re.compile(r"(?i),[ \t]*(?:which|who|where|when|while|and|but|as)\b|\b(?:shows?|showed|shown|depicts?|"
                     r"says?|said|will|would|can|could)\b")


def _units(text: str):
    """(start, end, inner_start, inner_end, alone) of each candidate note: a whole line or a whole
    sentence in brackets (alone: True), the last sentence of a paragraph (False); inner: without its
    brackets."""
    for line in re.finditer(r"(?m)^[ \t]*(?P<l>[^\n]*?)[ \t]*$", text):
        s, e = line.start("l"), line.end("l")
        if s == e:
            continue
        body = text[s:e]
        m = re.fullmatch(r"\((?P<i>[^()\n]+)\)\.?", body)
        yield (s, e, s + m.start("i"), s + m.end("i"), True) if m else (s, e, s, e, True)
        # a whole sentence in brackets inside the line: "(The material is published …)"
        for m in re.finditer(r"\((?P<i>[A-Z][^()\n]{10,300}?[.!]?)\)", body):
            yield s + m.start(), s + m.end(), s + m.start("i"), s + m.end("i"), True
        # the line's last sentence
        ends = [m.end() for m in re.finditer(r"[.!?][\"”’»]?[ \t]+(?=[A-Z(])", body)]
        if ends:
            yield s + ends[-1], e, s + ends[-1], e, False


# a credit with no verb: "Author's photo", "Illustrative photo", "Archive photo", "Photo of the author"
# (Фото автора, Иллюстративное фото, Архивное фото)
@lru_cache(maxsize=1)
def _bare_credit() -> re.Pattern:
    pictures = _alt(_words()["picture"])
    return re.compile(rf"(?i:(?:the[ \t]+)?(?:author['’]s|authors['’]|editorial|archive|archival|illustrative)[ \t]+"
                      rf"(?:{pictures})|(?:{pictures})[ \t]+of[ \t]+the[ \t]+(?:authors?|editorial[ \t]+\w+|editors|press[ \t]+service))")


# a sponsor line with no subject: "With the support of the Presidential Grants Fund", "Implemented with
# the financial support of the Ministry of Culture" (При поддержке …), or with the site as its subject
# ("The site operates with the financial support of the Ministry of …": Сайт функционирует при поддержке …)
_SPONSOR_LINE = re.compile(r"(?i:(?:(?:the|this|our)[ \t]+)?(?:site|website|portal|edition|newspaper)[ \t]+"
                           r"(?:operates|works|functions|exists|is[ \t]+published|is[ \t]+issued)[ \t]+)?"
                           r"(?i:(?:(?:implemented|prepared|published|made|created|realized|realised|produced)[ \t]+)?"
                           r"with[ \t]+the[ \t]+(?:financial[ \t]+|informational[ \t]+|information[ \t]+|kind[ \t]+)?"
                           r"(?:support|assistance)[ \t]+of)[ \t]+[^\n]{3,120}")


def _note_kind(sentence: str, alone: bool = True) -> str | None:
    """"credit", "sponsor", "update", "byline", "source", or None: what page note the sentence is (`alone`: a line or a
    whole bracket of its own, where a note with no subject may stand)."""
    s = sentence.strip().rstrip(".!").strip()
    if len(s.split()) > 30 or _CLAUSE.search(s):
        return None
    w = _words()
    if _bare_credit().fullmatch(s):
        return "credit"
    if alone and _SPONSOR_LINE.fullmatch(s) and "," not in s:
        return "sponsor"
    m = _credit().match(s)
    if m:
        rest = m.group("rest")
        if len(s.split()) <= 20 and (not rest.strip() or _COMMON_SOURCE.match(rest)) and not _FINITE.search(rest):
            return "credit"
        return None
    m = _project().match(s)
    if m:
        # a grant, or a named body's support ("with the support of the Corporation for …"): a project note
        rest = m.group("rest")
        return "sponsor" if alone and (re.search(r"(?i)\bgrants?\b", rest) or _BODY_SUPPORT.search(rest)) else None
    m = _page_made().match(s)
    if not m:
        return None
    verb = " ".join(m.group("verb").lower().split())
    if verb in w["updated"]:
        # "is being clarified" is the page's (Информация уточняется); "was clarified by the ministry" the story's
        if verb in _ONGOING_ONLY and not re.search(r"(?i)\b(?:is|are)[ \t]+being[ \t]+\w+$", m.group(0)[:m.end("verb")]):
            return None
        return "update"
    if _BYLINE_REST.fullmatch(m.group("rest")):
        return "byline"  # "The material was prepared by Irina Volkova" (Материал подготовила …)
    rest = m.group("rest").lower()
    if any(re.search(rf"\b{re.escape(c)}\b", rest) for c in w["sponsor"]):
        return "sponsor"
    if any(re.search(rf"\b{re.escape(c)}\b", rest) for c in w["origin"]):
        return "source"  # "The news was prepared on the basis of a press release of the ministry"
    return None


# the page's author after its made verb: "by" and a person's name, nothing else
_BYLINE_REST = re.compile(r"[ \t]+by[ \t]+(?:[A-Z]\.[ \t]*)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}[ \t]*")


_VIEW = re.compile(r"(?i)\b(?:opinions?|points?[ \t]+of[ \t]+view|position|views?|viewpoint)\b[^\n.]{0,80}?"
                   r"\b(?:may|might|can|does|do|did|will)[ \t]+not[ \t]+(?:necessarily[ \t]+|always[ \t]+)?"
                   r"(?:coincide|match|correspond)\b[^\n]*")
# "The author's opinion may differ from the editors'": "differ" only with both the author and the editors
_VIEW_DIFFER = re.compile(r"(?i)\b(?:opinions?|points?[ \t]+of[ \t]+view|position|views?|viewpoint)\b[^\n.]{0,80}?"
                          r"\b(?:may|might|can)[ \t]+differ\b")
# the copying notice: "Reprinting of materials is allowed only with an active hyperlink to the source"
_COPY_NOTICE = re.compile(r"(?i)\b(?:hyperlink|active[ \t]+link|link[ \t]+to[ \t]+the[ \t]+source)\b[^\n]{0,80}\b"
                          r"(?:required|mandatory|obligatory|necessary)\b|\b(?:reprint\w*|copying|reproduction|use|using|"
                          r"citation|quoting)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:site[ \t]+)?materials?\b[^\n]{0,80}\b"
                          r"(?:hyperlink|link|permission|prohibited|forbidden|allowed[ \t]+only|permitted[ \t]+only)\b")
_NOT_RESPONSIBLE = re.compile(r"(?i)^[ \t]*(?:the[ \t]+)?(?:editorial[ \t]+(?:office|board|staff)|edition)[ \t]+"
                              r"(?:is[ \t]+not[ \t]+responsible|bears[ \t]+no[ \t]+responsibility|does[ \t]+not[ \t]+bear)")
_CTRL_ENTER = re.compile(r"(?i)\bctrl[ \t]*\+[ \t]*enter\b")
# a call to the reader: an imperative (or a question to "you") that sends them to the comments
_CALL = re.compile(r"(?i)^(?:[\w’',]+[ \t]+){0,8}?(?:share|write|leave|tell|express|post|put|join|discuss|"
                   r"give)\b[^\n]{0,80}\b(?:in|under|below)[ \t]+(?:the[ \t]+|this[ \t]+|our[ \t]+)?(?:comments|comment[ \t]+section|"
                   r"post|publication)\b")
_AGE_BRACKET = re.compile(r"[ \t]*\((?:0|6|12|16|18)\+\)")
_AGE_LINE = re.compile(r"(?im)^[ \t]*(?:age[ \t]+(?:restrictions?|limit|limits|rating|category|label)[ \t]*:?[ \t]*)?"
                       r"(?:0|6|12|16|18)\+[ \t]*\.?[ \t]*$")
_AD_LINE = re.compile(r"(?im)^[ \t]*(?:on[ \t]+the[ \t]+rights[ \t]+of[ \t]+(?:advertising|advertisement)[^\n]*|"
                      r"(?:advertising|advertisement|promotion)[ \t]*[.:][^\n]*\b(?:erid|INN|TIN|OGRN|LLC|OOO)\b[^\n]*|"
                      r"[^\n]*\berid[ \t]*:?[ \t]*[A-Za-z0-9]{6,}[^\n]*)$")


class PageNoteDetector:
    name = "page-notes"
    rules = (PAGE_NOTE, READER_BOILERPLATE, OUTLET_ACRONYM_GLOSS)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        news = None
        seen: list[tuple[int, int]] = []
        for start, end, i_start, i_end, alone in _units(text):
            if any(s <= i_start < e for s, e in seen) or _CREDIT_LINE.match(text[i_start:i_end]):
                continue  # MT304's credit line
            kind = _note_kind(text[i_start:i_end], alone)
            if kind is None:
                continue
            if news is None:
                news = russian_news(doc, ctx)
            if not news:
                break  # a note needs a Russian page: English credits and notes stay quiet
            seen.append((start, end))
            cut_start, cut_end = _cut(text, start, end)
            yield PAGE_NOTE.finding(
                doc, start, end, f"“{text[i_start:i_end].strip()}” is the Russian page's {kind} note, "
                "which names no event of the story",
                fix=Fix.replace(cut_start, cut_end, "", Applicability.UNSAFE, "remove the note"))
        yield from self._boilerplate(doc, ctx)
        yield from self._acronyms(doc, ctx)

    def _boilerplate(self, doc, ctx):
        text = doc.text
        found: list[tuple[int, int, str]] = []
        for span in doc.sentences:
            sentence = text[span.start:span.end]
            if len(sentence.split()) > 40:
                continue
            if _VIEW.search(sentence) and re.search(r"(?i)\b(?:editor|editorial|edition|author|publication|site)", sentence):
                found.append((span.start, span.end, "the editors' disclaimer of the author's view"))
            elif _VIEW_DIFFER.search(sentence) and re.search(r"(?i)\bauthor", sentence) \
                    and re.search(r"(?i)\b(?:editor|editorial|edition)", sentence):
                found.append((span.start, span.end, "the editors' disclaimer of the author's view"))
            elif _COPY_NOTICE.search(sentence) and len(sentence.split()) <= 30:
                found.append((span.start, span.end, "the page's copying notice"))
            elif _NOT_RESPONSIBLE.match(sentence):
                found.append((span.start, span.end, "the editors' disclaimer"))
            elif _CTRL_ENTER.search(sentence):
                found.append((span.start, span.end, "the page's call to report a typo"))
            elif _CALL.match(sentence.strip()) and len(sentence.split()) <= 20 and russian_news(doc, ctx):
                found.append((span.start, span.end, "the page's call to its reader"))
        for m in _AD_LINE.finditer(text):
            found.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), "an advertising label"))
        if "+" in text and (_AGE_LINE.search(text) or _AGE_BRACKET.search(text)) and russian_news(doc, ctx):
            for m in _AGE_LINE.finditer(text):
                found.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), "an age label"))
            for m in _AGE_BRACKET.finditer(text):
                found.append((m.start(), m.end(), "an age label"))
        found = [(_with_question(text, start), end, what) if what.startswith("the page's call") else (start, end, what)
                 for start, end, what in found]
        taken: list[tuple[int, int]] = []
        for start, end, what in sorted(found):
            while end > start and text[end - 1].isspace():
                end -= 1
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            cut_start, cut_end = _cut(text, start, end)
            yield READER_BOILERPLATE.finding(
                doc, start, end, f"“{text[start:end].strip()}” is {what}, Russian page boilerplate left in the article",
                fix=Fix.replace(cut_start, cut_end, "", Applicability.UNSAFE, "remove the boilerplate"))

    def _acronyms(self, doc, ctx):
        text = doc.text
        if "(" not in text:
            return
        kinds = lexicon.folded_words("outlet_kinds.txt")
        for m in _ACRONYM.finditer(text):
            inner = m.group("inner")
            words = re.findall(r"[A-Za-z][\w’'-]*", inner)
            low = [w.lower() for w in words]
            if not words or not any(w in kinds or w.rstrip("s") in kinds for w in low[-2:]) or inner.isupper():
                continue
            initials = "".join(w[0].upper() for w in words if w.lower() not in {"the", "of", "and", "for", "a", "an"})
            if initials.startswith(m.group("acr")) or m.group("acr") in initials:
                continue  # "NPR (National Public Radio)": the English name spells the acronym
            if not about_russia(doc, ctx):
                continue
            yield OUTLET_ACRONYM_GLOSS.finding(
                doc, m.start("gloss"), m.end("gloss"),
                f"“{m.group('acr')}” glossed with its translated name “{inner}”, whose initials do not spell it: "
                "the translator's gloss of a Russian outlet",
                fix=Fix.replace(m.start("gloss"), m.end("gloss"), "", Applicability.UNSAFE, "remove the gloss"))
        for m in _named_outlet().finditer(text):
            if not _translated_name(m.group("name"), m.group("inner")) or not russian_news(doc, ctx):
                continue
            yield OUTLET_ACRONYM_GLOSS.finding(
                doc, m.start("gloss"), m.end("gloss"),
                f"“{m.group('name')}” glossed with its name rendered in English “{m.group('inner')}”: the "
                "translator's gloss of a Russian outlet",
                fix=Fix.replace(m.start("gloss"), m.end("gloss"), "", Applicability.UNSAFE, "remove the gloss"))


def _with_question(text: str, start: int) -> int:
    """A call's start widened to the short question that leads it on its line ("Found a typo? Select
    it and press Ctrl+Enter.", "What do you think? Write in the comments.")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    m = re.search(r"(?:^|(?<=[.!?])[ \t]+)(?P<q>[A-Z][^.!?\n]{2,80}\?)[ \t]*$", before)
    if m and len(m.group("q").split()) <= 10:
        return line_start + m.start("q")
    return start


_ACRONYM = re.compile(r"\b(?P<acr>[A-Z]{2,6})(?P<gloss>[ \t]*\((?P<inner>[^()\n]{4,60})\))")


@lru_cache(maxsize=1)
def _named_outlet() -> re.Pattern:
    """An outlet's noun, its transliterated name, and a bracket after it: "the newspaper Tverskaya
    Zhizn (Tver Life)" (data/outlet_nouns.txt)."""
    nouns = _alt(lexicon.words("outlet_nouns.txt"))
    return re.compile(rf"\b(?:{nouns})[ \t]+(?P<name>[\"“«][^\"”»\n]{{2,40}}[\"”»]|[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}})"
                      r"(?P<gloss>[ \t]*\((?P<inner>[A-Z][^()\n]{2,50})\))")


def _translated_name(name: str, inner: str) -> bool:
    """The bracket renders the name in English: the name holds no English word, the bracket (of one
    to six words, not initials) at least one."""
    name_words = re.findall(r"[A-Za-z][\w'’-]*", name)
    inner_words = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not name_words or not 1 <= len(inner_words) <= 6 or inner.isupper():
        return False
    if any(is_common_word(w.lower()) for w in name_words):
        return False
    return any(is_common_word(w.lower()) for w in inner_words if w.lower() not in {"the", "of", "a", "and"})


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """What to delete: a whole line with its break(s), or the note with one space before it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        return line_with_break(text, start, end)
    if start > 0 and text[start - 1] == " ":
        return start - 1, end
    return start, end


DETECTOR = PageNoteDetector()
