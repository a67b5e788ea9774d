"""Institution names with a lowercase word inside: “the Northern fleet”, “the Institute of oceanology”.

Russian capitalises only the first word of an institution's name (Северный флот, Большой театр,
Институт океанологии); MT keeps that casing, so the English name is capitalised on its first word
and lower case after it. MT404 knows the court/council kind with two capitals before the head, MT405
a lowercase modifier before a capitalised head; these two rules take the other halves:

- MT406: a lowercase head noun of data/name_heads.txt after a word that can only be capitalised
  as part of a name: an ordinary English word written with a capital in the middle of a sentence
  (“Northern”, “Holy”, “Supreme”, “Investigative”), or, before the heads of
  data/name_eponym_heads.txt, a capitalised word that is no English word and no place the
  glossary knows (a surname or a transliterated adjective: “Sechenov”, “Bolshoi”). Places,
  nationalities and whole bodies before a noun describe it (“a Moscow court”, “Russian troops”,
  “the Black Sea fleet”, “the Senate committee”): they stay quiet.
- MT407: a capitalised head of data/name_field_heads.txt (not capitalised by its position), then
  “of”/“for” and lowercase content words: “the Institute of oceanology”, “the Museum of fine
  arts”. Whole lower case (“the institute of oceanology”) is a house style and stays quiet.

Names the glossary knows are left to its own casing rule (MT103).
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors import casing_bodies as bodies, casing_name_tails as tails
from mtaudit.detectors._people import glossary_spans
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_dictionary_word, is_proper_entry, lemmas_by_pos
from mtaudit.text.span_index import SpanIndex
from mtaudit.text.house_casing import british_style, lowercase_head_accepted
from mtaudit.text.position import LINE_BREAKS, SENTENCE_ENDS, capitalised_by_position

LOWERCASE_NAME_HEAD = rule(
    "MT406", "lowercase-head-in-name", "institution-casing",
    summary="An institution's name capitalised on its first word only (“the Northern fleet”, “the Bolshoi theatre”)",
    why="Russian capitalises only the first word of an institution's name; MT keeps that casing. "
        "A word that English capitalises only inside a name (“Northern”, “Holy”, a surname) makes "
        "the noun after it part of the name, and English capitalises the whole name.",
    confidence="likely",
    bad=["Boats of the Northern flotilla left Severomorsk on Monday.",
         "The Holy synod approved the appointment.",
         "She has danced at the Bolshoi theatre since 2019.",
         "Researchers from Sechenov university tested the drug.",
         "The Naval academy admitted 300 cadets this year.",
         "The Central naval museum reopened after repairs.",
         "Visitors queued outside the Tretyakov gallery on Sunday.",
         "The Prikubansky district court arrested the official for two months.",
         "The role went to People's artist of Russia Oleg Basov.",
         "The choir is led by Honoured teacher Anna Frolova.",
         "Graduates of the Pskov state university receive an allowance.",
         "The chip was entered in the Unified register of Russian programs for computers.",
         "The shortlist was published by the Russian book union; the Russian hockey federation fined the club.",
         "The judges were named by the russian sambo federation on Friday.",
         "Delegates of the All-Russian society of inventors met in Tula.",
         "The letters were handed to the Regional archive of Pskov; she studied at the Higher school of music.",
         "Donors came to the Sverdlovsk regional blood transfusion station on Monday.",
         "Concerts will be held outside the Kursk regional philharmonic and the Omsk city clinical hospital No. 2.",
         "The prosecutor's office of the Tomsk region opened a check.",
         "The prosecutor's office of the Republic of Khakassia opened a check.",
         "Samara, 4 May. Students of Samara university built a robot; the choir of Kursk philharmonic sang."],
    good=["Voters in the Shoreham-Wading River school districts approved the budget.",
          "Ships of the Northern Fleet left Severomorsk on Monday.",
          "Russian troops crossed the river.",
          "The Northern route opens in July.",
          "He studied at a Moscow university.",
          "A Moscow court extended his arrest.",
          "Russian railway workers went on strike.",
          "The state theatre reopened after repairs.",
          "The chess club meets upstairs in the Hillside library every Thursday.",
          "Swords lent by the Royal Armouries museum went on show; the Essex County sheriff's office "
          "and the Lakeside library helped.",
          "Health and Long-Term Care minister Anna Reid said funding for the Brampton hospital was "
          "delayed; her portrait hangs at Julia Haskell gallery.",
          "The Senate committee will vote on Tuesday.",
          "Warships of the Black Sea fleet returned to port.",
          "Holy days are observed by the community.",
          "The grant came from a Dutch foundation; the Easter service drew crowds.",
          "The role went to People's Artist of Russia Oleg Basov; honoured guests applauded.",
          "The Soviet space agency launched it in 1961.",
          "Federal agents bank on informants.",
          # British house style (data/house_casing.yaml): the document lowercases heads elsewhere
          "Closed during the second world war, the Tate gallery reopened in 1946.",
          "Northampton crown court heard that the Unite union had backed the strike.",
          "He is an analyst at a New York investment bank.",
          "She teaches at a state university in Pskov.",
          "A Russian science foundation paid; the Russian trade union and the European monetary union objected.",
          "An All-Star team and the Anglo-Saxon church; he left high school in 1990 and the state archive later.",
          "He was taken to the Belgorod regional hospital; a Kursk city library closed.",
          "Jurors spared the Colorado theatre shooter; the Texas court ruled later.",
          "The Sverdlovsk Regional Blood Transfusion Station and the city blood bank reopened.",
          "Parents gathered outside the Water Corporation office on Monday.",
          "Samara, 4 May. He studied at a Samara university; the Samara university's rector and Samara University spoke.",
          "Samara, 4 May. She studied at Samara University, and the Samara university's rector spoke.",
          "The strike was called by the Rail, Tram and Transport union (RTT), which had rejected the offer."],
    applicability="safe",
)

LOWERCASE_NAME_FIELD = rule(
    "MT407", "lowercase-field-in-name", "institution-casing",
    summary="“<Institution> of <field>” with the field left lowercase (“the Institute of oceanology”)",
    why="English capitalises every content word of a name such as “Institute of Oceanology” once "
        "its head is capitalised; Russian writes the field in lower case and MT keeps it.",
    confidence="likely",
    bad=["Specialists from the Institute of oceanology took water samples.",
         "The exhibition moves to the Museum of fine arts in May.",
         "He joined the Union of journalists in 1990; the Guild of film critics gave its prize."],
    good=["Specialists from the Institute of Oceanology took water samples.",
          "Specialists from the institute of oceanology took water samples.",
          "She is a professor of history at the university.",
          "The Museum of the City of Moscow reopened.",
          "Institute of oceanology staff were not available.",
          "The Ministry of Defence said so.",
          "The driver was taken to Augusta University Medical Center for treatment due to his injuries."],
    applicability="safe",
)

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_OPENERS = "\"“«‘'([{:;—–-•*"
_NON_NAME_CAPITALS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "i", "mr", "mrs", "ms", "dr", "st"})
_NOT_NAME_BEFORE = frozenset({"a", "an", "any", "every", "each", "another", "some", "no", "one",
                              "several", "many", "other", "such"})
_FIELD_STOP = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "which", "who", "whom", "whose", "what", "and", "or", "but", "to", "in", "on", "at",
    "by", "for", "from", "with", "of", "as", "is", "was", "are", "were", "be", "been", "has", "have",
    "had", "will", "would", "said", "says", "he", "she", "it", "they", "we", "you", "i", "all",
    "both", "each", "every", "some", "any", "no", "not", "one", "two", "three", "how", "why",
    "where", "when", "there", "here", "than", "then", "so", "if", "up", "out", "over", "after",
    "before", "since", "until", "about", "also", "only", "just", "more", "most", "very"})


# Heads that also follow a word describing them ("the Easter service", "a Dutch foundation"): after
# a word English capitalises everywhere (a nationality, a feast) they are descriptions, unless the
# word is shaped as an adjective of a name ("Federal", "Eastern", "Presidential").
_ADJECTIVE_SHAPE = re.compile(r"(?:al|ern|ic|ive|ary|ory|ian|ous|ed)$")
# A transliterated Russian adjective before a court ("the Prikubansky district court").
_RUSSIAN_ADJECTIVE = re.compile(r"[a-z](?:sky|skiy|skii|skoy|skaya|skoye|tsky|ny|nyi|nyy|noy)$")
_COURT_KINDS = frozenset({"district", "city", "regional", "garrison", "military", "arbitration",
                          "interdistrict", "municipal"})


def _whole_name_before(text: str, mod) -> bool:
    """Two or more capitalised words before the head, the last a plural noun or a noun of a
    place (“Royal Armouries”, “Clark County”): English names a body or a place whole by such a
    run and describes it by a lowercase noun after it; Russian capitalises only the first word
    of a name, so its MT shows one capital before lowercase words, or a singular eponym after
    a status word (“State Hermitage museum”), which stays flagged."""
    before = _previous_word(text, mod.start())
    if before is None or not (before.group()[:1].isupper() and before.group()[1:].islower()) or \
            before.group().casefold() in _FIELD_STOP:  # "The State archive": an article, no name
        return False
    word = mod.group().casefold()
    pos = lemmas_by_pos(word) or {}
    if "ADJ" in pos:
        return False  # "State", "Regional": a word of a Russian name's status
    if word in lexicon.folded_words("place_nouns.txt"):
        return True
    return "NOUN" in pos and all(lemma != word for lemma in pos["NOUN"])


@lru_cache(maxsize=4096)
def _place_noun(word: str) -> bool:
    """A noun and nothing else whose first WordNet sense is a physical thing or place (riverside,
    hillside; calque_order_words.tsv): English names a neighbourhood or a street by it, and a
    library or school there after it ("the Riverside library"); the first word of a Russian name is
    an adjective ("Northern", "Central") or its field ("Hockey federation", an act)."""
    pos = lemmas_by_pos(word)
    return (pos is not None and set(pos) <= {"NOUN"}) and "thing" in _order_classes().get(word, ())
    # (a compound the lemma table lacks, "lakeside", is read by its WordNet class alone)


_INITIALS_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+")


def _initials_without_head(text: str, mod_end: int, h_end: int) -> bool:
    """The writer gives the name's initials in brackets right after the lowercase head, and they
    are the capitalised words' alone ("the Rail, Maritime and Transport union (RMT)"): the name
    ends before the head, which describes it. A Russian name's initials take its head too
    ("the Russian hockey federation (FHR)")."""
    m = _INITIALS_AFTER.match(text, h_end)
    if m is None:
        return False
    letters = m.group(1)
    lo = max(text.rfind(". ", 0, mod_end), text.rfind("\n", 0, mod_end), mod_end - 120) + 1
    initials = "".join(w.group()[0] for w in _CAPITALISED.finditer(text, lo, mod_end))
    return len(letters) >= 2 and initials.endswith(letters)


@lru_cache(maxsize=4096)
def _whole_body(word: str) -> bool:
    """A noun and nothing else that names a whole organisation (organisation_nouns.txt:
    "corporation", "company", "department"): a capitalised one ends a body's name ("the Water
    Corporation", "the Corporation" for short), and a lowercase head after it is a thing of that
    body ("the Corporation office", "the Company headquarters"). A Russian name's first word is an
    adjective or its field ("the Northern fleet", "the Hockey federation"), never the body itself."""
    pos = lemmas_by_pos(word)
    return bool(pos) and set(pos) == {"NOUN"} and word in lexicon.folded_words("organisation_nouns.txt")


@lru_cache(maxsize=1)
def _order_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in lexicon.rows("calque_order_words.tsv"):
        if len(row) > 1:
            classes.setdefault(row[0], set()).add(row[1])
    return {w: frozenset(c) for w, c in classes.items()}


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words("name_heads_generic.txt"))


@lru_cache(maxsize=1)
def _heads():
    return (frozenset(w.casefold() for w in lexicon.words("name_heads.txt")),
            frozenset(w.casefold() for w in lexicon.words("name_eponym_heads.txt")),
            frozenset(lexicon.words("name_field_heads.txt")),
            frozenset(w.casefold() for w in lexicon.words("name_standalone_bodies.txt")))


@lru_cache(maxsize=1)
def _head_pattern():
    heads, _, field_heads, _ = _heads()
    lower = "|".join(longest_first(map(re.escape, heads)))
    upper = "|".join(longest_first(map(re.escape, field_heads)))
    return re.compile(rf"(?<![\w’'-])(?:(?P<head>{lower})(?![\w’'-])|(?P<fhead>{upper})[ ]+(?:of|for)[ ]+(?=[a-z]))")


class NameCasingDetector:
    name = "casing-names"
    rules = (LOWERCASE_NAME_HEAD, LOWERCASE_NAME_FIELD, bodies.LOWERCASE_MINISTRY, bodies.LOWERCASE_KNOWN_BODY)
    needs = frozenset()

    def detect(self, doc, ctx):
        found = list(self._detect(doc, ctx))
        yield from found
        if ctx.glossary is not None and len(ctx.glossary):
            from mtaudit.detectors.entities.context import entity_context

            taken = SpanIndex([(f.start, f.end) for f in found])
            yield from bodies.lowercase_known_bodies(doc, entity_context(doc, ctx), bool(found), taken)

    def _detect(self, doc, ctx):
        text = doc.text
        hits = list(_head_pattern().finditer(text))
        if not hits:
            yield from _honorary_titles(doc)
            if "regional" in text or "city" in text or "district" in text or " of the " in text:
                yield from tails.university_findings(doc, LOWERCASE_NAME_HEAD,
                                                     SpanIndex(glossary_spans(doc, ctx, types=())))
            return
        known = SpanIndex(glossary_spans(doc, ctx, types=()))
        yield from bodies.lowercase_ministries(doc, ctx.glossary.accept if ctx.glossary else ())  # "the ministry of natural resources"
        yield from bodies.national_bodies(doc, known, LOWERCASE_NAME_HEAD)
        places = None
        fields = []
        for m in hits:
            if m.group("head"):
                if places is None:
                    places = SpanIndex(glossary_spans(doc, ctx, types=("place",)))
                found = _lowercase_head(doc, m, known, places, lambda end: tails.tail_end(doc, ctx, end))
                if found is not None:
                    yield found
            else:
                words = _field_candidate(doc, m, known)
                if words:
                    fields.append((m, words))
        yield from _lowercase_fields(doc, ctx, fields)
        yield from _honorary_titles(doc)
        yield from tails.university_findings(doc, LOWERCASE_NAME_HEAD, known)  # "Pskov state university", "at Samara university"


@lru_cache(maxsize=1)
def _honorary_pattern() -> re.Pattern:
    rows = lexicon.rows("name_honorary_titles.tsv")
    alternatives = []
    for first, heads in (r[:2] for r in rows if len(r) >= 2):
        words = "|".join(longest_first((re.escape(h).replace(r"\ ", " ") for h in heads.split("|"))))
        alternatives.append(re.escape(first).replace("'", "['’]") + rf" ({words})")
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(alternatives) + r")(?![\w’'-])(?P<of> of (?:the )?[A-Z])?")


def _honorary_titles(doc):
    """An honorary title capitalised on its first word only ("People's artist of Russia")."""
    text = doc.text
    for m in _honorary_pattern().finditer(text):
        head_start = next(i for i in range(m.start() + 1, len(text)) if text[i] == " ") + 1
        head_end = m.start("of") if m.group("of") else m.end()
        head = text[head_start:head_end]
        if not head.islower() or (_capitalised_by_position(doc, text, m.start()) and not m.group("of")):
            continue
        fixed = " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in head.split(" "))
        phrase = text[m.start():head_end]
        yield LOWERCASE_NAME_HEAD.finding(
            doc, m.start(), head_end,
            f"“{phrase}” is an honorary title capitalised on its first word only: write "
            f"“{text[m.start():head_start]}{fixed}”",
            fix=Fix.replace(head_start, head_end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


def _previous_word(text: str, start: int):
    """The word right before `start` with one space between, as a match, or None."""
    if start < 2 or text[start - 1] != " ":
        return None
    j = start - 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "’'-"):
        k -= 1
    m = _WORD.fullmatch(text, k, j)
    return m


def _capitalised_by_position(doc, text: str, start: int) -> bool:
    """True when the word at `start` opens a sentence, a line, a quote or a bracket, or follows
    a colon or a dash, past any spaces: its capital says nothing about a name."""
    return capitalised_by_position(text, start, marks=SENTENCE_ENDS + LINE_BREAKS + _OPENERS,
                                   max_blanks=None, blanks=" \t", sentences=doc)


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _noun_after(text: str, end: int) -> bool:
    """A plural noun (and no verb) right after the head: the head modifies it ("the Shoreham-Wading
    River school districts", "hospital workers"), a description of several, not a name. A singular
    noun may follow a name ("the Mirozhsky monastery cathedral"), so that one is still read."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    pos = lemmas_by_pos(word) or {}
    return "VERB" not in pos and any(lemma != word for lemma in pos.get("NOUN", ()))


def _lowercase_head(doc, m, known, places, tail_end):
    text = doc.text
    heads, eponym_heads, _, standalone = _heads()
    head = m.group("head")
    h_start, h_end = m.span("head")
    if not head.islower():
        return None
    mod = _previous_word(text, h_start)
    between = []  # "the Federal tax service": lowercase modifiers between the capital and the head
    while mod is not None and len(between) < 2 and _inner_modifier(mod.group()):
        between.insert(0, mod)
        mod = _previous_word(text, mod.start())
    if mod is None:
        return None
    word = mod.group()
    parts = word.split("-")
    # "the All-Russian union of insurers": a compound opened by a common word ("All-", "Inter-")
    compound = len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts) \
        and is_common_word(parts[0]) and is_proper_entry(parts[1]) and not is_common_word(parts[1])
    if not compound and (not (word[:1].isupper() and word[1:].islower()) or len(word) < 2):
        return None
    folded = word.casefold()
    if folded in _NON_NAME_CAPITALS or folded in standalone or folded in heads:
        return None
    if not between and _whole_body(folded):
        return None  # "the Tambaram Corporation office": the office of a body the capitals name whole
    if _initials_without_head(text, mod.end(), h_end):
        return None  # "the Rail, Maritime and Transport union (RMT)": the initials leave "union" out
    if _capitalised_by_position(doc, text, mod.start()):
        return None
    if all(b.group().endswith(("'s", "’s")) for b in between) and _whole_name_before(text, mod):
        return None  # "the Royal Armouries museum", "the Clark County coroner's office": a name
        # complete in its own capitals, which the lowercase head describes
    if _noun_after(text, h_end):
        return None  # "the Shoreham-Wading River school districts": the head modifies a noun, no name ends
    if _PERSON_AFTER.match(text, h_end) and _PERSON_AFTER.match(text, h_end).group(1) in lexicon.first_names():
        return None  # "Health and Long-Term Care minister Eric Hoskins": a title before a name, lower case
    before = _previous_word(text, mod.start())
    if before is not None and before.group().casefold() in _NOT_NAME_BEFORE:
        return None  # "a Moscow university": one of a kind, described
    first = _previous_word(text, _name_start(text, mod.start()))
    if first is not None and first.group().casefold() in _NOT_NAME_BEFORE:
        return None  # "a New York investment bank": the same past a longer place name
    russian_court = bool(between) and head in ("court", "council") and _RUSSIAN_ADJECTIVE.search(word) \
        and not is_common_word(word) and all(b.group() in _COURT_KINDS for b in between)
    if places.overlaps(mod.start(), mod.end()) and not russian_court:
        return None  # "the Black Sea fleet", "the Kazan court": a place describes the body
    if text[_name_start(text, mod.start()):mod.end()] in lexicon.words("world_places.txt") and not russian_court:
        return None  # "the Colorado theatre shooter", "a Texas court": a country's or a US state's name
    if word.endswith("s") and is_common_word(word[:-1]) and not is_common_word(word):
        return None  # "Democrats court voters": a plural subject, the head a verb
    if compound:
        why = f"“{word}” is capitalised only inside a name"
    elif is_common_word(word):
        if head in _generic_heads() and is_proper_entry(word) and not _ADJECTIVE_SHAPE.search(folded):
            return None  # "a Dutch foundation", "the Easter service": a word English always capitalises describes it
        if head in _generic_heads() and _place_noun(folded):
            return None  # "the Riverside library": a noun of a place names where the body stands
        why = f"“{word}” is capitalised only inside a name"
    elif russian_court:  # "the Prikubansky district court" (a place's adjective names the court)
        why = f"“{word}” (a Russian adjective) names the {' '.join(b.group() for b in between + [m])}"
    elif head in eponym_heads and not between and not is_dictionary_word(word) \
            and word not in lexicon.first_names() \
            and not (before is not None and before.group() in _english_first_names()
                     and not _RUSSIAN_SURNAME.search(word)):
        # ("at David Zwirner gallery": a person's full name before the head is an English eponym)
        why = f"“{word}” (a surname or a Russian word) names the {head}"
    else:
        return None
    start = _name_start(text, mod.start())
    if not between and lowercase_head_accepted(doc, text[start:h_end], start, h_end):
        return None  # "the Tate gallery" in a British paper: its house style, not MT
    if russian_court and british_style(doc, start, h_end):
        return None  # "the Meshchansky district court" in a British paper that lowercases heads
    if known.overlaps(mod.start(), h_end) and not russian_court:
        return None  # the glossary's MT103 judges names it knows ("Kazan" before it is only a place)
    if _mt404_reports(text, mod.start(), h_end):
        return None
    lo = between[0].start() if between else h_start
    h_end = tail_end(h_end)  # "the Unified register of Russian programs for electronic computers"
    fixed = tails.capitalised(text[lo:h_end])
    phrase = text[start:h_end]
    return LOWERCASE_NAME_HEAD.finding(
        doc, start, h_end,
        f"“{phrase}” is a name capitalised on its first word only ({why}): write "
        f"“{text[start:lo]}{fixed}”",
        fix=Fix.replace(lo, h_end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


_RUSSIAN_SURNAME = re.compile(r"[a-z](?:ov|ova|ev|eva|yov|in|ina|yn|sky|skiy|skii|skoy|skaya|tsky|enko|vich|ny|nyi)$")
_PERSON_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][a-z]")


@lru_cache(maxsize=1)
def _english_first_names() -> frozenset[str]:
    return lexicon.words("first_names_en.txt") | lexicon.words("first_names_census.txt")


def _inner_modifier(word: str) -> bool:
    """A lowercase word that may stand inside a name between its capital and its head ("tax",
    "election", "military"): an English word, no function word, no plural (a plural is more
    likely a subject before a verb: "Federal agents bank on")."""
    if word.endswith(("'s", "’s")):  # "the Prosecutor general's office"
        word = word[:-2]
    return (word.islower() and word not in _FIELD_STOP and not (word.endswith("s") and not word.endswith("ss"))
            and is_common_word(word))


def _name_start(text: str, start: int) -> int:
    """The start of the run of capitalised words that ends with the word at `start`."""
    while True:
        prev = _previous_word(text, start)
        if prev is None or not prev.group()[:1].isupper() or prev.group().casefold() in ("the", "a", "an"):
            return start
        start = prev.start()


def _field_candidate(doc, m, known):
    """The lowercase words after “<Head> of”, or None when the head's capital is its position's,
    the glossary knows the name, or MT404 reports it (ministry portfolios)."""
    text = doc.text
    f_start = m.start("fhead")
    if _capitalised_by_position(doc, text, f_start):
        prev = _previous_word(text, f_start)
        if prev is None or prev.group() != "The":
            return None  # "Ministry of energy officials said": the capital is the sentence's
    words = []
    for w in _WORD.finditer(text, m.end()):
        gap = text[(words[-1].end() if words else m.end()):w.start()]
        if words and gap != " ":
            break
        token = w.group()
        if token == "the" and not words and not gap.strip():
            continue  # "the Fund for the development of territories"
        if not token.islower() or (token in _FIELD_STOP and token != "and"):
            break
        words.append(w)
    while words and words[-1].group() == "and":
        words.pop()
    if not words or words[0].group() == "and":
        return None
    end = words[-1].end()
    if known.overlaps(f_start, end):
        return None
    if _mt404_reports(text, f_start, end):
        return None  # the ministry portfolios
    return words


def _mt404_reports(text: str, start: int, end: int) -> bool:
    """Whether MT404 (detectors/casing.py: "Tver Regional court", "Ministry of energy") matches
    over [start, end): it reports those itself. Its pattern is run on a window around the span."""
    from mtaudit.detectors.casing import _HALF_CASED_INSTITUTION

    lo = max(0, start - 80)
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    for other in _HALF_CASED_INSTITUTION.finditer(text, lo, min(len(text), end + 80)):
        if other.start() < end and start < other.end():
            return True
    return False


def _preposition_token(parsed, text: str, m):
    """The parsed "of"/"for" after the capitalised head of match `m`."""
    at = m.end("fhead")
    while at < len(text) and text[at] == " ":
        at += 1
    return parsed.token_at(at)


_FIELD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG"})


def _lowercase_fields(doc, ctx, fields):
    """The field is the run of nouns and adjectives (and "and" between them) the parse tags after
    “of”; a verb ends it (“the Institute of oceanology sailed”). Without the parser only the first
    word is taken."""
    if not fields:
        return
    text = doc.text
    syntax = ctx.syntax
    parses = {}
    if syntax is not None:
        sentences = [doc.sentence_at(m.start()) for m, _ in fields]
        todo = list(dict.fromkeys(s for s in sentences if s is not None))
        parses = dict(zip(todo, syntax.parse_many(doc, todo)))
    for m, words in fields:
        parsed = parses.get(doc.sentence_at(m.start()))
        if parsed is None:
            words = words[:1]
        else:
            prep = _preposition_token(parsed, text, m)
            if prep is not None and prep.head.pos_ in ("VERB", "AUX"):
                continue  # "taken to Augusta Medical Center for treatment": the verb's purpose,
                # no field of the name
            kept = []
            for w in words:
                tok = parsed.token_at(w.start())
                if tok is None or not (tok.tag_ in _FIELD_TAGS or (w.group() == "and" and kept)):
                    break
                kept.append(w)
            while kept and kept[-1].group() == "and":
                kept.pop()
            words = kept
        if not words:
            continue
        end = words[-1].end()
        start = _name_start(text, m.start("fhead"))
        field = text[m.end():end]
        fixed = tails.capitalised(field)
        yield LOWERCASE_NAME_FIELD.finding(
            doc, start, end,
            f"“{text[start:end]}”: the name's head is capitalised but its field “{field}” is not: "
            f"write “{text[start:m.end()]}{fixed}”",
            fix=Fix.replace(m.end(), end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


DETECTOR = NameCasingDetector()
