"""MT3104: "he"/"him"/"his" ("she"/"her") for the thing that the clause or sentence just before is about.

Russian masculine nouns (мост, спутник, банк, завод, зоопарк) take "он/его", and gender-blind MT
writes "he"/"him"/"his" for them. MT317 catches this when nobody in the whole text could be
meant, MT3103 when a paragraph names no person; but news texts name a man somewhere, and then
both stay quiet: "The previous satellite of the series was launched in 2024; he continues to
work", "The zoo is among the ten largest in Russia. Last year him visited 1.3 million people."
Feminine nouns (очередь, компания, станция) come out "she"/"her" the same way, and the same test
holds with a woman (or a person of unknown gender) in the place of the man.

English resolves a pronoun to the most salient referent close by: the subject of the clause
before it in its own sentence, else the subject of the sentence before. So the pronoun is
flagged when that nearest subject is a singular common noun that is no person, and nobody a
"he" could be — a man, a person of unknown gender, a person noun, a name, a "he"/"his" — stands
in the pronoun's sentence before it (or after it, outside a quotation that holds it) or in the
sentence before when that one is in the same paragraph. A man named further back does not
count: English would have to reach past the thing to find him. What only a person does ("he
said", "he signed", "his wife", "his career") keeps the pronoun a person's, and so does a surname
alone that repeats someone named in full earlier ("Tina Turner" ... "Doherty said Turner died at
her home": the surname is the singer).
"""

from __future__ import annotations

import calendar
import re

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, person_mentions
from mtaudit.detectors.pronouns import one_animal_between, sexed_animal
from mtaudit.detectors.pronouns_thing_class import is_craft
from mtaudit.text.span_index import SpanIndex
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

LOCAL_THING_HE = rule(
    "MT3104", "he-for-nearest-thing", "pronoun",
    summary="“he”/“him”/“his” whose nearest subject is a thing, with no man close by",
    why="Russian masculine nouns (мост, спутник, банк) take “он/его”; gender-blind MT writes "
        "“he”/“his” for them. When the clause or sentence just before is about a thing and no "
        "person stands between, English readers can only refer the pronoun to that thing: "
        "“it”/“its” is meant, even if a man is named further back.",
    confidence="likely",
    bad=["Pavel Sidorov opened the forum on Monday.\n\nThe weather was warm.\n\nThe new pier was "
         "finished in March; he will receive ferries from June.",
         "Oleg Kuznetsov chairs the board.\n\nFares rose in May.\n\nThe depot was rebuilt last year, "
         "and since then his capacity has doubled.",
         "Igor Belov runs the farm.\n\nThe rains came late.\n\nThe reservoir was filled in April, "
         "and his level is now two metres higher.",
         "Olga Sedova opened the fair.\n\nIt rained.\n\nThe line to the ticket office grew all morning; by noon "
         "she stretched past the station.",
         "The old ferry sailed from the port of Kholmsk in May. He carried 40 cars and a bus.",
         "The tremor was felt in Tomsk, Seversk and Kolpashevo; in Seversk he reached 3 points.",
         "The operator of the mine, the company Severny Ugol, said that he keeps paying the miners.",
         "Olga Sedova opened the fair.\n\nIt rained.\n\nThe trams will be maintained by the municipal "
         "enterprise Gorelektrotrans. She will open a new depot in May.",
         "Olga Sedova opened the fair.\n\nIt rained.\n\nOleg Tayburi, who heads the farm, spoke.\n\n"
         "The cooperative Tundra will buy the sledges. She has signed a contract with a supplier from Omsk.",
         "Olga Sedova opened the fair.\n\nIt rained.\n\nInspectors caught 300 drivers who used phones. "
         "The new test was drafted by the ministry. She includes 30 questions.",
         "Pavel Sidorov opened the forum on Monday.\n\nThe weather was warm.\n\nOne tram can carry 200 "
         "passengers, and in winter his speed falls by a fifth.",
         "Pavel Sidorov opened the forum on Monday.\n\nThe weather was warm.\n\nThe ticket was bought "
         "at a kiosk in Tver. He is the oldest draw in the region: his audience reaches a million players.",
         "Vera Lenskaya, the head coach of the team, spoke to the press.\n\nThe camp will last two weeks at "
         "the sports centre in Kstovo. He was built in 2019 and has two pools.",
         "Pavel Sidorov opened the forum on Monday.\n\nThe weather was warm.\n\nThe main work of the fair was "
         "a carved screen. She is two metres wide, each panel carved by a different woodcarver."],
    good=["Jazz legend Mary Turner, the singer who filled clubs for decades, died on Wednesday.\n\n"
          "Publicist Tom Doherty confirmed the news.\n\nDoherty said Turner died after a long illness "
          "at her home near Zurich.",
          "Pavel Sidorov opened the forum on Monday.\n\nThe weather was warm.\n\nThe new pier was "
          "finished in March; it will receive ferries from June.",
          "The new pier was finished in March. Pavel Sidorov said he was pleased.",
          "Pavel Sidorov arrived in May.\n\nThe pier was finished in March; he said it was late.",
          "Igor Belov runs the farm.\n\nThe rains came late.\n\nThe reservoir was filled in April, "
          "and his wife swims there.",
          "Igor Belov runs the farm. The reservoir was filled in April, and he swims there.",
          "Pavel Sidorov opened the forum.\n\nThe weather was warm.\n\n“Is the pier finished?” he asked.",
          "Olga Sedova opened the fair. The line grew all morning, and she thanked the visitors.",
          "The line to the ticket office grew all morning; by noon she had sold every seat.",
          "The old ferry sailed from the port of Kholmsk with Ivan Lobov on board. He carried a bag.",
          "The owner of the mine, Pavel Gromov, said that he keeps paying the miners.",
          "Olga Sedova opened the fair.\n\nIt rained.\n\nThe bridge was repaired in May; she signed the "
          "act the next day.",
          "Olga Sedova opened the fair.\n\nAnna Sokolova, who runs the farm, bought a tractor. The tractor "
          "broke in May; she repaired it herself.",
          "Pavel Sidorov opened the forum.\n\nThe weather was warm.\n\nThe trams are run by the city company "
          "Metro Line. Its director Ivan Petrov said he would open a depot.",
          "Pavel Sidorov opened the forum.\n\nThe weather was warm.\n\nThe bus was late, and he missed "
          "his train.",
          "Pavel Sidorov opened the forum.\n\nThe weather was warm.\n\nThe screen was carved in May. She "
          "said that a woodcarver from Vyatka had made it.",
          "Pavel Sidorov opened the forum.\n\nThe weather was warm.\n\nThe old lifeboat was restored in May; "
          "volunteers will take her out to sea in June.",
          "One of the drivers lost control on the ice. The car rolled into a ditch. He was not injured.",
          "Pavel Sidorov opened the forum.\n\nThe weather was warm.\n\nThe old stallion still pulls the "
          "sledge, and he knows every road in the village."],
    applicability="unsafe",
)

_WORD = re.compile(r"[A-Za-z]+")
_GENDERED = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")
_SAME_WORD = {"m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|who|whom)\b"),
              "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself|who|whom)\b")}
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_FIX = {"he": "it", "him": "it", "his": "its", "she": "it", "her": "it"}


class LocalThingPronounDetector:
    name = "pronouns-local-thing"
    rules = (LOCAL_THING_HE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _GENDERED.search(text):
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        known = things = surnames = None
        for i, sent in enumerate(doc.sentences):
            for m in _GENDERED.finditer(text, sent.start, sent.end):
                if m.start() in flagged:
                    continue
                lo = _window_start(doc, i)
                quote = next((q for q in quotes if q.start <= m.start() < q.end), None)
                hi = min(sent.end, quote.end) if quote is not None else sent.end
                if quote is not None and quote.start > sent.start:
                    lo = quote.start  # a quotation opened in this sentence: the speaker's own context
                far = _previous_paragraph_start(doc, sent.start)
                gender = _GENDER[m.group().casefold()]
                same = _SAME_WORD[gender]
                if _someone_before(text, same, far, m.start(), flagged) or \
                        _someone_after(text, same, m.end(), hi, _names_a_thing(doc, ctx, sent, m)):
                    continue  # a "he" chain, or a "who" that names someone
                if known is None:
                    from mtaudit.detectors.pronouns_antecedent import named_people
                    known = named_people(doc, ctx)
                    things = SpanIndex(glossary_spans(doc, ctx, types=("place", "organisation", "outlet")))
                others = []  # the spans of people of the other gender
                if surnames is None:
                    surnames = _surnames(text)
                if _man_mentioned(text, far, hi, m.start(), known, others, gender) or \
                        _surname_again(text, far, hi, m.start(), surnames, gender) or \
                        _one_of_people(text[far:m.start()]):
                    continue  # a person of the pronoun's gender or of unknown gender close by
                outside = quotes if quote is None else []  # a quotation's nouns are its speaker's
                subject = _nearest_subject(doc, ctx, i, m.start(), lo, outside, things, flagged)
                if subject is None or _name_nearby(doc, ctx, far, _name_end(doc, ctx, sent, m, hi),
                                                   m.start(), things, others):
                    continue
                if one_animal_between(text, far, m.start()) and sexed_animal(text):
                    continue  # "the female cub … the cub was released; she will wear a collar"
                if gender == "f" and is_craft(subject.split()[-1]):
                    continue  # "The lifeboat ... a trust bought her": English calls a boat "she"
                word = _FIX[m.group().casefold()]
                if m.group().casefold() == "her" and _possessive(doc, ctx, sent, m.start()):
                    word = "its"
                if m.group()[0].isupper():
                    word = word.capitalize()
                flagged.add(m.start())
                yield LOCAL_THING_HE.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group()}” follows a clause about “{subject}” with nobody of its gender in between: "
                    f"Russian grammatical gender carried over; “{word}” is meant",
                    fix=Fix.replace(m.start(), m.end(), word, Applicability.UNSAFE, f"use “{word}”"))


def _surnames(text: str) -> dict[str, str]:
    """Surname -> gender of the people the text names by first name and surname ("Tina Turner":
    "Turner" -> "f"); a surname two people share is of unknown gender."""
    out: dict[str, str] = {}
    for p in person_mentions(text, 0, len(text)):
        words = text[p.start:p.end].split()
        if len(words) == 2 and words[0] == p.cue and words[1][:1].isupper():
            last = words[1].rstrip("’'s").rstrip(".,")
            out[last] = p.gender if out.get(last, p.gender) == p.gender else ""
    return out


def _surname_again(text: str, start: int, end: int, at: int, surnames: dict[str, str], gender: str) -> bool:
    """A surname alone in text[start:end] that repeats someone named in full earlier, of the
    pronoun's gender or of unknown gender: "Doherty said Turner died at her home" after "Tina
    Turner" is the singer's own home."""
    other = "f" if gender == "m" else "m"
    for w in _WORD.finditer(text, start, end):
        if w.start() != at and surnames.get(w.group(), other) != other:
            return True
    return False


def _one_of_people(chunk: str) -> bool:
    from mtaudit.detectors.pronouns_opening import _one_of_people as one_of

    return one_of(chunk)


def _man_mentioned(text: str, start: int, end: int, at: int, known, others: list, gender="m") -> bool:
    """A man (a woman, for a "she"/"her") or a person of unknown gender in text[start:end] other
    than the pronoun at `at`: a person mention, a person noun that is not the title of someone of
    the other gender named right after it ("the analyst of the agency Marina Belova" for a "he").
    The spans of the people of the other gender go into `others`."""
    from mtaudit.detectors.pronouns_antecedent import _person_nouns

    other = "f" if gender == "m" else "m"
    mentions = person_mentions(text, start, end, known)
    others.extend((p.start, p.end) for p in mentions if p.gender == other)
    for p in mentions:
        if p.gender != other and not p.start <= at < p.end and not _body_after(text, p.end) and \
                not (not p.gender and _title_of_woman(text, p.end, others)):
            return True  # "the head coach of the team Natalya Rudakova": her title, for a "he"
    nouns = _person_nouns()
    for w in _WORD.finditer(text, start, end):
        if nouns.get(w.group().casefold()) in (gender, "") and w.start() != at and \
                not _title_of_woman(text, w.end(), others) and not _body_after(text, w.end()) and \
                not _in_thing_name(text, w) and \
                not (w.start() > at and _INDEFINITE.search(text, max(0, w.start() - 30), w.start())):
            return True
    return False


# an indefinite noun phrase after the pronoun introduces someone new: it is no antecedent of a
# pronoun before it ("She is three metres high, each part made by a different blacksmith")
_INDEFINITE = re.compile(r"\b(?:an?|each|every|any|another|one)\s+(?:[a-z-]+\s+){0,2}$")


_NAME_CHAIN = re.compile(r"(?: [A-Z][a-z]+)+")


def _in_thing_name(text: str, w) -> bool:
    """A capitalised person noun inside a name that ends in an ordinary English word: the
    enterprise "Passenger Car Park", "Pioneer Square" (not "Minister Ivan Petrov")."""
    from mtaudit.detectors.pronouns_antecedent import _ordinary

    if not w.group()[0].isupper() or not w.start() or text[w.start() - 1] not in " «\"“":
        return False
    before = text[max(0, w.start() - 3):w.start()].rstrip()
    if not before or before[-1] in ".!?\n":
        return False  # a sentence's first word
    chain = _NAME_CHAIN.match(text, w.end())
    return chain is not None and _ordinary(chain.group().split()[-1])


_PLURAL_PEOPLE = frozenset({"people", "children", "men", "women", "those", "others", "many", "all"})
_BEFORE_WHO = re.compile(r"([A-Za-z]+)\s*,?\s*$")
_PRONOUN_WORDS = frozenset({"he", "his", "him", "himself", "she", "her", "herself"})


def _someone_before(text: str, same, start: int, end: int, flagged) -> bool:
    """A word of the pronoun's gender in text[start:end] that stands for someone: not a
    pronoun already found to be a thing's (a chain: "He is the most popular draw: his
    audience"), not a "who" after a plural ("candidates who used earphones") or after a name
    of the other gender ("Oleg Tayburi, who" for a "she")."""
    for w in same.finditer(text, start, end):
        if w.start() in flagged:
            continue
        if w.group().casefold() in ("who", "whom") and _who_of_others(text, w.start(), same):
            continue
        return True
    return False


def _names_a_thing(doc, ctx, sent, m) -> bool:
    """The pronoun is the subject of "be" with a singular thing noun as its complement: "He is
    the most popular draw of the operator" (not "He is the head of the plant")."""
    if m.group().casefold() not in ("he", "she"):
        return False
    from mtaudit.detectors.pronouns_antecedent import _person_nouns

    tok = ctx.syntax.parse(doc, sent).token_at(m.start())
    if tok is None or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return False
    attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
    return attr is not None and attr.pos_ == "NOUN" and attr.tag_ == "NN" and \
        attr.lower_ not in _person_nouns() and attr.lemma_.lower() not in _person_nouns()


def _someone_after(text: str, same, start: int, end: int, thing=False) -> bool:
    """After the pronoun: a "who" or a pronoun of its gender; when the pronoun's clause names
    it a thing (`thing`), a possessive of that thing's attribute does not count ("He is the
    largest draw: his audience ..." is the same antecedent)."""
    from mtaudit.detectors.pronouns_salience import _kin, _person_possessions

    for w in same.finditer(text, start, end):
        low = w.group().casefold()
        if thing and low in ("his", "her"):
            nxt = re.match(r"\s+(?:[a-z]+\s+)?([a-z]+)", text[w.end():w.end() + 40])
            if nxt and nxt.group(1) not in _person_possessions() and \
                    _kin().get(nxt.group(1)) != "person" and \
                    (nxt.group(0).split()[0] not in _person_possessions()):
                continue
        return True
    return False


def _who_of_others(text: str, at: int, same) -> bool:
    """The "who" at `at` follows a plural noun or a name of the other gender."""
    m = _BEFORE_WHO.search(text, max(0, at - 40), at)
    if m is None:
        return False
    word = m.group(1)
    low = word.casefold()
    people = person_mentions(text, max(0, m.start(1) - 30), m.end(1), ())
    if people and people[-1].end == m.end(1) and people[-1].gender:  # "Oleg Tayburi, who"
        return not same.fullmatch("he" if people[-1].gender == "m" else "she")
    return low in _PLURAL_PEOPLE or word.islower() and low.endswith("s") and \
        not low.endswith(("ss", "us", "is"))


_APPOSITION = re.compile(r"(?: of [^,.;]{1,40})?, (?:the |a |an )?([^,.;]{1,60})")


def _body_after(text: str, end: int) -> bool:
    """The role noun ending at `end` is a company's or an office's: an organisation noun in the
    apposition after it ("The owner of the plant, the holding Ural Steel, said that he"), or
    "'s office" ("the prosecutor's office")."""
    if text.startswith(("'s office", "’s office"), end):
        return True
    m = _APPOSITION.match(text, end)
    bodies = lexicon.folded_words("organisation_nouns.txt")
    return m is not None and any(w.casefold() in bodies for w in _WORD.findall(m.group(1)))


def _possessive(doc, ctx, sent, start: int) -> bool:
    """"her" as a possessive ("her length"), not an object ("reached her")."""
    tok = ctx.syntax.parse(doc, sent).token_at(start)
    return tok is not None and tok.dep_ == "poss"


_APPOSED = re.compile(r",\s*(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}$")


def _title_of_woman(text: str, end: int, women) -> bool:
    """A woman's name follows the person noun ending at `end` within its noun phrase (no comma,
    stop or verb-like break): "the analyst of the rating agency Expert RA Marina Belova"; or the
    noun is in apposition right after her name: "Vera Lenskaya, the head coach"."""
    start = text.rfind(" ", 0, end) + 1
    if any(b <= start and start - b <= 40 and _APPOSED.fullmatch(text, b, start) for _, b in women):
        return True
    following = [a for a, _ in women if a >= end]
    if not following:
        return False
    gap = text[end:min(following)]
    return len(gap) <= 80 and not re.search(r"[,.;:!?]|\b(?:said|says|told|and|who)\b", gap)


def _name_end(doc, ctx, sent, m, hi: int) -> int:
    """How far a name may stand after the pronoun and still be what it means: to `hi`, except
    for the subject of the main clause, which cannot look ahead ("She has signed a contract
    with a supplier from Tyumen"; but "In his speech, Ivanov said")."""
    tok = ctx.syntax.parse(doc, sent).token_at(m.start())
    if tok is not None and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
        return m.end()
    return hi


def _name_nearby(doc, ctx, start: int, end: int, at: int, things, women) -> bool:
    """A proper name in text[start:end] that may be a man's: the parser's PERSON or an untyped
    name, not a glossary place or body, not a woman's, not a place after "in"/"near" (parses
    only the sentences of that stretch)."""
    from mtaudit.detectors.pronouns_opening import _may_be_person
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    for sent in doc.sentences:
        if sent.end <= start or sent.start >= end:
            continue
        parsed = ctx.syntax.parse(doc, sent)
        people = _PersonTest(parsed, [])
        for t in parsed.doc:
            off = parsed.offset(t)
            if off < start or off >= end or off == at or t.ent_type_ not in ("PERSON", ""):
                continue
            if things.overlaps(off, off + 1) or any(a <= off < b for a, b in women):
                continue
            if _may_be_person(t, people) and _may_be_name(t):
                return True
    return False


def _may_be_name(t) -> bool:
    """The name chain that holds `t` may be a person's: it ends in a word that is neither an
    acronym ("RBC", "Expert RA"), an ordinary English word ("the Ola River") nor a month or a
    day ("23 April")."""
    from mtaudit.detectors.pronouns_antecedent import _ordinary

    head = t
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    word = head.text
    if word.isupper() and len(word) > 1 or _ordinary(word) or word.capitalize() in _CALENDAR:
        return False  # "RBC", "the Ola River", "23 April" (a dateline's "12 march" too)
    places = lexicon.folded_words("place_nouns.txt")
    return not any(w.lower_ in places for w in head.subtree if w.i <= head.i)  # "Lake Baikal"


_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


def _previous_paragraph_start(doc, at: int) -> int:
    """Where the paragraph before the one at `at` begins (or this one, if it is the first)."""
    para = doc.paragraph_at(at)
    if para is None:
        return doc.sentence_at(at).start if doc.sentence_at(at) is not None else at
    earlier = doc.paragraph_before(para)
    return earlier.start if earlier is not None else para.start


def _window_start(doc, i: int) -> int:
    """Where the nearby text begins: the sentence before, if it is in the same paragraph."""
    sent = doc.sentences[i]
    para = doc.paragraph_at(sent.start)
    if i and para is not None and doc.sentences[i - 1].start >= para.start:
        return doc.sentences[i - 1].start
    return sent.start


def _nearest_subject(doc, ctx, i: int, start: int, lo: int, quotes=(), things=None,
                     found=frozenset()) -> str | None:
    """The thing the pronoun at `start` must stand for, or None: the subject of an earlier clause
    of its own sentence, else (if the window reaches it) the main subject of the sentence before;
    it must be a singular common noun that is no person, and the pronoun's own predicate must
    not be one only people have. A subject inside one of `quotes` (those that do not hold the
    pronoun) is the speaker's, never the pronoun's: "“Is our country innocent?” he asked". A name the glossary knows as a
    place or body (`things`) is nobody a "he" could be."""
    from mtaudit.detectors.pronouns_opening import _agent_verb
    from mtaudit.detectors.pronouns_salience import _kin, _person_objects, _person_possessions
    from mtaudit.detectors.pronouns_syntax import _PersonTest

    sent = doc.sentences[i]
    parsed = ctx.syntax.parse(doc, sent)
    tok = parsed.token_at(start)
    if tok is None or tok.lower_ not in _FIX:
        return None
    agent = tok.lower_ in ("he", "she") and _agent_verb(parsed, start)  # "he said", "he signed"
    if (tok.lower_ == "his" or tok.lower_ == "her" and tok.dep_ == "poss") and (tok.head.lower_ in _person_possessions() or
                                tok.head.lemma_.lower() in _person_possessions() or
                                _kin().get(tok.head.lower_) == "person"):
        return None  # "his wife", "his career"
    people = _PersonTest(parsed, [])
    if any(_person_like(parsed, t, people, things) for t in parsed.doc if t.i < tok.i):
        return None
    if tok.lower_ in ("him", "her") and tok.dep_ != "poss" and tok.head.lemma_.lower() in _person_objects():
        return None  # "deprived him of the right", "arrested him": done to a person
    own = _clause_root(tok)
    shared = {own.i}
    node = own
    while node.dep_ == "conj" and node.head.i != node.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head  # "the court fined X and deprived him": coordinated verbs share a subject
        shared.add(node.i)
    if own.dep_ in ("relcl", "acl"):
        return None  # "The plant, which he built": the relative clause's "he" is someone else
    for t in parsed.doc:
        if t.i >= tok.i:
            break
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in shared and _clause_root(t).i not in shared:
            if t.pos_ == "PRON" and parsed.offset(t) in found:
                return t.text  # "He is the most popular draw: his audience": a thing's "he" already
            return None if _quoted(parsed, t, quotes) else _thing(t, people, agent)
    if lo >= sent.start:
        return None
    prev = ctx.syntax.parse(doc, doc.sentences[i - 1])
    ppeople = _PersonTest(prev, [])
    if any(_person_like(prev, t, ppeople, things) or
           ppeople.gender(t) is not None and not _in_body_name(t) for t in prev.doc):
        return None
    subject = next((t for t in prev.doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"),
                   None)
    if subject is None or _quoted(prev, subject, quotes):
        return None
    if subject.tag_ in ("NNS", "NNPS") and subject.dep_ == "nsubjpass":
        # "The buses will be serviced by the city enterprise X. She will build": a plural takes
        # "they"; the singular agent of the passive is what the sentence is about
        by = next((g for c in subject.head.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"), None)
        if by is not None:
            return _thing(by, ppeople, agent)
    return _thing(subject, ppeople, agent)


def _in_body_name(t) -> bool:
    """`t` is a word of a name given to an organisation noun: "the city enterprise Passenger
    Car Park", where "Passenger" is no person."""
    if t.pos_ != "PROPN":
        return False
    head = t
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    bodies = lexicon.folded_words("organisation_nouns.txt")
    return head.dep_ in ("appos", "compound") and head.head.lower_ in bodies or \
        any(c.dep_ == "compound" and c.lower_ in bodies for c in head.children)


def _person_like(parsed, tok, people, things) -> bool:
    """A name that may be a man's: not a month ("the end of January"), an acronym, an English
    word, nor a place or body of the glossary."""
    from mtaudit.detectors.pronouns_opening import _may_be_person

    if not (_may_be_person(tok, people) and _may_be_name(tok)):
        return False
    at = parsed.offset(tok)
    return things is None or not things.overlaps(at, at + 1)


def _quoted(parsed, tok, quotes) -> bool:
    at = parsed.offset(tok)
    return any(q.start <= at < q.end for q in quotes)


def _clause_root(tok):
    """The verb of the clause that holds `tok`."""
    node = tok.head if tok.dep_ != "ROOT" else tok
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _thing(t, people, agent=False) -> str | None:
    """The singular thing `t` names, or None. With `agent` (the pronoun's verb is one only a
    speaker or an agent has: "she signed a contract"), only a body can be meant: an
    organisation noun ("The municipal enterprise Polar Star ... She has signed")."""
    if t is None:
        return None
    bodies = lexicon.folded_words("organisation_nouns.txt")
    if t.pos_ == "NOUN" and people.gender(t) is not None:
        body = next((w for c in t.children if c.dep_ == "appos" for w in c.subtree
                     if w.lower_ in bodies), None)
        return body.text if body is not None else None  # "The owner, the holding X, said he"
    if t.pos_ == "PROPN" and t.tag_ == "NNP":
        # a name after its common noun: "the enterprise Polar Star", "the combine Sunny Stone"
        noun = t if t.text.islower() else next(  # "The regional health ministry": a common noun
            (c for c in t.children if c.dep_ in ("compound", "amod") and c.is_lower and
             (c.tag_ == "NN" or c.lower_ in bodies)), None)  # "the cooperative Tundra" (an amod)
        if noun is None or people.gender(noun) is not None or noun.lower_ in _person_nouns_set():
            return None
        t = noun
    elif t.pos_ != "NOUN" or t.tag_ != "NN":
        return None
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children):
        return None
    animals = lexicon.folded_words("animal_nouns.txt")
    if t.lower_ in animals or t.lemma_.lower() in animals:
        return None  # "A good trotter can work for twenty years, and he ...": English's own "he"
    if agent and t.lower_ not in bodies:
        return None  # "he said", "he signed": a person's act, or a body's
    return t.text


def _person_nouns_set():
    from mtaudit.detectors.pronouns_antecedent import _person_nouns

    return _person_nouns()


DETECTOR = LocalThingPronounDetector()
