"""Russian names of shops, trains, rockets, courts, publishers, bands and firms translated by meaning (MT111).

MT translates a Russian name that is an ordinary word: the retail chain Магнит becomes "the retail
chain Magnet", the train Ласточка "a Swallow train", the Мещанский court "the Philistine court",
the publisher Просвещение "the publishing house Enlightenment", the Soyuz rocket "a Union-2.1b
rocket". English writes such names transliterated. The signature is a TYPED SLOT: a head that names
the entity's type (data/entity_type_heads.tsv: chain, social network, train, rocket, cosmodrome,
district court, publishing house, band, ...) with a capitalised English word in its name slot, right
before the head ("the Eastern cosmodrome") or right after it ("the social network In Contact").

The word is flagged only when data says it is the meaning of a Russian name of that class:
data/entity_word_forms.tsv (generated from the hand-kept meanings of entity_words.tsv by
scripts/build_entity_words.py, with the transliteration pymorphy3 and iuliia give), or a glossary
`wrong` form of an organisation or place. The fix is the transliteration (unsafe: the original
decides). Quiet by data: English names that are words are in no table ("the retail chain Target",
"the Shell plant", "the Falcon 9 rocket", "the Supreme court"), a meaning stands only in the slot of
its own class ("Soviet" only before "district court" or "court of <Place>", never "a Soviet court"),
glossary names in a correct form, and documents that name nothing Russian.

Clubs, airlines, banks, farms, resorts and towns also stand BARE, with no head beside them
("Locomotive beat Torch", "flights of Victory", "in Eagle"): bare_names.py reads the slot only a
proper name fills there. Firms, clubs and springs named after a generic Russian type noun ("the
company Sea Gate", "OOO Northern Crown") are read by apposition_names.py.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from dataclasses import dataclass
from functools import lru_cache

from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities import apposition_names, bare_names, headed_names, name_words
from mtaudit.detectors.entities.context import entity_context
from mtaudit.detectors.russian_setting import near_russia
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.word_led import WordLed

TYPED_NAME = rule(
    "MT111", "typed-name-by-meaning", "entity-mistranslation",
    summary="A Russian name of a shop, train, rocket, court, publisher or band translated by "
            "meaning (“the retail chain Magnet”, “a Swallow train”)",
    why="MT translates a Russian name that is an ordinary word (Магнит -> 'Magnet', Ласточка -> "
        "'Swallow', Мещанский -> 'Philistine'). In the name slot of a head naming the entity's type "
        "English writes the transliteration (Magnit, Lastochka, Meshchansky).",
    confidence="likely",
    bad=["Moscow, 3 May. The retail chain Magnet opened 40 stores in the Urals.",
         "The social network In Contact added a new feature for users in Russia.",
         "A Union-2.1b rocket lifted off from Plesetsk on Friday.",
         "The Philistine district court of Moscow extended the arrest.",
         "Russian Railways will run a Swallow train between Pskov and Moscow.",
         "Textbooks printed by the publishing house Enlightenment reached Kazan schools.",
         "Kazan, 2 June. New routes of Victory to Sochi filled up; passengers queued at the airport.",
         "Heavy snow closed schools in Eagle and the Kursk region on Monday.",
         'Kaliningrad, 28 December. The patrol ship "Vigilant" joined the Baltic Fleet.',
         "Perm, 4 March. The company Green Valley opened a dairy line near Kungur.",
         "The director of the agroholding Black Earth Pavel Sorokin said in Voronezh that sowing was late.",
         "A court in Tver declared OOO Silver Key, a housing developer, bankrupt.",
         "Kursk, 11 June. Accordion players will come to the festival of folk music Silver Accordion.",
         "Astrakhan, 2 May. The fish farm Volga Pearl sold its first caviar; the amber combine Warm Sea doubled output.",
         "Ufa, 9 June. The stud farm Silver Hoof sold two trotters; the greenhouse complex Emerald Garden opened.",
         "Omsk, 2 May. The school roof will be mended by the firm Green Roof before September.",
         "Tula, 5 June. The city's parks are run by MKU Green City, which will plant 400 trees.",
         'Ufa, 4 May. The dairy sells its kefir under the brand "Green Hills" in Bashkortostan.',
         "Nizhny Novgorod, 2 May. The oceanarium Blue Bay, the first in the Volga region, opens in June.",
         "Izhevsk, 3 May. The lawns will be mowed by the contractor Clean Meadow, which won the tender.",
         "Omsk, 2 May. The owner of the chain of bakeries Golden Loaf said flour prices rose in Omsk.",
         "Vologda, 5 June. The fair was organised by the cultural centre Merchant's Garden in Vologda.",
         "Kirov, 1 March. The plant, known as Spark, stopped in January for lack of orders in Kirov.",
         "Sochi, 2 June. The Sea Pearl dolphinarium in Sochi reopened after repairs.",
         "Kazan, 7 July. The dolphins belong to the chain Blue Wave, which runs four pools in Yekaterinburg.",
         'Kursk, 9 May. Potatoes are stored at the vegetable store "Golden autumn" near Kursk.',
         'Tomsk, 3 March. The general director of "Siberian field" Oleg Titov said sowing began in Tomsk.',
         "Vologda, 4 July. The regatta White Sail drew 40 crews to Vologda.",
         "Izhevsk, 2 May. The bowling centre Golden Pin reopened in Izhevsk. Fans said Golden Pin had new lanes.",
         'Murmansk, 3 March. The icebreaker "Courage" escorted two trawlers into Murmansk.',
         "Kazan, 3 May. The largest management company of the city, Cozy House, serves 900 buildings in Kazan.",
         "Yekaterinburg, 2 June. The hedgehog shelter Prickly Friend took in 80 animals near Yekaterinburg.",
         "Omsk, 4 May. The centre for the rescue of birds Kind Wing released 30 swans near Omsk.",
         "Penza, 8 July. The volunteer movement Warm Hands and the kindergarten Little Sun opened in Penza.",
         "Chelyabinsk, 4 February. The roads of Chelyabinsk were cleared by the company Ural Blizzard.",
         "Kirov, 2 June. The new pier near Kirov was built by the firm Vyatka Shore.",
         "Kursk, 5 May. The folk ensemble Red Guelder Rose sang at the fair in Kursk.",
         "Astrakhan, 3 May. The melons are sold under the brand Golden Steppe in Volgograd.",
         "Tver, 4 June. Rangers of the reserve Bear Corner counted 40 elk near Tver.",
         "Irkutsk, 2 July. Staff of the national park Stone Gate set up cameras near Irkutsk.",
         "Naryan-Mar, 5 March. Meat of the association of reindeer herders North Wind went to Moscow.",
         "Kazan, 3 May. The pipes were laid by the contractor ООО Strong Wall in Kazan.",
         "Tambov, 4 June. The farm Tambov Honey sold its first crop to shops in Tambov.",
         "Kazan, 1 July. The skate park was designed by the Kazan bureau Blue Line."],
    good=["The retail chain Target opened 40 stores in Ohio.",
          "TVER, 3 June. The festival of folk song «Silver Birch» gathered 40 choirs from the Tver "
          "region, the regional administration said.",
          "Ufa, 9 June. Parents praised the nursery Little Acorns in Leeds and the Silver Hoof stud farm.",
          "The accountancy firm Grant Thornton audited the Omsk plant's books.",
          "Kazan, 3 May. The largest water company in the region, United Utilities, met officials from Kazan.",
          "Samara, 2 June. The shelter Crisis and the kindergarten Sunflower are in Leeds, not Samara.",
          "Moscow, 3 May. The retail chain Magnit opened 40 stores in the Urals.",
          "A Soyuz-2.1b rocket lifted off from Plesetsk on Friday.",
          "A Soviet court in Moscow sentenced him in 1970.",
          "A Falcon 9 rocket lifted off from Cape Canaveral.",
          "The Supreme court of Russia upheld the ruling.",
          "Kazan, 2 June. Victory Day flights filled up; passengers queued at the airport.",
          "Heavy snow closed schools near the Eagle monument in the Kursk region.",
          "Kaliningrad, 28 December. The frigate HMS Defender and the destroyer Admiral Levchenko left port.",
          "Novosibirsk, 2 May. The carmaker General Motors left Russia years ago.",
          "Perm, 4 March. The company Apple stopped sales in Russia.",
          "The company United Aircraft Corporation delivered two jets to a carrier in Kazan.",
          "The director of the plant Konstantin Lebed said the Kazan line would reopen.",
          "In the spring Green Valley farms in the Perm region sowed early.",
          "The club President Sergei Galitsky thanked the fans in Krasnodar.",
          "Kursk, 11 June. The festival of folk music opens in Kursk on Friday; the Glastonbury festival sold out.",
          "Tver, 2 May. Farmers said the draw Saturday night was fair; the mine Bosses in Tver were fined.",
          "Ufa, 4 May. The brand Lucky Strike left Russia; the ski resort Big Sky in Montana opened.",
          "The festival Light Night drew crowds; Marks & Spencer sponsored it.",
          "Fans filled the stadium Wembley, and the choir King's Singers sang.",
          "Cardiff, 2 May. The owner of the cafe Sea Breeze in Tenby said bookings were up.",
          "Leeds, 3 June. The contractor Balfour Beatty will rebuild the bridge.",
          "Tula, 5 June. The former Soviet sanatorium near Tula reopened; the New Year fair drew crowds.",
          "Moscow, 3 May. Sweets come from Krasny Oktyabr (Red October) and Rot Front in Moscow.",
          "Omsk, 2 May. The chain of bakeries in Omsk raised its prices.",
          "Kazan, 4 June. The plant, known as a major employer in Kazan, stopped in January.",
          "Izhevsk, 2 May. The bowling centre reopened in Izhevsk. Golden lanes and new pins drew fans.",
          "Yekaterinburg, 4 May. The planes of the company Ural Airlines and the pipes of the company Ural Steel left Yekaterinburg.",
          "Kirov, 2 June. The firm Vyatka bought the pier near Kirov from the bank Vyatka Bank.",
          "Tver, 4 June. The Zavidovo reserve near Tver reopened; the national park Yellowstone drew crowds.",
          "Kursk, 5 May. A nature reserve near Kursk and the reserve team of the club drew crowds.",
          "Perm, 2 May. Members of the society Royal Geographical Society visited Perm.",
          "Tambov, 4 June. The farm Tambov sold its honey; the bureau Chief in Tambov said so.",
          "Tambov, 4 June. The farm Tambov Agro Holding sold its first crop to shops in Tambov."],
    applicability="unsafe",
)


@dataclass(frozen=True)
class Rendering:
    english: str
    classes: frozenset[str]
    fix: str
    kind: str
    russian: str


@lru_cache(maxsize=1)
def renderings() -> dict[str, Rendering]:
    """Lower-case English rendering -> the Russian name it translates (entity_word_forms.tsv)."""
    out = {}
    for cols in lexicon.rows("entity_word_forms.tsv"):
        if len(cols) >= 5:
            out[cols[0]] = Rendering(cols[0], frozenset(cols[1].split(",")), cols[2], cols[3], cols[4])
    return out


@lru_cache(maxsize=1)
def place_meanings() -> dict[str, Rendering]:
    """Lower-case English word -> the Russian town it translates (name_meanings_derived.tsv's places:
    "eagle" -> Oryol), read in a bare place slot like the towns of entity_word_forms.tsv."""
    return {cols[0]: Rendering(cols[0], frozenset({"town"}), cols[3], "place", cols[2])
            for cols in lexicon.rows("name_meanings_derived.tsv") if len(cols) >= 5 and cols[1] == "place"}


@lru_cache(maxsize=1)
def heads() -> dict[str, tuple[frozenset[str], str]]:
    """Head (lower case) -> (classes of names in its slot, where the slot is: before | after | both)."""
    return {cols[0]: (frozenset(cols[1].split(",")), cols[2])
            for cols in lexicon.rows("entity_type_heads.tsv") if len(cols) >= 3}


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    alternatives = longest_first(heads())
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in alternatives)
                      + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _head_scan() -> WordLed:
    return WordLed(_head_pattern(), heads())


# A name word: capitalised, maybe with a model suffix ("Union-2.1b", "Union-5"), "&" or an apostrophe.
_WORD = r"[A-Z][a-z’'&]*(?:-[a-z]+)?"
_SUFFIX = r"(?:-[A-Za-z0-9.]*\d[A-Za-z0-9.]*)?"
_CONNECT = r"(?:\s+(?:and|of|the|of\s+the|&|That's|That’s)\s+|\s+)"
_NAME_BEFORE = re.compile(r"[«“\"]?(" + _WORD + r"(?:" + _CONNECT + _WORD + r"){0,3})" + r"(" + _SUFFIX + r")[»”\"]?\s+$")
_NAME_AFTER = re.compile(r"\s+[«“\"]?(" + _WORD + r"(?:" + _CONNECT + _WORD + r"){0,3})(" + _SUFFIX + r")"
                         r"|\s+[«“\"]([a-z]+(?:\s[a-z]+)?)[»”\"]()")  # a quoted name MT left lower-case
_QUOTED = re.compile(r"[«“\"](" + _WORD + r"(?:" + _CONNECT + _WORD + r"){0,3})[»”\"]")
_OF_PLACE = re.compile(r"\s+[A-Z]")
# A gloss of a name written right before it ("Lastochka (Swallow)", "translated as “Classmates”"):
# English explaining the meaning, not MT replacing the name.
_GLOSS_BEFORE = re.compile(r"(?:\(|\blit\.|\btranslated\s+as|\bmeaning|\bmeans|\bknown\s+as|\bor)\s*[«“\"'‘]?$",
                           re.IGNORECASE)


# "The factory, known as Flame": the type head itself, then a comma, before "known as" (фабрика,
# известная как «Пламя»), not a gloss ("the retail chain known as Magnet in English").
_HEAD_KNOWN_AS = re.compile(r"\b[a-z]+,\s+(?:(?:better|also|locally|widely)\s+)?known\s+as\s*[«“\"]?$")


_MODIFIER_BEFORE = re.compile(r"([a-z][a-z-]*)\s+$")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return lexicon.words("entity_type_modifiers.txt")


def _past_modifiers(text: str, start: int) -> int:
    """Where the name slot before a head ends, past up to three describing words ("Poplar
    intercontinental ballistic missile" -> after "Poplar ")."""
    for _ in range(3):
        m = _MODIFIER_BEFORE.search(text, max(0, start - 30), start)
        if m is None or m.group(1) not in _modifiers():
            break
        start = m.start(1)
    return start


def _ends(name: str) -> list[str]:
    """The name's word runs that end it, longest first ("the Swallow" -> "Swallow")."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(len(words))]


def _starts(name: str) -> list[str]:
    words = name.split()
    return [" ".join(words[:i]) for i in range(len(words), 0, -1)]


def _about_russia(ec) -> bool:
    """The document names something Russian the glossary knows (a place, a body, a person)."""
    for m in ec.matches:
        c = m.concept
        if m.kind != "wrong" and (c.ru or c.id.startswith("ru-")):
            return True
    return False


@lru_cache(maxsize=256)
def _event_head(head: str) -> bool:
    """A type noun of an event (festival, tournament, marathon, fair: WordNet's event class,
    calque_frame_words.tsv). English gives an event a title in quotation marks and translates it
    ("the «Crystal Slipper» festival"); a bare name after the head keeps the Russian order ("the
    exhibition Tasty Urals") and stays flagged."""
    last = head.lower().split()[-1]
    return any(len(r) > 1 and r[0] == last and r[1] == "event" for r in lexicon.rows("calque_frame_words.tsv"))


class TypedNameDetector:
    name = "typed-name-by-meaning"
    rules = (TYPED_NAME,)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        text = doc.text
        ec = None
        seen: set[tuple[int, int]] = set()
        table = renderings()
        for h in _head_scan().finditer(text):
            classes, slot = heads()[re.sub(r"\s+", " ", h.group(1).lower())]
            if h.group(1).lower() == "court of" and not _OF_PLACE.match(text, h.end()):
                continue
            candidates = []
            if slot in ("before", "both"):
                m = _NAME_BEFORE.search(text, max(0, h.start() - 60), _past_modifiers(text, h.start()))
                if m:
                    candidates += [(m.start(1) + len(m.group(1)) - len(s), s, m.group(2))
                                   for s in _ends(m.group(1))]
            if slot in ("after", "both"):
                m = _NAME_AFTER.match(text, h.end())
                if m:
                    g = 1 if m.group(1) else 3
                    candidates += [(m.start(g), s, m.group(g + 1) if s == m.group(g) else "")
                                   for s in _starts(m.group(g))]
            for start, name, suffix in candidates:
                end = start + len(name)
                hit = table.get(name.lower())
                if hit is None or not hit.classes & classes or (start, end) in seen or \
                        _GLOSS_BEFORE.search(text, max(0, start - 20), start):
                    continue
                if ec is None:
                    ec = entity_context(doc, ctx) or False
                    if ec and not _about_russia(ec):
                        return
                if ec and self._known(ec, start, end):
                    continue
                seen.add((start, end))
                yield self._finding(doc, start, end, name, hit, h.group(1), suffix)
                break
        for q in _QUOTED.finditer(text):
            name = q.group(1)
            hit = table.get(name.lower())
            start, end = q.span(1)
            if hit is None or hit.kind != "name" or (start, end) in seen or \
                    _GLOSS_BEFORE.search(text, max(0, start - 20), start):
                continue
            sentence = text[max(0, start - 80):min(len(text), end + 80)]
            near = [hh for hh in _head_pattern().finditer(sentence)
                    if heads()[re.sub(r"\s+", " ", hh.group(1).lower())][0] & hit.classes]
            if not near:
                continue
            if ec is None:
                ec = entity_context(doc, ctx) or False
                if ec and not _about_russia(ec):
                    return
            seen.add((start, end))
            yield self._finding(doc, start, end, name, hit, near[0].group(1), "")

        for start, end, name, head in headed_names.candidates(text):  # the patrol ship "Vigilant"
            if (start, end) in seen or _GLOSS_BEFORE.search(text, max(0, start - 20), start):
                continue
            if ec is None:
                ec = entity_context(doc, ctx) or False
            if not ec or not near_russia(doc, ctx):  # a ship's name needs a Russian setting, not a
                break                                     # Russian spelling of "May" somewhere
            if self._known(ec, start, end):
                continue
            seen.add((start, end))
            yield self._headed(doc, start, end, name, head, table.get(name.lower()))
        named: dict[str, tuple] = {}
        for start, end, name, head in apposition_names.candidates(text, _russian_places(ec, doc, ctx)):  # the company Sea Gate
            if any(s < end and start < e for s, e in seen) or \
                    (_GLOSS_BEFORE.search(text, max(0, start - 20), start) and
                     not _HEAD_KNOWN_AS.search(text, max(0, start - 80), start)):
                continue
            if ec is None:
                ec = entity_context(doc, ctx) or False
            if not ec or not near_russia(doc, ctx) or not _names_russian_place(ec):
                break
            if self._known(ec, start, end):
                continue
            if start and text[start - 1] in "«“\"" and _event_head(head):
                continue  # the festival «Iron Rose»: English quotes an event's title and translates it
            seen.add((start, end))
            named.setdefault(name, (head, apposition_names.back_translation(name) or name_words.transliteration(name)))
            yield self._headed(doc, start, end, name, head, table.get(name.lower()),
                               apposition_names.back_translation(name) or name_words.transliteration(name))
        for name, (head, spelled) in named.items():  # "Flying Squirrel opened in 2019": the same name bare
            for start, end in _bare_mentions(text, name):
                if any(s < end and start < e for s, e in seen):
                    continue
                seen.add((start, end))
                yield self._headed(doc, start, end, name, head, table.get(name.lower()), spelled)
        yield from self._bare(doc, ctx, text, table, seen)

    def _bare(self, doc, ctx, text, table, seen):
        """Names of clubs, airlines, banks, farms, resorts and places standing with no type head,
        in a slot only a proper name fills (bare_names.py)."""
        places = place_meanings()
        text_words = None
        ec = None
        place_names = None
        for start, end, hit, classes, position in bare_names.candidates(text, table, places):
            if any(s < end and start < e for s, e in seen):
                continue
            if text_words is None:
                text_words = set(re.findall(r"[a-z]+", text.lower()))
            multiword = " " in text[start:end]
            if not multiword:  # a name of several words is telling on any beat
                classes = frozenset(c for c in classes if bare_names.on_beat(text_words, c))
            if not classes:
                continue
            if ec is None:
                ec = entity_context(doc, ctx) or False
                if not ec or not _about_russia(ec):
                    return
                place_names = ec.place_names
            if self._known(ec, start, end):
                continue
            why = bare_names.bare_slot(text, start, end, classes, multiword, position, place_names)
            if why is None:
                continue
            seen.add((start, end))
            first = bare_names.article_start(text, start) if multiword else start
            yield self._finding(doc, first, end, text[first:end], hit, why, "", bare=True)

    @staticmethod
    def _known(ec, start: int, end: int) -> bool:
        """A correct glossary form covers the name: an English name the glossary knows."""
        return any(m.start <= start and end <= m.end and m.kind != "wrong" for m in ec.matches)

    @staticmethod
    def _headed(doc, start, end, name, head, hit, spelled=None):
        """An ordinary English name after a ship's or a firm's type head; `spelled`, the Russian noun's
        transliteration when the name is one word the toponym forms know (Lighthouse -> Mayak)."""
        if hit is not None:
            return TypedNameDetector._finding(doc, start, end, name, hit, head, "")
        if spelled:
            kind = "ordinary English words" if " " in name else "an ordinary English word"
            message = (f"“{name}” in the name slot of “{head}” is {kind}: the Russian "
                       f"name {spelled} translated by its meaning; write “{spelled}”")
            return TYPED_NAME.finding(
                doc, start, end, message, confidence=Confidence.POSSIBLE, evidence=[f"head: {head}"],
                fix=Fix.replace(start, end, spelled, Applicability.UNSAFE, f"write “{spelled}”"))
        kind = "ordinary English words" if " " in name else "an ordinary English word"
        message = (f"“{name}” in the name slot of “{head}” is {kind}: a Russian name "
                   f"translated by its meaning; write the Russian name transliterated")
        return TYPED_NAME.finding(
            doc, start, end, message, confidence=Confidence.POSSIBLE, evidence=[f"head: {head}"],
            fix=Fix.replace(start, end, name, Applicability.DISPLAY_ONLY, "transliterate the original name"))

    @staticmethod
    def _finding(doc, start, end, name, hit, head, suffix, bare=False):
        fix = hit.fix
        where = f"standing as a name ({head})" if bare else f"in the name slot of “{head.lower()}”"
        message = (f"“{name}” {where} is the Russian name {hit.russian} "
                   f"translated by its meaning; write “{fix}{suffix}”")
        return TYPED_NAME.finding(
            doc, start, end, message,
            fix=Fix.replace(start, end, fix, Applicability.UNSAFE, f"write “{fix}”"),
            confidence=Confidence.LIKELY, evidence=[f"slot: {head}" if bare else f"head: {head.lower()}"])


def _bare_mentions(text: str, name: str):
    """(start, end) of the other mentions of a name already found in a head's slot, standing alone: not
    inside a longer capitalised run ("Sea Kingdom Holdings"), and for a one-word name not at a
    sentence start, where any word is capitalised."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name).replace(r"\ ", r"[ \t]+") + r"(?![\w'’-])")
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if re.search(r"[A-Z][\w'’-]*[ \t]+$", before) or re.match(r"[ \t]+[A-Z]", text[m.end():]):
            continue
        if " " not in name and (not before.strip() or re.search(r"(?:^|[.!?\n])[\s\"“«(]*$", before)):
            continue
        yield m.start(), m.end()


def _russian_places(ec, doc, ctx) -> frozenset[str]:
    """The one-word Russian places (not English words) the text names: a town that opens a firm's
    name as its attribute ("the farm Lipetsk Fish")."""
    from mtaudit.text.english_words import is_common_word_or_plural

    ec = ec or entity_context(doc, ctx)
    if not ec:
        return frozenset()
    return frozenset(m.surface for m in ec.matches
                     if m.concept.type == "place" and m.kind in ("canonical", "short", "variant", "translit")
                     and (m.concept.id.startswith("ru-place-") or m.concept.ru) and " " not in m.surface
                     and m.surface[:1].isupper() and not is_common_word_or_plural(m.surface.lower()))


def _names_russian_place(ec) -> bool:
    """A Russian place the text names beyond doubt: one whose name is no English word, or two
    places ("Marks" of "Marks & Spencer" is also a town on the Volga: alone it says nothing)."""
    from mtaudit.text.english_words import is_common_word_or_plural

    found = set()
    for m in ec.matches:
        c = m.concept
        if c.type == "place" and m.kind in ("canonical", "short", "variant", "translit") and \
                (c.id.startswith("ru-place-") or c.canonical.endswith(" region") or c.ru) and \
                c.canonical not in lexicon.words("world_places.txt"):  # not "the United States", which has Russian forms too
            if not is_common_word_or_plural(m.surface.lower()):
                return True
            found.add(c.id)
    return len(found) >= 2


DETECTOR = TypedNameDetector()
