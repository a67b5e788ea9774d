"""MT2412, MT2413 — the name of a Russian body, contest or post rendered word for word.

MT2412: Russian names what a body, a contest or a post is FOR with по + a field or an activity
(центр по гидрометеорологии, комиссия по чрезвычайным ситуациям, чемпионат по приготовлению
шашлыка, заместитель директора по науке, специалист по туризму); MT writes “on”: “the centre on
hydrometeorology”, “the commission on emergencies”, “the championship on the preparation of
shashlik”, “the deputy director on science”. English writes a compound or “for” (the weather
centre, the emergencies commission, a shashlik-making championship, the deputy director for
science). The mechanism is three word classes from WordNet (data/body_on_words.tsv, built by
scripts/build_body_on_words.py): a head naming a body, a contest or a post; a field, an activity
or a state after “on” (noun.act, noun.cognition, noun.state; a learned -logy, -ics, -ism,
-ship word too); and the heads English itself pairs with “on” + a topic (a report, a law, talks,
a committee, a meeting, an expert on): those stay quiet unless a Russian level word (regional,
city, district, state) names the body. Nouns that open an English “on” adverbial (on duty, on
leave, on charges of, on condition of) are no field, and a verb that takes “X on Y” before the
head (briefed the committee on, congratulated the team on) keeps it quiet.

MT2413: Russian names a plant, a workshop or a federation by its product or sport in the
genitive (завод безалкогольных напитков, фабрика детских игрушек, федерация стрельбы из лука);
MT writes “the plant of non-alcoholic drinks”, “the federation of archery”. English puts the
product or the sport first (the soft drinks plant, the toy factory, the archery federation). The
head is WordNet's factory, plant, workshop or shop class (or a sports body before a sport of
calque_frame_words.tsv), the complement a bare plural or mass product noun (noun.artifact,
noun.food, noun.substance) ending its phrase.

Both only in Russian news; the English order is proposed (unsafe) where the chain is simple.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import classes as lexicon_classes

WORDS_FILE = "body_on_words.tsv"

BODY_ON_FIELD = rule(
    "MT2412", "body-po-on-field", "calque",
    summary="“the centre on hydrometeorology”, “the commission on emergencies”, “the championship on "
            "the preparation of shashlik”, “the specialist on tourism”: Russian по after a body, a "
            "contest or a post as “on”",
    why="Russian names what a body, a contest or a post is for with по + a field or an activity "
        "(центр по гидрометеорологии, комиссия по ЧС, чемпионат по приготовлению шашлыка, "
        "специалист по туризму); MT writes “on”. English writes a compound or “for” (the weather "
        "centre, the emergencies commission, a shashlik-making championship, a tourism "
        "specialist). Heads, fields and the heads English pairs with “on” + a topic (a report, "
        "a law, a committee, a meeting, an expert) are WordNet classes (data/body_on_words.tsv).",
    confidence="likely",
    bad=["ELISTA, 3 June. The regional centre on hydrometeorology warned of strong wind in the Kalmyk steppe.",
         "Tambov, 2 July. The open championship of the region on the preparation of pilaf gathered 12 teams.",
         "Kazan, 4 May. The specialist on tourism of the district administration met the guides.",
         "Omsk, 5 May. The city commission on emergencies met after the flood.",
         "Perm, 1 March. Pupils of School No. 3 won the competition on programming in Perm.",
         "Izhevsk, 3 March. The department on youth affairs of the city opened a club for teenagers."],
    good=["ELISTA, 3 June. The regional weather centre warned of strong wind in the Kalmyk steppe.",
          "Kazan, 4 May. The report on tourism of the district administration was published.",
          "Omsk, 5 May. The commission on human rights of the UN met in Geneva.",
          "Omsk, 5 May. The staff of the hospital on duty treated two boys.",
          "Perm, 1 March. The police detained the director on suspicion of fraud in Perm.",
          "Perm, 1 March. The governor congratulated the team on winning the cup in Perm.",
          "The department on youth affairs of the county opened a club."],
    applicability="unsafe",
)

BODY_OF_PRODUCT = rule(
    "MT2413", "works-of-product", "calque",
    summary="“the plant of non-alcoholic drinks”, “the factory of children's toys”, “the federation of "
            "archery”: a Russian genitive naming a plant or a sports body by its product or sport",
    why="Russian names a plant, a workshop, a shop or a federation by its product or sport in the "
        "genitive (завод безалкогольных напитков, фабрика игрушек, федерация стрельбы из лука); MT "
        "keeps it. English puts the product or the sport first (the soft drinks plant, the toy "
        "factory, the archery federation). Plants, products and sports are WordNet classes "
        "(data/body_on_words.tsv, data/calque_frame_words.tsv).",
    confidence="likely",
    bad=["Cheboksary, 3 June. The plant of non-alcoholic drinks launched a new line.",
         "Kirov, 2 May. The factory of wooden toys hired twenty workers.",
         "Ufa, 4 June. The regional federation of archery held its cup."],
    good=["Cheboksary, 3 June. The soft drinks plant launched a new line.",
          "Kirov, 2 May. The factory of the company hired twenty workers.",
          "Kirov, 2 May. The factory of dreams hired twenty workers.",
          "The plant of non-alcoholic drinks launched a new line in Ohio."],
    applicability="unsafe",
)

_W = r"[\p{L}][\p{L}'’-]*"
# head [of <up to four words>] on [the] <words>
_ON = regex.compile(
    r"(?<![\p{L}'’-])(?P<head>\p{Ll}[\p{L}-]*)"
    r"(?P<of>\s+of\s+(?:(?!on\b)" + _W + r"\s+){0,3}?(?!on\b)" + _W + r")?"
    r"\s+on\s+(?P<the>the\s+)?(?P<rest>" + _W + r"(?:\s+" + _W + r"){0,3})")
_OF = regex.compile(
    r"(?<![\p{L}'’-])(?P<head>\p{Ll}[\p{L}-]*)\s+of\s+(?P<rest>" + _W + r"(?:\s+" + _W + r"){0,3})")
# words that end the field's phrase
_STOP = frozenset("""of in at on for to from with by or but and was were is are will would has have
had which that who where when as near among this last next after before during since until
because than into over under about through against between within without across per via the a
an its their his her our my your these those be been being can could may might must shall should
do does did not no also said says told held opened won took made""".split())
_NOT_FIELD = frozenset("""the a an this that these those his her its their our my your which what all
some any each every many much more most other such no one two three four five six seven eight nine
ten top time way""".split())
# a Russian level word before a deliberative body makes it a Russian body (the regional committee
# on tourism), English names such bodies with capitals
_LEVEL = frozenset("""regional city district municipal state republican interdepartmental territorial
oblast krai rural town village inter-district interdistrict""".split())
# verbs that take an object and “on” + a topic ("briefed the committee on", "congratulated the
# team on", "fined the plant on"): after them “on” belongs to the verb
_ON_VERBS = frozenset("""brief briefs briefed briefing advise advises advised advising consult consults
consulted consulting congratulate congratulates congratulated congratulating question questions
questioned questioning interview interviews interviewed interviewing lecture lectured update
updated updates updating train trains trained training educate educated focus focused focusing
focussed spend spends spent spending help helps helped helping assist assisted quiz quizzed grill
grilled press pressed pressure pressured push pushed challenge challenged lobby lobbied lobbying
thank thanks thanked compliment complimented praise praised praising criticise criticised criticize
criticized criticising criticizing attack attacked fault faulted fine fined arrest arrested
detain detained charge charged sentence sentenced convict convicted indict indicted judge judged
rate rated grade graded assess assessed score scored test tested examine examined base based model
modelled modeled impose imposed place placed put puts putting blame blamed call called urge urged
inform informed informs instruct instructed tell told tells telling ask asked asks asking warn
warned warns warning""".split())
# a Russian body's tail after the field ("… on emergencies of the city", "… of the Kursk region")
_RUSSIAN_TAIL = regex.compile(r"\s+of\s+the\s+(?:(?:city|town|district|region|republic|territory|village|"
                              r"municipality|settlement|oblast|krai)\b|\p{Lu}[\p{L}-]+\s+(?:region|district|"
                              r"territory|oblast|krai|city)\b)")
# the place a body belongs to, part of its name ("… of the Tambov region", "… of Russia", "… of the
# city"): the span runs over it, the fix leaves it
_PLACE_TAIL = regex.compile(r"\s+of\s+(?:the\s+)?(?:(?:city|town|district|region|republic|territory|village|"
                            r"municipality|settlement|oblast|krai)(?![\p{L}-])|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?"
                            r"(?:\s+(?:region|district|territory|oblast|krai|republic))?(?:\s+of\s+\p{Lu}[\p{L}-]+)?(?![\p{L}'’-]))")
# posts whose portfolio English gives with "for" (the deputy director for science); other heads
# take the field first (a tourism specialist, the emergencies commission)
_FOR_POSTS = frozenset("""director directors head heads deputy deputies chief chiefs manager managers
mayor governor minister rector vice-rector prorector commissioner coordinator president chairman
chairwoman chair""".split())
# the Russian genitive of quality, MT2825's ("combines of domestic production"): no product
_QUALITY = frozenset("""production manufacture make origin quality type kind sort brand design assembly
capacity power purpose use""".split())
_FIELD_SUFFIXES = ("logy", "graphy", "nomy", "ics", "ism", "ship", "tion", "sion", "ment", "ance", "ence")
_IRREGULAR = {"children": "child", "people": "people", "women": "woman", "men": "man"}


@lru_cache(maxsize=1)
def classes() -> dict[str, frozenset[str]]:
    return lexicon_classes(WORDS_FILE)


@lru_cache(maxsize=1)
def _sports() -> frozenset[str]:
    from mtaudit.detectors.calques_government_frames import classes as frame_classes

    return frame_classes().get("sport", frozenset())


def _singular(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def _is_field(word: str, fields: frozenset[str]) -> bool:
    w = word.lower()
    return w in fields or _singular(w) in fields or (len(w) > 6 and w.endswith(_FIELD_SUFFIXES))


def _pos(word: str) -> frozenset[str]:
    from mtaudit.text.english_words import lemmas_by_pos

    return frozenset(lemmas_by_pos(word.lower()) or ())


def _phrase(words: list[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """The lower-case words of the complement up to the first word that ends its phrase: a
    function word, a capitalised word, a word that is only a verb ("… on hydrometeorology
    warned"), or a verb's -s or -ed form after a noun ("… of toys hired")."""
    out: list[str] = []
    for w in words:
        if w.lower() in _STOP or not w.islower():
            break
        if w.lower() in keep or _singular(w) in keep:
            out.append(w)
            continue
        pos = _pos(w.rstrip("'’s") if w.endswith(("'s", "’s")) else w)
        if pos and not pos & {"NOUN", "ADJ", "PROPN"}:
            break
        if out and (w.endswith("ed") or ("VERB" in pos and w.endswith("s"))) and "NOUN" in _pos(out[-1]):
            break
        out.append(w)
    return out


def _word_before(text: str, pos: int) -> str:
    m = regex.search(r"([\p{L}'’-]+)[ \t]+$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


_DETERMINERS = frozenset("""the a an this that these those his her its their our your my every each
some any all no new first second third open annual regional city district state national federal
international local municipal republican""".split())


def _tail(text: str, pos: int, bodies: frozenset[str]) -> int | None:
    """The end of the place the body belongs to after pos, unless a body noun follows it ("of the
    district administration": the owner is the administration, not the district)."""
    m = _PLACE_TAIL.match(text, pos)
    if not m:
        return None
    nxt = regex.match(r"\s+([\p{Ll}-]+)", text[m.end():m.end() + 40])
    return None if nxt and nxt.group(1) in bodies else m.end()


def _of_chain(chain: str) -> bool:
    """The head's own "of" chain: a place or a body ("of the Tambov region", "of the reserve"),
    no verb and no indefinite article ("the administration of Omsk concluded the contract on …")."""
    for w in chain.split()[1:]:
        if w.lower() in ("a", "an") or (w.lower() in _STOP and w.lower() != "the"):
            return False
        pos = _pos(w)
        if w.islower() and pos and "VERB" in pos and not pos & {"NOUN", "ADJ"}:
            return False
    return True


def _noun_before(before: list[str]) -> bool:
    """A head that is also a verb (runs, stands, works) reads as a noun after a determiner or an
    adjective: "the open tournament", not "the plant runs on"."""
    if not before:
        return False
    w = before[-1]
    if w in _DETERMINERS or w in _LEVEL or w[:1].isdigit():
        return True
    pos = _pos(w)
    # an adjective, or a word no dictionary holds (a place's adjective: "the Kalmyk centre")
    return not pos or ("ADJ" in pos and "VERB" not in pos and "NOUN" not in pos)


def _words_before(text: str, pos: int, n: int) -> list[str]:
    chunk = regex.split(r"[.;:!?()\n,—–]", text[max(0, pos - 80):pos])[-1]
    return [w.lower() for w in regex.findall(_W, chunk)][-n:]


class BodyNamesDetector:
    name = "calques-body-names"
    rules = (BODY_ON_FIELD, BODY_OF_PRODUCT)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        text = doc.text
        hits = []
        if " on " in text:
            hits += self._on(text)
        if " of " in text:
            hits += self._of(text)
        if not hits:
            return
        from mtaudit.detectors.russian_setting import russian_news

        if not russian_news(doc, ctx):
            return
        for r, start, end, message, fix in hits:
            yield r.finding(doc, start, end, message, fix=fix)

    def _on(self, text: str):
        c = classes()
        heads = c.get("body", frozenset()) | c.get("contest", frozenset()) | c.get("post", frozenset())
        licence, fields = c.get("licence", frozenset()), c.get("field", frozenset())
        council = c.get("council", frozenset())
        verbs = frozenset(h for h in heads if "VERB" in _pos(h))
        last_end = -1
        for m in _ON.finditer(text, overlapped=True):
            head = m.group("head")
            if head not in heads or (m.group("of") and not _of_chain(m.group("of"))):
                continue
            before = _words_before(text, m.start("head"), 4)
            if any(w in _ON_VERBS for w in before[-3:]) and not (before and before[-1] in _LEVEL):
                continue
            words = _phrase(m.group("rest").split(), fields)
            after_text = text[m.start("rest"):m.start("rest") + 200]
            if head in licence and not (head in council and before and before[-1] in _LEVEL) and not _RUSSIAN_TAIL.match(
                    after_text, len(" ".join(words))):
                continue
            if not words or words[0].lower() in _NOT_FIELD:
                continue
            # “on the preparation of …”: a definite complement only as an action with its object
            after = m.group("rest").split()[len(words):]
            if m.group("the"):
                if not (len(words) == 1 and after[:1] == ["of"] and _singular(words[0]) in fields
                        and words[0].endswith(("tion", "sion", "ment", "ing", "ance", "ence"))):
                    continue
            elif not any(_is_field(w, fields) for w in words[-1:]) and not (
                    after[:1] == ["of"] and _is_field(words[0], fields)):
                continue
            # a head that is also a verb (runs, stands) reads as a noun after a determiner or an
            # adjective, or before a field with its own object ("headquarters on liquidation of")
            if head in verbs and not _noun_before(before) and after[:1] != ["of"]:
                continue
            if words[-1].endswith("ing") and after and after[0].lower() in ("the", "a", "an", "his", "her", "their", "its"):
                continue
            start = m.start("head")
            # the words of the complement, as written
            end = m.start("rest")
            for w in words:
                end = text.index(w, end) + len(w)
            if end <= last_end:
                continue  # "the director of the reserve on science" read, not "the reserve on science"
            last_end = end
            field_end = end
            tail = _tail(text, end, heads)
            if tail and not m.group("of"):
                end = tail
            written = text[start:end]
            fix = None
            if not m.group("of") and not m.group("the") and len(words) <= 2:
                new = (f"{head} for {' '.join(words)}" if head in _FOR_POSTS
                       else f"{' '.join(words)} {head}")
                fix = Fix.replace(start, field_end, new, Applicability.UNSAFE, f"write “{new}”")
            yield (BODY_ON_FIELD, start, end,
                   f"“{written}” renders Russian по after a body, contest or post (центр по "
                   "гидрометеорологии, специалист по туризму) with “on”; English writes a compound "
                   "or “for”: “the weather centre”, “a tourism specialist”, “the deputy director for "
                   "science”", fix)

    def _of(self, text: str):
        c = classes()
        works, products = c.get("works", frozenset()), c.get("product", frozenset())
        sports = _sports()
        sport_bodies = frozenset({"federation", "federations", "league", "leagues", "association",
                                  "associations", "union", "unions"})
        for m in _OF.finditer(text):
            head = m.group("head")
            is_works, is_sport_body = head in works, head in sport_bodies
            if not (is_works or is_sport_body):
                continue
            rest = m.group("rest").split()
            words = _phrase(rest, products)
            if not words or words[0].lower() in _NOT_FIELD or len(words) > 3:
                continue
            after = rest[len(words):]
            last = words[-1]
            if is_sport_body:
                phrase = " ".join(words).lower()
                if phrase not in sports and not (len(words) > 1 and " ".join(words[1:]).lower() in sports):
                    continue
            else:
                # a bare plural or mass product ("of non-alcoholic drinks"), not one of the firm's
                # own ("the factory of the company") and not a figurative one ("of dreams")
                # or a mass noun ("the factory of furniture": no plural, no adjective reading)
                plural = last.endswith("s") and _singular(last) in products
                mass = last in products and "NOUN" in _pos(last) and "ADJ" not in _pos(last) \
                    and not last.endswith("s") and "VERB" not in _pos(last)
                if not (plural or mass) or last in ("dreams", "arts", "works") or last in _QUALITY:
                    continue
                if after[:1] and after[0].lower() in ("and",):
                    continue
            start = m.start("head")
            end = m.start("rest")
            for w in words:
                end = text.index(w, end) + len(w)
            field_end = end
            tail = _tail(text, end, c.get("body", frozenset()))
            if tail:
                end = tail
            written = text[start:end]
            new = " ".join([*words[:-1], last if is_sport_body else _singular(last), head])
            fix = Fix.replace(start, field_end, new, Applicability.UNSAFE, f"write “{new}”")
            yield (BODY_OF_PRODUCT, start, end,
                   f"“{written}” names a firm or a body by its product or sport in a Russian genitive "
                   f"(завод напитков, федерация стрельбы); English puts it first: “{new}”", fix)


DETECTOR = BodyNamesDetector()
