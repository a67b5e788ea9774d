"""Editorial glosses: text the source outlet inserted into a quote and MT carried over.

Russian outlets clarify quotes with a parenthesis signed by the outlet
("(создать группу. — РБК)") and with editor's notes ("прим. ред."); MT renders
them literally. Standard English uses a bare bracketed clarification instead
("[create a group]"), which is never flagged. Outlet names and note forms are data; an outlet no
list knows is read by its name's shape (text/outlet_shape.py). A note signed word for word
(Примечание редакции: "— Note of the editorial office", "— Comment from the editors") is read by a
grammar of note nouns, links and signers (data/note_signatures.tsv); signing a whole background
sentence ("(Kvass is a drink of fermented rye bread. — Note of the editors)"), it goes whole.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.detectors.russian_setting import about_russia, russian_news
from mtaudit.text import lexicon, outlet_shape
from mtaudit.text.disclaimers import is_banner, is_disclaimer
from mtaudit.rules.model import rule
from mtaudit.text.quotes import quote_interiors
from mtaudit.core.types import Applicability, Confidence, Fix

OUTLET_GLOSS = rule(
    "MT301", "outlet-gloss", "editorial-gloss",
    summary="Parenthetical clarification signed by the source outlet (“(… — RBC)”)",
    why="Russian outlets sign their insertions with a dash and their name. Inside a quote, English "
        "puts the clarification in square brackets without a signature; in the outlet's own text "
        "an English report leaves its signed note out (a translator's gloss keeps its content).",
    confidence="certain",
    bad=["“I would [this] (create a joint group on cyber security. — RBC) argued,” he added.",
         "“We will respond (to the sanctions — TASS) in due time,” the minister said.",
         "“They [the allies - Ed.] have not decided,” he said.",
         "The spokesman said the talks (in Geneva. — Interfax) would resume.",
         "The subbotnik (a day of unpaid voluntary work — translator's note) began at nine.",
         "“We will open it (the ferry line — Onega-Inform) in May,” the head of the district said.",
         "(Shanezhki are open pies of rye dough from the Urals. — Note of the editorial office)\n\nThe bakery opened."],
    good=["“We want to see changes in behaviour [of Russia],” he said.",
          "“He [the president] has not decided yet,” the aide said.",
          "The agency (which is owned by the state) reported the figures."],
    applicability="safe",
)

EDITOR_NOTE = rule(
    "MT302", "literal-editor-note", "editorial-gloss",
    summary="Editor's or translator's note rendered word for word (“approx. ed.”, “prim. red.”)",
    why="“прим. ред.” (editor's note) is translated literally by MT; English uses “Ed.” or no note.",
    confidence="certain",
    bad=["The deal was signed in 2019 (approx. ed.) and later annulled.",
         "He called it a “special operation” (prim. red.).",
         "The figure excludes Crimea (note. ed.).",
         "The volost (note of the translator) elected a new head.",
         "About 700 tigers live in the wild (translator's note: the census was taken in 2022).",
         "The volost (comment of the editors) elected a new head."],
    good=["The deal was signed in 2019 and later annulled.",
          "The figure is approximate, the editor said.",
          "Editor's note: this story was updated on Monday with a comment from the ministry.",
          "(Editor's note: this story contains details some readers may find upsetting.)"],
    applicability="unsafe",
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
    applicability="unsafe",
)

PHOTO_CREDIT = rule(
    "MT304", "photo-credit-in-text", "editorial-gloss",
    summary="A Russian page's photo credit left in the text (“(Photo: press service of the diocese)”)",
    why="Russian sites credit a picture under it (Фото: пресс-служба епархии, личный архив, "
        "открытые источники, кадр из видео); scraped with the article and translated, the credit "
        "lands in a paragraph, where English text has no picture to credit.",
    confidence="likely",
    bad=["The relics will stay until Sunday (Photo: press service of the diocese).",
         "He trained for ten years. [Photo: personal archive of Ivan Belov]",
         "The plant reopened in May (photo: open sources).",
         "The car left the road near the bridge.\n\nPhoto UGIBDD in the Tula region",
         "The mayor thanked the builders.\n\nSource: the mayor's channel in the MAX messenger",
         "The new ferry to Sakhalin left Kholmsk on Monday, the port in the Sakhalin region said. [PHOTO]",
         "The town in the Kostroma region will name two new streets in May.\n\nPhoto: Sosnovka town administration / VKontakte",
         "The school in the Omsk region opened a new gym for 20 million roubles.\n\nVideo: school No. 5 / Telegram"],
    good=["The relics will stay until Sunday (the diocese said).",
          "Crowds gathered outside the court (Photo: Reuters).",
          "The photo: press service officials said nothing about it.",
          "The car left the road.\n\nPhoto: AFP\n\nSource: Ministry of Defence",
          "The new ferry left Dover on Monday, the port said. [PHOTO]",
          "The town in the Kostroma region will name two new streets in May.\n\nPhoto: Ivan Belov / Facebook",
          "The ferry in the Omsk region will run until October.\n\nPhoto: Ivan Belov / Reuters"],
    applicability="unsafe",
)

LEGAL_DISCLAIMER = rule(
    "MT320", "legal-disclaimer", "editorial-gloss",
    summary="A Russian legal label in parentheses (“(recognized as extremist and banned in Russia)”)",
    why="Russian law makes outlets print a label after the name of a banned, “extremist”, "
        "“terrorist” or “undesirable” organisation or a “foreign agent”; MT renders it word for "
        "word. English news does not print these labels: the parenthetical is the source "
        "outlet's legal boilerplate, not part of the story.",
    confidence="certain",
    bad=["Posts on Instagram (recognized as extremist and banned in the Russian Federation) were removed.",
         "Fighters of the Freedom Legion (a terrorist organization banned in Russia) crossed the border.",
         "The journalist (recognised as a foreign agent) left the country in March.",
         "The fund (included in the register of foreign agents) denied the claims.",
         "Supporters of the group (whose activities are prohibited on the territory of the Russian "
         "Federation) gathered outside.",
         "The movement (extremist organization) had offices in 40 regions.",
         "The blogger (listed by the Ministry of Justice as a foreign agent) left the country in March.",
         "The blogger (recognised in the Russian Federation as a foreign agent) left the country in March."],
    good=["Hamas (designated a terrorist organization by the State Department) rejected the plan.",
          "The agency (which is owned by the state) reported the figures.",
          "The party was banned in Russia in 2007 as extremist.",
          "Meta, whose Instagram Moscow blocked in 2022, declined to comment.",
          "The governor (pictured) visited the site on Monday."],
    applicability="safe",
)

DISCLAIMER_MARK = rule(
    "MT321", "disclaimer-asterisk", "editorial-gloss",
    summary="An asterisk after a name that a Russian legal footnote explains (“Meta*”)",
    why="Russian outlets mark banned organisations and listed “extremists” with an asterisk and "
        "explain it in a footnote (“*banned in Russia”); MT keeps the marks. In English they "
        "point to boilerplate the story does not need.",
    confidence="certain",
    bad=["Posts on Meta* platforms were removed.",
         "Fighters of ISIS* seized the town.",
         "The court sentenced Ivanov* to nine years.\n\n*included in the list of terrorists and extremists",
         "The foundation** was closed.\n\n**recognized as a foreign agent"],
    good=["The court sentenced Ivanov to nine years.",
          "Net profit* rose 4%.\n\n*excluding one-off items",
          "The film was rated R* in the US."],
    applicability="safe",
)

DISCLAIMER_LINE = rule(
    "MT322", "disclaimer-line", "editorial-gloss",
    summary="A Russian legal footnote or foreign-agent banner line (“*banned in Russia”, “THIS MATERIAL "
            "WAS CREATED … BY A FOREIGN AGENT”)",
    why="The footnote that explains a legal asterisk, and the banner Russian law makes a "
        "“foreign agent” print over its material, are the outlet's legal boilerplate; MT carries "
        "them into the English text as lines of their own.",
    confidence="certain",
    bad=["The court upheld the sentence.\n\n*recognized as extremist and banned in Russia",
         "THIS MATERIAL WAS CREATED AND (OR) DISTRIBUTED BY A FOREIGN MASS MEDIA PERFORMING THE "
         "FUNCTIONS OF A FOREIGN AGENT\n\nThe court upheld the sentence.",
         "This message (material) was created and (or) distributed by a foreign media outlet "
         "performing the functions of a foreign agent.\nThe court upheld the sentence.",
         "The photos were posted on Instagram.\n\nMeta is recognized as an extremist organization and "
         "banned in the Russian Federation.",
         "The fund denied the claims. The fund is included in the register of foreign agents."],
    good=["The court upheld the sentence.\n\n*Figures exclude Crimea.",
          "Russia has labelled the outlet a foreign agent, which obliges it to print a banner on "
          "everything it publishes.",
          "Memorial was designated a foreign agent in 2012.",
          "Instagram is banned in Russia, but millions still use it through VPNs."],
    applicability="safe",
)

QUOTE_PARENTHESIS = rule(
    "MT323", "quote-parenthesis", "editorial-gloss",
    summary="A short clarification in round brackets inside a quote (“we (the ministry) will not”)",
    # Only a clarification that continues the sentence's grammar (it opens with a lowercase
    # word: "(of China)", "(the ministry)"); a bracketed capitalised name inside a quote
    # ("(President X)") is left alone: real annotators do not mark it consistently.
    why="Russian outlets clarify a quote in round brackets (“мы (министерство) не будем”); "
        "English marks words that are not the speaker's with square brackets, and round "
        "brackets inside a quotation read as the speaker's own words.",
    confidence="likely",
    bad=["“We (the ministry) will not change the rules,” the official in Kazan said.",
         "“We have not met him as a minister (of Armenia) so far,” she said in Moscow.",
         "“Because we (ivanov) were not involved,” the lawyer told a Moscow court."],
    good=["“We [the ministry] will not change the rules,” the official said.",
          "“He (President Sergei Ivanov) is head of state,” she said.",
          "“The North Atlantic Treaty Organization (NATO) is expanding,” she said.",
          "“Prices rose (by 5%) last year,” he said.",
          "The ministry (which is owned by the state) said nothing.",
          "“The roots are buried under (the) sand,” the study said.",
          "“I don't know how many sheep I have left (on my farm),” he said.",
          "“We need more nurses (and) more beds in the wards,” the union said.",
          "“There is a real (sense of) pride in the village,” the mayor said.",
          # no Russian setting: an English editor's insertion, in round brackets in some house styles
          "“They (the players) gave everything in the second half,” the coach said."],
    applicability="unsafe",
)

_DASH = r"(?:\s*[—–]|\s+-{1,2})\s*"
_SHORT_PAREN = re.compile(r" ?\(([^()\n\d%]{1,60})\)")
_NOT_A_GLOSS = re.compile(r"^(?:[A-Z]{2,}s?|[A-Z][a-z]?\.?[A-Z]+\.?|[a-z]|"
                          r"(?i:sic!?|laughs?|laughter|applause|inaudible|ed\.?|emphasis added))$")
_PAREN = re.compile(r"\(([^()\n]{3,300})\)")
_FOOTNOTE = re.compile(r"(?m)^[ \t]*(\*{1,3})[ \t]*([^*\n][^\n]*)$")
_LINE = re.compile(r"(?m)^[^\n]+$")
_MARK = re.compile(r"(?<=[\w”\"’»)])(\*{1,3})(?![\w*])")


def _alternation(forms, flexible_dots: bool) -> str:
    """A regex alternation of `forms`, longest first; dots and spaces optional when flexible."""
    parts = []
    for form in longest_first(forms):
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


@lru_cache(maxsize=1)
def note_signature() -> str:
    """A regex of an editor's or translator's note signed word for word ("Note of the editorial
    office", "Comment from the editors"): a note noun, a link and a signer from
    data/note_signatures.tsv, case-insensitive, spaces flexible."""
    c = lexicon.classes("note_signatures.tsv")
    return r"(?i:(?:" + note_nouns() + r")\s+(?:" + _note_alt(c["link"]) + r")\s+(?:" + \
        _note_alt(c["signer"]) + r"))(?![\w-])"


def note_nouns() -> str:
    """The alternation a note signature opens with: its note nouns (note_signature's first part)."""
    return _note_alt(lexicon.classes("note_signatures.tsv")["noun"])


def _note_alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(words))


@lru_cache(maxsize=8)
def _gloss_pattern(extra_outlets: frozenset[str] = frozenset()) -> re.Pattern:
    outlets = _alternation(lexicon.words("outlets.txt") | extra_outlets, flexible_dots=False)
    tags = _alternation(lexicon.words("gloss_tags.txt"), flexible_dots=True)
    # an outlet no list knows, by its name's shape ("— Sura-Inform)": `_signed_by_outlet` checks it)
    return re.compile(
        r"(?P<open>[(\[])(?P<body>[^()\[\]\n]{1,400}?)" + _DASH +
        r"(?P<tag>(?:" + outlets + r")|(?i:" + tags + r")|" + note_signature() + r"|" + outlet_shape.pattern() +
        r")\s*(?P<close>[)\]])")


def _known_tag(tag: str, ctx) -> bool:
    """A gloss's signature that is a known outlet or a tag ("ed.", "approx. transl.")."""
    return tag in lexicon.words("outlets.txt") or tag in _glossary_outlets(ctx)


@lru_cache(maxsize=1)
def _note_pattern() -> re.Pattern:
    notes = _alternation(lexicon.words("editor_notes.txt"), flexible_dots=True)
    # The match starts where a whitespace run starts and takes the whole run at once
    # (`(?<!\s)\s*+`): with a plain `\s*` before `_DASH`'s own `\s*`/`\s+` a run of spaces
    # without a note behind it was retried at every split, cubic in the run's length.
    # "(translator's note: ...)": the note's tag heads its own text ("прим. пер.: ...")
    notes += "|" + note_signature()
    return re.compile(r"(?i)(?<!\s)\s*+(?:\((?:" + notes + r")(?:\s*[:—–]\s*[^()\[\]\n]{1,300})?\)|"
                      r"\[(?:" + notes + r")\]|"
                      r"(?:[—–]|(?<=\s)-{1,2})\s*+(?:" + notes + r")(?=[\s)\]]|$))")


@lru_cache(maxsize=1)
def _placeholder_pattern() -> re.Pattern:
    words = _alternation(lexicon.words("placeholder_words.txt"), flexible_dots=False)
    return re.compile(r"(?i)\[\s*(?:" + words.replace(r"\ ", r"\s+") + r")\s*\]")


def _background_note(m, body: str, ctx) -> bool:
    """An outlet's background note in its own text ("(the festival was first held in 2017. —
    TASS)"): a whole sentence signed by an outlet, which an English report leaves out. A short
    gloss of a word, or a translator's or editor's note, explains the text: its content stays."""
    tag = " ".join(m.group("tag").split())
    if not _known_tag(tag, ctx) and not outlet_shape.is_outlet(tag):
        return False
    return m.group("body").rstrip().endswith(".") or len(body.split()) >= 8


def _note_tag(tag: str) -> bool:
    """The signature is an editor's or translator's note ("Ed.", "Translator's note", "Note of the
    editors"), not an outlet."""
    tag = " ".join(tag.split())
    return bool(re.fullmatch(r"(?i:" + _alternation(lexicon.words("gloss_tags.txt"), flexible_dots=True) + r")", tag)
                or re.fullmatch(note_signature(), tag))


def _shaped_only(tag: str, ctx) -> bool:
    """The signature matched only as a shaped outlet name (not a known outlet, not a note tag)."""
    tag = " ".join(tag.split())
    return not _known_tag(tag, ctx) and not _note_tag(tag)


def _background_sentence(m) -> bool:
    """A note tag signing a background sentence of its own ("(Kvass is a drink of fermented rye
    bread. — Note of the editors)"): it opens with a capital and closes with a full stop, and
    an English report leaves it out whole. A gloss of a word ("(a day of unpaid work —
    translator's note)") explains the text, and its content stays."""
    body = m.group("body").strip()
    return _note_tag(m.group("tag")) and body[:1].isupper() and body.endswith(".") and len(body.split()) >= 5


def _inside_quote(doc, start: int, end: int) -> bool:
    return quote_interiors(doc).contains(start, end)


class GlossDetector:
    name = "editorial-glosses"
    rules = (OUTLET_GLOSS, EDITOR_NOTE, PLACEHOLDER_BRACKET, PHOTO_CREDIT, LEGAL_DISCLAIMER,
             DISCLAIMER_MARK, DISCLAIMER_LINE, QUOTE_PARENTHESIS)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        taken: list[tuple[int, int]] = []
        for m in _gloss_pattern(_glossary_outlets(ctx)).finditer(text):
            body = m.group("body").strip().rstrip(".,;:").rstrip()
            if not body:
                continue
            if _shaped_only(m.group("tag"), ctx) and not outlet_shape.is_outlet(m.group("tag")):
                continue
            taken.append((m.start(), m.end()))
            start, end = m.start(), m.end()
            if _inside_quote(doc, m.start(), m.end()):
                fix = Fix.replace(m.start(), m.end(), f"[{body}]", Applicability.SAFE,
                                  "make it a standard bracketed clarification")
            elif _background_note(m, body, ctx) or _background_sentence(m):
                start, end = _with_one_space(text, start, end)
                fix = Fix.replace(start, end, "", Applicability.UNSAFE, "remove the outlet's note")
            else:
                fix = Fix.replace(m.start(), m.end(), f"({body})", Applicability.UNSAFE,
                                  "drop the outlet's signature")
            yield OUTLET_GLOSS.finding(
                doc, start, end,
                f"clarification signed “{m.group('tag')}” by the source outlet; English puts "
                f"an unsigned clarification in square brackets", fix=fix)
        for m in _note_pattern().finditer(text):
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            if any(s <= start < e for s, e in taken) or not text[start:m.end()].strip():
                continue
            lead = m.start()
            if "\n" in text[m.start():start]:
                lead = start  # a note on a line of its own: the line, not the break before it
                line_end = text.find("\n", m.end())
                if not text[m.end():len(text) if line_end < 0 else line_end].strip() and \
                        re.match(r"[(\[]\s*" + note_signature(), text[start:m.end()]):
                    continue  # a signed note's line: the page-furniture rule (MT326) reports it
            yield EDITOR_NOTE.finding(
                doc, lead, m.end(),
                f"literal rendering of a Russian editor's note “{m.group().strip()}”",
                fix=Fix.replace(lead, m.end(), "", Applicability.UNSAFE, "remove the note"))
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
        yield from _photo_credits(doc, ctx)
        yield from _media_marks(doc, ctx)
        yield from _disclaimers(doc, taken)
        yield from _quote_parentheses(doc, ctx, taken)


_ARTICLES = frozenset({"the", "a", "an"})
_FIRST_SECOND_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})


def _speakers_own(words: list[str]) -> bool:
    """Brackets no Russian outlet's gloss fills: an article alone ("under (the) skin": Russian has
    no articles to supply) or the speaker's own first or second person ("(on my land)": an editor
    clarifies in the third person, "(the ministry)")."""
    low = [w.strip(".,;:!?").lower() for w in words]
    return all(w in _ARTICLES for w in low) or any(w in _FIRST_SECOND_PERSON for w in low)


_COORDINATORS = frozenset({"and", "or", "but", "nor"})
_OPEN_ENDS = frozenset({"of", "to", "the", "a", "an", "and", "or", "for", "in", "on", "at", "with", "by", "from"})


def _restored_words(words: list[str]) -> bool:
    """"we need more houses (and) schools", "a real (sense of) pride", "(and money)": words an
    editor restores to the speaker's sentence (a coordinator first, or a fragment ending in a
    preposition or an article) are not a clarification of whom or what the speaker meant, which
    is what a Russian outlet's bracket names ("(the ministry)", "(of China)")."""
    low = [w.strip(".,;:!?").lower() for w in words]
    return low[0] in _COORDINATORS or low[-1] in _OPEN_ENDS


def _quote_parentheses(doc, ctx, taken: list[tuple[int, int]]):
    """MT323: a clarification of one to five words in round brackets inside a top-level quote, in
    a text about Russia: wire and regional outlets elsewhere insert their own words in round
    brackets too ("They (the players) gave everything"), and only the Russian outlet's convention
    is an artifact of the translation."""
    text = doc.text
    if "(" not in text or not about_russia(doc, ctx):
        return
    for q in doc.quotes:
        if q.depth:
            continue
        for m in _SHORT_PAREN.finditer(text, q.inner.start, q.inner.end):
            body = m.group(1).strip()
            words = body.split()
            if not 1 <= len(words) <= 5 or not body[0].islower() or _NOT_A_GLOSS.match(body) \
                    or is_disclaimer(body) or _speakers_own(words) or _restored_words(words) \
                    or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            open_at = m.start() + m.group().index("(")
            yield QUOTE_PARENTHESIS.finding(
                doc, m.start(), m.end(),
                f"“({body})” inside a quote: the outlet's clarification in round brackets; English "
                "marks it with square brackets",
                fix=Fix.replace(open_at, m.end(), f"[{body}]", Applicability.UNSAFE,
                                "use square brackets"))


def _disclaimers(doc, taken: list[tuple[int, int]]):
    """Legal labels: parentheticals (MT320), footnote and banner lines (MT322), and the
    asterisks those footnotes explain or that follow a name every outlet must mark (MT321)."""
    text = doc.text
    if "(" in text:
        for m in _PAREN.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or not is_disclaimer(m.group(1)):
                continue
            start = m.start() - 1 if m.start() and text[m.start() - 1] == " " else m.start()
            yield LEGAL_DISCLAIMER.finding(
                doc, start, m.end(), f"“{m.group()}” is a Russian legal label the source outlet "
                "must print; English news leaves it out",
                fix=Fix.replace(start, m.end(), "", Applicability.SAFE, "remove the legal label"))
    explained: set[str] = set()
    if "*" in text:
        for m in _FOOTNOTE.finditer(text):
            if not is_disclaimer(m.group(2)):
                continue
            explained.add(m.group(1))
            start, end = line_with_break(text, m.start(), m.end())
            yield DISCLAIMER_LINE.finding(
                doc, m.start(), m.end(), f"footnote “{m.group().strip()}” is a Russian legal label",
                fix=Fix.replace(start, end, "", Applicability.SAFE, "remove the footnote"))
        names = lexicon.words("banned_names.txt")
        for m in _MARK.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not text[line_start:m.start()].strip():
                continue  # the footnote's own asterisk
            before = text[line_start:m.start()]
            marked_name = next((n for n in names if before.endswith(n)
                                and (len(before) == len(n) or not before[-len(n) - 1].isalnum())), None)
            if m.group(1) not in explained and marked_name is None:
                continue
            yield DISCLAIMER_MARK.finding(
                doc, m.start(), m.end(),
                f"“{m.group(1)}” is the legal mark Russian outlets put after "
                + (f"“{marked_name}”" if marked_name else "a name their footnote labels"),
                fix=Fix.replace(m.start(), m.end(), "", Applicability.SAFE, "remove the mark"))
    yield from _label_sentences(doc, taken)
    if "agent" in text.casefold():
        for m in _LINE.finditer(text):
            if is_banner(m.group()):
                start, end = line_with_break(text, m.start(), m.end())
                yield DISCLAIMER_LINE.finding(
                    doc, m.start(), m.end(), "a foreign-agent banner: Russian legal boilerplate",
                    fix=Fix.replace(start, end, "", Applicability.SAFE, "remove the banner"))


# The footnote as a sentence of its own, without its asterisk: "Meta is recognized as an extremist
# organization and banned in Russia.", "The activities of X are prohibited on the territory of the
# Russian Federation." A present-tense labelling (is/are recognized, included, listed) or a present
# ban with its place, and the sentence ends on the label: English narrates a designation in the past
# ("was designated a foreign agent in 2012") or with more to say after it.
_LABEL_SENTENCE = re.compile(
    r"^[ \t]*(?:(?:The[ \t]+)?activit(?:y|ies)[ \t]+of[ \t]+)?[A-Z][^\n]{0,160}?[ \t](?P<verb>is|are)[ \t]+(?:also[ \t]+)?"
    r"(?:(?:recogni[sz]ed|included|entered|listed)\b|(?:banned|prohibited)[ \t]+(?:in|on)[ \t])[^\n]*$")
_LABEL_END = re.compile(r"(?i)(?:extremist|terrorist|undesirable|agents?|extremists|terrorists|organi[sz]ations?|"
                        r"Russia|Federation|RF|country)[\W]*$")


def _label_sentences(doc, taken: list[tuple[int, int]]):
    """MT322: a legal label written as a sentence of its own (the footnote without its asterisk);
    safe to delete when the sentence is its line, unsafe inside a paragraph."""
    text = doc.text
    low = text.casefold()
    if "recogni" not in low and "banned" not in low and "prohibited" not in low and "included" not in low:
        return
    for span in doc.sentences:
        sentence = text[span.start:span.end]
        if len(sentence.split()) > 30 or any(s < span.end and span.start < e for s, e in taken):
            continue
        m = _LABEL_SENTENCE.match(sentence)
        if not m or not _LABEL_END.search(sentence) or re.search(r"\d", sentence) or not is_disclaimer(sentence):
            continue
        subject = sentence[:m.start("verb")]
        if subject.count("(") != subject.count(")") or re.search(r"(?i)\b(?:which|who|that)\s*$", subject):
            continue  # the label of a bracket or a relative clause (MT320's), not a sentence
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end < 0 else line_end
        alone = not text[line_start:span.start].strip() and not text[span.end:line_end].strip()
        if alone:
            start, end = line_with_break(text, span.start, span.end)
        else:
            start, end = _with_one_space(text, span.start, span.end)
        yield DISCLAIMER_LINE.finding(
            doc, span.start, span.end, f"“{sentence.strip()}” is a Russian legal label written as a "
            "sentence: the source outlet's footnote, which English news leaves out",
            fix=Fix.replace(start, end, "", Applicability.SAFE if alone else Applicability.UNSAFE,
                            "remove the legal label"))


def line_with_break(text: str, start: int, end: int) -> tuple[int, int]:
    """A whole line to delete, with the line break(s) that separate it from the text before
    (or, for the first line, after) it."""
    s = start
    while s > 0 and text[s - 1] in "\n\r":
        s -= 1
    if s < start:
        return s, end
    e = end
    while e < len(text) and text[e] in "\n\r":
        e += 1
    return start, e


# A credit in brackets whose source is one a Russian page names: a press service, a personal or
# institution archive, "open sources", social networks, a frame or screenshot of a video.
_PHOTO_CREDIT = re.compile(
    r"[(\[]\s*(?i:photo|photos|video|фото|видео)(?:\s+by)?\s*:\s*(?:the\s+)?"
    r"(?i:press[\s-]+service|press[\s-]+office|personal\s+archive|archive|open\s+sources|social\s+networks?|"
    r"screenshot|frame\s+(?:from|of)|official\s+website|telegram[\s-]+channel)\b[^()\[\]\n]{0,80}[)\]]")


# The same credit as a line of its own, as a Russian page prints it under the picture or at the
# article's end ("Фото УГИБДД по Ростовской области", "Фото из открытых источников", "Источник:
# телеграм-канал мэра"): a source a Russian page names (above), a Russian body's acronym with its
# region ("UGIBDD in the Rostov region"), or, after "Source:", a channel or press service. English
# credits an agency or a photographer ("Photo: Reuters", "Photo: AFP") and stays quiet.
_CREDIT_SOURCE = (r"(?i:press[\s-]+service|press[\s-]+office|personal\s+archive|archive|(?:open|free)\s+"
                  r"(?:internet\s+)?sources|social\s+networks?|screenshot|frame\s+(?:from|of)|official\s+"
                  r"website|telegram[\s-]+channel)\b"
                  r"|[A-Z][A-Za-z]*[A-Z]{2,}[a-z]*\s+(?:in|of|for)\s+the\s+[A-Z]")
_CREDIT_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?i:photos?|video|photo\s+and\s+video)(?:\s*:\s*|\s+(?:by|from)\s+|\s+)(?:the\s+)?"
    r"(?:" + _CREDIT_SOURCE + r")|Source\s*:\s*[^\n]{0,60}?\b(?i:channel|telegram|press\s+service))"
    r"[^\n]{0,80}$")


# A credit line naming its owner and the social network the picture was taken from, as a Russian page
# credits a picture from an administration's or a school's page (Фото: администрация посёлка /
# ВКонтакте, Видео: телеграм-канал «Омск online» / Telegram): the lead, the owner, a slash and the
# platform (data/calque_platforms.txt and the Russian ones). English credits a photographer or an
# agency ("Photo: Ivan Belov / Reuters"); a person's name before a world platform ("Photo: Ivan
# Belov/Facebook") is left alone.
_RUSSIAN_PLATFORMS = ("VKontakte", "VK", "Odnoklassniki", "OK", "Dzen", "Yandex Dzen", "Yandex.Dzen", "Rutube", "MAX")


@lru_cache(maxsize=1)
def _platform_credit() -> re.Pattern:
    platforms = longest_first((lexicon.words("calque_platforms.txt") - {"X"}) | set(_RUSSIAN_PLATFORMS))
    return re.compile(
        r"(?m)^[ \t]*[(\[]?(?i:photos?|video|photo[ \t]+and[ \t]+video|source|screenshot|frame|illustration)"
        r"[ \t]*:[ \t]*(?P<owner>[^\n/:]{2,80}?)[ \t]*/[ \t]*(?P<platform>" + "|".join(map(re.escape, platforms)) +
        r")(?![\w-])[^\n/]{0,40}?[)\]]?[ \t]*\.?[ \t]*$")


def _platform_credits(doc, ctx):
    """MT304: “Photo: Nizhnelesnoy town administration / VKontakte”, in Russian news: a platform only
    Russian pages name, or an owner that is a body (a lower-case word), not a photographer."""
    text = doc.text
    if "/" not in text:
        return
    news = None
    for m in _platform_credit().finditer(text):
        owner = m.group("owner")
        body = re.search(r"(?<![\w’'-])(?!(?:by|and|of|the|from)\b)[a-z]{3,}", owner) is not None
        if m.group("platform") not in _RUSSIAN_PLATFORMS and not body:
            continue
        if news is None:
            news = russian_news(doc, ctx)
        if not news:
            return
        line = m.group()
        start = m.start() + len(line) - len(line.lstrip())
        end = start + len(line.strip())
        cut_start, cut_end = line_with_break(text, start, end)
        yield PHOTO_CREDIT.finding(
            doc, start, end, f"“{text[start:end]}” is the source page's credit for a picture taken from a "
            "social network, left in the text",
            fix=Fix.replace(cut_start, cut_end, "", Applicability.UNSAFE, "remove the credit line"))


def _photo_credits(doc, ctx):
    text = doc.text
    platform = list(_platform_credits(doc, ctx))
    yield from platform
    taken = {f.span.start for f in platform}
    for m in _CREDIT_LINE.finditer(text):
        if m.start() + len(m.group()) - len(m.group().lstrip()) in taken:
            continue
        if len(m.group().split()) > 14:
            continue  # a sentence about a photo, not a credit
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = start + len(m.group().strip())
        cut_start, cut_end = line_with_break(text, start, end)
        yield PHOTO_CREDIT.finding(
            doc, start, end, f"“{text[start:end]}” is the source page's credit line, left in the text",
            fix=Fix.replace(cut_start, cut_end, "", Applicability.UNSAFE, "remove the credit line"))
    for m in _PHOTO_CREDIT.finditer(text):
        start, end = _with_one_space(text, m.start(), m.end())
        yield PHOTO_CREDIT.finding(
            doc, start, end, f"“{m.group()}” is the source page's photo credit, left in the text",
            fix=Fix.replace(start, end, "", Applicability.UNSAFE, "remove the photo credit"))


# a bracket holding only picture nouns: where a Russian page embeds a picture or a video, or marks a
# headline "(ФОТО)", "(ВИДЕО)"; English has no bracket for a picture it does not show
_MEDIA_WORD = r"(?:photos?|videos?|photo[ \t-]?gallery|gallery|infographics?|photo[ \t-]?report|audio|фото|видео)"
_MEDIA_MARK = re.compile(rf"(?i)[(\[][ \t]*{_MEDIA_WORD}(?:[ \t]*(?:,|\+|/|and|&)[ \t]*{_MEDIA_WORD})*[ \t]*[)\]]")


def _media_marks(doc, ctx):
    """MT304: “[photo]”, “(PHOTO, VIDEO)”: the mark of a picture the page embedded, in Russian news only."""
    text = doc.text
    if "(" not in text and "[" not in text:
        return
    marks = list(_MEDIA_MARK.finditer(text))
    if not marks or not russian_news(doc, ctx):
        return
    for m in marks:
        start, end = _with_one_space(text, m.start(), m.end())
        yield PHOTO_CREDIT.finding(
            doc, start, end, f"“{m.group()}” marks a picture the source page embedded; the text shows none",
            fix=Fix.replace(start, end, "", Applicability.UNSAFE, "remove the mark"))


def _with_one_space(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to be deleted by one neighbouring space so no double space is left."""
    if end < len(text) and text[end] == " " and (start == 0 or text[start - 1].isspace()):
        return start, end + 1
    if start > 0 and text[start - 1] == " ":
        return start - 1, end
    return start, end


DETECTOR = GlossDetector()
