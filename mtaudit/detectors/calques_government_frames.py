"""Russian prepositional government rendered literally, as families by word class (MT2232, MT2233).

MT2232 — по + an activity rendered "on". Russian names what a cup, a championship, a coach or a
master of sports is FOR with по + the sport (Кубок России по боулингу, чемпионат по мини-футболу,
мастер спорта по самбо) and what a grant, a programme or a set of measures is FOR with по + a
verbal noun (грант по развитию семейной фермы, меры по улучшению, работы по ремонту); MT writes
"the Cup of Russia on bowling", "a grant on development of". English puts the sport before the
noun (the Russian Bowling Cup) and gives a purpose with "for", "to" or a modifier. The sport is
any member of WordNet's sport and game hierarchies (plus the sports WordNet 3.0 lacks), the
verbal noun any member of WordNet's noun.act file followed by "of"/"with", so the next sport or
the next verbal noun needs no new entry. Heads English itself pairs with "on" (a report, a
debate, a ban, a tax, talks, a deal, a vote, a decision, a lecture, a book, a commission, work)
are not heads, and a sport followed by its place or thing ("on golf courses", "on tennis
courts") stays quiet. A sporting event (championship, tournament, olympiad, competitions, master
of sports) also takes any activity noun in -ing of WordNet's noun.act file that ends its phrase
("the championship of the district on classic parachuting", "competitions on ice fishing"), and an
olympiad any of WordNet's disciplines ("the olympiad on agronomy").

MT2233 — из + a material rendered "from". Russian names what a thing is made of with из
(памятник из красного гранита, дом из бруса, скамейки из лиственницы); MT writes "a monument
from red granite". English says "of red granite" or puts the material first. The thing is any
member of WordNet's noun.artifact file, the material any member of its building-material,
stone, metal, wood, fabric, glass, paper and plastic hierarchies. After a verb of making
("made from", "carved it from oak", "built a house from logs") "from" is English and stays
quiet, and so is a source ("granite from the quarry", "a switch from coal to gas").

The classes are data built from WordNet (scripts/build_frame_words.py ->
mtaudit/data/calque_frame_words.tsv); the heads, the spared words and the verbs of making are in
mtaudit/data/calque_government_frames.yaml.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from functools import lru_cache
from importlib import resources

import regex
import yaml

from mtaudit.core.yamlsafe import load_data
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import classes as lexicon_classes

CONFIG_FILE = "calque_government_frames.yaml"
WORDS_FILE = "calque_frame_words.tsv"

ON_ACTIVITY = rule(
    "MT2232", "po-activity-on", "calque",
    summary="“the Cup of Russia on bowling”, “a master of sports on sambo”, “a grant on development "
            "of the farm”, “measures on improvement of”: Russian по + a sport or a verbal noun as “on”",
    why="Russian names what a cup, championship, coach or master of sports is for with по + the "
        "sport (Кубок России по боулингу, мастер спорта по самбо) and what a grant, programme or set "
        "of measures is for with по + a verbal noun (грант по развитию, меры по улучшению); MT writes "
        "“on”. English puts the sport first (the Russian Bowling Cup, a sambo master) and gives a "
        "purpose with “for”, “to” or a modifier (a farm development grant, measures to improve). "
        "The sports and verbal nouns are WordNet's (data/calque_frame_words.tsv), so a sport not "
        "seen before is caught; nouns English pairs with “on” (report, ban, tax, talks, debate, "
        "decision, commission, work) are no heads.",
    confidence="likely",
    bad=["Kazan bowler Dilyara Zaripova won the Cup of Russia on bowling on Sunday.",
         "She is a master of sports on kickboxing and coaches children.",
         "The championship of the region on table tennis gathered 80 players.",
         "The farmer started the farm on a grant on development of family farms.",
         "The city approved measures on improvement of the quality of tap water.",
         "The pupils won the olympiad on chemistry.",
         "The tournament of the region on ice fishing drew 300 anglers."],
    good=["Kazan bowler Dilyara Zaripova won the Russian Bowling Cup on Sunday.",
          "The championship on ice was moved to Friday.",
          "The report on development of the farm was published.",
          "A ban on construction of new plants was lifted.",
          "The team plays on golf courses across the region.",
          "Work on the construction of the bridge began in May.",
          "The tournament on Sunday drew 400 fans.",
          "The club built its tournaments on winning the cup."],
)

FROM_MATERIAL = rule(
    "MT2233", "iz-material-from", "calque",
    summary="“a monument from red granite”, “a house from timber”, “benches from larch”: Russian из + "
            "a material as “from”",
    why="Russian names what a thing is made of with из (памятник из красного гранита, дом из бруса); "
        "MT writes “from”. English says “of” or puts the material first (a red granite monument, a "
        "timber house). The things and materials are WordNet's (data/calque_frame_words.tsv); after "
        "a verb of making (made from, carved from, built a house from logs) and before a source "
        "word (granite from the quarry, a switch from coal to gas) “from” is English and stays quiet.",
    confidence="likely",
    bad=["The pedestal from red granite will stay in place.",
         "The family lives in a house from timber near the river.",
         "New benches from larch were installed in the park."],
    good=["The pedestal of red granite will stay in place.",
          "The statue was carved from white marble.",
          "They built a house from logs they felled themselves.",
          "Lorries carried granite from the quarry to the port.",
          "The plant switched its boilers from coal to gas."],
)

_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_STOP_MODIFIERS = frozenset("""the a an this that these those his her its their our your my
which what whose every each some any all no one two three four five of on in at for with by or
but to from as is are was were be been being has have had""".split())
_NOT_NOUN_BEFORE = frozenset("""to will would can could should may might must shall we they i you he she
it not also who which that and or does do did never just only then still often always""".split())
_PARTICIPLES = frozenset("""taken given chosen drawn done made set put shown seen begun undertaken
drawn up worked out""".split())
_STRONG_ADJ_ENDINGS = ("al", "ic", "ive", "ed", "ous", "ary", "ful", "ible", "able", "ian", "ese")
_ADJ_ENDINGS = ("al", "ic", "ive", "ed", "ous", "ary", "ful", "ible", "able", "ent", "ant", "ian", "ese",
                "ish", "an", "ar", "ile", "y")


@lru_cache(maxsize=1)
def config() -> dict:
    return load_data(resources.files("mtaudit.data").joinpath(CONFIG_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def classes() -> dict[str, frozenset[str]]:
    return lexicon_classes(WORDS_FILE)


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in longest_first(words))


@lru_cache(maxsize=1)
def _sport_pattern() -> regex.Pattern:
    heads = _alternation(config()["sport"]["heads"])
    return regex.compile(
        rf"\b(?P<head>{heads})(?:\s+of\s+(?:(?!on\b)[\p{{L}}'’-]+\s+){{0,4}}?(?!on\b)[\p{{L}}'’-]+)?\s+on\s+",
        regex.IGNORECASE)


@lru_cache(maxsize=1)
def _activity_pattern() -> regex.Pattern:
    heads = _alternation(config()["activity"]["heads"])
    return regex.compile(rf"\b(?P<head>{heads})\s+on\s+(?:the\s+)?", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _material_pattern() -> regex.Pattern:
    return regex.compile(r"(?:\b|(?<=(?:^|[.!?]\s+|\n)))(?P<head>\p{Ll}[\p{Ll}-]+|(?<=(?:^|[.!?]\s+|\n))\p{Lu}[\p{Ll}-]+)\s+from\s+")


def _words_after(text: str, pos: int, n: int) -> list[regex.Match]:
    """Up to n words from pos, stopping at punctuation (only spaces between them)."""
    out = []
    while len(out) < n:
        m = regex.compile(r"\s*").match(text, pos)
        pos = m.end()
        w = _WORD.match(text, pos)
        if not w or (out and m.group() == ""):
            break
        out.append(w)
        pos = w.end()
    return out


def _word_before(text: str, pos: int) -> str:
    m = regex.search(r"([\p{L}\d'’-]+)\s*$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


_DETERMINERS = frozenset("""the a an this that these those his her its their our your my every each
some any all no new such other further additional joint comprehensive urgent several many""".split())


def _noun_reading(text: str, pos: int) -> bool:
    """A head that is also a verb (works, plans, measures) reads as a noun after a determiner, a
    number, an adjective or at the head of a sentence: "the works on", "repair works on", "Works
    on"; "the plant works on" is the verb."""
    before = regex.search(r"(?:^|([.!?:;\n]\s*)|([\p{L}\d'’-]+)\s+)$", text[max(0, pos - 40):pos])
    if before is None:
        return False
    word = before.group(2)
    if word is None:
        return True
    w = word.lower()
    return (w in _DETERMINERS or w[:1].isdigit() or (w not in _NOT_NOUN_BEFORE and w.endswith(_STRONG_ADJ_ENDINGS))
            or w in _PARTICIPLES
            or w in ("repair", "construction", "restoration", "emergency", "road", "maintenance", "support"))


def _words_before(text: str, pos: int, n: int) -> list[str]:
    """The last n words of the clause before pos: a colon, a dash or a comma with a conjunction
    (", and the stands") ends it; a list of objects ("weaves baskets, boxes and shoes") does not."""
    chunk = regex.split(r"[.;:!?()\n—–]|,\s*(?:and|but|while|whereas|so|yet)\b", text[max(0, pos - 120):pos])[-1]
    return [w.lower() for w in _WORD.findall(chunk)][-n:]


def _adjectival(word: str) -> bool:
    w = word.lower()
    return w not in _STOP_MODIFIERS and ("-" in w or w.endswith(_ADJ_ENDINGS) or w in _COLOURS)


_COLOURS = frozenset("""red white black grey gray pink green blue yellow brown dark light pale natural local
solid pure real genuine artificial polished rough raw dry fresh thick thin heavy hard soft fine
stainless reinforced precious noble old new cheap expensive ordinary simple free female male women's
men's womens mens junior youth veteran veterans adaptive amateur professional sports sport and""".split())
# "on three styles of wrestling", "on all kinds of sport": a count of kinds before the sport
_KINDS = regex.compile(r"(?i)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|several|various|"
                       r"different|many|\w+teen|\w+ty)\s+(?:styles|types|kinds|disciplines|forms)\s+of$")


def _plural_lemmas(word: str) -> tuple[str, ...]:
    w = word.lower()
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    return tuple(out)


def _class_phrase(ws: list[regex.Match], cls: frozenset[str], plural: bool = False, max_mods: int = 2):
    """The longest run ws[j:k] that is a class member, with only adjectival words before it (at most
    max_mods); returns the index after the member, or None."""
    for k in range(min(len(ws), 4 + max_mods), 0, -1):
        for j in range(0, min(k, max_mods + 1)):
            phrase = " ".join(w.group().lower() for w in ws[j:k])
            names = (phrase,)
            if plural:
                last = _plural_lemmas(ws[k - 1].group())
                names = tuple(" ".join([*(w.group().lower() for w in ws[j:k - 1]), x]) for x in last)
            if any(n in cls for n in names) and all(_adjectival(w.group()) for w in ws[:j]):
                return k
    return None


def _inflections(lemmas) -> frozenset[str]:
    irregular = {"make": ["made"], "build": ["built"], "cast": ["cast"], "cut": ["cut"], "sew": ["sewn"],
                 "weave": ["wove", "woven"], "spin": ["spun"], "draw": ["drew", "drawn"], "grow": ["grew", "grown"],
                 "put": ["put"], "hew": ["hewn"], "knit": ["knitted"], "shape": [], "beat": ["beaten"],
                 "mold": [], "mould": [], "forge": [], "blow": ["blew", "blown"], "bend": ["bent"],
                 "string": ["strung"], "melt": ["molten"], "saw": ["sawn"], "free": [], "line": [], "face": []}
    out: set[str] = set()
    for lemma in lemmas:
        out |= {lemma, lemma + "s", lemma + "es", lemma + "ing", lemma + "ed", lemma + "d"}
        if lemma.endswith("e"):
            out |= {lemma[:-1] + "ing", lemma + "d"}
        if lemma.endswith("y"):
            out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
        if regex.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        out |= set(irregular.get(lemma, ()))
    return frozenset(out)


# an -ing word before these takes an object: a verb ("competitions on winning the cup")
_OBJECT_WORDS = frozenset("""the a an this that these those his her its their our your my him them it
us me whom what which who how where when why""".split())


# after the activity the phrase ends: punctuation, or one of these words
_PHRASE_END = frozenset("""of in at on for among and or with was were will would has have had is are
took take takes ended ends began begins start starts started opened opens to from between near which
that where held gathered brought brings attracted drew draws among across this last next""".split())


def _activity_phrase(text: str, ws: list[regex.Match], acts: frozenset[str]):
    """The index after an activity noun in -ing among the first three words ("classic
    parachuting", "ice fishing"), with only lower-case modifiers before it and the phrase ending
    after it (punctuation or a function word: "on landing gear design" stays quiet)"""
    for i, w in enumerate(ws[:3]):
        word = w.group()
        if not word.islower() or word in _STOP_MODIFIERS:
            return None
        if word.endswith("ing") and word in acts:
            if i + 1 < len(ws) and text[w.end():ws[i + 1].start()].isspace() \
                    and ws[i + 1].group().lower() not in _PHRASE_END:
                return None
            return i + 1
    return None


@lru_cache(maxsize=1)
def _gerund_acts() -> frozenset[str]:
    """WordNet's activity nouns in -ing (parachuting, ice fishing, wood carving): the sport slot of
    a sporting event beyond the sport class."""
    return frozenset(w for w in classes().get("act", ()) if w.endswith("ing"))


@lru_cache(maxsize=1)
def _makers() -> frozenset[str]:
    return _inflections(config()["material"]["maker_verbs"])


class GovernmentFramesDetector:
    name = "calques-government-frames"
    rules = (ON_ACTIVITY, FROM_MATERIAL)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        if " on " in text:
            yield from self._sport(doc, text)
            yield from self._activity(doc, text)
        if " from " in text:
            yield from self._material(doc, text)

    def _sport(self, doc, text):
        c, d = classes(), config()["sport"]
        sport, subject = c.get("sport", frozenset()), c.get("subject", frozenset())
        place = frozenset(w.lower() for w in d["place_after"])
        subject_heads = frozenset(w.lower() for w in d["subject_heads"])
        activity_heads = frozenset(w.lower() for w in d["activity_heads"])
        discipline_heads = frozenset(w.lower() for w in d["discipline_heads"])
        discipline = c.get("discipline", frozenset())
        activities = _gerund_acts()
        for m in _sport_pattern().finditer(text):
            ws = _words_after(text, m.end(), 9)
            if not ws or ws[0].group().lower() in ("the", "a", "an"):
                continue
            if len(ws) > 3 and _KINDS.match(text[ws[0].start():ws[2].end()]):
                ws = ws[3:]
            ws = ws[:6]
            k = _class_phrase(ws, sport, max_mods=3)
            head = regex.sub(r"\s+", " ", m.group("head").lower())
            if k is None and head in subject_heads:
                k = _class_phrase(ws, subject, max_mods=0)
            if k is None and head in discipline_heads:
                k = _class_phrase(ws, discipline, max_mods=1)
            if k is None and head in activity_heads:
                k = _activity_phrase(text, ws, activities)
            if k is None:
                continue
            if k < len(ws) and ws[k].group().lower() in place and text[ws[k - 1].end():ws[k].start()].isspace():
                continue
            start, end = m.start("head"), ws[k - 1].end()
            yield ON_ACTIVITY.finding(
                doc, start, end,
                f"“{text[start:end]}” renders Russian по + a sport (Кубок России по боулингу, мастер спорта "
                "по самбо) with “on”; English puts the sport first: “the Russian Bowling Cup”, "
                "“a sambo master”, or says “in”")

    def _activity(self, doc, text):
        c, d = classes(), config()["activity"]
        act = c.get("act", frozenset())
        spare = frozenset(w.lower() for w in d["spare"])
        noun_only = frozenset(w.lower() for w in d["noun_only"])
        for m in _activity_pattern().finditer(text):
            head = regex.sub(r"\s+", " ", m.group("head").lower())
            if head in noun_only and not _noun_reading(text, m.start()):
                continue
            ws = _words_after(text, m.end(), 4)
            for i, w in enumerate(ws[:3]):
                word = w.group().lower()
                if i + 1 < len(ws) and ws[i + 1].group() in ("of", "with"):
                    if (word in act and word not in spare or word == "work" and ws[i + 1].group() == "with") \
                            and word.islower() and all(
                            _adjectival(x.group()) for x in ws[:i]):
                        start, end = m.start("head"), ws[i + 1].end()
                        yield ON_ACTIVITY.finding(
                            doc, start, end,
                            f"“{text[start:end]}” renders Russian по + a verbal noun (грант по развитию, "
                            "меры по улучшению) with “on”; English gives the purpose with “for”, “to” "
                            "or a modifier: “a development grant”, “measures to improve”")
                    break

    def _material(self, doc, text):
        c, d = classes(), config()["material"]
        artifact, material = c.get("artifact", frozenset()), c.get("material", frozenset())
        spare = frozenset(w.lower() for w in d["spare_heads"])
        source = frozenset(w.lower() for w in d["source_after"])
        makers = _makers()
        for m in _material_pattern().finditer(text):
            heads = _plural_lemmas(m.group("head"))
            if not any(h in artifact for h in heads) or any(h in spare for h in heads):
                continue
            if any(w in makers for w in _words_before(text, m.start("head"), 8)):
                continue
            ws = _words_after(text, m.end(), 6)
            k = _class_phrase(ws, material, plural=True)
            if k is None or not all(w.group().islower() or w.group().isupper() for w in ws[:k]):
                continue
            if k < len(ws) and text[ws[k - 1].end():ws[k].start()].isspace() and ws[k].group().lower() in source:
                continue
            start, end = m.start("head"), ws[k - 1].end()
            yield FROM_MATERIAL.finding(
                doc, start, end,
                f"“{text[start:end]}” renders Russian из + a material (памятник из гранита) with “from”; "
                "English says “of” or puts the material first: “a granite monument”")


DETECTOR = GovernmentFramesDetector()
